// Shapes counted on real energy, health, election and earnings pages (issue 10, session 20),
// written again with invented people, firms and places: a radio story's transcript whose reporter
// and host narrate in turns of their own, a wire rewrite's picture labels, a partial quotation that
// ends a sentence before its tag, a degree word before the adverbial of a tag, a bare "saying"
// after an act, and a quotation that ends its sentence with the stop inside the marks.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/claim.h"
#include "support/claim_lookup.h"

using namespace dossier;

TEST_CASE("A radio transcript's reporter and host narrate: their turns are nobody's, the people they report speak", "[claims][turns]") {
  const std::string text =
      "Brisk Foods Results Disappoint\n\n"
      "MAREN TOLL, HOST:\n\n"
      "It was a weak quarter for Brisk Foods.\n\n"
      "IVO PRENT, BYLINE: Sales came in short, and analysts like Dana Welk at Holm Capital were not surprised.\n\n"
      "DANA WELK: The shelves were full of cheaper rivals. Nobody expected more.\n\n"
      "PRENT: Brisk chief executive Lea Moor told investors the weather kept shoppers at home.\n\n"
      "LEA MOOR: It rained every weekend in May.\n\n"
      "PRENT: And Welk says the discounting will go on into the autumn.\n";
  const Found expected{"[Dana Welk]: The shelves were full of cheaper rivals", "[Dana Welk]: Nobody expected more",
                       "[Lea Moor]: the weather kept shoppers at home", "[Lea Moor]: It rained every weekend in May",
                       "[Dana Welk]: the discounting will go on into the autumn"};
  // Named a narrator by the role after the comma, whoever the page says wrote it…
  CHECK(Claims(text) == expected);
  // …and by the page's author alone, with no role in the text.
  std::string unroled = text;
  unroled.replace(unroled.find("IVO PRENT, BYLINE:"), std::string("IVO PRENT, BYLINE:").size(), "IVO PRENT:");
  CHECK(Claims(unroled, WrittenBy("Ivo Prent")) == expected);
  // A surname that is nobody's narrator stays its speaker's turn.
  CHECK(Claims("Sara Quill runs the depot.\n\nQUILL: We shut two lines in June.\n\nQUILL: They reopen next week.\n") ==
        Found{"[Sara Quill]: We shut two lines in June", "[Sara Quill]: They reopen next week"});
}

TEST_CASE("A picture's label over a wire rewrite's captions names no speaker", "[claims][turns]") {
  const std::string text =
      "FILE PHOTO: A nurse checks a patient's chart at a clinic in Varn\n"
      "FILE PHOTO: A nurse checks a patient's chart at a clinic in Varn, Ostland, May 2, 2026. Photo by Ana Reil\n\n"
      "Nine new cases were confirmed this week, the Ostland Health Ministry said on Friday.\n";
  CHECK(Claims(text) == Found{"[Ostland Health Ministry]: Nine new cases were confirmed this week"});
}

TEST_CASE("A partial quotation that ends the sentence before its tag leaves the claim the whole sentence", "[claims][spans]") {
  // (A verb of framing before the marks, "saw", is no attribution of its own.)
  CHECK(Claims("Beyond the weak tablet sales, the firm also saw a slowdown in the north, with orders in Tarn and Velo "
               "\"plainly soft,\" chief executive Nils Arden said.\n") ==
        Found{"[Nils Arden]: Beyond the weak tablet sales, the firm also saw a slowdown in the north, with orders in Tarn and "
              "Velo \"plainly soft"});
}

TEST_CASE("A degree word before a tag's adverbial leaves the claim after 'that'", "[claims][spans]") {
  CHECK(Claims("Mayor Ruth Elling said just before midnight on Tuesday that the count would resume at dawn.\n") ==
        Found{"[Ruth Elling]: the count would resume at dawn"});
}

TEST_CASE("A bare 'saying' after the speaker's act reports its clause", "[claims][spans]") {
  CHECK(Claims("Odo Venn, the campaign chief, addressed the hall saying the race was too close to call.\n") ==
        Found{"[Odo Venn]: the race was too close to call"});
  // (Not a gerund that takes an object: "saying goodbye".)
  CHECK(Claims("Odo Venn left the hall saying goodbye to the volunteers.\n").empty());
}

TEST_CASE("'encouraged' tells its object what to do, as 'urged' does", "[claims][spans]") {
  CHECK(Claims("The Ostland Energy Authority encouraged households to \"fix a tariff before the winter\".\n") ==
        Found{"[Ostland Energy Authority]: households to \"fix a tariff before the winter\""});
}

// (RULES drops the stop and the closing mark of a quotation the span begins inside; one the span
// opens itself keeps both, so that every view prints a quotation that closes.)
TEST_CASE("A claim that opens a quotation ending its sentence keeps the stop and the closing mark", "[claims][spans]") {
  CHECK(Claims("Dr. Mira Solberg said the rise in cases in the valley was \"deeply worrying.\"\n") ==
        Found{"[Mira Solberg]: the rise in cases in the valley was \"deeply worrying.\""});
}

TEST_CASE("The author's clause of time after a trailing tag is no part of the claim, whatever it reports", "[claims][spans]") {
  CHECK(Claims("Profit fell by a tenth, Velmora said on Tuesday, as it announced a new chief executive.\n") ==
        Found{"[Velmora]: Profit fell by a tenth"});
  CHECK(Claims("Suppliers must cut their tariffs by March, the regulator Ostgas warned today, just hours after it announced a "
               "rise in network charges.\n") == Found{"[Ostgas]: Suppliers must cut their tariffs by March"});
  // A second statement of the speaker's after "while" or "before" is a claim of its own.
  CHECK(Claims("Demand will recover in the spring, Velmora said, while warning that stocks were low.\n") ==
        Found{"[Velmora]: Demand will recover in the spring", "[Velmora]: stocks were low"});
}

TEST_CASE("A result set against expectations after a reported figure is the author's", "[claims][spans]") {
  CHECK(Claims("Brillo reported sales of $210 million, falling short of the $230 million analysts expected.\n") ==
        Found{"[Brillo]: sales of $210 million"});
}

TEST_CASE("A title-case headline's verb is found among its capitalised words", "[claims][headlines]") {
  const std::string body = "\n\nEnergy minister Rosa Vint said on Monday that prices would fall.\n";
  CHECK(Claims("Vint Says Prices Will Fall Next Year" + body) ==
        Found{"[Rosa Vint]: Prices Will Fall Next Year", "[Rosa Vint]: prices would fall"});
  CHECK(Claims("Prices Will Fall Next Year, Vint Says" + body) ==
        Found{"[Rosa Vint]: Prices Will Fall Next Year", "[Rosa Vint]: prices would fall"});
  // The role the story introduces its speaker with.
  CHECK(Claims("Minister Says Prices Will Fall Next Year" + body) ==
        Found{"[Rosa Vint]: Prices Will Fall Next Year", "[Rosa Vint]: prices would fall"});
  // A headline that names an act, or no one the story gives, claims nothing.
  CHECK(Claims("Vint Visits Flooded Towns In The North" + body) == Found{"[Rosa Vint]: prices would fall"});
  CHECK(Claims("Nobody Says Prices Will Fall" + body) == Found{"[Rosa Vint]: prices would fall"});
}
