#include "dossier/projection.h"

#include <algorithm>
#include <cstring>

#include <fmt/format.h>

#include "project/fold.h"
#include "util/key_sort.h"

namespace dossier {
namespace {

// The size of the blocks a batch's changes are copied into (a larger change has a block of its own).
constexpr size_t kChangeBlockBytes = size_t{256} << 10;

// The first key after every key that starts with `prefix` (nullopt: there is none).
std::optional<std::string> PrefixEnd(std::string_view prefix) {
  std::string end(prefix);
  while (!end.empty() && static_cast<unsigned char>(end.back()) == 0xff) end.pop_back();
  if (end.empty()) return std::nullopt;
  end.back() = static_cast<char>(static_cast<unsigned char>(end.back()) + 1);
  return end;
}

}  // namespace

void ProjectionRows::Write(std::string_view key, std::optional<std::string_view> value) {
  DropTaken();
  const size_t value_size = value ? value->size() : 0;
  char* bytes = Keep(key.size() + value_size);
  std::memcpy(bytes, key.data(), key.size());
  if (value_size > 0) std::memcpy(bytes + key.size(), value->data(), value_size);
  written_.push_back({bytes, static_cast<uint32_t>(key.size()), static_cast<uint32_t>(value_size), !value});
}

char* ProjectionRows::Keep(size_t size) {
  if (bytes_.empty() || size > block_left_) {
    // A new block; the rest of the last one stays unused.
    const size_t block = std::max(size, kChangeBlockBytes);
    bytes_.push_back(std::unique_ptr<char[]>(new char[block]));  // not zeroed: a block's pages are touched as filled
    block_left_ = block;
    block_used_ = 0;
  }
  char* at = bytes_.back().get() + block_used_;
  block_used_ += size;
  block_left_ -= size;
  return at;
}

void ProjectionRows::DropTaken() const {
  if (!taken_) return;
  written_.clear();
  newest_.clear();
  indexed_ = 0;
  pending_.clear();
  bytes_.clear();
  block_left_ = 0;
  block_used_ = 0;
  taken_ = false;
}

const ProjectionRows::Change* ProjectionRows::Written(std::string_view key) const {
  for (; indexed_ < written_.size(); ++indexed_) newest_.insert_or_assign(written_[indexed_].key(), indexed_);
  auto found = newest_.find(key);
  return found == newest_.end() ? nullptr : &written_[found->second];
}

Result<std::optional<std::string>> ProjectionRows::Get(std::string_view key) const {
  DropTaken();
  if (!written_.empty()) {
    if (const Change* written = Written(key)) {
      return written->deleted ? std::optional<std::string>() : std::optional<std::string>(written->value());
    }
  }
  auto pending = pending_.find(key);
  if (pending != pending_.end()) return pending->second;
  if (store_ == nullptr) return std::optional<std::string>();
  return store_->GetProjectionRow(projection_, key);
}

Status ProjectionRows::Scan(std::string_view prefix, const RowFn& fn) const {
  const std::optional<std::string> end = PrefixEnd(prefix);
  return Merge(prefix, end ? std::optional<std::string_view>(*end) : std::nullopt, fn);
}

Status ProjectionRows::ScanRange(std::string_view begin, std::string_view end, const RowFn& fn) const {
  if (end <= begin) return Status::OK();
  return Merge(begin, end, fn);
}

// The stored rows in [begin, end) with the pending changes laid over them, in key order.
Status ProjectionRows::Merge(std::string_view begin, std::optional<std::string_view> end, const RowFn& fn) const {
  DropTaken();
  Order();
  auto next = pending_.lower_bound(begin);
  auto in_range = [&](const std::string& key) { return !end || key < *end; };
  bool stopped = false;
  // Hands `fn` the pending puts before `bound` (all that are left when nullopt).
  auto pending_before = [&](std::optional<std::string_view> bound) {
    for (; !stopped && next != pending_.end() && in_range(next->first) && (!bound || next->first < *bound); ++next) {
      if (next->second && !fn(next->first, *next->second)) stopped = true;
    }
  };
  if (store_ != nullptr) {
    DOSSIER_RETURN_IF_ERROR(store_->ScanProjectionRange(projection_, begin, end, [&](std::string_view key, std::string_view value) {
      pending_before(key);
      if (stopped) return false;
      if (next != pending_.end() && next->first == key) return true;  // laid over: handed on in its turn
      stopped = !fn(key, value);
      return !stopped;
    }));
  }
  pending_before(std::nullopt);
  return Status::OK();
}

void ProjectionRows::Order() const {
  for (const Change& change : written_) {
    auto value = change.deleted ? std::optional<std::string>() : std::optional<std::string>(change.value());
    pending_.insert_or_assign(std::string(change.key()), std::move(value));
  }
  written_.clear();
  newest_.clear();
  indexed_ = 0;
  bytes_.clear();
  block_left_ = 0;
  block_used_ = 0;
}

void ProjectionRows::TakeChanges(std::vector<std::pair<std::string_view, std::string_view>>* puts,
                                 std::vector<std::string_view>* deletes) {
  DropTaken();
  taken_ = true;
  pending_bytes_ = 0;
  if (pending_.empty()) {
    // Only changes as they came (a fold's batch): sorted once, and the newest change of each key
    // (the highest index among its equals) taken.
    std::vector<SortKey> order;
    order.reserve(written_.size());
    for (size_t i = 0; i < written_.size(); ++i) {
      order.push_back({written_[i].bytes, written_[i].key_size, static_cast<uint32_t>(i)});
    }
    SortKeys(&order);
    puts->reserve(puts->size() + order.size());
    for (size_t i = 0; i < order.size();) {
      const std::string_view key(order[i].bytes, order[i].size);
      uint32_t newest = order[i].index;
      for (++i; i < order.size() && std::string_view(order[i].bytes, order[i].size) == key; ++i) {
        newest = std::max(newest, order[i].index);
      }
      const Change& change = written_[newest];
      if (change.deleted) {
        deletes->push_back(key);
      } else {
        puts->emplace_back(key, change.value());
      }
    }
    return;
  }
  Order();
  for (const auto& [key, value] : pending_) {
    if (value) {
      puts->emplace_back(key, *value);
    } else {
      deletes->push_back(key);
    }
  }
}

namespace {

// Folds the events after `from` - 1 into `projection` in memory, committing nothing (a reader's).
Status FoldInMemory(EventStore* store, Projection* projection, uint64_t from) {
  Status failed = Status::OK();
  DOSSIER_RETURN_IF_ERROR(store->ReadAll(from, [&](const RecordedEvent& event) {
    failed = projection->Apply(event);
    if (!failed.ok()) failed = failed.WithContext(fmt::format("projection {}: event {}", projection->name(), event.position));
    return failed.ok();
  }));
  return failed;
}

}  // namespace

Status CatchUp(EventStore* store, Projection* projection, bool persist) {
  if (persist) return CatchUpTogether(store, {projection});
  std::optional<ProjectionCheckpoint> checkpoint;
  DOSSIER_ASSIGN_OR_RETURN(checkpoint, store->GetCheckpoint(projection->name()));
  const bool current = checkpoint && checkpoint->code_version == projection->code_version() &&
                       checkpoint->position <= store->head_position();
  projection->Attach(ProjectionRows(store, std::string(projection->name()), /*stored=*/current));
  if (current && checkpoint->position == store->head_position()) return Status::OK();
  return FoldInMemory(store, projection, current ? checkpoint->position + 1 : 1);
}

Status CatchUpTogether(EventStore* store, const std::vector<Projection*>& projections) {
  std::vector<FoldTarget> behind;
  for (Projection* projection : projections) {
    std::optional<ProjectionCheckpoint> checkpoint;
    DOSSIER_ASSIGN_OR_RETURN(checkpoint, store->GetCheckpoint(projection->name()));
    const bool current = checkpoint && checkpoint->code_version == projection->code_version() &&
                         checkpoint->position <= store->head_position();
    const std::string name(projection->name());
    projection->Attach(ProjectionRows(store, name, /*stored=*/current));
    if (current && checkpoint->position == store->head_position()) continue;
    behind.push_back({projection, name, current ? checkpoint->position + 1 : 1, /*clear_first=*/!current});
  }
  if (behind.empty()) return Status::OK();
  return FoldInBatches(store, std::move(behind));
}

Status Rebuild(EventStore* store, Projection* projection) {
  return FoldInBatches(store, {{projection, std::string(projection->name()), 1, /*clear_first=*/true}});
}

}  // namespace dossier
