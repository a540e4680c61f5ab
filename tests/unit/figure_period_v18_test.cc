// Periods of extractor v18 (issue 15), from real inflation, jobs and health-budget pages of other
// outlets: a value before a move, named by its verb ("after rising 2.6% in June"), and a split
// fiscal year after "from Rs … crore" are bases, whose period is not the reported figure's; a
// standing target takes no period but one its own clause names; "the first month of 2025" is a
// month; "a December rate" names December; a month after "will" or "expects" is the coming one, one
// after "had forecast" the one past; a day a report was published on dates no figure; a text that
// counts seasons reads "2011-12" as a season; "However, October payrolls" October's. And conflicts:
// two modellers' insured losses of one disaster, dated by the disaster, rival each other. Values:
// "since 1885" is a year, no count. A sentence after a comparison's base ("up from 7.62m in June
// 2026") goes on with no period older than the base.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "brief/conflict_words.h"
#include "dossier/figure.h"
#include "project/proj_figures.h"
#include "support/figure_conflicts.h"
#include "support/figure_lookup.h"

using namespace dossier;

TEST_CASE("A value before a move, named by its verb, is the base and keeps its own period", "[figures][period]") {
  const std::string text =
      "Velbrin prices\n\n"
      "OSTRAVEL, 13 August 2026 — In the 12 months through July, the Velbrin consumer price index advanced 2.9% "
      "after rising 2.6% in June. Economists had expected 2.8%.";
  CHECK(OnlyFigure(text, "2.9%").period == "2026-07");
  CHECK(OnlyFigure(text, "2.6%").period == "2026-06");
  // The next sentence goes on with the reported month, not the base's.
  CHECK(OnlyFigure(text, "2.8%").period == "2026-07");
  // What was done then is no move: its period is the figure's.
  const std::string spent =
      "Harrowgate bonds\n\n"
      "LONDON, 4 February 2026 — Harrowgate Systems raised $9 billion in January, after spending $12 billion on "
      "plants in the fourth quarter.";
  CHECK(OnlyFigure(spent, "$12 billion").period == "Q4 2025");
}

TEST_CASE("A split fiscal year after an amount a move starts from is that amount's", "[figures][period]") {
  const std::string text =
      "Pundara health outlay\n\n"
      "NEW DELHI, 1 February 2026 — The health department has an estimated outlay of Rs 4,120 crore for 2026-27, up "
      "from Rs 3,815 crore allocated in revised estimates for 2025-26.";
  CHECK(OnlyFigure(text, "Rs 4,120 crore").period == "FY2027");
  CHECK(OnlyFigure(text, "Rs 3,815 crore").period == "FY2026");
}

TEST_CASE("A standing target takes no period but one its own clause names", "[figures][period]") {
  const std::string text =
      "Marlovia inflation\n\n"
      "KESSIN, 12 June 2026 — Inflation in Marlovia was 3.4% in May, above the central bank's 2% target.\n\n"
      "The bank aims to return to its 2% inflation target within two years.";
  CHECK(OnlyFigure(text, "3.4%").period == "2026-05");
  for (const Figure& f : ExtractFigures(text)) {
    if (f.surface == "2%") CHECK_FALSE(f.period.has_value());
  }
  const std::string dated =
      "Marlovia vaccines\n\nKESSIN, 12 June 2026 — The ministry set a target of 75% by 2030.";
  CHECK(OnlyFigure(dated, "75%").period == "by 2030");
}

TEST_CASE("The first or final month of a year is that month", "[figures][period]") {
  const std::string text =
      "Tarvesh prices\n\n"
      "KOLDRA, 12 June 2025 — Consumer prices in Tarvesh rose 2.3% in the first month of 2025 and 2.6% in the final "
      "month of 2024. Wages rose 4.1% in the last month of last year.";
  CHECK(OnlyFigure(text, "2.3%").period == "2025-01");
  CHECK(OnlyFigure(text, "2.6%").period == "2024-12");
  CHECK(OnlyFigure(text, "4.1%").period == "2024-12");
}

TEST_CASE("A month named for a forecast is the coming one, for a past forecast the one past", "[figures][period]") {
  // "a December rate": the month before its noun after "a".
  const std::string past =
      "Davenlo rates\n\n"
      "DAVENLO, 14 January 2026 — Analysts at Pemberly Crane had forecast a December inflation rate of 3.4%.";
  CHECK(OnlyFigure(past, "3.4%").period == "2025-12");
  const std::string coming =
      "Davenlo rates\n\n"
      "DAVENLO, 10 September 2026 — The Davenlo central bank expects inflation to peak at 4.1% in February.";
  CHECK(OnlyFigure(coming, "4.1%").period == "2027-02");
  const std::string reported =
      "Davenlo rates\n\n"
      "DAVENLO, 10 September 2026 — Inflation in Davenlo peaked at 4.1% in February.";
  CHECK(OnlyFigure(reported, "4.1%").period == "2026-02");
}

TEST_CASE("The day a report was published dates none of its figures", "[figures][period]") {
  const std::string text =
      "Flu admissions rise\n\n"
      "December 8, 2025 — Flu activity rose for a fifth week, with 5,310 patients admitted to hospitals in Corvane "
      "state, according to health department data published Dec. 8.";
  CHECK_FALSE(OnlyFigure(text, "5,310 patients").period.has_value());
}

TEST_CASE("A text that counts seasons reads a split year as a season, not a fiscal year", "[figures][period]") {
  const std::string text =
      "Record runners-up\n\n"
      "LONDON, 24 April 2026 — Pellston Rovers could finish this season on 95 points. As recently as 2017-18, Orrin "
      "Athletic finished second on 88 points.";
  CHECK(OnlyFigure(text, "88 points").period == "2017-2018");
  // A budget's split year is its fiscal year.
  const std::string budget =
      "Pundara health\n\nNEW DELHI, 1 February 2026 — The outlay for 2026-27 is Rs 4,120 crore.";
  CHECK(OnlyFigure(budget, "Rs 4,120 crore").period == "FY2027");
}

TEST_CASE("A month opening a clause before its noun is the period of its statement", "[figures][period]") {
  const std::string text =
      "Jobs report revised\n\n"
      "WASHINGTON, December 10, 2025 — The payroll count for November was unchanged. However, October payrolls were "
      "revised up to a gain of 61,000 from a previously reported gain of 14,000.";
  CHECK(OnlyFigure(text, "61,000").period == "2025-10");
}

TEST_CASE("Two modellers' insured losses of one disaster rival each other, dated by the disaster", "[figures][conflicts]") {
  const std::string first =
      "Hurricane Tolvane losses\n\n"
      "MIAMI, September 3, 2025 (Gulfwire) - Catastrophe modeller Brightline Risk estimated on Tuesday that insured "
      "losses from Hurricane Tolvane would be between $18 billion and $24 billion.";
  const std::string second =
      "Tolvane bill put higher\n\n"
      "BOSTON, September 4, 2025 - Insured losses from Hurricane Tolvane will reach $30 billion to $38 billion, risk "
      "modelling firm Castlerock Analytics said on Wednesday.";
  // The day each estimate was made is no period of the losses.
  CHECK_FALSE(OnlyFigure(first, "$18 billion and $24 billion").period.has_value());
  const std::vector<FigureConflict> conflicts = ConflictsAmong({first, second});
  REQUIRE(conflicts.size() == 1);
  CHECK(conflicts[0].metric == "insured losses");
  CHECK(conflicts[0].subject == "Hurricane Tolvane");
  // Its words name no period it does not have.
  const std::string words = DescribeConflict(conflicts[0], [](const std::string&) { return std::optional<std::string>(); }).text;
  CHECK(words.rfind("Sources disagree on the insured losses of Hurricane Tolvane: ", 0) == 0);
  // Ranges that overlap agree.
  const std::string agreeing =
      "Tolvane estimate\n\nLONDON, September 5, 2025 - Insured losses from Hurricane Tolvane will be $20 billion to "
      "$26 billion, modeller Harlow Cat said.";
  CHECK(ConflictsAmong({first, agreeing}).empty());
}

TEST_CASE("An earlier year a report looks back to is no count", "[figures][values]") {
  const std::string text =
      "Turnout falls\n\n"
      "KESSIN, 5 July 2026 — Turnout across Marlovia was 58%, the lowest since 1885, and the ruling party won 1850 "
      "votes in Orsk, its fewest in 1868 or since.";
  const std::vector<std::string> surfaces = Surfaces(text);
  CHECK(std::find(surfaces.begin(), surfaces.end(), "1885") == surfaces.end());
  CHECK(std::find(surfaces.begin(), surfaces.end(), "1868") == surfaces.end());
  // A count with its noun stays one.
  CHECK(std::find(surfaces.begin(), surfaces.end(), "1850 votes") != surfaces.end());
}

TEST_CASE("A sentence after a comparison's base goes on with no period older than the base", "[figures][period]") {
  const std::string text =
      "Waiting list grows\n\n"
      "LONDON, 12 September 2026 — In comparison to last year, the list has fallen from 7.75m; August 2025 was a "
      "record month. The list is up from the 7.62m patients waiting in June 2026. Those waiting longer than 78 weeks "
      "rose to 3,335.";
  CHECK(OnlyFigure(text, "7.62m patients").period == "2026-06");
  CHECK_FALSE(OnlyFigure(text, "3,335").period.has_value());
}
