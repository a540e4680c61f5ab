#include <catch2/catch.hpp>

#include "ingest/annotation_file.h"

using namespace dossier;

namespace {

// The message of the error that parsing `json` gives; the test fails if it parses.
std::string ErrorOf(const std::string& json) {
  Result<AnnotationFile> file = ParseAnnotationFile(json);
  REQUIRE_FALSE(file.ok());
  CHECK(file.status().code() == Status::Code::kInvalidInput);
  return file.status().message();
}

const char* kSpan = R"({"source": "0123", "version": 1, "start": 0, "end": 4, "quote": "Mark"})";

// A perspective with `member` (e.g. `"stance": "for"`) replacing the member of the same name.
std::string Perspective(const std::string& replace_key = "", const std::string& replace_with = "") {
  std::vector<std::pair<std::string, std::string>> members = {
      {"id", R"("id": "cuban-roi")"},
      {"actor", R"("actor": "mark-cuban")"},
      {"topic", R"("topic": "ai-infrastructure-roi")"},
      {"stance", R"("stance": "strongly_against")"},
      {"summary", R"("summary": "Doubts it.")"},
      {"date", R"("date": "2026-05-23")"},
      {"citations", std::string(R"("citations": [)") + kSpan + "]"},
  };
  std::string out = "{";
  for (const auto& [key, text] : members) {
    if (key == replace_key && replace_with.empty()) continue;
    out += (out.size() > 1 ? ", " : "") + (key == replace_key ? replace_with : text);
  }
  return out + "}";
}

std::string WithPerspectives(const std::string& items) {
  return R"({"story": "ai-roi", "perspectives": [)" + items + "]}";
}

}  // namespace

TEST_CASE("an annotation file is parsed into the payloads it will become") {
  const std::string json = R"({
    "story": "ai-roi",
    "actors": [{"id": "mark-cuban", "name": "Mark Cuban", "kind": "person", "aliases": ["Cuban", "馬克·庫班"]},
               {"id": "goldman-desk", "name": "Goldman's desk", "kind": "group", "affiliation": "goldman-sachs"}],
    "perspectives": [)" + Perspective() + R"(],
    "tensions": [{"id": "t1", "between": ["cuban-roi", "fig-0a1b2c3d4e5f"], "description": "They differ.",
                  "date": "2026-05-24", "citations": [{"claim": "clm-abc123"}]}],
    "questions": [{"id": "who-pays", "text": "Who pays?", "date": "2026-05-23"}],
    "resolutions": [{"question": "who-pays", "answer": "Lenders.", "date": "2026-06-01",
                     "citations": [{"figure": "fig-0a1b2c3d4e5f"}]}],
    "corrections": [{"target": "fig-0a1b2c3d4e5f", "field": "value", "value": 3.5e12, "reason": "Misread."},
                    {"target": "clm-abc123", "field": "speaker", "value": "mark-cuban", "reason": "Cuban said it."}],
    "retractions": [{"target": "clm-abc123", "reason": "Not a claim."}],
    "metric_labels": [{"figure": "fig-0a1b2c3d4e5f", "metric": "capital expenditure"}],
    "notes": [{"section": "why_it_matters", "text": "Because."}]
  })";
  Result<AnnotationFile> file = ParseAnnotationFile(json);
  REQUIRE(file.ok());
  CHECK(file->story == "ai-roi");
  REQUIRE(file->actors.size() == 2);
  CHECK(file->actors[0].actor.aliases == std::vector<std::string>{"Cuban", "馬克·庫班"});
  CHECK(file->actors[1].actor.kind == ActorKind::kGroup);
  CHECK(file->actors[1].actor.affiliation == "goldman-sachs");
  REQUIRE(file->perspectives.size() == 1);
  const PerspectiveRecorded& p = file->perspectives[0];
  CHECK(p.story == "ai-roi");
  CHECK(p.stance == Stance::kStronglyAgainst);
  REQUIRE(p.citations.size() == 1);
  CHECK(p.citations[0].kind == Citation::Kind::kSpan);
  CHECK(p.citations[0].source_id == "0123");  // as written: the Annotator resolves it
  CHECK(p.citations[0].span == ByteSpan{0, 4});
  CHECK(file->tensions[0].between == std::vector<std::string>{"cuban-roi", "fig-0a1b2c3d4e5f"});
  CHECK(file->tensions[0].citations[0].kind == Citation::Kind::kClaim);
  CHECK(file->questions[0].citations.empty());
  CHECK(file->resolutions[0].citations[0].kind == Citation::Kind::kFigure);
  CHECK(file->corrections[0].value_json == "3.5e12");
  CHECK(file->corrections[1].value_json == "\"mark-cuban\"");
  CHECK(file->retractions[0].target == "clm-abc123");
  CHECK(file->metric_labels[0].metric == "capital expenditure");
  CHECK(file->notes[0].section == "why_it_matters");
}

TEST_CASE("a file of actors alone needs no story") {
  Result<AnnotationFile> file = ParseAnnotationFile(R"({"actors": [{"id": "a", "name": "A", "kind": "organization"}]})");
  REQUIRE(file.ok());
  CHECK_FALSE(file->story.has_value());
  CHECK(ErrorOf(R"({"questions": [{"id": "q", "text": "Why?", "date": "2026-01-01"}]})") ==
        "field `story`: missing; everything but actors belongs to a story");
}

TEST_CASE("annotation file errors name their JSON path and the problem") {
  CHECK(ErrorOf("{\"story\": \"ai-roi\"") .find("malformed JSON") == 0);
  CHECK(ErrorOf("{\"story\": \"a\xff\"}") == "not valid UTF-8 at byte 12");
  CHECK(ErrorOf(R"({"story": "ai-roi", "claims": []})").find("field `claims`: not a section of an annotation file") == 0);
  CHECK(ErrorOf(R"({"story": "AI ROI"})") == "field `story`: `AI ROI` is not a story slug (e.g. ai-roi)");

  CHECK(ErrorOf(WithPerspectives(Perspective() + ", " + Perspective("stance", R"("stance": "bearish")"))) ==
        "perspectives[1]: field `stance`: `bearish` is not one of strongly_against, against, mixed, neutral, for, "
        "strongly_for");
  CHECK(ErrorOf(WithPerspectives(Perspective("date", R"("date": "2026-02-30")"))) ==
        "perspectives[0]: field `date`: `2026-02-30` is not a date (YYYY-MM-DD)");
  CHECK(ErrorOf(WithPerspectives(Perspective("actor", ""))) == "perspectives[0]: field `actor`: missing");
  CHECK(ErrorOf(WithPerspectives(Perspective("summary", R"("summary": "  ")"))) ==
        "perspectives[0]: field `summary`: empty");
  CHECK(ErrorOf(WithPerspectives(Perspective("id", R"("id": "clm-1")"))) ==
        "perspectives[0]: field `id`: `clm-1`: ids starting clm- and fig- are kept for claims and figures");
  CHECK(ErrorOf(WithPerspectives(Perspective("citations", R"("citations": [])"))) ==
        "perspectives[0]: field `citations`: empty; cite at least one span, claim or figure");
  CHECK(ErrorOf(WithPerspectives(Perspective("topic", R"("topic": "roi", "mood": "grim")"))).find(
            "perspectives[0]: field `mood`: not a field of a perspective") == 0);
}

TEST_CASE("citation errors name the citation inside its item") {
  auto with_citation = [](const std::string& citation) {
    return WithPerspectives(Perspective("citations", std::string(R"("citations": [)") + kSpan + ", " + citation + "]"));
  };
  CHECK(ErrorOf(with_citation(R"({"source": "0123", "version": 1, "start": 0, "quote": "Mark"})")) ==
        "perspectives[0].citations[1]: field `end`: missing");
  CHECK(ErrorOf(with_citation(R"({"source": "0123", "version": 0, "start": 0, "end": 4, "quote": "Mark"})")) ==
        "perspectives[0].citations[1]: field `version`: versions count from 1");
  CHECK(ErrorOf(with_citation(R"({"source": "0123", "version": 1, "start": 4, "end": 4, "quote": ""})")) ==
        "perspectives[0].citations[1]: field `end`: 4 is not after start 4");
  CHECK(ErrorOf(with_citation(R"({"source": "0123", "version": 1, "start": 0, "end": 5, "quote": "Mark"})")) ==
        "perspectives[0].citations[1]: field `quote`: 4 bytes long, but the span 0–5 holds 5");
  CHECK(ErrorOf(with_citation(R"({"claim": "clm-12", "figure": "fig-34"})")).find(
            "perspectives[0].citations[1]: field `figure`: not a field of a claim citation") == 0);
  CHECK(ErrorOf(with_citation(R"({"figure": "clm-12"})")) ==
        "perspectives[0].citations[1]: field `figure`: `clm-12` is not a figure id (fig-…)");
  CHECK(ErrorOf(with_citation(R"({"page": 3})")).find("perspectives[0].citations[1]: a citation names a source and a quote") ==
        0);
}

TEST_CASE("an id used twice in one file is refused, naming both places") {
  CHECK(ErrorOf(WithPerspectives(Perspective() + ", " + Perspective("stance", R"("stance": "for")"))) ==
        "perspectives[1]: field `id`: `cuban-roi` is also perspectives[0]'s in this file");
  CHECK(ErrorOf(R"({"story": "s", "questions": [{"id": "q", "text": "A?", "date": "2026-01-01"},
                                                 {"id": "q", "text": "B?", "date": "2026-01-02"}]})") ==
        "questions[1]: field `id`: `q` is also questions[0]'s in this file");
  CHECK(ErrorOf(R"({"actors": [{"id": "a", "name": "A", "kind": "person"}, {"id": "a", "name": "B", "kind": "person"}]})") ==
        "actors[1]: field `id`: `a` is also actors[0]'s in this file");
}

TEST_CASE("items of the other sections are checked field by field") {
  CHECK(ErrorOf(R"({"story": "s", "tensions": [{"id": "t", "between": ["a"], "description": "d", "date": "2026-01-01",
                    "citations": [{"claim": "clm-1"}]}]})") == "tensions[0]: field `between`: needs at least 2 ids");
  CHECK(ErrorOf(R"({"story": "s", "corrections": [{"target": "fig-1a", "field": "speaker", "value": "x", "reason": "r"}]})") ==
        "corrections[0]: field `field`: a figure's `speaker` cannot be corrected (only approx, kind, metric, per, unit, "
        "value, value_high)");
  CHECK(ErrorOf(R"({"story": "s", "corrections": [{"target": "fig-1a", "field": "value", "value": "lots", "reason": "r"}]})") ==
        "corrections[0]: field `value`: the wrong type for `value`");
  CHECK(ErrorOf(R"({"story": "s", "corrections": [{"target": "fig-1a", "field": "kind", "value": "cash", "reason": "r"}]})") ==
        "corrections[0]: field `value`: not a figure kind (money, percent, multiple, rate, duration, count, quantity)");
  CHECK(ErrorOf(R"({"story": "s", "corrections": [{"target": "fig-1a", "field": "approx", "value": "roughly", "reason": "r"}]})") ==
        "corrections[0]: field `value`: not an approximation (exact, approximate, at_least, more_than, at_most, "
        "less_than)");
  CHECK(ErrorOf(R"({"story": "s", "corrections": [{"target": "fig-1a", "field": "unit", "reason": "r"}]})") ==
        "corrections[0]: field `value`: missing");
  CHECK(ErrorOf(R"({"story": "s", "retractions": [{"target": "src-1", "reason": "r"}]})") ==
        "retractions[0]: field `target`: `src-1` is not a figure id (fig-…) or a claim id (clm-…)");
  CHECK(ErrorOf(R"({"story": "s", "metric_labels": [{"figure": "fig-1a"}]})") ==
        "metric_labels[0]: field `metric`: missing: a label gives a metric, a subject or a period");
  CHECK(ErrorOf(R"({"story": "s", "metric_labels": [{"figure": "fig-1a", "subject": " "}]})") ==
        "metric_labels[0]: field `subject`: empty");
  Result<AnnotationFile> whose = ParseAnnotationFile(
      R"({"story": "s", "metric_labels": [{"figure": "fig-1a", "subject": "Amazon", "period": "FY2026"}]})");
  REQUIRE(whose.ok());
  CHECK_FALSE(whose->metric_labels[0].metric);
  CHECK(whose->metric_labels[0].subject == "Amazon");
  CHECK(whose->metric_labels[0].period == "FY2026");
  CHECK(ErrorOf(R"({"story": "s", "notes": [{"section": "narrative", "text": "t"}]})") ==
        "notes[0]: field `section`: `narrative` is not what or why_it_matters");
  CHECK(ErrorOf(R"({"actors": [{"id": "a", "name": "A", "kind": "robot"}]})") ==
        "actors[0]: field `kind`: `robot` is not person, organization or group");
  CHECK(ErrorOf(R"({"actors": [{"id": "a", "name": "A", "kind": "person", "aliases": ["X", "X"]}]})") ==
        "actors[0]: field `aliases[1]`: `X` twice");
}
