// bench_store: how fast the event store appends and replays, beside raw RocksDB doing the same
// work on the same bytes in the same run (so the ratios hold on any machine).
//
//   append  EventStore::Append of batches of events (hash chain, stream index, head, synced WAL)
//           vs. raw synced WriteBatches of the same stored bytes under the same keys;
//   replay  EventStore::ReadAll, which decodes every event with simdjson into a RecordedEvent,
//           vs. a raw iterator over the same bytes parsed member by member with simdjson.
//
// Appends run in rounds, a share of the store's then the same share raw, so that both meet the
// same load on a shared machine; replays alternate, and the best pass of each counts.
//
// Usage: bench_store [--events N] [--batch N] [--payload-bytes N] [--events-per-stream N]
//                    [--rounds N] [--dir DIR] [--keep]
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <rocksdb/db.h>
#include <rocksdb/options.h>
#include <rocksdb/write_batch.h>

#include "dossier/event_store.h"
#include "raw_events.h"
#include "stopwatch.h"
#include "tool_flags.h"
#include "store/family_options.h"
#include "store/key_layout.h"

namespace {

namespace fs = std::filesystem;
using dossier::EventStore;
using dossier::Status;

struct Options {
  uint64_t events = 1'000'000;
  uint64_t batch = 1'000;
  size_t payload_bytes = 600;
  uint64_t events_per_stream = 10;
  uint64_t rounds = 5;  // appends alternate store and raw in this many rounds; replays run this often
  std::string dir;  // empty: a fresh directory under /tmp
  bool keep = false;
};

[[noreturn]] void Fail(const std::string& message) { FailTool("bench_store", message); }

void Check(const Status& s, const char* what) {
  if (!s.ok()) Fail(fmt::format("{}: {}", what, s.message()));
}

void Check(const rocksdb::Status& s, const char* what) {
  if (!s.ok()) Fail(fmt::format("{}: {}", what, s.ToString()));
}

Options ParseFlags(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string flag = argv[i];
    auto number = [&] { return PositiveNumberFlag("bench_store", argc, argv, &i); };
    if (flag == "--events") {
      options.events = number();
    } else if (flag == "--batch") {
      options.batch = number();
    } else if (flag == "--payload-bytes") {
      options.payload_bytes = number();
    } else if (flag == "--events-per-stream") {
      options.events_per_stream = number();
    } else if (flag == "--rounds") {
      options.rounds = number();
    } else if (flag == "--dir") {
      if (i + 1 >= argc) Fail("--dir needs a directory");
      options.dir = argv[++i];
    } else if (flag == "--keep") {
      options.keep = true;
    } else {
      Fail(fmt::format("unknown option `{}`; usage: bench_store [--events N] [--batch N] "
                       "[--payload-bytes N] [--events-per-stream N] [--rounds N] [--dir DIR] [--keep]", flag));
    }
  }
  return options;
}

// Event `n`'s payload: an article-like JSON object of about `size` bytes, different for each
// event so that compression sees realistic text.
std::string Payload(uint64_t n, size_t size) {
  static const char* const kWords[] = {"capital", "spending", "returns", "data", "centre", "billion",
                                       "model", "revenue", "investors", "chips", "power", "demand",
                                       "the", "of", "and", "in", "a", "to", "growth", "cloud"};
  std::string text;
  uint64_t state = n * 0x9E3779B97F4A7C15ull + 1;
  while (text.size() + 90 < size) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    text += kWords[state % 20];
    text += ' ';
  }
  return fmt::format(R"({{"source_id":"{:016x}","title":"Article {}","outlet":"Bench Daily","text":"{}"}})",
                     n * 0xBF58476D1CE4E5B9ull, n, text);
}

std::string StreamOf(uint64_t n, uint64_t events_per_stream) {
  return fmt::format("source-{:016x}", (n / events_per_stream + 1) * 0x94D049BB133111EBull);
}

// The raw database: one column family with the store's event-family options.
std::unique_ptr<rocksdb::DB> OpenRaw(const std::string& path, bool read_only) {
  rocksdb::Options options(rocksdb::DBOptions(), dossier::DenseJsonFamilyOptions());
  options.create_if_missing = true;
  options.max_background_jobs = 2;  // as the store opens its database
  rocksdb::DB* db = nullptr;
  Check(read_only ? rocksdb::DB::OpenForReadOnly(options, path, &db) : rocksdb::DB::Open(options, path, &db),
        "opening the raw database");
  return std::unique_ptr<rocksdb::DB>(db);
}

// Appends events [first, last) through the store, in batches of o.batch.
void AppendThroughStore(const Options& o, EventStore* store, uint64_t first, uint64_t last, Stopwatch* watch) {
  for (uint64_t from = first; from < last; from += o.batch) {
    dossier::AppendBatch batch;
    batch.recorded_by = "bench";
    batch.correlation = fmt::format("{:032x}", from);
    for (uint64_t n = from; n < std::min(last, from + o.batch); ++n) {
      dossier::NewEvent event;
      event.stream = StreamOf(n, o.events_per_stream);
      event.type = "SourceRecorded";
      event.occurred_at = "2026-05-16";
      event.payload = Payload(n, o.payload_bytes);
      batch.events.push_back(std::move(event));
    }
    watch->Start();
    auto appended = store->Append(batch);
    watch->Stop();
    Check(appended.status(), "append");
  }
}

// Puts the bytes of events [first, last) as `store` holds them into `raw` under the same keys,
// in synced batches of the same size.
void AppendRaw(const Options& o, const EventStore& store, rocksdb::DB* raw, uint64_t first, uint64_t last,
               Stopwatch* watch) {
  std::vector<std::string> values;
  values.reserve(o.batch);
  size_t value_bytes = 0;
  uint64_t next_position = first + 1;  // positions count from 1
  rocksdb::WriteOptions sync;
  sync.sync = true;
  auto flush = [&] {
    watch->Start();
    rocksdb::WriteBatch write(value_bytes + 32 * values.size());  // presized, as the store's
    for (const std::string& value : values) write.Put(dossier::keys::EncodeU64(next_position++), value);
    Check(raw->Write(sync, &write), "raw write");
    watch->Stop();
    values.clear();
    value_bytes = 0;
  };
  Check(store.ScanEncodedEvents([&](uint64_t position, std::string_view bytes) {
    if (position <= first) return true;
    if (position > last) return false;
    values.emplace_back(bytes);
    value_bytes += bytes.size();
    if (values.size() == o.batch) flush();
    return true;
  }), "reading the store's events");
  if (!values.empty()) flush();
}

struct Replay {
  Stopwatch watch;
  uint64_t events = 0;
  uint64_t checksum = 0;  // numbers and string lengths of every member: both replays must agree
};

Replay ReplayStore(const EventStore& store) {
  Replay replay;
  replay.watch.Start();
  Check(store.ReadAll(1, [&](const dossier::RecordedEvent& event) {
    ++replay.events;
    replay.checksum += event.position + event.version + event.schema_version + event.stream.size() +
                       event.type.size() + event.recorded_at.size() + event.occurred_at.value_or("").size() +
                       event.recorded_by.size() + event.correlation.size() + event.payload.size() +
                       event.prev_hash.size() + event.hash.size();
    return true;
  }), "store replay");
  replay.watch.Stop();
  return replay;
}

// Parses every member of every event, as the store's decoder does, without building an event.
Replay ReplayRaw(rocksdb::DB* raw) {
  Replay replay;
  replay.watch.Start();
  rocksdb::ReadOptions read;
  read.readahead_size = 2 << 20;
  std::unique_ptr<rocksdb::Iterator> it(raw->NewIterator(read));
  RawEventsRead events = ReadRawEvents(it.get());
  replay.watch.Stop();
  if (!events.error.empty()) Fail(events.error);
  replay.events = events.events;
  replay.checksum = events.checksum;
  return replay;
}

void PrintRate(const char* what, uint64_t events, const Stopwatch& watch) {
  std::printf("%-30s %10.0f events/s  (%.2f s; %.2f s CPU in this thread)\n", what, events / watch.wall(),
              watch.wall(), watch.cpu());
}

void PrintRatio(const Stopwatch& store, const Stopwatch& raw) {
  const double ratio = raw.wall() / store.wall();
  std::printf("%-30s %10.2f  (target >= 0.50%s; this thread's CPU alone: %.2f)\n", "  ratio store/raw", ratio,
              ratio >= 0.5 ? "" : ", MISSED", raw.cpu() / store.cpu());
}

}  // namespace

int main(int argc, char** argv) {
  const Options o = ParseFlags(argc, argv);
  std::string root = o.dir;
  if (root.empty()) {
    char pattern[] = "/tmp/bench_store-XXXXXX";
    if (mkdtemp(pattern) == nullptr) Fail("cannot make a directory under /tmp");
    root = pattern;
  } else {
    std::error_code error;
    if (!fs::is_empty(root, error) && !error) Fail(fmt::format("{} is not empty", root));
  }
  const std::string store_dir = root + "/store";
  const std::string raw_dir = root + "/raw";
  dossier::SystemClock clock;

  Check(EventStore::Create(store_dir), "creating the store");
  Stopwatch store_append, raw_append;
  {
    auto store = EventStore::Open(store_dir, dossier::OpenMode::kReadWrite, &clock);
    Check(store.status(), "opening the store");
    std::unique_ptr<rocksdb::DB> raw = OpenRaw(raw_dir, /*read_only=*/false);
    // In rounds, store then raw, so that both see the same load on a shared machine.
    const uint64_t per_round = ((o.events + o.rounds - 1) / o.rounds + o.batch - 1) / o.batch * o.batch;
    for (uint64_t first = 0; first < o.events; first += per_round) {
      const uint64_t last = std::min(o.events, first + per_round);
      AppendThroughStore(o, store->get(), first, last, &store_append);
      AppendRaw(o, **store, raw.get(), first, last, &raw_append);
    }
    if ((*store)->head_position() != o.events) Fail("the store did not record every event");
  }

  // Replays read both databases opened read-only, as `dossier log` and `verify` open the store.
  auto store = EventStore::Open(store_dir, dossier::OpenMode::kReadOnly, &clock);
  Check(store.status(), "reopening the store");
  std::unique_ptr<rocksdb::DB> raw = OpenRaw(raw_dir, /*read_only=*/true);
  uint64_t event_bytes = 0;
  Check((*store)->ScanEncodedEvents([&](uint64_t, std::string_view bytes) {
    event_bytes += bytes.size();
    return true;
  }), "sizing the events");
  // Each replay o.rounds times, alternating, best of all: the first pass also warms the caches.
  Replay store_replay, raw_replay;
  for (uint64_t pass = 0; pass < o.rounds; ++pass) {
    Replay s = ReplayStore(**store);
    Replay r = ReplayRaw(raw.get());
    if (s.events != o.events || r.events != o.events) Fail("a replay did not read every event");
    if (s.checksum != r.checksum) Fail("the two replays read different values");
    if (pass == 0 || s.watch.wall() < store_replay.watch.wall()) store_replay = s;
    if (pass == 0 || r.watch.wall() < raw_replay.watch.wall()) raw_replay = r;
  }

  std::printf("bench_store: %llu events (payload %zu bytes, stored event %llu bytes on average), "
              "%llu per append, %llu per stream, synced; %llu rounds\n",
              static_cast<unsigned long long>(o.events), o.payload_bytes,
              static_cast<unsigned long long>(event_bytes / o.events),
              static_cast<unsigned long long>(o.batch), static_cast<unsigned long long>(o.events_per_stream),
              static_cast<unsigned long long>(o.rounds));
  PrintRate("append  EventStore::Append", o.events, store_append);
  PrintRate("append  raw RocksDB puts", o.events, raw_append);
  PrintRatio(store_append, raw_append);
  PrintRate("replay  EventStore::ReadAll", o.events, store_replay.watch);
  PrintRate("replay  raw iterate+parse", o.events, raw_replay.watch);
  PrintRatio(store_replay.watch, raw_replay.watch);

  raw.reset();
  store->reset();
  if (o.keep) {
    std::printf("kept %s\n", root.c_str());
  } else {
    fs::remove_all(o.dir.empty() ? root : store_dir);
    if (!o.dir.empty()) fs::remove_all(raw_dir);
  }
  return 0;
}
