// The event store's contract (include/dossier/event_store.h): appends and reads, positions and
// stream versions, expected-version conflicts, atomicity, the hash chain, durability, the format
// version, one writer at a time, import and projection state.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "dossier/event_store.h"
#include "model/envelope.h"
#include "store/key_layout.h"
#include "util/sha256.h"
#include "raw_db.h"
#include "temp_dir.h"

using namespace dossier;

namespace {

constexpr const char* kNow = "2026-05-23T18:15:00.000Z";

NewEvent Event(std::string stream, std::string type, std::string payload,
               std::optional<std::string> occurred_at = std::nullopt) {
  NewEvent event;
  event.stream = std::move(stream);
  event.type = std::move(type);
  event.payload = std::move(payload);
  event.occurred_at = std::move(occurred_at);
  return event;
}

AppendBatch Batch(std::vector<NewEvent> events, std::vector<std::pair<std::string, int64_t>> expected = {}) {
  AppendBatch batch;
  batch.recorded_by = "tester";
  batch.correlation = "corr-1";
  batch.events = std::move(events);
  batch.expected = std::move(expected);
  return batch;
}

// A fresh store in a temporary directory, open for writing.
struct StoreFixture {
  StoreFixture() : clock(kNow) {
    REQUIRE(EventStore::Create(dir.path).ok());
    Reopen(OpenMode::kReadWrite);
  }
  void Reopen(OpenMode mode) {
    store.reset();
    auto opened = EventStore::Open(dir.path, mode, &clock);
    REQUIRE(opened.ok());
    store = std::move(*opened);
  }
  void Close() { store.reset(); }
  AppendResult Append(AppendBatch batch) {
    auto result = store->Append(batch);
    REQUIRE(result.ok());
    return *result;
  }
  std::vector<RecordedEvent> All(uint64_t from = 1) {
    std::vector<RecordedEvent> events;
    REQUIRE(store->ReadAll(from, [&](const RecordedEvent& e) {
      events.push_back(e);
      return true;
    }).ok());
    return events;
  }
  std::vector<RecordedEvent> Stream(std::string_view stream) {
    std::vector<RecordedEvent> events;
    REQUIRE(store->ReadStream(stream, [&](const RecordedEvent& e) {
      events.push_back(e);
      return true;
    }).ok());
    return events;
  }
  std::vector<std::string> EncodedEvents() {
    std::vector<std::string> encoded;
    REQUIRE(store->ScanEncodedEvents([&](uint64_t, std::string_view bytes) {
      encoded.emplace_back(bytes);
      return true;
    }).ok());
    return encoded;
  }
  std::map<std::string, std::string> Blobs() {
    std::map<std::string, std::string> blobs;
    REQUIRE(store->ScanBlobs([&](std::string_view sha, std::string_view bytes) {
      blobs.emplace(sha, bytes);
      return true;
    }).ok());
    return blobs;
  }
  std::vector<std::string> StreamIndex() {
    std::vector<std::string> entries;
    REQUIRE(store->ScanStreamIndex([&](std::string_view stream, uint64_t version, uint64_t position) {
      entries.push_back(fmt::format("{}@{}={}", stream, version, position));
      return true;
    }).ok());
    return entries;
  }
  uint64_t VersionOf(std::string_view stream) {
    auto version = store->StreamVersion(stream);
    REQUIRE(version.ok());
    return *version;
  }

  TempDir dir;
  FixedClock clock;
  std::unique_ptr<EventStore> store;
};

// Everything a failed append must leave as it was.
struct Snapshot {
  explicit Snapshot(StoreFixture& f)
      : head(f.store->head_position()), chain_head(f.store->chain_head()), events(f.EncodedEvents()),
        index(f.StreamIndex()), blobs(f.Blobs()) {}
  bool operator==(const Snapshot& o) const {
    return head == o.head && chain_head == o.chain_head && events == o.events && index == o.index &&
           blobs == o.blobs;
  }
  uint64_t head;
  std::string chain_head;
  std::vector<std::string> events;
  std::vector<std::string> index;
  std::map<std::string, std::string> blobs;
};

}  // namespace

TEST_CASE("a new store is empty, creating it twice or opening a directory without one fails", "[store]") {
  StoreFixture f;
  REQUIRE(f.store->head_position() == 0);
  REQUIRE(f.store->chain_head() == GenesisHash());
  REQUIRE(f.All().empty());
  REQUIRE(f.VersionOf("source-a") == 0);
  REQUIRE(f.store->ReadEvent(1).status().code() == Status::Code::kNotFound);

  f.Close();
  Status again = EventStore::Create(f.dir.path);
  REQUIRE(again.code() == Status::Code::kInvalidInput);
  REQUIRE_THAT(again.message(), Catch::Contains("already holds a dossier store"));

  TempDir empty;
  auto opened = EventStore::Open(empty.path, OpenMode::kReadOnly, &f.clock);
  REQUIRE(opened.status().code() == Status::Code::kNotFound);
  REQUIRE_THAT(opened.status().message(), Catch::Contains(empty.path));
}

TEST_CASE("appended events read back whole, with gap-free positions and per-stream versions", "[store]") {
  StoreFixture f;
  AppendResult first = f.Append(Batch({Event("source-a", "SourceRecorded", R"({"n":1})", "2026-05-16"),
                                       Event("story-x", "StoryCreated", R"({"n":2})"),
                                       Event("source-a", "SourceRecorded", R"({"n":3,"s":"\u00e9\n"})")}));
  REQUIRE(first.first_position == 1);
  REQUIRE(first.last_position == 3);
  AppendResult second = f.Append(Batch({Event("story-x", "SourceAttached", R"({"n":4})")}));
  REQUIRE(second.first_position == 4);
  REQUIRE(second.last_position == 4);
  REQUIRE(f.store->head_position() == 4);

  std::vector<RecordedEvent> all = f.All();
  REQUIRE(all.size() == 4);
  for (size_t i = 0; i < all.size(); ++i) REQUIRE(all[i].position == i + 1);
  const RecordedEvent& e1 = all[0];
  REQUIRE(e1.stream == "source-a");
  REQUIRE(e1.version == 1);
  REQUIRE(e1.type == "SourceRecorded");
  REQUIRE(e1.schema_version == 1);
  REQUIRE(e1.recorded_at == kNow);
  REQUIRE(e1.occurred_at == std::optional<std::string>("2026-05-16"));
  REQUIRE(e1.recorded_by == "tester");
  REQUIRE(e1.correlation == "corr-1");
  REQUIRE(e1.payload == R"({"n":1})");
  REQUIRE_FALSE(all[1].occurred_at.has_value());
  REQUIRE(all[2].payload == R"({"n":3,"s":"\u00e9\n"})");  // byte for byte, escapes kept
  REQUIRE(all[2].version == 2);
  REQUIRE(all[3].version == 2);  // story-x's second event

  REQUIRE(f.VersionOf("source-a") == 2);
  REQUIRE(f.VersionOf("story-x") == 2);

  std::vector<RecordedEvent> stream = f.Stream("story-x");
  REQUIRE(stream.size() == 2);
  REQUIRE(stream[0].position == 2);
  REQUIRE(stream[1].position == 4);
  REQUIRE(stream[1].type == "SourceAttached");

  std::vector<RecordedEvent> from3 = f.All(3);
  REQUIRE(from3.size() == 2);
  REQUIRE(from3[0].position == 3);

  auto read = f.store->ReadEvent(3);
  REQUIRE(read.ok());
  REQUIRE(read->hash == all[2].hash);
  REQUIRE(read->payload == all[2].payload);
  REQUIRE(f.store->ReadEvent(5).status().code() == Status::Code::kNotFound);
}

TEST_CASE("a stream whose name begins another's has its own version and index", "[store]") {
  StoreFixture f;
  f.Append(Batch({Event("source-ab", "T", "{}"), Event("source-ab", "T", "{}")}));
  REQUIRE(f.VersionOf("source-a") == 0);
  REQUIRE(f.Stream("source-a").empty());
  f.Append(Batch({Event("source-a", "T", "{}")}, {{"source-a", kNoStream}}));
  REQUIRE(f.VersionOf("source-a") == 1);
  REQUIRE(f.VersionOf("source-ab") == 2);
  REQUIRE(f.Stream("source-ab").size() == 2);
}

TEST_CASE("ReadStreamEvent finds one version of a stream by its index, and nothing past it", "[store]") {
  StoreFixture f;
  f.Append(Batch({Event("source-ab", "T", R"({"n":1})"), Event("source-a", "T", R"({"n":2})"),
                  Event("source-ab", "T", R"({"n":3})")}));
  auto second = f.store->ReadStreamEvent("source-ab", 2);
  REQUIRE(second.ok());
  CHECK(second->position == 3);
  CHECK(second->version == 2);
  CHECK(second->payload == R"({"n":3})");
  auto other = f.store->ReadStreamEvent("source-a", 1);
  REQUIRE(other.ok());
  CHECK(other->position == 2);
  for (auto [stream, version] : {std::pair<const char*, uint64_t>{"source-ab", 3}, {"source-a", 2}, {"source-b", 1},
                                 {"source-ab", 0}}) {
    CHECK(f.store->ReadStreamEvent(stream, version).status().code() == Status::Code::kNotFound);
  }
}

TEST_CASE("ReadAll and ReadStream stop when the callback returns false", "[store]") {
  StoreFixture f;
  f.Append(Batch({Event("source-a", "T", "{}"), Event("source-a", "T", "{}"), Event("source-a", "T", "{}")}));
  int calls = 0;
  REQUIRE(f.store->ReadAll(1, [&](const RecordedEvent&) { return ++calls < 2; }).ok());
  REQUIRE(calls == 2);
  calls = 0;
  REQUIRE(f.store->ReadStream("source-a", [&](const RecordedEvent&) { return ++calls < 1; }).ok());
  REQUIRE(calls == 1);
}

TEST_CASE("a wrong expected version is a conflict that writes nothing", "[store]") {
  StoreFixture f;
  f.Append(Batch({Event("source-a", "T", R"({"n":1})")}, {{"source-a", kNoStream}}));
  f.Append(Batch({Event("source-a", "T", R"({"n":2})")}, {{"source-a", 1}}));
  const Snapshot before(f);

  std::vector<std::pair<std::string, int64_t>> expected;
  std::string message;
  SECTION("kNoStream on a stream that exists") {
    expected = {{"source-a", kNoStream}};
    message = "stream source-a is at version 2, expected 0";
  }
  SECTION("an exact version that is behind") {
    expected = {{"source-a", 1}};
    message = "stream source-a is at version 2, expected 1";
  }
  SECTION("an exact version that is ahead") {
    expected = {{"source-a", 3}};
    message = "stream source-a is at version 2, expected 3";
  }
  SECTION("one right and one wrong expectation in the same batch") {
    expected = {{"source-b", kNoStream}, {"source-a", 5}};
    message = "stream source-a is at version 2, expected 5";
  }
  auto result = f.store->Append(Batch({Event("source-a", "T", "{}"), Event("source-b", "T", "{}")}, expected));
  REQUIRE(result.status().code() == Status::Code::kConflict);
  REQUIRE_THAT(result.status().message(), Catch::Contains(message));
  REQUIRE(Snapshot(f) == before);
  REQUIRE(f.VersionOf("source-b") == 0);
}

TEST_CASE("a matching or any expected version appends", "[store]") {
  StoreFixture f;
  f.Append(Batch({Event("source-a", "T", "{}")}, {{"source-a", kNoStream}}));
  f.Append(Batch({Event("source-a", "T", "{}")}, {{"source-a", 1}}));
  f.Append(Batch({Event("source-a", "T", "{}")}, {{"source-a", kAnyVersion}}));
  f.Append(Batch({Event("source-b", "T", "{}")}, {{"source-b", kAnyVersion}}));
  REQUIRE(f.VersionOf("source-a") == 3);
  REQUIRE(f.VersionOf("source-b") == 1);
  REQUIRE(f.store->head_position() == 4);
}

TEST_CASE("an append that fails part way writes none of it", "[store]") {
  StoreFixture f;
  const std::string text = "an article\n";
  AppendBatch seed = Batch({Event("source-a", "SourceRecorded", "{}")});
  seed.blobs.emplace_back(Sha256Hex(text), text);
  f.Append(seed);
  const Snapshot before(f);
  const std::string other = "another article\n";

  SECTION("a blob whose bytes do not match its hash") {
    AppendBatch batch = Batch({Event("source-b", "SourceRecorded", "{}"), Event("story-x", "T", "{}")});
    batch.blobs.emplace_back(Sha256Hex(other), other);  // a good blob first...
    batch.blobs.emplace_back(Sha256Hex(other), "tampered\n");  // ...then a bad one
    auto result = f.store->Append(batch);
    REQUIRE(result.status().code() == Status::Code::kInvalidInput);
    REQUIRE_THAT(result.status().message(), Catch::Contains(Sha256Hex(other)));
    REQUIRE(f.store->GetBlob(Sha256Hex(other)).status().code() == Status::Code::kNotFound);
  }
  SECTION("a bad stream name after good events") {
    auto result = f.store->Append(Batch({Event("source-b", "T", "{}"), Event("Not A Stream", "T", "{}")}));
    REQUIRE(result.status().code() == Status::Code::kInvalidInput);
    REQUIRE_THAT(result.status().message(), Catch::Contains("Not A Stream"));
  }
  REQUIRE(Snapshot(f) == before);
  f.Close();
  f.Reopen(OpenMode::kReadOnly);  // nothing reached the disk either
  REQUIRE(Snapshot(f) == before);
}

TEST_CASE("every event's prev is the hash of the one before, and its hash is its content's", "[store]") {
  StoreFixture f;
  f.Append(Batch({Event("source-a", "T", R"({"n":1})"), Event("source-b", "T", R"({"n":2})")}));
  f.Append(Batch({Event("source-a", "T", R"({"n":3})")}));
  f.Append(Batch({Event("source-c", "T", R"({"n":4})")}));

  std::string prev = GenesisHash();
  std::vector<std::string> hashes;
  for (const std::string& bytes : f.EncodedEvents()) {
    auto event = DecodeEvent(bytes);
    REQUIRE(event.ok());
    REQUIRE(event->prev_hash == prev);
    auto recomputed = RecomputeEventHash(bytes);
    REQUIRE(recomputed.ok());
    REQUIRE(*recomputed == event->hash);
    REQUIRE(IsSha256Hex(event->hash));
    hashes.push_back(event->hash);
    prev = event->hash;
  }
  REQUIRE(hashes.size() == 4);
  REQUIRE(std::set<std::string>(hashes.begin(), hashes.end()).size() == 4);
  REQUIRE(f.store->chain_head() == prev);
}

TEST_CASE("what an append wrote is there after reopening, and the log goes on from it", "[store]") {
  StoreFixture f;
  const std::string text = "kept text\n";
  AppendBatch batch = Batch({Event("source-a", "T", R"({"n":1})"), Event("source-a", "T", R"({"n":2})")});
  batch.blobs.emplace_back(Sha256Hex(text), text);
  f.Append(batch);
  const std::vector<std::string> written = f.EncodedEvents();
  const std::string head_hash = f.store->chain_head();

  f.Reopen(OpenMode::kReadWrite);
  REQUIRE(f.store->head_position() == 2);
  REQUIRE(f.store->chain_head() == head_hash);
  REQUIRE(f.EncodedEvents() == written);
  REQUIRE(f.VersionOf("source-a") == 2);
  auto blob = f.store->GetBlob(Sha256Hex(text));
  REQUIRE(blob.ok());
  REQUIRE(*blob == text);

  AppendResult next = f.Append(Batch({Event("source-a", "T", R"({"n":3})")}, {{"source-a", 2}}));
  REQUIRE(next.first_position == 3);
  auto third = f.store->ReadEvent(3);
  REQUIRE(third.ok());
  REQUIRE(third->prev_hash == head_hash);
  REQUIRE(third->version == 3);
}

TEST_CASE("a store written by a newer format is refused, saying so", "[store]") {
  StoreFixture f;
  f.Close();
  {
    RawDb raw(f.dir.path);
    REQUIRE(raw.Get(RawDb::kMeta, std::string(keys::kFormatVersion)) == std::to_string(kStoreFormatVersion));
    raw.Put(RawDb::kMeta, std::string(keys::kFormatVersion), std::to_string(kStoreFormatVersion + 1));
  }
  for (OpenMode mode : {OpenMode::kReadWrite, OpenMode::kReadOnly}) {
    auto opened = EventStore::Open(f.dir.path, mode, &f.clock);
    REQUIRE(opened.status().code() == Status::Code::kNotSupported);
    REQUIRE_THAT(opened.status().message(), Catch::Contains("newer"));
    REQUIRE_THAT(opened.status().message(), Catch::Contains(f.dir.path));
  }
}

TEST_CASE("a database without a format version is not taken for a store", "[store]") {
  StoreFixture f;
  f.Close();
  {
    RawDb raw(f.dir.path);
    raw.Delete(RawDb::kMeta, std::string(keys::kFormatVersion));
  }
  auto opened = EventStore::Open(f.dir.path, OpenMode::kReadOnly, &f.clock);
  REQUIRE(opened.status().code() == Status::Code::kCorruption);
  REQUIRE_THAT(opened.status().message(), Catch::Contains("no format version"));
}

TEST_CASE("a second writer is refused, naming the holder's pid, readers open beside the writer", "[store]") {
  StoreFixture f;
  f.Append(Batch({Event("source-a", "T", "{}")}));

  auto second = EventStore::Open(f.dir.path, OpenMode::kReadWrite, &f.clock);
  REQUIRE(second.status().code() == Status::Code::kStoreInUse);
  REQUIRE_THAT(second.status().message(), Catch::Contains(fmt::format("(pid {})", ::getpid())));
  REQUIRE(EventStore::Create(f.dir.path).code() != Status::Code::kOk);

  auto reader = EventStore::Open(f.dir.path, OpenMode::kReadOnly, &f.clock);
  REQUIRE(reader.ok());
  REQUIRE((*reader)->head_position() == 1);
  auto event = (*reader)->ReadEvent(1);
  REQUIRE(event.ok());
  REQUIRE(event->hash == f.store->chain_head());
  REQUIRE((*reader)->Append(Batch({Event("source-a", "T", "{}")})).status().code() ==
          Status::Code::kNotSupported);
  REQUIRE((*reader)->CommitProjections({{"p", 1, 1, false, {}, {}}}).code() == Status::Code::kNotSupported);

  f.Append(Batch({Event("source-a", "T", "{}")}));
  REQUIRE((*reader)->head_position() == 1);  // the log as of its opening

  f.Close();  // the writer's lock goes with it
  auto next_writer = EventStore::Open(f.dir.path, OpenMode::kReadWrite, &f.clock);
  REQUIRE(next_writer.ok());
  REQUIRE((*next_writer)->head_position() == 2);
}

TEST_CASE("import of an exported log gives identical events and hashes", "[store][import]") {
  StoreFixture source;
  const std::string text = "imported text\n";
  AppendBatch batch = Batch({Event("source-a", "SourceRecorded", R"({"n":1})", "2026-05-16"),
                             Event("story-x", "StoryCreated", R"({"n":2})")});
  batch.blobs.emplace_back(Sha256Hex(text), text);
  source.Append(batch);
  source.Append(Batch({Event("source-a", "SourceRecorded", R"({"n":3})")}));
  const std::vector<std::string> events = source.EncodedEvents();
  const std::map<std::string, std::string> blobs = source.Blobs();
  const std::vector<std::pair<std::string, std::string>> blob_list(blobs.begin(), blobs.end());

  StoreFixture target;
  REQUIRE(target.store->Import(events, blob_list).ok());
  REQUIRE(target.store->head_position() == 3);
  REQUIRE(target.store->chain_head() == source.store->chain_head());
  REQUIRE(target.EncodedEvents() == events);
  REQUIRE(target.StreamIndex() == source.StreamIndex());
  REQUIRE(target.Blobs() == blobs);

  target.Reopen(OpenMode::kReadWrite);
  REQUIRE(target.store->chain_head() == source.store->chain_head());
  AppendResult next = target.Append(Batch({Event("source-a", "T", "{}")}, {{"source-a", 2}}));
  REQUIRE(next.first_position == 4);

  Status into_nonempty = target.store->Import(events, blob_list);
  REQUIRE(into_nonempty.code() == Status::Code::kInvalidInput);
  REQUIRE_THAT(into_nonempty.message(), Catch::Contains("not empty"));
}

TEST_CASE("import refuses a broken chain or a text that does not match its hash, writing nothing", "[store][import]") {
  StoreFixture source;
  const std::string text = "imported text\n";
  AppendBatch batch = Batch({Event("source-a", "T", R"({"n":1})"), Event("source-a", "T", R"({"n":2})"),
                             Event("source-a", "T", R"({"n":3})")});
  batch.blobs.emplace_back(Sha256Hex(text), text);
  source.Append(batch);
  std::vector<std::string> events = source.EncodedEvents();
  std::vector<std::pair<std::string, std::string>> blobs = {{Sha256Hex(text), text}};

  std::string expected_message;
  SECTION("an event left out") {
    events.erase(events.begin() + 1);
    expected_message = "event 2:";
  }
  SECTION("two events swapped") {
    std::swap(events[0], events[1]);
    expected_message = "event 1:";
  }
  SECTION("an event altered without fixing its hash") {
    const size_t at = events[1].find("tester");
    events[1].replace(at, 6, "forger");
    expected_message = "event 2: its hash does not match";
  }
  SECTION("an event rewritten with its own hash recomputed") {
    auto event = DecodeEvent(events[1]);
    REQUIRE(event.ok());
    event->recorded_by = "forger";
    events[1] = EncodeEvent(&*event);
    expected_message = "event 3: its previous hash does not match";
  }
  SECTION("a text that does not match its hash") {
    blobs[0].second = "altered text\n";
    expected_message = Sha256Hex(text);
  }
  StoreFixture target;
  Status imported = target.store->Import(events, blobs);
  REQUIRE(imported.code() == Status::Code::kCorruption);
  REQUIRE_THAT(imported.message(), Catch::Contains(expected_message));
  REQUIRE(target.store->head_position() == 0);
  REQUIRE(target.EncodedEvents().empty());
  REQUIRE(target.Blobs().empty());
}

TEST_CASE("scratch rows go into table files, read as rows, apart from the projections, and are dropped whole", "[store][projection]") {
  StoreFixture f;
  using State = std::map<std::string, std::string>;
  auto scan = [&](std::string_view projection) {
    State state;
    REQUIRE(f.store->ScanProjection(projection, [&](std::string_view key, std::string_view value) {
      state.emplace(key, value);
      return true;
    }).ok());
    return state;
  };
  REQUIRE(f.store->CommitProjections({{"sources", 1, 0, false, {{"a", "stored"}}, {}}}).ok());
  REQUIRE(scan("rebuilding/sources").empty());  // no scratch rows yet: nothing to read

  REQUIRE(f.store->WriteScratchRows("rebuilding/sources", {{"a", "1"}, {"b", "2"}, {"c", "3"}}, {}).ok());
  REQUIRE(scan("rebuilding/sources") == State{{"a", "1"}, {"b", "2"}, {"c", "3"}});
  // A later file overrides an earlier one: puts and deletes merged in key order.
  REQUIRE(f.store->WriteScratchRows("rebuilding/sources", {{"b", "20"}, {"d", "4"}}, {"a", "c"}).ok());
  REQUIRE(scan("rebuilding/sources") == State{{"b", "20"}, {"d", "4"}});
  auto row = f.store->GetProjectionRow("rebuilding/sources", "d");
  REQUIRE(row.ok());
  REQUIRE(*row == std::optional<std::string>("4"));
  REQUIRE(scan("sources") == State{{"a", "stored"}});  // the stored rows are apart
  REQUIRE_FALSE(f.store->GetCheckpoint("rebuilding/sources")->has_value());
  // Only names of scratch rows go this way.
  REQUIRE(f.store->WriteScratchRows("sources", {{"x", "1"}}, {}).code() == Status::Code::kInvalidInput);

  REQUIRE(f.store->DropScratchRows().ok());
  REQUIRE(scan("rebuilding/sources").empty());
  REQUIRE(scan("sources") == State{{"a", "stored"}});
  // Written again after a drop, and dropped by the store's close: a reopened store has none.
  REQUIRE(f.store->WriteScratchRows("rebuilding/sources", {{"e", "5"}}, {}).ok());
  REQUIRE(scan("rebuilding/sources") == State{{"e", "5"}});
  f.Reopen(OpenMode::kReadWrite);
  REQUIRE(scan("rebuilding/sources").empty());
  REQUIRE(scan("sources") == State{{"a", "stored"}});

  f.Reopen(OpenMode::kReadOnly);
  REQUIRE(f.store->WriteScratchRows("rebuilding/sources", {{"e", "5"}}, {}).code() == Status::Code::kNotSupported);
}

TEST_CASE("projection state is committed with its checkpoint, clear_first drops only its own state", "[store][projection]") {
  StoreFixture f;
  auto none = f.store->GetCheckpoint("sources");
  REQUIRE(none.ok());
  REQUIRE_FALSE(none->has_value());

  auto scan = [&](std::string_view projection) {
    std::map<std::string, std::string> state;
    REQUIRE(f.store->ScanProjection(projection, [&](std::string_view key, std::string_view value) {
      state.emplace(key, value);
      return true;
    }).ok());
    return state;
  };
  using State = std::map<std::string, std::string>;

  REQUIRE(f.store->CommitProjections({{"sources", 3, 7, false, {{"a", "1"}, {"b", "2"}}, {}}}).ok());
  REQUIRE(f.store->CommitProjections({{"sources-extra", 1, 2, false, {{"z", "9"}}, {}}}).ok());
  auto checkpoint = f.store->GetCheckpoint("sources");
  REQUIRE(checkpoint.ok());
  REQUIRE(checkpoint->has_value());
  REQUIRE((*checkpoint)->code_version == 3);
  REQUIRE((*checkpoint)->position == 7);
  REQUIRE(scan("sources") == State{{"a", "1"}, {"b", "2"}});

  REQUIRE(f.store->CommitProjections({{"sources", 3, 9, false, {{"c", "3"}}, {"a"}}}).ok());
  REQUIRE(scan("sources") == State{{"b", "2"}, {"c", "3"}});
  REQUIRE((*f.store->GetCheckpoint("sources"))->position == 9);

  REQUIRE(f.store->CommitProjections({{"sources", 4, 12, true, {{"d", "4"}}, {}}}).ok());
  REQUIRE(scan("sources") == State{{"d", "4"}});
  REQUIRE(scan("sources-extra") == State{{"z", "9"}});  // another projection's state is kept

  // Several projections in one batch; rows without a checkpoint (a copy under way) remove the one
  // of their name, so no reader believes a partial state.
  ProjectionCommit partial{"sources-extra", 1, std::nullopt, true, {{"y", "8"}}, {}};
  ProjectionCommit copy{"sources-copy", 0, std::nullopt, false, {{"d", "4"}}, {}};
  REQUIRE(f.store->CommitProjections({partial, copy}).ok());
  REQUIRE(scan("sources-extra") == State{{"y", "8"}});
  REQUIRE(scan("sources-copy") == State{{"d", "4"}});
  REQUIRE_FALSE(f.store->GetCheckpoint("sources-extra")->has_value());
  REQUIRE_FALSE(f.store->GetCheckpoint("sources-copy")->has_value());
  REQUIRE(scan("sources") == State{{"d", "4"}});

  f.Reopen(OpenMode::kReadOnly);
  auto reopened = f.store->GetCheckpoint("sources");
  REQUIRE(reopened.ok());
  REQUIRE((*reopened)->code_version == 4);
  REQUIRE((*reopened)->position == 12);
  REQUIRE(scan("sources") == State{{"d", "4"}});
}
