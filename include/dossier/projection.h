// Projection: a view of the log, folded from its events, that can be thrown away and rebuilt.
//
// A projection keeps its state as key/value pairs in the store, with a checkpoint (the last
// position folded and the projection's code version) written in the same batch, so catching up
// after a crash is idempotent. When its code version changes, the stored state is ignored and the
// projection is rebuilt from the first event. Handlers ignore event types they do not know.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dossier/event.h"
#include "dossier/event_store.h"
#include "dossier/status.h"

namespace dossier {

class Projection {
 public:
  virtual ~Projection() = default;
  virtual std::string_view name() const = 0;
  // Bump when the state's shape or meaning changes: stored state of another version is rebuilt.
  virtual int code_version() const = 0;

  // Loads one stored key of the state (before any Apply).
  virtual Status Restore(std::string_view key, std::string_view value) = 0;
  // Folds one event into the state.
  virtual Status Apply(const RecordedEvent& event) = 0;
  // Moves the state changed since the last call into `puts`, as (key, value).
  virtual void TakeChanges(std::vector<std::pair<std::string, std::string>>* puts) = 0;
};

// Brings `projection` (freshly constructed) up to the head of `store`: restores its stored state
// unless its code version differs, folds the events after its checkpoint and, when `persist`
// is set (the store is open for writing), commits the changes with the new checkpoint.
Status CatchUp(EventStore* store, Projection* projection, bool persist);

// Rebuilds `projection` (freshly constructed) from the first event and replaces its stored state.
Status Rebuild(EventStore* store, Projection* projection);

}  // namespace dossier
