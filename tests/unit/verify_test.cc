// Alterations written underneath the store with the RocksDB API, and what verify says of them.
#include <catch2/catch.hpp>

#include "audit/verify.h"
#include "ingest/ingester.h"
#include "model/envelope.h"
#include "store/head_record.h"
#include "store/key_layout.h"
#include "util/sha256.h"
#include "raw_db.h"
#include "temp_dir.h"

using namespace dossier;

namespace {

// A store with three sources in one story: events 1..7.
void Populate(const std::string& dir, Clock* clock) {
  REQUIRE(EventStore::Create(dir).ok());
  auto store = EventStore::Open(dir, OpenMode::kReadWrite, clock);
  REQUIRE(store.ok());
  auto ingester = Ingester::Create(store->get(), {"tester", "c0ffee", std::string("ai-roi"), std::nullopt});
  REQUIRE(ingester.ok());
  for (const char* text : {"first article\n", "second article: $3 trillion\n", "third\n"}) {
    auto article = ArticleFromText(text, "text", {});
    REQUIRE(article.ok());
    REQUIRE(ingester->Ingest(*article, "test", std::nullopt).ok());
  }
}

VerifyReport Verify(const std::string& dir, Clock* clock) {
  auto store = EventStore::Open(dir, OpenMode::kReadOnly, clock);
  REQUIRE(store.ok());
  auto report = VerifyStore(**store);
  REQUIRE(report.ok());
  return *report;
}

}  // namespace

TEST_CASE("verify passes on an untouched store", "[verify]") {
  TempDir dir;
  FixedClock clock("2026-05-23T18:15:00.000Z");
  Populate(dir.path, &clock);
  VerifyReport report = Verify(dir.path, &clock);
  REQUIRE(report.problem.ok());
  REQUIRE(report.events == 13);  // per source: its text, its figures, its claims, its joining the story; and the story
  REQUIRE(report.blobs == 3);
  REQUIRE(IsSha256Hex(report.chain_head));
}

TEST_CASE("verify names the position of an altered event", "[verify]") {
  TempDir dir;
  FixedClock clock("2026-05-23T18:15:00.000Z");
  Populate(dir.path, &clock);
  {
    RawDb raw(dir.path);
    std::string bytes = raw.Get(RawDb::kEvents, keys::EncodeU64(4));
    size_t at = bytes.find("tester");
    REQUIRE(at != std::string::npos);
    bytes.replace(at, 6, "forger");  // same length: only the hash can tell
    raw.Put(RawDb::kEvents, keys::EncodeU64(4), bytes);
  }
  VerifyReport report = Verify(dir.path, &clock);
  REQUIRE(report.problem.code() == Status::Code::kCorruption);
  REQUIRE_THAT(report.problem.message(), Catch::StartsWith("event 4:"));
  REQUIRE_THAT(report.problem.message(), Catch::Contains("hash does not match"));
}

TEST_CASE("verify catches a forged event with a recomputed hash by the broken link after it", "[verify]") {
  TempDir dir;
  FixedClock clock("2026-05-23T18:15:00.000Z");
  Populate(dir.path, &clock);
  {
    RawDb raw(dir.path);
    auto event = DecodeEvent(raw.Get(RawDb::kEvents, keys::EncodeU64(3)));
    REQUIRE(event.ok());
    event->recorded_by = "forger";
    raw.Put(RawDb::kEvents, keys::EncodeU64(3), EncodeEvent(&*event));  // its own hash is now right
  }
  VerifyReport report = Verify(dir.path, &clock);
  REQUIRE_THAT(report.problem.message(), Catch::StartsWith("event 4:"));
  REQUIRE_THAT(report.problem.message(), Catch::Contains("previous hash"));
}

TEST_CASE("verify --expect-head catches a chain rewritten from the alteration on", "[verify]") {
  TempDir dir;
  FixedClock clock("2026-05-23T18:15:00.000Z");
  Populate(dir.path, &clock);
  const VerifyReport original = Verify(dir.path, &clock);
  const std::string original_head = original.chain_head;
  const TreeHead original_tree = original.tree;
  std::string prev = GenesisHash();
  {
    RawDb raw(dir.path);
    for (uint64_t position = 1; position <= 13; ++position) {
      auto event = DecodeEvent(raw.Get(RawDb::kEvents, keys::EncodeU64(position)));
      REQUIRE(event.ok());
      if (position == 2) event->recorded_by = "forger";
      event->prev_hash = prev;
      raw.Put(RawDb::kEvents, keys::EncodeU64(position), EncodeEvent(&*event));
      prev = event->hash;
    }
    raw.Put(RawDb::kMeta, "chain_head", prev);
  }
  // The head record, kept outside the log, names the event that was acknowledged last.
  auto refused = EventStore::Open(dir.path, OpenMode::kReadOnly, &clock);
  REQUIRE(refused.status().code() == Status::Code::kCorruption);
  REQUIRE_THAT(refused.status().message(), Catch::Contains("event 13 is not the one acknowledged"));
  // Rewritten too, the Merkle tree the store keeps is still that of the events recorded...
  REQUIRE(WriteHeadRecord(dir.path, HeadRecord{13, prev}).ok());
  REQUIRE(Verify(dir.path, &clock).problem.message() ==
          "the Merkle tree's subtree over events 13 to 13 (level 0) is not the hash of those events");
  // ...and with the tree dropped as well (the next writer builds it from the forged events), it
  // leaves a store that is internally consistent...
  {
    RawDb raw(dir.path);
    std::unique_ptr<rocksdb::Iterator> it(raw.db->NewIterator({}, raw.handles[RawDb::kMeta]));
    std::vector<std::string> tree_keys;
    for (it->Seek("merkle"); it->Valid() && it->key().starts_with("merkle"); it->Next()) {
      tree_keys.push_back(it->key().ToString());
    }
    for (const std::string& key : tree_keys) raw.Delete(RawDb::kMeta, key);
  }
  VerifyReport report = Verify(dir.path, &clock);
  REQUIRE(report.problem.ok());
  REQUIRE(report.chain_head != original_head);  // ...but not the chain that was recorded
  REQUIRE_FALSE(report.tree == original_tree);   // nor its tree head
}

TEST_CASE("verify names an altered stored text", "[verify]") {
  TempDir dir;
  FixedClock clock("2026-05-23T18:15:00.000Z");
  Populate(dir.path, &clock);
  const std::string sha = Sha256Hex("second article: $3 trillion\n");
  {
    RawDb raw(dir.path);
    raw.Put(RawDb::kBlobs, sha, "second article: $4 trillion\n");
  }
  VerifyReport report = Verify(dir.path, &clock);
  REQUIRE(report.problem.code() == Status::Code::kCorruption);
  REQUIRE_THAT(report.problem.message(), Catch::Contains(sha));
}

TEST_CASE("verify names a deleted event and a damaged stream index", "[verify]") {
  TempDir dir;
  FixedClock clock("2026-05-23T18:15:00.000Z");
  Populate(dir.path, &clock);
  SECTION("an event removed from the middle") {
    {
      RawDb raw(dir.path);
      raw.Delete(RawDb::kEvents, keys::EncodeU64(5));
    }
    REQUIRE_THAT(Verify(dir.path, &clock).problem.message(), Catch::StartsWith("event 5: missing"));
  }
  SECTION("a stream index entry pointing elsewhere") {
    {
      RawDb raw(dir.path);
      raw.Put(RawDb::kStreams, keys::StreamKey("story-ai-roi", 1), keys::EncodeU64(1));
    }
    REQUIRE_THAT(Verify(dir.path, &clock).problem.message(), Catch::Contains("story-ai-roi@1"));
  }
}

TEST_CASE("verify names an event whose type this build does not know, even with the chain rewritten", "[verify]") {
  TempDir dir;
  FixedClock clock("2026-05-23T18:15:00.000Z");
  Populate(dir.path, &clock);
  std::string prev = GenesisHash();
  {
    RawDb raw(dir.path);
    for (uint64_t position = 1; position <= 13; ++position) {
      auto event = DecodeEvent(raw.Get(RawDb::kEvents, keys::EncodeU64(position)));
      REQUIRE(event.ok());
      if (position == 13) event->type = "StoryArchived";  // the last event, renamed
      event->prev_hash = prev;
      raw.Put(RawDb::kEvents, keys::EncodeU64(position), EncodeEvent(&*event));
      prev = event->hash;
    }
    raw.Put(RawDb::kMeta, "chain_head", prev);
  }
  REQUIRE(WriteHeadRecord(dir.path, HeadRecord{13, prev}).ok());
  VerifyReport report = Verify(dir.path, &clock);
  REQUIRE(report.problem.code() == Status::Code::kCorruption);
  REQUIRE(report.problem.message() == "event 13: its type `StoryArchived` is not an event type of store format 3");
}
