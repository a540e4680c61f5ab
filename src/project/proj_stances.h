// StancesProjection: each actor's perspectives on each topic over time, folded from
// PerspectiveRecorded, and how the stance evolved, computed at query time from the perspectives
// that pass the time filter:
//   first      the first perspective on the topic;
//   consistent the same stance as the one before;
//   shifted    another stance on the same side (or to or from mixed / neutral);
//   reversed   from the against side to the for side, or back.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/event_store.h"
#include "model/annotation_events.h"
#include "project/kept_events.h"
#include "project/time_filter.h"

namespace dossier {

struct PerspectiveEntry {
  PerspectiveRecorded perspective;
  uint64_t position = 0;
  std::string recorded_at;
};

enum class StanceChange { kFirst, kConsistent, kShifted, kReversed };
const char* ToString(StanceChange change);  // "first", "consistent", "shifted", "reversed"

struct EvolutionStep {
  StanceChange change = StanceChange::kFirst;
  std::optional<Stance> from;  // the stance before (none for the first)
  size_t perspective = 0;      // index into StanceThread::perspectives: the one that changed it
};

// One actor's perspectives on one topic, by date, and their evolution (one step each).
struct StanceThread {
  std::string actor;
  std::string topic;
  std::vector<PerspectiveEntry> perspectives;
  std::vector<EvolutionStep> evolution;
  // "consistent" when every later step is, else "reversed" when any step is, else "shifted".
  std::string Overall() const;
};

// Its events are indexed under ActorTerm(actor), StoryTerm(story) and PerspectiveTerm(id).
class StancesProjection final : public KeptEventsProjection {
 public:
  StancesProjection();
  std::string_view name() const override { return "stances"; }
  int code_version() const override { return 3; }  // 3: indexed by story and id too
  static std::string ActorTerm(std::string_view actor_id) { return "actor:" + std::string(actor_id); }
  static std::string PerspectiveTerm(std::string_view id) { return "perspective:" + std::string(id); }

  // The perspectives known and said at the filter's point, in log order. REQUIRES: LoadAll.
  Result<std::vector<PerspectiveEntry>> Perspectives(const TimeFilter& filter) const;
  // The same for one actor, read in place.
  Result<std::vector<PerspectiveEntry>> PerspectivesOf(const TimeFilter& filter, std::string_view actor_id) const;

 protected:
  Result<std::vector<std::string>> IndexTerms(const RecordedEvent& event) const override;
};

// The evolution of perspectives already sorted by date.
std::vector<EvolutionStep> Evolution(const std::vector<PerspectiveEntry>& by_date);

// `perspectives` grouped by actor and topic (in that order), each thread sorted by date, then log
// position, with its evolution.
std::vector<StanceThread> StanceThreads(std::vector<PerspectiveEntry> perspectives);

// The stances, caught up to the head of `store` without writing to it: every event read, or (Open)
// read in place.
Result<StancesProjection> LoadStances(EventStore* store);
Result<StancesProjection> OpenStances(EventStore* store);

}  // namespace dossier
