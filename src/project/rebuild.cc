#include "project/rebuild.h"

#include <algorithm>
#include <optional>
#include <utility>

#include <fmt/format.h>

#include "project/fold.h"
#include "project/proj_actors.h"
#include "project/proj_claims.h"
#include "project/proj_figures.h"
#include "project/proj_notes.h"
#include "project/proj_questions.h"
#include "project/proj_sources.h"
#include "project/proj_stances.h"
#include "project/proj_tensions.h"
#include "project/proj_timeline.h"
#include "store/key_layout.h"

namespace dossier {
namespace {

constexpr size_t kDifferencesShown = 5;
constexpr size_t kChunkRows = 4096;  // rows a comparison or a copy reads at a time
// The changes a rebuild's fold holds before it writes them into a table file: larger than a
// catch-up's batches, since each is a file the store takes in whole (fewer files for the fold's
// reads to look through and for compactions to merge), and none goes through a memtable.
constexpr uint64_t kScratchBatchBytes = uint64_t{64} << 20;

// Where a rebuild folds a projection, beside its stored rows (doc/storage-format.md).
std::string ScratchName(std::string_view projection) { return std::string(keys::kScratchPrefix) + std::string(projection); }

// The rows kept under one name, in key order, read a chunk at a time.
class RowCursor {
 public:
  RowCursor(const EventStore& store, std::string name) : store_(store), name_(std::move(name)) {}

  // The row at the cursor, or null past the last.
  Result<const std::pair<std::string, std::string>*> Current() {
    if (at_ == rows_ && !done_) DOSSIER_RETURN_IF_ERROR(Refill());
    return at_ < rows_ ? &chunk_[at_] : nullptr;
  }
  void Next() { ++at_; }

 private:
  Status Refill() {
    // Each row is copied over the strings of the chunk before, which keep their memory.
    chunk_.resize(kChunkRows);
    rows_ = 0;
    at_ = 0;
    DOSSIER_RETURN_IF_ERROR(store_.ScanProjectionRange(name_, next_, std::nullopt, [&](std::string_view key, std::string_view value) {
      chunk_[rows_].first.assign(key);
      chunk_[rows_].second.assign(value);
      return ++rows_ < kChunkRows;
    }));
    done_ = rows_ < kChunkRows;
    if (rows_ > 0) next_ = chunk_[rows_ - 1].first + '\0';  // the first key after the last read
    return Status::OK();
  }

  const EventStore& store_;
  const std::string name_;
  std::string next_;  // where the next chunk begins
  std::vector<std::pair<std::string, std::string>> chunk_;
  size_t rows_ = 0;  // the rows of chunk_ read
  size_t at_ = 0;
  bool done_ = false;
};

// The stored rows of `projection` against its rebuilt rows under `scratch`, key by key.
Result<RebuildCheck> Compare(const EventStore& store, std::string_view projection, const std::string& scratch) {
  RebuildCheck check;
  check.projection = std::string(projection);
  RowCursor stored(store, check.projection), rebuilt(store, scratch);
  auto differs = [&](const std::string& key) {
    if (check.differing_keys.size() < kDifferencesShown) check.differing_keys.push_back(key);
  };
  for (;;) {
    const std::pair<std::string, std::string>* a = nullptr;
    const std::pair<std::string, std::string>* b = nullptr;
    DOSSIER_ASSIGN_OR_RETURN(a, stored.Current());
    DOSSIER_ASSIGN_OR_RETURN(b, rebuilt.Current());
    if (a == nullptr && b == nullptr) break;
    if (b == nullptr || (a != nullptr && a->first < b->first)) {
      differs(a->first);  // stored only
      ++check.stored_keys;
      stored.Next();
    } else if (a == nullptr || b->first < a->first) {
      differs(b->first);  // rebuilt only
      ++check.rebuilt_keys;
      rebuilt.Next();
    } else {
      if (a->second != b->second) differs(a->first);
      ++check.stored_keys;
      ++check.rebuilt_keys;
      stored.Next();
      rebuilt.Next();
    }
  }
  check.identical = check.differing_keys.empty();
  return check;
}

// Replaces the stored rows of `projection` with those under `scratch`, a batch at a time: the first
// batch drops the old rows and the checkpoint, the last writes the checkpoint at the head.
Status Replace(EventStore* store, const Projection& projection, const std::string& scratch) {
  ProjectionCommit commit;
  commit.projection = std::string(projection.name());
  commit.code_version = projection.code_version();
  commit.clear_first = true;
  uint64_t bytes = 0;
  std::vector<std::pair<std::string, std::string>> batch;  // the rows the commit views (the cursor moves on)
  auto commit_batch = [&]() {
    for (const auto& [key, value] : batch) commit.puts.emplace_back(key, value);
    return store->CommitProjections({commit});
  };
  RowCursor rebuilt(*store, scratch);
  for (;;) {
    const std::pair<std::string, std::string>* row = nullptr;
    DOSSIER_ASSIGN_OR_RETURN(row, rebuilt.Current());
    if (row == nullptr) break;
    bytes += row->first.size() + row->second.size();
    batch.push_back(*row);
    rebuilt.Next();
    if (bytes >= kFoldBatchBytes) {
      DOSSIER_RETURN_IF_ERROR(commit_batch());
      commit.puts.clear();
      commit.clear_first = false;
      batch.clear();
      bytes = 0;
    }
  }
  commit.checkpoint = store->head_position();
  return commit_batch();
}

std::vector<Projection*> Pointers(const std::vector<std::unique_ptr<Projection>>& projections) {
  std::vector<Projection*> out;
  for (const auto& p : projections) out.push_back(p.get());
  return out;
}

// Fresh instances of the projections named (all when `names` is empty), in AllProjections' order.
std::vector<std::unique_ptr<Projection>> Named(const std::vector<std::string>& names) {
  std::vector<std::unique_ptr<Projection>> out;
  for (std::unique_ptr<Projection>& p : AllProjections()) {
    if (names.empty() || std::find(names.begin(), names.end(), p->name()) != names.end()) out.push_back(std::move(p));
  }
  return out;
}

}  // namespace

std::vector<std::unique_ptr<Projection>> AllProjections() {
  std::vector<std::unique_ptr<Projection>> all;
  all.push_back(std::make_unique<SourcesProjection>());
  all.push_back(std::make_unique<FigureIndex>());
  all.push_back(std::make_unique<ActorsProjection>());
  all.push_back(std::make_unique<ClaimsProjection>());
  all.push_back(std::make_unique<StancesProjection>());
  all.push_back(std::make_unique<QuestionsProjection>());
  all.push_back(std::make_unique<TensionsProjection>());
  all.push_back(std::make_unique<TimelineProjection>());
  all.push_back(std::make_unique<NotesProjection>());
  return all;
}

Status CatchUpAll(EventStore* store) {
  const std::vector<std::unique_ptr<Projection>> all = AllProjections();
  return CatchUpTogether(store, Pointers(all));
}

Result<std::vector<RebuildCheck>> RebuildAndCompare(EventStore* store, const std::vector<std::string>& names) {
  const std::vector<std::unique_ptr<Projection>> stored = Named(names);
  DOSSIER_RETURN_IF_ERROR(CatchUpTogether(store, Pointers(stored)));

  const std::vector<std::unique_ptr<Projection>> rebuilt = Named(names);
  std::vector<FoldTarget> targets;
  std::vector<std::string> scratch;
  for (const auto& projection : rebuilt) {
    scratch.push_back(ScratchName(projection->name()));
    FoldTarget target{projection.get(), scratch.back()};
    target.scratch = true;
    targets.push_back(std::move(target));
  }
  DOSSIER_RETURN_IF_ERROR(store->DropScratchRows());  // a killed rebuild's
  DOSSIER_RETURN_IF_ERROR(FoldInBatches(store, std::move(targets), kScratchBatchBytes));

  std::vector<RebuildCheck> checks;
  for (size_t i = 0; i < rebuilt.size(); ++i) {
    RebuildCheck check;
    DOSSIER_ASSIGN_OR_RETURN(check, Compare(*store, rebuilt[i]->name(), scratch[i]));
    if (!check.identical) DOSSIER_RETURN_IF_ERROR(Replace(store, *rebuilt[i], scratch[i]));
    checks.push_back(std::move(check));
  }
  DOSSIER_RETURN_IF_ERROR(store->DropScratchRows());
  return checks;
}

}  // namespace dossier
