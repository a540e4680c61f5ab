// Values of extractor v12 (issue 15) from real oil, jobs, health and match pages: a range of prices
// that writes its currency and per-unit at both ends, "between … to …" and a hanging hyphen as
// ranges, a move and its level in thousands groups, tenths of a point, population rates of two
// words, and a scorer's minutes.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/figure.h"
#include "support/figure_lookup.h"

using namespace dossier;

TEST_CASE("A range of prices may write its currency and per-unit at both ends", "[figures][values]") {
  const Figure brent = OnlyFigure("Brent traded between $88 a barrel and $95 a barrel on Tuesday.", "$88 a barrel and $95 a barrel");
  CHECK(brent.kind == FigureKind::kRate);
  CHECK(brent.unit == "USD");
  CHECK(brent.per == "barrel");
  CHECK(brent.value == Approx(88));
  CHECK(brent.value_high == Approx(95));
  // Without "between", or with another per-unit, they stay two prices.
  CHECK(Surfaces("It sold at $88 a barrel and $95 a barrel.").size() == 2);
  CHECK(Surfaces("Between $3 a gallon and $95 a barrel, drivers lose.").size() == 2);
}

TEST_CASE("Between one number to another, and a hanging hyphen, make one range", "[figures][values]") {
  const Figure risk = OnlyFigure("Some 15 percent had a risk between 10 to 20 percent.", "10 to 20 percent");
  CHECK(risk.value == Approx(10));
  CHECK(risk.value_high == Approx(20));
  const Figure follow_up = OnlyFigure("Patients were followed over a 12- to 16-year period.", "12- to 16-year");
  CHECK(follow_up.kind == FigureKind::kDuration);
  CHECK(follow_up.unit == "years");
  CHECK(follow_up.value == Approx(12));
  CHECK(follow_up.value_high == Approx(16));
}

TEST_CASE("A move and its new level in thousands groups are two figures", "[figures][values]") {
  CHECK(Surfaces("The count for August was revised up by 16,000 to 167,000.") ==
        std::vector<std::string>{"16,000", "167,000"});
  // Without a verb of change, or close together, a range stays one.
  CHECK(Surfaces("Forecasts ranged from 150,000 to 190,000.").size() == 2);  // from … to: a change
  CHECK(Surfaces("Economists expect 150,000 to 190,000 jobs.") == std::vector<std::string>{"150,000 to 190,000 jobs"});
  CHECK(Surfaces("Payrolls rose by 150,000 to 190,000 jobs.") == std::vector<std::string>{"150,000 to 190,000 jobs"});
}

TEST_CASE("Tenths of a point are fractions of a point", "[figures][values]") {
  const Figure tenth = OnlyFigure("The jobless rate fell one-tenth of 1 percentage point to 3.5%.", "one-tenth of 1 percentage point");
  CHECK(tenth.kind == FigureKind::kPercent);
  CHECK(tenth.unit == "percentage points");
  CHECK(tenth.value == Approx(0.1));
  CHECK(OnlyFigure("Yields rose a tenth of a percentage point.", "tenth of a percentage point").value == Approx(0.1));
  CHECK(OnlyFigure("The index slipped two-tenths of a point.", "two-tenths of a point").value == Approx(0.2));
  CHECK(Surfaces("A tenth of the staff left.").empty());
}

TEST_CASE("A population rate's per-unit may be two words", "[figures][values]") {
  const Figure deaths = OnlyFigure("Infant deaths fell to 18 per 1,000 live births.", "18 per 1,000 live births");
  CHECK(deaths.kind == FigureKind::kRate);
  CHECK(deaths.per == "1,000 live births");
  CHECK(OnlyFigure("There were 3.1 admissions per 1,000 hospital beds.", "3.1 admissions per 1,000 hospital beds").per ==
        "1,000 hospital beds");
  CHECK(OnlyFigure("The rate was 12.5 cases per 100,000 residents last year.", "12.5 cases per 100,000 residents").per ==
        "100,000 residents");
}

TEST_CASE("A scorer's minutes are no figures", "[figures][values]") {
  CHECK(Surfaces("Goals: Alvarez 17\xe2\x80\xb2, Haaland pen 90+5\xe2\x80\xb2 | Pereira pen 28\xe2\x80\xb2\n").empty());
  CHECK(Surfaces("Goals: Rodrigo pen 3', Greenwood 60'\n").empty());
}

TEST_CASE("An age is no figure", "[figures][values]") {
  CHECK(Surfaces("The 56-year-old chief executive said so.").empty());
  CHECK(Surfaces("The youngest patient was 3 months old.").empty());
  CHECK(Surfaces("It followed adults between 20 and 79 years of age.").empty());
  CHECK(Surfaces("Patients aged 45 to 64 years and those 65 years and older were asked.").empty());
  CHECK(Surfaces("Infants aged under 12 months were too young.").empty());
  CHECK(Surfaces("Infants aged less than 12 months were too young.").empty());
  CHECK(Surfaces("The median age of adult patients was 31.").empty());
  CHECK(Surfaces("The director, Mara Velkov, 52, said the outbreak began in December.").empty());
  // A share among an age group stays, and a duration that is no age too.
  CHECK(Surfaces("Uptake among people aged 65 and over reached 73.4%.") == std::vector<std::string>{"73.4%"});
  CHECK(Surfaces("Contacts are watched for 21 days.") == std::vector<std::string>{"21 days"});
}

TEST_CASE("A proportion is one figure, its part per its whole", "[figures][values]") {
  const Figure adults = OnlyFigure("About 1 in 5 adults had no dose.", "1 in 5 adults");
  CHECK(adults.kind == FigureKind::kRate);
  CHECK(adults.value == Approx(1));
  CHECK(adults.unit.empty());
  CHECK(adults.per == "5 adults");
  CHECK(OnlyFigure("It warned that one in four children had no dose.", "one in four children").per == "four children");
  CHECK(OnlyFigure("They hold one in 10 seats in the city.", "one in 10 seats").per == "10 seats");
  CHECK(OnlyFigure("Seizures occur in about 1 in 3,000 to 4,000 children.", "1 in 3,000 to 4,000 children").per ==
        "3,000 to 4,000 children");
  // A year or a unit after "in" makes no whole.
  CHECK(Surfaces("It won 3 in 2025.").size() == 1);
  CHECK(Surfaces("He scored 2 in 5 minutes.") == std::vector<std::string>{"2", "5 minutes"});
}

TEST_CASE("A price joined by and to a price before it is in its currency", "[figures][values]") {
  const auto prices = ExtractFigures("Shares hit a high of Rs 631.15 and 631.30 apiece on the BSE and NSE.");
  REQUIRE(prices.size() == 2);
  CHECK(prices[1].kind == FigureKind::kMoney);
  CHECK(prices[1].unit == "INR");
  CHECK(prices[1].value == Approx(631.3));
}

TEST_CASE("Those who forecast a number are not what it counts", "[figures][values]") {
  CHECK(Surfaces("Employers added 143,000 jobs, beating the 118,000 economists had forecast.") ==
        std::vector<std::string>{"143,000 jobs", "118,000"});
  CHECK(Surfaces("A poll of 50 economists showed it.") == std::vector<std::string>{"50 economists"});
}

TEST_CASE("A middle dot between digits is a decimal point", "[figures][values]") {
  CHECK(OnlyFigure("Of these, 67 (45\xc2\xb7" "6%) were confirmed.", "45\xc2\xb7" "6%").value == Approx(45.6));
}

TEST_CASE("A house number before a street is no figure", "[figures][values]") {
  CHECK(Surfaces("They posed outside 10 Downing Street on Friday.").empty());
  CHECK(Surfaces("The office at 1600 Pennsylvania Avenue was closed.").empty());
  CHECK(Surfaces("It opened 12 Walmart stores.") == std::vector<std::string>{"12 Walmart stores"});
}
