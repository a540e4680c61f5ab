// The FiguresExtracted payload in its two schemas: schema 2 (each figure an array, its id and span
// end derived) decodes to what was encoded; schema-1 events of an older store stay readable as
// stored, and the store's format is raised by the first append of this build.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "audit/verify.h"
#include "ingest/ingester.h"
#include "model/figure_events.h"
#include "project/proj_figures.h"
#include "project/rebuild.h"
#include "raw_db.h"
#include "temp_dir.h"
#include "util/sha256.h"

using namespace dossier;

namespace {

// Figures of every shape: a range with its approximation, a rate per unit, a from/to pair, a
// delta with its basis, a count.
const std::string kText =
    "Acme said on Monday it would spend roughly $175-185 billion on data centres in 2026, up 12% on "
    "the year before. Prices fell from $142.62 to $118.51, and power costs $0.50 per kilowatt hour "
    "across 136 sites.\n";

FiguresExtracted Extracted() {
  return ExtractSourceFigures("0123456789abcdef", 1, Sha256Hex(kText), kText);
}

// Every member that both schemas carry, compared.
void RequireSameFigures(const FiguresExtracted& a, const FiguresExtracted& b) {
  REQUIRE(a.source_id == b.source_id);
  REQUIRE(a.source_version == b.source_version);
  REQUIRE(a.text_sha256 == b.text_sha256);
  REQUIRE(a.extractor_version == b.extractor_version);
  REQUIRE(a.figures.size() == b.figures.size());
  for (size_t i = 0; i < a.figures.size(); ++i) {
    const Figure& x = a.figures[i].figure;
    const Figure& y = b.figures[i].figure;
    INFO("figure " << i << ": " << x.surface);
    CHECK(a.figures[i].id == b.figures[i].id);
    CHECK(x.span == y.span);
    CHECK(x.surface == y.surface);
    CHECK(x.kind == y.kind);
    CHECK(x.value == y.value);
    CHECK(x.value_high == y.value_high);
    CHECK(x.unit == y.unit);
    CHECK(x.per == y.per);
    CHECK(x.approx == y.approx);
    CHECK(x.sentence == y.sentence);
    CHECK(x.quote.prefix == y.quote.prefix);
    CHECK(x.quote.exact == y.quote.exact);
    CHECK(x.quote.suffix == y.quote.suffix);
    CHECK(x.metric == y.metric);
    CHECK(x.context_date == y.context_date);
    CHECK(x.subject == y.subject);
    CHECK(x.period == y.period);
    CHECK(x.period_kind == y.period_kind);
    CHECK(x.change == y.change);
    CHECK(x.scale_inferred == y.scale_inferred);
  }
}

// A schema-1 payload as an older dossier wrote it: one figure, "$3 trillion" at bytes 14-25.
std::string SchemaOnePayload(const std::string& source_id, const std::string& text) {
  const std::string id = FigureId(source_id, 1, {14, 25});
  return R"({"source_id":")" + source_id + R"(","source_version":1,"text_sha256":")" + Sha256Hex(text) +
         R"(","extractor_version":4,"figures":[{"id":")" + id +
         R"(","start":14,"end":25,"surface":"$3 trillion","kind":"money","value":3000000000000,"value_high":null,)"
         R"("unit":"USD","per":null,"approx":"exact","sentence_start":0,"sentence_end":41,"quote_prefix":"Capex reached ",)"
         R"("quote_suffix":" in 2030, it said.","metric":"capital expenditure","context_date":"2030","subject":null,)"
         R"("period":"2030","period_kind":"forecast","change":null,"scale_inferred":false}]})";
}
const std::string kOldText = "Capex reached $3 trillion in 2030, it said.\n";

}  // namespace

TEST_CASE("FiguresExtracted schema 2 decodes to what was encoded, ids and ends derived", "[figures][payload]") {
  const FiguresExtracted extracted = Extracted();
  REQUIRE(extracted.figures.size() >= 6);
  bool changes = false, ranges = false, rates = false;
  for (const ExtractedFigure& f : extracted.figures) {
    changes = changes || f.figure.change.has_value();
    ranges = ranges || f.figure.value_high.has_value();
    rates = rates || f.figure.per.has_value();
  }
  REQUIRE((changes && ranges && rates));

  const std::string payload = EncodePayload(extracted);
  // Neither the ids nor the members' names are written.
  CHECK(payload.find("fig-") == std::string::npos);
  CHECK(payload.find("\"surface\"") == std::string::npos);
  Result<FiguresExtracted> decoded = DecodeFiguresExtracted(payload, kFiguresExtractedSchema);
  INFO(decoded.status().message());
  REQUIRE(decoded.ok());
  RequireSameFigures(extracted, *decoded);
  CHECK(EncodePayload(*decoded) == payload);
}

TEST_CASE("FiguresExtracted schema 2 keeps an id that is not the derived one, by its index", "[figures][payload]") {
  FiguresExtracted extracted = Extracted();
  extracted.figures[1].id = "fig-000000000001";
  const std::string payload = EncodePayload(extracted);
  CHECK(payload.find(R"("other_ids":{"1":"fig-000000000001"})") != std::string::npos);
  CHECK(payload.find("fig-", payload.find("fig-") + 1) == std::string::npos);  // only that one
  Result<FiguresExtracted> decoded = DecodeFiguresExtracted(payload, 2);
  REQUIRE(decoded.ok());
  RequireSameFigures(extracted, *decoded);
}

TEST_CASE("FiguresExtracted schema 1 payloads read as they were written", "[figures][payload]") {
  const std::string v1 = SchemaOnePayload("0123456789abcdef", kOldText);
  Result<FiguresExtracted> old = DecodeFiguresExtracted(v1, 1);
  INFO(old.status().message());
  REQUIRE(old.ok());
  REQUIRE(old->figures.size() == 1);
  const Figure& f = old->figures[0].figure;
  CHECK(f.surface == "$3 trillion");
  CHECK(f.span == ByteSpan{14, 25});
  CHECK(f.metric == std::optional<std::string>("capital expenditure"));
  CHECK(f.period_kind == std::optional<std::string>("forecast"));
  // The same figures in schema 2, and back.
  Result<FiguresExtracted> again = DecodeFiguresExtracted(EncodePayload(*old), 2);
  REQUIRE(again.ok());
  RequireSameFigures(*old, *again);
  // A payload is read in the schema its envelope names, never guessed.
  CHECK_FALSE(DecodeFiguresExtracted(v1, 2).ok());
  CHECK_FALSE(DecodeFiguresExtracted(EncodePayload(*old), 1).ok());
}

TEST_CASE("a bad schema-2 figure is refused, naming the figure and the value", "[figures][payload]") {
  const std::string head =
      R"({"source_id":"0123456789abcdef","source_version":1,"text_sha256":")" + std::string(64, 'a') +
      R"(","extractor_version":5,"figures":[)";
  const std::string good =
      R"([14,"$3 trillion","money",3e12,null,"USD",null,"exact",0,41,"Capex reached "," in 2030",null,null,null,null,null,null,false])";
  REQUIRE(DecodeFiguresExtracted(head + good + "]}", 2).ok());

  Result<FiguresExtracted> short_row = DecodeFiguresExtracted(head + R"([14,"$3 trillion","money"])" + "]}", 2);
  REQUIRE_FALSE(short_row.ok());
  CHECK(short_row.status().message() == "figures[0]: 3 values, expected 19");

  std::string bad_kind = good;
  bad_kind.replace(bad_kind.find("\"money\""), 7, "\"cash\"");
  Result<FiguresExtracted> kind = DecodeFiguresExtracted(head + good + "," + bad_kind + "]}", 2);
  REQUIRE_FALSE(kind.ok());
  CHECK(kind.status().message() == "figures[1]: unknown kind `cash`");

  std::string bad_start = good;
  bad_start.replace(1, 2, "\"14\"");
  Result<FiguresExtracted> start = DecodeFiguresExtracted(head + bad_start + "]}", 2);
  REQUIRE_FALSE(start.ok());
  CHECK(start.status().message() == "figures[0][0] (start): expected an unsigned integer");

  Result<FiguresExtracted> other = DecodeFiguresExtracted(head + good + R"(],"other_ids":{"1":"fig-000000000001"}})", 2);
  REQUIRE_FALSE(other.ok());
  CHECK(other.status().message() == "other_ids: `1` is not the index of a figure");

  Result<FiguresExtracted> unknown = DecodeFiguresExtracted(head + good + "]}", 3);
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.status().message() == "FiguresExtracted schema 3 is not known (1 and 2 are)");
}

TEST_CASE("an older store's schema-1 figures are read, verified and rebuilt as stored, an append raises its format",
          "[figures][payload][store]") {
  TempDir dir;
  FixedClock clock("2026-05-23T18:15:00.000Z");
  REQUIRE(EventStore::Create(dir.path).ok());
  const std::string old_source = "fedcba9876543210";
  {
    auto store = EventStore::Open(dir.path, OpenMode::kReadWrite, &clock);
    REQUIRE(store.ok());
    AppendBatch batch;
    batch.recorded_by = "older";
    batch.correlation = std::string(32, '0');
    batch.blobs.emplace_back(Sha256Hex(kOldText), kOldText);
    batch.events.push_back({FiguresStream(old_source), std::string(kFiguresExtracted), 1, std::nullopt,
                            SchemaOnePayload(old_source, kOldText)});
    REQUIRE((*store)->Append(batch).ok());
  }
  {
    RawDb raw(dir.path);  // as a dossier of store format 1 left it
    raw.Put(RawDb::kMeta, std::string(keys::kFormatVersion), "1");
  }
  auto store = EventStore::Open(dir.path, OpenMode::kReadWrite, &clock);
  REQUIRE(store.ok());
  const std::string old_event = (*store)->ReadEvent(1)->payload;

  IngestOptions options{"tester", std::string(32, '1'), std::nullopt, std::nullopt};
  auto ingester = Ingester::Create(store->get(), options);
  REQUIRE(ingester.ok());
  auto article = ArticleFromText(kText, "text", SourceMetadata{});
  REQUIRE(article.ok());
  auto ingested = ingester->Ingest(*article, "new.txt", std::nullopt);
  REQUIRE(ingested.ok());

  auto index = LoadFigureIndex(store->get());
  REQUIRE(index.ok());
  const std::vector<FigureRef> figures = index->Figures();
  REQUIRE(figures.size() == 1 + Extracted().figures.size());
  CHECK(std::count_if(figures.begin(), figures.end(),
                      [](const FigureRef& f) { return f.figure->figure.surface == "$3 trillion"; }) == 1);
  CHECK((*store)->ReadEvent(1)->payload == old_event);
  CHECK((*store)->ReadEvent(1)->schema_version == 1);

  Result<std::vector<RebuildCheck>> check = RebuildAndCompare(store->get(), {"figures"});
  REQUIRE(check.ok());
  REQUIRE(check->size() == 1);
  CHECK(check->front().identical);
  Result<VerifyReport> verified = VerifyStore(**store);
  REQUIRE(verified.ok());
  INFO(verified->problem.message());
  CHECK(verified->problem.ok());
  store->reset();
  RawDb raw(dir.path);
  CHECK(raw.Get(RawDb::kMeta, std::string(keys::kFormatVersion)) == std::to_string(kStoreFormatVersion));
}

TEST_CASE("CheckFiguresExtracted says what the decoder says of any payload, well formed or not", "[figures][payload]") {
  // Every value of a row replaced by values of every JSON kind, members dropped, doubled and
  // mistyped: the check (which reads a well-formed row without building its figure) accepts exactly
  // what DecodeFiguresExtracted accepts, and refuses the rest with the decoder's message.
  const std::string head =
      R"({"source_id":"0123456789abcdef","source_version":1,"text_sha256":")" + std::string(64, 'a') +
      R"(","extractor_version":5,"figures":[)";
  const std::vector<std::string> row = {"14", R"("$3 trillion")", R"("money")", "3e12", "null", R"("USD")", "null",
                                        R"("exact")", "0", "41", R"("Capex reached ")", R"(" in 2030")", "null", "null",
                                        "null", "null", "null", R"(["from",null,null])", "false"};
  auto join = [](const std::vector<std::string>& values) {
    std::string out = "[";
    for (size_t i = 0; i < values.size(); ++i) out += (i ? "," : "") + values[i];
    return out + "]";
  };
  auto require_same = [](const std::string& payload, int schema) {
    INFO(payload);
    const Status checked = CheckFiguresExtracted(payload, schema);
    const Result<FiguresExtracted> decoded = DecodeFiguresExtracted(payload, schema);
    REQUIRE(checked.ok() == decoded.ok());
    if (!decoded.ok()) CHECK(checked.message() == decoded.status().message());
  };
  const std::vector<std::string> values = {"null", R"("")", R"("x")", "-1", "1", "1.5", "true", "[]", "{}",
                                           R"("money")", R"("exact")", R"(["to",3,"basis"])", R"(["to",-3,null])",
                                           R"(["up",null,null])", R"(["from",null])"};
  for (size_t i = 0; i < row.size(); ++i) {
    for (const std::string& value : values) {
      std::vector<std::string> changed = row;
      changed[i] = value;
      require_same(head + join(row) + "," + join(changed) + "]}", 2);
    }
  }
  require_same(head + join(row) + "]}", 2);
  require_same(head + join(row) + "]}", 1);
  require_same(head + join(row) + "," + join({"14"}) + "]}", 2);
  require_same(head + "{}]}", 2);
  for (const std::string other : {R"({"0":"fig-000000000001"})", R"({"1":"fig-000000000001"})", R"({"x":"fig-1"})",
                                  R"({"0":1})", R"([])", R"({"0":"a","0":"b"})", R"({" 0":"a"})", R"({"":"a"})"}) {
    require_same(head + join(row) + R"(],"other_ids":)" + other + "}", 2);
  }
  for (const std::string member : {"source_id", "source_version", "text_sha256", "extractor_version", "figures"}) {
    std::string dropped = head + join(row) + "]}";
    const size_t at = dropped.find("\"" + member + "\"");
    dropped.replace(at, member.size() + 2, "\"other\"");
    require_same(dropped, 2);
    require_same(head + join(row) + "],\"" + member + "\":1}", 2);  // twice
  }
  require_same(R"({"source_id":7,"source_version":1,"text_sha256":"a","extractor_version":5,"figures":[]})", 2);
  require_same(R"({"source_id":"s","source_version":-1,"text_sha256":"a","extractor_version":5,"figures":[]})", 2);
  require_same("[]", 2);
  require_same("not json", 2);
  // And what the extractor writes.
  REQUIRE(CheckFiguresExtracted(EncodePayload(Extracted()), 2).ok());
}
