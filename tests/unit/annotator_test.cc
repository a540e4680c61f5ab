#include <catch2/catch.hpp>

#include <filesystem>
#include <set>

#include "ingest/annotator.h"
#include "ingest/ingester.h"

using namespace dossier;

namespace {

// The claims and figures a test says the store knows (none by default), whatever it holds.
struct FixedTargets final : AnnotationTargets {
  Result<bool> KnowsClaim(const std::string& id) override { return claims.count(id) != 0; }
  Result<bool> KnowsFigure(const std::string& id) override { return figures.count(id) != 0; }
  std::set<std::string> claims, figures;
};

// "“" and "”" are 3 bytes each, "馬克·庫班" is 14: spans below count bytes.
const std::string kText = "Mark Cuban says the spending is “waste at scale”. 馬克·庫班 agrees.\n";

struct Fixture {
  Fixture() : clock("2026-05-23T18:15:00.000Z") {
    char pattern[] = "/tmp/dossier-annotate-XXXXXX";
    dir = mkdtemp(pattern);
    REQUIRE(EventStore::Create(dir).ok());
    auto opened = EventStore::Open(dir, OpenMode::kReadWrite, &clock);
    REQUIRE(opened.ok());
    store = std::move(*opened);
    auto ingester = Ingester::Create(store.get(), {"tester", "corr", std::string("ai-roi"), std::nullopt});
    REQUIRE(ingester.ok());
    SourceMetadata metadata;
    metadata.article_id = "cuban-article";
    auto article = ArticleFromText(kText, "text", metadata);
    REQUIRE(article.ok());
    auto ingested = ingester->Ingest(*article, "cuban.txt", std::nullopt);
    REQUIRE(ingested.ok());
    source_id = ingested->source_id;
  }
  ~Fixture() {
    store.reset();
    std::filesystem::remove_all(dir);
  }

  Result<AnnotateResult> Run(const std::string& json, bool dry_run = false) {
    Result<AnnotationFile> file = ParseAnnotationFile(json);
    REQUIRE(file.ok());
    return Annotate(store.get(), *file, targets, {"editor", "corr-2", dry_run});
  }
  // Annotates `json`, which must be refused, and returns the error; the store must be unchanged.
  std::string Refusal(const std::string& json) {
    const uint64_t head = store->head_position();
    Result<AnnotateResult> result = Run(json);
    REQUIRE_FALSE(result.ok());
    CHECK(result.status().code() == Status::Code::kInvalidInput);
    CHECK(store->head_position() == head);
    return result.status().message();
  }
  std::vector<RecordedEvent> Stream(const std::string& stream) {
    std::vector<RecordedEvent> events;
    REQUIRE(store->ReadStream(stream, [&](const RecordedEvent& e) {
      events.push_back(e);
      return true;
    }).ok());
    return events;
  }

  FixedClock clock;
  std::string dir;
  std::unique_ptr<EventStore> store;
  std::string source_id;
  FixedTargets targets;
};

const char* kActor = R"({"id": "mark-cuban", "name": "Mark Cuban", "kind": "person", "aliases": ["Cuban"]})";

// A perspective citing [begin, end) of the source named `source` with `quote`.
std::string Perspective(const std::string& source, int begin, int end, const std::string& quote,
                        const std::string& id = "cuban-roi", const std::string& stance = "strongly_against") {
  return R"({"id": ")" + id + R"(", "actor": "mark-cuban", "topic": "ai-infrastructure-roi", "stance": ")" + stance +
         R"(", "summary": "Calls the spending waste.", "date": "2026-05-23", "citations": [{"source": ")" + source +
         R"(", "version": 1, "start": )" + std::to_string(begin) + R"(, "end": )" + std::to_string(end) +
         R"(, "quote": ")" + quote + R"("}]})";
}

std::string File(const std::string& sections) { return R"({"story": "ai-roi", )" + sections + "}"; }

}  // namespace

TEST_CASE("annotate records the file in one append, resolving sources and quoting their context") {
  Fixture f;
  const std::string json = File(std::string(R"("actors": [)") + kActor + R"(], "perspectives": [)" +
                                Perspective(f.source_id.substr(0, 6), 35, 49, "waste at scale") + "]");
  const uint64_t head = f.store->head_position();
  Result<AnnotateResult> result = f.Run(json);
  REQUIRE(result.ok());
  REQUIRE(result->items.size() == 2);
  CHECK(result->items[0].place == "actors[0]");
  CHECK(result->items[1].stream == "perspective-cuban-roi");
  CHECK(result->appended.first_position == head + 1);
  CHECK(result->appended.last_position == head + 2);

  std::vector<RecordedEvent> events = f.Stream("perspective-cuban-roi");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == "PerspectiveRecorded");
  CHECK(events[0].occurred_at == "2026-05-23");
  CHECK(events[0].recorded_by == "editor");
  auto p = DecodePerspectiveRecorded(events[0].payload);
  REQUIRE(p.ok());
  const Citation& c = p->citations.at(0);
  CHECK(c.source_id == f.source_id);  // the prefix, recorded in full
  CHECK(c.quote.exact == "waste at scale");
  CHECK(c.quote.prefix == "k Cuban says the spending is “");  // 32 bytes
  CHECK(c.quote.suffix == "”. 馬克·庫班 agrees.\n");
  CHECK(f.Stream("actor-mark-cuban").size() == 1);
}

TEST_CASE("annotating the same file again records nothing") {
  Fixture f;
  const std::string json = File(std::string(R"("actors": [)") + kActor + R"(], "perspectives": [)" +
                                Perspective(f.source_id, 0, 10, "Mark Cuban") + R"(],
      "questions": [{"id": "who-pays", "text": "Who pays?", "date": "2026-05-23"}],
      "resolutions": [{"question": "who-pays", "answer": "Lenders.", "date": "2026-06-01"}],
      "notes": [{"section": "what", "text": "A debate."}])");
  REQUIRE(f.Run(json).ok());
  const uint64_t head = f.store->head_position();
  Result<AnnotateResult> again = f.Run(json);
  REQUIRE(again.ok());
  CHECK(again->items.size() == 5);
  for (const AnnotatedItem& item : again->items) CHECK(item.outcome == AnnotationOutcome::kUnchanged);
  CHECK(again->appended.first_position == 0);
  CHECK(f.store->head_position() == head);
}

TEST_CASE("a perspective, question or resolution recorded with other content is refused") {
  Fixture f;
  REQUIRE(f.Run(File(std::string(R"("actors": [)") + kActor + R"(], "perspectives": [)" +
                     Perspective(f.source_id, 0, 10, "Mark Cuban") + R"(],
      "questions": [{"id": "who-pays", "text": "Who pays?", "date": "2026-05-23"}],
      "resolutions": [{"question": "who-pays", "answer": "Lenders.", "date": "2026-06-01"}])")).ok());
  CHECK(f.Refusal(File(R"("perspectives": [)" + Perspective(f.source_id, 0, 10, "Mark Cuban", "cuban-roi", "against") +
                       "]"))
            .find("perspectives[0]: perspective `cuban-roi` is already recorded with other content; a perspective is "
                  "never edited: record the new one under a new id (position ") == 0);
  CHECK(f.Refusal(File(R"("resolutions": [{"question": "who-pays", "answer": "Nobody.", "date": "2026-06-02"}])"))
            .find("resolutions[0]: question `who-pays` is already resolved with another answer (position ") == 0);
  // A new id is a new perspective: the stance may then change.
  REQUIRE(f.Run(File(R"("perspectives": [)" + Perspective(f.source_id, 0, 10, "Mark Cuban", "cuban-roi-2", "against") +
                     "]")).ok());
}

TEST_CASE("one bad citation among good items rejects the whole file, naming its place") {
  Fixture f;
  auto file_with = [&](const std::string& bad) {
    return File(std::string(R"("actors": [)") + kActor + R"(], "perspectives": [)" +
                Perspective(f.source_id, 0, 10, "Mark Cuban") + ", " + bad + "]");
  };
  CHECK(f.Refusal(file_with(Perspective(f.source_id, 0, 10, "Mark Cubam", "p2"))) ==
        "perspectives[1].citations[0]: field `quote`: the span 0–10 of source " + f.source_id +
            " v1 reads \"Mark Cuban\", not the quote; the quote is nowhere in that text");
  CHECK(f.Refusal(file_with(Perspective(f.source_id, 0, 14, "waste at scale", "p2"))) ==
        "perspectives[1].citations[0]: field `quote`: the span 0–14 of source " + f.source_id +
            " v1 reads \"Mark Cuban say\", not the quote; the quote is at 35–49");
  CHECK(f.Refusal(file_with(Perspective(f.source_id, 33, 36, "xxx", "p2"))) ==
        "perspectives[1].citations[0]: the span 33–36 cuts a UTF-8 character of source " + f.source_id + " v1");
  CHECK(f.Refusal(file_with(Perspective(f.source_id, 80, 90, "0123456789", "p2"))) ==
        "perspectives[1].citations[0]: field `end`: 90 is past the end of source " + f.source_id + " v1 (77 bytes)");
  CHECK(f.Refusal(file_with(R"({"id": "p2", "actor": "mark-cuban", "topic": "t", "stance": "for", "summary": "s",
      "date": "2026-05-23", "citations": [{"source": ")" + f.source_id + R"(", "version": 2, "start": 0, "end": 4,
      "quote": "Mark"}]})")) == "perspectives[1].citations[0]: field `version`: source " + f.source_id +
                                   " has 1 version, not 2");
  CHECK(f.Refusal(file_with(Perspective("ffff", 0, 10, "Mark Cuban", "p2")))
            .find("perspectives[1].citations[0]: field `source`: no source `ffff`") == 0);
  CHECK(f.Stream("actor-mark-cuban").empty());
}

TEST_CASE("what an annotation names must exist, in the store or earlier in the file") {
  Fixture f;
  CHECK(f.Refusal(File(R"("perspectives": [)" + Perspective(f.source_id, 0, 10, "Mark Cuban") + "]"))
            .find("perspectives[0]: field `actor`: no actor `mark-cuban` in the store or this file") == 0);
  CHECK(f.Refusal(R"({"story": "elsewhere", "notes": [{"section": "what", "text": "t"}]})") ==
        "field `story`: no story `elsewhere` in the store (it has ai-roi); `dossier ingest --story` creates one");
  CHECK(f.Refusal(File(R"("tensions": [{"id": "t", "between": ["cuban-roi", "andreessen-roi"], "description": "d",
      "date": "2026-05-23", "citations": [{"claim": "clm-ab"}]}])")) ==
        "tensions[0]: field `between[0]`: no perspective `cuban-roi` in the store or this file");
  CHECK(f.Refusal(File(R"("resolutions": [{"question": "who-pays", "answer": "a", "date": "2026-05-23"}])")) ==
        "resolutions[0]: field `question`: no question `who-pays` in the store or this file");
  CHECK(f.Refusal(File(R"("metric_labels": [{"figure": "fig-0a1b", "metric": "capex"}])")) ==
        "metric_labels[0]: field `figure`: no figure `fig-0a1b` in the store");
  CHECK(f.Refusal(File(R"("notes": [{"section": "what", "text": "t", "citations": [{"claim": "clm-0a1b"}]}])")) ==
        "notes[0].citations[0]: field `claim`: no claim `clm-0a1b` in the store");
  CHECK(f.Refusal(R"({"actors": [{"id": "desk", "name": "Desk", "kind": "group", "affiliation": "goldman-sachs"}]})") ==
        "actors[0]: field `affiliation`: no actor `goldman-sachs` in the store or this file");
}

TEST_CASE("claims and figures the store knows can be cited, corrected, retracted and labelled") {
  Fixture f;
  f.targets.figures = {"fig-0a1b2c3d4e5f"};
  f.targets.claims = {"clm-abcdef012345"};
  const std::string json = File(std::string(R"("actors": [)") + kActor + R"(],
      "corrections": [{"target": "fig-0a1b2c3d4e5f", "field": "value", "value": 3e12, "reason": "Trillions."},
                      {"target": "clm-abcdef012345", "field": "speaker", "value": "mark-cuban", "reason": "His."}],
      "retractions": [{"target": "clm-abcdef012345", "reason": "Not a claim.", "citations": [{"figure": "fig-0a1b2c3d4e5f"}]}],
      "metric_labels": [{"figure": "fig-0a1b2c3d4e5f", "metric": "capital expenditure"}])");
  REQUIRE(f.Run(json).ok());
  std::vector<RecordedEvent> events = f.Stream("corrections-ai-roi");
  REQUIRE(events.size() == 4);
  CHECK(events[0].type == "CorrectionRecorded");
  CHECK(events[2].type == "RetractionRecorded");
  CHECK(events[3].type == "MetricLabeled");
  CHECK_FALSE(events[0].occurred_at.has_value());
  REQUIRE(f.Run(json).ok());
  CHECK(f.Stream("corrections-ai-roi").size() == 4);  // the same again: unchanged
  CHECK(f.Refusal(File(R"("corrections": [{"target": "clm-abcdef012345", "field": "speaker", "value": "nobody",
      "reason": "r"}])")) == "corrections[0]: field `value`: no actor `nobody` in the store or this file");
}

TEST_CASE("an actor defined again with other content replaces the earlier definition") {
  Fixture f;
  REQUIRE(f.Run(std::string(R"({"actors": [)") + kActor + "]}").ok());
  Result<AnnotateResult> same = f.Run(std::string(R"({"actors": [)") + kActor + "]}");
  REQUIRE(same.ok());
  CHECK(same->items[0].outcome == AnnotationOutcome::kUnchanged);
  Result<AnnotateResult> more =
      f.Run(R"({"actors": [{"id": "mark-cuban", "name": "Mark Cuban", "kind": "person", "aliases": ["Cuban", "@mcuban"]}]})");
  REQUIRE(more.ok());
  CHECK(more->items[0].outcome == AnnotationOutcome::kRecorded);
  std::vector<RecordedEvent> events = f.Stream("actor-mark-cuban");
  REQUIRE(events.size() == 2);
  CHECK(DecodeActorDefined(events[1].payload)->actor.aliases == std::vector<std::string>{"Cuban", "@mcuban"});
  // Back to the first definition: it is no longer the latest, so it is recorded again.
  Result<AnnotateResult> back = f.Run(std::string(R"({"actors": [)") + kActor + "]}");
  REQUIRE(back.ok());
  CHECK(back->items[0].outcome == AnnotationOutcome::kRecorded);
}

TEST_CASE("a dry run checks everything and records nothing") {
  Fixture f;
  const uint64_t head = f.store->head_position();
  Result<AnnotateResult> result = f.Run(std::string(R"({"actors": [)") + kActor + "]}", /*dry_run=*/true);
  REQUIRE(result.ok());
  CHECK(result->items[0].outcome == AnnotationOutcome::kRecorded);
  CHECK(f.store->head_position() == head);
}

// A perspective citing `quote` of `source` by quote only (with `version` when not empty).
std::string QuotedPerspective(const std::string& source, const std::string& quote, const std::string& id,
                              const std::string& version = "") {
  return R"({"id": ")" + id + R"(", "actor": "mark-cuban", "topic": "ai-infrastructure-roi", "stance": "against",
      "summary": "Calls the spending waste.", "date": "2026-05-23", "citations": [{"source": ")" + source + R"(", )" +
         (version.empty() ? "" : R"("version": )" + version + ", ") + R"("quote": ")" + quote + R"("}]})";
}

TEST_CASE("a citation by quote is found once in the newest version, or the file is refused naming the places") {
  Fixture f;
  const std::string actors = std::string(R"("actors": [)") + kActor + "], ";
  // Found once: the span is where the quote stands, recorded with its context.
  REQUIRE(f.Run(File(actors + R"("perspectives": [)" + QuotedPerspective("cuban-article", "waste at scale", "q1") +
                     "]")).ok());
  std::vector<RecordedEvent> events = f.Stream("perspective-q1");
  REQUIRE(events.size() == 1);
  auto p = DecodePerspectiveRecorded(events[0].payload);
  REQUIRE(p.ok());
  const Citation& c = p->citations.at(0);
  CHECK(c.source_id == f.source_id);
  CHECK(c.version == 1);
  CHECK(c.span.begin == 35);
  CHECK(c.span.end == 49);
  CHECK(c.quote.suffix == "”. 馬克·庫班 agrees.\n");

  // Found twice ("says ", "is “"): refused, listing where.
  CHECK(f.Refusal(File(R"("perspectives": [)" + QuotedPerspective(f.source_id, "s ", "q2") + "]")) ==
        "perspectives[0].citations[0]: field `quote`: \"s \" is in source " + f.source_id +
            " v1 2 times, at 14–16 and 30–32; quote more of the sentence so that it is found once");
  // Found nowhere.
  CHECK(f.Refusal(File(R"("perspectives": [)" + QuotedPerspective(f.source_id, "waste at scales", "q3") + "]")) ==
        "perspectives[0].citations[0]: field `quote`: \"waste at scales\" is nowhere in source " + f.source_id +
            " v1 (quote the text as it is written, byte for byte)");

  // A revision: the newest version is searched unless one is named; a quote only an older version
  // holds is refused, saying which version has it.
  auto ingester = Ingester::Create(f.store.get(), {"tester", "corr", std::string("ai-roi"), std::nullopt});
  REQUIRE(ingester.ok());
  SourceMetadata metadata;
  metadata.article_id = "cuban-article";
  auto revised = ArticleFromText("Mark Cuban now says the spending is money well spent.\n", "text", metadata);
  REQUIRE(revised.ok());
  REQUIRE(ingester->Ingest(*revised, "cuban.txt", std::nullopt).ok());
  CHECK(f.Refusal(File(R"("perspectives": [)" + QuotedPerspective(f.source_id, "waste at scale", "q4") + "]")) ==
        "perspectives[0].citations[0]: field `quote`: \"waste at scale\" is nowhere in source " + f.source_id +
            " v2; it is in v1 at 35–49");
  REQUIRE(f.Run(File(R"("perspectives": [)" + QuotedPerspective(f.source_id, "waste at scale", "q4", "1") + ", " +
                     QuotedPerspective(f.source_id, "money well spent", "q5") + "]")).ok());
  auto q5 = DecodePerspectiveRecorded(f.Stream("perspective-q5").at(0).payload);
  REQUIRE(q5.ok());
  CHECK(q5->citations.at(0).version == 2);
  CHECK(q5->citations.at(0).quote.exact == "money well spent");
}
