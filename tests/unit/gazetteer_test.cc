#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "dossier/actor.h"

using namespace dossier;

namespace {

Gazetteer Story() {
  std::vector<Actor> actors = {
      {"mark-cuban", "Mark Cuban", ActorKind::kPerson, {"Cuban", "@mcuban", "\xe9\xa6\xac\xe5\x85\x8b\xc2\xb7\xe5\xba\xab\xe7\x8f\xad"}, {}},  // 馬克·庫班
      {"goldman-sachs", "Goldman Sachs", ActorKind::kOrganization, {"Goldman"}, {}},
      {"goldman-sachs-delta-one-desk", "Goldman's Delta-1 desk", ActorKind::kGroup, {"Goldman's desk"}, "goldman-sachs"},
      {"jose-nunez", "Jos\xc3\xa9 N\xc3\xba\xc3\xb1""ez", ActorKind::kPerson, {}, {}},  // José Núñez, NFC
  };
  auto g = Gazetteer::Create(std::move(actors));
  REQUIRE(g.ok());
  return std::move(g).value();
}

// The actor ids and surfaces FindMentions reports, as "id=surface" in order.
std::vector<std::string> Mentions(const Gazetteer& g, std::string_view text) {
  std::vector<std::string> out;
  for (const ActorMention& m : g.FindMentions(text)) {
    REQUIRE(text.substr(m.span.begin, m.span.end - m.span.begin) == m.surface);
    out.push_back(m.actor_id + "=" + m.surface);
  }
  return out;
}

using Names = std::vector<std::string>;

}  // namespace

TEST_CASE("Gazetteer finds names in Latin and Han script and @handles", "[gazetteer]") {
  Gazetteer g = Story();
  CHECK(Mentions(g, "Mark Cuban argues that Cuban is right.") == Names{"mark-cuban=Mark Cuban", "mark-cuban=Cuban"});
  // 億萬富翁投資人馬克·庫班公開警告: Han text has no spaces, and the name is found inside it.
  const std::string han = "\xe5\x84\x84\xe8\x90\xac\xe5\xaf\x8c\xe7\xbf\x81\xe6\x8a\x95\xe8\xb3\x87\xe4\xba\xba"
                          "\xe9\xa6\xac\xe5\x85\x8b\xc2\xb7\xe5\xba\xab\xe7\x8f\xad\xe5\x85\xac\xe9\x96\x8b\xe8\xad\xa6\xe5\x91\x8a";
  auto mentions = g.FindMentions(han);
  REQUIRE(mentions.size() == 1);
  CHECK(mentions[0].actor_id == "mark-cuban");
  CHECK(mentions[0].span.begin == 21);
  CHECK(mentions[0].span.end == 21 + 14);
  CHECK(Mentions(g, "cc @mcuban: $0.50 per Mtok") == Names{"mark-cuban=@mcuban"});
  CHECK(Mentions(g, "mail x@mcuban.com").empty());  // not a handle inside an address
}

TEST_CASE("Gazetteer matches case-insensitively and leaves the possessive out of the surface", "[gazetteer]") {
  Gazetteer g = Story();
  CHECK(Mentions(g, "CUBAN's view; cuban\xe2\x80\x99s view") == Names{"mark-cuban=CUBAN", "mark-cuban=cuban"});
  CHECK(Mentions(g, "Cuban\xe2\x80\x99s point is that") == Names{"mark-cuban=Cuban"});
}

TEST_CASE("Gazetteer matches only whole words", "[gazetteer]") {
  Gazetteer g = Story();
  CHECK(Mentions(g, "a Cubano sandwich, Cubans, AntiCuban, Goldmanite").empty());
  CHECK(Mentions(g, "(Cuban) \"Cuban\" Cuban-style Cuban.") ==
        Names{"mark-cuban=Cuban", "mark-cuban=Cuban", "mark-cuban=Cuban", "mark-cuban=Cuban"});
  CHECK(Mentions(g, "OpenAI\xe5\x85\x86 Cuban\xe8\xad\xa6\xe5\x91\x8a") == Names{"mark-cuban=Cuban"});  // Cuban警告
}

TEST_CASE("Gazetteer prefers the longest of overlapping names", "[gazetteer]") {
  Gazetteer g = Story();
  CHECK(Mentions(g, "From Goldman's Delta-1 Desk: open weights. Goldman Sachs agrees; Goldman too.") ==
        Names{"goldman-sachs-delta-one-desk=Goldman's Delta-1 Desk", "goldman-sachs=Goldman Sachs", "goldman-sachs=Goldman"});
  // The typographic apostrophe is the ASCII one for matching.
  CHECK(Mentions(g, "Goldman\xe2\x80\x99s desk says") == Names{"goldman-sachs-delta-one-desk=Goldman\xe2\x80\x99s desk"});
}

TEST_CASE("Gazetteer matches NFD text against NFC names and reports the original bytes", "[gazetteer]") {
  Gazetteer g = Story();
  const std::string nfd = "Then Jose\xcc\x81 Nu\xcc\x81n\xcc\x83""ez said so.";  // José Núñez decomposed
  auto mentions = g.FindMentions(nfd);
  REQUIRE(mentions.size() == 1);
  CHECK(mentions[0].actor_id == "jose-nunez");
  CHECK(mentions[0].surface == "Jose\xcc\x81 Nu\xcc\x81n\xcc\x83""ez");
  CHECK(mentions[0].span.begin == 5);
  // A name that would end inside a composed character is no match: "Jos" + "é" is not "Jose".
  std::vector<Actor> actors = {{"jose", "Jose", ActorKind::kPerson, {}, {}}};
  auto jose = Gazetteer::Create(std::move(actors));
  REQUIRE(jose.ok());
  CHECK(Mentions(*jose, "Jose\xcc\x81 and Jos\xc3\xa9") .empty());
}

TEST_CASE("Gazetteer::Create names the actor and field of what is wrong", "[gazetteer]") {
  auto error = [](std::vector<Actor> actors) {
    auto g = Gazetteer::Create(std::move(actors));
    REQUIRE_FALSE(g.ok());
    CHECK(g.status().code() == Status::Code::kInvalidInput);
    return g.status().message();
  };
  const Actor cuban{"mark-cuban", "Mark Cuban", ActorKind::kPerson, {"Cuban"}, {}};
  CHECK(error({cuban, cuban}) == "actors[1] (`mark-cuban`): field `id`: `mark-cuban` is given to an earlier actor too");
  CHECK(error({{"Mark_Cuban", "Mark Cuban", ActorKind::kPerson, {}, {}}}) ==
        "actors[0] (`Mark_Cuban`): field `id`: not a slug (lowercase letters and digits in dash-separated words)");
  CHECK(error({{"x", "", ActorKind::kPerson, {}, {}}}) == "actors[0] (`x`): field `name`: empty");
  CHECK(error({cuban, {"cuban-org", "Cuban Org", ActorKind::kOrganization, {"CUBAN"}, {}}}) ==
        "actors[1] (`cuban-org`): field `aliases`: `CUBAN` is also a name of `mark-cuban`");
  CHECK(error({{"desk", "Desk", ActorKind::kGroup, {}, "goldman-sachs"}}) ==
        "actors[0] (`desk`): field `affiliation`: `goldman-sachs` names no actor");
}

TEST_CASE("Gazetteer::Parse reads a gazetteer file and names the place of an error", "[gazetteer]") {
  auto g = Gazetteer::Parse(R"({"actors":[
    {"id":"goldman-sachs","name":"Goldman Sachs","kind":"organization","aliases":["Goldman"]},
    {"id":"goldman-sachs-delta-one-desk","name":"Goldman's Delta-1 desk","kind":"group","affiliation":"goldman-sachs"}]})");
  REQUIRE(g.ok());
  REQUIRE(g->actors().size() == 2);
  const Actor* desk = g->Find("goldman-sachs-delta-one-desk");
  REQUIRE(desk != nullptr);
  CHECK(desk->kind == ActorKind::kGroup);
  CHECK(desk->affiliation == std::optional<std::string>("goldman-sachs"));
  CHECK(g->Find("nobody") == nullptr);

  auto bad_kind = Gazetteer::Parse(R"({"actors":[{"id":"a","name":"A","kind":"robot"}]})");
  REQUIRE_FALSE(bad_kind.ok());
  CHECK(bad_kind.status().message() == "actors[0] (`a`): field `kind`: `robot` is not person, organization or group");
  auto unknown = Gazetteer::Parse(R"({"actors":[{"id":"a","name":"A","kind":"person","born":1958}]})");
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.status().message() == "actors[0]: unknown member `born`");
  auto twice = Gazetteer::Parse(R"({"actors":[{"id":"a","name":"A","kind":"person"},{"id":"a","name":"B","kind":"person"}]})");
  REQUIRE_FALSE(twice.ok());
  CHECK(twice.status().message() == "actors[1] (`a`): field `id`: `a` is given to an earlier actor too");
  auto malformed = Gazetteer::Parse(R"({"actors":[{"id":"a",}]})");
  REQUIRE_FALSE(malformed.ok());
  CHECK(malformed.status().message().find("`actors[0]`: malformed JSON at line 1, column 11") != std::string::npos);
}

TEST_CASE("The corpus gazetteer parses and knows the story's people in every script", "[gazetteer]") {
  std::ifstream in(std::string(DOSSIER_SOURCE_DIR) + "/corpus/actors.json", std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  auto g = Gazetteer::Parse(bytes.str());
  INFO((g.ok() ? std::string() : g.status().message()));
  REQUIRE(g.ok());
  for (const char* id : {"mark-cuban", "chamath-palihapitiya", "marc-andreessen", "semianalysis", "milk-road-ai",
                         "gavin-baker", "david-sacks", "satya-nadella", "mark-zuckerberg", "aaron-levie",
                         "goldman-sachs-delta-one-desk", "jensen-huang"}) {
    CHECK(g->Find(id) != nullptr);
  }
  CHECK(Mentions(*g, "\xe9\xa6\xac\xe5\x85\x8b\xc2\xb7\xe5\xba\xab\xe7\x8f\xad\xe8\xad\xa6\xe5\x91\x8a") ==
        Names{"mark-cuban=\xe9\xa6\xac\xe5\x85\x8b\xc2\xb7\xe5\xba\xab\xe7\x8f\xad"});
}
