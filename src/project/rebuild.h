// Rebuilding projections from the first event, checking that the result is byte for byte what
// the incremental path had stored: the promise that every view is a pure fold of the log.
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

struct RebuildCheck {
  std::string projection;
  uint64_t stored_keys = 0;   // in the state before the rebuild (caught up to the head first)
  uint64_t rebuilt_keys = 0;
  bool identical = false;     // same keys with the same bytes
  std::vector<std::string> differing_keys;  // the first few, when not identical
};

// Catches `projection` up to the head and stores it (so that what was stored is what the
// incremental path gives), then rebuilds a fresh `rebuilt` of the same projection from the first
// event, stores that instead, and compares the two states.
// REQUIRES: `store` is open for writing; both instances are fresh and of the same projection.
Result<RebuildCheck> RebuildAndCompare(EventStore* store, Projection* projection, Projection* rebuilt);

}  // namespace dossier
