// KeptEventsProjection: a projection whose state is the events it folds, each kept whole (payload
// and envelope: position, stream, recorded-at, occurred-at), so that every view of them can be
// computed at query time for any point on either time axis (see time_filter.h).
//
// The story views (actors, claims, stances, questions, tensions, timeline) derive from it and say
// which event types they keep. Stored as "event/<position, 20 digits>" keys, so a scan restores
// them in log order. Payloads are read back with the model's decoders.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/projection.h"

namespace dossier {

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
  Status Restore(std::string_view key, std::string_view value) override;
  Status Apply(const RecordedEvent& event) override;
  void TakeChanges(std::vector<std::pair<std::string, std::string>>* puts) override;

  // In log order.
  const std::vector<KeptEvent>& events() const { return events_; }

 protected:
  explicit KeptEventsProjection(std::initializer_list<std::string_view> types) : types_(types.begin(), types.end()) {}

 private:
  std::set<std::string_view> types_;
  std::vector<KeptEvent> events_;
  size_t unsaved_from_ = 0;  // events_[unsaved_from_…] are not yet handed to TakeChanges
};

}  // namespace dossier
