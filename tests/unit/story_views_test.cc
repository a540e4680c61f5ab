// The story projections (actors, claims, stances, questions, tensions, timeline) on both time
// axes, the time filter, claims recorded at ingest and re-extracted, and rebuild equality.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "ingest/figure_refresh.h"
#include "ingest/ingester.h"
#include "model/claim_events.h"
#include "brief/briefing.h"
#include "brief/render_json.h"
#include "project/fold.h"
#include "project/rebuild.h"
#include "project/source_reader.h"
#include "project/story_views.h"
#include "temp_dir.h"

using namespace dossier;

namespace {

// A clock the test moves forward.
class SettableClock final : public Clock {
 public:
  std::string NowUtc() override { return now; }
  std::string now = "2026-06-01T10:00:00.000Z";
};

struct Fixture {
  Fixture() {
    REQUIRE(EventStore::Create(dir.path).ok());
    auto opened = EventStore::Open(dir.path, OpenMode::kReadWrite, &clock);
    REQUIRE(opened.ok());
    store = std::move(*opened);
  }
  uint64_t Append(NewEvent event, int64_t expected = kAnyVersion) {
    AppendBatch batch;
    batch.recorded_by = "tester";
    batch.correlation = "corr";
    batch.expected.emplace_back(event.stream, expected);
    batch.events.push_back(std::move(event));
    auto appended = store->Append(batch);
    REQUIRE(appended.ok());
    return appended->last_position;
  }
  uint64_t DefineActor(const std::string& id, const std::string& name, std::vector<std::string> aliases = {}) {
    Actor actor;
    actor.id = id;
    actor.name = name;
    actor.aliases = std::move(aliases);
    return Append({ActorStream(id), std::string(kActorDefined), 1, std::nullopt, EncodePayload(ActorDefined{actor})});
  }
  uint64_t Perspective(const std::string& id, const std::string& actor, Stance stance, const std::string& date,
                       std::vector<Citation> citations = {}, const std::string& story = "ai-roi") {
    PerspectiveRecorded p;
    p.id = id;
    p.story = story;
    p.actor = actor;
    p.topic = "ai-roi";
    p.stance = stance;
    p.summary = "summary of " + id;
    p.date = date;
    p.citations = std::move(citations);
    return Append({PerspectiveStream(id), std::string(kPerspectiveRecorded), 1, date, EncodePayload(p)}, kNoStream);
  }
  IngestResult Ingest(const std::string& text, const std::string& url, std::optional<std::string> published,
                      const std::string& story = "ai-roi") {
    auto ingester = Ingester::Create(store.get(), {"tester", "corr", story, std::nullopt});
    REQUIRE(ingester.ok());
    SourceMetadata metadata;
    metadata.url = url;
    metadata.published = std::move(published);
    auto article = ArticleFromText(text, "text", metadata);
    REQUIRE(article.ok());
    auto result = ingester->Ingest(*article, "input.txt", std::nullopt);
    REQUIRE(result.ok());
    return *result;
  }
  std::unique_ptr<StoryViews> Views(std::optional<std::string> as_of = std::nullopt,
                                    std::optional<std::string> known_at = std::nullopt) {
    auto filter = TimeFilter::Parse(as_of, known_at);
    REQUIRE(filter.ok());
    auto views = LoadStoryViews(store.get(), *filter);
    REQUIRE(views.ok());
    return std::move(*views);
  }
  TempDir dir;
  SettableClock clock;
  std::unique_ptr<EventStore> store;
};

Citation SpanCitation(const std::string& source, uint64_t begin, const std::string& quote) {
  Citation c;
  c.source_id = source;
  c.version = 1;
  c.span = {begin, begin + quote.size()};
  c.quote.exact = quote;
  return c;
}

// A hand-made extraction of kText: Cuban's claim (with the figure "$3 trillion") and a question.
const std::string kText = "Mark Cuban argues that $3 trillion will not pay off. Will it pay off?";

ClaimExtraction HandExtraction() {
  Claim claim;
  claim.speaker = {"mark-cuban", "Mark Cuban", {0, 10}};
  claim.verb = "argues";
  claim.span = {23, 51};
  claim.sentence = {0, 52};
  ClaimExtraction found;
  found.claims.push_back(claim);
  found.questions.push_back({53, 69});
  found.candidates.push_back({"", "Jane Roe", {0, 0}});
  return found;
}

}  // namespace

TEST_CASE("time filter: flags parse with clear errors and filter on both axes") {
  auto none = TimeFilter::Parse(std::nullopt, std::nullopt);
  REQUIRE(none.ok());
  CHECK(none->SaidBy(std::nullopt));
  CHECK(none->Knows(999, "2099-01-01T00:00:00.000Z"));

  auto bad_date = TimeFilter::Parse(std::string("2026-13-01"), std::nullopt);
  REQUIRE_FALSE(bad_date.ok());
  CHECK(bad_date.status().message().find("--as-of `2026-13-01`") != std::string::npos);
  auto bad_known = TimeFilter::Parse(std::nullopt, std::string("yesterday"));
  REQUIRE_FALSE(bad_known.ok());
  CHECK(bad_known.status().message().find("--known-at `yesterday`") != std::string::npos);
  CHECK_FALSE(TimeFilter::Parse(std::nullopt, std::string("0")).ok());
  CHECK_FALSE(TimeFilter::Parse(std::nullopt, std::string("2026-06-01T10:00:00+02:00")).ok());

  auto as_of = TimeFilter::Parse(std::string("2025-05-16"), std::nullopt);
  REQUIRE(as_of.ok());
  CHECK(as_of->SaidBy(std::string("2025-05-16")));
  CHECK(as_of->SaidBy(std::string("2025-05-16T23:00:00Z")));
  CHECK_FALSE(as_of->SaidBy(std::string("2025-05-17")));
  CHECK(as_of->SaidBy(std::nullopt));  // undated: nothing says it came later, so it stays
  auto dated_only = TimeFilter::Parse(std::string("2025-05-16"), std::nullopt, /*dated_only=*/true);
  REQUIRE(dated_only.ok());
  CHECK_FALSE(dated_only->SaidBy(std::nullopt));
  CHECK(dated_only->SaidBy(std::string("2025-05-16")));
  CHECK_FALSE(dated_only->SaidBy(std::string("2025-05-17")));
  auto dated_only_always = TimeFilter::Parse(std::nullopt, std::nullopt, /*dated_only=*/true);
  REQUIRE(dated_only_always.ok());
  CHECK_FALSE(dated_only_always->SaidBy(std::nullopt));
  CHECK(dated_only_always->SaidBy(std::string("2099-01-01")));

  auto position = TimeFilter::Parse(std::nullopt, std::string("7"));
  REQUIRE(position.ok());
  CHECK(position->Knows(7, "2099-01-01T00:00:00.000Z"));
  CHECK_FALSE(position->Knows(8, "2000-01-01T00:00:00.000Z"));

  auto time = TimeFilter::Parse(std::nullopt, std::string("2026-06-01T10:00:00Z"));
  REQUIRE(time.ok());
  CHECK(time->Knows(100, "2026-06-01T10:00:00.000Z"));
  CHECK_FALSE(time->Knows(1, "2026-06-01T10:00:00.001Z"));
  auto day = TimeFilter::Parse(std::nullopt, std::string("2026-06-01"));
  REQUIRE(day.ok());
  CHECK(day->Knows(1, "2026-06-01T23:59:59.999Z"));
  CHECK_FALSE(day->Knows(1, "2026-06-02T00:00:00.000Z"));
}

TEST_CASE("stances: evolution is first, consistent, shifted or reversed, computed from what passes the filter") {
  Fixture f;
  f.DefineActor("mark-cuban", "Mark Cuban");
  f.Perspective("cuban-1", "mark-cuban", Stance::kAgainst, "2025-05-01");
  f.Perspective("cuban-2", "mark-cuban", Stance::kAgainst, "2025-05-10");
  f.Perspective("cuban-3", "mark-cuban", Stance::kMixed, "2025-05-20");
  f.clock.now = "2026-06-02T10:00:00.000Z";
  // Recorded last, but said before cuban-3: it sorts by its date.
  const uint64_t late = f.Perspective("cuban-0", "mark-cuban", Stance::kStronglyFor, "2025-04-01");

  auto threads = StanceThreads(f.Views()->perspectives);
  REQUIRE(threads.size() == 1);
  const StanceThread& t = threads[0];
  REQUIRE(t.perspectives.size() == 4);
  CHECK(t.perspectives[0].perspective.id == "cuban-0");
  CHECK(t.evolution[0].change == StanceChange::kFirst);
  CHECK(t.evolution[1].change == StanceChange::kReversed);  // strongly for -> against
  CHECK(*t.evolution[1].from == Stance::kStronglyFor);
  CHECK(t.evolution[2].change == StanceChange::kConsistent);
  CHECK(t.evolution[3].change == StanceChange::kShifted);  // against -> mixed
  CHECK(t.Overall() == "reversed");

  SECTION("a perspective recorded later does not show --known-at earlier") {
    for (const std::string& known_at : {std::to_string(late - 1), std::string("2026-06-01T23:00:00Z")}) {
      auto earlier = StanceThreads(f.Views(std::nullopt, known_at)->perspectives);
      REQUIRE(earlier.size() == 1);
      REQUIRE(earlier[0].perspectives.size() == 3);
      CHECK(earlier[0].perspectives[0].perspective.id == "cuban-1");
      CHECK(earlier[0].Overall() == "shifted");
    }
  }
  SECTION("--as-of before a perspective's date hides it") {
    auto before = StanceThreads(f.Views(std::string("2025-05-15"))->perspectives);
    REQUIRE(before.size() == 1);
    REQUIRE(before[0].perspectives.size() == 3);
    CHECK(before[0].perspectives.back().perspective.id == "cuban-2");
    auto none = f.Views(std::string("2025-03-31"))->perspectives;
    CHECK(none.empty());
  }
  SECTION("one stance throughout is consistent") {
    std::vector<PerspectiveEntry> same = f.Views(std::string("2025-05-10"), std::to_string(late - 1))->perspectives;
    auto consistent = StanceThreads(same);
    REQUIRE(consistent.size() == 1);
    CHECK(consistent[0].Overall() == "consistent");
  }
}

TEST_CASE("claims: built from an extraction with ids, text, figures and dates") {
  ExtractedFigure figure;
  figure.id = "fig-000000000001";
  figure.figure.span = {23, 34};  // "$3 trillion"
  ExtractedFigure outside;
  outside.id = "fig-000000000002";
  outside.figure.span = {60, 62};
  ClaimsExtracted built = BuildClaimsExtracted({"src1", 1, "sha", std::string("2025-05-16T08:00:00Z"), "digest"}, kText,
                                               HandExtraction(), {figure, outside});
  REQUIRE(built.claims.size() == 1);
  const ExtractedClaim& c = built.claims[0];
  CHECK(c.id == ClaimId("src1", 1, {23, 51}, "mark-cuban"));
  CHECK(c.id != ClaimId("src1", 2, {23, 51}, "mark-cuban"));
  CHECK(c.text == "$3 trillion will not pay off");
  CHECK(c.figure_ids == std::vector<std::string>{"fig-000000000001"});
  CHECK(c.date == std::optional<std::string>("2025-05-16"));  // the source's day
  CHECK(built.questions.at(0).text == "Will it pay off?");
  CHECK(built.candidates.at(0).name == "Jane Roe");

  auto decoded = DecodeClaimsExtracted(EncodePayload(built));
  REQUIRE(decoded.ok());
  CHECK(EncodePayload(*decoded) == EncodePayload(built));
}

TEST_CASE("claims: corrections and retractions supersede without editing the extraction") {
  Fixture f;
  ClaimsExtracted built =
      BuildClaimsExtracted({"src1", 1, "sha", std::string("2025-05-16"), "digest"}, kText, HandExtraction(), {});
  const uint64_t extracted_at = f.Append(MakeClaimsExtractedEvent(built));
  const std::string id = built.claims[0].id;

  CorrectionRecorded correction{"ai-roi", id, "speaker", "\"chamath\"", "the quote is Chamath's", {}};
  const uint64_t corrected_at =
      f.Append({CorrectionsStream("ai-roi"), std::string(kCorrectionRecorded), 1, std::nullopt, EncodePayload(correction)});
  RetractionRecorded retraction{"ai-roi", id, "the article withdrew it", {}};
  f.Append({CorrectionsStream("ai-roi"), std::string(kRetractionRecorded), 1, std::nullopt, EncodePayload(retraction)});

  auto now = f.Views();
  REQUIRE(now->claims.size() == 1);
  CHECK(now->claims[0].claim.speaker == std::optional<std::string>("chamath"));
  REQUIRE(now->claims[0].corrections.size() == 1);
  CHECK(now->claims[0].corrections[0].position == corrected_at);
  CHECK(now->claims[0].retraction == std::optional<std::string>("the article withdrew it"));

  auto before = f.Views(std::nullopt, std::to_string(extracted_at));
  REQUIRE(before->claims.size() == 1);
  CHECK(before->claims[0].claim.speaker == std::optional<std::string>("mark-cuban"));
  CHECK(before->claims[0].corrections.empty());
  CHECK_FALSE(before->claims[0].retraction);

  // The extraction in the log is as it was recorded.
  auto event = f.store->ReadEvent(extracted_at);
  REQUIRE(event.ok());
  CHECK(event->payload == EncodePayload(built));

  CHECK(f.Views(std::string("2025-05-15"))->claims.empty());  // said on the 16th
}

TEST_CASE("questions and tensions: resolution and sides follow the time axes") {
  Fixture f;
  f.DefineActor("mark-cuban", "Mark Cuban");
  ClaimsExtracted built =
      BuildClaimsExtracted({"src1", 1, "sha", std::string("2025-05-16"), "digest"}, kText, HandExtraction(), {});
  f.Append(MakeClaimsExtractedEvent(built));
  f.Perspective("cuban-1", "mark-cuban", Stance::kAgainst, "2025-05-01", {SpanCitation("src1", 0, "Mark Cuban")});

  QuestionOpened opened{"q-roi", "ai-roi", "Will AI spending pay off?", "2025-05-02", {}};
  const uint64_t opened_at =
      f.Append({QuestionStream("q-roi"), std::string(kQuestionOpened), 1, opened.date, EncodePayload(opened)});
  QuestionResolved resolved{"q-roi", "ai-roi", "Not yet known.", "2025-07-01", {}};
  f.Append({QuestionStream("q-roi"), std::string(kQuestionResolved), 1, resolved.date, EncodePayload(resolved)});

  TensionRecorded tension{"t-1", "ai-roi", {"cuban-1", built.claims[0].id, "fig-missing00000"},
                          "They disagree.", "2025-05-20", {}};
  const uint64_t tension_at =
      f.Append({TensionStream("t-1"), std::string(kTensionRecorded), 1, tension.date, EncodePayload(tension)});

  auto now = f.Views();
  REQUIRE(now->questions.size() == 1);
  CHECK(now->questions[0].resolution);
  CHECK_FALSE(f.Views(std::nullopt, std::to_string(opened_at))->questions[0].resolution);
  CHECK_FALSE(f.Views(std::string("2025-06-30"))->questions[0].resolution);

  REQUIRE(now->tensions.size() == 1);
  const auto& sides = now->tensions[0].sides;
  REQUIRE(sides.size() == 3);
  CHECK(sides[0].kind == "perspective");
  CHECK(sides[0].origin == "curated");
  CHECK(sides[0].found);
  CHECK(sides[0].citations.at(0).quote == "Mark Cuban");
  CHECK(sides[1].kind == "claim");
  CHECK(sides[1].origin == "extracted");
  CHECK(sides[1].actor == "mark-cuban");
  CHECK(sides[1].citations.at(0).quote == "$3 trillion will not pay off");
  CHECK(sides[2].kind == "figure");
  CHECK_FALSE(sides[2].found);
  CHECK(f.Views(std::nullopt, std::to_string(tension_at - 1))->tensions.empty());
  CHECK(f.Views(std::string("2025-05-19"))->tensions.empty());

  auto timeline = now->timeline_projection.Timeline(now->filter, std::string("ai-roi"), now->timeline_inputs());
  REQUIRE(timeline.ok());
  std::vector<std::string> kinds;
  for (const TimelineEntry& e : *timeline) kinds.push_back(e.kind + "@" + e.date);
  // The claim's source was never ingested into the story, so only the curated entries show.
  CHECK(kinds == std::vector<std::string>{"perspective@2025-05-01", "question_opened@2025-05-02", "tension@2025-05-20",
                                          "question_resolved@2025-07-01"});
}

TEST_CASE("ingest records claims with the source, read with the recorded actors, extract --rerun re-reads them") {
  Fixture f;
  f.DefineActor("mark-cuban", "Mark Cuban", {"Cuban"});
  const IngestResult ingested =
      f.Ingest("Mark Cuban argues that the $3 trillion in AI spending will not pay off.\n", "https://example.com/a",
               std::string("2025-05-16"));

  auto claims_stream = f.store->StreamVersion(ClaimsStream(ingested.source_id));
  REQUIRE(claims_stream.ok());
  CHECK(*claims_stream == 1);
  // In the same append as the source: consecutive positions with one correlation.
  uint64_t source_position = 0, claims_position = 0;
  REQUIRE(f.store->ReadAll(1, [&](const RecordedEvent& e) {
    if (e.type == kSourceRecorded) source_position = e.position;
    if (e.type == kClaimsExtracted) claims_position = e.position;
    return true;
  }).ok());
  CHECK(claims_position == source_position + 2);  // SourceRecorded, FiguresExtracted, ClaimsExtracted

  auto views = f.Views();
  REQUIRE(views->claims.size() == 1);
  const ClaimEntry& claim = views->claims[0];
  CHECK(claim.claim.speaker == std::optional<std::string>("mark-cuban"));
  CHECK(claim.claim.date == std::optional<std::string>("2025-05-16"));
  CHECK_FALSE(claim.claim.figure_ids.empty());  // "$3 trillion" is inside the claim
  auto extractions = views->claims_projection.Extractions(TimeFilter());
  REQUIRE(extractions.ok());
  const std::string digest_before = extractions->at(0).extracted.gazetteer_sha256;

  RefreshOptions options{"tester", "corr2", /*rerun=*/true, {}};
  auto unchanged = RefreshFigures(f.store.get(), options);
  REQUIRE(unchanged.ok());
  CHECK(unchanged->claims_extracted == 0);
  CHECK(unchanged->claims_current == 1);

  f.DefineActor("chamath", "Chamath Palihapitiya");
  auto rerun = RefreshFigures(f.store.get(), options);
  REQUIRE(rerun.ok());
  CHECK(rerun->claims_extracted == 1);
  CHECK(rerun->extracted == 0);  // the figures were current
  auto after = f.Views()->claims_projection.Extractions(TimeFilter());
  REQUIRE(after.ok());
  CHECK(after->at(0).extracted.gazetteer_sha256 != digest_before);
}

TEST_CASE("rebuild: every projection rebuilt from the first event is byte-identical to the incremental state") {
  Fixture f;
  auto persist_all = [&] {
    REQUIRE(CatchUpAll(f.store.get()).ok());
    for (auto& projection : AllProjections()) {
      auto checkpoint = f.store->GetCheckpoint(projection->name());
      REQUIRE(checkpoint.ok());
      REQUIRE(*checkpoint);
      CHECK((*checkpoint)->position == f.store->head_position());
    }
  };
  f.DefineActor("mark-cuban", "Mark Cuban");
  persist_all();
  f.Ingest("Mark Cuban argues that AI spending will not pay off. Will it?\n", "https://example.com/a",
           std::string("2025-05-16"));
  persist_all();  // caught up in steps, as commands do
  f.Perspective("cuban-1", "mark-cuban", Stance::kAgainst, "2025-05-01");
  QuestionOpened opened{"q-roi", "ai-roi", "Will it pay off?", "2025-05-02", {}};
  f.Append({QuestionStream("q-roi"), std::string(kQuestionOpened), 1, opened.date, EncodePayload(opened)});
  persist_all();
  TensionRecorded tension{"t-1", "ai-roi", {"cuban-1", "cuban-1"}, "x", "2025-05-20", {}};
  f.Append({TensionStream("t-1"), std::string(kTensionRecorded), 1, tension.date, EncodePayload(tension)});
  persist_all();
  // A revised version: its figures' and claims' index rows replace the first version's.
  f.Ingest("Mark Cuban argues that $3 trillion of AI spending will not pay off, up 12% on $2.5 trillion.\n",
           "https://example.com/a", std::string("2025-05-17"));
  // Another source that states a surface and quantity of the first: one surface row for both, which
  // a fold committing between them puts once (the section below commits after every event).
  f.Ingest("Analysts put the bill at $3 trillion.\n", "https://example.com/b", std::string("2025-05-18"));

  auto checks = RebuildAndCompare(f.store.get(), {});
  REQUIRE(checks.ok());
  REQUIRE(checks->size() == AllProjections().size());
  for (const RebuildCheck& check : *checks) {
    INFO(check.projection);
    CHECK(check.identical);
    if (check.projection != "notes") CHECK(check.stored_keys > 0);  // the fixture records no editor's note
    CHECK(check.stored_keys == check.rebuilt_keys);
  }
  // The rebuild's scratch rows are gone, and every checkpoint is at the head.
  for (auto& projection : AllProjections()) {
    bool scratch_left = false;
    REQUIRE(f.store->ScanProjection("rebuilding/" + std::string(projection->name()), [&](std::string_view, std::string_view) {
      scratch_left = true;
      return false;
    }).ok());
    CHECK_FALSE(scratch_left);
    auto checkpoint = f.store->GetCheckpoint(projection->name());
    REQUIRE(checkpoint.ok());
    REQUIRE(*checkpoint);
    CHECK((*checkpoint)->position == f.store->head_position());
  }

  SECTION("a stored state that differs is reported") {
    StancesProjection stances;
    REQUIRE(CatchUp(f.store.get(), &stances, true).ok());
    std::string key, value;
    REQUIRE(f.store->ScanProjection("stances", [&](std::string_view k, std::string_view v) {
      key = std::string(k);
      value = std::string(v);
      return false;
    }).ok());
    ProjectionCommit tampered;
    tampered.projection = "stances";
    tampered.code_version = stances.code_version();
    tampered.checkpoint = f.store->head_position();
    tampered.puts.emplace_back(key, value.replace(value.find("summary of cuban-1"), 7, "SUMMARY"));
    REQUIRE(f.store->CommitProjections({tampered}).ok());
    auto check = RebuildAndCompare(f.store.get(), {"stances"});
    REQUIRE(check.ok());
    REQUIRE(check->size() == 1);
    CHECK(check->front().projection == "stances");
    CHECK_FALSE(check->front().identical);
    CHECK(check->front().differing_keys == std::vector<std::string>{key});
    // The rebuilt rows replaced the stored ones: the next rebuild finds them identical.
    auto again = RebuildAndCompare(f.store.get(), {"stances"});
    REQUIRE(again.ok());
    CHECK(again->front().identical);
    auto stored = f.store->GetProjectionRow("stances", key);
    REQUIRE(stored.ok());
    REQUIRE(*stored);
    CHECK((*stored)->find("SUMMARY") == std::string::npos);
  }

  SECTION("a catch-up committed in many small batches stores the same rows as one from the first event") {
    auto rows_of = [&](std::string_view projection) {
      std::vector<std::pair<std::string, std::string>> rows;
      REQUIRE(f.store->ScanProjection(projection, [&](std::string_view k, std::string_view v) {
        rows.emplace_back(k, v);
        return true;
      }).ok());
      return rows;
    };
    std::vector<std::vector<std::pair<std::string, std::string>>> whole;
    for (auto& projection : AllProjections()) whole.push_back(rows_of(projection->name()));
    std::vector<std::unique_ptr<Projection>> all = AllProjections();
    std::vector<FoldTarget> targets;
    for (auto& projection : all) targets.push_back({projection.get(), std::string(projection->name()), 1, /*clear_first=*/true});
    REQUIRE(FoldInBatches(f.store.get(), targets, /*batch_bytes=*/1).ok());  // a commit after every event
    for (size_t i = 0; i < all.size(); ++i) {
      INFO(all[i]->name());
      CHECK(rows_of(all[i]->name()) == whole[i]);
      auto checkpoint = f.store->GetCheckpoint(all[i]->name());
      REQUIRE(checkpoint.ok());
      CHECK((*checkpoint)->position == f.store->head_position());
    }
  }
}

TEST_CASE("timeline: undated sources and claims stay, after the dated ones in the order recorded, unless dated-only") {
  Fixture f;
  f.DefineActor("mark-cuban", "Mark Cuban", {"Cuban"});
  const IngestResult undated_first =
      f.Ingest("Mark Cuban argues that the $3 trillion in AI spending will not pay off.\n", "https://example.com/u1",
               std::nullopt);
  const IngestResult dated =
      f.Ingest("Mark Cuban argues that the data centers will be written off.\n", "https://example.com/d",
               std::string("2025-05-16"));
  const IngestResult undated_second =
      f.Ingest("Mark Cuban argues that token prices will keep falling every year.\n", "https://example.com/u2",
               std::nullopt);

  auto kinds_of = [&](const StoryViews& views) {
    auto timeline = views.timeline_projection.Timeline(views.filter, std::string("ai-roi"), views.timeline_inputs());
    REQUIRE(timeline.ok());
    std::vector<std::string> kinds;
    for (const TimelineEntry& e : *timeline) kinds.push_back(e.kind + "@" + e.date + "@" + e.id.substr(0, 4));
    return kinds;
  };
  auto id = [](const std::string& s) { return s.substr(0, 4); };
  auto views = f.Views();
  REQUIRE(views->claims.size() == 3);
  const std::vector<std::string> kinds = kinds_of(*views);
  REQUIRE(kinds.size() == 6);
  CHECK(kinds[0] == "published@2025-05-16@" + id(dated.source_id));
  CHECK(kinds[1].rfind("claim@2025-05-16@", 0) == 0);
  CHECK(kinds[2] == "published@@" + id(undated_first.source_id));  // the undated, by when recorded
  CHECK(kinds[3].rfind("claim@@", 0) == 0);
  CHECK(kinds[4] == "published@@" + id(undated_second.source_id));
  CHECK(kinds[5].rfind("claim@@", 0) == 0);

  // --as-of keeps the undated (nothing says they came later); --dated-only leaves them out.
  CHECK(kinds_of(*f.Views(std::string("2025-05-16"))).size() == 6);
  CHECK(kinds_of(*f.Views(std::string("2025-05-15"))).size() == 4);
  auto filter = TimeFilter::Parse(std::string("2025-05-16"), std::nullopt, /*dated_only=*/true);
  REQUIRE(filter.ok());
  auto dated_only = LoadStoryViews(f.store.get(), *filter);
  REQUIRE(dated_only.ok());
  CHECK((*dated_only)->claims.size() == 1);
  CHECK(kinds_of(**dated_only) == std::vector<std::string>(kinds.begin(), kinds.begin() + 2));
}

namespace {

std::vector<std::string> ClaimIds(const std::vector<ClaimEntry>& claims, const std::string& speaker) {
  std::vector<std::string> ids;
  for (const ClaimEntry& e : claims) {
    if (e.claim.speaker == speaker) {
      ids.push_back(fmt::format("{} {} {} {}", e.claim.id, e.position, e.corrections.size(), e.retraction.value_or("-")));
    }
  }
  return ids;
}

std::vector<std::string> PerspectiveIds(const std::vector<PerspectiveEntry>& perspectives, const std::string& actor) {
  std::vector<std::string> ids;
  for (const PerspectiveEntry& e : perspectives) {
    if (e.perspective.actor == actor) ids.push_back(fmt::format("{} {}", e.perspective.id, e.position));
  }
  return ids;
}

}  // namespace

TEST_CASE("in place: one actor's claims and stances read from their index rows are the whole views' answers") {
  Fixture f;
  f.DefineActor("mark-cuban", "Mark Cuban", {"Cuban"});
  f.DefineActor("chamath", "Chamath Palihapitiya", {"Chamath"});
  f.Ingest("Mark Cuban argues that AI spending will not pay off. Chamath Palihapitiya said that the spending would be worth it.\n",
           "https://example.com/a", std::string("2025-05-16"));
  REQUIRE(CatchUpAll(f.store.get()).ok());  // stored rows, with events after them folded in memory below
  f.clock.now = "2026-06-02T10:00:00.000Z";
  f.Ingest("Cuban said the bet was a mistake.\n", "https://example.com/b", std::string("2025-06-01"));
  // A new version of the first article: its newer extraction replaces the claims of the old one.
  f.Ingest("Mark Cuban argues that AI spending will pay off after all. Chamath Palihapitiya said that the spending was too much.\n",
           "https://example.com/a", std::string("2025-07-01"));
  const std::vector<ClaimEntry> all = f.Views()->claims;
  REQUIRE(ClaimIds(all, "chamath").size() >= 1);
  REQUIRE(ClaimIds(all, "mark-cuban").size() >= 1);
  for (const ClaimEntry& e : all) {
    if (e.claim.speaker != std::optional<std::string>("chamath")) continue;
    CorrectionRecorded to_cuban{"ai-roi", e.claim.id, "speaker", "\"mark-cuban\"", "misattributed", {}};
    f.Append({CorrectionsStream("ai-roi"), std::string(kCorrectionRecorded), 1, std::nullopt, EncodePayload(to_cuban)});
  }
  Citation cited;
  cited.kind = Citation::Kind::kClaim;
  cited.target_id = all.front().claim.id;
  f.Perspective("cuban-1", "mark-cuban", Stance::kAgainst, "2025-05-01", {cited});
  f.Perspective("chamath-1", "chamath", Stance::kFor, "2025-05-02");
  f.Perspective("cuban-2", "mark-cuban", Stance::kFor, "2025-07-02");

  for (const auto& [as_of, known_at] : std::vector<std::pair<std::optional<std::string>, std::optional<std::string>>>{
           {std::nullopt, std::nullopt}, {"2025-06-15", std::nullopt}, {std::nullopt, "2026-06-01"}, {std::nullopt, "9"}}) {
    INFO(as_of.value_or("-") << " " << known_at.value_or("-"));
    auto filter = TimeFilter::Parse(as_of, known_at);
    REQUIRE(filter.ok());
    auto whole = f.Views(as_of, known_at);
    ClaimsProjection claims;
    REQUIRE(CatchUp(f.store.get(), &claims, /*persist=*/false).ok());
    StancesProjection stances;
    REQUIRE(CatchUp(f.store.get(), &stances, /*persist=*/false).ok());
    for (const std::string actor : {"mark-cuban", "chamath"}) {
      auto in_place = claims.ClaimsOfSourcesNamedBy(*filter, {ClaimsProjection::SpeakerTerm(actor)});
      REQUIRE(in_place.ok());
      CHECK(ClaimIds(*in_place, actor) == ClaimIds(whole->claims, actor));
      auto perspectives = stances.PerspectivesOf(*filter, actor);
      REQUIRE(perspectives.ok());
      CHECK(PerspectiveIds(*perspectives, actor) == PerspectiveIds(whole->perspectives, actor));
    }
    FigureIndex figures;
    REQUIRE(CatchUp(f.store.get(), &figures, /*persist=*/false).ok());
    auto items = ReadCitedItems(claims, figures, *filter, {cited});
    REQUIRE(items.ok());
    auto text = [](const CitedSpan& c) {
      return fmt::format("{} {} {}@{} {}-{} {}", c.via, c.found, c.source_id, c.version, c.span.begin, c.span.end, c.quote);
    };
    CHECK(text((*items)->resolver->Resolve(cited)) == text(whole->resolver->Resolve(cited)));
  }
  CHECK(ClaimIds(f.Views()->claims, "chamath").empty());  // the corrected claims count as Cuban's
}

namespace {

Citation ClaimCitation(const std::string& id) {
  Citation c;
  c.kind = Citation::Kind::kClaim;
  c.target_id = id;
  return c;
}

Citation FigureCitation(const std::string& id) {
  Citation c;
  c.kind = Citation::Kind::kFigure;
  c.target_id = id;
  return c;
}

// Every view of one story as text: its questions, tensions, timeline and briefing (as JSON).
std::string StoryText(EventStore* store, const StoryViews& views, const SourcesProjection& sources, const std::string& slug) {
  std::string out;
  for (const QuestionEntry& q : views.questions) {
    if (q.opened.story != slug) continue;
    out += fmt::format("question {} {}\n", q.opened.id, q.resolution ? q.resolution->answer : "open");
    for (const CitedSpan& c : views.resolver->ResolveAll(q.opened.citations)) out += fmt::format("  {} {}\n", c.via, c.quote);
  }
  for (const TensionEntry& t : views.tensions) {
    if (t.tension.story != slug) continue;
    out += "tension " + t.tension.id + "\n";
    for (const TensionSide& side : t.sides) out += fmt::format("  {} {} {} {}\n", side.id, side.found, side.actor, side.text);
  }
  auto timeline = views.timeline_projection.Timeline(views.filter, slug, views.timeline_inputs());
  REQUIRE(timeline.ok());
  for (const TimelineEntry& e : *timeline) {
    out += fmt::format("{} {} {} {} {}\n", e.date, e.kind, e.id, e.actor, e.text);
    for (const CitedSpan& c : e.citations) out += fmt::format("  {} {} {}\n", c.via, c.found, c.quote);
  }
  auto point = FindBriefingPoint(*store, views.filter);
  REQUIRE(point.ok());
  auto briefing = AssembleBriefing(slug, sources, views, *store, *point);
  REQUIRE(briefing.ok());
  return out + RenderBriefingJson(*briefing);
}

}  // namespace

TEST_CASE("in place: one story's views, read from its rows and what they cite, are the whole views' answers") {
  Fixture f;
  f.DefineActor("mark-cuban", "Mark Cuban", {"Cuban"});
  f.DefineActor("chamath", "Chamath Palihapitiya", {"Chamath"});
  const IngestResult a = f.Ingest("Mark Cuban argues that the $3 trillion of AI spending will not pay off. Will it ever pay off?\n",
                                  "https://example.com/a", std::string("2025-05-16"));
  f.Ingest("Chamath Palihapitiya said that the $500 billion of spending would be worth it.\n", "https://example.com/b",
           std::string("2025-05-20"));
  REQUIRE(CatchUpAll(f.store.get()).ok());  // stored rows, with the events after them folded in memory below
  f.clock.now = "2026-06-02T10:00:00.000Z";
  const IngestResult c = f.Ingest("Chamath Palihapitiya said that the $2 trillion was a mistake.\n", "https://example.com/c",
                                  std::string("2025-06-01"), "other");
  f.Ingest("Mark Cuban argues that the $3 trillion of AI spending will not pay off. Will it ever pay off?\n",
           "https://example.com/a", std::string("2025-05-16"), "other");  // a joins the other story too
  const std::unique_ptr<StoryViews> all = f.Views();
  auto claim_of = [&](const std::string& source_id) {
    for (const ClaimEntry& e : all->claims) {
      if (e.source_id == source_id) return e.claim.id;
    }
    FAIL("no claim of " << source_id);
    return std::string();
  };
  auto figure_of = [&](const std::string& source_id) {
    for (const FigureRef& ref : all->figures.Figures()) {
      if (ref.source->extracted.source_id == source_id) return ref.figure->id;
    }
    FAIL("no figure of " << source_id);
    return std::string();
  };
  const std::string claim_a = claim_of(a.source_id), claim_c = claim_of(c.source_id);
  const std::string figure_a = figure_of(a.source_id), figure_c = figure_of(c.source_id);

  // The story's annotations cite the other story's claim and figure, and its tension sets one of
  // its perspectives against one of the other story's.
  f.Perspective("cuban-1", "mark-cuban", Stance::kAgainst, "2025-05-17", {ClaimCitation(claim_a), ClaimCitation(claim_c)});
  f.Perspective("chamath-other", "chamath", Stance::kFor, "2025-06-02", {FigureCitation(figure_c)}, "other");
  f.Perspective("chamath-unrelated", "chamath", Stance::kAgainst, "2025-06-03", {}, "other");
  TensionRecorded tension{"t-1", "ai-roi", {"cuban-1", "chamath-other", claim_c, figure_c}, "they disagree", "2025-06-04",
                          {FigureCitation(figure_c)}};
  f.Append({TensionStream("t-1"), std::string(kTensionRecorded), 1, tension.date, EncodePayload(tension)});
  QuestionOpened opened{"q-roi", "ai-roi", "Will it pay off?", "2025-05-18", {ClaimCitation(claim_c)}};
  f.Append({QuestionStream("q-roi"), std::string(kQuestionOpened), 1, opened.date, EncodePayload(opened)});
  QuestionOpened other_question{"q-other", "other", "Was it a mistake?", "2025-06-05", {}};
  f.Append({QuestionStream("q-other"), std::string(kQuestionOpened), 1, other_question.date, EncodePayload(other_question)});
  QuestionResolved resolved{"q-roi", "ai-roi", "Not yet.", "2025-07-01", {FigureCitation(figure_a)}};
  f.Append({QuestionStream("q-roi"), std::string(kQuestionResolved), 2, resolved.date, EncodePayload(resolved)});
  RetractionRecorded retracted{"ai-roi", figure_a, "misread", {}};
  f.Append({CorrectionsStream("ai-roi"), std::string(kRetractionRecorded), 1, std::nullopt, EncodePayload(retracted)});
  CorrectionRecorded to_chamath{"ai-roi", claim_a, "speaker", "\"chamath\"", "misattributed", {}};
  f.Append({CorrectionsStream("ai-roi"), std::string(kCorrectionRecorded), 2, std::nullopt, EncodePayload(to_chamath)});

  for (const auto& [as_of, known_at] : std::vector<std::pair<std::optional<std::string>, std::optional<std::string>>>{
           {std::nullopt, std::nullopt}, {"2025-06-01", std::nullopt}, {std::nullopt, "2026-06-01"}, {std::nullopt, "20"}}) {
    INFO(as_of.value_or("-") << " " << known_at.value_or("-"));
    auto filter = TimeFilter::Parse(as_of, known_at);
    REQUIRE(filter.ok());
    const std::unique_ptr<StoryViews> whole = f.Views(as_of, known_at);
    auto every_source = LoadSources(f.store.get());
    REQUIRE(every_source.ok());
    for (const std::string slug : {"ai-roi", "other"}) {
      INFO(slug);
      auto sources = OpenSources(f.store.get());
      REQUIRE(sources.ok());
      REQUIRE(sources->LoadStory(slug).ok());
      auto story = LoadStoryViewsOf(f.store.get(), *filter, slug);
      REQUIRE(story.ok());
      CHECK(StoryText(f.store.get(), **story, *sources, slug) == StoryText(f.store.get(), *whole, *every_source, slug));
    }
    // Only the story's rows and what they cite were read: not the other story's own question,
    // nor its perspective that nothing of this story names.
    auto story = LoadStoryViewsOf(f.store.get(), *filter, std::string("ai-roi"));
    REQUIRE(story.ok());
    for (const QuestionEntry& q : (*story)->questions) CHECK(q.opened.story == "ai-roi");
    for (const PerspectiveEntry& p : (*story)->perspectives) CHECK(p.perspective.id != "chamath-unrelated");
  }
  // The cross-story citations resolve (the comparison above would hold for two empty answers too).
  const std::unique_ptr<StoryViews> now = f.Views();
  REQUIRE(now->tensions.size() == 1);
  for (const TensionSide& side : now->tensions.front().sides) CHECK(side.found);
}
