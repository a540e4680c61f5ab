// The people of a story as a briefing shows them: each actor with perspectives on the story or
// claims in its listed sources, their lines (claims as `Name verb: "claimed words"`, perspectives
// as `Name: summary`), and their stance evolution in words.
#pragma once

#include <string>
#include <vector>

#include "brief/line_writer.h"
#include "project/story_views.h"

namespace dossier {

struct StoryActor {
  std::string id;
  std::string name;
  std::string first_date;                         // of their first perspective or dated claim; "" if none
  std::vector<const PerspectiveEntry*> perspectives;  // of the story, by date then log position
  std::vector<const ClaimEntry*> claims;          // in listed sources, by date, source, span; no repeated text
};

// The actors of story `slug`, by first date (undated last), then name.
std::vector<StoryActor> StoryActors(const std::string& slug, const StoryViews& views, const BriefLineWriter& writer);

// "strongly against" for Stance::kStronglyAgainst.
std::string StanceWords(Stance stance);

// An actor's name from the gazetteer, else the id as written.
std::string ActorName(const StoryViews& views, const std::string& id);

// `Name verb: "claimed words"`, marking the claim's own figures; nullopt if its source is not listed.
std::optional<BriefText> ClaimLine(const ClaimEntry& claim, const std::string& name, BriefLineWriter& writer);
// `Name: summary`, cited.
std::optional<BriefText> PerspectiveLine(const PerspectiveEntry& entry, const std::string& name, const StoryViews& views,
                                         BriefLineWriter& writer);

// One paragraph per actor: their perspectives, then up to three of their claims.
std::vector<std::vector<BriefText>> Narrative(const std::vector<StoryActor>& actors, const StoryViews& views,
                                              BriefLineWriter& writer);

// Each actor with a perspective: the latest, the evolution of each topic, and the points by date.
std::vector<BriefPerspective> Perspectives(const std::vector<StoryActor>& actors, const StoryViews& views,
                                           BriefLineWriter& writer);

}  // namespace dossier
