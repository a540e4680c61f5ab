// bench_store: how fast the event store appends and replays, beside raw RocksDB doing the same
// work on the same bytes in the same run (so the ratios hold on any machine).
//
//   append  EventStore::Append of batches of events (hash chain, stream index, head, synced WAL)
//           vs. raw synced WriteBatches of the same stored bytes under the same keys;
//   replay  EventStore::ReadAll, which decodes every event with simdjson into a RecordedEvent,
//           vs. a raw iterator over the same bytes parsed member by member with simdjson.
//
// Usage: bench_store [--events N] [--batch N] [--payload-bytes N] [--events-per-stream N]
//                    [--dir DIR] [--keep]
#include <chrono>
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
#include <simdjson.h>

#include "dossier/event_store.h"
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
  std::string dir;  // empty: a fresh directory under /tmp
  bool keep = false;
};

[[noreturn]] void Fail(const std::string& message) {
  std::fprintf(stderr, "bench_store: %s\n", message.c_str());
  std::exit(1);
}

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
    auto number = [&]() -> uint64_t {
      if (i + 1 >= argc) Fail(fmt::format("{} needs a number", flag));
      char* end = nullptr;
      const unsigned long long value = std::strtoull(argv[++i], &end, 10);
      if (*end != '\0' || value == 0) Fail(fmt::format("{}: `{}` is not a positive number", flag, argv[i]));
      return value;
    };
    if (flag == "--events") {
      options.events = number();
    } else if (flag == "--batch") {
      options.batch = number();
    } else if (flag == "--payload-bytes") {
      options.payload_bytes = number();
    } else if (flag == "--events-per-stream") {
      options.events_per_stream = number();
    } else if (flag == "--dir") {
      if (i + 1 >= argc) Fail("--dir needs a directory");
      options.dir = argv[++i];
    } else if (flag == "--keep") {
      options.keep = true;
    } else {
      Fail(fmt::format("unknown option `{}`; usage: bench_store [--events N] [--batch N] "
                       "[--payload-bytes N] [--events-per-stream N] [--dir DIR] [--keep]", flag));
    }
  }
  return options;
}

class Stopwatch {
 public:
  void Start() { started_ = std::chrono::steady_clock::now(); }
  void Stop() { elapsed_ += std::chrono::steady_clock::now() - started_; }
  double seconds() const { return std::chrono::duration<double>(elapsed_).count(); }

 private:
  std::chrono::steady_clock::time_point started_;
  std::chrono::steady_clock::duration elapsed_{};
};

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
std::unique_ptr<rocksdb::DB> OpenRaw(const std::string& path) {
  rocksdb::Options options;
  options.create_if_missing = true;
  options.max_background_jobs = 2;  // as the store opens its database
  options.compression = rocksdb::kLZ4Compression;
  rocksdb::DB* db = nullptr;
  Check(rocksdb::DB::Open(options, path, &db), "opening the raw database");
  return std::unique_ptr<rocksdb::DB>(db);
}

double AppendThroughStore(const Options& o, EventStore* store) {
  Stopwatch watch;
  for (uint64_t first = 0; first < o.events; first += o.batch) {
    dossier::AppendBatch batch;
    batch.recorded_by = "bench";
    batch.correlation = fmt::format("{:032x}", first);
    for (uint64_t n = first; n < std::min(o.events, first + o.batch); ++n) {
      dossier::NewEvent event;
      event.stream = StreamOf(n, o.events_per_stream);
      event.type = "SourceRecorded";
      event.occurred_at = "2026-05-16";
      event.payload = Payload(n, o.payload_bytes);
      batch.events.push_back(std::move(event));
    }
    watch.Start();
    auto appended = store->Append(batch);
    watch.Stop();
    Check(appended.status(), "append");
  }
  return watch.seconds();
}

// Puts the bytes `store` holds into `raw` under the same keys, in synced batches of the same size.
double AppendRaw(const Options& o, const EventStore& store, rocksdb::DB* raw) {
  Stopwatch watch;
  std::vector<std::string> values;
  values.reserve(o.batch);
  uint64_t next_position = 1;
  rocksdb::WriteOptions sync;
  sync.sync = true;
  auto flush = [&] {
    watch.Start();
    rocksdb::WriteBatch write;
    for (const std::string& value : values) write.Put(dossier::keys::EncodeU64(next_position++), value);
    Check(raw->Write(sync, &write), "raw write");
    watch.Stop();
    values.clear();
  };
  Check(store.ScanEncodedEvents([&](uint64_t, std::string_view bytes) {
    values.emplace_back(bytes);
    if (values.size() == o.batch) flush();
    return true;
  }), "reading the store's events");
  if (!values.empty()) flush();
  return watch.seconds();
}

struct Replay {
  double seconds = 0;
  uint64_t events = 0;
  uint64_t checksum = 0;  // numbers and string lengths of every member: both replays must agree
};

Replay ReplayStore(const EventStore& store) {
  Replay replay;
  const auto started = std::chrono::steady_clock::now();
  Check(store.ReadAll(1, [&](const dossier::RecordedEvent& event) {
    ++replay.events;
    replay.checksum += event.position + event.version + event.schema_version + event.stream.size() +
                       event.type.size() + event.recorded_at.size() + event.occurred_at.value_or("").size() +
                       event.recorded_by.size() + event.correlation.size() + event.payload.size() +
                       event.prev_hash.size() + event.hash.size();
    return true;
  }), "store replay");
  replay.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return replay;
}

// Parses every member of every event, as the store's decoder does, without building an event.
Replay ReplayRaw(rocksdb::DB* raw) {
  Replay replay;
  const auto started = std::chrono::steady_clock::now();
  simdjson::ondemand::parser parser;
  std::string buffer;
  rocksdb::ReadOptions read;
  read.readahead_size = 2 << 20;
  std::unique_ptr<rocksdb::Iterator> it(raw->NewIterator(read));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    buffer.assign(it->value().data(), it->value().size());
    buffer.reserve(buffer.size() + simdjson::SIMDJSON_PADDING);
    simdjson::ondemand::document doc;
    simdjson::ondemand::object object;
    if (parser.iterate(buffer.data(), buffer.size(), buffer.capacity()).get(doc) || doc.get_object().get(object)) {
      Fail(fmt::format("raw event {} is not a JSON object", replay.events + 1));
    }
    for (auto field : object) {
      std::string_view key;
      std::string_view text;
      uint64_t number = 0;
      simdjson::error_code error = field.unescaped_key().get(key);
      auto value = field.value();
      if (!error) {
        if (key == "position" || key == "version" || key == "schema") {
          error = value.get_uint64().get(number);
        } else if (key == "payload") {
          simdjson::ondemand::object payload;
          error = value.get_object().get(payload);
          if (!error) error = payload.raw_json().get(text);
        } else if (key == "occurred_at") {
          bool is_null = false;
          error = value.is_null().get(is_null);
          if (!error && !is_null) error = value.get_string().get(text);
        } else {
          error = value.get_string().get(text);
        }
      }
      if (error) Fail(fmt::format("raw event {}: member `{}`: {}", replay.events + 1, key, simdjson::error_message(error)));
      replay.checksum += number + text.size();
    }
    ++replay.events;
  }
  Check(it->status(), "raw replay");
  replay.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return replay;
}

std::string Rate(uint64_t events, double seconds) {
  return fmt::format("{:>12.0f} events/s  ({:.2f} s)", events / seconds, seconds);
}

void PrintRatio(double store_seconds, double raw_seconds) {
  const double ratio = raw_seconds / store_seconds;
  std::printf("         ratio store/raw    %.2f  (target >= 0.50%s)\n", ratio, ratio >= 0.5 ? "" : ", MISSED");
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
  double store_append = 0;
  uint64_t event_bytes = 0;
  {
    auto store = EventStore::Open(store_dir, dossier::OpenMode::kReadWrite, &clock);
    Check(store.status(), "opening the store");
    store_append = AppendThroughStore(o, store->get());
    if ((*store)->head_position() != o.events) Fail("the store did not record every event");
  }
  // Read-only from here: the writer's background work has stopped, so the raw runs are not
  // slowed by it.
  auto store = EventStore::Open(store_dir, dossier::OpenMode::kReadOnly, &clock);
  Check(store.status(), "reopening the store");
  double raw_append = 0;
  {
    std::unique_ptr<rocksdb::DB> raw = OpenRaw(raw_dir);
    raw_append = AppendRaw(o, **store, raw.get());
  }
  Check((*store)->ScanEncodedEvents([&](uint64_t, std::string_view bytes) {
    event_bytes += bytes.size();
    return true;
  }), "sizing the events");

  std::unique_ptr<rocksdb::DB> raw = OpenRaw(raw_dir);
  // Each replay twice, alternating, best of two: the first pass also warms the caches.
  Replay store_replay, raw_replay;
  for (int pass = 0; pass < 2; ++pass) {
    Replay s = ReplayStore(**store);
    Replay r = ReplayRaw(raw.get());
    if (s.events != o.events || r.events != o.events) Fail("a replay did not read every event");
    if (s.checksum != r.checksum) Fail("the two replays read different values");
    if (pass == 0 || s.seconds < store_replay.seconds) store_replay = s;
    if (pass == 0 || r.seconds < raw_replay.seconds) raw_replay = r;
  }

  std::printf("bench_store: %llu events (payload %zu bytes, stored event %llu bytes on average), "
              "%llu per append, %llu per stream, synced\n",
              static_cast<unsigned long long>(o.events), o.payload_bytes,
              static_cast<unsigned long long>(event_bytes / o.events),
              static_cast<unsigned long long>(o.batch), static_cast<unsigned long long>(o.events_per_stream));
  std::printf("append   EventStore::Append %s\n", Rate(o.events, store_append).c_str());
  std::printf("append   raw RocksDB puts   %s\n", Rate(o.events, raw_append).c_str());
  PrintRatio(store_append, raw_append);
  std::printf("replay   EventStore::ReadAll%s\n", Rate(o.events, store_replay.seconds).c_str());
  std::printf("replay   raw iterate+parse  %s\n", Rate(o.events, raw_replay.seconds).c_str());
  PrintRatio(store_replay.seconds, raw_replay.seconds);

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
