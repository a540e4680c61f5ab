// Actors: the people and organisations a story quotes, and finding them in text.
//
// A gazetteer lists actors with their aliases in any script (Mark Cuban, Cuban, @mcuban,
// 馬克·庫班). Matching is Unicode-aware through ICU: NFC-normalized and case-folded, only at word
// boundaries (so "Cuban" is not found inside "Cubano"), and possessives count ("Cuban's",
// "Cuban’s"). When aliases overlap, the longest match wins ("Goldman's Delta-1 desk" over
// "Goldman"). The gazetteer file is corpus/actors.json (schemas/actors.schema.json).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/figure.h"  // ByteSpan
#include "dossier/status.h"

namespace dossier {

enum class ActorKind { kPerson, kOrganization, kGroup };  // a group: "Goldman's Delta-1 desk", "analysts"

struct Actor {
  std::string id;    // a slug: "mark-cuban"
  std::string name;  // the display name: "Mark Cuban"
  ActorKind kind = ActorKind::kPerson;
  std::vector<std::string> aliases;  // other names, any script; the name itself is always matched
  std::optional<std::string> affiliation;  // an organisation's actor id, e.g. "goldman-sachs"
};

// One place an actor (or, with an empty actor_id, a candidate) is named in a text.
struct ActorMention {
  std::string actor_id;  // empty for a candidate not in the gazetteer
  std::string surface;   // the bytes at `span`, e.g. "Cuban's" without the possessive: "Cuban"
  ByteSpan span;
};

class Gazetteer {
 public:
  // Fails with InvalidInput naming the actor and field: a duplicate id, an alias two actors share,
  // an empty name, a bad slug, an affiliation that names no actor.
  static Result<Gazetteer> Create(std::vector<Actor> actors);
  // Reads a gazetteer file's JSON (schemas/actors.schema.json); errors name the place.
  static Result<Gazetteer> Parse(std::string_view json);

  const std::vector<Actor>& actors() const;
  const Actor* Find(std::string_view id) const;

  // Every mention of a known actor in `text`, in order, never overlapping.
  // REQUIRES: `text` is valid UTF-8. Thread-safe.
  std::vector<ActorMention> FindMentions(std::string_view text) const;

  Gazetteer(Gazetteer&&) noexcept;
  Gazetteer& operator=(Gazetteer&&) noexcept;
  ~Gazetteer();

 private:
  Gazetteer();
  struct Index;
  std::unique_ptr<Index> index_;
};

const char* ToString(ActorKind kind);  // "person", "organization", "group"
std::optional<ActorKind> ParseActorKind(std::string_view name);

}  // namespace dossier
