// dossier_tamper: alters a store underneath dossier, with the RocksDB API, as an attacker or a
// failing disk would; for end-to-end tests of verify, import and trace. Never part of dossier.
//
//   dossier_tamper STORE event POSITION FROM TO   replace the first FROM in event POSITION by TO
//   dossier_tamper STORE text SHA256 FROM TO      replace the first FROM in stored text SHA256 by TO
//   dossier_tamper STORE meta KEY FROM TO         replace the first FROM in metadata KEY (format_version…)
//   dossier_tamper STORE tables FAMILY            write every column family's memtable to table files
//                                                 and print the paths of FAMILY's (for a test to damage)
//   dossier_tamper STORE retype POSITION TYPE     give event POSITION the type TYPE and rewrite the
//                                                 chain, the chain head and the head record after it,
//                                                 as a forger (or a build that knows other types) would
#include <cstdio>
#include <string>
#include <vector>

#include <rocksdb/db.h>

#include "model/envelope.h"
#include "store/head_record.h"
#include "store/key_layout.h"

namespace {

// Event `position` gets `type`; every event from it on is re-hashed onto the one before.
int Retype(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* events, rocksdb::ColumnFamilyHandle* meta,
           const std::string& store, uint64_t position, const std::string& type) {
  rocksdb::WriteOptions sync;
  sync.sync = true;
  std::string prev;
  uint64_t last = 0;
  for (uint64_t at = position;; ++at) {
    std::string value;
    if (!db->Get({}, events, dossier::keys::EncodeU64(at), &value).ok()) break;
    auto event = dossier::DecodeEvent(value);
    if (!event.ok()) return 1;
    if (at == position) event->type = type;
    if (at > position) event->prev_hash = prev;
    if (!db->Put(sync, events, dossier::keys::EncodeU64(at), dossier::EncodeEvent(&*event)).ok()) return 1;
    prev = event->hash;
    last = at;
  }
  if (last == 0 || !db->Put(sync, meta, std::string(dossier::keys::kChainHead), prev).ok()) return 1;
  return dossier::WriteHeadRecord(store, dossier::HeadRecord{last, prev}).ok() ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  const bool tables = argc == 4 && std::string(argv[2]) == "tables";
  const bool retype = argc == 5 && std::string(argv[2]) == "retype";
  if (argc != 6 && !tables && !retype) {
    std::fprintf(stderr, "usage: dossier_tamper STORE (event POSITION|text SHA256|meta KEY) FROM TO | STORE tables FAMILY | STORE retype POSITION TYPE\n");
    return 2;
  }
  const std::string store = argv[1], what = argv[2], which = argv[3];
  const std::string from = tables ? "" : argv[4], to = argc == 6 ? argv[5] : "";
  std::vector<rocksdb::ColumnFamilyDescriptor> families;
  for (const char* name : {"default", dossier::keys::kEventsFamily, dossier::keys::kStreamsFamily,
                           dossier::keys::kBlobsFamily, dossier::keys::kMetaFamily, dossier::keys::kProjectionsFamily}) {
    rocksdb::ColumnFamilyOptions options;
    options.disable_auto_compactions = true;  // the table files it lists stay where they are
    families.emplace_back(name, options);
  }
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* db = nullptr;
  rocksdb::Status s = rocksdb::DB::Open(rocksdb::DBOptions(), store + "/db", families, &handles, &db);
  if (!s.ok()) {
    std::fprintf(stderr, "dossier_tamper: %s\n", s.ToString().c_str());
    return 1;
  }
  if (tables) {
    s = db->Flush(rocksdb::FlushOptions(), handles);
    for (auto* handle : handles) {
      rocksdb::ColumnFamilyMetaData meta;
      db->GetColumnFamilyMetaData(handle, &meta);
      if (meta.name != which) continue;
      for (const auto& level : meta.levels) {
        for (const auto& file : level.files) std::printf("%s/%s\n", file.db_path.c_str(), file.name.c_str());
      }
    }
    for (auto* handle : handles) db->DestroyColumnFamilyHandle(handle);
    delete db;
    if (!s.ok()) std::fprintf(stderr, "dossier_tamper: %s\n", s.ToString().c_str());
    return s.ok() ? 0 : 1;
  }
  if (what == "retype") {
    const int rc = Retype(db, handles[1], handles[4], store, std::stoull(which), from);
    for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
    delete db;
    if (rc != 0) std::fprintf(stderr, "dossier_tamper: cannot retype event %s\n", which.c_str());
    return rc;
  }
  const bool event = what == "event";
  rocksdb::ColumnFamilyHandle* family = handles[event ? 1 : what == "meta" ? 4 : 3];
  const std::string key = event ? dossier::keys::EncodeU64(std::stoull(which)) : which;
  std::string value;
  int rc = 0;
  if (!db->Get({}, family, key, &value).ok() || value.find(from) == std::string::npos) {
    std::fprintf(stderr, "dossier_tamper: %s %s does not contain the text to replace\n", what.c_str(), which.c_str());
    rc = 1;
  } else {
    value.replace(value.find(from), from.size(), to);
    rocksdb::WriteOptions sync;
    sync.sync = true;
    rc = db->Put(sync, family, key, value).ok() ? 0 : 1;
  }
  for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
  delete db;
  return rc;
}
