// Every projection dossier keeps: catching them all up after a write, and rebuilding them from the
// first event, checking that the result is byte for byte what the incremental path had stored (the
// promise that every view is a pure fold of the log).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "dossier/event_store.h"
#include "dossier/projection.h"

namespace dossier {

// A fresh instance of each projection dossier keeps, in the order they are rebuilt.
std::vector<std::unique_ptr<Projection>> AllProjections();

// Brings every projection's stored state up to the head of `store`, each from its checkpoint, in
// one pass over what they lack (CatchUpTogether): a writing command's last step, so that readers
// fold only what came after.
// REQUIRES: `store` is open for writing.
Status CatchUpAll(EventStore* store);

struct RebuildCheck {
  std::string projection;
  uint64_t stored_keys = 0;   // in the state before the rebuild (caught up to the head first)
  uint64_t rebuilt_keys = 0;
  bool identical = false;     // same keys with the same bytes
  std::vector<std::string> differing_keys;  // the first few, when not identical
};

// Rebuilds the projections named in `names` (every one when empty; each must be one of
// AllProjections()) and compares each with its stored state:
//  1. the stored state is caught up to the head (what the incremental path gives);
//  2. one pass over the log folds every projection asked from the first event into scratch rows
//     beside the stored ones, written in bounded batches straight into table files
//     (EventStore::WriteScratchRows: no write-ahead log, no memtable);
//  3. stored and scratch rows are compared key by key, a chunk at a time;
//  4. where they differ, the scratch rows replace the stored ones (the checkpoint is removed first
//     and written back with the last chunk, so an interrupted copy leaves a projection that the
//     next writer folds again);
//  5. the scratch rows are dropped.
// Memory holds a batch or a chunk, never a whole state. Killed before step 4, the store's
// projections are as they were (scratch rows left behind are dropped by the next rebuild).
// REQUIRES: `store` is open for writing.
Result<std::vector<RebuildCheck>> RebuildAndCompare(EventStore* store, const std::vector<std::string>& names);

}  // namespace dossier
