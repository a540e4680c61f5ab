// The EventStore on RocksDB. Key layout: store/key_layout.h; format: doc/storage-format.md.
#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <thread>
#include <unordered_map>

#include <fmt/format.h>
#include <rocksdb/db.h>
#include <rocksdb/options.h>
#include <rocksdb/sst_file_reader.h>
#include <rocksdb/sst_file_writer.h>
#include <rocksdb/write_batch.h>

#include "dossier/event_store.h"
#include "model/envelope.h"
#include "store/family_options.h"
#include "store/head_record.h"
#include "store/key_layout.h"
#include "store/level0_merge.h"
#include "store/log_tree.h"
#include "store/merkle_frontier.h"
#include "store/quiet_logger.h"
#include "store/writer_lock.h"
#include "util/sha256.h"

namespace dossier {
namespace {

namespace fs = std::filesystem;

std::string DbPath(const std::string& dir) { return dir + "/db"; }

Status FromRocks(const rocksdb::Status& s, std::string_view what) {
  if (s.ok()) return Status::OK();
  if (s.IsCorruption()) return Status::Corruption(fmt::format("{}: {}", what, s.ToString()));
  return Status::IOError(fmt::format("{}: {}", what, s.ToString()));
}

// What every open of the store sets: RocksDB's WAL recovery may not drop a damaged record and
// what follows it (point-in-time recovery did that silently); only a record torn at the very end,
// which no command acknowledged, is dropped (and the head record catches one that was). The
// `salvage` open (read-only) recovers up to the first damage instead, to export what is intact.
rocksdb::DBOptions StoreOptions(const std::string& dir, OpenMode mode) {
  rocksdb::DBOptions options;
  options.max_background_jobs = 2;
  // Every open opens every table file (see EventStore::Open); RocksDB's default spreads that over 16
  // threads, which on two cores only adds their start and their contention: `log --limit 1` on a
  // 100k-article store (76 table files) took 0.80 x the CPU with one (farm-bench -n 15, paired).
  options.max_file_opening_threads = 1;
  options.wal_recovery_mode = mode == OpenMode::kSalvage ? rocksdb::WALRecoveryMode::kPointInTimeRecovery
                                                         : rocksdb::WALRecoveryMode::kTolerateCorruptedTailRecords;
  // Readers too: a reader without it that finds WALs tracked in the MANIFEST (a writer's flush
  // rotated one) trips an assertion in RocksDB's recovery (DBImpl::Recover, `recovery_ctx`).
  options.track_and_verify_wals_in_manifest = mode != OpenMode::kSalvage;
  // Every column family flushes together, so a reader that opens beside a flush sees all of them
  // as of one point: a consistent prefix of the log.
  options.atomic_flush = true;
  // A writer replays the write-ahead log that small writes left into its memtables and keeps it,
  // rather than flushing it into small table files at every open: see kMaxWalBytesLeft.
  options.avoid_flush_during_recovery = true;
  options.info_log = std::make_shared<QuietLogger>(mode == OpenMode::kReadWrite ? DbPath(dir) + "/LOG" : "");
  return options;
}

// The most write-ahead log a writer leaves behind it. Every open replays the live WAL into memory,
// and a read-only open cannot flush it, so it replays it every time: a bulk ingest of 1k articles
// left 57 MB (`log --limit 3` 0.05 s -> 1.2 s), a rebuild at 100k 1.15 GB; 2.3 MB cost `show` on a
// 10k-article store 15 ms of CPU more (0.022 -> 0.037 s). A writer that leaves more flushes its
// memtables as it closes, and the WAL goes with them. Small writes (one article, an annotation)
// keep theirs, one file each, until together they pass the bound: flushing at every close, or at
// every writer's open as RocksDB does by default, writes a few small table files per command (one
// per family), and the log kept is what e2e.wal_damage damages to show that a damaged, cut or older
// WAL is refused. While a writer runs, the WAL is bounded by the memtables' flushes (atomic_flush:
// all families together).
constexpr uint64_t kMaxWalBytesLeft = 1 << 20;

// How many rows ahead a write of scratch rows asks for a row's bytes.
constexpr size_t kPrefetchAhead = 8;

// A read-only open lists the live files and then opens them; a writer's compaction may delete one
// in between. That failure is worth another try, from the start.
bool IsFileRemovedUnderneath(const rocksdb::Status& s) {
  return (s.IsCorruption() || s.IsIOError() || s.IsPathNotFound()) &&
         s.ToString().find("No such file") != std::string::npos;
}

std::vector<rocksdb::ColumnFamilyDescriptor> FamilyDescriptors() {
  // Compactions start off: a writer turns them on once it writes much (StartCompactions).
  rocksdb::ColumnFamilyOptions plain = ZstdFamilyOptions();
  plain.disable_auto_compactions = true;
  rocksdb::ColumnFamilyOptions dense = DenseJsonFamilyOptions();
  dense.disable_auto_compactions = true;
  rocksdb::ColumnFamilyOptions blobs = plain;
  // Values of 64 KiB and more (a published briefing's JSON is megabytes) go to RocksDB's blob
  // files, so that no table block holds one: a block shared with an article text would make every
  // read of that text decompress the whole briefing (bench_brief: publishing slowed with each
  // version).
  blobs.enable_blob_files = true;
  blobs.min_blob_size = 64 << 10;
  blobs.blob_compression_type = rocksdb::kZSTD;
  return {
      {rocksdb::kDefaultColumnFamilyName, plain}, {keys::kEventsFamily, dense},
      {keys::kStreamsFamily, plain},              {keys::kBlobsFamily, blobs},
      {keys::kMetaFamily, plain},                 {keys::kProjectionsFamily, dense},
  };
}

enum Family { kDefault = 0, kEvents, kStreams, kBlobs, kMeta, kProjections };

class RocksEventStore final : public EventStore {
 public:
  RocksEventStore(std::string dir, std::unique_ptr<rocksdb::DB> db,
                  std::vector<rocksdb::ColumnFamilyHandle*> families, std::unique_ptr<WriterLock> lock,
                  Clock* clock)
      : dir_(std::move(dir)), db_(std::move(db)), families_(std::move(families)),
        lock_(std::move(lock)), clock_(clock) {}

  ~RocksEventStore() override {
    if (writable()) FlushLargeWal();
    if (writable() && replaced_projection_) CompactProjections();
    if (writable()) static_cast<void>(DropScratchRows());  // best effort: the next writer's open drops them
    if (compacting_) FinishCompactions();
    for (auto* family : families_) {
      if (family != nullptr) db_->DestroyColumnFamilyHandle(family);
    }
  }

  // Flushes every column family (atomically) when the live write-ahead log holds more than
  // kMaxWalBytesLeft. Best effort: a failed flush leaves the WAL, which the next open replays.
  void FlushLargeWal() {
    rocksdb::VectorLogPtr files;
    if (!db_->GetSortedWalFiles(files).ok()) return;
    uint64_t bytes = 0;
    for (const auto& file : files) {
      if (file->Type() == rocksdb::kAliveLogFile) bytes += file->SizeFileBytes();
    }
    if (bytes <= kMaxWalBytesLeft) return;
    rocksdb::FlushOptions wait;
    wait.wait = true;
    db_->Flush(wait, families_).PermitUncheckedError();
    for (auto* family : families_) {
      if (family != nullptr && !compacting_) BoundLevel0(family);
    }
  }

  // Keeps `family`'s level 0 near kMaxLevel0Files files by merging the newest run of them into one
  // level-0 file (store/level0_merge.h): never the levels below. Best effort, as the flush.
  void BoundLevel0(rocksdb::ColumnFamilyHandle* family) {
    rocksdb::ColumnFamilyMetaData meta;
    db_->GetColumnFamilyMetaData(family, &meta);
    if (meta.levels.empty()) return;
    std::vector<rocksdb::SstFileMetaData> level0 = meta.levels[0].files;
    std::sort(level0.begin(), level0.end(),
              [](const auto& a, const auto& b) { return a.largest_seqno > b.largest_seqno; });
    std::vector<uint64_t> sizes;
    for (const auto& file : level0) sizes.push_back(file.size);
    const size_t run = Level0MergeRun(sizes);
    if (run == 0) return;
    std::vector<std::string> newest;
    for (size_t i = 0; i < run; ++i) newest.push_back(level0[i].name);
    rocksdb::CompactionOptions merge;
    merge.compression = rocksdb::kDisableCompressionOption;  // the family's own (zstd, its dictionary)
    db_->CompactFiles(merge, family, newest, /*output_level=*/0).PermitUncheckedError();
  }

  // RocksDB's compactions run only in a writer that writes much (more than kMaxWalBytesLeft: a
  // bulk ingest, a rebuild, an import), and that writer lets them finish.
  // A compaction cut short by a close is thrown away and scheduled again at the next open: when
  // every writer compacted, a store left with one pending (a bulk ingest's closing flush adds
  // level-0 files) had every later small write (one article, an annotation) redo part of it on a
  // background thread and drop it, 0.03-0.07 s of CPU more per command on a 10k-article store, more
  // the larger the store, and the store was never compacted.
  void StartCompactions() {
    if (compacting_) return;
    compacting_ = true;
    for (auto* family : families_) {
      if (family != nullptr) db_->SetOptions(family, {{"disable_auto_compactions", "false"}}).PermitUncheckedError();
    }
  }

  // Waits until RocksDB has no compaction to run. Best effort: a background error, or a compaction
  // pending that none runs for a second, ends the wait.
  void FinishCompactions() {
    constexpr auto kPoll = std::chrono::milliseconds(10);
    constexpr int kIdlePolls = 100;
    for (int idle = 0; idle < kIdlePolls;) {
      uint64_t running = 0, errors = 0;
      if (!db_->GetIntProperty(rocksdb::DB::Properties::kNumRunningCompactions, &running) ||
          !db_->GetIntProperty(rocksdb::DB::Properties::kBackgroundErrors, &errors) || errors > 0) {
        return;
      }
      bool pending = false;
      for (auto* family : families_) {
        uint64_t needed = 0;
        pending = pending || (family != nullptr &&
                              db_->GetIntProperty(family, rocksdb::DB::Properties::kCompactionPending, &needed) &&
                              needed > 0);
      }
      if (!pending && running == 0) return;
      idle = running == 0 ? idle + 1 : 0;
      std::this_thread::sleep_for(kPoll);
    }
  }

  // Compacts the projections family after a writer replaced a projection's rows (a rebuild, or
  // the fold of a projection whose code version changed): until then the table files hold both
  // the replaced rows and their replacements (after `rebuild` of the 1k-article benchmark's store,
  // 10.7 MB on disk for 5.2 MB once compacted). Best effort, as the flush above.
  void CompactProjections() {
    rocksdb::CompactRangeOptions options;
    db_->CompactRange(options, families_[kProjections], nullptr, nullptr).PermitUncheckedError();
  }

  Status LoadHead() {
    std::string value;
    rocksdb::Status s = db_->Get({}, families_[kMeta], std::string(keys::kFormatVersion), &value);
    if (s.IsNotFound()) return Status::Corruption(fmt::format("{} is not a dossier store (no format version)", dir_));
    DOSSIER_RETURN_IF_ERROR(FromRocks(s, dir_));
    format_ = std::atoi(value.c_str());
    if (format_ > kStoreFormatVersion) {
      return Status::NotSupported(fmt::format(
          "store {} was written by a newer dossier (store format {}, this build reads up to {}); "
          "upgrade dossier to open it", dir_, format_, kStoreFormatVersion));
    }
    s = db_->Get({}, families_[kMeta], std::string(keys::kHead), &value);
    if (s.ok()) {
      head_ = keys::DecodeU64(value);
    } else if (!s.IsNotFound()) {
      return FromRocks(s, dir_);
    }
    s = db_->Get({}, families_[kMeta], std::string(keys::kChainHead), &value);
    if (s.ok()) {
      chain_head_ = value;
    } else if (!s.IsNotFound()) {
      return FromRocks(s, dir_);
    }
    s = db_->Get({}, families_[kMeta], std::string(keys::kMerkleSize), &value);
    if (s.ok()) {
      merkle_size_ = keys::DecodeU64(value);
    } else if (!s.IsNotFound()) {
      return FromRocks(s, dir_);
    }
    return Status::OK();
  }

  // A writer's tree: the kept tree's right edge, completed first with the events a store made
  // before the tree holds (in batches, each with the size it reached, so an interrupted build
  // resumes where it stopped).
  Status CompleteMerkleTree() {
    if (merkle_size_ > head_) {
      return Status::Corruption(fmt::format("store {}: its Merkle tree holds {} events but its log {}", dir_,
                                            merkle_size_, head_));
    }
    Result<MerkleFrontier> loaded = MerkleFrontier::Load(KeptSubtrees(*this), merkle_size_);
    if (!loaded.ok()) return loaded.status().WithContext(fmt::format("store {}", dir_));
    MerkleFrontier tree = std::move(*loaded);
    constexpr uint64_t kBuildBatch = 8192;
    rocksdb::WriteBatch write;
    auto commit = [&]() -> Status {
      write.Put(families_[kMeta], std::string(keys::kMerkleSize), keys::EncodeU64(tree.size()));
      RaiseFormat(&write);  // an older build would look for the levels this one does not keep
      WriteLowEdge(merkle_size_, tree, &write);
      DOSSIER_RETURN_IF_ERROR(Write(&write));
      write.Clear();
      merkle_size_ = tree.size();
      format_ = kStoreFormatVersion;
      return Status::OK();
    };
    DOSSIER_RETURN_IF_ERROR(ScanEncodedEventsFrom(merkle_size_ + 1, [&](uint64_t position, std::string_view bytes) -> Result<bool> {
      if (position != tree.size() + 1) return Status::Corruption(fmt::format("store {}: event {} is missing", dir_, tree.size() + 1));
      Result<std::string> hash = RecomputeEventHash(bytes);
      if (!hash.ok()) return hash.status().WithContext(fmt::format("store {}: event {}", dir_, position));
      DOSSIER_RETURN_IF_ERROR(AddToTree(*hash, &tree, &write));
      if (tree.size() % kBuildBatch == 0) DOSSIER_RETURN_IF_ERROR(commit());
      return position < head_;
    }));
    if (tree.size() != merkle_size_) DOSSIER_RETURN_IF_ERROR(commit());
    frontier_ = std::move(tree);
    return Status::OK();
  }

  bool writable() const { return lock_ != nullptr; }

  // Compares the log with the head record read before RocksDB was opened (so a writer's later
  // appends cannot make the record look ahead of the log). A writer brings the record up to the log.
  Status CheckHeadRecord(const std::optional<HeadRecord>& record) {
    if (record) {
      const std::string path = HeadRecordPath(dir_);
      if (record->position > head_) {
        return Status::Corruption(fmt::format(
            "store {} has lost acknowledged events: its head record ({}) names event {} (chain head {}) but the "
            "log ends at event {}; events {} to {} are missing (a damaged write-ahead log, or an older copy of "
            "{}/db put back). `dossier export --salvage` saves what is intact (see README, Promises)",
            dir_, path, record->position, record->chain_head, head_, head_ + 1, record->position, dir_));
      }
      std::string hash = GenesisHash();
      if (record->position > 0) {
        Result<RecordedEvent> event = ReadEvent(record->position);
        if (!event.ok()) {
          return Status::Corruption(fmt::format("store {}: the event its head record ({}) names: {}", dir_, path,
                                                event.status().message()));
        }
        hash = event->hash;
      }
      if (hash != record->chain_head) {
        return Status::Corruption(fmt::format(
            "store {}: event {} is not the one acknowledged: its hash is {}, the head record ({}) says {}; the "
            "log was replaced or rewritten after it. `dossier export --salvage` saves what is there (see README, "
            "Promises)", dir_, record->position, hash, path, record->chain_head));
      }
      if (record->position == head_) return Status::OK();
    }
    return writable() ? RecordHead() : Status::OK();
  }

  Result<AppendResult> Append(const AppendBatch& batch) override {
    if (!writable()) return Status::NotSupported("the store was opened read-only");
    std::unordered_map<std::string_view, uint64_t> versions;  // the streams this batch touches
    std::unique_ptr<rocksdb::Iterator> index;  // one for all the batch's stream-index lookups
    // The entry of `stream` in `versions`, looked up in the index the first time.
    auto version_of = [&](std::string_view stream) -> Result<uint64_t*> {
      auto it = versions.find(stream);
      if (it == versions.end()) {
        if (!index) index.reset(db_->NewIterator({}, families_[kStreams]));
        Result<uint64_t> current = StreamVersionAt(index.get(), stream);
        if (!current.ok()) return current.status();
        it = versions.emplace(stream, *current).first;
      }
      return &it->second;
    };
    for (const auto& [stream, expected] : batch.expected) {
      Result<uint64_t*> current = version_of(stream);
      if (!current.ok()) return current.status();
      if (expected != kAnyVersion && static_cast<uint64_t>(expected) != **current) {
        return Status::Conflict(fmt::format(
            "stream {} is at version {}, expected {}; another command changed it first",
            stream, **current, expected));
      }
    }

    rocksdb::WriteBatch write(BatchBytes(batch));
    for (const auto& [sha, bytes] : batch.blobs) {
      if (Sha256Hex(bytes) != sha) return Status::InvalidInput(fmt::format("blob {} does not match its hash", sha));
      write.Put(families_[kBlobs], sha, bytes);
    }
    // One event and one buffer for the whole batch: their strings keep their capacity from one
    // event to the next.
    RecordedEvent event;
    event.recorded_at = clock_->NowUtc();
    event.recorded_by = batch.recorded_by;
    event.correlation = batch.correlation;
    event.position = head_;
    event.hash = chain_head_;
    MerkleFrontier tree = frontier_;  // becomes the store's when the batch is written
    std::string bytes;
    for (const NewEvent& e : batch.events) {
      if (!IsValidStreamName(e.stream)) return Status::InvalidInput(fmt::format("bad stream name `{}`", e.stream));
      Result<uint64_t*> version = version_of(e.stream);
      if (!version.ok()) return version.status();
      ++event.position;
      event.stream = e.stream;
      event.version = ++**version;
      event.type = e.type;
      event.schema_version = e.schema_version;
      event.occurred_at = e.occurred_at;
      event.payload = e.payload;
      event.prev_hash.swap(event.hash);  // the previous event's hash; EncodeEvent sets this one's
      EncodeEvent(&event, &bytes);
      write.Put(families_[kEvents], keys::EncodeU64(event.position), bytes);
      write.Put(families_[kStreams], keys::StreamKey(event.stream, event.version), keys::EncodeU64(event.position));
      DOSSIER_RETURN_IF_ERROR(AddToTree(event.hash, &tree, &write));
    }
    AppendResult result;
    if (event.position > head_) {
      result.first_position = head_ + 1;
      result.last_position = event.position;
      write.Put(families_[kMeta], std::string(keys::kHead), keys::EncodeU64(event.position));
      write.Put(families_[kMeta], std::string(keys::kChainHead), event.hash);
      write.Put(families_[kMeta], std::string(keys::kMerkleSize), keys::EncodeU64(tree.size()));
      RaiseFormat(&write);
      WriteLowEdge(frontier_.size(), tree, &write);
    }
    const bool raised = event.position > head_ && format_ < kStoreFormatVersion;
    DOSSIER_RETURN_IF_ERROR(Write(&write));
    if (raised) CompactDroppedTreeLevels();
    if (event.position > head_) format_ = kStoreFormatVersion;
    head_ = event.position;
    chain_head_ = event.hash;
    frontier_ = std::move(tree);
    merkle_size_ = frontier_.size();
    DOSSIER_RETURN_IF_ERROR(RecordHead());
    return result;
  }

  Status Import(const std::vector<std::string>& encoded_events,
                const std::vector<std::pair<std::string, std::string>>& blobs) override {
    if (!writable()) return Status::NotSupported("the store was opened read-only");
    if (head_ != 0) return Status::InvalidInput(fmt::format("store {} is not empty; import needs an empty store", dir_));
    rocksdb::WriteBatch write;
    for (const auto& [sha, bytes] : blobs) {
      if (Sha256Hex(bytes) != sha) return Status::Corruption(fmt::format("blob {}: its text does not match its hash", sha));
      write.Put(families_[kBlobs], sha, bytes);
    }
    std::unordered_map<std::string, uint64_t> versions;
    std::string prev = GenesisHash();
    uint64_t position = 0;
    MerkleFrontier tree;
    for (const std::string& bytes : encoded_events) {
      Result<RecordedEvent> event = DecodeEvent(bytes);
      if (!event.ok()) return event.status().WithContext(fmt::format("event {}", position + 1));
      DOSSIER_RETURN_IF_ERROR(CheckEventLink(bytes, *event, position + 1, prev));
      if (event->version != ++versions[event->stream]) {
        return Status::Corruption(fmt::format("event {}: stream {} version {} breaks the stream's sequence",
                                              event->position, event->stream, event->version));
      }
      position = event->position;
      prev = event->hash;
      write.Put(families_[kEvents], keys::EncodeU64(position), bytes);
      write.Put(families_[kStreams], keys::StreamKey(event->stream, event->version), keys::EncodeU64(position));
      DOSSIER_RETURN_IF_ERROR(AddToTree(event->hash, &tree, &write));
    }
    write.Put(families_[kMeta], std::string(keys::kHead), keys::EncodeU64(position));
    write.Put(families_[kMeta], std::string(keys::kChainHead), prev);
    write.Put(families_[kMeta], std::string(keys::kMerkleSize), keys::EncodeU64(tree.size()));
    WriteLowEdge(0, tree, &write);
    DOSSIER_RETURN_IF_ERROR(Write(&write));
    head_ = position;
    chain_head_ = prev;
    frontier_ = std::move(tree);
    merkle_size_ = frontier_.size();
    return RecordHead();
  }

  uint64_t head_position() const override { return head_; }
  std::string chain_head() const override { return chain_head_; }
  uint64_t merkle_size() const override { return merkle_size_; }

  Result<std::string> MerkleSubtree(unsigned level, uint64_t index) const override {
    std::string hash;
    rocksdb::Status s = db_->Get({}, families_[kMeta], keys::MerkleKey(level, index), &hash);
    if (s.IsNotFound()) return Status::NotFound(fmt::format("no Merkle subtree at level {} index {}", level, index));
    DOSSIER_RETURN_IF_ERROR(FromRocks(s, "Merkle tree"));
    return hash;
  }

  Status ScanMerkleSubtrees(unsigned level, uint64_t begin, uint64_t end,
                            const std::function<bool(uint64_t, std::string_view)>& fn) const override {
    const std::string lower = keys::MerkleKey(level, begin);
    const std::string upper = keys::MerkleKey(level, end);
    rocksdb::Slice upper_slice(upper);
    rocksdb::ReadOptions options;
    options.iterate_upper_bound = &upper_slice;
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(options, families_[kMeta]));
    const size_t index_at = lower.size() - 8;
    for (it->Seek(lower); it->Valid(); it->Next()) {
      if (it->key().size() != lower.size()) return Status::Corruption("a Merkle tree key is damaged");
      if (!fn(keys::DecodeU64(it->key().ToStringView().substr(index_at)), it->value().ToStringView())) break;
    }
    return FromRocks(it->status(), "Merkle tree");
  }

  Result<uint64_t> StreamVersion(std::string_view stream) const override {
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator({}, families_[kStreams]));
    return StreamVersionAt(it.get(), stream);
  }

  Status ReadAll(uint64_t from, const std::function<bool(const RecordedEvent&)>& fn) const override {
    RecordedEvent event;  // one for the whole scan, so that decoding reuses its strings
    return ScanEncodedEventsFrom(from, [&](uint64_t position, std::string_view bytes) -> Result<bool> {
      Status decoded = DecodeEvent(bytes, &event);
      if (!decoded.ok()) return decoded.WithContext(fmt::format("event {}", position));
      return fn(event);
    });
  }

  Status ReadStream(std::string_view stream,
                    const std::function<bool(const RecordedEvent&)>& fn) const override {
    const std::string lower = keys::StreamKey(stream, 0);
    const std::string upper = keys::StreamUpperBound(stream);
    rocksdb::Slice upper_slice(upper);
    rocksdb::ReadOptions options;
    options.iterate_upper_bound = &upper_slice;
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(options, families_[kStreams]));
    for (it->Seek(lower); it->Valid(); it->Next()) {
      if (it->value().size() != 8) return Status::Corruption(fmt::format("stream index of {} is damaged", stream));
      Result<RecordedEvent> event = ReadEvent(keys::DecodeU64(it->value().ToStringView()));
      if (!event.ok()) return event.status();
      if (!fn(*event)) break;
    }
    return FromRocks(it->status(), "stream index");
  }

  Status ScanStreamIndex(
      const std::function<bool(std::string_view, uint64_t, uint64_t)>& fn) const override {
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator({}, families_[kStreams]));
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      std::string_view key = it->key().ToStringView();
      if (key.size() < 9 || key[key.size() - 9] != '\0' || it->value().size() != 8) {
        return Status::Corruption("a stream index entry is damaged");
      }
      if (!fn(key.substr(0, key.size() - 9), keys::DecodeU64(key.substr(key.size() - 8)),
              keys::DecodeU64(it->value().ToStringView()))) {
        break;
      }
    }
    NoteReadWhole(kStreams, it.get());
    return FromRocks(it->status(), "stream index");
  }

  Result<std::string> ReadEncodedEvent(uint64_t position) const override {
    std::string bytes;
    rocksdb::Status s = db_->Get({}, families_[kEvents], keys::EncodeU64(position), &bytes);
    if (s.IsNotFound()) return Status::NotFound(fmt::format("no event at position {}", position));
    DOSSIER_RETURN_IF_ERROR(FromRocks(s, "events"));
    return bytes;
  }

  Result<RecordedEvent> ReadEvent(uint64_t position) const override {
    Result<std::string> bytes = ReadEncodedEvent(position);
    if (!bytes.ok()) return bytes.status();
    Result<RecordedEvent> event = DecodeEvent(*bytes);
    if (!event.ok()) return event.status().WithContext(fmt::format("event {}", position));
    return event;
  }

  Result<RecordedEvent> ReadStreamEvent(std::string_view stream, uint64_t version) const override {
    std::string position;
    rocksdb::Status s = db_->Get({}, families_[kStreams], keys::StreamKey(stream, version), &position);
    if (s.IsNotFound()) return Status::NotFound(fmt::format("stream {} has no version {}", stream, version));
    DOSSIER_RETURN_IF_ERROR(FromRocks(s, "stream index"));
    if (position.size() != 8) return Status::Corruption(fmt::format("stream index of {} is damaged", stream));
    return ReadEvent(keys::DecodeU64(position));
  }

  Status ScanEncodedEvents(
      const std::function<bool(uint64_t, std::string_view)>& fn) const override {
    return ScanEncodedEventsFrom(1, [&](uint64_t position, std::string_view bytes) -> Result<bool> {
      return fn(position, bytes);
    });
  }

  Result<std::string> GetBlob(std::string_view sha256_hex) const override {
    std::string bytes;
    rocksdb::Status s = db_->Get({}, families_[kBlobs], rocksdb::Slice(sha256_hex.data(), sha256_hex.size()), &bytes);
    if (s.IsNotFound()) return Status::NotFound(fmt::format("no stored text with SHA-256 {}", sha256_hex));
    DOSSIER_RETURN_IF_ERROR(FromRocks(s, "blobs"));
    return bytes;
  }

  Status ScanBlobs(const std::function<bool(std::string_view, std::string_view)>& fn) const override {
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator({}, families_[kBlobs]));
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      if (!fn(it->key().ToStringView(), it->value().ToStringView())) break;
    }
    NoteReadWhole(kBlobs, it.get());
    return FromRocks(it->status(), "blobs");
  }

  Result<std::optional<ProjectionCheckpoint>> GetCheckpoint(std::string_view projection) const override {
    std::string value;
    rocksdb::Status s = db_->Get({}, families_[kMeta], CheckpointKey(projection), &value);
    if (s.IsNotFound()) return std::optional<ProjectionCheckpoint>();
    DOSSIER_RETURN_IF_ERROR(FromRocks(s, "checkpoints"));
    ProjectionCheckpoint checkpoint;
    unsigned long long position = 0;
    if (std::sscanf(value.c_str(), "%d %llu", &checkpoint.code_version, &position) != 2) {
      return Status::Corruption(fmt::format("checkpoint of projection {} is damaged", projection));
    }
    checkpoint.position = position;
    return std::optional<ProjectionCheckpoint>(checkpoint);
  }

  Status ScanProjection(std::string_view projection,
                        const std::function<bool(std::string_view, std::string_view)>& fn) const override {
    return ScanProjectionRange(projection, "", std::nullopt, fn);
  }

  Result<std::optional<std::string>> GetProjectionRow(std::string_view projection, std::string_view key) const override {
    rocksdb::ColumnFamilyHandle* family = RowsFamily(projection);
    if (family == nullptr) return std::optional<std::string>();
    std::string value;
    rocksdb::Status s = db_->Get({}, family, keys::ProjectionKey(projection, key), &value);
    if (s.IsNotFound()) return std::optional<std::string>();
    DOSSIER_RETURN_IF_ERROR(FromRocks(s, "projections"));
    return std::optional<std::string>(std::move(value));
  }

  Status ScanProjectionRange(std::string_view projection, std::string_view begin, std::optional<std::string_view> end,
                             const std::function<bool(std::string_view, std::string_view)>& fn) const override {
    rocksdb::ColumnFamilyHandle* family = RowsFamily(projection);
    if (family == nullptr) return Status::OK();
    const std::string prefix = keys::ProjectionKey(projection, "");
    std::string upper = end ? keys::ProjectionKey(projection, *end) : keys::ProjectionUpperBound(projection);
    rocksdb::Slice upper_slice(upper);
    rocksdb::ReadOptions options;
    options.iterate_upper_bound = &upper_slice;
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(options, family));
    for (it->Seek(keys::ProjectionKey(projection, begin)); it->Valid(); it->Next()) {
      std::string_view key = it->key().ToStringView().substr(prefix.size());
      if (!fn(key, it->value().ToStringView())) break;
    }
    return FromRocks(it->status(), "projections");
  }

  Status CommitProjections(const std::vector<ProjectionCommit>& commits) override {
    if (!writable()) return Status::NotSupported("the store was opened read-only");
    rocksdb::WriteBatch write;
    for (const ProjectionCommit& commit : commits) {
      if (commit.clear_first) {
        write.DeleteRange(families_[kProjections], keys::ProjectionKey(commit.projection, ""),
                          keys::ProjectionUpperBound(commit.projection));
        // Rows are replaced only where there were some (a projection's, or a rebuild's scratch rows
        // it drops): the first fold of a new store replaces nothing, and its small write keeps its
        // WAL (see kMaxWalBytesLeft).
        replaced_projection_ = replaced_projection_ || HasRows(commit.projection);
      }
      // Each key written after the name in one buffer.
      std::string key = keys::ProjectionKey(commit.projection, "");
      const size_t named = key.size();
      for (std::string_view deleted : commit.deletes) {
        key.resize(named);
        key.append(deleted);
        write.Delete(families_[kProjections], key);
      }
      for (const auto& [put, value] : commit.puts) {
        key.resize(named);
        key.append(put);
        write.Put(families_[kProjections], key, rocksdb::Slice(value.data(), value.size()));
      }
      if (commit.checkpoint) {
        write.Put(families_[kMeta], CheckpointKey(commit.projection), fmt::format("{} {}", commit.code_version, *commit.checkpoint));
      } else {
        write.Delete(families_[kMeta], CheckpointKey(commit.projection));
      }
    }
    return Write(&write);
  }

  Status WriteScratchRows(std::string_view name, const std::vector<std::pair<std::string_view, std::string_view>>& puts,
                          const std::vector<std::string_view>& deletes) override {
    if (!writable()) return Status::NotSupported("the store was opened read-only");
    if (!IsScratch(name)) return Status::InvalidInput(fmt::format("{} is not a name of scratch rows", name));
    if (puts.empty() && deletes.empty()) return Status::OK();
    const std::string what = fmt::format("store {}: scratch rows {}", dir_, name);
    if (scratch_ == nullptr) {
      DOSSIER_RETURN_IF_ERROR(FromRocks(db_->CreateColumnFamily(ScratchFamilyOptions(), keys::kScratchFamily, &scratch_), what));
    }
    // Beside the database, not in it: RocksDB takes the file in by a hard link. A file left by a
    // killed rebuild is overwritten by the next.
    const std::string path = dir_ + "/scratch-rows.sst";
    rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), rocksdb::Options(rocksdb::DBOptions(), ScratchFamilyOptions()), scratch_);
    DOSSIER_RETURN_IF_ERROR(FromRocks(writer.Open(path), what));
    // The two lists merged in key order, as a table file holds its keys: the puts before each
    // delete found by a binary search (deletes are few; comparing every put with the next delete
    // missed the cache on the put's key, which is far from the one before it), each key written
    // after the name in one buffer.
    std::string key = keys::ProjectionKey(name, "");
    const size_t named = key.size();
    size_t put = 0;
    for (size_t deleted = 0; deleted <= deletes.size(); ++deleted) {
      const auto puts_left = puts.begin() + static_cast<std::ptrdiff_t>(put);
      const size_t until = deleted == deletes.size()
                               ? puts.size()
                               : static_cast<size_t>(std::lower_bound(puts_left, puts.end(), deletes[deleted],
                                                                      [](const auto& p, std::string_view d) { return p.first < d; }) -
                                                     puts.begin());
      for (; put < until; ++put) {
        // The puts are in key order, their bytes where the fold wrote them: asked for ahead of time.
        if (put + kPrefetchAhead < puts.size()) __builtin_prefetch(puts[put + kPrefetchAhead].first.data());
        key.resize(named);
        key.append(puts[put].first);
        DOSSIER_RETURN_IF_ERROR(FromRocks(writer.Put(key, rocksdb::Slice(puts[put].second.data(), puts[put].second.size())), what));
      }
      if (deleted == deletes.size()) break;
      key.resize(named);
      key.append(deletes[deleted]);
      DOSSIER_RETURN_IF_ERROR(FromRocks(writer.Delete(key), what));
    }
    DOSSIER_RETURN_IF_ERROR(FromRocks(writer.Finish(), what));
    rocksdb::IngestExternalFileOptions ingest;
    ingest.move_files = true;
    const rocksdb::Status s = db_->IngestExternalFile(scratch_, {path}, ingest);
    std::error_code ignored;
    fs::remove(path, ignored);  // the store holds its own link now
    return FromRocks(s, what);
  }

  Status DropScratchRows() override {
    if (!writable()) return Status::NotSupported("the store was opened read-only");
    const std::string what = fmt::format("store {}: dropping scratch rows", dir_);
    // Scratch rows that an older dossier kept among the projections' (a rebuild killed then).
    std::string legacy_end(keys::kScratchPrefix);
    legacy_end.back() += 1;
    if (HasRows(std::string(keys::kScratchPrefix), legacy_end)) {
      rocksdb::WriteBatch write;
      write.DeleteRange(families_[kProjections], std::string(keys::kScratchPrefix), legacy_end);
      DOSSIER_RETURN_IF_ERROR(Write(&write));
      replaced_projection_ = true;
    }
    if (scratch_ == nullptr) return Status::OK();
    DOSSIER_RETURN_IF_ERROR(FromRocks(db_->DropColumnFamily(scratch_), what));
    DOSSIER_RETURN_IF_ERROR(FromRocks(db_->DestroyColumnFamilyHandle(scratch_), what));
    scratch_ = nullptr;
    return Status::OK();
  }

  // Whether `projection` has a row.
  bool HasRows(const std::string& projection) const {
    return HasRows(keys::ProjectionKey(projection, ""), keys::ProjectionUpperBound(projection));
  }

  // Whether the projections' family has a key in [begin, end).
  bool HasRows(const std::string& begin, const std::string& end) const {
    rocksdb::Slice upper_slice(end);
    rocksdb::ReadOptions options;
    options.iterate_upper_bound = &upper_slice;
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(options, families_[kProjections]));
    it->Seek(begin);
    return it->Valid();
  }

  Status VerifyStoredFiles() const override {
    // Each family this open has not read whole already (verify's scans of the events, the stream
    // index and the texts checked the same checksums): the checksum of every block of its table
    // files, read as stored, not decompressed (SstFileReader::VerifyChecksum), which costs about
    // what reading the files does. Those are opened by name, and a read-only open beside a writer
    // may list a file that a compaction has removed since: then the family is read instead through
    // an iterator, which reads the files this open holds (and decompresses every block).
    const std::vector<rocksdb::ColumnFamilyDescriptor> descriptors = FamilyDescriptors();
    for (size_t family = 0; family < families_.size(); ++family) {
      if (read_whole_[family]) continue;
      rocksdb::Status s = VerifyTableChecksums(static_cast<Family>(family), descriptors[family].options);
      if (IsFileRemovedUnderneath(s)) s = ReadFamilyWhole(static_cast<Family>(family));
      if (!s.ok()) return FamilyDamage(descriptors[family].name, s);
    }
    return Status::OK();
  }

  Status DropProjections() override {
    if (!writable()) return Status::NotSupported("the store was opened read-only");
    // The checkpoints go first: state without a checkpoint is rebuilt, a checkpoint without its
    // state would be believed.
    std::string upper(keys::kCheckpointPrefix);
    upper.back() += 1;
    rocksdb::WriteBatch write;
    write.DeleteRange(families_[kMeta], std::string(keys::kCheckpointPrefix), upper);
    DOSSIER_RETURN_IF_ERROR(Write(&write));
    rocksdb::ColumnFamilyHandle*& projections = families_[kProjections];
    DOSSIER_RETURN_IF_ERROR(FromRocks(db_->DropColumnFamily(projections), fmt::format("store {}: projections", dir_)));
    DOSSIER_RETURN_IF_ERROR(FromRocks(db_->DestroyColumnFamilyHandle(projections), "projections"));
    projections = nullptr;
    const rocksdb::ColumnFamilyDescriptor descriptor = FamilyDescriptors()[kProjections];
    return FromRocks(db_->CreateColumnFamily(descriptor.options, descriptor.name, &projections),
                     fmt::format("store {}: projections", dir_));
  }

  Result<Stats> ComputeStats() const override {
    Stats stats;
    stats.events = head_;
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator({}, families_[kStreams]));
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      rocksdb::Slice key = it->key();
      if (key.size() >= 9 && keys::DecodeU64(std::string_view(key.data() + key.size() - 8, 8)) == 1) ++stats.streams;
    }
    DOSSIER_RETURN_IF_ERROR(FromRocks(it->status(), "stream index"));
    DOSSIER_RETURN_IF_ERROR(ScanBlobs([&](std::string_view, std::string_view bytes) {
      ++stats.blobs;
      stats.blob_bytes += bytes.size();
      return true;
    }));
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(DbPath(dir_), error)) {
      if (entry.is_regular_file(error)) stats.disk_bytes += entry.file_size(error);
    }
    return stats;
  }

 private:
  static bool IsScratch(std::string_view name) { return name.substr(0, keys::kScratchPrefix.size()) == keys::kScratchPrefix; }

  // The family that keeps the rows named `projection` (null: scratch rows, and there are none).
  rocksdb::ColumnFamilyHandle* RowsFamily(std::string_view projection) const {
    return IsScratch(projection) ? scratch_ : families_[kProjections];
  }

  static std::string CheckpointKey(std::string_view projection) {
    return std::string(keys::kCheckpointPrefix) + std::string(projection);
  }

  // Every key and value of `family` read through an iterator, each block checked against its checksum.
  rocksdb::Status ReadFamilyWhole(Family family) const {
    rocksdb::ReadOptions read;
    read.verify_checksums = true;
    read.fill_cache = false;
    read.readahead_size = 2 << 20;
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(read, families_[family]));
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
    }
    return it->status();
  }

  // The block checksums of the table files of `family`; the texts' family is read whole
  // (SstFileReader reads no blob file).
  rocksdb::Status VerifyTableChecksums(Family family, const rocksdb::ColumnFamilyOptions& family_options) const {
    if (family == kBlobs) return ReadFamilyWhole(family);
    rocksdb::ReadOptions read;
    read.fill_cache = false;
    read.readahead_size = 2 << 20;
    rocksdb::ColumnFamilyMetaData meta;
    db_->GetColumnFamilyMetaData(families_[family], &meta);
    const rocksdb::Options options(rocksdb::DBOptions(), family_options);
    for (const rocksdb::LevelMetaData& level : meta.levels) {
      for (const rocksdb::SstFileMetaData& file : level.files) {
        rocksdb::SstFileReader reader(options);
        rocksdb::Status s = reader.Open(file.directory + "/" + file.relative_filename);
        if (s.ok()) s = reader.VerifyChecksum(read);
        if (!s.ok()) return s;
      }
    }
    return rocksdb::Status::OK();
  }

  // The version of `stream` as `it`, an iterator over the stream index, sees it.
  static Result<uint64_t> StreamVersionAt(rocksdb::Iterator* it, std::string_view stream) {
    auto of_stream = [&] {
      rocksdb::Slice key = it->key();
      return key.size() == stream.size() + 9 && key.starts_with(rocksdb::Slice(stream.data(), stream.size())) &&
             key[stream.size()] == '\0';
    };
    // A forward seek first: it answers for a new stream (the usual case) in one search, where
    // SeekForPrev takes three.
    it->Seek(keys::StreamKey(stream, 0));
    DOSSIER_RETURN_IF_ERROR(FromRocks(it->status(), "stream index"));
    if (!it->Valid() || !of_stream()) return uint64_t{0};
    it->SeekForPrev(keys::StreamKey(stream, UINT64_MAX));
    DOSSIER_RETURN_IF_ERROR(FromRocks(it->status(), "stream index"));
    if (!it->Valid() || !of_stream()) return Status::Corruption(fmt::format("stream index of {} is damaged", stream));
    return keys::DecodeU64(std::string_view(it->key().data() + stream.size() + 1, 8));
  }

  // What `batch` will take in a WriteBatch, near enough to allocate it once.
  static size_t BatchBytes(const AppendBatch& batch) {
    size_t bytes = 1024;
    for (const auto& [sha, blob] : batch.blobs) bytes += sha.size() + blob.size() + 16;
    for (const NewEvent& e : batch.events) bytes += e.payload.size() + 2 * e.stream.size() + 512;
    return bytes;
  }

  // Adds the event whose hash is `event_hash` to `tree`, the subtrees it completes that the store
  // keeps (keys::kLowestKeptMerkleLevel and up) to `write`.
  Status AddToTree(std::string_view event_hash, MerkleFrontier* tree, rocksdb::WriteBatch* write) {
    Result<MerkleHash> leaf = EventLeafHash(event_hash);
    if (!leaf.ok()) return leaf.status();
    tree->Append(*leaf, [&](unsigned level, uint64_t index, const MerkleHash& hash) {
      if (level >= keys::kLowestKeptMerkleLevel) write->Put(families_[kMeta], keys::MerkleKey(level, index), MerkleBytes(hash));
    });
    return Status::OK();
  }

  // Below keys::kLowestKeptMerkleLevel the store keeps the tree's right edge alone: replaces the
  // edge subtrees of the tree of `old_size` events with those of `tree` (at most four of each), so
  // that the tree head and a writer's edge are read without reading events.
  void WriteLowEdge(uint64_t old_size, const MerkleFrontier& tree, rocksdb::WriteBatch* write) {
    for (unsigned level = 0; level < keys::kLowestKeptMerkleLevel; ++level) {
      if ((old_size >> level & 1) != 0) write->Delete(families_[kMeta], keys::MerkleKey(level, (old_size >> level) - 1));
    }
    tree.ForEachEdgeSubtree([&](unsigned level, uint64_t index, const MerkleHash& hash) {
      if (level < keys::kLowestKeptMerkleLevel) write->Put(families_[kMeta], keys::MerkleKey(level, index), MerkleBytes(hash));
    });
  }

  // The first append of this build to an older store (or the batch completing its tree) raises its
  // format in the same batch: the events it appends may be of schemas an older build cannot read
  // (FiguresExtracted 2 in format 2), and format 3 keeps the Merkle tree's levels below
  // keys::kLowestKeptMerkleLevel only on its edge, so an older build must refuse the store from
  // then on. The same batch drops every row of those levels an older build kept (the caller writes
  // the edge after it). The events already there stay as they are; this build reads every schema.
  void RaiseFormat(rocksdb::WriteBatch* write) {
    if (format_ < kStoreFormatVersion) {
      write->Put(families_[kMeta], std::string(keys::kFormatVersion), std::to_string(kStoreFormatVersion));
      write->DeleteRange(families_[kMeta], keys::MerkleKey(0, 0), keys::MerkleKey(keys::kLowestKeptMerkleLevel, 0));
    }
  }

  // The rows RaiseFormat dropped (8 M at 1M articles) stay on disk until a compaction rewrites
  // their table files: rewrite them now, once. Best effort, as the flush above.
  void CompactDroppedTreeLevels() {
    const std::string begin = keys::MerkleKey(0, 0), end = keys::MerkleKey(keys::kLowestKeptMerkleLevel, 0);
    const rocksdb::Slice begin_slice(begin), end_slice(end);
    db_->CompactRange(rocksdb::CompactRangeOptions(), families_[kMeta], &begin_slice, &end_slice).PermitUncheckedError();
  }

  Status RecordHead() { return WriteHeadRecord(dir_, HeadRecord{head_, chain_head_}).WithContext(fmt::format("store {}", dir_)); }

  Status Write(rocksdb::WriteBatch* write) {
    rocksdb::WriteOptions options;
    options.sync = true;  // a command that says it recorded something has it on disk
    rocksdb::Status s = db_->Write(options, write);
    if (!s.ok()) return FromRocks(s, fmt::format("writing to store {}", dir_));
    written_bytes_ += write->GetDataSize();
    if (written_bytes_ > kMaxWalBytesLeft) StartCompactions();
    return Status::OK();
  }

  Status ScanEncodedEventsFrom(uint64_t from,
                               const std::function<Result<bool>(uint64_t, std::string_view)>& fn) const {
    const std::string lower = keys::EncodeU64(from);
    rocksdb::Slice lower_slice(lower);
    rocksdb::ReadOptions options;
    options.iterate_lower_bound = &lower_slice;
    options.readahead_size = 2 << 20;
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(options, families_[kEvents]));
    for (it->Seek(lower); it->Valid(); it->Next()) {
      if (it->key().size() != 8) return Status::Corruption("an event key is not a position");
      Result<bool> more = fn(keys::DecodeU64(it->key().ToStringView()), it->value().ToStringView());
      if (!more.ok()) return more.status();
      if (!*more) break;
    }
    if (from == 1) NoteReadWhole(kEvents, it.get());
    if (it->status().IsCorruption()) return FamilyDamage(keys::kEventsFamily, it->status());
    return FromRocks(it->status(), "events");
  }

  // After a scan of every key of `family` from its first: when `it` ran past the last key without
  // an error, every block of the family was read through its checksum (and its values with it).
  void NoteReadWhole(Family family, const rocksdb::Iterator* it) const {
    if (!it->Valid() && it->status().ok()) read_whole_[family] = true;
  }

  // A table file of `family` that fails its checksum, named with the way out.
  Status FamilyDamage(std::string_view family, const rocksdb::Status& s) const {
    const std::string_view repair =
        family == keys::kProjectionsFamily ? "the projections are derived from the log: `dossier rebuild` recomputes them"
        : family == keys::kEventsFamily    ? "`dossier export --salvage` saves every event before the damage; restore "
                                             "the rest from an export or a copy"
                                           : "restore the store from an export (`dossier import`) or a copy";
    return Status::Corruption(fmt::format("store {}: the stored files of column family `{}` are damaged ({}); {}",
                                          dir_, family, s.ToString(), repair));
  }

  std::string dir_;
  std::unique_ptr<rocksdb::DB> db_;
  std::vector<rocksdb::ColumnFamilyHandle*> families_;
  std::unique_ptr<WriterLock> lock_;  // null when read-only
  Clock* clock_;
  mutable std::array<std::atomic<bool>, kProjections + 1> read_whole_{};  // NoteReadWhole, by Family
  bool replaced_projection_ = false;  // a commit cleared a projection's rows (CompactProjections)
  uint64_t written_bytes_ = 0;        // by this writer: past kMaxWalBytesLeft it compacts
  bool compacting_ = false;           // StartCompactions was called
  rocksdb::ColumnFamilyHandle* scratch_ = nullptr;  // the scratch rows' family, while there is one
  int format_ = kStoreFormatVersion;  // the store's, as read at open (an append raises it)
  uint64_t head_ = 0;
  std::string chain_head_ = GenesisHash();
  uint64_t merkle_size_ = 0;  // the events the kept Merkle tree holds
  MerkleFrontier frontier_;    // a writer's: the right edge of that tree
};

// Whether the store in `dir` has a column family of scratch rows (a killed rebuild's).
bool HasScratchFamily(const std::string& dir) {
  std::vector<std::string> names;
  if (!rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), DbPath(dir), &names).ok()) return false;
  return std::find(names.begin(), names.end(), keys::kScratchFamily) != names.end();
}

constexpr int kReaderAttempts = 20;  // about 0.4 s of waiting in all

// Where the store's MANIFEST stands: the file CURRENT names and its size. A writer appends to it
// at every change of the live files (a new WAL, a flush, a compaction), just before it deletes the
// files the change made obsolete.
std::string ManifestMark(const std::string& dir) {
  std::ifstream current(DbPath(dir) + "/CURRENT");
  std::string name;
  std::getline(current, name);
  std::error_code error;
  const uintmax_t size = fs::file_size(DbPath(dir) + "/" + name, error);
  return fmt::format("{} {}", name, error ? 0 : size);
}

Result<std::unique_ptr<EventStore>> OpenOnce(const std::string& dir, OpenMode mode, std::unique_ptr<WriterLock> lock,
                                             Clock* clock) {
  // Read before the log, so that the log can only be ahead of it (see CheckHeadRecord).
  std::optional<HeadRecord> record;
  if (mode != OpenMode::kSalvage) {
    Result<std::optional<HeadRecord>> read = ReadHeadRecord(dir);
    if (!read.ok()) return read.status();
    record = std::move(*read);
  }
  const rocksdb::DBOptions options = StoreOptions(dir, mode);
  const std::string manifest = mode == OpenMode::kReadWrite ? std::string() : ManifestMark(dir);
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  rocksdb::Status s = mode == OpenMode::kReadWrite
      ? rocksdb::DB::Open(options, DbPath(dir), FamilyDescriptors(), &handles, &raw)
      : rocksdb::DB::OpenForReadOnly(options, DbPath(dir), FamilyDescriptors(), &handles, &raw);
  if (mode == OpenMode::kReadWrite && s.IsInvalidArgument() && HasScratchFamily(dir)) {
    // A rebuild was killed and left its scratch rows, which a writer must open to drop.
    std::vector<rocksdb::ColumnFamilyDescriptor> descriptors = FamilyDescriptors();
    descriptors.emplace_back(keys::kScratchFamily, ScratchFamilyOptions());
    s = rocksdb::DB::Open(options, DbPath(dir), descriptors, &handles, &raw);
    if (s.ok()) {
      rocksdb::ColumnFamilyHandle* scratch = handles.back();
      handles.pop_back();
      s = raw->DropColumnFamily(scratch);
      raw->DestroyColumnFamilyHandle(scratch).PermitUncheckedError();
      if (!s.ok()) {
        for (auto* handle : handles) raw->DestroyColumnFamilyHandle(handle).PermitUncheckedError();
        delete raw;
      }
    }
  }
  if (s.IsCorruption() || IsFileRemovedUnderneath(s)) {
    return Status::Corruption(fmt::format(
        "opening store {}: {}; what was acknowledged may be damaged, and nothing was changed. "
        "`dossier export --salvage` saves what is intact (see README, Promises)", dir, s.ToString()));
  }
  DOSSIER_RETURN_IF_ERROR(FromRocks(s, fmt::format("opening store {}", dir)));
  auto store = std::make_unique<RocksEventStore>(dir, std::unique_ptr<rocksdb::DB>(raw), std::move(handles),
                                                 std::move(lock), clock);
  // A reader reads the MANIFEST, then lists the WALs to replay. A writer's flush in between
  // records its table files and deletes the WALs they hold, in order, one file at a time: a reader
  // that lists them part way replays the later WALs over the older table files, a log with a gap,
  // which RocksDB does not notice (it checks the WALs from the first one still there). So a reader
  // whose open saw the MANIFEST change opens again.
  if (mode != OpenMode::kReadWrite && ManifestMark(dir) != manifest) {
    return Status::StoreInUse(fmt::format("store {} kept changing while it was opened (a writer beside it); "
                                          "try again", dir));
  }
  DOSSIER_RETURN_IF_ERROR(store->LoadHead());
  if (mode != OpenMode::kSalvage) DOSSIER_RETURN_IF_ERROR(store->CheckHeadRecord(record));
  if (mode == OpenMode::kReadWrite) DOSSIER_RETURN_IF_ERROR(store->CompleteMerkleTree());
  return std::unique_ptr<EventStore>(std::move(store));
}

}  // namespace

Status EventStore::Create(const std::string& dir) {
  std::error_code error;
  if (fs::exists(DbPath(dir) + "/CURRENT", error)) {
    return Status::InvalidInput(fmt::format("{} already holds a dossier store", dir));
  }
  fs::create_directories(DbPath(dir), error);
  if (error) return Status::IOError(fmt::format("{}: {}", dir, error.message()));
  Result<std::unique_ptr<WriterLock>> lock = WriterLock::Acquire(dir);
  if (!lock.ok()) return lock.status();

  rocksdb::DBOptions options = StoreOptions(dir, OpenMode::kReadWrite);
  options.create_if_missing = true;
  options.create_missing_column_families = true;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  DOSSIER_RETURN_IF_ERROR(FromRocks(rocksdb::DB::Open(options, DbPath(dir), FamilyDescriptors(), &handles, &raw), dir));
  std::unique_ptr<rocksdb::DB> db(raw);
  rocksdb::WriteOptions sync;
  sync.sync = true;
  rocksdb::Status s = db->Put(sync, handles[kMeta], std::string(keys::kFormatVersion),
                              std::to_string(kStoreFormatVersion));
  for (auto* handle : handles) db->DestroyColumnFamilyHandle(handle);
  DOSSIER_RETURN_IF_ERROR(FromRocks(s, dir));
  return WriteHeadRecord(dir, HeadRecord{0, GenesisHash()});
}

Result<std::unique_ptr<EventStore>> EventStore::Open(const std::string& dir, OpenMode mode, Clock* clock) {
  std::error_code error;
  if (!fs::exists(DbPath(dir) + "/CURRENT", error)) {
    return Status::NotFound(fmt::format("{} holds no dossier store", dir));
  }
  std::unique_ptr<WriterLock> lock;
  if (mode == OpenMode::kReadWrite) {
    Result<std::unique_ptr<WriterLock>> acquired = WriterLock::Acquire(dir);
    if (!acquired.ok()) return acquired.status();
    lock = std::move(*acquired);
  }
  if (mode == OpenMode::kReadWrite) return OpenOnce(dir, mode, std::move(lock), clock);
  // A reader opens RocksDB beside a writer whose flushes and compactions replace files under it: a
  // file listed may be gone when it is opened, the files read may be older than the head record
  // read just before, or the MANIFEST may change during the open. All pass; damage stays, and is
  // reported once the attempts are spent. Once open, a reader holds every table file it lists open
  // (RocksDB's default, max_open_files -1), so a compaction that deletes one takes nothing from it;
  // opening them as reads reached them made verify fail beside a writer (the file it reached was
  // gone: 2 runs in 240 of readers_beside_writer.sh).
  for (int attempt = 1;; ++attempt) {
    Result<std::unique_ptr<EventStore>> store = OpenOnce(dir, mode, nullptr, clock);
    const Status::Code code = store.ok() ? Status::Code::kOk : store.status().code();
    const bool retry = code == Status::Code::kCorruption || code == Status::Code::kStoreInUse;
    if (!retry || attempt == kReaderAttempts) return store;
    std::this_thread::sleep_for(std::chrono::milliseconds(2 * attempt));
  }
}

}  // namespace dossier
