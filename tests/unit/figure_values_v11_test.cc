// Values of extractor v11 (issue 15) from real central-bank, oil and match coverage: fractions of a
// point, fractions written with a slash before a percentage, a range that writes its unit at both
// ends, hyphenated basis and percentage points, a match's minutes, "10-man" sides, and a scraped
// list's numbers glued to its items.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/figure.h"
#include "support/figure_lookup.h"

using namespace dossier;

TEST_CASE("A fraction of a point is a figure from the fraction", "[figures][values]") {
  const Figure quarter = OnlyFigure("The bank cut rates by a quarter of a percentage point on Tuesday.",
                                    "quarter of a percentage point");
  CHECK(quarter.kind == FigureKind::kPercent);
  CHECK(quarter.unit == "percentage points");
  CHECK(quarter.value == Approx(0.25));
  CHECK(OnlyFigure("Some wanted half a percentage point.", "half a percentage point").value == Approx(0.5));
  CHECK(OnlyFigure("It trimmed by one-quarter of a percentage point.", "one-quarter of a percentage point").value ==
        Approx(0.25));
  CHECK(OnlyFigure("A quarter-percentage point move was priced.", "quarter-percentage point").value == Approx(0.25));
  const Figure half = OnlyFigure("One member wanted a half-point cut.", "half-point");
  CHECK(half.kind == FigureKind::kCount);
  CHECK(half.unit == "points");
  CHECK(half.value == Approx(0.5));
  CHECK(OnlyFigure("Markets priced three-quarters of a point by March.", "three-quarters of a point").value == Approx(0.75));
  CHECK(OnlyFigure("It lowered the rate by a quarter point.", "quarter point").value == Approx(0.25));
  CHECK(OnlyFigure("Others argued for half a point.", "half a point").value == Approx(0.5));
  // A half or a quarter of anything else states no point.
  CHECK(Surfaces("Goals came in the second half and the first quarter of the year.").empty());
  CHECK(Surfaces("They reached the half-point of the race.").empty());
}

TEST_CASE("A fraction with a slash before a percentage is its value", "[figures][values]") {
  CHECK(OnlyFigure("It lowered the target by 1/4 percentage point.", "1/4 percentage point").value == Approx(0.25));
  const Figure range = OnlyFigure("The target range is now 4-1/4 to 4-1/2 percent.", "4-1/4 to 4-1/2 percent");
  CHECK(range.value == Approx(4.25));
  CHECK(range.value_high == Approx(4.5));
  CHECK(OnlyFigure("The note yields 3-1/2%, its lowest.", "3-1/2%").value == Approx(3.5));
  // Other slashes stay dates and ratios.
  CHECK(Surfaces("The meeting on 3/4 was short.").empty());
}

TEST_CASE("A range may write its unit at both ends", "[figures][values]") {
  const Figure range = OnlyFigure("It set a range of 4.5 percent to 4.75 percent.", "4.5 percent to 4.75 percent");
  CHECK(range.value == Approx(4.5));
  CHECK(range.value_high == Approx(4.75));
  CHECK(OnlyFigure("Output will be between 2 GW and 3 GW.", "2 GW and 3 GW").value_high == Approx(3));
  // A move and its new level after a verb of change, and the ends of a change, are two figures.
  CHECK(Surfaces("Inflation rose 0.3 percent to 2.9 percent.") == std::vector<std::string>{"0.3 percent", "2.9 percent"});
  CHECK(Surfaces("The rate went from 3.9 percent to 4.0 percent.") == std::vector<std::string>{"3.9 percent", "4.0 percent"});
  // A range runs upwards: "51.2 percent to 47.9 percent" is a result, two shares.
  CHECK(Surfaces("She won 51.2 percent to 47.9 percent.") == std::vector<std::string>{"51.2 percent", "47.9 percent"});
}

TEST_CASE("Hyphenated basis and percentage points are points", "[figures][values]") {
  const Figure hikes = OnlyFigure("Traders expect two more 75 basis-point hikes.", "75 basis-point");
  CHECK(hikes.kind == FigureKind::kPercent);
  CHECK(hikes.unit == "basis points");
  CHECK(OnlyFigure("It was a 50-basis-point cut.", "50-basis-point").value == Approx(50));
  CHECK(OnlyFigure("A 2 percentage-point drop followed.", "2 percentage-point").unit == "percentage points");
}

TEST_CASE("A match's minute marks are no figures", "[figures][values]") {
  CHECK(Surfaces("Enobakhare (79') scored and Murgaonkar (90+3') replied.").empty());
  CHECK(Surfaces("86' Harbour City - Substitution\n81' GOAL! Rovers 1-1 Harbour City").size() == 2);  // the score's sides
  CHECK(OnlyFigure("10-man Rovers held on.", "10-man").unit == "men");
}

TEST_CASE("A scraped list's number glued to its item is no figure", "[figures][values]") {
  CHECK(Surfaces("Key facts\n- 3Polio cases have fallen 99% since 1988\n- 10Severe reactions are rare\n") ==
        std::vector<std::string>{"99%"});
  // Inside a line a number glued to a word is a snippet cut off after it, and stays a count.
  CHECK(Surfaces("Its lead is a mere 7Open source models trail.") == std::vector<std::string>{"7"});
}
