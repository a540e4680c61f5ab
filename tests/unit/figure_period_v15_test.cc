// Periods and kinds of extractor v15 (issue 15), from real central-bank, forecaster, budget and
// results pages of other outlets: the month a forecast was made in is no period; the old end of a
// revised forecast is of the new one's year; split years written "2021-'22", "2023–24" and "the
// 2018-2019 fiscal year"; "since May 2022, when …" that month's; periods listed before
// "respectively" in order; a weekday right after a figure its date; "May" the month, not a maybe;
// "more than planned" and "slower-than-expected" outcomes; "a year earlier" beside a forecast and
// "now has … this year" reported; a period in brackets with a figure of its own that figure's only.
// And conflicts: a bound ("more than $100 billion") agrees with any value past it.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "dossier/figure.h"
#include "project/proj_figures.h"
#include "support/figure_lookup.h"

using namespace dossier;

TEST_CASE("The month a forecast was made in is no period of it", "[figures][period]") {
  const std::string text =
      "Dorvany cuts growth outlook\n\n"
      "TALMERE, 26 February 2026 — The Dorvany central bank cut this year's growth forecast to 1.4%, lower than "
      "the 1.6% it had forecast last month. Its estimate of the harvest just completed is up from 31.2 million tons "
      "estimated in December. The new figure is 0.3 percentage point below its November projections.";
  CHECK(OnlyFigure(text, "1.6%").period == "2026");
  CHECK(OnlyFigure(text, "31.2 million tons").period != "2025-12");
  CHECK(OnlyFigure(text, "0.3 percentage point").period != "2025-11");
  // A month named as the time of a figure stays its period.
  const std::string month =
      "Dorvany prices\n\nTALMERE, 26 February 2026 — Inflation in Dorvany eased to 2.4% in January.";
  CHECK(OnlyFigure(month, "2.4%").period == "2026-01");
}

TEST_CASE("The old end of a revised year's forecast is of that year", "[figures][period]") {
  const std::string text =
      "Dorvany revises outlook\n\n"
      "TALMERE, 26 February 2026 — The bank revised its 2026 growth forecast to 1.4%, down 0.4 percentage points "
      "from 1.8% in November 2025.";
  const Figure old_end = OnlyFigure(text, "1.8%");
  CHECK(old_end.period == "2026");
  CHECK(old_end.period_kind == "forecast");
}

TEST_CASE("Split years with an apostrophe or an en dash, and in full beside fiscal, end in the later year", "[figures][period]") {
  const std::string text =
      "Pemberwick growth projection\n\n"
      "KESTRAPUR, 8 December 2025 — The Pemberwick central bank retained its growth projection for the financial "
      "year 2025-'26 at 7.1%. Exports will probably fall to 18.5 million tons in 2026–27.";
  CHECK(OnlyFigure(text, "7.1%").period == "FY2026");
  CHECK(OnlyFigure(text, "18.5 million tons").period == "FY2027");
  const std::string budget =
      "Harlowe budget\n\nHARLOWE, 11 September 2025 — Harlowe will operate the 2025-2026 fiscal year with a "
      "$2.3 billion operating budget.";
  CHECK(OnlyFigure(budget, "$2.3 billion").period == "FY2026");
  // Two years in full without fiscal words are a span, and a date is no split year.
  const std::string date = "Harlowe note\n\nHARLOWE, 11 September 2025 — On 2011-12-05 the toll was 14%.";
  CHECK(OnlyFigure(date, "14%").period != "FY2012");
}

TEST_CASE("A clause opened by when after since and a month is of that month", "[figures][period]") {
  const std::string text =
      "Velmora raises rate\n\n"
      "PORTO SALVE, 11 December 2025 — This is the biggest increase by the Velmora central bank since May 2024, "
      "when there was also an increase of 1 percentage point, to 11.25%. The rate is the highest since December "
      "last year, when it was 10.5%.";
  CHECK(OnlyFigure(text, "11.25%").period == "2024-05");
  CHECK(OnlyFigure(text, "10.5%").period == "2024-12");
}

TEST_CASE("Figures before respectively take the periods listed in their sentence in order", "[figures][period]") {
  const std::string text =
      "Velmora survey\n\n"
      "PORTO SALVE, 11 December 2025 — Inflation expectations for 2025 and 2026 rose and are around 4.7% and 4.3%, "
      "respectively.";
  CHECK(OnlyFigure(text, "4.7%").period == "2025");
  CHECK(OnlyFigure(text, "4.3%").period == "2026");
}

TEST_CASE("A period in brackets with a figure of its own is not the period of the figure before them", "[figures][period]") {
  const std::string text =
      "Handset shipments\n\nKESTRAPUR, 29 October 2025 — Handset shipments rose 5.1 percent to 301.4 million in the "
      "third quarter of 2025. The market share of Pellorn was 21.6 percent (22.4 percent in Q3 2024).";
  CHECK(OnlyFigure(text, "22.4 percent").period == "Q3 2024");
  CHECK(OnlyFigure(text, "21.6 percent").period != "Q3 2024");
}

TEST_CASE("Words of kind: May the month, outcomes against plans and expectations, a year earlier reported", "[figures][period]") {
  const std::string may =
      "Quarrendon rate\n\nQUARRENDON, 12 August 2025 — The move follows cuts from 4.35% in February and 4.1% in May.";
  CHECK(OnlyFigure(may, "4.1%").period_kind == "actual");
  const std::string planned =
      "Quarrendon clinics\n\nQUARRENDON, 3 October 2025 — The clinics gave 38,000 doses in September, 9 per cent "
      "more than planned.";
  CHECK(OnlyFigure(planned, "9 per cent").period_kind == "actual");
  const std::string expected =
      "Quarrendon economy\n\nQUARRENDON, 8 April 2025 — The economy grew at a slower-than-expected pace of 4.6% in "
      "the December quarter.";
  CHECK(OnlyFigure(expected, "4.6%").period_kind == "actual");
  const std::string earlier =
      "Quarrendon wheat\n\nQUARRENDON, 12 March 2026 — The grain board cut its forecast of wheat exports for 2025-26 "
      "to 19.8 million tons and put the harvest at 30.1 million tons, against 32.6 million tons a year earlier.";
  CHECK(OnlyFigure(earlier, "32.6 million tons").period_kind == "actual");
  const std::string to_date =
      "Quarrendon Open\n\nQUARRENDON, 9 March 2026 — Top seed Ansel Varro now has a 22-4 record this year.";
  CHECK(OnlyFigure(to_date, "22").period_kind == "actual");
}

TEST_CASE("A weekday right after a figure dates it before a later clause's year", "[figures][period]") {
  const std::string text =
      "Norvale cuts rate\n\nNORVALE, 26 February 2026 — The Norvale central bank cut its rate to 2.5% on Tuesday and "
      "lowered this year's growth forecast to 0.9%.";
  const Figure rate = OnlyFigure(text, "2.5%");
  CHECK(rate.period == "2026-02-24");
  CHECK(rate.period_kind == "actual");
  CHECK(OnlyFigure(text, "0.9%").period == "2026");
}

TEST_CASE("Two percent written with a whole number and a fraction is one figure", "[figures][values]") {
  const std::string text =
      "Norvale lowers rate\n\nNORVALE, 23 October 2025 — The Norvale central bank is lowering its target for the "
      "overnight rate to 2 3/4 per cent.";
  const std::vector<std::string> surfaces = Surfaces(text);
  CHECK(std::count(surfaces.begin(), surfaces.end(), "2 3/4 per cent") == 1);
  CHECK(OnlyFigure(text, "2 3/4 per cent").value == Approx(2.75));
}

namespace {

Figure Losses(double value, Approximation approx, uint64_t at) {
  Figure f;
  f.kind = FigureKind::kMoney;
  f.value = value;
  f.unit = "USD";
  f.approx = approx;
  f.metric = "net loss";
  f.subject = "Calder Basin";
  f.period = "2025";
  f.period_kind = "actual";
  f.sentence = {at, at + 80};
  f.span = {at, at + 12};
  f.surface = "$x billion";
  return f;
}

}  // namespace

TEST_CASE("A bound agrees with any value past it and conflicts with one short of it", "[figures][conflicts]") {
  SourceFigures a, b;
  a.extracted.source_id = "a";
  b.extracted.source_id = "b";
  a.extracted.figures = {{"a1", Losses(100e9, Approximation::kMoreThan, 10)}};
  b.extracted.figures = {{"b1", Losses(128e9, Approximation::kExact, 10)}};
  std::vector<FigureRef> refs = {{&a, &a.extracted.figures[0]}, {&b, &b.extracted.figures[0]}};
  CHECK(FindConflicts(refs).empty());
  b.extracted.figures = {{"b1", Losses(80e9, Approximation::kExact, 10)}};
  refs = {{&a, &a.extracted.figures[0]}, {&b, &b.extracted.figures[0]}};
  CHECK(FindConflicts(refs).size() == 1);
  // "up to $90 billion" agrees with $80 billion.
  a.extracted.figures = {{"a1", Losses(90e9, Approximation::kAtMost, 10)}};
  refs = {{&a, &a.extracted.figures[0]}, {&b, &b.extracted.figures[0]}};
  CHECK(FindConflicts(refs).empty());
}
