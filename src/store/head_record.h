// HeadRecord: the last acknowledged (position, chain head) of a store, kept in `<store>/head`,
// outside RocksDB and its write-ahead log.
//
// Every append rewrites it after RocksDB has synced the append and before the append returns, so
// what a command reported as recorded is named here. Opening a store compares the log with it:
// a log that ends before the recorded position, or holds another event there, lost acknowledged
// events (a damaged WAL, an old copy of `db/` put back) and is refused. The log may be ahead of the
// record (a crash between RocksDB's sync and this file's), never behind it.
//
// The file holds two checksummed slots, each write overwriting the older one in place and syncing
// it (head_record.cc): no write needs a new block, so a full disk cannot refuse one, and a crash or
// a torn write leaves the other slot, the record before.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "dossier/status.h"

namespace dossier {

struct HeadRecord {
  uint64_t position = 0;
  std::string chain_head;  // 64 hex digits: the hash of the event at `position` (genesis at 0)
};

std::string HeadRecordPath(const std::string& store_dir);

// The record, or nullopt when the store has none (made before dossier kept one). Corruption when
// the file is there but is not a head record.
Result<std::optional<HeadRecord>> ReadHeadRecord(const std::string& store_dir);

Status WriteHeadRecord(const std::string& store_dir, const HeadRecord& record);

}  // namespace dossier
