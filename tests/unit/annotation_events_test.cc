#include <catch2/catch.hpp>

#include "model/annotation_events.h"

using namespace dossier;

namespace {

Citation SpanCitation() {
  Citation c;
  c.source_id = "0123456789abcdef";
  c.version = 2;
  c.span = {10, 21};
  c.quote = {"before \"", "exact “bytes”", "\" after"};
  return c;
}

Citation TargetCitation(Citation::Kind kind, std::string id) {
  Citation c;
  c.kind = kind;
  c.target_id = std::move(id);
  return c;
}

}  // namespace

TEST_CASE("annotation payloads decode to what was encoded") {
  const std::vector<Citation> citations = {SpanCitation(), TargetCitation(Citation::Kind::kClaim, "clm-1a2b3c4d5e6f"),
                                           TargetCitation(Citation::Kind::kFigure, "fig-0a1b2c3d4e5f")};

  PerspectiveRecorded perspective{"cuban-2025", "ai-roi", "mark-cuban", "ai-roi-accounting",
                                  Stance::kStronglyAgainst, "Spending is not return.", "2025-11-02", citations};
  auto p = DecodePerspectiveRecorded(EncodePayload(perspective));
  REQUIRE(p.ok());
  CHECK(p->id == perspective.id);
  CHECK(p->actor == "mark-cuban");
  CHECK(p->stance == Stance::kStronglyAgainst);
  CHECK(p->date == "2025-11-02");
  CHECK(p->citations == citations);

  TensionRecorded tension{"capex-vs-revenue", "ai-roi", {"cuban-2025", "andreessen-2025"}, "They disagree.",
                          "2025-11-03", {citations[0]}};
  auto t = DecodeTensionRecorded(EncodePayload(tension));
  REQUIRE(t.ok());
  CHECK(t->between == tension.between);
  CHECK(t->citations == tension.citations);

  QuestionOpened opened{"who-pays", "ai-roi", "Who pays?", "2025-11-04", {}};
  auto q = DecodeQuestionOpened(EncodePayload(opened));
  REQUIRE(q.ok());
  CHECK(q->text == "Who pays?");
  CHECK(q->citations.empty());

  QuestionResolved resolved{"who-pays", "ai-roi", "The hyperscalers.", "2026-01-05", {citations[1]}};
  auto r = DecodeQuestionResolved(EncodePayload(resolved));
  REQUIRE(r.ok());
  CHECK(r->question == "who-pays");
  CHECK(r->answer == resolved.answer);

  CorrectionRecorded correction{"ai-roi", "fig-0a1b2c3d4e5f", "value", "3.5e12", "Misread.", {citations[0]}};
  auto c = DecodeCorrectionRecorded(EncodePayload(correction));
  REQUIRE(c.ok());
  CHECK(c->value_json == "3.5e12");
  CorrectionRecorded unit_correction{"ai-roi", "fig-0a1b2c3d4e5f", "unit", "\"EUR\"", "Euros.", {}};
  auto u = DecodeCorrectionRecorded(EncodePayload(unit_correction));
  REQUIRE(u.ok());
  CHECK(u->value_json == "\"EUR\"");

  RetractionRecorded retraction{"ai-roi", "clm-1a2b3c4d5e6f", "Not a claim.", {}};
  auto x = DecodeRetractionRecorded(EncodePayload(retraction));
  REQUIRE(x.ok());
  CHECK(x->target == retraction.target);

  MetricLabeled label{"ai-roi", "fig-0a1b2c3d4e5f", "capital expenditure", std::nullopt, std::nullopt};
  auto m = DecodeMetricLabeled(EncodePayload(label));
  REQUIRE(m.ok());
  CHECK(m->metric == "capital expenditure");
  CHECK_FALSE(m->subject);
  CHECK(EncodePayload(label).find("subject") == std::string::npos);  // a metric-only label reads as before

  // A label may correct the subject and period alone; one that labels nothing does not decode.
  MetricLabeled whose{"ai-roi", "fig-0a1b2c3d4e5f", std::nullopt, std::string("Amazon"), std::string("FY2026")};
  auto w = DecodeMetricLabeled(EncodePayload(whose));
  REQUIRE(w.ok());
  CHECK_FALSE(w->metric);
  CHECK(w->subject == "Amazon");
  CHECK(w->period == "FY2026");
  CHECK_FALSE(DecodeMetricLabeled(R"({"story":"ai-roi","figure":"fig-0a1b2c3d4e5f"})").ok());

  EditorNoteRecorded note{"ai-roi", "why_it_matters", "Because.", {citations[0]}};
  auto n = DecodeEditorNoteRecorded(EncodePayload(note));
  REQUIRE(n.ok());
  CHECK(n->section == "why_it_matters");

  ActorDefined actor{{"goldman-sachs-delta-one-desk", "Goldman Sachs Delta-1 desk", ActorKind::kGroup,
                      {"Goldman's desk", "高盛"}, std::string("goldman-sachs")}};
  auto a = DecodeActorDefined(EncodePayload(actor));
  REQUIRE(a.ok());
  CHECK(a->actor.kind == ActorKind::kGroup);
  CHECK(a->actor.aliases == actor.actor.aliases);
  CHECK(a->actor.affiliation == actor.actor.affiliation);
}

TEST_CASE("stances are spelled one way each") {
  for (Stance s : {Stance::kStronglyAgainst, Stance::kAgainst, Stance::kMixed, Stance::kNeutral, Stance::kFor,
                   Stance::kStronglyFor}) {
    CHECK(ParseStance(ToString(s)) == s);
  }
  CHECK(ToString(Stance::kStronglyFor) == std::string("strongly_for"));
  CHECK_FALSE(ParseStance("very_for").has_value());
  CHECK_FALSE(ParseStance("For").has_value());
}

TEST_CASE("a payload with an unknown stance or actor kind is refused") {
  auto p = DecodePerspectiveRecorded(
      R"({"id":"a","story":"s","actor":"x","topic":"t","stance":"sideways","summary":"","date":"2025-01-01","citations":[]})");
  REQUIRE_FALSE(p.ok());
  CHECK(p.status().message().find("sideways") != std::string::npos);
  auto a = DecodeActorDefined(R"({"id":"a","name":"A","kind":"robot","aliases":[],"affiliation":null})");
  REQUIRE_FALSE(a.ok());
  CHECK(a.status().message().find("robot") != std::string::npos);
}
