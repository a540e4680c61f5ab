// Figures as events, the figure index, same-quantity groups, conflicts, trace and re-extraction.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "audit/trace.h"
#include "ingest/figure_refresh.h"
#include "ingest/ingester.h"
#include "model/annotation_events.h"
#include "model/envelope.h"
#include "project/figure_quantity.h"
#include "project/proj_figures.h"
#include "project/rebuild.h"
#include "project/story_views.h"
#include "project/source_reader.h"
#include "raw_db.h"
#include "temp_dir.h"
#include "util/sha256.h"

using namespace dossier;

namespace {

struct Fixture {
  Fixture() : clock("2026-05-23T18:15:00.000Z") {
    REQUIRE(EventStore::Create(dir.path).ok());
    Open();
  }
  void Open() {
    auto opened = EventStore::Open(dir.path, OpenMode::kReadWrite, &clock);
    REQUIRE(opened.ok());
    store = std::move(*opened);
  }
  IngestResult Ingest(const std::string& text, const std::string& url) {
    auto ingester = Ingester::Create(store.get(), {"tester", "corr", std::nullopt, std::nullopt});
    REQUIRE(ingester.ok());
    SourceMetadata metadata;
    metadata.url = url;
    auto article = ArticleFromText(text, "text", metadata);
    REQUIRE(article.ok());
    auto result = ingester->Ingest(*article, "input.txt", std::nullopt);
    REQUIRE(result.ok());
    return *result;
  }
  TraceReport Trace(const std::string& query) {
    auto sources = LoadSources(store.get());
    REQUIRE(sources.ok());
    auto index = LoadFigureIndex(store.get());
    REQUIRE(index.ok());
    // A report points into its projections: keep every one alive as long as the fixture.
    sources_.push_back(std::make_unique<SourcesProjection>(std::move(*sources)));
    indexes_.push_back(std::make_unique<FigureIndex>(std::move(*index)));
    auto report = TraceFigures(*store, *indexes_.back(), *sources_.back(), query);
    REQUIRE(report.ok());
    return *report;
  }
  TempDir dir;
  FixedClock clock;
  std::unique_ptr<EventStore> store;
  std::vector<std::unique_ptr<SourcesProjection>> sources_;
  std::vector<std::unique_ptr<FigureIndex>> indexes_;
};

Figure Money(double value, std::optional<std::string> metric = std::nullopt,
             std::optional<std::string> subject = std::string("Amazon"), std::optional<std::string> period = std::string("2026")) {
  Figure f;
  f.kind = FigureKind::kMoney;
  f.value = value;
  f.unit = "USD";
  f.metric = std::move(metric);
  f.subject = std::move(subject);
  f.period = std::move(period);
  return f;
}

const std::string kFirst = "Will the roughly $3 trillion Microsoft plans as capital expenditure in 2030 pay off?\n";
const std::string kSecond = "After Microsoft's $3 trillion of capital expenditure in 2030, the returns are unclear.\n";

}  // namespace

TEST_CASE("figures are recorded with their source and survive the round trip through the payload", "[figures]") {
  Fixture f;
  IngestResult result = f.Ingest(kFirst, "https://example.com/a");
  REQUIRE(f.store->StreamVersion(FiguresStream(result.source_id)).value() == 1);
  std::vector<RecordedEvent> events;
  REQUIRE(f.store->ReadStream(FiguresStream(result.source_id), [&](const RecordedEvent& e) {
    events.push_back(e);
    return true;
  }).ok());
  REQUIRE(events.at(0).schema_version == kFiguresExtractedSchema);
  auto decoded = DecodeFiguresExtracted(events.at(0).payload, events.at(0).schema_version);
  REQUIRE(decoded.ok());
  REQUIRE(decoded->source_version == 1);
  REQUIRE(decoded->text_sha256 == Sha256Hex(kFirst));
  REQUIRE(decoded->extractor_version == kFigureExtractorVersion);
  REQUIRE(decoded->figures.size() == 1);
  const ExtractedFigure& figure = decoded->figures[0];
  REQUIRE(figure.figure.surface == "$3 trillion");
  REQUIRE(kFirst.substr(figure.figure.span.begin, figure.figure.span.end - figure.figure.span.begin) == "$3 trillion");
  REQUIRE(figure.id == FigureId(result.source_id, 1, figure.figure.span));
  REQUIRE(EncodePayload(*decoded) == events.at(0).payload);  // decoding loses nothing
}

TEST_CASE("same quantity: value within tolerance, unit, per-unit with abbreviations, matching metric", "[figures]") {
  REQUIRE(SameQuantity(Money(3e12), Money(3.01e12)));
  REQUIRE_FALSE(SameQuantity(Money(7e11), Money(7.25e11)));
  REQUIRE_FALSE(SameQuantity(Money(3e12, std::string("capital expenditure")), Money(3e12, std::string("revenue"))));
  REQUIRE(SameQuantity(Money(3e12, std::string("Capital expenditures")), Money(3e12, std::string("capital expenditure"))));
  Figure per_token = Money(0.5);
  per_token.kind = FigureKind::kRate;
  per_token.per = "million tokens";
  Figure abbreviated = per_token;
  abbreviated.per = "Mtok";
  REQUIRE(SameQuantity(per_token, abbreviated));
  REQUIRE(FormatQuantity(per_token) == "0.5 USD per million tokens");
  REQUIRE(FormatQuantity(Money(3e12)) == "3e12 USD");
  Figure range = Money(1.75e11);
  range.value_high = 1.85e11;
  REQUIRE(FormatQuantity(range) == "1.75e11–1.85e11 USD");
}

TEST_CASE("one measure however its source writes Han: Traditional and Simplified fold in keys, not in text", "[figures]") {
  Figure traditional;
  traditional.kind = FigureKind::kCount;
  traditional.value = 18600;
  traditional.unit = "萬輛";
  traditional.subject = "中國";
  traditional.metric = "sales";
  traditional.period = "Q1 2026";
  Figure simplified = traditional;
  simplified.unit = "万辆";
  simplified.subject = "中国";
  REQUIRE(SameQuantity(traditional, simplified));
  REQUIRE(MeasureKey(traditional) == MeasureKey(simplified));
  REQUIRE(traditional.subject == "中國");  // the figure keeps the source's own writing
  simplified.subject = "台灣";
  REQUIRE(MeasureKey(traditional) != MeasureKey(simplified));
}

TEST_CASE("conflicts: one metric stated with different values", "[figures]") {
  SourceFigures a, b;
  a.extracted.source_id = "a";
  b.extracted.source_id = "b";
  a.extracted.figures = {{"fig-a1", Money(7e11, std::string("capital expenditure"))},
                         {"fig-a2", Money(5e9, std::string("debt"))}};
  b.extracted.figures = {{"fig-b1", Money(7.25e11, std::string("capital expenditures"))},
                         {"fig-b2", Money(5.01e9, std::string("debt"))}};
  std::vector<FigureRef> figures;
  for (SourceFigures* s : {&a, &b}) {
    for (const ExtractedFigure& e : s->extracted.figures) figures.push_back({s, &e});
  }
  std::vector<FigureConflict> conflicts = FindConflicts(figures);
  REQUIRE(conflicts.size() == 1);
  REQUIRE(conflicts[0].metric == "capital expenditure");
  REQUIRE(conflicts[0].subject == "Amazon");
  REQUIRE(conflicts[0].period == "2026");
  REQUIRE(conflicts[0].values.size() == 2);
  REQUIRE(GroupSameQuantity(figures).size() == 3);  // 7e11, 5e9 (twice), 7.25e11
}

TEST_CASE("conflicts: only one subject's one metric in one period, not linked by a change", "[figures]") {
  SourceFigures a, b;
  a.extracted.source_id = "a";
  b.extracted.source_id = "b";
  Figure quarter = Money(3.75e10, std::string("capital expenditures"), std::string("Microsoft"), std::string("Q4 2025"));
  Figure combined = Money(6.5e11, std::string("capital expenditure"), std::string("Alphabet, Amazon, Meta and Microsoft"));
  Figure pledge = Money(2e11, std::string("investment"), std::string("Masao Kuroda"));
  Figure capex = Money(2e11, std::string("capital expenditure"), std::string("Amazon"));
  Figure no_subject = Money(9e11, std::string("capital expenditure"), std::nullopt);
  Figure old_value = Money(1.31e11, std::string("capital expenditure"), std::string("Amazon"));
  old_value.change = FigureChange{"from", std::nullopt, std::nullopt};
  Figure same_within_tolerance = Money(2.03e11, std::string("capital expenditure"), std::string("Amazon Inc."));
  a.extracted.figures = {{"fig-a1", quarter}, {"fig-a2", pledge}, {"fig-a3", capex}};
  b.extracted.figures = {{"fig-b1", combined}, {"fig-b2", no_subject}, {"fig-b3", old_value}, {"fig-b4", same_within_tolerance}};
  std::vector<FigureRef> figures;
  for (SourceFigures* s : {&a, &b}) {
    for (const ExtractedFigure& e : s->extracted.figures) figures.push_back({s, &e});
  }
  REQUIRE(FindConflicts(figures).empty());
  REQUIRE(SameMeasure(capex, same_within_tolerance));
  REQUIRE_FALSE(SameMeasure(capex, pledge));  // same value, another subject and metric
  REQUIRE_FALSE(SameMeasure(capex, no_subject));

  // A real disagreement keeps each side's source.
  Figure critic = Money(8e9, std::string("revenue"), std::string("Orchard AI"), std::string("2025"));
  Figure chief = Money(1.3e10, std::string("revenue"), std::string("Orchard AI"), std::string("2025"));
  a.extracted.figures.push_back({"fig-a4", chief});
  b.extracted.figures.push_back({"fig-b5", critic});
  figures.clear();
  for (SourceFigures* s : {&a, &b}) {
    for (const ExtractedFigure& e : s->extracted.figures) figures.push_back({s, &e});
  }
  std::vector<FigureConflict> conflicts = FindConflicts(figures);
  REQUIRE(conflicts.size() == 1);
  REQUIRE(conflicts[0].metric == "revenue");
  REQUIRE(conflicts[0].subject == "Orchard AI");
  REQUIRE(conflicts[0].values.size() == 2);
  REQUIRE(conflicts[0].values[0][0].source->extracted.source_id == "a");
  REQUIRE(conflicts[0].values[1][0].source->extracted.source_id == "b");
}

TEST_CASE("trace finds every source stating a quantity and re-checks the stored bytes", "[figures][trace]") {
  Fixture f;
  IngestResult first = f.Ingest(kFirst, "https://example.com/a");
  f.Ingest(kSecond, "https://example.com/b");

  TraceReport by_surface = f.Trace("$3 trillion");
  REQUIRE(by_surface.matched_by == "quantity");
  REQUIRE(by_surface.citations.size() == 2);
  REQUIRE(by_surface.ok());
  REQUIRE(by_surface.citations[0].sentence.find("$3 trillion") != std::string::npos);
  REQUIRE(by_surface.citations[0].version->recorded_by == "tester");

  TraceReport by_value = f.Trace("3e12 USD");
  REQUIRE(by_value.citations.size() == 2);

  TraceReport by_id = f.Trace(by_surface.citations[0].ref.figure->id.substr(0, 10));
  REQUIRE(by_id.matched_by == "id");
  REQUIRE(by_id.citations.size() == 1);
  REQUIRE(by_id.same_quantity.size() == 1);  // the other source

  SECTION("an altered text is reported, not hidden") {
    f.store.reset();
    {
      RawDb raw(f.dir.path);
      std::string altered = kFirst;
      altered.replace(altered.find("$3"), 2, "$4");
      raw.Put(RawDb::kBlobs, Sha256Hex(kFirst), altered);
    }
    f.Open();
    TraceReport report = f.Trace("3e12 USD");
    REQUIRE_FALSE(report.ok());
    const TraceCitation& altered = report.citations[0].ref.source->extracted.source_id == first.source_id
                                       ? report.citations[0] : report.citations[1];
    REQUIRE_FALSE(altered.text_matches_hash);
    REQUIRE_FALSE(altered.span_matches_surface);
    REQUIRE(altered.proven());  // the events are intact: it is the text that changed
  }

  SECTION("an event altered and re-hashed underneath is not in the log's tree head") {
    const uint64_t position = by_id.citations[0].ref.source->position;
    const std::string id = by_id.citations[0].ref.figure->id;
    f.store.reset();
    {
      RawDb raw(f.dir.path);
      std::string bytes = raw.Get(RawDb::kEvents, keys::EncodeU64(position));
      const std::string who = R"("recorded_by":"tester")";
      REQUIRE(bytes.find(who) != std::string::npos);
      bytes.replace(bytes.find(who), who.size(), R"("recorded_by":"mallory")");
      Result<std::string> rehashed = RecomputeEventHash(bytes);
      REQUIRE(rehashed.ok());
      bytes.replace(bytes.size() - 66, 64, *rehashed);  // ,"hash":"<64 hex>"}
      raw.Put(RawDb::kEvents, keys::EncodeU64(position), bytes);
    }
    f.Open();
    TraceReport report = f.Trace(id);
    REQUIRE(report.citations.size() == 1);
    const TraceCitation& c = report.citations[0];
    REQUIRE(c.ok());  // the text and its bytes are as recorded
    // The text's event is intact, but it is in the forged one's block of 16 events, whose leaves
    // a proof hashes from the events (the store keeps no subtree below level 4 off the tree's
    // edge): its path hashes the forged leaf and fails as well.
    REQUIRE((c.text_event.position - 1) / 16 == (c.figure_event.position - 1) / 16);
    REQUIRE(c.text_event.hash_matches_bytes);
    REQUIRE(c.text_event.says_what_is_shown);
    REQUIRE_FALSE(c.text_event.in_tree);
    REQUIRE(c.figure_event.hash_matches_bytes);
    REQUIRE(c.figure_event.says_what_is_shown);
    REQUIRE_FALSE(c.figure_event.in_tree);
    REQUIRE_FALSE(report.ok());
  }
}

TEST_CASE("trace of a number no source states is NotFound", "[figures][trace]") {
  Fixture f;
  f.Ingest(kFirst, "https://example.com/a");
  auto sources = LoadSources(f.store.get());
  auto index = LoadFigureIndex(f.store.get());
  REQUIRE(TraceFigures(*f.store, *index, *sources, "$9 trillion").status().code() == Status::Code::kNotFound);
  // Only part of it is a number the extractor reads: not taken for that part.
  REQUIRE(TraceFigures(*f.store, *index, *sources, "$3 quadrillion").status().code() == Status::Code::kNotFound);
}

TEST_CASE("extract --rerun records a new extraction for an older extractor's, and never rewrites", "[figures]") {
  Fixture f;
  IngestResult result = f.Ingest(kFirst, "https://example.com/a");
  const std::string stream = FiguresStream(result.source_id);

  // An extraction by an older extractor version, recorded after the ingest's own.
  FiguresExtracted old_extraction;
  old_extraction.source_id = result.source_id;
  old_extraction.source_version = 1;
  old_extraction.text_sha256 = Sha256Hex(kFirst);
  old_extraction.extractor_version = kFigureExtractorVersion - 1;
  AppendBatch batch;
  batch.recorded_by = "tester";
  batch.correlation = "old";
  batch.events.push_back(MakeFiguresExtractedEvent(old_extraction, std::nullopt));
  auto appended = f.store->Append(batch);
  REQUIRE(appended.ok());
  const std::string old_hash = f.store->ReadEvent(appended->last_position)->hash;
  REQUIRE(LoadFigureIndex(f.store.get())->Figures().empty());  // the newest extraction counts

  auto without_rerun = RefreshFigures(f.store.get(), {"tester", "c1", false, {}});
  REQUIRE(without_rerun.ok());
  REQUIRE(without_rerun->extracted == 0);
  REQUIRE(without_rerun->current == 1);

  auto rerun = RefreshFigures(f.store.get(), {"tester", "c2", true, {}});
  REQUIRE(rerun.ok());
  REQUIRE(rerun->extracted == 1);
  REQUIRE(rerun->figures == 1);
  REQUIRE(f.store->StreamVersion(stream).value() == 3);
  REQUIRE(f.store->ReadEvent(appended->last_position)->hash == old_hash);
  REQUIRE(LoadFigureIndex(f.store.get())->Figures().size() == 1);

  auto again = RefreshFigures(f.store.get(), {"tester", "c3", true, {}});
  REQUIRE(again->extracted == 0);  // already current: nothing recorded
}

TEST_CASE("conflicts: a from end of another period and a to end state values, a revision's old value does not", "[figures]") {
  SourceFigures a, b;
  a.extracted.source_id = "a";
  b.extracted.source_id = "b";
  // a: "$135 billion in 2026, up from $72.2 billion last year"; "raised its 2026 plan from $100 billion to $120 billion".
  Figure now = Money(1.35e11, std::string("capital expenditure"), std::string("Meta"), std::string("2026"));
  Figure last_year = Money(7.22e10, std::string("capital expenditure"), std::string("Meta"), std::string("2025"));
  last_year.span = {40, 52};
  now.span = {10, 22};
  last_year.change = FigureChange{"from", 10, std::nullopt};
  now.change = FigureChange{"to", 40, std::nullopt};
  Figure old_plan = Money(1e11, std::string("revenue"), std::string("Meta"), std::string("2026"));
  Figure new_plan = Money(1.2e11, std::string("revenue"), std::string("Meta"), std::string("2026"));
  old_plan.span = {80, 92};
  new_plan.span = {96, 108};
  old_plan.change = FigureChange{"from", 96, std::nullopt};
  new_plan.change = FigureChange{"to", 80, std::nullopt};
  a.extracted.figures = {{"fig-a1", now}, {"fig-a2", last_year}, {"fig-a3", old_plan}, {"fig-a4", new_plan}};
  // b: another source's 2025 capex and 2026 revenue plan, both different.
  b.extracted.figures = {{"fig-b1", Money(6.5e10, std::string("capital expenditure"), std::string("Meta"), std::string("2025"))},
                         {"fig-b2", Money(1e11, std::string("revenue"), std::string("Meta"), std::string("2026"))}};
  std::vector<FigureRef> figures;
  for (SourceFigures* s : {&a, &b}) {
    for (const ExtractedFigure& e : s->extracted.figures) figures.push_back({s, &e});
  }
  std::vector<FigureConflict> conflicts = FindConflicts(figures);
  REQUIRE(conflicts.size() == 2);
  std::set<std::string> ids;
  for (const FigureConflict& c : conflicts) {
    REQUIRE(c.values.size() == 2);
    for (const auto& group : c.values) {
      for (const FigureRef& ref : group) ids.insert(ref.figure->id);
    }
  }
  // The superseded $100 billion meets b's $100 billion in no group: it is left out.
  REQUIRE(ids == std::set<std::string>{"fig-a2", "fig-b1", "fig-a4", "fig-b2"});
}

TEST_CASE("figure index: a label corrects a figure's metric, subject and period, and a new extraction keeps it", "[figures]") {
  FiguresExtracted extracted;
  extracted.source_id = "src-1";
  extracted.source_version = 1;
  extracted.text_sha256 = std::string(64, 'a');
  extracted.figures = {{"fig-000000000001", Money(2e11, std::string("investment"), std::string("Andy Jassy"), std::nullopt)},
                       {"fig-000000000002", Money(5e9)}};
  for (size_t k = 0; k < extracted.figures.size(); ++k) {  // "$200 billion … $5 billion" at bytes 0 and 20
    Figure& f = extracted.figures[k].figure;
    f.surface = k == 0 ? "$200 billion" : "$5 billion";
    f.span = {k * 20, k * 20 + f.surface.size()};
    f.sentence = {0, 40};
  }
  RecordedEvent first;
  first.position = 1;
  first.type = std::string(kFiguresExtracted);
  first.schema_version = kFiguresExtractedSchema;
  first.payload = EncodePayload(extracted);
  RecordedEvent label;
  label.position = 2;
  label.type = std::string(kMetricLabeled);
  label.payload = EncodePayload(MetricLabeled{"ai-roi", "fig-000000000001", std::string("capital expenditure"),
                                              std::string("Amazon"), std::string("2026")});
  FigureIndex index;
  const Status applied = index.Apply(first);
  INFO(applied.message());
  REQUIRE(applied.ok());
  REQUIRE(index.Apply(label).ok());
  auto figure_of = [](const FigureIndex& in, const std::string& id) {
    Result<std::vector<FigureRef>> found = in.FindById(id);
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    return found->front().figure->figure;
  };
  auto labelled = [&]() { return figure_of(index, "fig-000000000001"); };
  CHECK(labelled().metric == "capital expenditure");
  CHECK(labelled().subject == "Amazon");
  CHECK(labelled().period == "2026");
  CHECK(figure_of(index, "fig-000000000002").subject == "Amazon");  // untouched

  // A later label of the subject alone keeps the metric and period labelled before.
  label.position = 3;
  label.payload = EncodePayload(MetricLabeled{"ai-roi", "fig-000000000001", std::nullopt, std::string("Amazon.com"), std::nullopt});
  REQUIRE(index.Apply(label).ok());
  CHECK(labelled().subject == "Amazon.com");
  CHECK(labelled().metric == "capital expenditure");

  // Re-extraction (a new extractor version) keeps the labels; what is stored restores the same.
  first.position = 4;
  REQUIRE(index.Apply(first).ok());
  CHECK(labelled().subject == "Amazon.com");
  CHECK(labelled().period == "2026");
  std::vector<std::pair<std::string_view, std::string_view>> puts;
  std::vector<std::string_view> deletes;
  index.rows().TakeChanges(&puts, &deletes);
  FigureIndex restored;
  for (const auto& [key, value] : puts) restored.rows().Put(key, value);
  CHECK(figure_of(restored, "fig-000000000001").subject == "Amazon.com");
  REQUIRE(restored.Apply(first).ok());
  CHECK(figure_of(restored, "fig-000000000001").period == "2026");
}

namespace {

// What one figure says, for comparing two reads of it.
std::string Said(const FigureRef& ref) {
  return fmt::format("{} {}@{} {} {}", ref.figure->id, ref.source->extracted.source_id, ref.source->extracted.source_version,
                     ref.figure->figure.surface, DescribeMeaning(ref.figure->figure));
}

std::vector<std::string> Said(const std::vector<FigureRef>& refs) {
  std::vector<std::string> out;
  for (const FigureRef& ref : refs) out.push_back(Said(ref));
  return out;
}

// Checks every in-place read of the figure index against the answer of the whole index (every
// source read, as the story views read it under each time filter): each figure by id and in its
// source's row, the figures of its measure (trace's same quantity), one source's conflicts, and
// trace by value.
void CheckInPlaceEqualsWhole(EventStore* store, bool persisted) {
  INFO((persisted ? "stored rows" : "folded in memory over stored rows"));
  Result<FigureIndex> whole = LoadFigureIndex(store);
  REQUIRE(whole.ok());
  Result<FigureIndex> in_place = OpenFigureIndex(store);
  REQUIRE(in_place.ok());
  const std::vector<FigureRef> all = whole->Figures();
  REQUIRE(all.size() >= 3);
  for (const FigureRef& ref : all) {
    INFO(Said(ref));
    Result<std::vector<FigureRef>> by_id = in_place->FindById(ref.figure->id);
    REQUIRE(by_id.ok());
    CHECK(Said(*by_id) == std::vector<std::string>{Said(ref)});
    std::vector<FigureRef> same;
    for (const FigureRef& other : all) {
      if (SameMeasure(ref.figure->figure, other.figure->figure)) same.push_back(other);
    }
    Result<std::vector<FigureRef>> measured = in_place->SameMeasureAs(ref.figure->figure);
    REQUIRE(measured.ok());
    CHECK(Said(*measured) == Said(same));
    // By surface: the figures written so now, whatever their surface rows named before a revision.
    std::vector<FigureRef> written_alike;
    for (const FigureRef& other : all) {
      if (other.figure->figure.surface == ref.figure->figure.surface) written_alike.push_back(other);
    }
    Result<std::vector<FigureRef>> by_surface = in_place->WithSurface(ref.figure->figure.surface);
    REQUIRE(by_surface.ok());
    CHECK(Said(*by_surface) == Said(written_alike));
  }
  for (const auto& [id, source] : whole->sources()) {
    Result<const SourceFigures*> row = in_place->Source(id);
    REQUIRE(row.ok());
    REQUIRE(*row != nullptr);
    std::vector<FigureRef> read, expected;
    for (const ExtractedFigure& e : (*row)->extracted.figures) read.push_back({*row, &e});
    for (const ExtractedFigure& e : source.extracted.figures) expected.push_back({&source, &e});
    CHECK(Said(read) == Said(expected));
    CHECK(FindConflicts(read).size() == FindConflicts(expected).size());
  }
  // The whole store's conflicts, read measure by measure from the measure rows (`figures
  // --conflicts`), are those of every figure, in the same order.
  std::vector<std::vector<std::string>> streamed, whole_conflicts;
  auto said_values = [](const FigureConflict& conflict) {
    std::vector<std::string> out;
    for (const std::vector<FigureRef>& value : conflict.values) {
      for (const std::string& said : Said(value)) out.push_back(said);
      out.push_back("|");
    }
    return out;
  };
  REQUIRE(in_place->ScanSharedMeasures([&](const std::vector<FigureRef>& measured) {
    CHECK(measured.size() >= 2);
    for (const FigureConflict& conflict : FindConflicts(measured)) streamed.push_back(said_values(conflict));
    return true;
  }).ok());
  for (const FigureConflict& conflict : FindConflicts(all)) whole_conflicts.push_back(said_values(conflict));
  CHECK(streamed == whole_conflicts);
  Result<uint64_t> counted = in_place->CountFigures();
  REQUIRE(counted.ok());
  CHECK(*counted == all.size());
  // The story views of either time axis read the same figures as the index in place: labels are
  // folded into the figures whenever they were recorded, as the whole view has them.
  for (const auto& [as_of, known_at] : std::vector<std::pair<std::optional<std::string>, std::optional<std::string>>>{
           {std::nullopt, std::nullopt}, {"2025-01-01", std::nullopt}, {std::nullopt, "2"}}) {
    Result<TimeFilter> filter = TimeFilter::Parse(as_of, known_at);
    REQUIRE(filter.ok());
    Result<std::unique_ptr<StoryViews>> views = LoadStoryViews(store, *filter);
    REQUIRE(views.ok());
    CHECK(Said((*views)->figures.Figures()) == Said(all));
  }
  Result<SourcesProjection> sources = OpenSources(store);
  REQUIRE(sources.ok());
  Result<TraceReport> traced = TraceFigures(*store, *in_place, *sources, "$3 trillion");
  REQUIRE(traced.ok());
  std::vector<FigureRef> expected;
  for (const FigureRef& other : all) {
    const bool cited = std::any_of(traced->citations.begin(), traced->citations.end(),
                                   [&](const TraceCitation& c) { return c.ref.figure->id == other.figure->id; });
    const bool same = std::any_of(traced->citations.begin(), traced->citations.end(), [&](const TraceCitation& c) {
      return SameMeasure(c.ref.figure->figure, other.figure->figure);
    });
    if (same && !cited) expected.push_back(other);
  }
  CHECK(Said(traced->same_quantity) == Said(expected));
}

}  // namespace

TEST_CASE("in place: a label recorded after the figures re-indexes them, in-place reads equal the whole index's", "[figures]") {
  Fixture f;
  f.Ingest(kFirst, "https://example.com/a");
  f.Ingest(kSecond, "https://example.com/b");
  f.Ingest("Amazon expects its capital expenditure to reach $200 billion in 2026.\n", "https://example.com/c");
  REQUIRE(CatchUpAll(f.store.get()).ok());
  Result<FigureIndex> before = LoadFigureIndex(f.store.get());
  REQUIRE(before.ok());
  Result<std::vector<FigureRef>> near = before->NearQuantity(Money(2e11));
  REQUIRE(near.ok());
  REQUIRE(near->size() == 1);
  const std::string amazon = near->front().figure->id;
  Result<std::vector<FigureRef>> trillions = before->NearQuantity(Money(3e12));
  REQUIRE(trillions.ok());
  REQUIRE(trillions->size() == 2);
  REQUIRE(MeasureKey(trillions->front().figure->figure));  // Microsoft's capital expenditure in 2030
  REQUIRE_FALSE(SameMeasure(trillions->front().figure->figure, near->front().figure->figure));

  auto label = [&](std::optional<std::string> subject, std::optional<std::string> period) {
    AppendBatch batch;
    batch.recorded_by = "tester";
    batch.correlation = "corr";
    batch.expected.emplace_back(CorrectionsStream("ai-roi"), kAnyVersion);
    MetricLabeled labelled{"ai-roi", amazon, std::string("capital expenditure"), std::move(subject), std::move(period)};
    batch.events.push_back({CorrectionsStream("ai-roi"), std::string(kMetricLabeled), 1, std::nullopt, EncodePayload(labelled)});
    REQUIRE(f.store->Append(batch).ok());
  };
  auto same_quantity_of_trillions = [&]() {
    Result<SourcesProjection> sources = OpenSources(f.store.get());
    REQUIRE(sources.ok());
    Result<FigureIndex> in_place = OpenFigureIndex(f.store.get());
    REQUIRE(in_place.ok());
    Result<TraceReport> traced = TraceFigures(*f.store, *in_place, *sources, trillions->front().figure->id);
    REQUIRE(traced.ok());
    std::set<std::string> ids;
    for (const FigureRef& ref : traced->same_quantity) ids.insert(ref.figure->id);
    return ids;
  };
  CHECK(same_quantity_of_trillions().count(amazon) == 0);

  // Labelled as Microsoft's 2030 spending: the $200 billion joins the $3 trillion's measure (and
  // conflicts with it), read from the stored rows with the label folded over them, then stored.
  label(std::string("Microsoft"), std::string("2030"));
  CheckInPlaceEqualsWhole(f.store.get(), /*persisted=*/false);
  CHECK(same_quantity_of_trillions().count(amazon) == 1);
  REQUIRE(CatchUpAll(f.store.get()).ok());
  CheckInPlaceEqualsWhole(f.store.get(), /*persisted=*/true);
  CHECK(same_quantity_of_trillions().count(amazon) == 1);

  // A later label of the period alone keeps the subject and moves the figure out of that measure.
  label(std::nullopt, std::string("2026"));
  CheckInPlaceEqualsWhole(f.store.get(), /*persisted=*/false);
  CHECK(same_quantity_of_trillions().count(amazon) == 0);
  REQUIRE(CatchUpAll(f.store.get()).ok());
  CheckInPlaceEqualsWhole(f.store.get(), /*persisted=*/true);

  // A revised article replaces the labelled figure's rows (its figures have new ids); rebuild folds
  // the labels and the revision to the same bytes.
  f.Ingest("Amazon now expects its capital expenditure to reach $200 billion in 2026.\n", "https://example.com/c");
  CheckInPlaceEqualsWhole(f.store.get(), /*persisted=*/false);
  Result<std::vector<RebuildCheck>> check = RebuildAndCompare(f.store.get(), {"figures"});
  REQUIRE(check.ok());
  REQUIRE(check->size() == 1);
  CHECK(check->front().identical);
}

TEST_CASE("conflicts: MW and GW compare as watts, two values of one measure in one sentence are a misreading", "[figures]") {
  SourceFigures a, b;
  a.extracted.source_id = "a";
  b.extracted.source_id = "b";
  auto power = [](double value, const char* unit) {
    Figure f = Money(value, std::string("power capacity"), std::string("Lindqvist Energy"), std::string("2025"));
    f.kind = FigureKind::kQuantity;
    f.unit = unit;
    return f;
  };
  Figure gigawatts = power(1.8, "GW");
  gigawatts.sentence = {0, 100};
  Figure megawatts = power(1812, "MW");  // the same capacity in another unit: agrees
  megawatts.sentence = {200, 300};
  Figure rival = power(2.4, "GW");       // another source's: disagrees
  a.extracted.figures = {{"fig-a1", gigawatts}, {"fig-a2", megawatts}};
  b.extracted.figures = {{"fig-b1", rival}};
  auto refs = [&] {
    std::vector<FigureRef> figures;
    for (SourceFigures* s : {&a, &b}) {
      for (const ExtractedFigure& e : s->extracted.figures) figures.push_back({s, &e});
    }
    return figures;
  };
  std::vector<FigureConflict> conflicts = FindConflicts(refs());
  REQUIRE(conflicts.size() == 1);
  REQUIRE(conflicts[0].values.size() == 2);
  REQUIRE(conflicts[0].values[0].size() == 2);  // 1.8 GW and 1,812 MW agree
  REQUIRE(SameMeasure(gigawatts, megawatts));

  // "revenue reached $1.45 billion, while exports hit $93 billion" read as two revenues in one
  // sentence: a misreading, compared with nothing, unless the sentence sets a rival estimate against it.
  Figure revenue = Money(1.45e9, std::string("revenue"), std::string("Lindqvist Energy"), std::string("2025"));
  revenue.sentence = {400, 500};
  Figure exports = Money(9.3e10, std::string("revenue"), std::string("Lindqvist Energy"), std::string("2025"));
  exports.sentence = {400, 500};
  Figure elsewhere = Money(1.2e9, std::string("revenue"), std::string("Lindqvist Energy"), std::string("2025"));
  a.extracted.figures = {{"fig-a3", revenue}, {"fig-a4", exports}};
  b.extracted.figures = {{"fig-b2", elsewhere}};
  REQUIRE(FindConflicts(refs()).empty());
  exports.quote.suffix = " analysts had forecast.";
  a.extracted.figures = {{"fig-a3", revenue}, {"fig-a4", exports}};
  REQUIRE(FindConflicts(refs()).size() == 1);
  // "unexpectedly" names no rival estimate.
  exports.quote.suffix = " in an unexpectedly strong year.";
  a.extracted.figures = {{"fig-a3", revenue}, {"fig-a4", exports}};
  CHECK(FindConflicts(refs()).empty());

  // The two sides of a tally ("after a 5-4 vote, as economists expected"): never a conflict,
  // whatever words stand around it; the same two numbers apart in the sentence would be one.
  auto votes = [](double n, uint64_t at, std::string surface) {
    Figure f;
    f.kind = FigureKind::kCount;
    f.value = n;
    f.metric = "votes";
    f.subject = "the board";
    f.period = "2026-02-05";
    f.surface = std::move(surface);
    f.span = {at, at + 1};
    f.sentence = {0, 80};
    f.quote.suffix = " vote, as economists expected";
    return f;
  };
  Figure five = votes(5, 20, "5"), four = votes(4, 22, "4");
  five.quote.suffix = "-4 vote, as economists expected";
  a.extracted.figures = {{"fig-a5", five}, {"fig-a6", four}};
  b.extracted.figures = {};
  CHECK(FindConflicts(refs()).empty());
  four.span = {40, 41};  // "5 members backed … 4 opposed, as economists expected": set against each other
  a.extracted.figures = {{"fig-a5", five}, {"fig-a6", four}};
  CHECK(FindConflicts(refs()).size() == 1);
}

TEST_CASE("stored rows: figures are named in their index rows' keys, with no copied values", "[figures][projection]") {
  Fixture f;
  f.Ingest(kFirst, "https://example.com/a");
  f.Ingest(kSecond, "https://example.com/b");
  REQUIRE(CatchUpAll(f.store.get()).ok());
  Result<FigureIndex> index = LoadFigureIndex(f.store.get());
  REQUIRE(index.ok());
  std::set<std::string> sources;
  for (const FigureRef& ref : index->Figures()) sources.insert(ref.source->extracted.source_id);
  REQUIRE(sources.size() == 2);
  f.store.reset();

  RawDb raw(f.dir.path);
  std::unique_ptr<rocksdb::Iterator> it(raw.db->NewIterator({}, raw.handles[RawDb::kProjections]));
  std::map<std::string, int> rows;  // by projection and kind of row
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    const std::string key = it->key().ToString(), value = it->value().ToString();
    const std::string projection = key.substr(0, key.find('\0'));
    const std::string row = key.substr(projection.size() + 1);
    const std::string kind = row.substr(0, row.find('/') + 1);
    ++rows[projection + " " + kind];
    if (projection == "figures" && kind == "figure/") {
      CHECK(sources.count(value) == 1);  // the source's id, nothing more
    } else if (projection == "figures" && (kind == "quantity/" || kind == "measure/")) {
      CHECK(value.empty());
      const std::string named = row.substr(row.size() - 33);  // "<source id> <figure id>"
      CHECK(sources.count(named.substr(0, 16)) == 1);
      CHECK(named.substr(16, 5) == " fig-");
    } else if (projection == "figures" && kind == "surface/") {
      CHECK(value.empty());
      CHECK(row.find(" fig-") == std::string::npos);  // a surface and a quantity, of no one figure
    }
  }
  REQUIRE(it->status().ok());
  CHECK(rows["figures figure/"] == rows["figures quantity/"]);
  // Both texts state "$3 trillion" of one quantity: one surface row for the two figures.
  CHECK(rows["figures surface/"] < rows["figures figure/"]);
  CHECK(rows["figures measure/"] >= 2);
}
