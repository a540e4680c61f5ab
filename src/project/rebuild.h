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

// Brings every projection's stored state up to the head of `store`, each from its checkpoint: a
// writing command's last step, so that readers fold only what came after.
// REQUIRES: `store` is open for writing.
Status CatchUpAll(EventStore* store);

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
