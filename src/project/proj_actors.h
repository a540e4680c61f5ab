// ActorsProjection: the gazetteer as recorded, folded from ActorDefined events (a later definition
// of an id replaces the earlier one), and its digest, which claim extractions record so that a
// changed gazetteer makes `dossier extract --rerun` read the claims again.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dossier/actor.h"
#include "dossier/event_store.h"
#include "project/kept_events.h"
#include "project/time_filter.h"

namespace dossier {

class ActorsProjection final : public KeptEventsProjection {
 public:
  ActorsProjection();
  std::string_view name() const override { return "actors"; }
  int code_version() const override { return 1; }

  // Each actor's latest definition the store knew at the filter's --known-at point, by id.
  Result<std::vector<Actor>> Actors(const TimeFilter& filter) const;
};

// SHA-256 of the actors' ActorDefined payloads in id order, one a line. REQUIRES: sorted by id.
std::string GazetteerDigest(const std::vector<Actor>& actors);

// The actor `reference` names: its id, or its name or an alias (ASCII letters in any case).
const Actor* FindActor(const std::vector<Actor>& actors, std::string_view reference);

// The gazetteer the store's ActorDefined events make, and its digest.
struct RecordedGazetteer {
  Gazetteer gazetteer;
  std::string digest;
};
Result<RecordedGazetteer> LoadGazetteer(EventStore* store);

// The actors, caught up to the head of `store` without writing to it.
Result<ActorsProjection> LoadActors(EventStore* store);

}  // namespace dossier
