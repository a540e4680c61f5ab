#include "project/proj_stances.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

namespace dossier {
namespace {

// -1 against, 0 mixed or neutral, +1 for.
int Side(Stance stance) {
  switch (stance) {
    case Stance::kStronglyAgainst:
    case Stance::kAgainst: return -1;
    case Stance::kMixed:
    case Stance::kNeutral: return 0;
    case Stance::kFor:
    case Stance::kStronglyFor: return 1;
  }
  return 0;
}

}  // namespace

const char* ToString(StanceChange change) {
  switch (change) {
    case StanceChange::kFirst: return "first";
    case StanceChange::kConsistent: return "consistent";
    case StanceChange::kShifted: return "shifted";
    case StanceChange::kReversed: return "reversed";
  }
  return "";
}

std::string StanceThread::Overall() const {
  bool shifted = false;
  for (const EvolutionStep& step : evolution) {
    if (step.change == StanceChange::kReversed) return "reversed";
    shifted = shifted || step.change == StanceChange::kShifted;
  }
  return shifted ? "shifted" : "consistent";
}

StancesProjection::StancesProjection() : KeptEventsProjection({kPerspectiveRecorded}) {}

namespace {

Result<std::vector<PerspectiveEntry>> PerspectivesFrom(const std::vector<KeptEvent>& events, const TimeFilter& filter) {
  std::vector<PerspectiveEntry> out;
  for (const KeptEvent& e : events) {
    if (!filter.Knows(e)) continue;
    PerspectiveRecorded p;
    DOSSIER_ASSIGN_OR_RETURN(p, DecodePerspectiveRecorded(e.payload));
    if (!filter.SaidBy(p.date)) continue;
    out.push_back({std::move(p), e.position, e.recorded_at});
  }
  return out;
}

}  // namespace

Result<std::vector<std::string>> StancesProjection::IndexTerms(const RecordedEvent& event) const {
  PerspectiveRecorded p;
  DOSSIER_ASSIGN_OR_RETURN(p, DecodePerspectiveRecorded(event.payload));
  return std::vector<std::string>{ActorTerm(p.actor), StoryTerm(p.story), PerspectiveTerm(p.id)};
}

Result<std::vector<PerspectiveEntry>> StancesProjection::Perspectives(const TimeFilter& filter) const {
  return PerspectivesFrom(events(), filter);
}

Result<std::vector<PerspectiveEntry>> StancesProjection::PerspectivesOf(const TimeFilter& filter,
                                                                        std::string_view actor_id) const {
  std::vector<KeptEvent> events;
  DOSSIER_ASSIGN_OR_RETURN(events, EventsIndexedBy({ActorTerm(actor_id)}));
  return PerspectivesFrom(events, filter);
}

std::vector<EvolutionStep> Evolution(const std::vector<PerspectiveEntry>& by_date) {
  std::vector<EvolutionStep> steps;
  for (size_t i = 0; i < by_date.size(); ++i) {
    const Stance now = by_date[i].perspective.stance;
    if (i == 0) {
      steps.push_back({StanceChange::kFirst, std::nullopt, i});
      continue;
    }
    const Stance before = by_date[i - 1].perspective.stance;
    StanceChange change = StanceChange::kShifted;
    if (now == before) {
      change = StanceChange::kConsistent;
    } else if (Side(now) * Side(before) < 0) {
      change = StanceChange::kReversed;
    }
    steps.push_back({change, before, i});
  }
  return steps;
}

std::vector<StanceThread> StanceThreads(std::vector<PerspectiveEntry> perspectives) {
  std::map<std::pair<std::string, std::string>, StanceThread> threads;
  for (PerspectiveEntry& entry : perspectives) {
    StanceThread& thread = threads[{entry.perspective.actor, entry.perspective.topic}];
    thread.actor = entry.perspective.actor;
    thread.topic = entry.perspective.topic;
    thread.perspectives.push_back(std::move(entry));
  }
  std::vector<StanceThread> out;
  for (auto& [key, thread] : threads) {
    std::stable_sort(thread.perspectives.begin(), thread.perspectives.end(),
                     [](const PerspectiveEntry& a, const PerspectiveEntry& b) {
                       return std::tie(a.perspective.date, a.position) < std::tie(b.perspective.date, b.position);
                     });
    thread.evolution = Evolution(thread.perspectives);
    out.push_back(std::move(thread));
  }
  return out;
}

Result<StancesProjection> LoadStances(EventStore* store) {
  StancesProjection stances;
  DOSSIER_RETURN_IF_ERROR(CatchUp(store, &stances, /*persist=*/false));
  DOSSIER_RETURN_IF_ERROR(stances.LoadAll());
  return stances;
}

Result<StancesProjection> OpenStances(EventStore* store) {
  StancesProjection stances;
  DOSSIER_RETURN_IF_ERROR(CatchUp(store, &stances, /*persist=*/false));
  return stances;
}

}  // namespace dossier
