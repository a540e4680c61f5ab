// Projection: a view of the log, folded from its events, that can be thrown away and rebuilt.
//
// A projection keeps its state as indexed rows in the store (key/value pairs under its name), with
// a checkpoint (the last position folded and the projection's code version) written in the same
// batch, so catching up after a crash is idempotent. Folding an event reads and writes only the
// rows that event touches, and a query reads only the rows its answer needs, by key or by prefix
// or range scan: nothing loads the whole state unless the answer is the whole state (listings,
// rebuild). When its code version changes, the stored rows are ignored and the projection is
// folded again from the first event (a writer stores the result: `dossier rebuild` or the next
// write migrates a store). Handlers ignore event types they do not know.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "dossier/event.h"
#include "dossier/event_store.h"
#include "dossier/status.h"

namespace dossier {

// The rows of one projection as a command sees them: the rows stored (as of its checkpoint) with
// the changes not yet committed laid over them. Reads go to the store key by key or range by
// range. Not thread-safe; the store must outlive it.
class ProjectionRows {
 public:
  using RowFn = std::function<bool(std::string_view key, std::string_view value)>;

  ProjectionRows();
  // With `stored` false (or no store), the stored rows are not read: a fold from the first event.
  ProjectionRows(const EventStore* store, std::string projection, bool stored);
  ProjectionRows(ProjectionRows&&) noexcept;
  ProjectionRows& operator=(ProjectionRows&&) noexcept;  // the rows moved from are used no more
  ~ProjectionRows();

  Result<std::optional<std::string>> Get(std::string_view key) const;
  // The rows whose keys start with `prefix`, in key order, until `fn` returns false.
  Status Scan(std::string_view prefix, const RowFn& fn) const;
  // The rows with keys in [begin, end), in key order, until `fn` returns false.
  Status ScanRange(std::string_view begin, std::string_view end, const RowFn& fn) const;

  void Put(std::string_view key, std::string_view value) {
    pending_bytes_ += key.size() + value.size();
    Write(key, value);
  }
  void Delete(std::string_view key) {
    pending_bytes_ += key.size();
    Write(key, std::nullopt);
  }
  // Hands over the uncommitted changes, the newest of each key, in key order: `puts` and `deletes`
  // view memory these rows keep until they are next read, written or replaced. REQUIRES: the
  // changes are committed (or given up) before the rows are read again.
  void TakeChanges(std::vector<std::pair<std::string_view, std::string_view>>* puts, std::vector<std::string_view>* deletes);
  // The bytes of keys and values put or deleted since the last TakeChanges (a row written twice
  // counts twice): what a fold weighs to commit in bounded batches.
  uint64_t pending_bytes() const { return pending_bytes_; }
  // The name the rows are kept under in the store.
  const std::string& name() const { return projection_; }
  // The store whose log the rows fold (null for rows kept in memory alone): a row may name an
  // event of it rather than copy its payload.
  const EventStore* log() const { return log_; }

 private:
  struct Changes;  // the uncommitted changes (projection.cc)

  Status Merge(std::string_view begin, std::optional<std::string_view> end, const RowFn& fn) const;
  void Write(std::string_view key, std::optional<std::string_view> value);

  const EventStore* store_ = nullptr;  // null when the stored rows are not read
  const EventStore* log_ = nullptr;
  std::string projection_;
  std::unique_ptr<Changes> changes_;  // changed by reads too: they put the changes in order
  uint64_t pending_bytes_ = 0;
};

class Projection {
 public:
  Projection() = default;
  Projection(Projection&&) = default;
  Projection& operator=(Projection&&) = default;
  virtual ~Projection() = default;
  virtual std::string_view name() const = 0;
  // Bump when the rows' shape or meaning changes: stored rows of another version are folded again.
  virtual int code_version() const = 0;

  // Folds one event into rows(): reads the rows it changes, writes their new values.
  virtual Status Apply(const RecordedEvent& event) = 0;

  ProjectionRows& rows() { return rows_; }
  const ProjectionRows& rows() const { return rows_; }
  // Points the projection at `rows` (CatchUp and Rebuild do), dropping what it read or wrote of others.
  void Attach(ProjectionRows rows) {
    rows_ = std::move(rows);
    ForgetReadRows();
    ForgetWrittenRows();
  }
  // Points the projection again at the rows it folds into, their changes just committed: it drops
  // what it decoded (so a fold's memory stays bounded) and keeps what it knows it wrote there.
  void AttachCommitted(ProjectionRows rows) {
    rows_ = std::move(rows);
    ForgetReadRows();
  }

 protected:
  // Drops whatever the projection keeps decoded of rows it read.
  virtual void ForgetReadRows() {}
  // Drops whatever the projection remembers of rows it wrote (that are stored, or will be with its
  // next commit).
  virtual void ForgetWrittenRows() {}

 private:
  ProjectionRows rows_;
};

// Brings `projection` up to the head of `store`: attaches its stored rows unless their code
// version differs, folds the events after its checkpoint and, when `persist` is set (the store is
// open for writing), commits the changed rows with the new checkpoint, in bounded batches
// (CatchUpTogether). Reads no row it does not need: a read-only command on a caught-up store reads
// only its checkpoint.
Status CatchUp(EventStore* store, Projection* projection, bool persist);

// CatchUp of several projections that are stored (the store is open for writing) in one pass over
// the log from the earliest checkpoint, each event decoded once; their changes are committed
// together in batches of bounded size, each with the position reached, so memory holds one batch
// and a killed catch-up leaves every projection a consistent prefix of the log.
Status CatchUpTogether(EventStore* store, const std::vector<Projection*>& projections);

// Folds `projection` again from the first event and replaces its stored rows (in bounded batches,
// the first of which drops the old rows).
Status Rebuild(EventStore* store, Projection* projection);

}  // namespace dossier
