// Periods of extractor v16 (issue 15), from real weather, hurricane, central-bank and crop pages of
// other outlets: a weekday in a sentence about what is still to come is the next one, not the
// last; a year after "from" behind an amount with its unit ("up 8 percent from 2019") is the base
// of the move, not the figure's period; years joined by "between", "from … to", "through" or "bis"
// are a span; a target rivals no forecast and no outcome.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/figure.h"
#include "project/proj_figures.h"
#include "project/stated_basis.h"
#include "support/figure_conflicts.h"
#include "support/figure_lookup.h"

using namespace dossier;

TEST_CASE("A weekday of what is still to come is the next one, of what happened the last one", "[figures][period]") {
  // Friday 17 July 2026.
  const std::string weather =
      "Heat builds over Quarrington\n\n"
      "QUARRINGTON, 17 July 2026 — The weather service is predicting Saturday's high will be 38 degrees, and "
      "Sunday could reach 40 degrees. The forecasters think the high Monday could slip to 35 degrees. On "
      "Wednesday the temperature reached 33 degrees.";
  CHECK(OnlyFigure(weather, "38 degrees").period == "2026-07-18");
  CHECK(OnlyFigure(weather, "40 degrees").period == "2026-07-19");
  CHECK(OnlyFigure(weather, "35 degrees").period == "2026-07-20");
  CHECK(OnlyFigure(weather, "33 degrees").period == "2026-07-15");
  // Tuesday 14 July 2026: a decision expected on Wednesday is tomorrow's; one said on Monday is past,
  // though the sentence goes on about what will come.
  const std::string bank =
      "Ostrevan bank to hold\n\n"
      "PELLANOR, 14 July 2026 — The Ostrevan central bank is likely to hold its policy rate at 5.5% on Wednesday. "
      "Its governor said on Monday that inflation of 2.9% will ease. The storm will make landfall at 6:00 a.m. "
      "Thursday with winds of 90 knots.";
  CHECK(OnlyFigure(bank, "5.5%").period == "2026-07-15");
  CHECK(OnlyFigure(bank, "2.9%").period != "2026-07-20");
  CHECK(OnlyFigure(bank, "90 knots").period == "2026-07-16");
}

TEST_CASE("A year after from behind an amount and its unit is the base of the move", "[figures][period]") {
  const std::string text =
      "Tarrow crop estimate\n\n"
      "LINDHOLM, 13 October 2026 — Barley production in Tarrow is forecast at 14.7 million tonnes, down 1 percent "
      "from the previous forecast but up 8 percent from 2025. Yields rose 4.5 bushels from 2024.";
  CHECK(OnlyFigure(text, "14.7 million tonnes").period != "2025");
  CHECK(OnlyFigure(text, "8 percent").period != "2025");
  CHECK(OnlyFigure(text, "4.5 bushels").period != "2024");
}

TEST_CASE("Years joined by between, from … to, through or bis are a span", "[figures][period]") {
  const std::string text =
      "Tarrow plan\n\nLINDHOLM, 13 October 2026 — Tarrow will spend $5 billion from 2027 to 2030 on irrigation "
      "and $2 billion between 2027 and 2029 on roads.";
  CHECK(OnlyFigure(text, "$5 billion").period == "2027-2030");
  CHECK(OnlyFigure(text, "$2 billion").period == "2027-2029");
}

TEST_CASE("A target rivals no forecast and no outcome, only another target", "[figures][conflicts]") {
  const std::string forecast =
      "Vellmark outlook\n\nSKARNE, 23 November 2026 — The Vellmark central bank expects inflation to average 4.5% in "
      "2027. It will keep policy tight enough to bring inflation down to its goal of 2.5% in 2027.";
  const Figure goal = OnlyFigure(forecast, "2.5%");
  const Figure expected = OnlyFigure(forecast, "4.5%");
  REQUIRE(SameMeasure(goal, expected));  // else the case tests nothing
  CHECK(ConflictsAmong({forecast}).empty());
  // Two targets for one measure still rival each other.
  const std::string other =
      "Vellmark target\n\nSKARNE, 24 November 2026 — The Vellmark central bank expects inflation to average 4.5% in "
      "2027. It will keep policy tight enough to bring inflation down to its goal of 3.5% in 2027.";
  REQUIRE(SameMeasure(goal, OnlyFigure(other, "3.5%")));
  CHECK(ConflictsAmong({forecast, other}).size() == 1);
}

TEST_CASE("The last or final quarter of a year is its fourth, of this or next year resolved", "[figures][period]") {
  const std::string text =
      "Vellmark outlook\n\nSKARNE, 23 November 2026 — Inflation is expected to average 9.4% in the last quarter of "
      "this year and to fall to 4.5% in the final quarter of 2027. Sales should rise 5% in the first quarter of next "
      "year and were $4 million in the first half of this year. Profit was $3 million in the last quarter.";
  CHECK(OnlyFigure(text, "9.4%").period == "Q4 2026");
  CHECK(OnlyFigure(text, "4.5%").period == "Q4 2027");
  CHECK(OnlyFigure(text, "5%").period == "Q1 2027");
  CHECK(OnlyFigure(text, "$4 million").period == "H1 2026");
  CHECK(OnlyFigure(text, "$3 million").period == "Q3 2026");  // the quarter before, as before
}

TEST_CASE("A forecast made in a month is not of that month, and a month opening its sentence dates it", "[figures][period]") {
  const std::string text =
      "Vellmark growth\n\nSKARNE, 23 November 2026 — The bank forecasts growth for 2026 of around 5.6%, below its 6% "
      "forecast made in August. Passenger numbers rose 7.7% in May. June capacity increased by 6.5%.";
  CHECK(OnlyFigure(text, "6%").period != "2026-08");
  CHECK(OnlyFigure(text, "7.7%").period == "2026-05");
  CHECK(OnlyFigure(text, "6.5%").period == "2026-06");
}

TEST_CASE("Trade releases: a move's base is not its period, nor the next sentence's", "[figures][period]") {
  const std::string text =
      "Marrowvale trade\n\nPELLANOR, 12 November 2026 — Marrowvale's trade surplus in October rose 13.5 percent over "
      "the same month last year to US$27.05 billion. Trade in the first ten months of 2026 was up 23.5 percent on "
      "last year; the growth rate was 10.2 percentage points lower than the first nine months. The surplus "
      "increased to US$7.4 billion in October from US$3.9 billion in last year. Economists had expected a surplus "
      "of US$5.0 billion. Analysts had forecast exports would increase 10% from a year earlier after 9.5% growth in "
      "August. In the January to October period, exports rose 3.4 percent.";
  CHECK(OnlyFigure(text, "13.5 percent").period == "2026-10");
  CHECK(OnlyFigure(text, "23.5 percent").period == "2026-10");
  CHECK(OnlyFigure(text, "10.2 percentage points").period != "9M 2026");
  CHECK(OnlyFigure(text, "US$5.0 billion").period == "2026-10");
  CHECK(OnlyFigure(text, "10%").period != "2026-08");
  CHECK(OnlyFigure(text, "9.5%").period == "2026-08");
  CHECK(OnlyFigure(text, "3.4 percent").period == "2026-10");
  // "$900 million over the same period last year" is that period's amount, not a move against it.
  const std::string level =
      "Marrowvale results\n\nPELLANOR, 12 November 2026 — Marrowvale earned $1.2 billion in the third quarter, "
      "against $900 million over the same period last year.";
  CHECK(OnlyFigure(level, "$900 million").period == "Q3 2025");
}

TEST_CASE("Output decisions: the month a cut takes effect, its base, the day's prices, a decided plan", "[figures][period]") {
  const std::string text =
      "Ostrevan producers cut output\n\nSKARNE, 5 October 2026 (Tarn Wire) - The Ostrevan producers' group agreed on "
      "Wednesday to lower its output target by 2 million barrels per day from November, lifting Brent crude to $92.74 "
      "a barrel. Its largest member will carry 400,000 bpd of the reduction. Output averaged 27.1 million barrels per "
      "day in September, down 310,000 barrels per day from August. U.S. crude rose $2.38 to $87.12.";
  const Figure cut = OnlyFigure(text, "2 million barrels per day");
  CHECK(cut.period == "2026-11");
  CHECK(cut.period_kind == "plan");
  CHECK(OnlyFigure(text, "$92.74 a barrel").period == "2026-10-05");
  CHECK(OnlyFigure(text, "400,000 bpd").period_kind == "plan");
  CHECK(OnlyFigure(text, "310,000 barrels per day").period == "2026-09");
  CHECK(OnlyFigure(text, "$87.12").period == "2026-10-05");
  CHECK(OnlyFigure(text, "$2.38").period == "2026-10-05");
  // A month after a move stays its base: "rose 0.1% from October".
  const std::string base = "Ostrevan prices\n\nSKARNE, 12 December 2026 — Prices rose 0.1% from October.";
  CHECK(OnlyFigure(base, "0.1%").period != "2026-10");
}

TEST_CASE("Two revisions in one sentence: each old end is linked to its own new one, of its year", "[figures][period]") {
  const std::string text =
      "Tarrow outlook\n\nLINDHOLM, 16 September 2026 — The central bank lowered its 2026 growth forecast to 3% from "
      "3.1% and its 2027 forecast to 2.8% from 3.2%. It raised its inflation estimate for 2026 to 7.8% from a previous "
      "6.4%.";
  const Figure old_2026 = OnlyFigure(text, "3.1%");
  REQUIRE(old_2026.change);
  CHECK(old_2026.change->role == "from");
  CHECK(old_2026.change->other_begin == OnlyFigure(text, "3%").span.begin);
  CHECK(old_2026.period == "2026");
  const Figure old_2027 = OnlyFigure(text, "3.2%");
  REQUIRE(old_2027.change);
  CHECK(old_2027.change->other_begin == OnlyFigure(text, "2.8%").span.begin);
  const Figure previous = OnlyFigure(text, "6.4%");
  REQUIRE(previous.change);
  CHECK(previous.change->role == "from");
  CHECK(previous.period == "2026");
}

TEST_CASE("A bank's own earlier forecast is no rival, and sees, is seen and predicting make forecasts", "[figures][conflicts]") {
  const std::string text =
      "Vellmark outlook\n\nSKARNE, 25 November 2026 — Vellmark's central bank now forecasts economic growth of 1.8% "
      "for 2026, below the 2.1% it projected in August. It sees growth of 2.4% next year. Inflation is seen falling to 2.9% in 2027.";
  CHECK(OnlyFigure(text, "2.4%").period_kind == "forecast");
  CHECK(OnlyFigure(text, "2.9%").period_kind == "forecast");
  REQUIRE(SameMeasure(OnlyFigure(text, "1.8%"), OnlyFigure(text, "2.1%")));
  CHECK(ConflictsAmong({text}).empty());
}

TEST_CASE("Percentages on different stated bases are different measures", "[figures][conflicts]") {
  // An inflation story reports the rate over twelve months and the month's beside each other.
  const std::string annual =
      "Velmora prices\n\nKESTRA, 12 August 2026 — Velmora's inflation stood at 48.2% in July over 12 months, "
      "the statistics office said.";
  const std::string monthly =
      "Velmora prices ease\n\nKESTRA, 10 September 2026 — Velmora's inflation was 3.1% in July, the lowest "
      "this year. It had reached 4.2% in August and 39.5% year-on-year.";
  const Figure over_year = OnlyFigure(annual, "48.2%");
  const Figure month = OnlyFigure(monthly, "3.1%");
  REQUIRE(SameMeasure(over_year, month));  // same subject, metric and period: else the case tests nothing
  CHECK(StatedBasis(over_year) == "year");
  CHECK(StatedBasis(month).empty());
  CHECK(StatedBasis(OnlyFigure(monthly, "4.2%")).empty());  // the next figure's words are its own
  CHECK(StatedBasis(OnlyFigure(monthly, "39.5%")) == "year");
  CHECK(ConflictsAmong({annual, monthly}).empty());
  // The same basis stated on both sides still conflicts.
  const std::string other =
      "Velmora prices\n\nKESTRA, 13 August 2026 — Velmora's inflation stood at 45.0% in July over 12 months, "
      "a private survey found.";
  CHECK(ConflictsAmong({annual, other}).size() == 1);
}

TEST_CASE("A month written right before its figure labels it", "[figures][period]") {
  // Real copy: "Thus, the trend observed until mid-year was reversed: September 2.1%, October 1.4%,
  // and November 2.5%."
  const std::string text =
      "Velmora prices\n\nKESTRA, 5 January 2026 — The trend was reversed: September 2.1%, October 1.4%, and "
      "November 2.5%. In July, 9% more cars were sold.";
  CHECK(OnlyFigure(text, "2.1%").period == "2025-09");
  CHECK(OnlyFigure(text, "1.4%").period == "2025-10");
  CHECK(OnlyFigure(text, "2.5%").period == "2025-11");
  CHECK(OnlyFigure(text, "9%").period == "2025-07");
}

TEST_CASE("A forecast for a month more than a season past is for the coming one", "[figures][period]") {
  // Real copy (a blog of 25 May 2022): "Ofgem is on course to raise the cap … to about £2,800 in
  // October" had the October before.
  const std::string text =
      "Velmora bills\n\nKESTRA, 25 May 2026 — The regulator is on course to raise the cap to about £2,800 in "
      "October. Analysts had forecast a March rate of 2.3 percent.";
  CHECK(OnlyFigure(text, "£2,800").period == "2026-10");
  CHECK(OnlyFigure(text, "2.3 percent").period != "2027-03");  // an expectation of a month just past
}
