// Periods of extractor v14 (issue 15), from real results and statistics pages of other outlets: a
// fiscal quarter "to" a day and month; in a fiscal text, "the three months ended …" and "the six
// months ended …" the fiscal quarter and half the text reports; the month a quarter "ends in" no
// period of its own; "at the same time last year" another year's; "the first half of the year" of
// the year just named; a number after a month and a comma no day.
#include <catch2/catch.hpp>

#include <string>

#include "dossier/figure.h"
#include "support/figure_lookup.h"

using namespace dossier;

TEST_CASE("A fiscal quarter to a day and month is fiscal, and so are the text's later quarters", "[figures][period]") {
  const std::string text =
      "Harrowgate Networks lifts payout\n\n"
      "BRINDLEPORT, 12 February 2026 — Harrowgate Networks said revenue for its fiscal second quarter to 24 January "
      "rose 3 percent to $9.4 billion. Product revenue rose 4 percent in Q2. For the third quarter, the company "
      "forecast revenue of $9.6 billion.";
  CHECK(OnlyFigure(text, "$9.4 billion").period == "Q2 FY2026");
  CHECK(OnlyFigure(text, "4 percent").period == "Q2 FY2026");
  CHECK(OnlyFigure(text, "$9.6 billion").period == "Q3 FY2026");
}

TEST_CASE("In a fiscal text the three and six months ended a date are its fiscal quarter and half", "[figures][period]") {
  const std::string text =
      "Quillon Software profit rises\n\n"
      "ASHMERE, 25 January 2027 — Quillon Software said profit for its fiscal second quarter rose 6 percent and kept "
      "its outlook for fiscal 2027.\n"
      "For the three months ended Dec. 31, Quillon reported net income of $2.41 billion.\n"
      "For the current third quarter that ends in March, it expects revenue of $7.9 billion.\n"
      "For the six months ended Dec. 31, Quillon earned $4.77 billion.";
  CHECK(OnlyFigure(text, "$2.41 billion").period == "Q2 FY2027");
  CHECK(OnlyFigure(text, "$7.9 billion").period == "Q3 FY2027");
  CHECK(OnlyFigure(text, "$4.77 billion").period == "H1 FY2027");
  // Without a fiscal year named, the three months to December are the calendar quarter.
  const std::string calendar =
      "Quillon Farms results\n\nASHMERE, 25 January 2027 — For the three months ended Dec. 31, Quillon Farms "
      "reported net income of $41 million.";
  CHECK(OnlyFigure(calendar, "$41 million").period == "Q4 2026");
}

TEST_CASE("At the same time last year is another year's period, not the reported figure's", "[figures][period]") {
  const std::string text =
      "Tessaly Foods results\n\n"
      "CORVAL, 16 December 2026 — Tessaly Foods said its second-quarter profit rose.\n"
      "The company said on Monday it earned $61 million, compared with $53 million at the same time last year.";
  const Figure earned = OnlyFigure(text, "$61 million");
  CHECK(earned.period != "2025");
}

TEST_CASE("The first half of the year is of the year just named", "[figures][period]") {
  const std::string text =
      "Pellmarsh grid report\n\n"
      "DUNCOVE, 30 April 2027 — Slower winds cut output at Pellmarsh wind farms in 2026, especially during the "
      "first half of the year when generation dropped by 14% compared with the same period in 2025.";
  CHECK(OnlyFigure(text, "14%").period == "H1 2026");
  // Without a year named before it, the year is the dateline's.
  const std::string undated =
      "Pellmarsh grid report\n\nDUNCOVE, 30 August 2027 — In the first half of the year generation dropped by 9%.";
  CHECK(OnlyFigure(undated, "9%").period == "H1 2027");
}

TEST_CASE("A number after a month and a comma is no day of that month", "[figures][period]") {
  const std::string text =
      "Ferrandale home sales\n\n"
      "OSTWICK, 28 October 2026 — There were 41,207 sales across Ferrandale in July, 9% more than the same month a "
      "year earlier.";
  CHECK(OnlyFigure(text, "41,207 sales").period == "2026-07");
  CHECK(OnlyFigure(text, "9%").period == "2026-07");
  // A day written after its month still is one.
  CHECK(OnlyFigure("Ferrandale\n\nOSTWICK, 28 October 2026 — Shares fell 3% on July 9.", "3%").period == "2026-07-09");
}
