// Folding the log into projections in one pass, in bounded batches: each event is decoded once and
// handed to every projection that has not folded it yet, and the rows they change are committed
// (all projections' in one atomic batch) whenever they weigh kFoldBatchBytes, each projection with
// the checkpoint it reached. Memory holds one batch of changes, not a projection's whole state, and
// a fold killed at any point leaves each projection's stored rows a consistent prefix of the log.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "dossier/event_store.h"
#include "dossier/projection.h"

namespace dossier {

// The changes a fold holds before it commits them: large enough that a batch is one synced write
// for many events, small enough that a fold of the whole log stays in tens of MB.
inline constexpr uint64_t kFoldBatchBytes = uint64_t{16} << 20;

struct FoldTarget {
  Projection* projection = nullptr;
  std::string rows;          // the name its rows are kept under: its own, or a rebuild's scratch name
  uint64_t from = 1;         // the first position it folds
  bool clear_first = false;  // its rows under `rows` are dropped, unread, with its first commit
  // Scratch rows (EventStore::WriteScratchRows): written a batch at a time into table files, with
  // no checkpoint, apart from the other targets' atomic commit. REQUIRES: clear_first is false
  // (scratch rows are dropped with DropScratchRows).
  bool scratch = false;
};

// Folds the events from each target's `from` to the head into its projection, committing in batches
// of about `batch_bytes`; each target is committed at the head at the end, and left attached to its
// stored rows. REQUIRES: `store` is open for writing; the targets' `rows` differ.
Status FoldInBatches(EventStore* store, std::vector<FoldTarget> targets, uint64_t batch_bytes = kFoldBatchBytes);

}  // namespace dossier
