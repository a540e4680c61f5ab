// Periods of extractor v19 (issue 15), from real election, GDP-revision and energy pages of other
// outlets: an earlier estimate that a revision replaces is of the revised value's period and no
// expectation; what a value is the most "since", a move "over 2012's" level and a base "during
// 2008" are bases; a figure in a "which"/"when" clause right after a period is that period's; an
// election's turnout and shares go on with the day of the vote across wire paragraphs (not with a
// report's day, nor with a year written before another noun); "the final three months of 2009" is
// its fourth quarter; a participle after "be" takes the tense of the words before it; a year of the
// last century after "in" is a year. And conflicts: a preliminary count against the final one is a
// revision, no conflict; two turnouts of one vote's day rival each other though neither names the
// election.
#include <catch2/catch.hpp>

#include <string>

#include "dossier/figure.h"
#include "project/proj_figures.h"
#include "support/figure_conflicts.h"
#include "support/figure_lookup.h"

using namespace dossier;

TEST_CASE("An earlier estimate a revision replaces is of the revised value's period, no expectation", "[figures][period]") {
  const std::string text =
      "Tarnovel growth revised\n\n"
      "BRESKA, 26 June 2026 — Tarnovel's gross domestic product grew by 0.6% in the first three months of 2026, "
      "compared with an earlier estimate of 0.4%.\n\n"
      "The office revised growth in the final three months of 2025 up to 0.5% from the initial 0.3% estimate.\n\n"
      "Building output rose 1.8% in the first quarter, rather than the 0.9% previously estimated.";
  CHECK(OnlyFigure(text, "0.6%").period == "Q1 2026");
  const Figure earlier = OnlyFigure(text, "0.4%");
  CHECK(earlier.period == "Q1 2026");
  CHECK(earlier.period_kind != "forecast");
  CHECK(OnlyFigure(text, "0.5%").period == "Q4 2025");
  CHECK(OnlyFigure(text, "0.3%").period == "Q4 2025");
  CHECK(OnlyFigure(text, "0.9%").period == "Q1 2026");
  // "the final three months of 2025" names a period, no duration.
  for (const Figure& f : ExtractFigures(text)) CHECK(f.kind != FigureKind::kDuration);
  // An estimate made earlier of what is still to come stays an expectation.
  const std::string outlook =
      "Quenby outlook\n\n"
      "HALDEN, 10 March 2026 — Quenby Freight expects revenue to fall 8% to 10% in the current quarter, better than "
      "its previous estimate of a 10% to 15% fall.";
  CHECK(OnlyFigure(outlook, "10% to 15%").period_kind == "forecast");
}

TEST_CASE("What a value is the most since, a move over a year's level and a base during a year are bases",
          "[figures][period]") {
  const std::string text =
      "Tarnovel output\n\n"
      "BRESKA, 26 June 2026 — On an annual basis, the economy grew 2.3% in the first quarter, the fastest pace since "
      "the second quarter of 2022.\n\n"
      "Power prices in Selvane rose 55% over 2025's record low in the first quarter.";
  CHECK(OnlyFigure(text, "2.3%").period == "Q1 2026");
  CHECK(OnlyFigure(text, "55%").period == "Q1 2026");
  const std::string during =
      "Selvane power\n\n"
      "KORRIN, 18 March 2026 — The Selvane wholesale power price averaged $56.06 per megawatt-hour in 2025. The price "
      "was 30% lower than the all-time high of $80.56/MWh during 2022.";
  CHECK(OnlyFigure(during, "$80.56/MWh").period == "2022");
  CHECK(OnlyFigure(during, "30%").period != "2022");
}

TEST_CASE("A figure in a which or when clause right after a period is that period's", "[figures][period]") {
  const std::string text =
      "Selvane wind record\n\n"
      "KORRIN, 5 February 2026 — Selvane's wind output hit a record 6,626 GWh in January, 3.1% higher than the "
      "previous record from November 2025, which registered 6,424 GWh.\n\n"
      "Turnout in Selvane stayed above 75% at every election until 1970, when it dipped to 72.0%.\n\n"
      "Turnout was 59.8% on Sunday, the lowest since 2001, when it was 59.4%.";
  CHECK(OnlyFigure(text, "6,626 GWh").period == "2026-01");
  CHECK(OnlyFigure(text, "6,424 GWh").period == "2025-11");
  CHECK(OnlyFigure(text, "72.0%").period == "1970");
  CHECK(OnlyFigure(text, "59.4%").period == "2001");
  CHECK(OnlyFigure(text, "59.8%").period != "2001");
}

TEST_CASE("An election's results go on with the day of its vote across wire paragraphs", "[figures][period]") {
  const std::string text =
      "Amber list leads Dunmere vote\n\n"
      "VESKA, 14 September 2026 (Wire) — Voters in Dunmere went to the polls on Sunday to elect a regional council.\n\n"
      "Turnout was 58.2%, the regional electoral board said.\n\n"
      "The Amber list won 31.4% of the vote, the board said.\n\n"
      "A further 40,000 postal ballots are expected to be counted on Wednesday, a board spokeswoman said on Monday.";
  CHECK(OnlyFigure(text, "58.2%").period == "2026-09-13");
  CHECK(OnlyFigure(text, "31.4%").period == "2026-09-13");
  // The verb of the figure's own clause says when, not the "said" after it.
  CHECK(OnlyFigure(text, "40,000 postal ballots").period == "2026-09-16");
  // A poll's publication day is the report's, and a year before another noun is that noun's.
  const std::string poll =
      "Dunmere poll\n\n"
      "VESKA, 15 September 2026 — A survey of Dunmere voters was published on Monday by the Ostrel Institute.\n\n"
      "The Amber list lost voters from nearly half of its 2022 supporters.\n\n"
      "The Amber list's vote share was 24%, the institute said.";
  CHECK_FALSE(OnlyFigure(poll, "24%").period.has_value());
}

TEST_CASE("A year of the last century after a word that dates it is a period", "[figures][period]") {
  const std::string text =
      "Dunmere turnout history\n\n"
      "VESKA, 14 September 2026 — The highest turnout in Dunmere's history was 81.3% in 1976, when the council was "
      "first elected.";
  CHECK(OnlyFigure(text, "81.3%").period == "1976");
}

TEST_CASE("A preliminary count and the final one are one vote share revised, no conflict", "[figures][conflicts]") {
  const std::string board =
      "Dunmere result\n\n"
      "VESKA, 14 September 2026 — The Amber list won 31.42% of the vote in Sunday's election, the board said on "
      "Monday.";
  const std::string monitor =
      "Dunmere monitors\n\n"
      "VESKA, 15 September 2026 — Voters in Dunmere went to the polls on Sunday. The Amber list took 31.6% of the vote "
      "in the preliminary count, the monitors said.";
  CHECK(OnlyFigure(monitor, "31.6%").period == "2026-09-13");
  CHECK(ConflictsAmong({board, monitor}).empty());
}

TEST_CASE("Two turnouts of one vote's day rival each other though neither names the election", "[figures][conflicts]") {
  const std::string board =
      "Dunmere turnout\n\n"
      "VESKA, 14 September 2026 — Turnout in Sunday's vote was 58.2%, the regional electoral board said.";
  const std::string monitor =
      "Dunmere monitors\n\n"
      "VESKA, 15 September 2026 — Turnout in Sunday's vote reached 60.1%, according to a parallel count by monitors.";
  REQUIRE(OnlyFigure(board, "58.2%").period == "2026-09-13");
  REQUIRE(OnlyFigure(monitor, "60.1%").period == "2026-09-13");
  const std::vector<FigureConflict> conflicts = ConflictsAmong({board, monitor});
  REQUIRE(conflicts.size() == 1);
  CHECK(conflicts.front().metric == "turnout");
}
