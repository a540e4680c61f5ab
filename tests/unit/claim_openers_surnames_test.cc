// Shapes met on real wire, markets, election and sport pages (issue 10), each in made-up words: a
// sentence that opens with a conjunction before its speaker's name, a surname that ends as a plural
// or a demonym does, the verbs "opined" and "went on to say", "according to" a document from its
// maker, and a speaker's description before a colon or left without its closing comma.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/claim.h"
#include "support/claim_lookup.h"

using namespace dossier;

TEST_CASE("A conjunction opening the sentence is no part of the speaker's name", "[claims][patterns]") {
  CHECK(Claims("But Oren Castellane of Halvick Research says hiring slowed in May.\n") ==
        Found{"[Oren Castellane]: hiring slowed in May"});
  CHECK(Claims("And Oren Castellane said the survey missed seasonal workers.\n") ==
        Found{"[Oren Castellane]: the survey missed seasonal workers"});
}

TEST_CASE("A surname that ends as a plural or a demonym does speaks once the full name is given", "[claims][patterns]") {
  CHECK(Claims("Tessa Summers chaired the meeting. Summers said rates would hold until March.\n") ==
        Found{"[Tessa Summers]: rates would hold until March"});
  CHECK(Claims("Party leader Ivo Albanese thanked volunteers. \xE2\x80\x9CWe earned this,\xE2\x80\x9D Albanese said.\n") ==
        Found{"[Ivo Albanese]: We earned this"});
  // Not a demonym after "the", nor a plural no full name ends with.
  CHECK(Claims("Kees Varndal scored twice. The Dutchman said the team deserved it.\n") !=
        Found{"[Dutchman]: the team deserved it"});
  CHECK(Claims("Traders said the rally would fade.\n").empty());
}

TEST_CASE("The verbs opined and went on to say report what follows", "[claims][patterns]") {
  CHECK(Claims("Coach Rafe Dunmore opined, \"We were the better side for an hour.\"\n") ==
        Found{"[Rafe Dunmore]: We were the better side for an hour"});
  CHECK(Claims("Rafe Dunmore went on to say, \"Two of our defenders were not fit.\"\n") ==
        Found{"[Rafe Dunmore]: Two of our defenders were not fit"});
}

TEST_CASE("According to a document from its maker: the maker speaks", "[claims][patterns]") {
  CHECK(Claims("According to a pre-vote note from Harwick Partners, the bill is likely to pass.\n") ==
        Found{"[Harwick Partners]: the bill is likely to pass"});
  CHECK(Claims("The smelter will close in June, according to a statement from Corvane Metals.\n") ==
        Found{"[Corvane Metals]: The smelter will close in June"});
  CHECK(Claims("Margins will narrow, according to a research note by analysts at Pell Capital.\n") ==
        Found{"[Pell Capital]: Margins will narrow"});
  // A document with no maker named gives no speaker.
  CHECK(Claims("The smelter will close in June, according to a statement.\n").empty());
}

TEST_CASE("A speaker's description before a colon and a quotation, or left open before said", "[claims][patterns]") {
  CHECK(Claims("Jana Orlik, chief executive of Velmar Freight: \"Volumes will recover by spring.\"\n") ==
        Found{"[Jana Orlik]: Volumes will recover by spring"});
  // With a verb of its own it is one claim, the verb's.
  CHECK(Claims("Jana Orlik, chief executive of Velmar Freight, said: \"Volumes will recover by spring.\"\n") ==
        Found{"[Jana Orlik]: Volumes will recover by spring"});
  CHECK(Claims("\xE2\x80\x9CWe are trading with the equity markets,\xE2\x80\x9D Andrey Vell, an analyst at Brisk Capital in "
               "Oslo said in an emailed reply.\n") == Found{"[Andrey Vell]: We are trading with the equity markets"});
}
