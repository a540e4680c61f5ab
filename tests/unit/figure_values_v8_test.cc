// Values of extractor v8 (issue 15), from real pages of Indian business dailies, German and French
// results and election tables, polls, health bulletins and results tables: dates and codes that are
// not figures, decimal commas before a percent sign, from/to lending its counted noun, reversed
// pairs, margins either way, spaced "fold", and a table's corner cell stating every column's unit.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/figure.h"
#include "support/figure_lookup.h"

using namespace dossier;

TEST_CASE("Dates written day first in digits, month-year column heads and hyphenated codes are no figures", "[figures][values]") {
  CHECK(Surfaces("Updated: 14-03-2025 18:40 IST. Net profit rose 12 per cent.") == std::vector<std::string>{"12 per cent"});
  CHECK(Surfaces("On 28.04.2022 the firm opened 3 new plants.") == std::vector<std::string>{"3 new plants"});
  CHECK(Surfaces("Filed 3/7/2025 with 40 pages.") == std::vector<std::string>{"40 pages"});
  CHECK(Surfaces("| USD | Jul-22 | Mar-2024 |\n|---|---|---|\n| Revenue | 12 | 14 |\n").size() == 2);
  CHECK(Surfaces("Story dpa:220428-99-74664/2 and the 4-4-2 formation won 2-1.") == std::vector<std::string>{"2", "1"});
}

TEST_CASE("One or two digits after a comma, then a percent sign, are decimals in any text", "[figures][values]") {
  const std::string text = "Turnout was 71.1% nationally. Votes valables: 5575058 92,8 %.";
  const Figure share = OnlyFigure(text, "92,8 %");
  CHECK(share.value == Approx(92.8));
  CHECK(share.kind == FigureKind::kPercent);
  // A thousands group keeps three digits: "1,250%" is still 1250.
  CHECK(OnlyFigure("Shares rose 1,250% since listing.", "1,250%").value == Approx(1250));
}

TEST_CASE("From A to B lends A the counted noun and per-unit written after B", "[figures][values]") {
  const std::string text = "Incidence fell from 145 to 19 cases per million persons, and output rose from 40 to 55 barrels a day.";
  const Figure from = OnlyFigure(text, "145");
  CHECK(from.unit == "cases");
  CHECK(from.per == "million persons");
  CHECK(from.kind == FigureKind::kRate);
  const Figure output = OnlyFigure(text, "40");
  CHECK(output.unit == "barrels");
  CHECK(output.per == "day");
}

TEST_CASE("A pair falling from the first number to the second is two figures, not a range", "[figures][values]") {
  const std::string text = "Support for the levy hurts it 58-33%, while 5-10% back both.";
  const Figure first = OnlyFigure(text, "58");
  CHECK(first.value == 58);
  CHECK(first.unit == "percent");
  CHECK_FALSE(first.value_high.has_value());
  CHECK(OnlyFigure(text, "33%").value == 33);
  CHECK(OnlyFigure(text, "5-10%").value_high == 10);
  // A year before a scaled amount is its date: "the first half of 2026 to 4.2 trillion yuan".
  CHECK(Surfaces("Output grew in the first half of 2026 to 4.2 trillion yuan.") == std::vector<std::string>{"4.2 trillion yuan"});
}

TEST_CASE("A margin either way is no negative number, and a spaced fold is a multiple", "[figures][values]") {
  CHECK(OnlyFigure("Sampling error: +/-4% at the 95% level.", "4%").value == 4);
  const Figure fold = OnlyFigure("Revenue rose three fold to Rs 525 crore.", "three fold");
  CHECK(fold.kind == FigureKind::kMultiple);
  CHECK(fold.value == 3);
  CHECK(OnlyFigure("Costs grew 5 fold.", "5 fold").unit == "times");
}

TEST_CASE("A table's corner cell of unit words states every column's unit and scale", "[figures][values]") {
  const std::string table =
      "| USD (in millions) | FY23 | FY24 |\n|---|---|---|\n| Revenue | 12,726 | 14,368 |\n";
  const Figure cell = OnlyFigure(table, "14,368");
  CHECK(cell.kind == FigureKind::kMoney);
  CHECK(cell.unit == "USD");
  CHECK(cell.value == Approx(14368e6));
  // A corner that names something else states nothing.
  const std::string plain = "| Metric | FY23 | FY24 |\n|---|---|---|\n| Stores | 120 | 131 |\n";
  CHECK(OnlyFigure(plain, "131").unit.empty());
}

TEST_CASE("A result with the year before's in brackets takes the scale and currency written after both", "[figures][values]") {
  const std::string text = "Der Auftragseingang stieg auf 421,0 (Vj. 293,8) Mio. Euro, der Umsatz lag bei 351,0 (294,4) Mio. Euro.";
  const Figure orders = OnlyFigure(text, "421,0");
  CHECK(orders.kind == FigureKind::kMoney);
  CHECK(orders.unit == "EUR");
  CHECK(orders.value == Approx(421e6));
  CHECK(OnlyFigure(text, "293,8").value == Approx(293.8e6));
  CHECK(OnlyFigure(text, "294,4").unit == "EUR");
  // No scale and currency after the brackets, nothing lent.
  CHECK(OnlyFigure("Sales rose to 12 (see note) stores.", "12").unit.empty());
}

TEST_CASE("A bare Chinese low end takes the unit written once after the high one", "[figures][values]") {
  const Figure range = OnlyFigure("本季合併營收將落在三四六億至三五八億美元區間。", "三四六億至三五八億美元");
  CHECK(range.value == Approx(3.46e10));
  CHECK(range.value_high == Approx(3.58e10));
  CHECK(range.unit == "USD");
  CHECK(range.kind == FigureKind::kMoney);
}

TEST_CASE("A table cell holding a number in brackets alone is an accounting negative", "[figures][values]") {
  const std::string table = "| USD (in millions) | FY23 | FY24 |\n|---|---|---|\n| Cost of revenue | (2,266) | (2,980) |\n";
  const Figure cost = OnlyFigure(table, "2,980");
  CHECK(cost.value == Approx(-2980e6));
  CHECK(cost.unit == "USD");
  // In prose a bracket is no sign.
  CHECK(OnlyFigure("Revenue rose to 421 (from 400) stores.", "400").value == 400);
}
