// bench_store_bytes: where a store's bytes go. Opens a store's RocksDB database read-only (raw, as
// tools/raw_store.h does) and prints, beside the size of the article texts it was built from:
//
//   - the files on disk: each column family's table files (RocksDB's own metadata), the live
//     write-ahead log, the blob files, and the rest (MANIFEST, OPTIONS, the info LOG);
//   - each family's logical bytes (keys and values as stored, before compression), so that disk
//     bytes over logical bytes is the compression the family gets;
//   - the events by type (count, envelope and payload bytes), the projection rows by projection and
//     row kind (the key up to its first '/'), the meta rows by kind.
//
// Usage: bench_store_bytes STORE_DIR [--articles FILE]   (FILE: the JSON Lines the store ingested)
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <rocksdb/db.h>
#include <rocksdb/metadata.h>
#include <simdjson.h>

#include "store/key_layout.h"
#include "tool_flags.h"

namespace {

namespace fs = std::filesystem;

constexpr const char* kTool = "bench_store_bytes";

struct Tally {
  uint64_t count = 0, key_bytes = 0, value_bytes = 0, payload_bytes = 0;
  void Add(std::string_view key, std::string_view value) {
    ++count;
    key_bytes += key.size();
    value_bytes += value.size();
  }
};

double Mb(uint64_t bytes) { return bytes / 1e6; }

void PrintTallies(const char* title, const std::map<std::string, Tally>& tallies, uint64_t text_bytes) {
  std::printf("\n%-44s %9s %10s %10s %10s %7s\n", title, "rows", "key MB", "value MB", "payload MB", "x text");
  for (const auto& [name, t] : tallies) {
    std::printf("%-44s %9llu %10.2f %10.2f %10.2f %7.2f\n", name.c_str(), static_cast<unsigned long long>(t.count),
                Mb(t.key_bytes), Mb(t.value_bytes), Mb(t.payload_bytes),
                text_bytes == 0 ? 0.0 : static_cast<double>(t.key_bytes + t.value_bytes) / text_bytes);
  }
}

// The "type" member of an event's envelope and the length of its payload.
void TallyEvent(simdjson::ondemand::parser& parser, std::string_view value, std::map<std::string, Tally>* types) {
  std::string buffer(value);
  buffer.reserve(buffer.size() + simdjson::SIMDJSON_PADDING);
  simdjson::ondemand::document doc;
  simdjson::ondemand::object object;
  std::string type = "(unreadable)";
  uint64_t payload = 0;
  if (!parser.iterate(buffer.data(), buffer.size(), buffer.capacity()).get(doc) && !doc.get_object().get(object)) {
    for (auto field : object) {
      std::string_view key;
      if (field.unescaped_key().get(key)) break;
      if (key == "type") {
        std::string_view text;
        if (!field.value().get_string().get(text)) type = std::string(text);
      } else if (key == "payload") {
        simdjson::ondemand::object p;
        std::string_view raw;
        if (!field.value().get_object().get(p) && !p.raw_json().get(raw)) payload = raw.size();
      }
    }
  }
  Tally& t = (*types)[type];
  t.count++;
  t.value_bytes += value.size();
  t.payload_bytes += payload;
}

// "figures: source", "meta: merkle", …: the row's kind, the key up to its first '/' (after the
// projection name and its 0x00 in the projections family).
std::string RowKind(std::string_view key, bool projection_row) {
  std::string projection;
  if (!projection_row) {
    const size_t slash = key.find('/');
    return "meta: " + std::string(slash == std::string_view::npos ? key : key.substr(0, slash));
  }
  if (const size_t zero = key.find('\0'); zero != std::string_view::npos) {
    projection = std::string(key.substr(0, zero)) + ": ";
    key.remove_prefix(zero + 1);
  }
  const size_t slash = key.find('/');
  return projection + std::string(slash == std::string_view::npos ? key : key.substr(0, slash));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) FailTool(kTool, "usage: bench_store_bytes STORE_DIR [--articles FILE]");
  const std::string store = argv[1];
  uint64_t text_bytes = 0;
  for (int i = 2; i < argc; ++i) {
    const std::string flag = argv[i];
    if (flag == "--articles" && i + 1 < argc) {
      text_bytes = fs::file_size(argv[++i]);
    } else {
      FailTool(kTool, fmt::format("unknown option `{}`", flag));
    }
  }
  const std::vector<std::string> names = {rocksdb::kDefaultColumnFamilyName, dossier::keys::kEventsFamily,
                                          dossier::keys::kStreamsFamily,     dossier::keys::kBlobsFamily,
                                          dossier::keys::kMetaFamily,        dossier::keys::kProjectionsFamily};
  std::vector<rocksdb::ColumnFamilyDescriptor> families;
  for (const std::string& name : names) families.emplace_back(name, rocksdb::ColumnFamilyOptions());
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  const rocksdb::Status s = rocksdb::DB::OpenForReadOnly(rocksdb::DBOptions(), store + "/db", families, &handles, &raw);
  if (!s.ok()) FailTool(kTool, fmt::format("opening {}/db: {}", store, s.ToString()));
  std::unique_ptr<rocksdb::DB> db(raw);

  // Files on disk.
  uint64_t total = 0, wal = 0, blob_files = 0, other = 0, tables = 0;
  for (const auto& entry : fs::recursive_directory_iterator(store)) {
    if (!entry.is_regular_file()) continue;
    const uint64_t size = entry.file_size();
    const std::string ext = entry.path().extension().string();
    total += size;
    if (ext == ".log") {
      wal += size;
    } else if (ext == ".blob") {
      blob_files += size;
    } else if (ext == ".sst") {
      tables += size;
    } else {
      other += size;
    }
  }
  std::printf("store %s: %.2f MB on disk", store.c_str(), Mb(total));
  if (text_bytes != 0) std::printf(", %.2f x the articles' JSON (%.2f MB)", static_cast<double>(total) / text_bytes, Mb(text_bytes));
  std::printf("\n  tables %.2f MB, WAL %.2f MB, blob files %.2f MB, other (MANIFEST, OPTIONS, LOG) %.2f MB\n", Mb(tables),
              Mb(wal), Mb(blob_files), Mb(other));

  std::map<std::string, Tally> by_family, event_types, rows;
  simdjson::ondemand::parser parser;
  std::printf("\n%-14s %12s %12s %12s %8s  %s\n", "family", "table MB", "logical MB", "rows", "ratio", "levels (files)");
  for (size_t f = 0; f < handles.size(); ++f) {
    Tally& family = by_family[names[f]];
    std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(rocksdb::ReadOptions(), handles[f]));
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      const std::string_view key(it->key().data(), it->key().size());
      const std::string_view value(it->value().data(), it->value().size());
      family.Add(key, value);
      if (names[f] == dossier::keys::kEventsFamily) {
        TallyEvent(parser, value, &event_types);
        event_types["(keys)"].key_bytes += key.size();
      } else if (names[f] == dossier::keys::kProjectionsFamily || names[f] == dossier::keys::kMetaFamily) {
        rows[RowKind(key, names[f] == dossier::keys::kProjectionsFamily)].Add(key, value);
      }
    }
    if (!it->status().ok()) FailTool(kTool, it->status().ToString());
    rocksdb::ColumnFamilyMetaData meta;
    db->GetColumnFamilyMetaData(handles[f], &meta);
    std::string levels;
    for (const rocksdb::LevelMetaData& level : meta.levels) {
      if (!level.files.empty()) levels += fmt::format("L{} ({}) ", level.level, level.files.size());
    }
    const uint64_t logical = family.key_bytes + family.value_bytes;
    std::printf("%-14s %12.2f %12.2f %12llu %8.2f  %s\n", names[f].c_str(), Mb(meta.size), Mb(logical),
                static_cast<unsigned long long>(family.count), meta.size == 0 ? 0.0 : static_cast<double>(logical) / meta.size,
                levels.c_str());
  }
  PrintTallies("events by type (logical)", event_types, text_bytes);
  PrintTallies("projection and meta rows by kind (logical)", rows, text_bytes);
  for (auto* handle : handles) db->DestroyColumnFamilyHandle(handle);
  return 0;
}
