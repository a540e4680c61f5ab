// What `brief diff` reports between two hand-built briefings: new and revised sources, figures by
// identity (source + metric, else surface), stance shifts, questions opened and resolved, tensions.
#include <catch2/catch.hpp>

#include "brief/briefing_diff.h"
#include "briefing_fixture.h"

using namespace dossier;
using namespace dossier::test;

namespace {

Briefing Before() {
  Briefing b;
  b.story = "ai-roi";
  b.title = "AI ROI";
  b.version = 1;
  b.timestamp = "2026-05-23 18:15 UTC";
  b.log_position = 40;
  b.sources = {Source(1, "aaaaaaaaaaaaaaaa", "First"), Source(2, "bbbbbbbbbbbbbbbb", "Second")};
  b.figures = {MakeFigure("fig-00000000000a", "aaaaaaaaaaaaaaaa", 1, "$3 trillion", 3e12, "ai-capex"),
               MakeFigure("fig-00000000000b", "bbbbbbbbbbbbbbbb", 2, "$0.50", 0.5),
               MakeFigure("fig-00000000000c", "bbbbbbbbbbbbbbbb", 2, "40%", 40)};
  b.open_questions = {Text("Where are the returns?", {1}), Text("Will it be built?", {2})};
  b.tensions = {Text("Cuban vs. Andreessen.", {2})};
  BriefPerspective cuban;
  cuban.actor_id = "mark-cuban";
  cuban.name = "Mark Cuban";
  cuban.points = {Point("2026-05-23", "ai-capex", "against", "first", "Waste.", 2)};
  b.perspectives = {cuban};
  return b;
}

}  // namespace

TEST_CASE("A briefing compared with itself has no changes", "[briefing][diff]") {
  const BriefingDiff diff = DiffBriefings(Before(), Before());
  CHECK(diff.empty());
  CHECK(diff.from.version == 1);
  CHECK(diff.to.sources == 2);
}

TEST_CASE("A briefing diff names new and revised sources, figures, shifts, questions and tensions", "[briefing][diff]") {
  const Briefing from = Before();
  Briefing to = Before();
  to.version = 2;
  to.log_position = 60;
  to.sources[1].version = 2;  // the second source revised
  to.sources.push_back(Source(3, "cccccccccccccccc", "Third"));
  // The labeled metric now says $4 trillion (another figure id: another source version); the
  // unlabeled $0.50 is said again elsewhere (same identity, same value: no change); 40% is gone;
  // the new source brings $600 billion.
  to.figures = {MakeFigure("fig-00000000001a", "aaaaaaaaaaaaaaaa", 1, "$4 trillion", 4e12, "ai-capex"),
                MakeFigure("fig-00000000001b", "bbbbbbbbbbbbbbbb", 2, "$0.50", 0.5),
                MakeFigure("fig-00000000002b", "bbbbbbbbbbbbbbbb", 2, "$0.50", 0.5),
                MakeFigure("fig-00000000001c", "cccccccccccccccc", 3, "$600 billion", 6e11)};
  to.open_questions = {Text("Where are the returns?", {1}), Text("Who pays for the power?", {3})};
  to.tensions.push_back(Text("Cuban vs. SemiAnalysis.", {2, 3}));
  to.perspectives[0].points.push_back(Point("2026-05-30", "ai-capex", "strongly_against", "shifted", "Worse.", 3));
  BriefPerspective marc;
  marc.actor_id = "marc-andreessen";
  marc.name = "Marc Andreessen";
  marc.points = {Point("2026-05-30", "value-capture", "for", "first", "Hardware wins.", 3)};
  to.perspectives.push_back(marc);

  const BriefingDiff diff = DiffBriefings(from, to);
  CHECK(diff.to.version == 2);
  CHECK(diff.to.log_position == 60);
  REQUIRE(diff.new_sources.size() == 1);
  CHECK(diff.new_sources[0].source_id == "cccccccccccccccc");
  CHECK(diff.new_sources[0].number == 3);
  REQUIRE(diff.revised_sources.size() == 1);
  CHECK(diff.revised_sources[0].before.version == 1);
  CHECK(diff.revised_sources[0].after.version == 2);

  REQUIRE(diff.new_figures.size() == 1);
  CHECK(diff.new_figures[0].surface == "$600 billion");
  REQUIRE(diff.removed_figures.size() == 1);
  CHECK(diff.removed_figures[0].surface == "40%");
  REQUIRE(diff.changed_figures.size() == 1);
  CHECK(diff.changed_figures[0].before.at(0).surface == "$3 trillion");
  CHECK(diff.changed_figures[0].after.at(0).surface == "$4 trillion");

  REQUIRE(diff.stance_shifts.size() == 2);
  CHECK(diff.stance_shifts[0].actor_id == "mark-cuban");
  CHECK(diff.stance_shifts[0].from == std::optional<std::string>("against"));
  CHECK(diff.stance_shifts[0].point.stance == "strongly_against");
  CHECK(diff.stance_shifts[1].actor_id == "marc-andreessen");
  CHECK_FALSE(diff.stance_shifts[1].from.has_value());

  REQUIRE(diff.questions_opened.size() == 1);
  CHECK(diff.questions_opened[0].text == "Who pays for the power?");
  REQUIRE(diff.questions_resolved.size() == 1);
  CHECK(diff.questions_resolved[0].text == "Will it be built?");
  REQUIRE(diff.new_tensions.size() == 1);
  CHECK(diff.new_tensions[0].text == "Cuban vs. SemiAnalysis.");

  const std::string json = RenderBriefingDiffJson(diff);
  CHECK_THAT(json, Catch::StartsWith(R"({"story":"ai-roi","from":{"version":1,)"));
  CHECK_THAT(json, Catch::Contains(R"("surface":"$600 billion")"));
  CHECK_THAT(json, Catch::Contains(R"("from":"against","point":{"date":"2026-05-30")"));
}

TEST_CASE("An unlabeled figure whose text changed is one removed and one new", "[briefing][diff]") {
  const Briefing from = Before();
  Briefing to = Before();
  to.figures[1] = MakeFigure("fig-00000000001b", "bbbbbbbbbbbbbbbb", 2, "$0.55", 0.55);
  const BriefingDiff diff = DiffBriefings(from, to);
  REQUIRE(diff.new_figures.size() == 1);
  CHECK(diff.new_figures[0].surface == "$0.55");
  REQUIRE(diff.removed_figures.size() == 1);
  CHECK(diff.removed_figures[0].surface == "$0.50");
  CHECK(diff.changed_figures.empty());
}
