// Values of extractor v10 (issue 15) from real sport and weather pages: a team's record before a
// score (no phone number), a rising score after a verb of the result, a race named by its
// distance, a race time in minutes past 23, temperatures, and a price per a unit of several words.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/figure.h"
#include "support/figure_lookup.h"

using namespace dossier;

TEST_CASE("A record in brackets before a score is four counts, a phone number none", "[figures][values]") {
  CHECK(Surfaces("The Warriors (25-26) 120-112 win ended the slide.") == std::vector<std::string>{"25", "26", "120", "112"});
  CHECK(Surfaces("Call (555) 123-4567 for tickets.").empty());
  CHECK(Surfaces("Call 555-123-4567 for tickets.").empty());
}

TEST_CASE("A rising score of three digits after a verb of the result is two counts", "[figures][values]") {
  CHECK(Surfaces("Boston lost 101-110 to Milwaukee.") == std::vector<std::string>{"101", "110"});
  CHECK(Surfaces("It was a 98-104 defeat.") == std::vector<std::string>{"98", "104"});
  CHECK(Surfaces("Sales grew 120-150 units a week.").size() == 1);  // no result: still a range
}

TEST_CASE("A race named by its distance is no million", "[figures][values]") {
  CHECK(Surfaces("She won the 100m in 10.91 seconds.") == std::vector<std::string>{"10.91 seconds"});
  CHECK(Surfaces("He took the men's 400m hurdles and a 1500m final.").empty());
  CHECK(OnlyFigure("The app has 200m users.", "200m users").value == Approx(2e8));
  CHECK(OnlyFigure("The club raised 100m in new funding.", "100m").value == Approx(1e8));
  CHECK(OnlyFigure("The 100m shares were sold.", "100m shares").value == Approx(1e8));
}

TEST_CASE("Minutes past 23 and seconds are a race time, whatever stands before them", "[figures][values]") {
  const Figure race = OnlyFigure("Hassan won the 20km title in 58:51.", "58:51");
  CHECK(race.kind == FigureKind::kDuration);
  CHECK(race.value == Approx(3531));
  CHECK(Surfaces("The shop opens at 9:30 and closes at 17:45.").empty());
  CHECK(Surfaces("The clock read 58:75.").size() != 1);  // no second past 59
}

TEST_CASE("A temperature is a quantity in degrees", "[figures][values]") {
  const Figure celsius = OnlyFigure("Temperatures hit 40C in Seville.", "40C");
  CHECK(celsius.kind == FigureKind::kQuantity);
  CHECK(celsius.unit == "\xc2\xb0" "C");
  CHECK(OnlyFigure("Phoenix saw 104F.", "104F").unit == "\xc2\xb0" "F");
  CHECK(OnlyFigure("London reached 40.2\xc2\xb0" "C at noon.", "40.2\xc2\xb0" "C").value == Approx(40.2));
  CHECK(OnlyFigure("The record of 38.7 Celsius stood.", "38.7 Celsius").unit == "\xc2\xb0" "C");
  CHECK(OnlyFigure("It rose above 40 degrees Celsius.", "40 degrees Celsius").unit == "\xc2\xb0" "C");
  CHECK(OnlyFigure("A high of 38 degrees is forecast.", "38 degrees").kind == FigureKind::kQuantity);
  // A capital before a hyphen or a slash goes on a name: no temperature.
  CHECK(Surfaces("The air force ordered 12 F-35 jets.") != std::vector<std::string>{"12 \xc2\xb0" "F"});
  CHECK(Surfaces("It sold 3 C-class cars.") == std::vector<std::string>{"3 C-class cars"});
}

TEST_CASE("A price per a unit of several words after a or an is a rate", "[figures][values]") {
  const Figure price = OnlyFigure("Power cleared at \xc2\xa3" "2,310.75 a megawatt-hour.", "\xc2\xa3" "2,310.75 a megawatt-hour");
  CHECK(price.kind == FigureKind::kRate);
  CHECK(price.per == "megawatt-hour");
}

TEST_CASE("A list that leaves out its count's noun gives each name's number a count", "[figures][values]") {
  CHECK(Surfaces("Labour won 411 seats, the Conservatives 121 and the Liberal Democrats 72.") ==
        std::vector<std::string>{"411 seats", "121", "72"});
  CHECK(Surfaces("Apple won 12 awards, and the Pixel 8 Pro none.") == std::vector<std::string>{"12 awards"});
  CHECK(Surfaces("The Galaxy S24 and the iPhone 15 sold well.").empty());
}

TEST_CASE("No capitalised before a number names an address or a rank", "[figures][values]") {
  CHECK(Surfaces("The minister arrived at No 10 on Friday.").empty());
  CHECK(Surfaces("It became the world's No 1 chipmaker with 40% of the market.") == std::vector<std::string>{"40%"});
}

TEST_CASE("One or two digits after a comma before a scale or a unit are decimals in any text", "[figures][values]") {
  CHECK(OnlyFigure("The group said revenue rose to 12,4 Mrd. Euro last year.", "12,4 Mrd. Euro").value == Approx(12.4e9));
  CHECK(OnlyFigure("Its profit was 1,08 Mrd. Euro.", "1,08 Mrd. Euro").value == Approx(1.08e9));
  CHECK(OnlyFigure("Sales reached 1,200 million units.", "1,200 million units").value == Approx(1.2e9));
}

TEST_CASE("A national phone number opened by its trunk zero is no figure", "[figures][values]") {
  CHECK(Surfaces("Call the desk on 020 7946 0321 or 0800 123 456.").empty());
  CHECK(Surfaces("The table reads 12 345 678 for the year.").size() >= 1);  // no zero: no phone number
}

TEST_CASE("A number hyphenated to a capitalised word opening a sentence is a name's", "[figures][values]") {
  CHECK(Surfaces("Covid-19 cases rose to 1,200 last week.") == std::vector<std::string>{"1,200"});
  CHECK(Surfaces("Packing 136 cores, it draws 4% less power.") == std::vector<std::string>{"136 cores", "4%"});
}

TEST_CASE("Double, triple and quadruple as verbs and their gerunds are multiples", "[figures][values]") {
  CHECK(Surfaces("Demand is set to double again by 2030.") == std::vector<std::string>{"double"});
  CHECK(Surfaces("Costs could more than double.") == std::vector<std::string>{"double"});
  CHECK(OnlyFigure("Rents will nearly triple.", "triple").value == Approx(3));
  CHECK(OnlyFigure("The plan is a doubling of capacity.", "doubling").value == Approx(2));
  CHECK(OnlyFigure("Output may quadruple.", "quadruple").value == Approx(4));
  CHECK(Surfaces("Inflation rose to double digits, and the bank will double down.").empty());
  CHECK(Surfaces("The club won the double.").empty());
}

TEST_CASE("A doubling time states the time, no multiple", "[figures][values]") {
  CHECK(Surfaces("Performance is doubling every 2.07 years.") == std::vector<std::string>{"2.07 years"});
  CHECK(Surfaces("Prices have been doubling approximately every 2.5 years.") == std::vector<std::string>{"2.5 years"});
}

TEST_CASE("A number before a unit of one letter is read, not thrown on", "[figures][values]") {
  // "40 tonnes" made the scanner take the last two letters of "t" (out of range: ingest aborted).
  CHECK(OnlyFigure("They shipped 40 tonnes.", "40 tonnes").unit == "t");
  CHECK(OnlyFigure("Carrying 40 metric tonnes, it flew on.", "40 metric tonnes").kind == FigureKind::kQuantity);
  CHECK(OnlyFigure("Rainfall reached 120mm in a day.", "120mm").unit == "mm");
}
