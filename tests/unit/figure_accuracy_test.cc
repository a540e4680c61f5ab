// The figure extractor's accuracy against the hand labels of tests/labels/figures/ (RULES.md):
// precision, recall and F1 by span and by span + value, on the corpus (the development set) and on
// the held-out articles, which the extractor is never tuned on. Every run prints the scores and
// the misses, so the figures quoted in the README can be checked by running this test.
#include <catch2/catch.hpp>

#include "dossier/figure.h"
#include "support/figure_score.h"

using namespace dossier;

namespace {

struct SetScore {
  MatchCounts span;
  MatchCounts span_value;
  size_t files = 0;
};

// Scores every label file of `set` ("corpus" or "heldout"), reporting each file's counts and misses.
SetScore ScoreLabelSet(const std::string& set) {
  const std::string root = DOSSIER_SOURCE_DIR;
  SetScore total;
  for (const std::string& path : LabelFilesIn(root + "/tests/labels/figures/" + set)) {
    auto labels = LoadFigureLabels(path);
    INFO(labels.status().message());
    REQUIRE(labels.ok());
    auto text = ReadLabelledText(path, root);
    INFO(text.status().message());
    REQUIRE(text.ok());
    Status surfaces = CheckLabelsAgainstText(*labels, *text, path);
    INFO(surfaces.message());
    REQUIRE(surfaces.ok());

    FigureScore score = ScoreFigures(ExtractFigures(*text), *labels);
    std::string misses = DescribeMisses(score, *text);
    WARN(path.substr(root.size() + 1) << ": " << DescribeCounts(score) << (misses.empty() ? "" : "\n") << misses);
    total.span += score.span;
    total.span_value += score.span_value;
    ++total.files;
  }
  WARN(set << " (" << total.files << " files): span P=" << total.span.Precision() << " R=" << total.span.Recall()
           << " F1=" << total.span.F1() << "; span+value P=" << total.span_value.Precision()
           << " R=" << total.span_value.Recall() << " F1=" << total.span_value.F1() << " ("
           << total.span_value.matched << " matched, " << total.span_value.predicted << " predicted, "
           << total.span_value.labelled << " labelled)");
  return total;
}

}  // namespace

TEST_CASE("Figure extraction scores span+value F1 >= 0.95 on the hand-labelled corpus", "[figure_accuracy]") {
  SetScore corpus = ScoreLabelSet("corpus");
  REQUIRE(corpus.files == 5);
  CHECK(corpus.span_value.F1() >= 0.95);
}

TEST_CASE("Figure extraction scores span+value F1 >= 0.85 on the held-out articles", "[figure_accuracy]") {
  SetScore heldout = ScoreLabelSet("heldout");
  REQUIRE(heldout.files >= 4);
  CHECK(heldout.span_value.F1() >= 0.85);
}
