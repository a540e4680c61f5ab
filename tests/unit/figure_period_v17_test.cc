// Periods and bounds of extractor v17 (issue 15), from real central-bank, crop-estimate and Indian
// results pages of other outlets: a quarter named by its months and restated at once as a fiscal
// one is the fiscal one; a quarter that ends off the calendar's month ("the second quarter ended
// September") and "Q2FY22" are fiscal; "the April-June period" is a quarter; "in the previous year"
// is the year before the one named; "respectively" after a list of periods; a sentence after a
// move is no base of it; "as much as" and "as little as" bound a figure. And conflicts: an amount
// "less than a month earlier" is a move; one source's two near counts of a quantity that no other
// source agrees with rival each other and the others'.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/figure.h"
#include "project/proj_figures.h"
#include "support/figure_conflicts.h"
#include "support/figure_lookup.h"

using namespace dossier;

TEST_CASE("A quarter named by its months and restated at once as fiscal is the fiscal one", "[figures][period]") {
  const std::string text =
      "Brisvane IT's September quarter\n\n"
      "PUNE, 22 October 2025 — Brisvane Softworks reported results for the July–September quarter, the second "
      "quarter of FY26. Its net profit was Rs 2,310 crore in the quarter.";
  CHECK(OnlyFigure(text, "Rs 2,310 crore").period == "Q2 FY2026");
  // A table below takes the fiscal quarter, reported: placed against the dateline as the calendar one.
  const std::string table =
      "Brisvane IT's September quarter\n\n"
      "PUNE, 22 October 2025 — IT firms have now reported results for the July–September quarter, the second quarter "
      "of FY26.\n\n| Company | Net profit (₹ crore) |\n|---|---|\n| Brisvane Softworks | 2,310 |\n";
  const Figure cell = OnlyFigure(table, "2,310");
  CHECK(cell.period == "Q2 FY2026");
  CHECK(cell.period_kind == "actual");
  // Without the restatement the months name a calendar quarter.
  const std::string calendar =
      "Brisvane IT's September quarter\n\n"
      "PUNE, 22 October 2025 — Brisvane Softworks reported a net profit of Rs 2,310 crore for the July–September "
      "quarter. Its revenue outlook for FY26 was kept.";
  CHECK(OnlyFigure(calendar, "Rs 2,310 crore").period == "Q3 2025");
}

TEST_CASE("A quarter that ends off the calendar's month, and Q2FY22, are fiscal", "[figures][period]") {
  const std::string text =
      "Ornhill Finance profit falls\n\n"
      "MUMBAI, 12 November 2021 — Ornhill Finance posted a 21 per cent drop in net profit to Rs 318 crore in the "
      "second quarter ended September 2021. It had posted a net profit of Rs 402 crore in the second quarter "
      "ended September 2020. Total income was Rs 1,905 crore in Q2FY22.";
  CHECK(OnlyFigure(text, "Rs 318 crore").period == "Q2 FY2022");
  CHECK(OnlyFigure(text, "Rs 402 crore").period == "Q2 FY2021");
  CHECK(OnlyFigure(text, "Rs 1,905 crore").period == "Q2 FY2022");
  // The third quarter ended September is the calendar's.
  const std::string calendar =
      "Ornhill Finance\n\nMUMBAI, 12 November 2021 — Ornhill Finance earned $41 million in the third quarter ended "
      "September 30, 2021.";
  CHECK(OnlyFigure(calendar, "$41 million").period == "Q3 2021");
  // In a text that names no fiscal year, which year the company names it by is not known.
  const std::string retailer =
      "Pellory Stores\n\nNEW YORK, 14 August 2019 — Net income at Pellory Stores fell to $61 million in the second "
      "quarter ended Aug. 3.";
  CHECK(OnlyFigure(retailer, "$61 million").period->find("FY") == std::string::npos);
}

TEST_CASE("The April-June period is a quarter, the July–December period a half", "[figures][period]") {
  const std::string text =
      "Tessaly growth slows\n\n"
      "MARROW BAY, 29 September 2023 — Tessaly's economy grew 1.4% in the April-June period on the year. Exports "
      "fell 3.1% in the July–December period of 2022.";
  CHECK(OnlyFigure(text, "1.4%").period == "Q2 2023");
  CHECK(OnlyFigure(text, "3.1%").period == "H2 2022");
}

TEST_CASE("In the previous year is the year before the one named", "[figures][period]") {
  const std::string text =
      "Velmora harvest estimate\n\n"
      "KESTOV, 20 May 2022 — Barley output in Velmora is estimated at 31.2 million tonnes in the 2021-22 crop year "
      "against 29.8 million tonnes in the previous year.";
  CHECK(OnlyFigure(text, "31.2 million tonnes").period == "FY2022");
  CHECK(OnlyFigure(text, "29.8 million tonnes").period == "FY2021");
  // "below the previous year": the base of a move, not the period of the figure before it.
  const std::string base =
      "Quillon outlook\n\nDENVER, 20 June 2013 — Quillon Labs expects full-year revenue about 2.5 percent below "
      "the previous year.";
  CHECK(OnlyFigure(base, "2.5 percent").period == "2013");
}

TEST_CASE("Respectively sets the figures listed after the periods against them", "[figures][period]") {
  const std::string text =
      "Tessaly bank holds\n\n"
      "MARROW BAY, 29 September 2023 — The central bank predicted headline inflation at 1.7% this year and 2.4% "
      "next year, with core inflation seen at 1.3% and 1.9%, respectively. It trimmed its growth projections to "
      "3.1% this year and 3.5% next year, from the previous forecasts of 3.3% and 3.6%, respectively.";
  CHECK(OnlyFigure(text, "1.3%").period == "2023");
  CHECK(OnlyFigure(text, "1.9%").period == "2024");
  CHECK(OnlyFigure(text, "3.3%").period == "2023");
  CHECK(OnlyFigure(text, "3.6%").period == "2024");
  // Against the last periods named, in order, when more are named before them.
  const std::string later =
      "Tessaly bank\n\nMARROW BAY, 20 May 2025 — The bank sees unemployment of 4.4% by December, and growth of 1.6% "
      "by June, before picking up to 2.2% by December – down 10 and 40 basis points respectively.";
  CHECK(OnlyFigure(later, "10").period == "2025-06");
  CHECK(OnlyFigure(later, "40 basis points").period == "2025-12");
}

TEST_CASE("A sentence after a move names its own period, not the move's base", "[figures][period]") {
  const std::string text =
      "Tessaly outlook\n\n"
      "MARROW BAY, 29 September 2023 — The bank raised its 2024 growth outlook to 4.1% from 3.7%. Last year's "
      "growth was 2.2%.";
  CHECK(OnlyFigure(text, "2.2%").period == "2022");
}

TEST_CASE("As much as and as many as bound a figure from above, as little as from below", "[figures][values]") {
  const std::string text =
      "Quorrel Fund\n\n"
      "HALDEN, 3 March 2026 — The Quorrel fund could raise as much as $650 million, and as many as 70 jobs may go. "
      "Units sell for as little as $12.";
  CHECK(OnlyFigure(text, "$650 million").approx == Approximation::kAtMost);
  CHECK(OnlyFigure(text, "70 jobs").approx == Approximation::kAtMost);
  CHECK(OnlyFigure(text, "$12").approx == Approximation::kAtLeast);
}

TEST_CASE("One source's two near counts that no other source agrees with rival each other and the others'", "[figures][conflicts]") {
  const std::string survey =
      "Kelvard pumps less\n\nLONDON, 3 November 2026 — The largest drop came from Kelvard, which supplied 6.10 million "
      "barrels per day in October, or 140,000 barrels per day less than a month earlier, a survey found.";
  // "less than a month earlier": the size of a move, no rival of the level.
  const Figure drop = OnlyFigure(survey, "140,000 barrels per day");
  REQUIRE(drop.change.has_value());
  CHECK(drop.change->role == "delta");
  const std::string report =
      "Exporters report\n\nVIENNA, 12 November 2026 — Kelvard pumped 5.92 million barrels per day in October by the "
      "secondary sources' count, while Kelvard told the group directly that it had produced 6.31 million barrels per "
      "day in October.";
  REQUIRE(SameMeasure(OnlyFigure(survey, "6.10 million barrels per day"), OnlyFigure(report, "5.92 million barrels per day")));
  const std::vector<FigureConflict> conflicts = ConflictsAmong({survey, report});
  REQUIRE(conflicts.size() == 1);
  CHECK(conflicts[0].values.size() == 3);  // 6.10, 5.92 and 6.31 million
  // Alone, one source's two values of a measure are read as a misreading, as before.
  CHECK(ConflictsAmong({report}).empty());
  // So are they when another source agrees with one of them.
  const std::string agreeing =
      "Kelvard output\n\nLONDON, 4 November 2026 — Kelvard supplied 5.92 million barrels per day in October, a survey "
      "found.";
  CHECK(ConflictsAmong({agreeing, report}).empty());
}
