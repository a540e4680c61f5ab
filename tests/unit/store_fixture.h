// Shared by the unit tests that need a real store: a temporary directory removed afterwards, and
// raw RocksDB access underneath a store, to alter it as an attacker or a failing disk would.
#pragma once

#include <catch2/catch.hpp>

#include <stdlib.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <rocksdb/db.h>

#include "store/key_layout.h"

namespace dossier::testing {

struct TempDir {
  TempDir() {
    char pattern[] = "/tmp/dossier-test-XXXXXX";
    path = mkdtemp(pattern);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  std::string path;
};

struct RawDb {
  static constexpr int kEvents = 1, kStreams = 2, kBlobs = 3, kMeta = 4, kProjections = 5;

  explicit RawDb(const std::string& dir) {
    std::vector<rocksdb::ColumnFamilyDescriptor> families;
    for (const char* name : {"default", keys::kEventsFamily, keys::kStreamsFamily, keys::kBlobsFamily,
                             keys::kMetaFamily, keys::kProjectionsFamily}) {
      families.emplace_back(name, rocksdb::ColumnFamilyOptions());
    }
    rocksdb::DB* raw = nullptr;
    REQUIRE(rocksdb::DB::Open(rocksdb::DBOptions(), dir + "/db", families, &handles, &raw).ok());
    db.reset(raw);
  }
  ~RawDb() {
    for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
  }
  std::string Get(int family, const std::string& key) {
    std::string value;
    REQUIRE(db->Get({}, handles[family], key, &value).ok());
    return value;
  }
  void Put(int family, const std::string& key, const std::string& value) {
    REQUIRE(db->Put({}, handles[family], key, value).ok());
  }
  std::unique_ptr<rocksdb::DB> db;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
};

}  // namespace dossier::testing
