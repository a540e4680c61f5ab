#include "project/proj_actors.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "model/annotation_events.h"
#include "util/sha256.h"

namespace dossier {
namespace {

bool SameName(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

}  // namespace

ActorsProjection::ActorsProjection() : KeptEventsProjection({kActorDefined}) {}

Result<std::vector<Actor>> ActorsProjection::Actors(const TimeFilter& filter) const {
  std::map<std::string, Actor> by_id;
  for (const KeptEvent& e : events()) {
    if (!filter.Knows(e)) continue;
    ActorDefined defined;
    DOSSIER_ASSIGN_OR_RETURN(defined, DecodeActorDefined(e.payload));
    by_id[defined.actor.id] = std::move(defined.actor);
  }
  std::vector<Actor> actors;
  for (auto& [id, actor] : by_id) actors.push_back(std::move(actor));
  return actors;
}

std::string GazetteerDigest(const std::vector<Actor>& actors) {
  std::string recorded;
  for (const Actor& actor : actors) recorded += EncodePayload(ActorDefined{actor}) + "\n";
  return Sha256Hex(recorded);
}

const Actor* FindActor(const std::vector<Actor>& actors, std::string_view reference) {
  for (const Actor& actor : actors) {
    if (actor.id == reference) return &actor;
  }
  for (const Actor& actor : actors) {
    if (SameName(actor.name, reference)) return &actor;
    for (const std::string& alias : actor.aliases) {
      if (SameName(alias, reference)) return &actor;
    }
  }
  return nullptr;
}

Result<ActorsProjection> LoadActors(EventStore* store) {
  ActorsProjection actors;
  DOSSIER_RETURN_IF_ERROR(CatchUp(store, &actors, /*persist=*/false));
  DOSSIER_RETURN_IF_ERROR(actors.LoadAll());
  return actors;
}

Result<RecordedGazetteer> LoadGazetteer(EventStore* store) {
  ActorsProjection projection;
  DOSSIER_ASSIGN_OR_RETURN(projection, LoadActors(store));
  std::vector<Actor> actors;
  DOSSIER_ASSIGN_OR_RETURN(actors, projection.Actors(TimeFilter()));
  std::string digest = GazetteerDigest(actors);
  Result<Gazetteer> gazetteer = Gazetteer::Create(std::move(actors));
  if (!gazetteer.ok()) return gazetteer.status().WithContext("the recorded actors");
  return RecordedGazetteer{std::move(*gazetteer), std::move(digest)};
}

}  // namespace dossier
