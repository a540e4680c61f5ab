// VerifyStore: proves that nothing in a store was altered since it was recorded.
//
// It recomputes every event's hash from its bytes and checks the chain (each prev is the hash of
// the event before), that positions run from 1 without gaps and match their keys, that stream
// versions run from 1 without gaps and the stream index points at exactly those events, that the
// stored head and chain head are the last event's, that every stored text hashes to its key, and
// that every recorded source's text and every published briefing's JSON is there with the size
// recorded (audit/log_check.h), every event's payload decodes as its type says, and every stored
// file (the projections' state too) passes RocksDB's block checksums. The first problem found is
// named (an event position, a text's SHA-256, a damaged file and its column family); the rest of
// the store is not trusted past it.
//
// An attacker who rewrites every hash after an alteration leaves a consistent chain with a new
// head: comparing the reported chain head with one kept elsewhere (--expect-head) catches that.
#pragma once

#include <cstdint>
#include <string>

#include "dossier/event_store.h"

namespace dossier {

struct VerifyReport {
  uint64_t events = 0;
  uint64_t streams = 0;
  uint64_t blobs = 0;
  uint64_t blob_bytes = 0;
  std::string chain_head;  // of the events checked
  Status problem;          // OK, or Corruption naming the first problem
};

// I/O failures are returned as a status; what verification finds is in the report.
Result<VerifyReport> VerifyStore(const EventStore& store);

}  // namespace dossier
