// Changes of extractor v20 (issue 15), from real central-bank, GDP-revision, health-bulletin and
// energy pages of other outlets: an old value named by a noun phrase ("from a peak of"), a new value
// after "to a", a rate cut "by" with the verb's object between, "an increase of", "makes up", and
// the day of a move that dates only its new value.
#include <catch2/catch.hpp>

#include <string>

#include "dossier/figure.h"
#include "support/figure_lookup.h"

using namespace dossier;

namespace {

std::string Role(const Figure& f) { return f.change ? f.change->role : ""; }

void CheckLinked(const std::string& text, const std::string& from, const std::string& to) {
  const Figure a = OnlyFigure(text, from), b = OnlyFigure(text, to);
  INFO("text: " << text);
  REQUIRE(a.change);
  REQUIRE(b.change);
  CHECK(a.change->role == "from");
  CHECK(b.change->role == "to");
  CHECK(a.change->other_begin == b.span.begin);
  CHECK(b.change->other_begin == a.span.begin);
}

}  // namespace

TEST_CASE("An old value named by a noun phrase is still a move's start", "[figures][changes]") {
  CheckLinked("Farm output was revised down from an annualised rate of 3.1 percent to 2.7 percent.", "3.1 percent",
              "2.7 percent");
  CheckLinked("Investment was revised up from a decline of 1.4 percent to a 0.6 percent gain.", "1.4 percent",
              "0.6 percent");
  CheckLinked("Imports were revised from a 9.0 percent drop to just a 2.2 percent drop.", "9.0 percent", "2.2 percent");
  // "to A, from the B": the comma does not part them.
  CheckLinked("The agency revised its estimate of growth to 1.2 percent, from the 0.9 percent it reported in May.",
              "0.9 percent", "1.2 percent");
  // A start with no end in the text, past a qualifier.
  CHECK(Role(OnlyFigure("The Ardena policy rate has fallen from a peak of over 9 percent in 2019.", "9 percent")) == "from");
  // "up from a previous high of …": the start of the move to the level stated before it.
  CheckLinked("Marrowby shipped 6.1m tonnes in June, up from a previous high of 5.8m tonnes in March.", "5.8m tonnes",
              "6.1m tonnes");
  CHECK(PeriodOf("KELDEN, 9 July 2026 — Marrowby shipped 6.1m tonnes in June, up from a previous high of 5.8m tonnes in "
                 "March.",
                 "5.8m tonnes", "2026-07-09") == "2026-03");
}

TEST_CASE("The size of a move after its verb's object, or a noun and of", "[figures][changes]") {
  CHECK(Role(OnlyFigure("The Tessaly central bank cut its main interest rate by 50 basis points to 5 percent.",
                        "50 basis points")) == "delta");
  CHECK(Role(OnlyFigure("The council trimmed borrowing costs by 0.25 percentage points.", "0.25 percentage points")) ==
        "delta");
  CHECK(Role(OnlyFigure("Ward admissions saw an increase of 521 since Friday.", "521")) == "delta");
  CHECK(Role(OnlyFigure("Economists expected a monthly rise of 0.4% in prices.", "0.4%")) == "delta");
  // No move: a count helped along by something, a storm's surge, a share that "makes up" a whole.
  CHECK(Role(OnlyFigure("Sales rose, helped by 3 new stores.", "3 new stores")) == "");
  CHECK(Role(OnlyFigure("Forecasters expect a surge of 8 to 12 feet.", "8 to 12 feet")) == "");
  CHECK(Role(OnlyFigure("Coal makes up 62% of the plants to close.", "62%")) == "");
  CHECK(Role(OnlyFigure("Solar took up 40% of new capacity.", "40%")) == "");
}

TEST_CASE("A move made on a day dates its new value only", "[figures][changes]") {
  const std::string text =
      "VARNHOLT, 12 March 2026 — The Varnholt central bank cut its policy rate from 4.25 to 4 percent on Thursday.";
  CHECK(PeriodOf(text, "4 percent", "2026-03-12") == "2026-03-12");
  CHECK(PeriodOf(text, "4.25", "2026-03-12") == "-");
  // Two days named, each keeps its own.
  const std::string two_days =
      "TARNOW, 14 May 2026 — Harlow shares fell from $41.20 on Monday to $37.05 on Tuesday.";
  CHECK(PeriodOf(two_days, "$41.20", "2026-05-14") == "2026-05-11");
  CHECK(PeriodOf(two_days, "$37.05", "2026-05-14") == "2026-05-12");
}
