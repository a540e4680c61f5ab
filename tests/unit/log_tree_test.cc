// The Merkle tree the store keeps beside its log (store/log_tree.h, doc/storage-format.md): levels
// 4 and up and the edge below. Appends and imports extend it in their own batch, a store made before
// it is completed by the next writer (and proven in memory by a reader until then), one of the
// layout before format 3 is read as it is, and verify compares every kept subtree with the tree
// recomputed from the events.
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "audit/verify.h"
#include "dossier/event_store.h"
#include "model/source_events.h"
#include "store/key_layout.h"
#include "store/log_tree.h"
#include "store/merkle_frontier.h"
#include "raw_db.h"
#include "temp_dir.h"

using namespace dossier;

namespace {

struct Fixture {
  Fixture() : clock("2026-05-23T18:15:00.000Z") {
    REQUIRE(EventStore::Create(dir.path).ok());
    Open(OpenMode::kReadWrite);
  }
  void Open(OpenMode mode) {
    store.reset();
    auto opened = EventStore::Open(dir.path, mode, &clock);
    REQUIRE(opened.ok());
    store = std::move(*opened);
  }
  void Append(int events) {
    AppendBatch batch;
    batch.recorded_by = "tester";
    batch.correlation = "c";
    for (int i = 0; i < events; ++i) {
      NewEvent e;
      // A real event type: verify decodes every payload (log_check.h).
      e.stream = fmt::format("story-s{}", store->head_position() + i);
      e.type = std::string(kStoryCreated);
      e.payload = fmt::format(R"({{"slug":"s{}","title":"t"}})", store->head_position() + i);
      batch.events.push_back(e);
    }
    REQUIRE(store->Append(batch).ok());
  }
  // The tree heads RFC 9162 gives the events' hashes, computed here from the log alone: of every
  // prefix of the log, from the empty one to the whole.
  std::vector<TreeHead> PrefixHeads() {
    std::vector<TreeHead> heads(1, MerkleFrontier().Head());
    MerkleFrontier frontier;
    REQUIRE(store->ReadAll(1, [&](const RecordedEvent& e) {
      frontier.Append(*EventLeafHash(e.hash), [](unsigned, uint64_t, const MerkleHash&) {});
      heads.push_back(frontier.Head());
      return true;
    }).ok());
    return heads;
  }
  TreeHead HeadOfEvents() { return PrefixHeads().back(); }
  // That `tree` proves every event in the head `now`, and every head of `earlier` a prefix of it.
  void RequireProofs(const LogTree& tree, const TreeHead& now, const std::vector<TreeHead>& earlier) {
    REQUIRE(store->ReadAll(1, [&](const RecordedEvent& e) {
      Result<std::vector<MerkleHash>> proof = tree.InclusionProofOf(e.position);
      REQUIRE(proof.ok());
      REQUIRE(VerifyInclusion(e.position - 1, *EventLeafHash(e.hash), *proof, now));
      return true;
    }).ok());
    for (const TreeHead& old_head : earlier) {
      Result<std::vector<MerkleHash>> proof = ConsistencyProof(tree, old_head.size, now.size);
      REQUIRE(proof.ok());
      REQUIRE(VerifyConsistency(old_head, now, *proof));
    }
  }
  // The (level, index) of every subtree the store keeps.
  std::vector<std::pair<unsigned, uint64_t>> KeptRows() {
    std::vector<std::pair<unsigned, uint64_t>> rows;
    for (unsigned level = 0; level < 64; ++level) {
      REQUIRE(store->ScanMerkleSubtrees(level, 0, UINT64_MAX, [&](uint64_t index, std::string_view) {
        rows.emplace_back(level, index);
        return true;
      }).ok());
    }
    return rows;
  }
  // What the store should keep for `size` events: every complete subtree of level 4 and up, and
  // below it the tree's right edge.
  static std::vector<std::pair<unsigned, uint64_t>> RowsOfLayout(uint64_t size) {
    std::vector<std::pair<unsigned, uint64_t>> rows;
    for (unsigned level = 0; level < 64; ++level) {
      if (level >= keys::kLowestKeptMerkleLevel) {
        for (uint64_t index = 0; index < size >> level; ++index) rows.emplace_back(level, index);
      } else if ((size >> level & 1) != 0) {
        rows.emplace_back(level, (size >> level) - 1);
      }
    }
    return rows;
  }
  LogTree Tree() {
    Result<LogTree> tree = LogTree::Open(*store);
    REQUIRE(tree.ok());
    return std::move(*tree);
  }
  VerifyReport Verify() {
    Result<VerifyReport> report = VerifyStore(*store);
    REQUIRE(report.ok());
    return *report;
  }
  // What a store made before the tree holds: every event, no tree.
  void DropTree() {
    store.reset();
    RawDb raw(dir.path);
    std::unique_ptr<rocksdb::Iterator> it(raw.db->NewIterator({}, raw.handles[RawDb::kMeta]));
    std::vector<std::string> keys;
    for (it->Seek(std::string(keys::kMerklePrefix)); it->Valid() && it->key().starts_with(std::string(keys::kMerklePrefix)); it->Next()) {
      keys.push_back(it->key().ToString());
    }
    REQUIRE(!keys.empty());
    for (const std::string& key : keys) raw.Delete(RawDb::kMeta, key);
    raw.Delete(RawDb::kMeta, std::string(keys::kMerkleSize));
  }

  TempDir dir;
  FixedClock clock;
  std::unique_ptr<EventStore> store;
};

}  // namespace

TEST_CASE("appends keep the tree: every event proven in every later head, every head a prefix of the next",
          "[merkle][store]") {
  Fixture f;
  REQUIRE(f.Tree().head() == f.HeadOfEvents());  // the empty log
  std::vector<TreeHead> heads;
  for (int events : {1, 1, 3, 2, 8, 1, 5, 16, 4}) {
    f.Append(events);
    REQUIRE(f.store->merkle_size() == f.store->head_position());
    REQUIRE(f.KeptRows() == Fixture::RowsOfLayout(f.store->head_position()));
    LogTree tree = f.Tree();
    REQUIRE(tree.hashed_at_open() == 0);
    REQUIRE(tree.head() == f.HeadOfEvents());
    heads.push_back(tree.head());
  }
  f.Open(OpenMode::kReadOnly);
  LogTree tree = f.Tree();
  const TreeHead now = tree.head();
  REQUIRE(now.size == 41);
  f.RequireProofs(tree, now, heads);
  VerifyReport report = f.Verify();
  REQUIRE(report.problem.ok());
  REQUIRE(report.tree == now);
  REQUIRE(report.tree_kept == 41);
}

TEST_CASE("a store made before the tree is proven in memory by readers and completed by the next writer",
          "[merkle][store]") {
  Fixture f;
  f.Append(7);
  f.Append(13);
  const TreeHead head = f.HeadOfEvents();
  f.DropTree();

  f.Open(OpenMode::kReadOnly);
  REQUIRE(f.store->merkle_size() == 0);
  REQUIRE(f.Tree().hashed_at_open() == 20);
  REQUIRE(f.Tree().head() == head);
  VerifyReport before = f.Verify();
  REQUIRE(before.problem.ok());
  REQUIRE(before.tree == head);
  REQUIRE(before.tree_kept == 0);

  f.Open(OpenMode::kReadWrite);
  REQUIRE(f.store->merkle_size() == 20);
  f.Open(OpenMode::kReadOnly);
  REQUIRE(f.Tree().hashed_at_open() == 0);
  REQUIRE(f.Tree().head() == head);
  VerifyReport after = f.Verify();
  REQUIRE(after.problem.ok());
  REQUIRE(after.tree_kept == 20);

  // And the completed tree goes on growing with the log.
  f.Open(OpenMode::kReadWrite);
  f.Append(3);
  REQUIRE(f.Tree().head() == f.HeadOfEvents());
  REQUIRE(f.Verify().problem.ok());
}

TEST_CASE("import writes the tree of the events it imports", "[merkle][store][import]") {
  Fixture source;
  source.Append(11);
  std::vector<std::string> events;
  REQUIRE(source.store->ScanEncodedEvents([&](uint64_t, std::string_view bytes) {
    events.emplace_back(bytes);
    return true;
  }).ok());
  Fixture target;
  REQUIRE(target.store->Import(events, {}).ok());
  REQUIRE(target.store->merkle_size() == 11);
  REQUIRE(target.Tree().hashed_at_open() == 0);
  REQUIRE(target.Tree().head() == source.Tree().head());
  REQUIRE(target.Verify().problem.ok());
}

TEST_CASE("verify names a kept subtree that is not the hash of its events, or one kept past the tree",
          "[merkle][store][verify]") {
  Fixture f;
  f.Append(40);  // kept: events 1-16 and 17-32 (level 4), 1-32 (level 5); the edge 33-40 (level 3)
  const TreeHead head = f.HeadOfEvents();
  f.store.reset();

  SECTION("a flipped byte in the subtree of events 17 to 32") {
    {
      RawDb raw(f.dir.path);
      std::string hash = raw.Get(RawDb::kMeta, keys::MerkleKey(4, 1));
      hash[7] ^= 0x20;
      raw.Put(RawDb::kMeta, keys::MerkleKey(4, 1), hash);
    }
    f.Open(OpenMode::kReadOnly);
    VerifyReport report = f.Verify();
    REQUIRE(report.problem.code() == Status::Code::kCorruption);
    REQUIRE(report.problem.message() == "the Merkle tree's subtree over events 17 to 32 (level 4) is not the hash of those events");
    REQUIRE(report.tree == head);  // the events' own head, whatever the store keeps
    // A proof through that subtree now leads elsewhere: event 1's does not reach the events' head.
    LogTree tree = f.Tree();
    Result<RecordedEvent> first = f.store->ReadEvent(1);
    REQUIRE(first.ok());
    REQUIRE_FALSE(VerifyInclusion(0, *EventLeafHash(first->hash), *tree.InclusionProofOf(1), head));
  }
  SECTION("a missing subtree of the edge") {
    {
      RawDb raw(f.dir.path);
      raw.Delete(RawDb::kMeta, keys::MerkleKey(3, 4));
    }
    f.Open(OpenMode::kReadOnly);
    REQUIRE(f.Verify().problem.message() == "the Merkle tree's subtree over events 33 to 40 (level 3) is missing");
  }
  SECTION("a subtree kept past the events the tree holds") {
    {
      RawDb raw(f.dir.path);
      raw.Put(RawDb::kMeta, keys::MerkleKey(4, 3), std::string(32, 'x'));
    }
    f.Open(OpenMode::kReadOnly);
    REQUIRE(f.Verify().problem.message() ==
            "the Merkle tree's subtree over events 49 to 64 (level 4) is kept, but the tree holds only events 1 to 40");
  }
}

TEST_CASE("a store of the layout before format 3, which kept every level, is read as it is and brought over by "
          "its next append", "[merkle][store]") {
  Fixture f;
  f.Append(37);
  // What a build of format 2 left: every complete subtree of every level, and the format it wrote.
  std::vector<std::pair<std::pair<unsigned, uint64_t>, MerkleHash>> every;
  MerkleFrontier frontier;
  REQUIRE(f.store->ReadAll(1, [&](const RecordedEvent& e) {
    frontier.Append(*EventLeafHash(e.hash), [&](unsigned level, uint64_t index, const MerkleHash& hash) {
      every.push_back({{level, index}, hash});
    });
    return true;
  }).ok());
  f.store.reset();
  {
    RawDb raw(f.dir.path);
    for (const auto& [at, hash] : every) raw.Put(RawDb::kMeta, keys::MerkleKey(at.first, at.second), std::string(MerkleBytes(hash)));
    raw.Put(RawDb::kMeta, std::string(keys::kFormatVersion), "2");
  }
  f.Open(OpenMode::kReadOnly);
  REQUIRE(f.KeptRows().size() == every.size());
  // Read as it is: the rows below level 4 are not read, but what they hold is what the events give.
  const TreeHead head = f.HeadOfEvents();
  LogTree tree = f.Tree();
  REQUIRE(tree.head() == head);
  f.RequireProofs(tree, head, {});
  REQUIRE(f.Verify().problem.ok());

  // The next append drops them in its own batch and raises the format, so that a build of format 2
  // (which would look for them) refuses the store.
  f.Open(OpenMode::kReadWrite);
  f.Append(2);
  REQUIRE(f.KeptRows() == Fixture::RowsOfLayout(39));
  f.store.reset();
  {
    RawDb raw(f.dir.path);
    REQUIRE(raw.Get(RawDb::kMeta, std::string(keys::kFormatVersion)) == std::to_string(kStoreFormatVersion));
  }
  f.Open(OpenMode::kReadOnly);
  REQUIRE(f.Tree().head() == f.HeadOfEvents());
  REQUIRE(f.Verify().problem.ok());
}

TEST_CASE("with the subtrees below level 4 hashed from the events, every event and every earlier head is proven, and "
          "rows kept there off the edge are never read", "[merkle][store]") {
  Fixture f;
  f.Append(45);
  const TreeHead head = f.HeadOfEvents();
  f.store.reset();
  {
    RawDb raw(f.dir.path);  // rows the layout does not keep, all wrong
    for (uint64_t index = 0; index < 20; ++index) raw.Put(RawDb::kMeta, keys::MerkleKey(0, index), std::string(32, 'x'));
    raw.Put(RawDb::kMeta, keys::MerkleKey(2, 3), std::string(32, 'x'));
  }
  f.Open(OpenMode::kReadOnly);
  LogTree tree = f.Tree();
  REQUIRE(tree.head() == head);
  f.RequireProofs(tree, head, f.PrefixHeads());
  REQUIRE(f.Verify().problem.ok());
}
