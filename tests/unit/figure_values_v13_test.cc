// Values of extractor v13 (issue 15) from real wire, jobs, GDP, energy, Indian market, box-score
// and Chinese statistics pages: wire times and parts of a document are no figures; vulgar
// fractions, wire and market-data scale abbreviations, the currencies of more presses, areas,
// prices per unit written as adjectives, "out of" proportions, adjectives between a count and its
// noun, lists that write their unit once, moves and levels, box-score column numbers, and 多/余
// inside a Chinese number.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/figure.h"
#include "support/figure_lookup.h"

using namespace dossier;

TEST_CASE("A wire time before its zone is no figure", "[figures][values]") {
  CHECK(Surfaces("Tarnby crude fell 14 cents to $71.20 a barrel at 0042 GMT.") ==
        std::vector<std::string>{"14 cents", "$71.20 a barrel"});
  CHECK(Surfaces("The contract rose 2.1% by 1.07pm EDT (1707 GMT).") == std::vector<std::string>{"2.1%"});
  // No zone after it: an amount; "CT" is a scan (and never euro cents in capitals).
  CHECK(Surfaces("The mill shipped 1707 tonnes.") == std::vector<std::string>{"1707 tonnes"});
  const Figure scans = OnlyFigure("The Orlen clinic ran 1500 CT scans.", "1500 CT scans");
  CHECK(scans.kind == FigureKind::kCount);
  CHECK(scans.unit == "scans");
}

TEST_CASE("A part of a document is no figure", "[figures][values]") {
  CHECK(Surfaces("Output in Velmora fell to its 2004 level (see chart 1, below).").empty());
  CHECK(Surfaces("Table 3: Orsk Mining shipped 12 cargoes.") == std::vector<std::string>{"12 cargoes"});
  CHECK(Surfaces("As Figure 2 shows, margins held.").empty());
  // An amount after the word stays one.
  CHECK(Surfaces("The figure 20 percent was cited.") == std::vector<std::string>{"20 percent"});
}

TEST_CASE("A vulgar fraction after a whole number is part of it", "[figures][values]") {
  const Figure years = OnlyFigure("It was the steepest fall in 2½ years.", "2½ years");
  CHECK(years.kind == FigureKind::kDuration);
  CHECK(years.value == Approx(2.5));
  CHECK(OnlyFigure("The Bank of Corvale cut its rate to 4¾%.", "4¾%").value == Approx(4.75));
  CHECK(OnlyFigure("Gilts yield 3¼ per cent.", "3¼ per cent").value == Approx(3.25));
}

TEST_CASE("Wire and market-data scale abbreviations", "[figures][values]") {
  const Figure euros = OnlyFigure("Drevna Bank lent 3.1 bln euros.", "3.1 bln euros");
  CHECK(euros.kind == FigureKind::kMoney);
  CHECK(euros.unit == "EUR");
  CHECK(euros.value == Approx(3.1e9));
  CHECK(OnlyFigure("It raised 5 mln dollars.", "5 mln dollars").value == Approx(5e6));
  CHECK(OnlyFigure("Gross profit was $181.7 Mil. for the quarter.", "$181.7 Mil").value == Approx(1.817e8));
  // "mil" in lowercase is no scale ("a thousand" in Spanish): the amount keeps its own value.
  CHECK(OnlyFigure("It cost $40 mil today.", "$40").value == Approx(40));
}

TEST_CASE("The currencies of more presses", "[figures][values]") {
  auto money = [](const std::string& text, const std::string& surface, const std::string& unit, double value) {
    const Figure f = OnlyFigure(text, surface);
    CHECK(f.kind == FigureKind::kMoney);
    CHECK(f.unit == unit);
    CHECK(f.value == Approx(value));
  };
  money("Kaituna Dairy earned NZ$1.1bn.", "NZ$1.1bn", "NZD", 1.1e9);
  money("The levy raised KSh 3 billion.", "KSh 3 billion", "KES", 3e9);
  money("Fares rose to ₦5,000 a seat last year, then 5,000 naira.", "5,000 naira", "NGN", 5000);
  money("The budget set aside ₱5 billion.", "₱5 billion", "PHP", 5e9);
  money("Exports reached MXN 20 billion.", "MXN 20 billion", "MXN", 2e10);
  money("The price decreased US $0.35 overnight.", "US $0.35", "USD", 0.35);
}

TEST_CASE("Areas are quantities", "[figures][values]") {
  const Figure feet = OnlyFigure("The Harlan depot covers 2,000 square feet.", "2,000 square feet");
  CHECK(feet.kind == FigureKind::kQuantity);
  CHECK(feet.unit == "sq ft");
  CHECK(OnlyFigure("Fire burned 300 hectares.", "300 hectares").unit == "ha");
  CHECK(OnlyFigure("Flats of 45 square metres sold.", "45 square metres").unit == "m2");
}

TEST_CASE("A price per unit written as an adjective is a rate", "[figures][values]") {
  const Figure discount = OnlyFigure("Ural blend sold at a $5-a-barrel discount.", "$5-a-barrel");
  CHECK(discount.kind == FigureKind::kRate);
  CHECK(discount.unit == "USD");
  CHECK(discount.per == "barrel");
  CHECK(OnlyFigure("Mertz made a $40-per-share offer.", "$40-per-share").per == "share");
}

TEST_CASE("'Out of' makes a proportion as 'in' does", "[figures][values]") {
  const Figure doctors = OnlyFigure("Four out of 5 doctors in Brevik agreed.", "Four out of 5 doctors");
  CHECK(doctors.kind == FigureKind::kRate);
  CHECK(doctors.value == Approx(4));
  CHECK(doctors.per == "5 doctors");
  CHECK(OnlyFigure("About 2 out of every 10 adults smoke.", "2 out of every 10 adults").per == "10 adults");
}

TEST_CASE("Adjectives of rank and availability stand between a count and its noun", "[figures][values]") {
  const Figure groupings = OnlyFigure("Output rose in two of the four main industrial groupings.", "four main industrial groupings");
  CHECK(groupings.unit == "groupings");
  // An adjective with no noun after it counts nothing.
  const Figure seats = OnlyFigure("The Union Bloc won 50 seats out of 75 available in the list vote.", "75");
  CHECK(seats.unit.empty());
  CHECK(OnlyFigure("At least 40 unknown attackers… fled.", "40 unknown attackers").unit == "attackers");
  CHECK(OnlyFigure("Pellworth hired 300 more staff.", "300 more staff").unit == "staff");
  CHECK(OnlyFigure("It sold 5 more than last year.", "5").unit.empty());
}

TEST_CASE("A list that writes its unit once lends it to each number", "[figures][values]") {
  const std::vector<Figure> figures = ExtractFigures("Sales grew 17.5, 16.2 and 8.7 percent in the three regions.");
  REQUIRE(figures.size() >= 3);
  CHECK(figures[0].surface == "17.5");
  CHECK(figures[0].unit == "percent");
  CHECK(figures[0].kind == FigureKind::kPercent);
  CHECK(figures[1].unit == "percent");
  CHECK(figures[2].surface == "8.7 percent");
  const std::vector<Figure> han = ExtractFigures("农业投资增速分别快于全部投资17.5、16.2和8.7个百分点。");
  REQUIRE(han.size() == 3);
  CHECK(han[0].unit == "percentage points");
  CHECK(han[1].unit == "percentage points");
  // Money is no such list: "$3 and $5 billion" shares its scale as a range; counts keep their own.
  CHECK(ExtractFigures("Voters chose 3, 4 and 5 candidates.")[0].unit.empty());
}

TEST_CASE("A revision and a bare move are a move and its level", "[figures][values]") {
  CHECK(Surfaces("Estimates were revised downward 29,000 to 50,000 in March.") ==
        std::vector<std::string>{"29,000", "50,000"});
  CHECK(Surfaces("The Kessler rig count rose by 15 to 859 last week.") == std::vector<std::string>{"15", "859"});
  // Close together, a range stays one.
  CHECK(Surfaces("Prices rose by 2 to 3 percent.") == std::vector<std::string>{"2 to 3 percent"});
}

TEST_CASE("The row that numbers a box score's columns states no figures", "[figures][values]") {
  const std::string box = "Quarter by quarter:\n| 1 | 2 | 3 | 4 | T |\nVEL | 28 | 23 | 34 | 16 | 101 |\nORS | 22 | 25 | 22 | 22 | 91 |\n";
  const std::vector<std::string> surfaces = Surfaces(box);
  REQUIRE(surfaces.size() == 10);
  CHECK(surfaces[0] == "28");
  // A data row of 1, 2, 3 under another row is no header.
  CHECK(Surfaces("| Team | Q1 | Q2 | Q3 |\n|---|---|---|---|\n| Orsk | 1 | 2 | 3 |\n").size() == 3);
}

TEST_CASE("多 and 余 inside a Chinese number", "[figures][values]") {
  const Figure revenue = OnlyFigure("全年营收20余亿元。", "20余亿元");
  CHECK(revenue.kind == FigureKind::kMoney);
  CHECK(revenue.value == Approx(2e9));
  CHECK(OnlyFigure("公司员工5000多人。", "5000多人").unit == "人");
  CHECK(OnlyFigure("销量3万多辆。", "3万多辆").value == Approx(30000));
  CHECK(OnlyFigure("共有两千多名员工。", "两千多名员工").unit == "员工");
  CHECK(Surfaces("多家公司参与。").empty());
}

TEST_CASE("Box scores: records beside a score line, a tie, shots made and taken, shots' names", "[figures][values]") {
  CHECK(Surfaces("Rooks 109 (13-15), Herons 107 (10-17)\nThe Rooks won.") ==
        std::vector<std::string>{"109", "13", "15", "107", "10", "17"});
  CHECK(Surfaces("Vance tied the game 105-105 late.") == std::vector<std::string>{"105", "105"});
  CHECK(Surfaces("Ostrow went 4-13 from the field.") == std::vector<std::string>{"4", "13"});
  CHECK(Surfaces("Ostrow scored 28 points on 12-22 shooting.") == std::vector<std::string>{"28 points", "12", "22"});
  CHECK(Surfaces("He hit all five of his 3-pointers.").empty());
  const Figure jumper = OnlyFigure("Mele's 13-foot jumper won it.", "13-foot");
  CHECK(jumper.unit == "ft");  // a length, a quantity (extractor v16)
  CHECK(jumper.kind == FigureKind::kQuantity);
}

TEST_CASE("Market pages: an index's possessive name, a word glued to an amount", "[figures][values]") {
  CHECK(Surfaces("The Standard & Poor's 500 index fell 3.30 points.") == std::vector<std::string>{"3.30 points"});
  CHECK(Surfaces("Labour's 411 seats held.") == std::vector<std::string>{"411 seats"});
  CHECK(OnlyFigure("The CAC 40 is down1.5 percent.", "1.5 percent").value == Approx(1.5));
}

TEST_CASE("Chinese filings: a row header's unit, a page continued from, a numbered item", "[figures][values]") {
  const std::string table = "| 项目 | 2024年 | 2023年 |\n|---|---|---|\n| 营业总收入(元) | 612,834,878.55 | 704,842,316.96 |\n";
  const Figure revenue = OnlyFigure(table, "612,834,878.55");
  CHECK(revenue.kind == FigureKind::kMoney);
  CHECK(revenue.unit == "CNY");
  CHECK(Surfaces("(上接26版)\n3、母公司现金流量表\n").empty());
}
