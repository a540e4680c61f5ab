// Reporting shapes met in real wire, business and sport copy (issue 10): quoted words after a
// framing verb end at their closing mark, a goal or a count "added" is no speech, and a reporting
// verb's noun ("her forecast") does not stop a clause that goes on to ", noting that". Every text is
// made up.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/claim.h"
#include "support/claim_lookup.h"

using namespace dossier;

TEST_CASE("Quoted words after a framing verb are the claim, up to their closing mark", "[claims][spans]") {
  CHECK(Claims("Union leader Maud Pryce called the cut \"a mistake\" and promised to fight it.\n") ==
        Found{"[Maud Pryce]: a mistake"});
  CHECK(Claims("Union leader Maud Pryce called the cut \xE2\x80\x9C" "a betrayal of the staff\xE2\x80\x9D on Monday.\n") ==
        Found{"[Maud Pryce]: a betrayal of the staff"});
}

TEST_CASE("A goal, a score or a count added is no statement", "[claims][spans]") {
  CHECK(Claims("Jamie Orr added the third in the 78th minute as Castleford won 3-0.\n").empty());
  CHECK(Claims("Striker Lea Monti added a late penalty.\n").empty());
  CHECK(Claims("Brill Telecom added 120,000 subscribers in the quarter.\n").empty());
  // Speech after "added" still is one.
  CHECK(Claims("Jamie Orr added that the win meant a lot to the town.\n") == Found{"[Jamie Orr]: the win meant a lot to the town"});
  CHECK(Claims("Jamie Orr added the club would appeal the red card.\n") == Found{"[Jamie Orr]: the club would appeal the red card"});
}

TEST_CASE("A clause goes on past a reporting verb's noun to its \", noting that\"", "[claims][spans]") {
  CHECK(Claims("Marta Lindqvist raised her forecast on Monday, noting that exports had picked up.\n") ==
        Found{"[Marta Lindqvist]: exports had picked up"});
  CHECK(Claims("Harlow Energy cut its estimate, adding that demand had stalled in Asia.\n") ==
        Found{"[Harlow Energy]: demand had stalled in Asia"});
}
