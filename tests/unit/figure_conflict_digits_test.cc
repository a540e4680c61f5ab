// Two sources' exact values of one measure disagree unless one is the other written to fewer digits
// (issue 15): turnouts of 76.4% and 76.6%, or 84% and 82.5%, are two values, though within 2% of
// each other; 28.52% and 28.5% are one; an outcome beside a forecast is kept to the old tolerance.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/figure.h"
#include "project/figure_quantity.h"
#include "project/proj_figures.h"

using namespace dossier;

namespace {

Figure Turnout(double value, const std::string& surface, Approximation approx = Approximation::kExact,
               const std::string& kind = "actual") {
  Figure f;
  f.kind = FigureKind::kPercent;
  f.value = value;
  f.unit = "percent";
  f.approx = approx;
  f.metric = "turnout";
  f.subject = "Velmark federal election";
  f.period = "2025";
  f.period_kind = kind;
  f.sentence = {10, 90};
  f.span = {10, 10 + surface.size()};
  f.surface = surface;
  return f;
}

size_t Conflicts(const Figure& x, const Figure& y) {
  SourceFigures a, b;
  a.extracted.source_id = "a";
  b.extracted.source_id = "b";
  a.extracted.figures = {{"a1", x}};
  b.extracted.figures = {{"b1", y}};
  const std::vector<FigureRef> refs = {{&a, &a.extracted.figures[0]}, {&b, &b.extracted.figures[0]}};
  return FindConflicts(refs).size();
}

}  // namespace

TEST_CASE("Exact values in digits disagree unless one rounds the other", "[figures][conflicts]") {
  CHECK(Conflicts(Turnout(76.4, "76.4%"), Turnout(76.6, "76.6%")) == 1);
  CHECK(Conflicts(Turnout(84, "84%"), Turnout(82.5, "82.5%")) == 1);
  CHECK(Conflicts(Turnout(28.52, "28.52%"), Turnout(28.5, "28.5%")) == 0);  // rounded
  CHECK(Conflicts(Turnout(83, "83%"), Turnout(82.6, "82.6%")) == 0);        // rounded
  // "about 83%" is as near as it says: within the tolerance of a word of approximation.
  CHECK(Conflicts(Turnout(83, "83%", Approximation::kApproximate), Turnout(82.5, "82.5%")) == 0);
  // And the same quantity only when one rounds the other (trace's "same quantity", the lede's backing).
  CHECK_FALSE(SameQuantity(Turnout(76.4, "76.4%"), Turnout(76.6, "76.6%")));
  CHECK(SameQuantity(Turnout(28.52, "28.52%"), Turnout(28.5, "28.5%")));
  CHECK(SameQuantity(Turnout(76.4, "76.4%"), Turnout(76.4, "76.40%")));
  // An outcome against a forecast of it is no conflict for a small gap.
  CHECK(Conflicts(Turnout(76.4, "76.4%", Approximation::kExact, "forecast"), Turnout(76.6, "76.6%")) == 0);
}
