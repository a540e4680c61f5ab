// Periods of extractor v13 (issue 15), from real wire copy and results stories: a result carries the
// period of the short wire paragraphs before it; datelines in the forms outlets open a story with;
// periods named as another year's ("the year-ago quarter", "the same period last year"); fiscal
// quarters named by the month they run to; a share's move on a weekday; two values listed under one
// expectation; and one figure written to fewer digits as the same quantity.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/figure.h"
#include "extract/figure_period.h"
#include "project/figure_quantity.h"
#include "project/proj_figures.h"
#include "support/figure_lookup.h"

using namespace dossier;

TEST_CASE("A result carries the period of the short wire paragraphs before it", "[figures][period]") {
  const std::string text =
      "Quorrick Farm Supply cuts outlook\n\n"
      "TEMBRIDGE, 10 September 2026 — Quorrick Farm Supply reported a lower quarterly profit and cut its "
      "full-year forecast.\n\n"
      "Second-quarter net income fell to $5.2 million from $6.3 million a year earlier.\n\n"
      "Revenue rose 32 percent to $410.1 million.\n\n"
      "Analysts on average expected revenue of $401.9 million.\n\n"
      "The company employs 2,140 people.";
  CHECK(OnlyFigure(text, "$5.2 million").period == "Q2 2026");
  CHECK(OnlyFigure(text, "$6.3 million").period == "Q2 2025");
  CHECK(OnlyFigure(text, "32 percent").period == "Q2 2026");
  CHECK(OnlyFigure(text, "$410.1 million").period == "Q2 2026");
  CHECK(OnlyFigure(text, "$401.9 million").period == "Q2 2026");
  // A headcount is no result of a period: it does not go on with the paragraphs before.
  CHECK_FALSE(OnlyFigure(text, "2,140 people").period.has_value());
  // A long paragraph states its own context: no carrying across it.
  const std::string long_paragraph =
      "Quorrick results\n\nTEMBRIDGE, 10 September 2026 — Quorrick said it earned $9.1 million in 2025.\n\n" +
      std::string(40, ' ') +
      "The farm supplier, which sells seed, feed, fencing and machinery parts to growers across the northern plains "
      "and has been expanding into irrigation equipment and services through a string of small acquisitions, said "
      "its stores had been busy throughout the summer months despite the dry weather in several states.\n\n"
      "Revenue rose 32 percent.";
  CHECK_FALSE(OnlyFigure(long_paragraph, "32 percent").period.has_value());
}

TEST_CASE("Datelines in the forms outlets open a story with", "[figures][period]") {
  auto dated = [](const std::string& opening) {
    return extract::FindDateline("Ostrelle results\n\n" + opening + " Ostrelle said revenue rose 5% last year.");
  };
  for (const std::string opening : {"LONDON — February 4, 2026.", "LONDON, Wednesday 4 February 2026:",
                                    "By Marit Solberg, February 4, 2026", "Updated February 4, 2026 10:32 am ET",
                                    "LONDON (Wirepress) - Feb 4, 2026 -", "February 4, 2026"}) {
    INFO(opening);
    const extract::Dateline d = dated(opening);
    CHECK(d.year == 2026);
    CHECK(d.month == 2);
    CHECK(d.day == 4);
  }
  // A date in the body names an event, not the story's date; a month without its day dates nothing there.
  CHECK(extract::FindDateline("Ostrelle results\n\nOstrelle, founded in March 1998, said revenue rose for a fifth year as "
                              "its northern stores drew more shoppers.").year == 0);
  // An ISO date is no split fiscal year ("2026-02" is not FY2002).
  CHECK(PeriodsIn("2026-02-04 OSLO - Revenue fell in the fourth quarter.", {2026, 2, 4}) == std::vector<std::string>{"Q4 2025"});
  CHECK(PeriodsIn("Revenue for 2025/26 rose.", {2026, 5, 4}) == std::vector<std::string>{"FY2026"});
}

TEST_CASE("Periods named as another year's", "[figures][period]") {
  const std::string lead = "Zorvex results\n\nKALDOR, 5 November 2026 — Zorvex Corp reported third-quarter results on Wednesday.\n\n";
  auto period_of = [&](const std::string& body, const std::string& surface) {
    return OnlyFigure(lead + body, surface).period.value_or("-");
  };
  CHECK(period_of("Revenue rose to $5.1 billion from $4.6 billion in the same quarter last year.", "$4.6 billion") == "Q3 2025");
  CHECK(period_of("Revenue rose to $5.1 billion from $4.6 billion in the same quarter last year.", "$5.1 billion") == "Q3 2026");
  CHECK(period_of("Net income was $1.2 billion, compared with $900 million in the year-ago quarter.", "$900 million") == "Q3 2025");
  CHECK(period_of("Revenue was $5.1 billion, up from $4.6 billion in the prior-year quarter.", "$4.6 billion") == "Q3 2025");
  CHECK(period_of("Net income was $1.2 billion. Sales in the year-earlier period were $4.6 billion.", "$4.6 billion") == "Q3 2025");
  CHECK(period_of("In the same period last year, it earned $900 million.", "$900 million") == "Q3 2025");
  CHECK(period_of("Revenue was $5.1 billion, compared with $4.6 billion in the third quarter last year.", "$4.6 billion") == "Q3 2025");
  CHECK(period_of("Revenue in the nine months to September was $14.8 billion, against $13.1 billion in the same period of 2025.",
                  "$13.1 billion") == "9M 2025");
  // A quarter named later goes on with the quarter reported, not with the year-ago one.
  CHECK(period_of("Net income was $1.2 billion, down from $1.5 billion in the same period a year earlier. "
                  "Cloud revenue was $2.2 billion in the quarter.",
                  "$2.2 billion") == "Q3 2026");
}

TEST_CASE("Fiscal quarters named by the month they run to", "[figures][period]") {
  const extract::Dateline jan{2026, 1, 29};
  CHECK(PeriodsIn("Revenue for its fiscal first quarter to December fell. For fiscal Q2 it expects growth.", jan) ==
        std::vector<std::string>{"Q1 FY2026", "Q2 FY2026"});
  CHECK(PeriodsIn("Revenue for its fiscal first quarter ended Dec. 28 rose.", jan) == std::vector<std::string>{"Q1 FY2026"});
  CHECK(PeriodsIn("It reported first-quarter fiscal 2026 revenue of $124.3 billion.", jan) == std::vector<std::string>{"Q1 FY2026"});
}

TEST_CASE("A share's move is of the weekday its sentence names", "[figures][period]") {
  const std::string text =
      "Marbeck cuts forecast\n\n"
      "Jan 12, 2027 - Marbeck Jewellers cut its full-year profit forecast.\n\n"
      "Marbeck's shares fell 11.7 percent to $91.34 in early trading on Monday after the company said it now "
      "expected a profit of $4.15 per share in the year ending Jan. 31.";
  CHECK(OnlyFigure(text, "11.7 percent").period == "2027-01-11");
  CHECK(OnlyFigure(text, "$91.34").period == "2027-01-11");
  CHECK(OnlyFigure(text, "$4.15 per share").period == "FY2027");
}

namespace {

Figure Inflation(double value, uint64_t at, const std::string& prefix) {
  Figure f;
  f.kind = FigureKind::kPercent;
  f.value = value;
  f.unit = "percent";
  f.metric = "inflation";
  f.subject = "Varnland";
  f.period = "2026-02";
  f.period_kind = "forecast";
  f.sentence = {0, 90};
  f.span = {at, at + 4};
  f.surface = "x.x%";
  f.quote.prefix = prefix;
  return f;
}

}  // namespace

TEST_CASE("Two values listed under one expectation are no rivals", "[figures][period]") {
  // "Economists had expected a monthly rise of 0.4% and an annual rate of 4.0%."
  SourceFigures a;
  a.extracted.source_id = "a";
  Figure monthly = Inflation(0.4, 40, "Economists had expected a monthly rise of ");
  monthly.quote.suffix = " and an annual rate of 4.0%.";
  Figure annual = Inflation(4.0, 67, "a monthly rise of 0.4% and an annual rate of ");
  annual.quote.suffix = ".";
  a.extracted.figures = {{"a1", monthly}, {"a2", annual}};
  std::vector<FigureRef> refs;
  for (const ExtractedFigure& e : a.extracted.figures) refs.push_back({&a, &e});
  CHECK(FindConflicts(refs).empty());
  // "expects 4.5%, above the 4.1% analysts had forecast": rival expectations of one measure.
  Figure own = Inflation(4.5, 40, "The bank expects inflation of ");
  own.quote.suffix = ", above the 4.1% analysts had forecast.";
  Figure analysts = Inflation(4.1, 56, "inflation of 4.5%, above the ");
  analysts.quote.suffix = " analysts had forecast.";
  a.extracted.figures = {{"a1", own}, {"a2", analysts}};
  refs.clear();
  for (const ExtractedFigure& e : a.extracted.figures) refs.push_back({&a, &e});
  CHECK(FindConflicts(refs).size() == 1);
}

TEST_CASE("One figure written to fewer digits is the same quantity", "[figures][period]") {
  auto read = [](const std::string& text) {
    std::vector<Figure> figures = ExtractFigures(text);
    REQUIRE(figures.size() == 1);
    return figures[0];
  };
  const Figure wire = read("The crews voted 94.6% in favour.");
  const Figure radio = read("The crews voted 94.2% in favour.");
  const Figure daily = read("Some 94 per cent of crews voted in favour.");
  CHECK(LastDigitUnit(daily) == 1);
  CHECK(LastDigitUnit(wire) == Approx(0.1));
  CHECK(SameQuantity(wire, daily));   // cut short
  CHECK(SameQuantity(radio, daily));  // rounded
  CHECK_FALSE(SameQuantity(wire, read("The crews voted 94.0% in favour.")));  // both to one decimal
  CHECK(SameQuantity(read("Sales were $1.16 billion."), read("Sales were $1.2 billion.")));
  CHECK(LastDigitUnit(read("Sales were $1.2 billion.")) == Approx(1e8));
  // One digit only is rounded, never cut: $3 billion is $3.4 billion, not $3.9 billion.
  CHECK(SameQuantity(read("Capex of $3.4 billion."), read("Capex of $3 billion.")));
  CHECK_FALSE(SameQuantity(read("Capex of $3.9 billion."), read("Capex of $3 billion.")));
  CHECK_FALSE(SameQuantity(read("Turnout was 71.3%."), read("Turnout was 70%.")));
}
