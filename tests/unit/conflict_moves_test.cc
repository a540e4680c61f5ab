// A source that reports a move ("cut its rate from 4.25% to 4%") states where the measure moved to:
// the value the move started from is no dispute of another source's new value (on a real central
// bank's cut this had been the briefing's whole Why it matters). Invented bank and values.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/figure.h"
#include "project/proj_figures.h"

using namespace dossier;

namespace {

Figure Rate(double value, const std::string& surface, uint64_t begin) {
  Figure f;
  f.kind = FigureKind::kPercent;
  f.value = value;
  f.unit = "percent";
  f.metric = "interest rate";
  f.subject = "Bank of Ostrelia";
  f.period = "2026-03-05";
  f.period_kind = "actual";
  f.sentence = {0, 90};
  f.span = {begin, begin + surface.size()};
  f.surface = surface;
  return f;
}

// A source's move from `from` to `to` beside another source's `elsewhere`, as FindConflicts reads them.
std::vector<FigureRef> MoveBeside(SourceFigures& mover, SourceFigures& other, double from, double to, double elsewhere) {
  Figure start = Rate(from, "3.75%", 30), end = Rate(to, "3.5%", 42);
  start.change = FigureChange{"from", end.span.begin, std::nullopt};
  end.change = FigureChange{"to", start.span.begin, std::nullopt};
  end.period.reset();  // the day read for the move's start only, as a real extraction did
  mover.extracted.source_id = "mover";
  mover.extracted.figures = {{"m1", start}, {"m2", end}};
  other.extracted.source_id = "other";
  other.extracted.figures = {{"o1", Rate(elsewhere, "3.5%", 20)}};
  return {{&other, &other.extracted.figures[0]}, {&mover, &mover.extracted.figures[0]}, {&mover, &mover.extracted.figures[1]}};
}

}  // namespace

TEST_CASE("conflicts: the value a move started from disputes no source that states where it moved to", "[figures][conflicts]") {
  SourceFigures mover, other;
  CHECK(FindConflicts(MoveBeside(mover, other, 3.75, 3.5, 3.5)).empty());
  // Another source's value that is not where the move went stays a disagreement.
  SourceFigures mover2, other2;
  const std::vector<FigureConflict> kept = FindConflicts(MoveBeside(mover2, other2, 3.75, 3.5, 3.25));
  REQUIRE(kept.size() == 1);
  CHECK(kept[0].values.size() == 2);
}
