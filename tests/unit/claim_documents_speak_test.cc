// A document as the subject of a reporting verb speaks for whoever issued it (issue 10): "…, the
// report said", "the agency's annual review found", "a pilot study from X found", "according to the
// report". The issuer is the owner written before the noun, else the organisation or outlet that
// made the last claim or was named since, before the document's own sentence. Every text is made up.
#include <catch2/catch.hpp>

#include "dossier/claim.h"
#include "support/claim_lookup.h"

using namespace dossier;

TEST_CASE("A report, study or statement speaks for the one who issued it", "[claims][documents]") {
  // The outlet that reported speaks through "the report" after it, not a company the content names.
  CHECK(Claims("Tessel is in talks to raise $2 billion, the Marlow Ledger reported on Monday.\n\n"
               "The round would be led by Orrin Capital, the report said.\n") ==
        Found{"[Marlow Ledger]: Tessel is in talks to raise $2 billion", "[Marlow Ledger]: The round would be led by Orrin Capital"});
  // An organisation named after the last claim, and not a person, issued the statement.
  CHECK(Claims("Ada Kern said the plant was safe.\n\nHarlow Power issued a statement on Monday. "
               "\"We will not close the plant,\" the statement read.\n") ==
        Found{"[Ada Kern]: the plant was safe", "[Harlow Power]: We will not close the plant"});
  CHECK(Claims("Demand for gas will peak by 2030, the Harlow Energy Agency said on Tuesday.\n\n"
               "According to the report, coal use will rise in India.\n") ==
        Found{"[Harlow Energy Agency]: Demand for gas will peak by 2030", "[Harlow Energy Agency]: coal use will rise in India"});
  // With nobody in reach, "the report" names no speaker: no claim rather than a guess.
  CHECK(Claims("Rain fell all week.\n\nPrices will rise, the report said.\n").empty());
}

TEST_CASE("A document's owner before it is its speaker", "[claims][documents]") {
  CHECK(Claims("Brightwater Council's annual report said that rents rose 9% in the year.\n") ==
        Found{"[Brightwater Council]: rents rose 9% in the year"});
  // A noun of two words whose second is also a verb ("note") is the document, not the verb.
  CHECK(Claims("Kestrel Bank cut its forecast on Monday. The bank's research note said growth would slow to 1%.\n") ==
        Found{"[Kestrel Bank]: growth would slow to 1%"});
  CHECK(Claims("A new Harwick Institute study found that night shifts raise the risk of diabetes.\n") ==
        Found{"[Harwick Institute]: night shifts raise the risk of diabetes"});
  CHECK(Claims("A pilot study from the University of Lorne found that the drug halved headaches.\n") ==
        Found{"[University of Lorne]: the drug halved headaches"});
}
