// Figures in the shapes of the world's press beyond business English (issue 15): match scores,
// German ranges, changes and per-units, rates per population, and what such figures measure and
// when (Chinese, German and weekday periods; election, health, energy and sport metrics).
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "dossier/figure.h"
#include "extract/figure_period.h"
#include "support/figure_lookup.h"

using namespace dossier;

TEST_CASE("A match score is two counts, one per side, never a range", "[figures][world]") {
  const std::string text = "Harbour City beat Rovers 3-1 on Saturday, a week after a 1-3 defeat and a 2–2 draw.";
  CHECK(Surfaces(text) == std::vector<std::string>{"3", "1", "1", "3", "2", "2"});
  for (const Figure& f : ExtractFigures(text)) {
    CHECK(f.kind == FigureKind::kCount);
    CHECK_FALSE(f.value_high.has_value());
  }
  // A range keeps its unit, and a rising pair of bare numbers with no result after it stays a range.
  const Figure range = OnlyFigure("Margins of 5-10% are typical.", "5-10%");
  CHECK(range.value == 5);
  CHECK(range.value_high == 10);
}

TEST_CASE("A German fiscal year: Geschäftsjahr 2025 is FY2025", "[figures][world]") {
  CHECK(OnlyFigure("Im Gesch\xc3\xa4" "ftsjahr 2025 stieg der Umsatz auf 4,2 Mrd. Euro.", "4,2 Mrd. Euro").period == "FY2025");
}

TEST_CASE("German ranges with bis, changes with von … auf, per-units with je, nouns capitalised", "[figures][world]") {
  const std::string text =
      "FRANKFURT, 12. März 2026 — Für 2026 plant der Konzern Investitionen von 6,5 bis 7 Mrd. Euro. "
      "Die Dividende soll von 1,05 € auf 1,15 € je Aktie steigen. Der DAX stieg auf 23.415,27 Punkte.";
  const Figure range = OnlyFigure(text, "6,5 bis 7 Mrd. Euro");
  CHECK(range.value == Approx(6.5e9));
  CHECK(range.value_high == Approx(7e9));
  CHECK(range.unit == "EUR");
  CHECK(range.metric == "capital expenditure");
  CHECK(range.period == "2026");

  const Figure from = OnlyFigure(text, "1,05 €");
  const Figure to = OnlyFigure(text, "1,15 € je Aktie");
  CHECK(from.kind == FigureKind::kRate);
  CHECK(from.per == "aktie");
  CHECK(to.per == "aktie");
  CHECK(to.value == Approx(1.15));
  REQUIRE(from.change.has_value());
  CHECK(from.change->role == "from");
  REQUIRE(to.change.has_value());
  CHECK(to.change->role == "to");

  const Figure level = OnlyFigure(text, "23.415,27 Punkte");
  CHECK(level.kind == FigureKind::kCount);
  CHECK(level.value == Approx(23415.27));
  CHECK(level.unit == "punkte");
}

TEST_CASE("A rate per an amount of population keeps the amount in its per-unit", "[figures][world]") {
  const Figure f = OnlyFigure("The rate was highest among children, at 390 cases per 100,000 residents.",
                        "390 cases per 100,000 residents");
  CHECK(f.kind == FigureKind::kRate);
  CHECK(f.value == 390);
  CHECK(f.unit == "cases");
  CHECK(f.per == "100,000 residents");
  CHECK(f.metric == "cases");
}

TEST_CASE("Chinese periods: quarters, nine months, halves, month ends, relative years", "[figures][world]") {
  const extract::Dateline dated{2025, 10, 28};
  CHECK(PeriodsIn("前三季度实现营业收入", dated) == std::vector<std::string>{"9M 2025"});
  CHECK(PeriodsIn("2024年第三季度营收", dated) == std::vector<std::string>{"Q3 2024"});
  CHECK(PeriodsIn("其中三季度营收", dated) == std::vector<std::string>{"Q3 2025"});
  CHECK(PeriodsIn("上半年净利润", dated) == std::vector<std::string>{"H1 2025"});
  CHECK(PeriodsIn("截至9月底，员工", dated) == std::vector<std::string>{"2025-09"});
  CHECK(PeriodsIn("去年营收，明年计划", dated) == std::vector<std::string>{"2024", "2026"});
  CHECK(PeriodsIn("2026财年", dated) == std::vector<std::string>{"FY2026"});
  // 周二 is the Tuesday on or before the dateline, Tuesday 28 October 2025.
  CHECK(PeriodsIn("公司周二公布", dated) == std::vector<std::string>{"2025-10-28"});
  CHECK(PeriodsIn("股价周三收涨", {2025, 10, 30}) == std::vector<std::string>{"2025-10-29"});
}

TEST_CASE("English and German periods: fiscal quarters, halves, nine months, weekdays, datelines", "[figures][world]") {
  const extract::Dateline dated{2026, 1, 22};
  CHECK(PeriodsIn("its Q3 FY26 profit", dated) == std::vector<std::string>{"Q3 FY2026"});
  CHECK(PeriodsIn("for the third quarter of FY26", dated) == std::vector<std::string>{"Q3 FY2026"});
  CHECK(PeriodsIn("in the second half of fiscal 2026", dated) == std::vector<std::string>{"H2 FY2026"});
  CHECK(PeriodsIn("H1 2026 sales", dated) == std::vector<std::string>{"H1 2026"});
  CHECK(PeriodsIn("in the nine months to September", dated) == std::vector<std::string>{"9M 2025"});
  CHECK(PeriodsIn("shares fell on Monday", dated) == std::vector<std::string>{"2026-01-19"});
  CHECK(PeriodsIn("am Donnerstag", dated) == std::vector<std::string>{"2026-01-22"});

  const extract::Dateline german = extract::FindDateline("FRANKFURT, 12. März 2026 — Der DAX");
  CHECK(german.year == 2026);
  CHECK(german.month == 3);
  CHECK(german.day == 12);
  const extract::Dateline english = extract::FindDateline("LONDON, February 6, 2026 — Shares");
  CHECK(english.day == 6);
  CHECK(english.month == 2);
}

TEST_CASE("A weekday gives way to the period its clause names", "[figures][world]") {
  const std::string text =
      "SAN FRANCISCO, 6 February 2026 — Orchard said on Tuesday that revenue in the fourth quarter rose to $12 billion. "
      "Its shares fell 4% on Wednesday.";
  CHECK(OnlyFigure(text, "$12 billion").period == "Q4 2025");
  CHECK(OnlyFigure(text, "4%").period == "2026-02-04");
}

TEST_CASE("Metrics of elections, health, sport and energy", "[figures][world]") {
  const std::string vote =
      "VALMORA, 9 March 2026 — The Centre Alliance took 38.6% of the vote, or about 4.1 million votes, and 162 seats. "
      "Turnout was 67.4 per cent.";
  CHECK(OnlyFigure(vote, "38.6%").metric == "vote share");
  CHECK(OnlyFigure(vote, "4.1 million votes").metric == "votes");
  CHECK(OnlyFigure(vote, "162 seats").metric == "seats");
  CHECK(OnlyFigure(vote, "67.4 per cent").metric == "turnout");

  const std::string health = "The office reported 214 deaths. Vaccination coverage reached 58.2%.";
  CHECK(OnlyFigure(health, "214 deaths").metric == "deaths");
  CHECK(OnlyFigure(health, "58.2%").metric == "vaccination rate");

  CHECK(OnlyFigure("Okafor, signed for £48 million in August, scored again.", "£48 million").metric == "transfer fee");
  CHECK(OnlyFigure("Brent crude settled at $82 a barrel.", "$82 a barrel").metric == "price");
  CHECK(OnlyFigure("The economy grew 2.1% as inflation eased to 3.4%.", "3.4%").metric == "inflation");
}

TEST_CASE("Table cells measure what their column header or the text before the table names", "[figures][world]") {
  const std::string text =
      "LONDON, 12 February 2026 — The table adds up the capital expenditure of four companies.\n\n"
      "| Year | Growth (%) |\n|---|---|\n| 2025 | 78 |\n\n"
      "| Company | Revenue ($bn) |\n|---|---|\n| Meta | 201 |\n";
  CHECK(OnlyFigure(text, "78").metric == "capital expenditure");
  CHECK(OnlyFigure(text, "78").period == "2025");
  CHECK(OnlyFigure(text, "201").metric == "revenue");
}

TEST_CASE("A sentence without a period goes on with its paragraph's, not across paragraphs", "[figures][world]") {
  const std::string text =
      "SANTA CLARA, 26 February 2026 — Caldera reported revenue of $39.3 billion for the fourth quarter. "
      "Data-centre revenue was $35.6 billion.\n\nIts gross margin was 73%.";
  CHECK(OnlyFigure(text, "$35.6 billion").period == "Q4 2025");
  CHECK_FALSE(OnlyFigure(text, "73%").period.has_value());
}

TEST_CASE("Times and dates that look like amounts are not read as them", "[figures][world]") {
  // "a year earlier" says when, not per what; "the first nine months of" is a period; "12. März" a date.
  const Figure f = OnlyFigure("Advances grew to ₹3.08 lakh crore from ₹2.71 lakh crore a year earlier.", "₹2.71 lakh crore");
  CHECK_FALSE(f.per.has_value());
  CHECK(Surfaces("For the first nine months of the year, profit was Rs 11,940 crore.") ==
        std::vector<std::string>{"Rs 11,940 crore"});
  CHECK(Surfaces("FRANKFURT, 12. März 2026 — Der DAX hat am Donnerstag 0,8 Prozent zugelegt.") ==
        std::vector<std::string>{"0,8 Prozent"});
}

TEST_CASE("Currencies named with their country, and after a scale word", "[figures][world]") {
  const std::string text =
      "Revenue reached 1.45 billion U.S. dollars, exports 93.34 billion US dollars, and the fund 5.6 billion "
      "Australian dollars, 2 billion Hong Kong dollars and 700 million Swiss francs. It will invest 3 billion "
      "pounds and 53.6 trillion won, and raised USD1.2bn; the shares closed at 142.60 kronor. The parcel weighed 5 pounds.";
  const Figure us = OnlyFigure(text, "1.45 billion U.S. dollars");
  CHECK(us.kind == FigureKind::kMoney);
  CHECK(us.unit == "USD");
  CHECK(us.value == 1.45e9);
  CHECK(OnlyFigure(text, "93.34 billion US dollars").unit == "USD");
  CHECK(OnlyFigure(text, "5.6 billion Australian dollars").unit == "AUD");
  CHECK(OnlyFigure(text, "2 billion Hong Kong dollars").unit == "HKD");
  CHECK(OnlyFigure(text, "3 billion pounds").unit == "GBP");
  CHECK(OnlyFigure(text, "53.6 trillion won").unit == "KRW");
  const Figure glued = OnlyFigure(text, "USD1.2bn");
  CHECK(glued.unit == "USD");
  CHECK(glued.value == 1.2e9);
  CHECK(OnlyFigure(text, "142.60 kronor").unit == "SEK");
  // Pounds without a scale word are as likely a weight: not read as money.
  for (const Figure& f : ExtractFigures(text)) CHECK_FALSE((f.surface == "5 pounds" && f.kind == FigureKind::kMoney));
}

TEST_CASE("Energy in spelled watt-hours, capacities after a country, rates per a bare population", "[figures][world]") {
  const std::string text =
      "Its turbines generated 4.2 terawatt-hours, its batteries store 310 megawatt-hours and a home uses 12,400 "
      "kilowatt hours. Its largest markets were Norway with 3,215MW, Germany 39,165MW and Spain 40 GW. The rate "
      "among people over 65 is 288.3 per 100,000, against 54.2 per 100,000 in 2024.";
  CHECK(OnlyFigure(text, "4.2 terawatt-hours").unit == "TWh");
  CHECK(OnlyFigure(text, "310 megawatt-hours").unit == "MWh");
  CHECK(OnlyFigure(text, "12,400 kilowatt hours").unit == "kWh");
  CHECK(OnlyFigure(text, "39,165MW").value == 39165);
  CHECK(OnlyFigure(text, "40 GW").unit == "GW");
  const Figure rate = OnlyFigure(text, "288.3 per 100,000");
  CHECK(rate.kind == FigureKind::kRate);
  CHECK(rate.per == "100,000");
  CHECK(OnlyFigure(text, "54.2 per 100,000").value == 54.2);
}

TEST_CASE("Scaled values are exact to the digits written: Rs 2.3 lakh is 230000", "[figures][world]") {
  CHECK(OnlyFigure("It earned Rs 2.3 lakh.", "Rs 2.3 lakh").value == 230000);
  CHECK(OnlyFigure("It earned $0.07 billion.", "$0.07 billion").value == 7e7);
}

TEST_CASE("Table cells that write their own scale take the metric of their row and the quarter of their column", "[figures][world]") {
  const std::string text =
      "Norrvik Telecom's last four quarters.\n\n"
      "| | Q1 24 | Q2'24 | 3Q24 |\n"
      "|---|---|---|---|\n"
      "| Revenue | 1.42 B | 1.51 B | 1.60 B |\n"
      "| Net income | 210 M | 245 M | 260 M |\n";
  const Figure first = OnlyFigure(text, "1.42 B");
  CHECK(first.value == 1.42e9);
  CHECK(first.metric == "revenue");
  CHECK(first.period == "Q1 2024");
  CHECK(OnlyFigure(text, "1.51 B").period == "Q2 2024");
  CHECK(OnlyFigure(text, "1.60 B").period == "Q3 2024");
  const Figure income = OnlyFigure(text, "245 M");
  CHECK(income.value == 2.45e8);
  CHECK(income.metric == "net income");
  // A capital letter that is not alone is no scale: "3 M&A deals".
  for (const Figure& f : ExtractFigures("It closed 3 M&A deals.")) CHECK(f.value == 3);
}

TEST_CASE("Clock times in British style are times, a Change column holds moves", "[figures][world]") {
  for (const Figure& f : ExtractFigures("Stocks at a high numbered 214 at 3.30 pm and 9 by 11am; trading opened at 9.15 a.m.")) {
    CHECK((f.surface == "214" || f.surface == "9"));
  }
  const std::string text =
      "| Index | Close | Change | Exchange rate |\n"
      "|---|---|---|---|\n"
      "| Sensex | 73,902.45 | -0.55% | 83.2 |\n";
  CHECK_FALSE(OnlyFigure(text, "73,902.45").change.has_value());
  const Figure move = OnlyFigure(text, "-0.55%");
  REQUIRE(move.change.has_value());
  CHECK(move.change->role == "delta");
  CHECK_FALSE(move.change->basis.has_value());
  CHECK_FALSE(OnlyFigure(text, "83.2").change.has_value());
  CHECK(OnlyFigure("| Unit | Revenue | YoY (%) |\n|---|---|---|\n| Cloud | 12.0 | 8.1 |\n", "8.1").change->basis == "yoy");
}

TEST_CASE("Units of several words, cents written ¢ or without their zero, prices a bushel and a pound", "[figures][world]") {
  const std::string text =
      "Homes paid 14.2 cents per kilowatt hour, and wholesale power cost $57 per megawatt hour. Storage fell by "
      "87 billion cubic feet; futures settled at $3.41 per million British thermal units. Rates averaged 12.9\xc2\xa2 "
      "after a cut of .35 cent per kWh. Wheat rose to $5.62 a bushel and cattle to $2.05 a pound.";
  const Figure kwh = OnlyFigure(text, "14.2 cents per kilowatt hour");
  CHECK(kwh.value == Approx(0.142));
  CHECK(kwh.per == "kilowatt hour");
  CHECK(OnlyFigure(text, "$57 per megawatt hour").per == "megawatt hour");
  const Figure gas = OnlyFigure(text, "87 billion cubic feet");
  CHECK(gas.kind == FigureKind::kQuantity);
  CHECK(gas.unit == "cu ft");
  CHECK(gas.value == Approx(8.7e10));
  CHECK(OnlyFigure(text, "$3.41 per million British thermal units").per == "million british thermal units");
  const Figure cents = OnlyFigure(text, "12.9\xc2\xa2");
  CHECK(cents.kind == FigureKind::kMoney);
  CHECK(cents.value == Approx(0.129));
  const Figure bare_decimal = OnlyFigure(text, ".35 cent per kWh");
  CHECK(bare_decimal.value == Approx(0.0035));
  CHECK(OnlyFigure(text, "$5.62 a bushel").per == "bushel");
  CHECK(OnlyFigure(text, "$2.05 a pound").per == "pound");
}

TEST_CASE("A bare scaled amount set against money is in its currency, a currency before a sign is the figure's", "[figures][world]") {
  const std::string german =
      "Der Umsatz lag bei 3,84 Milliarden Euro (Vorjahr: 3,61 Mrd.). Rheinchem verdiente 214 Mio. Euro nach 187 Mio. im "
      "Vorjahreszeitraum.";
  const Figure year_before = OnlyFigure(german, "3,61 Mrd.");
  CHECK(year_before.kind == FigureKind::kMoney);
  CHECK(year_before.unit == "EUR");
  CHECK(year_before.value == Approx(3.61e9));
  CHECK(OnlyFigure(german, "187 Mio.").unit == "EUR");  // "im" after it counts nothing
  // Not across a sentence, nor where the second amount is no comparison with the first.
  const Figure workforce =
      OnlyFigure("Spending reached \xc2\xa3" "3.2 billion, and its workforce grew to 1.5 million.", "1.5 million");
  CHECK(workforce.kind == FigureKind::kCount);
  const Figure loss = OnlyFigure("Other income was Rs 2.75 crore versus Rs -0.80 crore.", "Rs -0.80 crore");
  CHECK(loss.unit == "INR");
  CHECK(loss.value == Approx(-8e6));
}
