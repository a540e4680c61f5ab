// KeptEventsProjection: a projection whose rows are the events it folds, each kept whole (payload
// and envelope: position, stream, recorded-at, occurred-at), so that every view of them can be
// computed at query time for any point on either time axis (see time_filter.h); and an index of
// them by the terms each view names (an actor, a source, a claim), so that a query about one term
// reads only the events that bear on it.
//
// The story views (actors, claims, stances, questions, tensions, timeline, notes) derive from it
// and say which event types they keep and under which terms. Rows:
//   "event/<position, 20 digits>"               the event (JSON), so a scan reads them in log order
//   "index/<term>\0<position, 20 digits>"       empty: the event at that position bears on the term
// Payloads are read back with the model's decoders.
#pragma once

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/projection.h"

namespace dossier {

// The term under which the story views index the events recorded for one story.
inline std::string StoryTerm(std::string_view slug) { return "story:" + std::string(slug); }

struct KeptEvent {
  uint64_t position = 0;
  std::string stream;
  std::string type;
  std::string recorded_at;
  std::optional<std::string> occurred_at;
  std::string payload;
};

class KeptEventsProjection : public Projection {
 public:
  Status Apply(const RecordedEvent& event) override;

  // Reads every kept event (a listing or a whole-story view); events() holds them after.
  Status LoadAll();
  // In log order. REQUIRES: LoadAll.
  const std::vector<KeptEvent>& events() const { return events_; }

  // Reads the events indexed under any of `terms` (one story's, say) instead of every one;
  // events() holds them after, and the views computed from it are those of the events read.
  Status LoadIndexedBy(const std::vector<std::string>& terms);

  // Each term that starts with `prefix` and indexes an event ("source:" gives every source's term),
  // once, in term order, until `fn` returns false: read from the index rows alone.
  Status ScanTerms(std::string_view prefix, const std::function<bool(std::string_view term)>& fn) const;

  // The events indexed under any of `terms`, each once, in log order: read by prefix scans and
  // point reads, without the others. With `held` (events in log order, read before), the union of
  // those and `held`: an event already held is not read again.
  Result<std::vector<KeptEvent>> EventsIndexedBy(const std::vector<std::string>& terms,
                                                 std::vector<KeptEvent> held = {}) const;

 protected:
  explicit KeptEventsProjection(std::initializer_list<std::string_view> types) : types_(types.begin(), types.end()) {}
  // The terms `event` (of a kept type) is indexed under; none by default.
  virtual Result<std::vector<std::string>> IndexTerms(const RecordedEvent& event) const;
  void ForgetReadRows() override { events_.clear(); }
  // Makes `events` (in log order) what events() holds.
  Status Load(std::vector<KeptEvent> events) {
    events_ = std::move(events);
    return Status::OK();
  }

 private:
  std::set<std::string_view> types_;
  std::vector<KeptEvent> events_;
};

}  // namespace dossier
