// Reporting shapes counted on real wire, court, transport, weather and central-bank stories (issue
// 10), written again with invented people and places: a date between a subject and its verb, a
// second reporting verb after another act, two claims joined by "and", "made it clear", a court's
// "ruled that", a press release's ticker and short names, acts with a noun object that state
// nothing, and the one told as an outlet's affiliate.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/claim.h"
#include "support/claim_lookup.h"

using namespace dossier;

TEST_CASE("A date between a subject and its verb belongs to the tag", "[claims][spans]") {
  CHECK(Claims("Farm Minister Odile Varenne on October 15 said unseasonal rains had damaged the barley.\n") ==
        Found{"[Odile Varenne]: unseasonal rains had damaged the barley"});
  CHECK(Claims("Odile Varenne on 15 October said the harvest would be late.\n") ==
        Found{"[Odile Varenne]: the harvest would be late"});
}

TEST_CASE("A second reporting verb after another act reports a clause of its own", "[claims][spans]") {
  // An unnamed subject opening its sentence too.
  CHECK(Claims("The Kestrel Train Drivers Union met on Tuesday. The union criticised the timetable and said its members "
               "would walk out.\n") == Found{"[Kestrel Train Drivers Union]: its members would walk out"});
  // "but warned" with a pronoun's clause, and "and said it would".
  CHECK(Claims("Ruth Calloway, head of the Kestrel drivers union, apologised for the delays, but warned it would not be the last "
               "strike.\n") == Found{"[Ruth Calloway]: it would not be the last strike"});
  CHECK(Claims("Ruth Calloway thanked the crews and said it would be a long winter.\n") ==
        Found{"[Ruth Calloway]: it would be a long winter"});
  // (Not "and said it plainly": it points back.)
  CHECK(Claims("Ruth Calloway criticised the plan and said it plainly.\n").empty());
}

TEST_CASE("'said A and warned of B', 'said A and said B' are two claims", "[claims][spans]") {
  CHECK(Claims("Pell Sorensen said rain would return on Thursday and warned of flash flooding along the river.\n") ==
        Found{"[Pell Sorensen]: rain would return on Thursday", "[Pell Sorensen]: flash flooding along the river"});
  CHECK(Claims("Judge Nadia Fenwick said it was reckless to run the trains and said there will be a hearing in January.\n") ==
        Found{"[Nadia Fenwick]: it was reckless to run the trains", "[Nadia Fenwick]: there will be a hearing in January"});
  CHECK(Claims("Nadia Fenwick said the case was closed and said so again on Monday.\n") ==
        Found{"[Nadia Fenwick]: the case was closed and said so again on Monday"});
}

TEST_CASE("'made it clear that' and a court's 'ruled that' report, 'ruled out' states nothing", "[claims][spans]") {
  CHECK(Claims("Ruth Calloway made it clear that the union would not negotiate.\n") ==
        Found{"[Ruth Calloway]: the union would not negotiate"});
  CHECK(Claims("On Thursday, the Ardlow Supreme Court ruled that the operator had broken its safety duty.\n") ==
        Found{"[Ardlow Supreme Court]: the operator had broken its safety duty"});
  CHECK(Claims("Governor Tarin Olds ruled out a rate cut in June.\n").empty());
}

TEST_CASE("A press release's ticker and short names in brackets follow its issuer", "[claims][spans]") {
  CHECK(Claims("Halvern Rail Systems Limited (Nasdaq:HLRS) (\"Halvern\" or the \"Company\"), a maker of steel sleepers, "
               "announces that all approvals have been obtained.\n") ==
        Found{"[Halvern Rail Systems Limited]: all approvals have been obtained"});
}

TEST_CASE("A topic explained, a detail clarified, a stand repeated, a rate maintained state nothing", "[claims][spans]") {
  CHECK(Claims("Dale Omondi explained the process behind the emergency timetable.\n").empty());
  CHECK(Claims("Dale Omondi and Ruth Calloway clarified the last details of the transfer.\n").empty());
  CHECK(Claims("In a statement, the Ardlow Council repeated its earlier policy stand.\n").empty());
  CHECK(Claims("Orland Bank confirm Vesk arrival\n\nOrland Bank confirm Vesk arrival.\n").empty());
  CHECK(Claims("Vesk says goodbye to fans\n\nThe striker left.\n").empty());
  CHECK(Claims("Kestrel Valley Bank maintained its benchmark rate at 4.25% on Thursday.\n").empty());
  // With a clause they state it; a forecast maintained is still stated.
  CHECK(Claims("Dale Omondi explained the timetable was drawn up overnight.\n") ==
        Found{"[Dale Omondi]: the timetable was drawn up overnight"});
  CHECK(Claims("Dale Omondi clarified he had a family commitment.\n") == Found{"[Dale Omondi]: he had a family commitment"});
  CHECK(Claims("Kestrel Valley Bank maintained its forecast of 2% growth.\n") ==
        Found{"[Kestrel Valley Bank]: its forecast of 2% growth"});
}

TEST_CASE("The one told may be an outlet's affiliate, no content", "[claims][spans]") {
  CHECK(Claims("A van was swept off the road, coroner Hollis Pruett told Valley radio affiliate KVRN.\n") ==
        Found{"[Hollis Pruett]: A van was swept off the road"});
  CHECK(Claims("Hollis Pruett told Fieldcast affiliate KVRN.\n").empty());
  CHECK(Claims("Hollis Pruett told Fieldcast affiliate KVRN the driver was rescued.\n") ==
        Found{"[Hollis Pruett]: the driver was rescued"});
}

TEST_CASE("A claim inside a clause the sentence opens with ends where the main clause begins", "[claims][spans]") {
  CHECK(Claims("When Alan Hancock said the verdict must be unanimous, the jury went back to deliberate.\n") ==
        Found{"[Alan Hancock]: the verdict must be unanimous"});
  CHECK(Claims("After Tarin Olds said the bank would hold rates, shares rose.\n") == Found{"[Tarin Olds]: the bank would hold rates"});
  // A comma inside the claim of a main clause keeps it whole.
  CHECK(Claims("Tarin Olds said the bank would hold rates, because inflation was high.\n") ==
        Found{"[Tarin Olds]: the bank would hold rates, because inflation was high"});
}
