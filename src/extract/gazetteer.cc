// Gazetteer: actors, their aliases folded for matching, and finding their mentions in a text.
#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "dossier/actor.h"
#include "extract/folded_text.h"
#include "extract/scripts.h"
#include "util/json_object.h"

namespace dossier {
namespace {

bool IsSlug(std::string_view s) {
  if (s.empty() || s.front() == '-' || s.back() == '-') return false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && s[i - 1] != '-');
    if (!ok) return false;
  }
  return true;
}

// A character that continues a word in a spaced script: a name next to one is part of a longer
// word ("Cubano", "@mcuban_fan").
bool ContinuesWord(UChar32 c) {
  if (c < 0) return false;
  if (c == '_') return true;
  if (!(u_hasBinaryProperty(c, UCHAR_ALPHABETIC) || u_isdigit(c) || u_getCombiningClass(c) != 0)) return false;
  return !extract::IsUnspacedScript(c);
}

// Whether `outside` glues onto the name's edge character `inside` into one word. Letters and
// digits meet at a boundary ("DeepSeek-R1AINews" names AINews), as pages run words together; a
// handle after a letter is part of an address ("x@mcuban.com").
bool Glues(UChar32 outside, UChar32 inside) {
  if (!ContinuesWord(outside)) return false;
  if (inside == '@') return true;
  return ContinuesWord(inside) && (u_isdigit(outside) != 0) == (u_isdigit(inside) != 0);
}

UChar32 FirstChar(std::string_view s) {
  int32_t i = 0;
  UChar32 c = U_SENTINEL;
  if (!s.empty()) U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
  return c;
}

UChar32 LastChar(std::string_view s) {
  int32_t i = static_cast<int32_t>(s.size());
  UChar32 c = U_SENTINEL;
  if (!s.empty()) U8_PREV(s.data(), 0, i, c);
  return c;
}

}  // namespace

struct Gazetteer::Index {
  struct Alias {
    std::string folded;
    size_t actor;
    bool check_start;  // the name's edges need a word boundary (not in an unspaced script)
    bool check_end;
  };
  std::vector<Actor> actors;
  std::map<std::string, size_t, std::less<>> by_id;
  std::vector<Alias> aliases;
};

Gazetteer::Gazetteer() : index_(std::make_unique<Index>()) {}
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;
Gazetteer::~Gazetteer() = default;

Result<Gazetteer> Gazetteer::Create(std::vector<Actor> actors) {
  Gazetteer gazetteer;
  Index& index = *gazetteer.index_;
  std::map<std::string, std::string> owner_of_alias;  // folded alias -> actor id
  for (size_t a = 0; a < actors.size(); ++a) {
    const Actor& actor = actors[a];
    const std::string where = fmt::format("actors[{}] (`{}`)", a, actor.id);
    if (!IsSlug(actor.id)) {
      return Status::InvalidInput(fmt::format("{}: field `id`: not a slug (lowercase letters and digits in dash-separated words)", where));
    }
    if (!index.by_id.emplace(actor.id, a).second) {
      return Status::InvalidInput(fmt::format("{}: field `id`: `{}` is given to an earlier actor too", where, actor.id));
    }
    if (actor.name.empty()) return Status::InvalidInput(fmt::format("{}: field `name`: empty", where));
    std::vector<std::string> names{actor.name};
    names.insert(names.end(), actor.aliases.begin(), actor.aliases.end());
    for (const std::string& name : names) {
      const std::string folded = extract::Fold(name);
      if (folded.empty()) return Status::InvalidInput(fmt::format("{}: field `aliases`: an empty alias", where));
      auto [owner, added] = owner_of_alias.emplace(folded, actor.id);
      if (!added && owner->second != actor.id) {
        return Status::InvalidInput(
            fmt::format("{}: field `aliases`: `{}` is also a name of `{}`", where, name, owner->second));
      }
      if (!added) continue;  // the same actor names it twice: one alias
      index.aliases.push_back({folded, a, !extract::IsUnspacedScript(FirstChar(name)), !extract::IsUnspacedScript(LastChar(name))});
    }
  }
  for (size_t a = 0; a < actors.size(); ++a) {
    const auto& affiliation = actors[a].affiliation;
    if (affiliation && index.by_id.count(*affiliation) == 0) {
      return Status::InvalidInput(fmt::format("actors[{}] (`{}`): field `affiliation`: `{}` names no actor", a,
                                              actors[a].id, *affiliation));
    }
  }
  index.actors = std::move(actors);
  return gazetteer;
}

Result<Gazetteer> Gazetteer::Parse(std::string_view json) {
  auto top = JsonObject::Parse(json);
  if (!top.ok()) return top.status();
  if (auto unknown = top->UnknownMember({"actors"})) {
    return Status::InvalidInput(fmt::format("unknown member `{}`", *unknown));
  }
  auto entries = top->ObjectArray("actors");
  if (!entries.ok()) return entries.status();
  std::vector<Actor> actors;
  for (size_t i = 0; i < entries->size(); ++i) {
    const JsonObject& entry = (*entries)[i];
    const auto at = [i](const Status& s) { return s.WithContext(fmt::format("actors[{}]", i)); };
    if (auto unknown = entry.UnknownMember({"id", "name", "kind", "aliases", "affiliation"})) {
      return at(Status::InvalidInput(fmt::format("unknown member `{}`", *unknown)));
    }
    Actor actor;
    auto id = entry.String("id");
    if (!id.ok()) return at(id.status());
    actor.id = *id;
    const auto at_actor = [&](const Status& s) { return s.WithContext(fmt::format("actors[{}] (`{}`)", i, actor.id)); };
    auto name = entry.String("name");
    if (!name.ok()) return at_actor(name.status());
    actor.name = *name;
    auto kind_name = entry.String("kind");
    if (!kind_name.ok()) return at_actor(kind_name.status());
    auto kind = ParseActorKind(*kind_name);
    if (!kind) {
      return at_actor(Status::InvalidInput(
          fmt::format("field `kind`: `{}` is not person, organization or group", *kind_name)));
    }
    actor.kind = *kind;
    if (entry.Has("aliases")) {
      auto aliases = entry.StringArray("aliases");
      if (!aliases.ok()) return at_actor(aliases.status());
      actor.aliases = std::move(*aliases);
    }
    auto affiliation = entry.OptionalString("affiliation");
    if (!affiliation.ok()) return at_actor(affiliation.status());
    actor.affiliation = std::move(*affiliation);
    actors.push_back(std::move(actor));
  }
  return Create(std::move(actors));
}

const std::vector<Actor>& Gazetteer::actors() const { return index_->actors; }

const Actor* Gazetteer::Find(std::string_view id) const {
  auto it = index_->by_id.find(id);
  return it == index_->by_id.end() ? nullptr : &index_->actors[it->second];
}

std::vector<ActorMention> Gazetteer::FindMentions(std::string_view text) const {
  if (index_->aliases.empty()) return {};  // no gazetteer: nothing to fold the text for
  const extract::FoldedText folded(text);
  const std::string& haystack = folded.folded();
  struct Match {
    ByteSpan span;
    size_t actor;
  };
  std::vector<Match> matches;
  for (const Index::Alias& alias : index_->aliases) {
    for (size_t at = haystack.find(alias.folded); at != std::string::npos; at = haystack.find(alias.folded, at + 1)) {
      auto span = folded.Original(at, at + alias.folded.size());
      if (!span) continue;
      int32_t before = static_cast<int32_t>(span->begin), after = static_cast<int32_t>(span->end);
      UChar32 previous = U_SENTINEL, next = U_SENTINEL;
      if (before > 0) U8_PREV(text.data(), 0, before, previous);
      if (after < static_cast<int32_t>(text.size())) U8_NEXT(text.data(), after, static_cast<int32_t>(text.size()), next);
      const std::string_view surface = text.substr(span->begin, span->end - span->begin);
      if (alias.check_start && (Glues(previous, FirstChar(surface)) || previous == '@')) continue;  // @Cuban is a handle
      if (alias.check_end && Glues(next, LastChar(surface))) continue;
      matches.push_back({*span, alias.actor});
    }
  }
  // Longest first, then earliest: each match kept unless it overlaps one already kept.
  std::sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) {
    const uint64_t la = a.span.end - a.span.begin, lb = b.span.end - b.span.begin;
    return la != lb ? la > lb : a.span.begin < b.span.begin;
  });
  std::map<uint64_t, const Match*> kept;  // by begin
  for (const Match& m : matches) {
    auto next = kept.lower_bound(m.span.begin);
    if (next != kept.end() && next->second->span.begin < m.span.end) continue;
    if (next != kept.begin() && std::prev(next)->second->span.end > m.span.begin) continue;
    kept.emplace(m.span.begin, &m);
  }
  std::vector<ActorMention> mentions;
  mentions.reserve(kept.size());
  for (const auto& [begin, m] : kept) {
    mentions.push_back({index_->actors[m->actor].id,
                        std::string(text.substr(m->span.begin, m->span.end - m->span.begin)), m->span});
  }
  return mentions;
}

const char* ToString(ActorKind kind) {
  switch (kind) {
    case ActorKind::kPerson: return "person";
    case ActorKind::kOrganization: return "organization";
    case ActorKind::kGroup: return "group";
  }
  return "person";
}

std::optional<ActorKind> ParseActorKind(std::string_view name) {
  if (name == "person") return ActorKind::kPerson;
  if (name == "organization") return ActorKind::kOrganization;
  if (name == "group") return ActorKind::kGroup;
  return std::nullopt;
}

}  // namespace dossier
