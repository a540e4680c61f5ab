// Wire copy's appositions around a speaker's name, and given names that end as demonyms do (issue
// 10). Shapes from real health and politics reporting; every text is made up.
#include <catch2/catch.hpp>

#include "dossier/claim.h"
#include "support/claim_lookup.h"

using namespace dossier;

TEST_CASE("A possessor's office before a comma describes the name after it, which speaks", "[claims][speakers]") {
  CHECK(Claims("\"These doses will reach every province,\" said Orlandia's Health Minister, Tomas Ferreira Lutu, at the airport.") ==
        Found{"[Tomas Ferreira Lutu]: These doses will reach every province"});
  // A hyphenated office ends in its noun.
  CHECK(Claims("\"We need to act before this becomes another pandemic,\" warned the agency's Director-General, Ines Varga, at a "
               "press conference.") == Found{"[Ines Varga]: We need to act before this becomes another pandemic"});
  // Not an office: a possessor's thing before the comma names no one.
  CHECK(Claims("\"We are ready,\" said Orlandia's capital, Marrow, on Friday.").empty());
}

TEST_CASE("A description whose closing comma the writer left out ends at its role and the verb", "[claims][speakers]") {
  CHECK(Claims("\"This case needs no further measures,\" Lars Ekdahl, Velmark's state epidemiologist said.") ==
        Found{"[Lars Ekdahl]: This case needs no further measures"});
  CHECK(Claims("The virus had spread unseen for years, Dr. Ama Boateng, the chair of the agency's emergency committee told "
               "reporters last month.") ==
        Found{"[Ama Boateng]: The virus had spread unseen for years"});
}

TEST_CASE("A given name that ends as a demonym does is a person's, whom the next pronoun stands for",
          "[claims][speakers]") {
  for (const char* given : {"Brian", "Jean", "Julian", "Sean"}) {
    const std::string text = std::string(given) + " Tolson held a briefing on Tuesday. \"We will lead this fight,\" he told reporters.";
    CHECK(Claims(text) == Found{"[" + std::string(given) + " Tolson]: We will lead this fight"});
  }
}

TEST_CASE("A body described by what it does, or by a union's letters before it, is the organisation named last",
          "[claims][speakers]") {
  CHECK(Claims("The Kestrel Institute of Health said it needed doses. The health body said that cases had doubled this year.") ==
        Found{"[Kestrel Institute of Health]: it needed doses", "[Kestrel Institute of Health]: cases had doubled this year"});
  CHECK(Claims("The Global Health Organisation declared an emergency. The UN health agency said that cases had doubled.") ==
        Found{"[Global Health Organisation]: cases had doubled"});
}

TEST_CASE("A that of a comparison is a pronoun, no clause the verb reports", "[claims][spans]") {
  CHECK(Claims("Ana Ruiz argued for a tougher stance than that of the government.") ==
        Found{"[Ana Ruiz]: for a tougher stance than that of the government"});
}

TEST_CASE("According to projections or predictions of a named body, that body speaks", "[claims][speakers]") {
  CHECK(Claims("Turnout rose to 84%, according to predictions of Velmark Public Television.") ==
        Found{"[Velmark Public Television]: Turnout rose to 84%"});
  CHECK(Claims("The Greens won 12%, according to projections by Orland Research.") ==
        Found{"[Orland Research]: The Greens won 12%"});
  // "of" before a number names no one.
  CHECK(Claims("Turnout rose, according to predictions of 84%.").empty());
}
