// EventStore: the append-only log of dossier events, kept in RocksDB.
//
// Invariants, each checked by `dossier verify`:
//  - positions are gap-free from 1 and every event's prev_hash is the hash of the event before it;
//  - an append is atomic (one RocksDB WriteBatch): all of its events, blobs, stream-index entries
//    and the new head are written, or none of them is;
//  - an append is durable when it returns (the WAL is synced, then the head record: the position and
//    chain head of the last acknowledged event, kept outside RocksDB in `<store>/head`);
//  - an open refuses (Corruption, naming what is missing) a log that ends before the head record
//    or differs from it there: acknowledged events were lost (a damaged WAL, an old `db/` restored);
//  - blobs are content-addressed: a blob's key is the SHA-256 of its bytes;
//  - projection state and its checkpoint are written in one batch.
//
// Thread-safety: one EventStore object is for one thread. Across processes, one writer at a time
// holds the store (a second gets Status::StoreInUse naming the holder's pid); readers may open it
// beside the writer and see the log as of their opening.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dossier/clock.h"
#include "dossier/event.h"
#include "dossier/status.h"

namespace dossier {

// The on-disk format this build writes; a store with a higher number is refused. The event types
// (and what their payloads must hold) are part of it: a release that adds an event type raises
// this number, so every event of a store or export of this format or older has a type this build
// knows, and verify and import treat any other type as damage. So are the payload schemas: 2
// brought FiguresExtracted schema 2 (model/figure_events.h). So is the layout of the Merkle tree: 3
// keeps its levels below 4 only on its edge (store/key_layout.h). A store of an older format is read
// as it is and raised to this one by the first append of this build.
inline constexpr int kStoreFormatVersion = 3;

// Expected stream versions for an append (stream versions count from 1).
inline constexpr int64_t kAnyVersion = -1;  // no check
inline constexpr int64_t kNoStream = 0;     // the stream must not exist yet

// Everything one append writes, atomically.
struct AppendBatch {
  std::string recorded_by;
  std::string correlation;                                 // shared by one command's events
  std::vector<std::pair<std::string, int64_t>> expected;   // (stream, expected version)
  std::vector<NewEvent> events;
  std::vector<std::pair<std::string, std::string>> blobs;  // (SHA-256 hex, bytes)
};

struct AppendResult {
  uint64_t first_position = 0;  // 0 when the batch held no event
  uint64_t last_position = 0;
};

// Changes to one projection's state, committed together with its checkpoint.
struct ProjectionCommit {
  std::string projection;  // its name (or the name of scratch rows, such as a rebuild's)
  int code_version = 0;
  // The last position folded into the state. Nullopt: the rows are not a complete fold (scratch
  // rows, or rows being replaced), so the checkpoint of that name is removed and none is believed.
  std::optional<uint64_t> checkpoint;
  bool clear_first = false;  // drop all earlier state (a rebuild)
  // Views of memory the caller keeps until the commit returns.
  std::vector<std::pair<std::string_view, std::string_view>> puts;
  std::vector<std::string_view> deletes;
};

struct ProjectionCheckpoint {
  int code_version = 0;
  uint64_t position = 0;
};

enum class OpenMode {
  kReadOnly,
  kReadWrite,
  // Read-only, for getting out what is intact of a damaged store (`dossier export --salvage`):
  // the WAL is recovered up to its first damaged record, and the head record is not checked.
  kSalvage,
};

class EventStore {
 public:
  // Creates an empty store in `dir` (which may exist but must not hold a store).
  static Status Create(const std::string& dir);

  // Opens the store in `dir`. A writer takes the store's writer lock. `clock` must outlive the
  // store. Fails with NotFound if `dir` holds no store, NotSupported if it was written by a newer
  // format, StoreInUse if another process writes to it, Corruption if the WAL is damaged or the
  // log lost events its head record names (see kSalvage).
  static Result<std::unique_ptr<EventStore>> Open(const std::string& dir, OpenMode mode,
                                                  Clock* clock);

  virtual ~EventStore() = default;

  // Appends `batch` atomically after checking every expected stream version.
  // Errors: Conflict when an expected version does not match; InvalidInput for a bad blob hash.
  virtual Result<AppendResult> Append(const AppendBatch& batch) = 0;

  // Appends already-recorded events byte for byte (for `dossier import`), with their blobs.
  // REQUIRES: the store is empty. Fails with Corruption unless the events chain from genesis
  // with gap-free positions and every hash and blob checks.
  virtual Status Import(const std::vector<std::string>& encoded_events,
                        const std::vector<std::pair<std::string, std::string>>& blobs) = 0;

  virtual uint64_t head_position() const = 0;
  virtual std::string chain_head() const = 0;  // hash of the last event, or GenesisHash()

  // The Merkle tree over the events (src/store/merkle.h): how many events it holds, and the hash
  // of one complete subtree, its 32 bytes (NotFound when not held). A writer's open completes the
  // tree of a store made before it, so a reader finds it behind the head only in such a store that
  // no writer has opened since. Appends and imports extend it in their own batch.
  virtual uint64_t merkle_size() const = 0;
  virtual Result<std::string> MerkleSubtree(unsigned level, uint64_t index) const = 0;
  // Calls `fn` for each complete subtree held at `level` with an index in [begin, end), in order.
  virtual Status ScanMerkleSubtrees(unsigned level, uint64_t begin, uint64_t end,
                                    const std::function<bool(uint64_t index, std::string_view hash)>& fn) const = 0;

  // The current version of `stream` (0 if it has no events).
  virtual Result<uint64_t> StreamVersion(std::string_view stream) const = 0;

  // Calls `fn` for each event from position `from` on, in order, until it returns false. The
  // event it is handed lives only until `fn` returns (the next one is decoded into it).
  virtual Status ReadAll(uint64_t from, const std::function<bool(const RecordedEvent&)>& fn) const = 0;
  // Calls `fn` for each event of `stream` in version order.
  virtual Status ReadStream(std::string_view stream,
                            const std::function<bool(const RecordedEvent&)>& fn) const = 0;
  virtual Result<RecordedEvent> ReadEvent(uint64_t position) const = 0;
  // The stored bytes of the event at `position` (NotFound past the head), undecoded.
  virtual Result<std::string> ReadEncodedEvent(uint64_t position) const = 0;
  // Version `version` of `stream`, by one index lookup (NotFound when the stream has no such
  // version): the last event of a long stream without reading the others.
  virtual Result<RecordedEvent> ReadStreamEvent(std::string_view stream, uint64_t version) const = 0;

  // The stored bytes of every event, in order, without decoding: for verify and export.
  virtual Status ScanEncodedEvents(
      const std::function<bool(uint64_t key_position, std::string_view bytes)>& fn) const = 0;

  // Every stream-index entry (stream, version, position), in stream order.
  virtual Status ScanStreamIndex(
      const std::function<bool(std::string_view stream, uint64_t version, uint64_t position)>& fn) const = 0;

  virtual Result<std::string> GetBlob(std::string_view sha256_hex) const = 0;
  virtual Status ScanBlobs(
      const std::function<bool(std::string_view sha256_hex, std::string_view bytes)>& fn) const = 0;

  // Projection state: a key/value space per projection, with its checkpoint.
  virtual Result<std::optional<ProjectionCheckpoint>> GetCheckpoint(
      std::string_view projection) const = 0;
  virtual Status ScanProjection(
      std::string_view projection,
      const std::function<bool(std::string_view key, std::string_view value)>& fn) const = 0;
  // One stored row of a projection (nullopt when it has none of that key).
  virtual Result<std::optional<std::string>> GetProjectionRow(std::string_view projection,
                                                              std::string_view key) const = 0;
  // The rows of `projection` with keys in [begin, end) in key order (to its last key when `end`
  // is nullopt), until `fn` returns false: a prefix or range scan that reads only those rows.
  virtual Status ScanProjectionRange(
      std::string_view projection, std::string_view begin, std::optional<std::string_view> end,
      const std::function<bool(std::string_view key, std::string_view value)>& fn) const = 0;
  // Commits the changes to several projections, with their checkpoints, in one atomic batch.
  virtual Status CommitProjections(const std::vector<ProjectionCommit>& commits) = 0;

  // Scratch rows: rows under a name that starts with "rebuilding/", which no reader relies on and
  // no checkpoint vouches for (a rebuild folds into them, compares and drops them). They are read
  // as any projection's rows, but kept apart and written straight into sorted table files that the
  // store takes in whole: no write-ahead log, no memtable, no sync, no compaction; a crash loses
  // them. `puts` and `deletes` are each in key order, with no key in both.
  virtual Status WriteScratchRows(std::string_view name, const std::vector<std::pair<std::string_view, std::string_view>>& puts,
                                  const std::vector<std::string_view>& deletes) = 0;
  // Drops every scratch row and gives their space back at once.
  virtual Status DropScratchRows() = 0;

  // Checks RocksDB's block checksums of every column family (the log's and the projections'),
  // reading every key and value of those this open has not read whole already (a scan of every
  // event, of the stream index or of the texts checked the same checksums). Corruption names the
  // column family and the damaged file.
  virtual Status VerifyStoredFiles() const = 0;

  // Drops every projection's state and checkpoint without reading them (so that damaged state
  // can be rebuilt from the log).
  virtual Status DropProjections() = 0;

  // Counts for `dossier stats`.
  struct Stats {
    uint64_t events = 0;
    uint64_t streams = 0;
    uint64_t blobs = 0;
    uint64_t blob_bytes = 0;  // uncompressed
    uint64_t disk_bytes = 0;  // live SST and WAL files
  };
  virtual Result<Stats> ComputeStats() const = 0;
};

}  // namespace dossier
