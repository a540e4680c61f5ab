// What a figure measures, read per clause (issue 15): periods that refer back, calendar quarters
// named by their last month, fiscal quarters, comparison bases that are not the sentence's period,
// days, Chinese relative periods, and headlines that restate a figure of the body.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "dossier/figure.h"
#include "extract/figure_period.h"
#include "support/figure_lookup.h"

using namespace dossier;

TEST_CASE("A period that refers back is the last one of its length named before it", "[figures][meaning]") {
  const extract::Dateline feb{2026, 2, 8};
  CHECK(PeriodsIn("Revenue rose in the fourth quarter. Margins were thin in the quarter.", feb) ==
        std::vector<std::string>{"Q4 2025", "Q4 2025"});
  CHECK(PeriodsIn("Deaths fell in January, and cases fell 31% in the same month.", feb) ==
        std::vector<std::string>{"2026-01", "2026-01"});
  // Nothing of its length before it: no period rather than a guess.
  CHECK(PeriodsIn("Margins were thin in the quarter.", feb).empty());
  // "the year to March" names a period of its own (the fiscal year ending in March), not the year before it.
  CHECK(PeriodsIn("In 2024 it grew. For the year to March it shrank.", feb) == std::vector<std::string>{"2024", "FY2026"});
}

TEST_CASE("Quarters named by their last month, spans of coming years, seasons", "[figures][meaning]") {
  const extract::Dateline aug{2026, 8, 14};
  CHECK(PeriodsIn("The economy grew 0.4% in the three months to June.", aug) == std::vector<std::string>{"Q2 2026"});
  CHECK(PeriodsIn("Profit for the quarter ended September 30, 2025 rose.", aug) == std::vector<std::string>{"Q3 2025"});
  CHECK(PeriodsIn("It will invest Rs 45,000 crore over the next four years.", {2026, 4, 29}) ==
        std::vector<std::string>{"2026-2029"});
  // Late in a year the span starts with the next one.
  CHECK(PeriodsIn("It signed for 26 GW over the next eight years.", {2025, 11, 3}) == std::vector<std::string>{"2026-2033"});
  CHECK(PeriodsIn("Peak demand was about 150 GW last summer.", {2026, 3, 2}) == std::vector<std::string>{"2025"});
  // A quarter named without a year is the one under way or the latest before the dateline.
  CHECK(PeriodsIn("It expects fourth-quarter revenue of $2 billion.", {2025, 11, 20}) == std::vector<std::string>{"Q4 2025"});
  CHECK(PeriodsIn("It expects fourth-quarter revenue of $2 billion.", {2026, 2, 5}) == std::vector<std::string>{"Q4 2025"});
}

TEST_CASE("A comparison base is no period of the sentence, a day is one, the dateline is not", "[figures][meaning]") {
  const extract::Dateline mar{2026, 3, 9};
  CHECK(PeriodsIn("Turnout was 71.2%, the highest since 2004.", mar).empty());
  // "in 2022" after "up from 141" is the base: a sentence after it does not go on with it.
  const std::string election =
      "VALMORA, 9 March 2026 — The alliance won 162 seats, up from 141 in 2022. It took 38.6% of the vote.";
  CHECK(OnlyFigure(election, "141").period == "2022");
  CHECK_FALSE(OnlyFigure(election, "38.6%").period.has_value());
  // The dateline dates the report, not the figures of its lead.
  CHECK_FALSE(OnlyFigure("SAN FRANCISCO, 3 November 2025 — Orchard AI has raised $40bn.", "$40bn").period.has_value());
  CHECK(OnlyFigure("LONDON, 14 August 2026 — The Bank cut its base rate to 3.75% on 6 August.", "3.75%").period ==
        "2026-08-06");
}

TEST_CASE("In a text that counts in fiscal years, an undated quarter is fiscal", "[figures][meaning]") {
  const std::string text =
      "Veltrix Q2 net profit rises 13%; FY26 revenue outlook narrowed\n\n"
      "BENGALURU, 16 October 2025 — Veltrix Infotech reported a net profit of Rs 7,364 crore.";
  CHECK(OnlyFigure(text, "13%").period == "Q2 FY2026");
  // "Its fiscal fourth quarter" with no fiscal year named: which year is not stated.
  CHECK_FALSE(OnlyFigure("SANTA CLARA, 26 February 2026 — Revenue was $39.3 billion for its fiscal fourth quarter.",
                   "$39.3 billion")
                  .period.has_value());
  CHECK(OnlyFigure("MUMBAI, 29 April 2026 — Revenue for fiscal 2026 rose 41%. In the fourth quarter alone, revenue was "
             "Rs 3,020 crore.",
             "Rs 3,020 crore")
            .period == "Q4 FY2026");
}

TEST_CASE("Chinese relative periods: the last quarter, yesterday, a day of the month, the full year", "[figures][meaning]") {
  CHECK(PeriodsIn("鴻峰科技上季營收三千一百億元", {2026, 1, 15}) == std::vector<std::string>{"Q4 2025"});
  CHECK(PeriodsIn("鴻峰股價昨日上漲3.8%", {2026, 1, 15}) == std::vector<std::string>{"2026-01-14"});
  CHECK(PeriodsIn("瑞丰银行股价29日上涨2.7%", {2026, 8, 28}) == std::vector<std::string>{"2026-08-29"});
  // Early in a year, 全年 is the year whose results come out then.
  CHECK(PeriodsIn("全年营收约2,036亿元", {2026, 1, 20}) == std::vector<std::string>{"2025"});
  // 较去年: the base of a comparison, which a sentence after it does not go on with; 今年 it does.
  const std::string text = "2026年1月15日 公司預估今年營收將較去年倍增。毛利率可望維持在6.5%左右。";
  CHECK(OnlyFigure(text, "6.5%").period == "2026");
}

TEST_CASE("A headline figure has the meaning the body gives the same figure", "[figures][meaning]") {
  const std::string text =
      "Sunvale Renewables adds 1,850 MW, targets 12 GW by 2030\n\n"
      "MUMBAI, 29 April 2026 — Sunvale Renewables added 1,850 MW of solar capacity in fiscal 2026.";
  const std::vector<Figure> figures = ExtractFigures(text);
  REQUIRE(figures.size() == 3);
  CHECK(figures[0].period == "FY2026");  // not the headline's "by 2030"
  CHECK(figures[0].subject == figures[2].subject);
  CHECK(figures[0].metric == "power capacity");
  CHECK(figures[1].period == "by 2030");
}

TEST_CASE("The metric of a figure: its own clause first, not the next statement or a ratio's base", "[figures][meaning]") {
  const std::string results =
      "Revenue for fiscal 2026 rose 41% to Rs 9,870 crore and net profit more than doubled to Rs 1,412 crore.";
  CHECK(OnlyFigure(results, "Rs 9,870 crore").metric == "revenue");
  CHECK(OnlyFigure(results, "doubled").metric == "net income");
  CHECK(OnlyFigure("Public sector net debt stood at 96.4% of GDP.", "96.4%").metric == "debt");
  CHECK(OnlyFigure("The economy grew 0.4% in the three months to June.", "0.4%").metric == "growth rate");
  // A power is a capacity whatever money the clause names.
  CHECK(OnlyFigure("It plans to reach 12 GW of operating capacity by 2030 and will invest about $5 billion.", "12 GW").metric ==
        "power capacity");
  CHECK(OnlyFigure("The Nasdaq Composite slid 3.1% to 19,341.8.", "19,341.8").metric == "index level");
  CHECK(OnlyFigure("Harbour City beat Rovers 3-1 on Saturday.", "1").metric == "goals");
  CHECK(OnlyFigure("Orchard AI raised $40bn in a round that values the lab at $300bn.", "$300bn").metric == "valuation");
  CHECK(OnlyFigure("蓝驰汽车第四季度共交付新车18.6万辆。", "18.6万辆").metric == "deliveries");
  // "profits" name net income; a stock market operator is no share's price.
  CHECK(OnlyFigure("Trading volumes lifted profits at the stock market operator Bourseline by 8.7 per cent.", "8.7 per cent").metric ==
        "net income");
  CHECK(OnlyFigure("Even though Kestrel posted an 80 percent drop in first quarter profits, it said it could cut capital spending.",
                   "80 percent")
            .metric == "net income");
  // A weak word beyond a subordinate clause is another statement's.
  CHECK(!OnlyFigure("Cobalt Works slumped 20 percent after warning that 2016 profits would fall.", "20 percent").metric);
}

TEST_CASE("A market's move that names no day is the dateline's day", "[figures][meaning]") {
  const std::string text =
      "NEW YORK, 27 January 2026 — Chip stocks fell. The Nasdaq Composite slid 3.1% to 19,341.8.\n\n"
      "Caldera's revenue was $39.3 billion.";
  CHECK(OnlyFigure(text, "3.1%").period == "2026-01-27");
  CHECK_FALSE(OnlyFigure(text, "$39.3 billion").period.has_value());  // not a market's move
}

TEST_CASE("Full-year and quarterly figures, a market's move is not the quarter before it", "[figures][meaning]") {
  const std::string text =
      "DETROIT, 24 April 2026 — Net income fell 12% in the first quarter. The group expects full-year revenue of "
      "$170 billion and quarterly sales of $40 billion. Shares fell 4.2% to $63.10.";
  CHECK(OnlyFigure(text, "$170 billion").period == "2026");
  CHECK(OnlyFigure(text, "$40 billion").period == "Q1 2026");
  CHECK(OnlyFigure(text, "$63.10").period == "2026-04-24");
  CHECK(OnlyFigure("Its share of that market was 6.5% in March.", "6.5%").metric == "market share");
}

TEST_CASE("With no dateline in the text, periods are read against the published date of its metadata", "[figures][meaning]") {
  const std::string text = "Harbor Foods said revenue reached 12 billion yuan in the first half of the year.\n";
  std::optional<std::string> period;
  for (const Figure& f : ExtractFigures(text, "2020-07-20")) {
    if (f.surface == "12 billion yuan") period = f.period;
  }
  CHECK(period == "H1 2020");
  CHECK_FALSE(OnlyFigure(text, "12 billion yuan").period);  // no date at all: left empty
  // The text's own dateline comes first.
  for (const Figure& f : ExtractFigures("SHANGHAI, 3 August 2021 - " + text, "2020-07-20")) {
    if (f.surface == "12 billion yuan") CHECK(f.period == "H1 2021");
  }
  // A month one or two after the dateline's is the coming one; others the latest begun.
  CHECK(PeriodsIn("Producers agreed to cut output by 10% in May.", {2020, 4, 10}) == std::vector<std::string>{"2020-05"});
  CHECK(PeriodsIn("Producers agreed to cut output by 10% in January.", {2025, 12, 4}) ==
        std::vector<std::string>{"2026-01"});
  CHECK(PeriodsIn("Output fell by 10% in September.", {2024, 10, 16}) == std::vector<std::string>{"2024-09"});
  CHECK(PeriodsIn("Output fell by 10% in August.", {2024, 6, 16}) == std::vector<std::string>{"2024-08"});
  CHECK(PeriodsIn("Output fell by 10% in November.", {2024, 6, 16}) == std::vector<std::string>{"2023-11"});
  // A past date in the body is no dateline: September is the publication year's.
  const std::string cpi =
      "Inflation dropped to 1.7% in September from 2.2% in August, the lowest reading since April 2021, the statistics "
      "office said.\n";
  for (const Figure& f : ExtractFigures(cpi, "2024-10-16")) {
    if (f.surface == "1.7%") CHECK(f.period == "2024-09");
    if (f.surface == "2.2%") CHECK(f.period == "2024-08");
  }
}

TEST_CASE("Months from January to a quarter's end are one period", "[figures][meaning]") {
  const extract::Dateline july{2020, 7, 20};
  CHECK(PeriodsIn("During January-June, new contracts rose.", july) == std::vector<std::string>{"H1 2020"});
  CHECK(PeriodsIn("Sales from January to September 2019 fell.", july) == std::vector<std::string>{"9M 2019"});
  CHECK(PeriodsIn("In January-March output grew.", july) == std::vector<std::string>{"Q1 2020"});
  CHECK(PeriodsIn("Between January and June 2019 it fell.", july) != std::vector<std::string>{"H1 2019"});
}

TEST_CASE("Fiscal years named by the month they end in, months counted from the year's start", "[figures][meaning]") {
  // A year that ended is the last one; a year "to" a month, the one under way.
  CHECK(PeriodsIn("Net profit for the year ended March 31 was $92.7 million.", {2026, 5, 20}) ==
        std::vector<std::string>{"FY2026"});
  CHECK(PeriodsIn("It raised its forecast for the year to March.", {2026, 11, 6}) == std::vector<std::string>{"FY2027"});
  // Just after the month, its results are the ones reported.
  CHECK(PeriodsIn("Profit for the year to March rose 20%.", {2026, 5, 14}) == std::vector<std::string>{"FY2026"});
  // A year ending in December is a calendar year.
  CHECK(PeriodsIn("Revenue for the year ended December 31, 2025 rose.", {2026, 2, 5}) == std::vector<std::string>{"2025"});
  CHECK(PeriodsIn("Trade rose 3.6% in the first 10 months of 2026.", {2026, 11, 7}) == std::vector<std::string>{"2026-10"});
  CHECK(PeriodsIn("Profit rose in the six months to June.", {2026, 8, 1}) == std::vector<std::string>{"H1 2026"});
  // A month named as the base of a comparison is no period of the sentence.
  CHECK_FALSE(OnlyFigure("LONDON, 20 October 2026 — Retail sales rose 1.3% compared with September 2025.", "1.3%").period.has_value());
}

TEST_CASE("A figure of a year earlier has the period before, a weekday dates no result", "[figures][meaning]") {
  const std::string text =
      "TOKYO, 6 November 2026 — Net profit for the July-September quarter was ¥610 billion, compared with ¥790 billion "
      "a year earlier. Net income was $7.4 billion, or $2.05 a share, down from $8.1 billion, or $2.24 a share, in the "
      "same period a year earlier, the company reported on Thursday. Its shares closed 3.4% higher on Thursday.";
  CHECK(OnlyFigure(text, "¥610 billion").period == "Q3 2026");
  CHECK(OnlyFigure(text, "¥790 billion").period == "Q3 2025");
  // The weekday of the report gives the result no period; the quarter before it, nothing of its own either.
  CHECK_FALSE(OnlyFigure(text, "$7.4 billion").period == "2026-11-05");
  CHECK(OnlyFigure(text, "$2.05 a share").metric == "earnings per share");
  CHECK(OnlyFigure(text, "3.4%").period == "2026-11-05");
  // A move measured against the year before is the current period's.
  CHECK(OnlyFigure("LONDON, 14 August 2026 — Revenue rose 4% from a year earlier in the second quarter.", "4%").period ==
        "Q2 2026");
}

TEST_CASE("Metrics: spelled-out EBITDA, hospital rates, vote shares, others' spending", "[figures][meaning]") {
  CHECK(OnlyFigure("Earnings before interest, tax, depreciation and amortisation fell 9 per cent to $222 million.",
                   "$222 million").metric == "EBITDA");
  CHECK(OnlyFigure("The flu hospitalization rate rose to 93.5 per 100,000 people.", "93.5 per 100,000 people").metric ==
        "hospitalisations");
  CHECK(OnlyFigure("The Socialists lost nine seats and won under 20 percent of the vote.", "20 percent").metric == "vote share");
  CHECK(OnlyFigure("Labour won 411 MPs.", "411 MPs").metric == "seats");
  CHECK_FALSE(OnlyFigure("Household spending grew by 0.8% in the quarter.", "0.8%").metric == "capital expenditure");
}

TEST_CASE("Last year's base and a table cell's header period", "[figures][meaning]") {
  const std::string meta =
      "SAN FRANCISCO, 6 February 2026 — Meta said it would spend between $115 and $135 billion in 2026, up from "
      "$72.2 billion last year.";
  CHECK(OnlyFigure(meta, "$72.2 billion").period == "2025");
  CHECK(OnlyFigure(meta, "$115 and $135 billion").period == "2026");
  const std::string table =
      "Lindqvist Foods reported first-quarter results.\n\n| | Q1 2026 | Q1 2025 |\n|---|---|---|\n"
      "| Operating profit | SEK 1,512m | SEK 1,288m |\n";
  CHECK(OnlyFigure(table, "SEK 1,288m").period == "Q1 2025");
  CHECK(OnlyFigure(table, "SEK 1,288m").metric == "operating profit");
}

TEST_CASE("Metrics: a good's price per unit, no index level in money, a multiple that moves, a listed move", "[figures][meaning]") {
  // Money per a unit of a good is its price, whatever else the clause names.
  CHECK(OnlyFigure("The operator bought extra capacity at £3,100 per megawatt-hour on Friday.", "£3,100 per megawatt-hour")
            .metric == "price");
  // A share's close beside the exchange's name is a share price, not the index's level.
  CHECK(OnlyFigure("Its shares rose 3% from the regular close of $41.20 on Nasdaq.", "$41.20").metric == "share price");
  // A multiple stating a move measures what moved; one setting two quantities apart measures neither.
  CHECK(OnlyFigure("Wholesale prices rose to $90 per megawatt hour, a jump of more than six times.", "six times").metric ==
        "price");
  CHECK(OnlyFigure("The lab plans to spend $40bn a year, more than 20 times its likely revenue.", "20 times").metric ==
        std::nullopt);
  // "Houston, up 41%; Dallas, up 37%": each listed move measures what the first one did.
  CHECK(OnlyFigure("Hub prices ended higher: Houston, up 41%; Dallas, up 37%.", "37%").metric == "price");
  // "earned" in a results sentence is net income.
  CHECK(OnlyFigure("Harrow Mills said it earned $176 million, or 93 cents a share, in the quarter.", "$176 million").metric ==
        "net income");
}

TEST_CASE("Metrics: goods' prices, rates, growth, stock indices, barrels and shares of the vote", "[figures][meaning]") {
  // Money beside a traded good is its price; a move's ends share what they measure.
  CHECK(OnlyFigure("U.S. West Texas Intermediate crude rose $1.22 to $87.98.", "$87.98").metric == "price");
  CHECK(OnlyFigure("Analysts said OPEC+ will defend $90 oil.", "$90").metric == "price");
  // "rates" alone are interest rates, an exchange rate's are not; "growth" alone is a growth rate,
  // after another metric's word that metric's.
  CHECK(OnlyFigure("The Fed has cut rates by 1.5 percentage points since 2025.", "1.5 percentage points").metric == "interest rate");
  CHECK(OnlyFigure("Exchange rates moved 3% in a week.", "3%").metric != "interest rate");
  CHECK(OnlyFigure("Growth was revised up to 2.1% for 2027.", "2.1%").metric == "growth rate");
  CHECK(OnlyFigure("Sales growth slowed to 4% in the quarter.", "4%").metric == "revenue");
  CHECK(OnlyFigure("The S&P 500 gained 0.8% to 6,912.40, and the yield fell.", "0.8%").metric == "index level");
  // Barrels a day are output; barrels alone a stock.
  CHECK(OnlyFigure("Saudi Arabia will pump 10.5 million barrels a day.", "10.5 million barrels a day").metric == "production");
  CHECK(OnlyFigure("The administration will release 10 million barrels from its reserve.", "10 million barrels").metric != "production");
  // In an election's report a share is of the vote, whatever counts of seats its clause names.
  const std::string election =
      "The Progress Party won the parliamentary election with 34.2% of the vote and 71 seats. The Civic Union came second "
      "with 28.9% and 58 seats. Turnout was 71.3%.";
  CHECK(OnlyFigure(election, "28.9%").metric == "vote share");
  CHECK(OnlyFigure(election, "58 seats").metric == "seats");
  CHECK(OnlyFigure(election, "71.3%").metric == "turnout");
}

TEST_CASE("meaning: an airline's capacity is no power capacity, and 'inflation-adjusted' no inflation", "[figures][meaning]") {
  const std::string airline = "Talvern Air said fourth-quarter capacity will rise 3 percent to 4 percent.";
  CHECK(OnlyFigure(airline, "3 percent to 4 percent").metric == std::nullopt);
  const std::string grid = "The utility said its generation capacity will rise 4 percent next year.";
  CHECK(OnlyFigure(grid, "4 percent").metric == "power capacity");
  const std::string gdp =
      "Ostland's gross domestic product fell 0.2 percent in inflation-adjusted real terms, shrinking at an annualized "
      "rate of 0.8 percent.";
  CHECK(OnlyFigure(gdp, "0.8 percent").metric != "inflation");
}
