// Speakers as real sport, health and economy pages write them (issue 10, session 20): a round-up's
// heading with the club in parentheses, a time between the name and its verb, a first initial.
// Every text is made up.
#include <catch2/catch.hpp>

#include "dossier/claim.h"
#include "support/claim_lookup.h"

using namespace dossier;

TEST_CASE("A round-up's heading gives its quotations to the name before the club in parentheses", "[claims][speakers]") {
  const Found found = Claims(
      "What the managers said\n\nTomas Vellard (Harbourside Rovers)\n\n"
      "\xe2\x80\x9cWe never gave up. The second half was ours.\xe2\x80\x9d\n\n"
      "Niall O\xe2\x80\x99" "Brannock (Kelby Town)\n\n\xe2\x80\x9cWe gifted them the first goal.\xe2\x80\x9d\n");
  CHECK(found == Found{"[Tomas Vellard]: We never gave up", "[Tomas Vellard]: The second half was ours",
                       "[Niall O\xe2\x80\x99" "Brannock]: We gifted them the first goal"});
}

TEST_CASE("A time between the speaker and the verb leaves the speaker", "[claims][speakers]") {
  const Found found = Claims(
      "The Ostland Health Ministry has announced nine new cases. Health Minister Oscar Lumbala late Wednesday said "
      "two more cases were reported in the east. A ministry statement early Thursday said that the total is now 40.");
  CHECK(found == Found{"[Oscar Lumbala]: two more cases were reported in the east",
                       "[Ostland Health Ministry]: the total is now 40"});
}

TEST_CASE("A first initial after a title is part of the name", "[claims][speakers]") {
  CHECK(Claims("Health Minister K. Ramanathan said cases were rising. \"We will test everyone,\" he told reporters.") ==
        Found{"[K. Ramanathan]: cases were rising", "[K. Ramanathan]: We will test everyone"});
}

TEST_CASE("A nationality's officials and a place's authorities are a described body, not a name", "[claims][speakers]") {
  CHECK(Claims("Kenyan officials said turnout was high.") == Found{"[Kenyan officials]: turnout was high"});
  CHECK(Claims("Ostland authorities said the road was closed.") == Found{"[Ostland authorities]: the road was closed"});
  // The public body named before, when there is one.
  CHECK(Claims("The Kenyan Ministry of Health said cases rose. Kenyan officials said clinics were full.") ==
        Found{"[Kenyan Ministry of Health]: cases rose", "[Kenyan Ministry of Health]: clinics were full"});
  // A company's officials speak for it.
  CHECK(Claims("Velora officials said the app was safe.") == Found{"[Velora]: the app was safe"});
}

TEST_CASE("A place before a news agency's description is the description's", "[claims][speakers]") {
  CHECK(Claims("Prices will rise next year, the Ostland news agency Tarpress reported.") ==
        Found{"[Tarpress]: Prices will rise next year"});
}

TEST_CASE("A place before a described body is in the name of the body it stands for", "[claims][speakers]") {
  // Another city's health bureau, named before, is not whom "Metro health officials" stand for.
  CHECK(Claims("The Tarlow City Health Bureau said tourists were ill. Later, Metro health officials said they had "
               "confirmed three cases.") ==
        Found{"[Tarlow City Health Bureau]: tourists were ill", "[Metro health officials]: they had confirmed three cases"});
  CHECK(Claims("The Ostland Health Authority said cases rose. Ostland health officials said clinics were full.") ==
        Found{"[Ostland Health Authority]: cases rose", "[Ostland Health Authority]: clinics were full"});
}

TEST_CASE("A photo's credit is no one a later pronoun stands for", "[claims][speakers]") {
  const Found found = Claims(
      "Nurses prepare a ward at Bikoro Hospital. (Marta Fennick/UNICEF via AP)\nMarta Fennick/UNICEF via AP\n\n"
      "Trade Minister Ola Brandt said exports rose. She also said the port would reopen.");
  CHECK(found == Found{"[Ola Brandt]: exports rose", "[Ola Brandt]: the port would reopen"});
  CHECK(Claims("Workers at the site. REUTERS/Pilar Onsalo\n\nHe said the plant would close.").empty());
}

TEST_CASE("An outlet after \"as reported by\" is the claim's speaker", "[claims][speakers]") {
  CHECK(Claims("The governor turned down the plan, as reported by the Ostland Ledger.") ==
        Found{"[Ostland Ledger]: The governor turned down the plan"});
}
