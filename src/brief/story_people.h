// The people of a story as a briefing shows them: each actor with perspectives on the story or
// claims in its listed sources, their lines (claims as `Name argues that "claimed words".`,
// perspectives as `Name points out that …`), and their stance evolution in words.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
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

// The words of the gazetteer's names and aliases, lowercase: a summary opening with one of them
// opens with a name, not a verb.
using NameWords = std::unordered_set<std::string>;
NameWords GazetteerWords(const std::vector<Actor>& actors);

// The claim as a sentence, marking its own figures: `Name argues that "claimed words".` for a
// statement or telling verb, `Name asked: "…".` for other finite reporting verbs of the lexicon,
// `According to Name, "…".`, else `Name: "…".`. Nullopt if its source is not listed.
std::optional<BriefText> ClaimLine(const ClaimEntry& claim, const std::string& name, BriefLineWriter& writer);

// The summary with the actor as its subject, cited: `Name points out that …` when the summary opens
// with a verb (see ProseSubject), else `Name: summary`.
std::optional<BriefText> PerspectiveLine(const PerspectiveEntry& entry, const std::string& name, const StoryViews& views,
                                         const NameWords& names, BriefLineWriter& writer);
// "Chamath Palihapitiya points out that …" for ("Chamath Palihapitiya", "Points out that …"): the
// first word is taken for a verb, and lowercased, when it is capitalised plain ASCII letters and
// either a finite reporting verb of the lexicon ("Argued", "Reports") or, failing that, a
// third-person -s form (not -ss, -us, -is, -ways, -wards, -times) that is no common sentence opener
// of the lexicon ("This", "Analysts"); never a word of the gazetteer's names ("Sachs"). Otherwise
// `Name: summary`.
std::string ProseSubject(const std::string& name, const std::string& summary, const NameWords& names);

// Narrative: a paragraph per actor with listed perspectives, in actor order: each perspective as
// prose, then at most one quotation (their longest QuotableClaim, the first of equals); then one
// paragraph of the actors with only claims, one quotation each (according-to counts too), by source
// number and position, at most six.
std::vector<std::vector<BriefText>> Narrative(const std::vector<StoryActor>& actors, const StoryViews& views,
                                              const NameWords& names, BriefLineWriter& writer);

// Whether a claim of the actor `name` reads as a quotation in prose: a finite reporting verb of the
// lexicon (or "according to" when `according_to`); 40–300 bytes on one line; no reference marker
// ("[2]", "\["), no words run together ("7Open"); not naming its speaker (full name or surname)
// nor reporting speech itself ("he says"): those are the writer's paraphrase.
bool QuotableClaim(const ExtractedClaim& claim, const std::string& name, bool according_to);

// The stance change each perspective made on its topic (by log position): shifted or reversed, from
// what. Perspectives that made none are not in it.
struct StanceShift {
  StanceChange change = StanceChange::kShifted;
  Stance from = Stance::kNeutral;
};
std::unordered_map<uint64_t, StanceShift> StanceShifts(const std::vector<StoryActor>& actors);

// Each actor with a perspective: the latest, the evolution of each topic, and the points by date.
std::vector<BriefPerspective> Perspectives(const std::vector<StoryActor>& actors, const StoryViews& views,
                                           BriefLineWriter& writer);

}  // namespace dossier
