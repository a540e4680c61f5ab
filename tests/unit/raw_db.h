// RawDb: the RocksDB database under a store, opened directly to alter it as an attacker or a bad
// disk would, or to read what the store wrote. The store must not be open for writing meanwhile.
#pragma once

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include <rocksdb/db.h>

#include "store/key_layout.h"

struct RawDb {
  // The column families in the order the store opens them.
  enum Family { kDefault = 0, kEvents, kStreams, kBlobs, kMeta, kProjections };

  explicit RawDb(const std::string& store_dir) {
    std::vector<rocksdb::ColumnFamilyDescriptor> families;
    for (const char* name : {"default", dossier::keys::kEventsFamily, dossier::keys::kStreamsFamily,
                             dossier::keys::kBlobsFamily, dossier::keys::kMetaFamily,
                             dossier::keys::kProjectionsFamily}) {
      families.emplace_back(name, rocksdb::ColumnFamilyOptions());
    }
    rocksdb::DB* raw = nullptr;
    REQUIRE(rocksdb::DB::Open(rocksdb::DBOptions(), store_dir + "/db", families, &handles, &raw).ok());
    db.reset(raw);
  }
  ~RawDb() {
    for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
  }
  std::string Get(Family family, const std::string& key) {
    std::string value;
    REQUIRE(db->Get({}, handles[family], key, &value).ok());
    return value;
  }
  void Put(Family family, const std::string& key, const std::string& value) {
    REQUIRE(db->Put({}, handles[family], key, value).ok());
  }
  void Delete(Family family, const std::string& key) {
    REQUIRE(db->Delete({}, handles[family], key).ok());
  }

  std::unique_ptr<rocksdb::DB> db;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
};
