#include <catch2/catch.hpp>

#include "brief/draft_stance.h"

using namespace dossier;

TEST_CASE("draft stance: cue words lean for or against, a negated cue the other way, neutral when unsure") {
  CHECK(SuggestedStance(StanceLean({"The buildout will pay off within five years."})) == Stance::kFor);
  CHECK(SuggestedStance(StanceLean({"The buildout will not pay off."})) == Stance::kAgainst);
  CHECK(SuggestedStance(StanceLean({"It is a bubble, and a waste; many sites will sit idle."})) ==
        Stance::kStronglyAgainst);
  CHECK(SuggestedStance(StanceLean({"Revenue rose in the quarter."})) == Stance::kNeutral);
  CHECK(SuggestedStance(StanceLean({"Growth is strong", "but the risk is real"})) == Stance::kNeutral);
  // Cues are whole words: "wasteland" is not "waste", "winter" not "win".
  CHECK(StanceLean({"a wasteland in winter"}) == 0);
}
