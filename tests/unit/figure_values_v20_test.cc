// Values of extractor v20 (issue 15), from real election, health-bulletin, energy and GDP-revision
// pages of other outlets: spelled compounds written without their hyphen, thousands grouped by
// spaces, and "pp" for percentage points.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/figure.h"
#include "support/figure_lookup.h"

using namespace dossier;

TEST_CASE("A tens word and a unit word written apart are one number", "[figures][values]") {
  const Figure seats = OnlyFigure("The Heron Party won sixty two seats in the assembly.", "sixty two seats");
  CHECK(seats.value == 62);
  CHECK(seats.unit == "seats");
  CHECK(OnlyFigure("Turnout reached ninety one thousand voters.", "ninety one thousand voters").value == 91000);
  CHECK(OnlyFigure("Some two hundred five families left.", "two hundred five families").value == 205);
  // Two numbers side by side stay two ("never 51").
  CHECK(OnlyFigure("She played five one-day internationals.", "five one-day internationals").value == 5);
}

TEST_CASE("Thousands grouped by spaces in a text of decimal points", "[figures][values]") {
  // Two numbers grouped so: the text's convention.
  const std::string bulletin =
      "Ostravel health office update\n\n"
      "The office counted 21 183 cases in total, and 4 512 people remain in care; 2.6 percent tested positive.";
  CHECK(Surfaces(bulletin) == std::vector<std::string>{"21 183 cases", "4 512 people", "2.6 percent"});
  CHECK(OnlyFigure(bulletin, "21 183 cases").value == 21183);
  // One number of three groups can be read no other way.
  CHECK(OnlyFigure("The grid reached 1 250 000 households.", "1 250 000 households").value == 1250000);
  // A lone pair stays two numbers, and a text that groups with commas never reads spaces so.
  CHECK(Surfaces("On May 5 250 people marched.") == std::vector<std::string>{"250 people"});
  CHECK(Surfaces("Sales of 1,250 units; on day 3 400 buyers came and 2 300 left.") ==
        std::vector<std::string>{"1,250 units", "400 buyers", "2", "300"});
  // No-break, narrow no-break and thin spaces group thousands in any text.
  CHECK(OnlyFigure("Exports rose to 12\xc2\xa0" "400 tonnes.", "12\xc2\xa0" "400 tonnes").value == 12400);
  CHECK(OnlyFigure("The plant made 3\xe2\x80\x89" "750 MW.", "3\xe2\x80\x89" "750 MW").value == 3750);
  CHECK(OnlyFigure("A crowd of 18\xe2\x80\xaf" "020 fans.", "18\xe2\x80\xaf" "020 fans").value == 18020);
}

TEST_CASE("The abbreviation pp after a number is percentage points", "[figures][values]") {
  const Figure spaced = OnlyFigure("Inventories cut growth by 0.4 pp in the quarter.", "0.4 pp");
  CHECK(spaced.kind == FigureKind::kPercent);
  CHECK(spaced.unit == "percentage points");
  CHECK(OnlyFigure("The jobless rate rose 0.3pp to 4.4%.", "0.3pp").unit == "percentage points");
  // Not inside a longer word.
  CHECK(OnlyFigure("Water held 5 ppm of lead.", "5 ppm").unit != "percentage points");
}
