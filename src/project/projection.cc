#include "dossier/projection.h"

#include <algorithm>

#include <fmt/format.h>

#include "project/fold.h"

namespace dossier {
namespace {

// The first key after every key that starts with `prefix` (nullopt: there is none).
std::optional<std::string> PrefixEnd(std::string_view prefix) {
  std::string end(prefix);
  while (!end.empty() && static_cast<unsigned char>(end.back()) == 0xff) end.pop_back();
  if (end.empty()) return std::nullopt;
  end.back() = static_cast<char>(static_cast<unsigned char>(end.back()) + 1);
  return end;
}

}  // namespace

void ProjectionRows::Write(std::string key, std::optional<std::string> value) {
  // Growing moves the keys, whose views newest_ holds (a short string's bytes live in it).
  if (written_.size() == written_.capacity()) {
    newest_.clear();
    indexed_ = 0;
  }
  written_.push_back({std::move(key), std::move(value)});
}

const ProjectionRows::Change* ProjectionRows::Written(std::string_view key) const {
  for (; indexed_ < written_.size(); ++indexed_) newest_.insert_or_assign(std::string_view(written_[indexed_].key), indexed_);
  auto found = newest_.find(key);
  return found == newest_.end() ? nullptr : &written_[found->second];
}

Result<std::optional<std::string>> ProjectionRows::Get(std::string_view key) const {
  if (!written_.empty()) {
    if (const Change* written = Written(key)) return written->value;
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
  for (Change& change : written_) pending_.insert_or_assign(std::move(change.key), std::move(change.value));
  written_.clear();
  newest_.clear();
  indexed_ = 0;
}

void ProjectionRows::TakeChanges(std::vector<std::pair<std::string, std::string>>* puts, std::vector<std::string>* deletes) {
  if (pending_.empty()) {
    // Only changes as they came (a fold's batch): sorted once, by key and then in the order made
    // (a stable sort of views of their keys, which spares a comparison one indirection), and the
    // last change of each key taken.
    struct Ordered {
      std::string_view key;
      Change* change;
    };
    std::vector<Ordered> order;
    order.reserve(written_.size());
    for (Change& change : written_) order.push_back({change.key, &change});
    std::stable_sort(order.begin(), order.end(), [](const Ordered& a, const Ordered& b) { return a.key < b.key; });
    puts->reserve(puts->size() + order.size());
    for (size_t i = 0; i < order.size(); ++i) {
      if (i + 1 < order.size() && order[i + 1].key == order[i].key) continue;  // a newer change follows
      Change& change = *order[i].change;
      if (change.value) {
        puts->emplace_back(std::move(change.key), std::move(*change.value));
      } else {
        deletes->push_back(std::move(change.key));
      }
    }
    written_.clear();
    newest_.clear();
    indexed_ = 0;
    pending_bytes_ = 0;
    return;
  }
  Order();
  while (!pending_.empty()) {
    auto change = pending_.extract(pending_.begin());  // the key moves out with its node
    if (change.mapped()) {
      puts->emplace_back(std::move(change.key()), std::move(*change.mapped()));
    } else {
      deletes->push_back(std::move(change.key()));
    }
  }
  pending_bytes_ = 0;
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
