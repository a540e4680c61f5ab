// Periods named relative to the dateline or to another period (issue 15): "last month", "the
// previous quarter", "the current quarter" of a fiscal text, a fiscal quarter dated by the month it
// ended in, "the first three quarters"; an amount described after its comparison; an old forecast
// as the start of a revision; and which values of one measure one source sets against each other.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "dossier/figure.h"
#include "extract/figure_period.h"
#include "project/proj_figures.h"
#include "support/figure_lookup.h"

using namespace dossier;

TEST_CASE("Months and quarters named relative to the dateline", "[figures][period]") {
  const extract::Dateline nov{2026, 11, 9};
  CHECK(PeriodsIn("OPEC+ produced 41.2 million barrels per day last month.", nov) == std::vector<std::string>{"2026-10"});
  CHECK(PeriodsIn("Sales rose this month and should rise next month.", nov) == std::vector<std::string>{"2026-11", "2026-12"});
  // January's "last month" is the December before.
  CHECK(PeriodsIn("Prices fell last month.", {2026, 1, 12}) == std::vector<std::string>{"2025-12"});
  // "last month's rout" names an event, not the period of a figure.
  CHECK(PeriodsIn("The shares recovered from the day of last month's rout.", nov).empty());
  // "since it began last month": when a count started, not what it counts.
  CHECK(PeriodsIn("Since it began last month, the outbreak has reached 124 cases.", nov).empty());
  CHECK(PeriodsIn("Revenue fell last quarter and will rise this quarter and next quarter.", nov) ==
        std::vector<std::string>{"Q3 2026", "Q4 2026", "Q1 2027"});
  // The previous quarter is the one before the last quarter named, else before the dateline's.
  CHECK(PeriodsIn("Margins improved in the third quarter from the previous quarter.", nov) ==
        std::vector<std::string>{"Q3 2026", "Q2 2026"});
  CHECK(PeriodsIn("Margins improved from the previous quarter.", nov) == std::vector<std::string>{"Q3 2026"});
  CHECK(PeriodsIn("Output grew 4.9% in the first three quarters of 2026.", nov) == std::vector<std::string>{"9M 2026"});
  CHECK(PeriodsIn("Output grew 4.9% in the first two quarters.", nov) == std::vector<std::string>{"H1 2026"});
}

TEST_CASE("A fiscal quarter dated by the month it ended in, the current quarter after it", "[figures][period]") {
  const std::string text =
      "Caldera's sales jump 78%\n\n"
      "SANTA CLARA, 26 February 2026 — Caldera reported revenue of $39.3 billion for its fiscal fourth quarter, "
      "which ended in late January, up 12% from the previous quarter. For the full fiscal year revenue reached "
      "$130.5 billion. For the current quarter Caldera expects revenue of $43 billion.";
  CHECK(OnlyFigure(text, "$39.3 billion").period == "Q4 FY2026");
  CHECK(OnlyFigure(text, "$130.5 billion").period == "FY2026");
  CHECK(OnlyFigure(text, "$43 billion").period == "Q1 FY2027");
  // The size of a move is of the quarter reported, not of the quarter it is measured from.
  CHECK(OnlyFigure(text, "12%").period == "Q4 FY2026");
  // A second fiscal quarter ending in September belongs to a fiscal year ending in March.
  CHECK(PeriodsIn("Profit for its fiscal second quarter, which ended on September 30, rose.", {2025, 10, 16}) ==
        std::vector<std::string>{"Q2 FY2026"});
}

TEST_CASE("In a fiscal text, the quarter ended September 30 is the one fiscal quarter it names", "[figures][period]") {
  const std::string text =
      "Veltrix Q2 net profit rises 13%; FY26 revenue outlook narrowed\n\n"
      "BENGALURU, 16 October 2025 — Veltrix Infotech reported a net profit of Rs 7,364 crore for the quarter "
      "ended September 30.";
  CHECK(OnlyFigure(text, "Rs 7,364 crore").period == "Q2 FY2026");
  // Two fiscal quarters named: which one the calendar quarter is, is not guessed.
  const std::string two =
      "Veltrix Q2 and Q3 FY26 outlook\n\n"
      "BENGALURU, 16 October 2025 — Veltrix Infotech reported a net profit of Rs 7,364 crore for the quarter "
      "ended September 30.";
  CHECK_FALSE(OnlyFigure(two, "Rs 7,364 crore").period.has_value());
}

TEST_CASE("An amount described after its comparison has the period its description names", "[figures][period]") {
  const std::string text =
      "NEW YORK, 5 February 2026 — Alphabet guided to $180 billion for 2026, roughly double the $91.4 billion it "
      "spent in 2025. The four are on course to spend $650 billion in 2026, up 60% from the roughly $410 billion "
      "they spent last year.";
  CHECK(OnlyFigure(text, "$91.4 billion").period == "2025");
  CHECK(OnlyFigure(text, "$410 billion").period == "2025");
  CHECK(OnlyFigure(text, "$650 billion").period == "2026");
  // A move compared with a period is not of that period.
  CHECK(OnlyFigure("LONDON, 14 October 2026 — Prices rose 1.3% compared with September 2025.", "1.3%").period != "2025-09");
}

TEST_CASE("An old forecast is the start of its revision", "[figures][period]") {
  const std::string text =
      "TOKYO, 6 November 2025 — The carmaker now expects revenue of ¥49 trillion for the fiscal year, up from an "
      "earlier ¥47.5 trillion forecast.";
  const Figure now = OnlyFigure(text, "¥49 trillion");
  const Figure earlier = OnlyFigure(text, "¥47.5 trillion");
  REQUIRE(earlier.change.has_value());
  CHECK(earlier.change->role == "from");
  CHECK(earlier.change->other_begin == now.span.begin);
  REQUIRE(now.change.has_value());
  CHECK(now.change->role == "to");
}

namespace {

Figure Revenue(double value, uint64_t sentence, std::optional<std::string> kind = std::string("actual")) {
  Figure f;
  f.kind = FigureKind::kMoney;
  f.value = value;
  f.unit = "USD";
  f.metric = "revenue";
  f.subject = "Corvane";
  f.period = "Q3 2026";
  f.period_kind = std::move(kind);
  f.sentence = {sentence, sentence + 90};
  f.span = {sentence + 10, sentence + 20};
  return f;
}

std::vector<FigureConflict> ConflictsOf(std::vector<SourceFigures*> sources) {
  std::vector<FigureRef> refs;
  for (SourceFigures* s : sources) {
    for (const ExtractedFigure& e : s->extracted.figures) refs.push_back({s, &e});
  }
  return FindConflicts(refs);
}

}  // namespace

TEST_CASE("One source's values of one measure conflict only where one is given as an estimate", "[figures][period]") {
  SourceFigures a;
  a.extracted.source_id = "a";
  // "Total revenue was US$38.7 billion. … Advertising revenue rose 9 per cent to US$29.3 billion": a
  // segment's revenue read as the group's is a misreading, not a conflict.
  a.extracted.figures = {{"a1", Revenue(3.87e10, 0)}, {"a2", Revenue(2.93e10, 200)}};
  CHECK(ConflictsOf({&a}).empty());
  // "… US$2.05 a share. Analysts had expected US$2.19 a share": an outcome against an expectation,
  // a miss, no conflict; so is a reported value against an estimate of the kind forecast.
  Figure expected = Revenue(3.2e10, 200, std::nullopt);
  expected.quote.prefix = "Analysts had expected ";
  a.extracted.figures = {{"a1", Revenue(3.87e10, 0)}, {"a3", expected}};
  CHECK(ConflictsOf({&a}).empty());
  Figure consensus = Revenue(3.2e10, 200, std::string("forecast"));
  consensus.quote.prefix = "against the consensus of ";
  a.extracted.figures = {{"a1", Revenue(3.87e10, 0)}, {"a4", consensus}};
  CHECK(ConflictsOf({&a}).empty());
  // A critic's estimate of the reported value disputes it.
  Figure critic = Revenue(3.2e10, 200, std::string("forecast"));
  critic.quote.prefix = "A critic estimates revenue of ";
  a.extracted.figures = {{"a1", Revenue(3.87e10, 0)}, {"a6", critic}};
  CHECK(ConflictsOf({&a}).size() == 1);
  // The company's guidance against the analysts' expectation, a sentence apart: two expectations
  // set against each other.
  a.extracted.figures = {{"a5", Revenue(4.3e10, 0, std::string("forecast"))}, {"a3", expected}};
  CHECK(ConflictsOf({&a}).size() == 1);
  // Across sources, two reported values disagree whatever their sentences.
  SourceFigures b;
  b.extracted.source_id = "b";
  b.extracted.figures = {{"b1", Revenue(3.2e10, 0)}};
  a.extracted.figures = {{"a1", Revenue(3.87e10, 0)}};
  CHECK(ConflictsOf({&a, &b}).size() == 1);
}

TEST_CASE("A revised forecast's old value is no value of the month it was made in", "[figures][period]") {
  // "puts next year's inflation at 2.4%, up from the 2.3% projected in September": the old forecast
  // read with September's period does not conflict with September's inflation in another source.
  SourceFigures a, b;
  a.extracted.source_id = "a";
  b.extracted.source_id = "b";
  Figure now = Revenue(2.4, 0, std::string("forecast"));
  now.period = "2017";
  Figure old = Revenue(2.3, 0, std::string("forecast"));
  old.period = "2016-09";
  old.span = {40, 44};
  now.change = FigureChange{"to", 40, std::nullopt};
  old.change = FigureChange{"from", now.span.begin, std::nullopt};
  a.extracted.figures = {{"a1", now}, {"a2", old}};
  Figure september = Revenue(0.6, 0);
  september.period = "2016-09";
  b.extracted.figures = {{"b1", september}};
  CHECK(ConflictsOf({&a, &b}).empty());
  // An actual old value of another period is that period's value.
  old.period_kind = "actual";
  a.extracted.figures = {{"a1", now}, {"a2", old}};
  CHECK(ConflictsOf({&a, &b}).size() == 1);
}

TEST_CASE("Months named for a figure, the end of a span of unnamed length, nine months ended", "[figures][period]") {
  const extract::Dateline feb{2018, 2, 2};
  CHECK(PeriodsIn("Payrolls for November were revised down.", feb) == std::vector<std::string>{"2017-11"});
  // "a drop from May's 2.9% growth": May's is the period of the figure it names, not of the month after.
  const std::string retail =
      "LONDON, 19 July 2024 - Sales volumes shrank by 1.2% in June. It was a drop from May's 2.9% growth. "
      "Clothes shops showed a 2.1% fall during the month.";
  CHECK(OnlyFigure(retail, "2.9%").period == "2024-05");
  CHECK(OnlyFigure(retail, "2.1%").period == "2024-06");
  // "For the period ended June 17": no day's figure.
  CHECK(PeriodsIn("For the period ended June 17, it earned $2.75 billion.", {2017, 7, 11}).empty());
  CHECK(PeriodsIn("Profit for the nine months ended September 30, 2025 rose.", {2025, 10, 30}) ==
        std::vector<std::string>{"9M 2025"});
}

TEST_CASE("A revision's old forecast is of the new forecast's period", "[figures][period]") {
  const std::string text =
      "BUDAPEST, 21 December 2016 - The bank now puts next year's average inflation rate at 2.4%, up from the 2.3% "
      "rate projected in September.";
  const Figure old = OnlyFigure(text, "2.3%");
  REQUIRE(old.change.has_value());
  CHECK(old.change->role == "from");
  CHECK(old.period == OnlyFigure(text, "2.4%").period);
  // An actual of another period keeps its own: "up from $72.2 billion last year".
  CHECK(OnlyFigure("NEW YORK, 5 February 2026 - Meta will spend $135 billion in 2026, up from $72.2 billion last year.",
                   "$72.2 billion")
            .period == "2025");
}

TEST_CASE("A source's own earlier forecast is superseded, others' forecasts are rivals", "[figures][period]") {
  SourceFigures a;
  a.extracted.source_id = "a";
  // "expects revenue between $710 million and $730 million, up from previous guidance for revenue
  // between $685 million and $705 million": no conflict.
  Figure now = Revenue(7.1e8, 0, std::string("forecast"));
  now.value_high = 7.3e8;
  Figure previous = Revenue(6.85e8, 0, std::string("forecast"));
  previous.value_high = 7.05e8;
  previous.quote.prefix = "up from previous guidance for revenue between ";
  a.extracted.figures = {{"a1", now}, {"a2", previous}};
  CHECK(ConflictsOf({&a}).empty());
  // "… above a consensus analyst forecast of $698 million" is another's forecast: a conflict.
  Figure consensus = Revenue(6.5e8, 0, std::string("forecast"));
  consensus.quote.prefix = "above a consensus analyst forecast of ";
  a.extracted.figures = {{"a1", now}, {"a2", previous}, {"a3", consensus}};
  CHECK(ConflictsOf({&a}).size() == 1);
}

TEST_CASE("Yesterday, months since, and periods named as the base of a move", "[figures][period]") {
  const extract::Dateline nov{2026, 11, 13};
  CHECK(PeriodsIn("Shares rose 3.2% yesterday.", nov) == std::vector<std::string>{"2026-11-12"});
  // "the lowest since March 2024": a comparison, neither the month nor its year a period.
  CHECK(PeriodsIn("The rate fell to 3.9%, the lowest since March 2024.", nov).empty());
  // A month reported beside the one before it: the report's month goes on, the base does not.
  const std::string release =
      "OSLO, 13 November 2026 — Retail sales rose 1.4% in October, after a 0.2% increase in September. "
      "Economists had expected a rise of 0.5%. On a year-on-year basis, sales were up 6.1%, following a 4.8% rise "
      "in the prior month.";
  CHECK(OnlyFigure(release, "0.2%").period == "2026-09");
  CHECK(OnlyFigure(release, "0.5%").period == "2026-10");
  CHECK(OnlyFigure(release, "6.1%").period == "2026-10");
  CHECK(OnlyFigure(release, "4.8%").period == "2026-09");
  // "an increase from last month", "down 15 percent from the second quarter": bases, not the period.
  const std::string jobs =
      "WASHINGTON, 8 March 2024 - Payrolls grew by 304,000 in February, an increase from last month. "
      "The jobless rate rose from 3.9 percent to 4.0 percent.";
  CHECK(OnlyFigure(jobs, "4.0 percent").period == "2024-02");
  const std::string orders =
      "DALLAS, 25 October 2011 - The company earned $601 million for the third quarter. "
      "Orders of $3.07 billion were down 10 percent from a year ago, and down 15 percent from the second quarter.";
  CHECK(OnlyFigure(orders, "$3.07 billion").period == "Q3 2011");
  // "stronger than expected profit in its third-quarter report": the quarter reported, no base.
  const std::string results =
      "NEW YORK, 31 October 2018 - Facebook is reporting stronger than expected profit in its third-quarter earnings "
      "report. The company had 2.27 billion monthly users at the end of the quarter.";
  CHECK(OnlyFigure(results, "2.27 billion monthly users").period == "Q3 2018");
  // Profit after tax is no base.
  CHECK(PeriodsIn("Profit after tax rose 10% in 2025.", nov) == std::vector<std::string>{"2025"});
}

TEST_CASE("A reported result does not go on with a period that was not over when it was written", "[figures][period]") {
  const std::string text =
      "Retailer warns on fourth quarter\n\n"
      "OSLO, 14 November 2026 — Nordhavn Retail said its third-quarter revenue rose 5% to €8.2 billion. It forecast "
      "fourth-quarter revenue of €9 billion. Net profit fell to €410 million from €455 million a year earlier.";
  CHECK(OnlyFigure(text, "€9 billion").period == "Q4 2026");
  CHECK(OnlyFigure(text, "€410 million").period == "Q3 2026");
  CHECK(OnlyFigure(text, "€455 million").period == "Q3 2025");
  CHECK(extract::EndsAfter("Q4 2026", {2026, 11, 14}));
  CHECK_FALSE(extract::EndsAfter("Q3 2026", {2026, 11, 14}));
  CHECK(extract::EndsAfter("2026-11-15", {2026, 11, 14}));
  CHECK_FALSE(extract::EndsAfter("FY2027", {2026, 11, 14}));  // a fiscal year's end is not known here
}

TEST_CASE("A value of a period over by the dateline that no word makes an expectation is reported", "[figures][period]") {
  const std::string text =
      "Civic Union holds Valmont assembly\n\n"
      "ARDEN, 9 November 2026 — Turnout in Sunday's election was 61.2%, the commission said. An exit poll on Sunday "
      "night had projected 63 seats for the Civic Union. Turnout in 2027's local elections is set to reach 55%.";
  CHECK(OnlyFigure(text, "61.2%").period_kind == "actual");
  CHECK(OnlyFigure(text, "63 seats").period_kind == "forecast");
  CHECK(OnlyFigure(text, "55%").period_kind != "actual");
  CHECK(extract::OverBy("2026-11-08", {2026, 11, 9}));
  CHECK(extract::OverBy("2026-11-09", {2026, 11, 9}));  // the day's close, reported that day
  CHECK(extract::OverBy("Q3 2026", {2026, 11, 9}));
  CHECK_FALSE(extract::OverBy("2026-11", {2026, 11, 9}));  // a month still under way
  CHECK_FALSE(extract::OverBy("2026", {2026, 11, 9}));
  CHECK_FALSE(extract::OverBy("FY2026", {2026, 11, 9}));  // a fiscal year's end is not known here
  CHECK_FALSE(extract::OverBy("2025", {0, 0, 0}));        // no dateline
}

TEST_CASE("A day-first page date dates the text, and a month-year column head is a month", "[figures][period]") {
  const extract::Dateline dated = extract::FindDateline("Mill posts profit\n\nPTW | Surat | Updated: 13-02-2026 19:05 IST\n\nText.");
  CHECK(dated.year == 2026);
  CHECK(dated.month == 2);
  CHECK(dated.day == 13);
  REQUIRE(extract::ReadPeriod("Dec-25").has_value());
  CHECK(extract::ReadPeriod("Dec-25")->period == "2025-12");
  CHECK_FALSE(extract::ReadPeriod("Rev-25").has_value());
}

TEST_CASE("An expectation (a plan or a forecast) is no rival of a reported value", "[figures][period]") {
  SourceFigures a, b;
  a.extracted.source_id = "a";
  b.extracted.source_id = "b";
  // A ministry's target for October's jobless rate, and October's rate reported by another source.
  a.extracted.figures = {{"a1", Revenue(3.7, 0, std::string("plan"))}};
  b.extracted.figures = {{"b1", Revenue(3.9, 0)}};
  CHECK(ConflictsOf({&a, &b}).empty());
  // A plan against another source's plan, or against another source's forecast of it (a capex
  // plan against the consensus), disagree; an expected value against a reported one is an
  // expectation against the outcome, no conflict.
  b.extracted.figures = {{"b1", Revenue(3.2, 0, std::string("plan"))}};
  CHECK(ConflictsOf({&a, &b}).size() == 1);
  b.extracted.figures = {{"b1", Revenue(3.2, 0, std::string("forecast"))}};
  CHECK(ConflictsOf({&a, &b}).size() == 1);
  Figure forecast = Revenue(3.7, 0, std::string("forecast"));
  forecast.quote.prefix = "economists had expected ";
  a.extracted.figures = {{"a1", forecast}};
  b.extracted.figures = {{"b1", Revenue(3.2, 0)}};
  CHECK(ConflictsOf({&a, &b}).empty());
  // With a plan, a reported value and another source's differing reported value: the two reported
  // values conflict, the plan with neither.
  a.extracted.figures = {{"a1", Revenue(3.7, 0, std::string("plan"))}};
  SourceFigures c;
  c.extracted.source_id = "c";
  c.extracted.figures = {{"c1", Revenue(4.0, 0)}};
  b.extracted.figures = {{"b1", Revenue(3.9, 0)}};
  const std::vector<FigureConflict> conflicts = ConflictsOf({&a, &b, &c});
  REQUIRE(conflicts.size() == 1);
  for (const auto& group : conflicts[0].values) CHECK(group.front().source != &a);
  // "After previously projecting 3.6% inflation for 2026": the source's own earlier forecast.
  Figure previous = Revenue(3.6, 0, std::string("forecast"));
  previous.quote.prefix = "After previously projecting ";
  a.extracted.figures = {{"a1", previous}};
  b.extracted.figures = {{"b1", Revenue(3.7, 0, std::string("forecast"))}};
  CHECK(ConflictsOf({&a, &b}).empty());
}

TEST_CASE("A forecast upped to a new value from an old one is one revision", "[figures][period]") {
  const std::string text =
      "BUDAPEST, 21 December 2016 - It also upped its 2017 GDP growth forecast to 3.6% from 3% predicted three "
      "months earlier.";
  const Figure now = OnlyFigure(text, "3.6%");
  const Figure old = OnlyFigure(text, "3%");
  REQUIRE(old.change.has_value());
  CHECK(old.change->role == "from");
  CHECK(old.change->other_begin == now.span.begin);
  CHECK(old.period == "2017");
}

TEST_CASE("A commodity's price is the dateline's day only when the sentence reports the day's trading", "[figures][period]") {
  const std::string wrap =
      "Crude climbs on supply worries\n\n"
      "LONDON, 10 November 2026 — Brent crude futures settled up 74 cents, or 0.9%, at $81.15 a barrel. "
      "Silver for December delivery slipped 11 cents to $30.42 an ounce.";
  CHECK(OnlyFigure(wrap, "$81.15 a barrel").period == "2026-11-10");
  // The price's move in the same sentence is of that day too.
  CHECK(OnlyFigure(wrap, "74 cents").period == "2026-11-10");
  CHECK(OnlyFigure(wrap, "0.9%").period == "2026-11-10");
  // A contract month names the contract, not when the price was paid; a move's end is the day's.
  CHECK(OnlyFigure(wrap, "$30.42 an ounce").period == "2026-11-10");
  CHECK(PeriodsIn("Corn for March delivery gained 4 cents. The May contract and June futures fell.", {2026, 1, 12}).empty());
  // A price in a report on a past month, in a sentence that names no trading, is not dated by the report.
  const std::string heat =
      "Heat lifts power prices\n\n"
      "HOUSTON, 24 September 2026 — Wholesale power prices averaged $96 per megawatt-hour in July. "
      "During the hottest week, prices peaked at $1,850 per megawatt-hour.";
  CHECK(OnlyFigure(heat, "$96 per megawatt-hour").period == "2026-07");
  CHECK(OnlyFigure(heat, "$1,850 per megawatt-hour").period != "2026-09-24");
}

TEST_CASE("A month's year written after \"of\", a target month, and the trailing year", "[figures][period]") {
  const extract::Dateline nov{2007, 11, 15};
  // "higher than in October of 2006": the year is the month's, and both are a base.
  const std::string cpi =
      "WASHINGTON, 15 November 2007 — Consumer prices rose 0.3% in October. Prices were 3.5% higher than in October of 2006. "
      "Core prices were up 2.2% on a year-over-year basis.";
  CHECK(OnlyFigure(cpi, "3.5%").period == "2007-10");
  CHECK(OnlyFigure(cpi, "2.2%").period == "2007-10");
  CHECK(PeriodsIn("It peaked in March of 2006.", nov) == std::vector<std::string>{"2006-03"});
  // "by March": the next March's end, a target.
  CHECK(PeriodsIn("The agency aims to clear the backlog by March.", nov) == std::vector<std::string>{"2008-03"});
  CHECK(PeriodsIn("The agency aims to clear the backlog by December.", nov) == std::vector<std::string>{"2007-12"});
  // "over the last year", "in the past year": the twelve months to the report, no calendar year;
  // "last year" is the calendar year before.
  CHECK(PeriodsIn("Food prices rose 0.7% over the last year and 1.1% in the past year.", nov).empty());
  CHECK(PeriodsIn("Food prices rose 2.1% last year.", nov) == std::vector<std::string>{"2006"});
}

TEST_CASE("A figure set against a forecast is the outcome, the forecast it beats is not", "[figures][period]") {
  const std::string jobs =
      "WASHINGTON, 4 November 2022 — The economy added 261,000 jobs in October, above the market estimate. "
      "Payrolls rose 215,000 last month, beating estimates of 205,000 jobs.";
  CHECK(OnlyFigure(jobs, "261,000 jobs").period_kind == "actual");
  CHECK(OnlyFigure(jobs, "215,000").period_kind == "actual");
  // The estimate's own words come before it: it is not made the outcome.
  CHECK(OnlyFigure(jobs, "205,000 jobs").period_kind != "actual");
}

TEST_CASE("Four digits inside a Chinese amount are no year", "[figures][period]") {
  auto periods = [](std::string_view text) {
    std::vector<std::string> out;
    for (const extract::PeriodMention& p : extract::FindPeriods(text, 0, text.size(), {2026, 12, 5})) out.push_back(p.period);
    return out;
  };
  // 2100万吨 and 1億2000萬元 are amounts; 2026年, 2026财年 and 2026至2030年 name years.
  CHECK(periods("江州港11月吞吐量为2100万吨。") == std::vector<std::string>{"2026-11"});
  CHECK(periods("選務經費約新台幣1億2000萬元。").empty());
  CHECK(periods("动员工作人员2000人。").empty());
  CHECK(periods("公司2026年营收增长。") == std::vector<std::string>{"2026"});
  CHECK(periods("2026财年营收增长。") == std::vector<std::string>{"FY2026"});
  CHECK(periods("2026至2030年投资").size() >= 1);
}

TEST_CASE("A comparison clause's period is its base's, not the reported figure's", "[figures][period]") {
  // Amounts listed in one base share its period ("from 61 seats and 33.4% of the vote in 2021");
  // the figures reported before the base take the period the text is about.
  const std::string election =
      "Marrowfield count complete\n\n"
      "The 2025 Marrowfield assembly election ended in a Green Lantern victory. The Tidewater Party won 48 seats "
      "and 27.9% of the vote, down from 61 seats and 33.4% of the vote in 2021. The Heron League won 9 seats, "
      "two fewer than in 2021.";
  CHECK(OnlyFigure(election, "48 seats").period == "2025");
  CHECK(OnlyFigure(election, "27.9%").period == "2025");
  CHECK(OnlyFigure(election, "61 seats").period == "2021");
  CHECK(OnlyFigure(election, "33.4%").period == "2021");
  CHECK(OnlyFigure(election, "9 seats").period == "2025");
  // "similar to that achieved … in 2004", "from when … in 2021", "at the last election in 2021": bases.
  const extract::Dateline oct{2025, 10, 6};
  auto bases = [&](const std::string& text) {
    std::vector<bool> out;
    for (const extract::PeriodMention& p : extract::FindPeriods(text, 0, text.size(), oct)) out.push_back(p.comparison);
    return out;
  };
  CHECK(bases("It won about 310 seats, similar to that achieved by Quillon in 2004.") == std::vector<bool>{true});
  CHECK(bases("Its share rose 9 points from when the Ferrow bloc ran in 2021.") == std::vector<bool>{true});
  CHECK(bases("It gained 41 seats, after winning 12 at the last election in 2021.") == std::vector<bool>{true});
  // "rose 0.2% from August 2025" is its base; "from 2023 to 2025" is a span.
  CHECK(bases("Prices rose 0.2% from August 2025.") == std::vector<bool>{true});
  CHECK(bases("Output rose 4% from 2023 to 2025.") == std::vector<bool>{false, false});
  // "more than a year at the end of September" bounds an amount; it is no comparison.
  CHECK(bases("Some 800 had waited more than a year at the end of September.") == std::vector<bool>{false});
  // A base written "recorded for" or "at the end of" a month is one too.
  const std::string cpi =
      "VELSKA, 14 October 2025 — Velskan consumer prices rose 2.7% in September, down from the 2.9% "
      "rate recorded for August. Economists had been expecting the rate to ease to 2.8% over the month.";
  CHECK(OnlyFigure(cpi, "2.9%").period == "2025-08");
  CHECK(OnlyFigure(cpi, "2.8%").period == "2025-09");
  CHECK(OnlyFigure(cpi, "2.8%").period_kind == "forecast");
}

TEST_CASE("A sentence opening \"A year earlier\" is of the year before, and is not carried on", "[figures][period]") {
  const std::string text =
      "Orrin Vale clinics report\n\n"
      "ORRIN VALE, 12 November 2025 — An estimated 4,120 patients were waiting more than a year at the end of "
      "September, down from 4,305 at the end of August. A year earlier, in September 2024, the number stood at "
      "6,870. There were 912 patients waiting more than two years. A year earlier, the figure was 1,340.";
  CHECK(OnlyFigure(text, "4,120 patients").period == "2025-09");
  // "An estimated" count of a past month is no forecast.
  CHECK(OnlyFigure(text, "4,120 patients").period_kind == "actual");
  CHECK(OnlyFigure(text, "4,305").period == "2025-08");
  CHECK(OnlyFigure(text, "6,870").period == "2024-09");
  CHECK(OnlyFigure(text, "912 patients").period == "2025-09");
  CHECK(OnlyFigure(text, "1,340").period == "2024-09");
}

TEST_CASE("A forecast listed after an expectation in its sentence is an expectation too", "[figures][period]") {
  // "Revenue was $38.7 billion. Analysts had projected $36 billion for Corvane and $31 billion for
  // …": the second projection's own quote no longer holds "projected", yet it is no rival of the
  // reported value.
  SourceFigures a;
  a.extracted.source_id = "a";
  Figure projected = Revenue(3.6e10, 200, std::string("forecast"));
  projected.quote.prefix = "Analysts had projected ";
  Figure listed = Revenue(3.1e10, 200, std::string("forecast"));
  listed.span = {240, 250};
  listed.quote.prefix = "illion for Corvane and ";
  a.extracted.figures = {{"a1", Revenue(3.87e10, 0)}, {"a2", projected}, {"a3", listed}};
  // The two expectations are weighed against each other, not against the outcome.
  const std::vector<FigureConflict> conflicts = ConflictsOf({&a});
  REQUIRE(conflicts.size() == 1);
  for (const std::vector<FigureRef>& side : conflicts[0].values) {
    for (const FigureRef& ref : side) CHECK(ref.figure->id != "a1");
  }
  // Written before the expectation in its sentence, it stays a rival of the outcome.
  listed.span = {205, 215};
  a.extracted.figures = {{"a1", Revenue(3.87e10, 0)}, {"a2", projected}, {"a3", listed}};
  const std::vector<FigureConflict> rivals = ConflictsOf({&a});
  REQUIRE(rivals.size() == 1);
  bool outcome = false;
  for (const std::vector<FigureRef>& side : rivals[0].values) {
    for (const FigureRef& ref : side) outcome = outcome || ref.figure->id == "a1";
  }
  CHECK(outcome);
}

TEST_CASE("An opening clause that only names a period sets the time of the clause after it", "[figures][period]") {
  const std::string text =
      "Quarn output report\n\n"
      "VIENNA, 12 August 2025 — The producers' group kept its demand view. "
      "Its report also showed that in July, Quarn raised crude output by 215,000 bpd, "
      "reflecting the quotas it agreed this year. Tessaly added 1,200 MW in fiscal 2025, which ended in March, taking "
      "its fleet to 5.1 GW.";
  CHECK(OnlyFigure(text, "215,000 bpd").period == "2025-07");
  // A later clause ending in a period ("which ended in March") sets no time for the clause after it.
  CHECK(OnlyFigure(text, "5.1 GW").period != "2025-03");
}

TEST_CASE("A Chinese base after 比, 较 or 与去年 is not the period, a relative year dates its quarter", "[figures][period]") {
  const std::string release =
      "澜川省一季度经济开局平稳\n\n"
      "澜川日报4月16日讯 澜川省统计局发布的数据显示,一季度全省地区生产总值同比增长4.8%,比去年四季度增长1.2%。"
      "规模以上工业增加值增速比去年同期提升2.1个百分点。全省居民消费价格与去年一季度持平,核心物价同比上涨0.6%。\n\n"
      "一季度全省生产总值增速高于去年全年4.1%的增速,也高于去年一季度3.9%的增速。\n\n"
      "省统计局预测,今年全省增速下修至百分之三点二;明年预测下修至百分之二点九。\n";
  const auto period = [&](const std::string& surface) {
    for (const Figure& f : ExtractFigures(release, "2026-04-17")) {
      if (f.surface == surface) return f.period.value_or("");
    }
    return std::string("(no figure)");
  };
  // The quarter reported, not the quarter (比去年四季度, quarter on quarter) or year (比去年同期) set against it.
  CHECK(period("4.8%") == "Q1 2026");
  CHECK(period("1.2%") == "Q1 2026");
  CHECK(period("2.1个百分点") == "Q1 2026");
  CHECK(period("0.6%") == "Q1 2026");
  // A base written right before its own figure is that figure's period, in the year 去年 names.
  CHECK(period("4.1%") == "2025");
  CHECK(period("3.9%") == "Q1 2025");
  // Time words come first in Chinese: 明年 past the semicolon is the next clause's.
  CHECK(period("百分之三点二") == "2026");
  CHECK(period("百分之二点九") == "2027");
  const std::string_view quarter_on_quarter = "比去年四季度增长1.2%";
  const auto bases = extract::FindPeriods(quarter_on_quarter, 0, quarter_on_quarter.size(), {2026, 4, 17});
  REQUIRE(bases.size() == 2);  // 去年 and 四季度, both the base
  CHECK((bases[0].comparison && bases[1].comparison && bases[1].period == "Q4 2025"));
}
