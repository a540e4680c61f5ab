#include <catch2/catch.hpp>

#include "support/figure_score.h"
#include "support/temp_file.h"

using namespace dossier;

namespace {

// "$3 trillion" at [10, 21), "45 to 57 percent" at [30, 46), "$0.50/Mtok" at [50, 60).
const char* const kLabels =
    R"({"begin":10,"end":21,"surface":"$3 trillion","kind":"money","value":3e12,"value_high":null,"unit":"USD","per":null})"
    "\n"
    R"({"begin":30,"end":46,"surface":"45 to 57 percent","kind":"percent","value":45,"value_high":57,"unit":"percent","per":null})"
    "\n"
    R"({"begin":50,"end":60,"surface":"$0.50/Mtok","kind":"rate","value":0.5,"value_high":null,"unit":"USD","per":"mtok"})"
    "\n";

// A text that has kLabels' surfaces at their spans.
std::string LabelledText() {
  return std::string(10, '.') + "$3 trillion" + std::string(9, '.') + "45 to 57 percent" + "...." + "$0.50/Mtok";
}

std::vector<FigureLabel> Labels() {
  TempFile file("labels.jsonl", kLabels);
  auto labels = LoadFigureLabels(file.path);
  REQUIRE(labels.ok());
  return *labels;
}

Figure Predicted(uint64_t begin, uint64_t end, double value, std::string unit,
                 std::optional<double> high = std::nullopt) {
  Figure f;
  f.span = {begin, end};
  f.value = value;
  f.value_high = high;
  f.unit = std::move(unit);
  return f;
}

std::string LoadError(const std::string& contents) {
  TempFile file("labels.jsonl", contents);
  auto labels = LoadFigureLabels(file.path);
  REQUIRE_FALSE(labels.ok());
  return labels.status().message();
}

}  // namespace

TEST_CASE("LoadFigureLabels reads spans, values, ranges and per-units", "[figure_score]") {
  auto labels = Labels();
  REQUIRE(labels.size() == 3);
  CHECK(labels[0].span == ByteSpan{10, 21});
  CHECK(labels[0].surface == "$3 trillion");
  CHECK(labels[0].value == 3e12);
  CHECK_FALSE(labels[0].value_high.has_value());
  CHECK_FALSE(labels[0].per.has_value());
  CHECK(labels[1].kind == "percent");
  CHECK(labels[1].value_high == 57.0);
  CHECK(labels[2].per == std::string("mtok"));
  CHECK(labels[2].line == 3);
}

TEST_CASE("LoadFigureLabels names the file, the line and the problem", "[figure_score]") {
  std::string first = R"({"begin":1,"end":3,"surface":"5%","kind":"percent","value":5,"value_high":null,"unit":"percent","per":null})";
  using Catch::Matchers::Contains;
  CHECK_THAT(LoadError(first + "\n{oops\n"), Contains("labels.jsonl:2: malformed JSON"));
  CHECK_THAT(LoadError(R"({"begin":1,"end":3,"surface":"5%","kind":"cash","value":5,"value_high":null,"unit":"","per":null})"),
             Contains("labels.jsonl:1: field `kind`: `cash` is not a figure kind"));
  CHECK_THAT(LoadError(R"({"begin":1,"end":3,"surface":"5%","kind":"count","value":"5","value_high":null,"unit":"","per":null})"),
             Contains("labels.jsonl:1: field `value`: expected a finite number"));
  CHECK_THAT(LoadError(R"({"begin":1,"end":3,"surface":"5%","kind":"count","value":5,"unit":"","per":null})"),
             Contains("labels.jsonl:1: field `value_high`: missing"));
  CHECK_THAT(LoadError(R"({"begin":1,"end":3,"surface":"5%","kind":"count","value":5,"value_high":null,"unit":"","per":null,"approx":"exact"})"),
             Contains("labels.jsonl:1: unknown field `approx`"));
  CHECK_THAT(LoadError(R"({"begin":3,"end":3,"surface":"","kind":"count","value":5,"value_high":null,"unit":"","per":null})"),
             Contains("labels.jsonl:1: span [3, 3) is empty"));
  CHECK_THAT(LoadError(first + "\n" + first + "\n"), Contains("labels.jsonl:2: span [1, 3) starts before the label of line 1"));
  CHECK_THAT(LoadError(first + "\n\n"), Contains("labels.jsonl:2: empty line"));
  CHECK(LoadFigureLabels("/nonexistent/labels.jsonl").status().code() == Status::Code::kNotFound);
}

TEST_CASE("CheckLabelsAgainstText finds a surface that is not the text's bytes", "[figure_score]") {
  auto labels = Labels();
  std::string text = LabelledText();
  CHECK(CheckLabelsAgainstText(labels, text, "x.jsonl").ok());
  text[11] = '4';
  Status wrong = CheckLabelsAgainstText(labels, text, "x.jsonl");
  CHECK_THAT(wrong.message(), Catch::Matchers::Contains("x.jsonl:1: surface `$3 trillion` but the text's bytes [10, 21) are `$4 trillion`"));
  CHECK_FALSE(CheckLabelsAgainstText(labels, text.substr(0, 55), "x.jsonl").ok());
}

TEST_CASE("ScoreFigures gives 1 to a prediction equal to the labels", "[figure_score]") {
  auto score = ScoreFigures({Predicted(10, 21, 3e12, "USD"), Predicted(30, 46, 45, "percent", 57.0),
                             Predicted(50, 60, 0.5, "USD")},
                            Labels());
  CHECK(score.span.F1() == 1.0);
  CHECK(score.span_value.F1() == 1.0);
  CHECK(score.false_positives.empty());
  CHECK(score.false_negatives.empty());
  CHECK(score.wrong_values.empty());
}

TEST_CASE("ScoreFigures separates a wrong span from a wrong value", "[figure_score]") {
  // Right: $3 trillion. Wrong value: 45 percent with no range top. Wrong span: "0.50/Mtok".
  // Spurious: a second prediction at the $3 trillion span.
  auto score = ScoreFigures({Predicted(10, 21, 3e12, "USD"), Predicted(30, 46, 45, "percent"),
                             Predicted(51, 60, 0.5, "USD"), Predicted(10, 21, 3e12, "USD")},
                            Labels());
  CHECK(score.span.matched == 2);
  CHECK(score.span.predicted == 4);
  CHECK(score.span.labelled == 3);
  CHECK(score.span.Precision() == Approx(0.5));
  CHECK(score.span.Recall() == Approx(2.0 / 3));
  CHECK(score.span.F1() == Approx(4.0 / 7));
  CHECK(score.span_value.matched == 1);
  CHECK(score.span_value.F1() == Approx(2.0 / 7));
  REQUIRE(score.false_positives.size() == 2);
  CHECK(score.false_positives[0].span == ByteSpan{51, 60});
  CHECK(score.false_positives[1].span == ByteSpan{10, 21});
  REQUIRE(score.false_negatives.size() == 1);
  CHECK(score.false_negatives[0].surface == "$0.50/Mtok");
  REQUIRE(score.wrong_values.size() == 1);
  CHECK(score.wrong_values[0].label.surface == "45 to 57 percent");

  std::string misses = DescribeMisses(score, LabelledText());
  CHECK_THAT(misses, Catch::Matchers::Contains("missed   [50, 60) rate 0.5 USD: ") &&
                         Catch::Matchers::Contains("....[$0.50/Mtok]"));
  CHECK_THAT(misses, Catch::Matchers::Contains("value    [30, 46) labelled 45–57 percent, predicted 45 percent"));
  CHECK_THAT(DescribeCounts(score), Catch::Matchers::Contains("span P=0.500 R=0.667 F1=0.571 (2 matched, 4 predicted, 3 labelled)"));
}

TEST_CASE("SameValue allows 1e-6 relative error and ignores the unit's case", "[figure_score]") {
  auto labels = Labels();
  CHECK(SameValue(Predicted(10, 21, 3e12 * (1 + 5e-7), "usd"), labels[0]));
  CHECK_FALSE(SameValue(Predicted(10, 21, 3e12 * (1 + 5e-6), "USD"), labels[0]));
  CHECK_FALSE(SameValue(Predicted(10, 21, 3e12, "EUR"), labels[0]));
  CHECK_FALSE(SameValue(Predicted(10, 21, 3e12, "USD", 4e12), labels[0]));
  CHECK(SameValue(Predicted(30, 46, 45, "Percent", 57.0), labels[1]));
  CHECK_FALSE(SameValue(Predicted(30, 46, 45, "percent", 58.0), labels[1]));
}

TEST_CASE("MatchCounts: nothing predicted is precise but recalls nothing", "[figure_score]") {
  auto score = ScoreFigures({}, Labels());
  CHECK(score.span.Precision() == 1.0);
  CHECK(score.span.Recall() == 0.0);
  CHECK(score.span.F1() == 0.0);
  CHECK(score.false_negatives.size() == 3);
  MatchCounts none;
  CHECK(none.F1() == 1.0);
  MatchCounts total = score.span;
  total += ScoreFigures({Predicted(10, 21, 3e12, "USD")}, Labels()).span;
  CHECK(total.matched == 1);
  CHECK(total.predicted == 1);
  CHECK(total.labelled == 6);
}

TEST_CASE("Every hand label file loads and its surfaces are its text's bytes", "[figure_score]") {
  const std::string root = DOSSIER_SOURCE_DIR;
  size_t files = 0, labels = 0;
  for (const char* set : {"corpus", "heldout"}) {
    for (const std::string& path : LabelFilesIn(root + "/tests/labels/figures/" + set)) {
      INFO(path);
      auto loaded = LoadFigureLabels(path);
      REQUIRE(loaded.ok());
      auto text = ReadLabelledText(path, root);
      REQUIRE(text.ok());
      Status matches = CheckLabelsAgainstText(*loaded, *text, path);
      INFO(matches.message());
      CHECK(matches.ok());
      ++files;
      labels += loaded->size();
    }
  }
  CHECK(LabelFilesIn(root + "/tests/labels/figures/corpus").size() == 5);  // one per corpus article
  CHECK(labels >= 200);
  WARN(files << " label files, " << labels << " labels");
}
