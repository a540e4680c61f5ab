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

  ProjectionRows() = default;
  // With `stored` false (or no store), the stored rows are not read: a fold from the first event.
  ProjectionRows(const EventStore* store, std::string projection, bool stored)
      : store_(stored ? store : nullptr), log_(store), projection_(std::move(projection)) {}

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
  // One change as written: its key's bytes then its value's, in bytes_.
  struct Change {
    const char* bytes;
    uint32_t key_size;
    uint32_t value_size;
    bool deleted;
    std::string_view key() const { return {bytes, key_size}; }
    std::string_view value() const { return {bytes + key_size, value_size}; }
  };

  Status Merge(std::string_view begin, std::optional<std::string_view> end, const RowFn& fn) const;
  void Write(std::string_view key, std::optional<std::string_view> value);
  // The newest change of `key` among written_ (null: none).
  const Change* Written(std::string_view key) const;
  // Moves the changes of written_ into pending_, over what it holds.
  void Order() const;
  // Forgets the changes TakeChanges handed over, once the rows are used again.
  void DropTaken() const;
  // `size` bytes in bytes_ that stay where they are until the changes are dropped.
  char* Keep(size_t size);

  const EventStore* store_ = nullptr;  // null when the stored rows are not read
  const EventStore* log_ = nullptr;
  std::string projection_;
  // The uncommitted changes. A write is appended to written_, in the order made, its bytes copied
  // into blocks that never move (a fold writes ~130 rows an article: a string of its own for each
  // was a fifth of a rebuild's CPU in the allocator); the changes are put in key order only when a
  // scan needs the order or a commit takes them (sorted once, the newest change of a key kept): a
  // fold scans almost none and reads back few. newest_ finds a key's newest change in
  // written_[0, indexed_), and is brought up to date only by a read (Get). The newer change of a
  // key is in written_.
  mutable std::vector<Change> written_;
  mutable std::vector<std::unique_ptr<char[]>> bytes_;  // written_'s bytes, block by block
  mutable size_t block_used_ = 0, block_left_ = 0;      // bytes used and free in the last block
  mutable std::unordered_map<std::string_view, size_t> newest_;  // views of written_'s keys
  mutable size_t indexed_ = 0;
  mutable std::map<std::string, std::optional<std::string>, std::less<>> pending_;
  mutable bool taken_ = false;  // written_ and pending_ were handed over by TakeChanges
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
