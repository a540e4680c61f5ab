// A store's events read raw, as the benchmarks' floor: its RocksDB database opened read-only with
// every column family, and the events family iterated with tools/raw_events.h's parse (and the
// texts' bytes counted).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <rocksdb/db.h>

#include "raw_events.h"
#include "store/key_layout.h"
#include "tool_flags.h"

class RawStore {
 public:
  RawStore(const char* tool, const std::string& store_dir) {
    std::vector<rocksdb::ColumnFamilyDescriptor> families;
    for (const char* name : {rocksdb::kDefaultColumnFamilyName.c_str(), dossier::keys::kEventsFamily,
                             dossier::keys::kStreamsFamily, dossier::keys::kBlobsFamily, dossier::keys::kMetaFamily,
                             dossier::keys::kProjectionsFamily}) {
      families.emplace_back(name, rocksdb::ColumnFamilyOptions());
    }
    rocksdb::DB* db = nullptr;
    const rocksdb::Status s = rocksdb::DB::OpenForReadOnly(rocksdb::DBOptions(), store_dir + "/db", families, &handles_, &db);
    if (!s.ok()) FailTool(tool, fmt::format("opening the store's database raw: {}", s.ToString()));
    db_.reset(db);
  }
  ~RawStore() {
    for (auto* handle : handles_) db_->DestroyColumnFamilyHandle(handle);
  }
  RawStore(const RawStore&) = delete;
  RawStore& operator=(const RawStore&) = delete;

  RawEventsRead ReadEvents() {
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions(), handles_[1]));
    return ReadRawEvents(it.get());
  }

  // The bytes of every stored text (the blobs family's values: the articles' texts and any
  // published briefing), what the store's size is compared with.
  uint64_t TextBytes() {
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions(), handles_[3]));
    uint64_t bytes = 0;
    for (it->SeekToFirst(); it->Valid(); it->Next()) bytes += it->value().size();
    return bytes;
  }

 private:
  std::unique_ptr<rocksdb::DB> db_;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;
};
