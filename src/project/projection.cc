#include "dossier/projection.h"

#include <algorithm>
#include <cstring>

#include <fmt/format.h>

#include "project/fold.h"
#include "util/key_sort.h"
#include "util/string_index.h"

namespace dossier {
namespace {

// How many changes ahead a walk in key order asks for a change's bytes.
constexpr size_t kPrefetchAhead = 8;

// The first key after every key that starts with `prefix` (nullopt: there is none).
std::optional<std::string> PrefixEnd(std::string_view prefix) {
  std::string end(prefix);
  while (!end.empty() && static_cast<unsigned char>(end.back()) == 0xff) end.pop_back();
  if (end.empty()) return std::nullopt;
  end.back() = static_cast<char>(static_cast<unsigned char>(end.back()) + 1);
  return end;
}

}  // namespace

// The uncommitted changes. A write is appended to `written`, in the order made, its bytes copied
// into blocks that never move (a fold writes ~100 rows an article: a string of its own for each was
// a fifth of a rebuild's CPU in the allocator); the changes are put in key order only when a scan
// needs the order or a commit takes them (sorted once, the newest change of a key kept): a fold
// scans almost none and reads back few. `newest` finds a key's newest change in written[0,
// indexed), and is brought up to date only by a read (Get). The newer change of a key is in
// `written`.
struct ProjectionRows::Changes {
  // One change as written: its key's bytes then its value's, in `bytes`.
  struct Change {
    const char* bytes;
    uint32_t key_size;
    uint32_t value_size;
    bool deleted;
    std::string_view key() const { return {bytes, key_size}; }
    std::string_view value() const { return {bytes + key_size, value_size}; }
  };

  std::vector<Change> written;
  ByteArena bytes;     // written's bytes
  StringIndex newest;  // views of written's keys, to their index in it
  size_t indexed = 0;
  std::map<std::string, std::optional<std::string>, std::less<>> pending;
  bool taken = false;  // written and pending were handed over by TakeChanges

  // The newest change of `key` among written (null: none).
  const Change* Written(std::string_view key) {
    for (; indexed < written.size(); ++indexed) newest.Set(written[indexed].key(), static_cast<uint32_t>(indexed));
    const uint32_t* found = newest.Find(key);
    return found == nullptr ? nullptr : &written[*found];
  }

  // Forgets `written` and what indexes and keeps it.
  void ClearWritten() {
    written.clear();
    newest.Clear();
    indexed = 0;
    bytes.Clear();
  }

  // Moves the changes of `written` into `pending`, over what it holds.
  void Order() {
    for (const Change& change : written) {
      auto value = change.deleted ? std::optional<std::string>() : std::optional<std::string>(change.value());
      pending.insert_or_assign(std::string(change.key()), std::move(value));
    }
    ClearWritten();
  }

  // Forgets the changes TakeChanges handed over, once the rows are used again.
  void DropTaken() {
    if (!taken) return;
    ClearWritten();
    pending.clear();
    taken = false;
  }
};

ProjectionRows::ProjectionRows() : changes_(std::make_unique<Changes>()) {}
ProjectionRows::ProjectionRows(const EventStore* store, std::string projection, bool stored)
    : store_(stored ? store : nullptr), log_(store), projection_(std::move(projection)), changes_(std::make_unique<Changes>()) {}
ProjectionRows::ProjectionRows(ProjectionRows&&) noexcept = default;
ProjectionRows& ProjectionRows::operator=(ProjectionRows&&) noexcept = default;
ProjectionRows::~ProjectionRows() = default;

void ProjectionRows::Write(std::string_view key, std::optional<std::string_view> value) {
  changes_->DropTaken();
  const size_t value_size = value ? value->size() : 0;
  char* bytes = changes_->bytes.Keep(key.size() + value_size);
  std::memcpy(bytes, key.data(), key.size());
  if (value_size > 0) std::memcpy(bytes + key.size(), value->data(), value_size);
  changes_->written.push_back({bytes, static_cast<uint32_t>(key.size()), static_cast<uint32_t>(value_size), !value});
}

Result<std::optional<std::string>> ProjectionRows::Get(std::string_view key) const {
  Changes& changes = *changes_;
  changes.DropTaken();
  if (!changes.written.empty()) {
    if (const Changes::Change* written = changes.Written(key)) {
      return written->deleted ? std::optional<std::string>() : std::optional<std::string>(written->value());
    }
  }
  auto pending = changes.pending.find(key);
  if (pending != changes.pending.end()) return pending->second;
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
  Changes& changes = *changes_;
  changes.DropTaken();
  changes.Order();
  const auto& pending = changes.pending;
  auto next = pending.lower_bound(begin);
  auto in_range = [&](const std::string& key) { return !end || key < *end; };
  bool stopped = false;
  // Hands `fn` the pending puts before `bound` (all that are left when nullopt).
  auto pending_before = [&](std::optional<std::string_view> bound) {
    for (; !stopped && next != pending.end() && in_range(next->first) && (!bound || next->first < *bound); ++next) {
      if (next->second && !fn(next->first, *next->second)) stopped = true;
    }
  };
  if (store_ != nullptr) {
    DOSSIER_RETURN_IF_ERROR(store_->ScanProjectionRange(projection_, begin, end, [&](std::string_view key, std::string_view value) {
      pending_before(key);
      if (stopped) return false;
      if (next != pending.end() && next->first == key) return true;  // laid over: handed on in its turn
      stopped = !fn(key, value);
      return !stopped;
    }));
  }
  pending_before(std::nullopt);
  return Status::OK();
}

void ProjectionRows::TakeChanges(std::vector<std::pair<std::string_view, std::string_view>>* puts,
                                 std::vector<std::string_view>* deletes) {
  Changes& changes = *changes_;
  changes.DropTaken();
  changes.taken = true;
  pending_bytes_ = 0;
  const std::vector<Changes::Change>& written = changes.written;
  if (changes.pending.empty()) {
    // Only changes as they came (a fold's batch): sorted once, and the newest change of each key
    // (the highest index among its equals) taken.
    std::vector<SortKey> order;
    order.reserve(written.size());
    for (size_t i = 0; i < written.size(); ++i) {
      order.push_back({written[i].bytes, written[i].key_size, static_cast<uint32_t>(i)});
    }
    SortKeys(&order);
    puts->reserve(puts->size() + order.size());
    for (size_t i = 0; i < order.size();) {
      // In key order, a change's bytes lie far from the last one's: asked for ahead of time.
      if (i + kPrefetchAhead < order.size()) {
        __builtin_prefetch(order[i + kPrefetchAhead].bytes);
        __builtin_prefetch(&written[order[i + kPrefetchAhead].index]);
      }
      const std::string_view key(order[i].bytes, order[i].size);
      uint32_t newest = order[i].index;
      for (++i; i < order.size() && std::string_view(order[i].bytes, order[i].size) == key; ++i) {
        newest = std::max(newest, order[i].index);
      }
      const Changes::Change& change = written[newest];
      if (change.deleted) {
        deletes->push_back(key);
      } else {
        puts->emplace_back(key, change.value());
      }
    }
    return;
  }
  changes.Order();
  for (const auto& [key, value] : changes.pending) {
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
