// Who speaks when real business, central-bank and health pages name a person by the body they head or
// the portfolio they hold (issue 10), with invented people and bodies: the name after an owner
// written with "of" and a capitalised title, and after a title's "of" or "for" portfolio, in every
// position of the tag; a description made of the words of a body's name; a link to another story.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "dossier/claim.h"
#include "support/claim_lookup.h"

using namespace dossier;

namespace {
// Every text gives one claim, the speaker's.
void EachGivesOneClaimOf(const std::vector<std::string>& texts, const std::string& speaker) {
  for (const std::string& text : texts) {
    INFO(text);
    const Found found = Claims(text);
    REQUIRE(found.size() == 1);
    CHECK(found.front().rfind("[" + speaker + "]: ", 0) == 0);
  }
}
}  // namespace

TEST_CASE("An owner named with 'of' before a title: the name after the title speaks, in every position", "[claims][speakers]") {
  const std::vector<std::string> texts = {
      "Bank of Varnia Governor Tilde Oskarsen said rates would hold.\n",
      "Rates would hold, Bank of Varnia Governor Tilde Oskarsen said.\n",
      "\"Rates will hold,\" said Bank of Varnia Governor Tilde Oskarsen.\n",
      "\"Rates will hold,\" Bank of Varnia Governor Tilde Oskarsen told reporters.\n",
      "\"Rates will hold,\" said Kessel Chamber of Commerce President Tilde Oskarsen.\n",
      "Rates would hold, Kessel Chamber of Commerce President Tilde Oskarsen warned.\n",
      "\"Rates will hold,\" said Bank of the Varnian Isles Governor Tilde Oskarsen.\n",
  };
  EachGivesOneClaimOf(texts, "Tilde Oskarsen");
  // (The body stays what a later "the central bank" stands for.)
  CHECK(Claims("\"Rates will hold,\" said Bank of Varnia Governor Tilde Oskarsen. The central bank said in a note that "
               "food prices rose.\n") ==
        Found{"[Tilde Oskarsen]: Rates will hold", "[Bank of Varnia]: food prices rose"});
}

TEST_CASE("A title's portfolio after 'of' or 'for' is no part of the name after it", "[claims][speakers]") {
  const std::vector<std::string> texts = {
      "Minister of Health Ruta Emberly said the wards would reopen.\n",
      "Minister for Health Ruta Emberly said the wards would reopen.\n",
      "Shadow Minister for Health Ruta Emberly said the wards would reopen.\n",
      "The wards would reopen, Minister for Foreign Affairs Ruta Emberly said.\n",
      "Minister of Foreign Affairs Ruta Emberly said the wards would reopen.\n",
  };
  EachGivesOneClaimOf(texts, "Ruta Emberly");
  // The surname alone later is the same person.
  CHECK(Claims("Minister for Health Ruta Emberly said the wards would reopen. Emberly added that staff were back.\n") ==
        Found{"[Ruta Emberly]: the wards would reopen", "[Ruta Emberly]: staff were back"});
  // ("Chief of Staff" keeps its one capitalised word after "of" as the title's.)
  CHECK(Claims("Governor's Chief of Staff Ivo Brandl said clinics would open.\n") == Found{"[Ivo Brandl]: clinics would open"});
}

TEST_CASE("A description made of the words of a body named before stands for it", "[claims][speakers]") {
  CHECK(Claims("The Tarvo Outbreak Response Center said six cases were found. The patients were moved on Monday. Two had "
               "a fever, the response center said.\n") ==
        Found{"[Tarvo Outbreak Response Center]: six cases were found", "[Tarvo Outbreak Response Center]: Two had a fever"});
  CHECK(Claims("The Office for Kessel Statistics said prices rose. Wages fell in May, the statistics office reported.\n") ==
        Found{"[Office for Kessel Statistics]: prices rose", "[Office for Kessel Statistics]: Wages fell in May"});
  // (A word the name does not hold is no description of it.)
  CHECK(Claims("The Tarvo Outbreak Response Center said six cases were found. Two had a fever, the disease center said.\n") ==
        Found{"[Tarvo Outbreak Response Center]: six cases were found"});
}

TEST_CASE("A link to another story names no speaker, nor whom 'he' stands for", "[claims][speakers]") {
  const std::string before = "Governor Alvar Brink said rates would stay.\n\n";
  const std::string after = "\n\n\"We cannot relax,\" he said.\n";
  for (const std::string link : {"Read more: VBK REACT: Hiking Cycle Looks Like It Is Over", "Also Read | Tomas Hale Wins Vote",
                                 "RELATED: Nils Orm says stocks will fall", "See also: Pia Lund quits as minister"}) {
    INFO(link);
    CHECK(Claims(before + link + after) == Found{"[Alvar Brink]: rates would stay", "[Alvar Brink]: We cannot relax"});
  }
}

TEST_CASE("'he' or 'she' reaches further back when no other person is named between", "[claims][speakers]") {
  const std::string named = "Central bank governor Ilse Marrow said on Tuesday that inflation had peaked.\n\n";
  const std::string quote = "\n\n\"We are not done yet,\" she told a virtual press briefing.\n";
  // Four sentences of background, no person in them: the governor.
  CHECK(Claims(named +
               "The bank raised its rate by half a point in March.\n\nMortgage costs have climbed since then.\n\n"
               "Builders report slower sales.\n\nPrices rose 0.4% in May from April." +
               quote) == Found{"[Ilse Marrow]: inflation had peaked", "[Ilse Marrow]: We are not done yet"});
  // Another person named between keeps the reach at three sentences: never the governor.
  const Found found = Claims(named +
                             "The bank raised its rate by half a point in March, a step the finance minister Tomas Gard "
                             "opposed.\n\nMortgage costs have climbed since then.\n\nBuilders report slower sales.\n\n"
                             "Prices rose 0.4% in May from April." +
                             quote);
  CHECK(std::find(found.begin(), found.end(), "[Ilse Marrow]: We are not done yet") == found.end());
  // Beyond six sentences, no one.
  CHECK(Claims(named + "One.\n\nTwo cuts came.\n\nThree cuts came.\n\nFour cuts came.\n\nFive cuts came.\n\nSix cuts came." + quote) ==
        Found{"[Ilse Marrow]: inflation had peaked"});
}

TEST_CASE("A district that ends a body's name, and officials after a hospital named since the body", "[claims][speakers]") {
  CHECK(Claims("The Varlo Water District said the main would be fixed by Friday.\n") ==
        Found{"[Varlo Water District]: the main would be fixed by Friday"});
  CHECK(Claims("The ward was closed, the Kessel Public Health District said.\n") ==
        Found{"[Kessel Public Health District]: The ward was closed"});
  // ("District Judge" stays a title before a name.)
  CHECK(Claims("District Judge Oona Perrault said the case would go on.\n") == Found{"[Oona Perrault]: the case would go on"});
  CHECK(Claims("The Varlo State Department of Health said the outbreak had reached Dunmere Medical Center. Officials say "
               "the outbreak involves staff.\n") ==
        Found{"[Varlo State Department of Health]: the outbreak had reached Dunmere Medical Center",
              "[Varlo State Department of Health]: the outbreak involves staff"});
}

TEST_CASE("A place of two words before '-based' and a description before the speaker's name", "[claims][speakers]") {
  CHECK(Claims("Arden Vale-based maker Holm Tooling said it is being hurt by the dollar.\n") ==
        Found{"[Holm Tooling]: it is being hurt by the dollar"});
  CHECK(Claims("Arden Vale-based packaging-machine maker Holm Tooling said it is being hurt by the dollar.\n") ==
        Found{"[Holm Tooling]: it is being hurt by the dollar"});
}

TEST_CASE("A name in capitals opening a text, whom no pronoun stands for, reads safely", "[claims][speakers]") {
  // (It leaves no person named, and the sentence's subject is looked up without one.)
  CHECK(Claims("TOMAS HALE, the fund's chair, said returns would rise.\n") == Found{"[TOMAS HALE]: returns would rise"});
  CHECK(Claims("VELT KORMA said returns would rise. He added that fees would fall.\n") ==
        Found{"[VELT KORMA]: returns would rise"});
}
