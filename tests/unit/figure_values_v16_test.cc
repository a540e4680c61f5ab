// Values of extractor v16 (issue 15), from real hurricane, rail, weather and crop pages of other
// outlets: lengths, speeds, areas, volumes and weights are quantities in their symbols, not counts
// of their nouns.
#include <catch2/catch.hpp>

#include <initializer_list>
#include <string>
#include <vector>

#include "dossier/figure.h"
#include "support/figure_lookup.h"

using namespace dossier;

namespace {

struct Quantity {
  const char* surface;
  double value;
  const char* unit;
};

// Each of `expected` is one figure of `text`: a quantity of that value in that unit.
void CheckQuantities(const std::string& text, std::initializer_list<Quantity> expected) {
  for (const Quantity& q : expected) {
    const Figure f = OnlyFigure(text, q.surface);
    INFO(q.surface);
    CHECK(f.kind == FigureKind::kQuantity);
    CHECK(f.value == Approx(q.value));
    CHECK(f.unit == q.unit);
  }
}

}  // namespace

TEST_CASE("Lengths, speeds, areas, volumes and weights are quantities in their symbols", "[figures][values]") {
  const std::string storm =
      "Storm Orlaith nears the coast\n\n"
      "The storm was about 405 miles southwest of Carrick Point, moving at 12 mph with winds of 90 knots. Surges of "
      "10 to 15 feet are possible, with 28.50 inches of pressure and up to 120 kilometres of coast under warning. "
      "The train was travelling at 33 miles per hour in a 50-mph zone, 25 metres from the bridge.";
  CheckQuantities(storm, {{"405 miles", 405, "mi"}, {"12 mph", 12, "mph"}, {"90 knots", 90, "kn"},
                          {"10 to 15 feet", 10, "ft"}, {"28.50 inches", 28.5, "in"}, {"120 kilometres", 120, "km"},
                          {"33 miles per hour", 33, "mph"}, {"50-mph", 50, "mph"}, {"25 metres", 25, "m"}});
  const std::string crop =
      "Fenmoor harvest\n\n"
      "Barley production is forecast at 4.27 billion bushels from 82.5 million acres, with 20 gallons of fuel and "
      "40 kilograms of seed an acre.";
  CheckQuantities(crop, {{"4.27 billion bushels", 4.27e9, "bu"}, {"82.5 million acres", 8.25e7, "ac"}, {"20 gallons", 20, "gal"}});
  // A per-unit after them makes a rate.
  const Figure yield = OnlyFigure("Yields average 178.4 bushels per acre.", "178.4 bushels per acre");
  CHECK(yield.kind == FigureKind::kRate);
  CHECK(yield.unit == "bu");
  // Yards stay a count, pounds the currency.
  CHECK(OnlyFigure("He ran for 112 yards.", "112 yards").kind == FigureKind::kCount);
  CHECK(OnlyFigure("It cost 3 billion pounds.", "3 billion pounds").unit == "GBP");
}

TEST_CASE("Advisories' and trade sites' times, dates and coordinates are no figures", "[figures][values]") {
  CHECK(Surfaces("At 1000 AM CDT, the eye of Hurricane Orlaith was located near latitude 25.0 North, longitude "
                 "86.2 West, moving at 12 mph.") == std::vector<std::string>{"12 mph"});
  CHECK(Surfaces("Tarn Air reported (11-Jul-2016) 40 flights.\n12-Jul-2016 10:41 AM") ==
        std::vector<std::string>{"40 flights"});
  // Three or four digits before am or pm stay amounts when they cannot be a time.
  CHECK(Surfaces("It sold 1500 apples.") == std::vector<std::string>{"1500 apples"});
}

TEST_CASE("A traffic report's points and signed moves beside levels", "[figures][values]") {
  const std::string text =
      "Tarn Air traffic\n\n- Passengers: 40.6 million, +3.9% year-on-year;\n- Asia Pacific: 784,000, +0.1%;\n"
      "- Load factor: 83.4%, -0.3 ppt;\n- International: 77.6%, -2.3 ppts;";
  CHECK(OnlyFigure(text, "40.6 million").kind == FigureKind::kCount);
  CHECK(OnlyFigure(text, "784,000").kind == FigureKind::kCount);
  const Figure points = OnlyFigure(text, "-2.3 ppts");
  CHECK(points.unit == "percentage points");
  CHECK(points.value == Approx(-2.3));
  CHECK(OnlyFigure(text, "-0.3 ppt").unit == "percentage points");
  // A list of bare numbers before a unit written once still takes it.
  CHECK(OnlyFigure("Output grew 17.5, 16.2 and 8.7 percent.", "16.2").unit == "percent");
}

TEST_CASE("A range of hours is a time of day", "[figures][values]") {
  CHECK(Surfaces("Demand peaked between 3-4 p.m. Wednesday at 71,438 megawatts.") ==
        std::vector<std::string>{"71,438 megawatts"});
  CHECK(Surfaces("The team won 3-4 games.") != std::vector<std::string>{});
}
