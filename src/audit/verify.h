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
// It also recomputes the Merkle tree over the events (store/merkle.h) and compares every complete
// subtree the store keeps for proofs with it, so that `trace` and `verify --since` prove against
// the events' own tree.
//
// An attacker who rewrites every hash after an alteration leaves a consistent chain with a new
// head: comparing the reported chain head (or tree head) with one kept elsewhere (--expect-head,
// --since) catches that.
#pragma once

#include <cstdint>
#include <string>

#include "dossier/event_store.h"
#include "store/merkle.h"

namespace dossier {

struct VerifyReport {
  uint64_t events = 0;
  uint64_t streams = 0;
  uint64_t blobs = 0;
  uint64_t blob_bytes = 0;
  std::string chain_head;  // of the events checked
  TreeHead tree;           // the Merkle tree head of the events checked, recomputed from them
  uint64_t tree_kept = 0;  // how many of them the store's tree holds (fewer in a store made before it)
  Status problem;          // OK, or Corruption naming the first problem
};

// I/O failures are returned as a status; what verification finds is in the report.
Result<VerifyReport> VerifyStore(const EventStore& store);

}  // namespace dossier
