#include <catch2/catch.hpp>

#include <algorithm>

#include "ingest/ingester.h"
#include "project/proj_claims.h"
#include "project/source_reader.h"
#include "temp_dir.h"

using namespace dossier;

namespace {

struct Fixture {
  Fixture() : clock("2026-05-23T18:15:00.000Z") {
    REQUIRE(EventStore::Create(dir.path).ok());
    auto opened = EventStore::Open(dir.path, OpenMode::kReadWrite, &clock);
    REQUIRE(opened.ok());
    store = std::move(*opened);
  }
  IngestResult Ingest(const std::string& text, SourceMetadata metadata = {}, std::optional<std::string> story = {}) {
    auto ingester = Ingester::Create(store.get(), {"tester", "corr", story, std::nullopt});
    REQUIRE(ingester.ok());
    auto article = ArticleFromText(text, "text", metadata);
    REQUIRE(article.ok());
    auto result = ingester->Ingest(*article, "input.txt", std::nullopt);
    REQUIRE(result.ok());
    return *result;
  }
  TempDir dir;  // removed after the store is closed
  FixedClock clock;
  std::unique_ptr<EventStore> store;
};

SourceMetadata WithUrl(const std::string& url) {
  SourceMetadata m;
  m.url = url;
  return m;
}

}  // namespace

TEST_CASE("identity is the url, else the id, else the content", "[ingest]") {
  Fixture f;
  REQUIRE(f.Ingest("a\n", WithUrl("https://x.test/1")).source_id == SourceIdFor("url", "https://x.test/1"));
  SourceMetadata with_id;
  with_id.article_id = "art-7";
  REQUIRE(f.Ingest("b\n", with_id).source_id == SourceIdFor("id", "art-7"));
  auto by_content = f.Ingest("c\n");
  REQUIRE(by_content.source_id.size() == 16);
  REQUIRE(f.Ingest("c\n").outcome == IngestOutcome::kUnchanged);
  REQUIRE(f.Ingest("c changed\n").source_id != by_content.source_id);  // new content, new identity
}

TEST_CASE("same content is a no-op, changed content is the next version, old ones stay readable", "[ingest]") {
  Fixture f;
  auto first = f.Ingest("version one\n", WithUrl("https://x.test/a"));
  REQUIRE(first.outcome == IngestOutcome::kNew);
  REQUIRE(first.version == 1);
  const uint64_t head = f.store->head_position();

  auto again = f.Ingest("version one\n", WithUrl("https://x.test/a"));
  REQUIRE(again.outcome == IngestOutcome::kUnchanged);
  REQUIRE(f.store->head_position() == head);  // nothing recorded

  auto second = f.Ingest("version two\n", WithUrl("https://x.test/a"));
  REQUIRE(second.outcome == IngestOutcome::kRevised);
  REQUIRE(second.version == 2);
  REQUIRE(second.source_id == first.source_id);

  auto sources = LoadSources(f.store.get());
  REQUIRE(sources.ok());
  const SourceSummary& summary = sources->sources().at(first.source_id);
  REQUIRE(summary.versions.size() == 2);
  auto v1 = ReadSourceVersion(*f.store, summary, 1);
  auto v2 = ReadSourceVersion(*f.store, summary, 0);
  REQUIRE(v1.ok());
  REQUIRE(v2.ok());
  REQUIRE(v1->text == "version one\n");
  REQUIRE(v2->text == "version two\n");
  REQUIRE(v2->recorded.version == 2);
  REQUIRE(ReadSourceVersion(*f.store, summary, 3).status().code() == Status::Code::kNotFound);
}

TEST_CASE("a story is created on first use and each source attached once", "[ingest]") {
  Fixture f;
  auto a = f.Ingest("one\n", {}, std::string("ai-roi"));
  REQUIRE(a.attached_to_story);
  auto again = f.Ingest("one\n", {}, std::string("ai-roi"));
  REQUIRE(again.outcome == IngestOutcome::kUnchanged);
  REQUIRE_FALSE(again.attached_to_story);
  f.Ingest("two\n", {}, std::string("ai-roi"));
  auto sources = LoadSources(f.store.get());
  REQUIRE(sources.ok());
  const StorySummary& story = sources->stories().at("ai-roi");
  REQUIRE(story.title == "ai-roi");
  REQUIRE(story.source_ids.size() == 2);
  REQUIRE(f.store->StreamVersion("story-ai-roi").value() == 3);  // created + two attachments
}

TEST_CASE("a bad story slug is refused before anything is recorded", "[ingest]") {
  Fixture f;
  for (const char* slug : {"AI ROI", "-x", "a--b", ""}) {
    auto ingester = Ingester::Create(f.store.get(), {"tester", "corr", std::string(slug), std::nullopt});
    REQUIRE_FALSE(ingester.ok());
  }
  REQUIRE(f.store->head_position() == 0);
}

TEST_CASE("the source list projection persists with its checkpoint and catches up", "[ingest][projection]") {
  Fixture f;
  f.Ingest("one\n");
  SourcesProjection persisted;
  REQUIRE(CatchUp(f.store.get(), &persisted, /*persist=*/true).ok());
  f.Ingest("two\n");
  auto checkpoint = f.store->GetCheckpoint("sources");
  REQUIRE(checkpoint.ok());
  REQUIRE(checkpoint->value().position == 3);  // the first source, its figures and its claims
  auto caught_up = LoadSources(f.store.get());  // reads the first source's rows, folds the second
  REQUIRE(caught_up.ok());
  REQUIRE(caught_up->sources().size() == 2);
  auto in_place = OpenSources(f.store.get());
  REQUIRE(in_place.ok());
  CHECK(in_place->sources().empty());  // nothing read until asked
  auto second = in_place->Resolve(caught_up->sources().rbegin()->first.substr(0, 6));
  REQUIRE(second.ok());
  CHECK((*second)->source_id == caught_up->sources().rbegin()->first);
  CHECK(in_place->sources().size() == 1);
  SourcesProjection rebuilt;
  REQUIRE(Rebuild(f.store.get(), &rebuilt).ok());
  REQUIRE(rebuilt.LoadAll().ok());
  REQUIRE(rebuilt.sources().size() == 2);
}

TEST_CASE("an ambiguous reference names ten of the sources it matches and reads no more", "[ingest][projection]") {
  Fixture f;
  for (int i = 0; i < 14; ++i) {
    SourceMetadata meta;
    meta.article_id = "wire-" + std::to_string(100 + i);
    f.Ingest("text " + std::to_string(i) + "\n", meta);
  }
  auto sources = OpenSources(f.store.get());
  REQUIRE(sources.ok());
  auto one = sources->Resolve("wire-107");
  REQUIRE(one.ok());
  CHECK((*one)->source_id == SourceIdFor("id", "wire-107"));
  auto many = sources->Resolve("wire-1");
  REQUIRE_FALSE(many.ok());
  const std::string message = many.status().message();
  CHECK(message.find("`wire-1` is ambiguous: it matches sources ") == 0);
  CHECK(message.substr(message.size() - 9) == " and more");
  CHECK(std::count(message.begin(), message.end(), ',') == 9);  // ten ids
  CHECK(sources->sources().size() <= 12);                      // not all fourteen read
}

TEST_CASE("listings read the sources one at a time: first recorded first, a revision keeping its place",
          "[ingest][projection]") {
  Fixture f;
  std::vector<std::string> recorded;  // ids in the order first recorded
  for (const char* url : {"https://x.test/c", "https://x.test/a", "https://x.test/b"}) {
    recorded.push_back(f.Ingest(std::string("text of ") + url + "\n", WithUrl(url), std::string("ai-roi")).source_id);
  }
  f.Ingest("another story\n", WithUrl("https://x.test/d"), std::string("energy"));
  recorded.push_back(SourceIdFor("url", "https://x.test/d"));
  REQUIRE(f.Ingest("text of c, revised\n", WithUrl("https://x.test/c")).version == 2);
  std::vector<std::string> by_id = recorded;
  std::sort(by_id.begin(), by_id.end());
  REQUIRE(by_id != recorded);  // else the two orders below would not be told apart

  // As folded in memory by a reader, and as stored by a writer.
  for (bool persist : {false, true}) {
    SourcesProjection sources;
    REQUIRE(CatchUp(f.store.get(), &sources, persist).ok());
    std::vector<std::string> listed, scanned;
    std::vector<size_t> versions;
    REQUIRE(sources.ScanInRecordedOrder([&](const SourceSummary& s) {
      listed.push_back(s.source_id);
      versions.push_back(s.versions.size());
      return true;
    }).ok());
    CHECK(listed == recorded);
    CHECK(versions == std::vector<size_t>{2, 1, 1, 1});
    REQUIRE(sources.ScanById([&](const SourceSummary& s) {
      scanned.push_back(s.source_id);
      return true;
    }).ok());
    CHECK(scanned == by_id);
    CHECK(sources.sources().empty());  // nothing kept
    auto counts = sources.StoryCounts();
    REQUIRE(counts.ok());
    REQUIRE(counts->size() == 2);
    CHECK((*counts)[0].slug == "ai-roi");
    CHECK((*counts)[0].sources == 3);
    CHECK((*counts)[1].slug == "energy");
    CHECK((*counts)[1].sources == 1);
    std::vector<std::string> story;
    REQUIRE(sources.ScanStory("ai-roi", [&](const std::string& id) {
      story.push_back(id);
      return true;
    }).ok());
    CHECK(story == std::vector<std::string>(recorded.begin(), recorded.begin() + 3));
  }
  // Each source with an extraction once (the revised one has two), by id: how `claims` streams.
  auto claims = OpenClaims(f.store.get());
  REQUIRE(claims.ok());
  std::vector<std::string> extracted;
  REQUIRE(claims->ScanSourceIds([&](const std::string& id) {
    extracted.push_back(id);
    return true;
  }).ok());
  CHECK(extracted == by_id);
}

namespace {

struct Input {
  std::string text;
  std::string url;
};

// Every stored event's bytes, in order.
std::vector<std::string> EncodedLog(const EventStore& store) {
  std::vector<std::string> log;
  REQUIRE(store.ScanEncodedEvents([&](uint64_t, std::string_view bytes) {
    log.emplace_back(bytes);
    return true;
  }).ok());
  return log;
}

}  // namespace

TEST_CASE("articles staged together are one append with the events one append each would give", "[ingest]") {
  // A story, a revision and a repeat of the same source inside one group, extraction given ahead
  // for some articles and left to Stage for the others.
  const std::vector<Input> inputs = {{"Acme spent $5 billion in 2025, Jo Smith said.\n", "https://x.test/a"},
                                     {"A second text with 40% growth.\n", "https://x.test/b"},
                                     {"Acme spent $6 billion in 2025, Jo Smith said.\n", "https://x.test/a"},
                                     {"A second text with 40% growth.\n", "https://x.test/b"}};
  Fixture one_by_one, grouped;
  std::vector<IngestOutcome> outcomes;
  for (const Input& input : inputs) outcomes.push_back(one_by_one.Ingest(input.text, WithUrl(input.url), std::string("s")).outcome);
  REQUIRE(outcomes == std::vector<IngestOutcome>{IngestOutcome::kNew, IngestOutcome::kNew, IngestOutcome::kRevised,
                                                 IngestOutcome::kUnchanged});

  auto ingester = Ingester::Create(grouped.store.get(), {"tester", "corr", std::string("s"), std::nullopt});
  REQUIRE(ingester.ok());
  for (size_t i = 0; i < inputs.size(); ++i) {
    auto article = ArticleFromText(inputs[i].text, "text", WithUrl(inputs[i].url));
    REQUIRE(article.ok());
    std::optional<ArticleExtraction> ahead;
    if (i % 2 == 0) ahead = ingester->Extract(*article);
    auto staged = ingester->Stage(*article, "input.txt", std::nullopt, ahead ? &*ahead : nullptr);
    REQUIRE(staged.ok());
    REQUIRE(staged->outcome == outcomes[i]);
  }
  REQUIRE(grouped.store->head_position() == 0);  // nothing before the commit
  REQUIRE(ingester->Commit().ok());
  REQUIRE(EncodedLog(*grouped.store) == EncodedLog(*one_by_one.store));
}

TEST_CASE("a discarded stage records nothing and forgets what it staged", "[ingest]") {
  Fixture f;
  auto ingester = Ingester::Create(f.store.get(), {"tester", "corr", std::string("s"), std::nullopt});
  REQUIRE(ingester.ok());
  auto article = ArticleFromText("Only text.\n", "text", WithUrl("https://x.test/c"));
  REQUIRE(article.ok());
  REQUIRE(ingester->Stage(*article, "in.txt", std::nullopt)->outcome == IngestOutcome::kNew);
  REQUIRE_FALSE(*ingester->IsRecorded(*article));
  ingester->Discard();
  REQUIRE(ingester->Commit().ok());
  REQUIRE(f.store->head_position() == 0);
  auto again = ingester->Ingest(*article, "in.txt", std::nullopt);  // the story is created again
  REQUIRE(again.ok());
  REQUIRE(again->outcome == IngestOutcome::kNew);
  REQUIRE(again->attached_to_story);
  REQUIRE(*ingester->IsRecorded(*article));
  REQUIRE(f.store->StreamVersion("story-s").value() == 2);
}
