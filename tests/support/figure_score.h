// Scoring figure extraction against hand labels (tests/labels/figures/RULES.md).
//
// A label file is JSON Lines, one figure per line in span order:
//   {"begin":40,"end":51,"surface":"$3 trillion","kind":"money","value":3e12,
//    "value_high":null,"unit":"USD","per":null}
// ScoreFigures compares predicted figures with the labels twice: by span alone (begin and end
// exact) and by span and value (span exact; value and value_high equal within 1e-6 relative; unit
// equal ignoring ASCII case). It never calls the extractor: callers hand it what to score.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/figure.h"
#include "dossier/status.h"
#include "support/label_files.h"
#include "support/match_counts.h"

namespace dossier {

// One hand-labelled figure. `kind` is kept as its name ("money", "percent", …): kinds are not
// scored, only checked to be one of FigureKind's names.
struct FigureLabel {
  ByteSpan span;
  std::string surface;
  std::string kind;
  double value = 0;
  std::optional<double> value_high;
  std::string unit;
  std::optional<std::string> per;
  size_t line = 0;  // in its label file, for messages
  // What it measures (tests/labels/figures/news/README.md), where the label file states it; a
  // period {"by": "2030"} is read as "by 2030".
  std::optional<std::string> subject;
  std::optional<std::string> metric;
  std::optional<std::string> period;
  std::optional<std::string> period_kind;  // "actual", "forecast" or "plan", with a period
  std::optional<std::string> change_role;  // "from", "to", "delta"
};

// Reads a label file. Fails with InvalidInput naming "path:line: problem" for malformed JSON, a
// missing, unknown or mistyped field, an unknown kind, or labels out of span order or overlapping.
Result<std::vector<FigureLabel>> LoadFigureLabels(const std::string& path);

// Checks that every label's surface is the bytes of `text` at its span ("path:line: …").
Status CheckLabelsAgainstText(const std::vector<FigureLabel>& labels, std::string_view text,
                              const std::string& path);

// A predicted figure at a labelled span whose value, range top or unit differs from the label's.
struct WrongValue {
  FigureLabel label;
  Figure predicted;
};

struct FigureScore {
  MatchCounts span;        // begin and end exact
  MatchCounts span_value;  // and value, value_high and unit equal
  // Misses by span: a prediction at no labelled span, a label at no predicted span. The misses
  // by span and value are these plus `wrong_values` on both sides.
  std::vector<Figure> false_positives;
  std::vector<FigureLabel> false_negatives;
  std::vector<WrongValue> wrong_values;
};

// Each label is matched by at most one prediction; a second prediction of the same span is a
// false positive.
FigureScore ScoreFigures(const std::vector<Figure>& predicted, const std::vector<FigureLabel>& labels);

// True when a prediction states the label's value: value and value_high equal within 1e-6
// relative, unit equal ignoring ASCII case.
bool SameValue(const Figure& predicted, const FigureLabel& label);

// "span P=… R=… F1=… (matched/predicted/labelled); span+value …".
std::string DescribeCounts(const FigureScore& score);

// One line per miss, each with the byte span, the surface and its surroundings in `text`.
std::string DescribeMisses(const FigureScore& score, std::string_view text);

// A subjects.json file, {"canonical name": ["alias", …]}, as a map from each name and alias,
// lowercase, to its canonical name.
Result<std::map<std::string, std::string>> LoadSubjectAliases(const std::string& path);

// How often the figure predicted at a label's span has the label's subject (after aliases; a
// group's members each after aliases, in alphabetical order), metric and period, counted over the
// labels that state each; and how often it states one where the label has none (a guess: the
// labels leave a field empty when the text does not say).
struct MeaningScore {
  size_t subject_right = 0, subject_labelled = 0;
  size_t metric_right = 0, metric_labelled = 0;
  size_t period_right = 0, period_labelled = 0;
  size_t subject_guessed = 0, metric_guessed = 0, period_guessed = 0;
  size_t subject_unstated = 0, metric_unstated = 0, period_unstated = 0;  // matched labels without one
  size_t subject_spans_found = 0;  // labels with a subject whose span the extractor found at all
  // Why a labelled subject or metric was not right, totals by class: the figure's span was not
  // found, the figure was found with the field empty, or found with another value.
  size_t subject_unfound = 0, subject_empty = 0, subject_wrong = 0;
  size_t metric_unfound = 0, metric_empty = 0, metric_wrong = 0;
  // Of the wrong subjects: those read from a name written in the figure's own sentence (else
  // carried from elsewhere in the text), and those whose labelled name (or an alias) the sentence writes.
  size_t subject_wrong_from_sentence = 0, subject_wrong_label_in_sentence = 0;
  size_t subject_wrong_overlapping = 0;  // wrong subjects that share a word with the labelled one ("Sen. Hagan" / "Kay Hagan")
  size_t subject_wrong_longer = 0, subject_wrong_shorter = 0;  // of those, holding the labelled name, or held in it
  std::map<std::string, size_t> metric_empty_by_kind;  // the empty metrics by the figure's kind
  // The wrong metrics as "labelled>read" pairs, and the metrics read where the label has none, by
  // the metric read: lexicon names, so totals of a held-out half say which rule misfires, never where.
  std::map<std::string, size_t> metric_confusions, metric_guessed_by_metric;
  // The labelled periods missed, by class: no period read (or the span not found), another year,
  // the right year at another granularity ("2026" for "Q3 2026"), and of the periods right, those
  // whose kind is wrong (actual, forecast or plan, where the label states one).
  size_t period_empty = 0, period_wrong_year = 0, period_wrong_granularity = 0, period_kind_wrong = 0;
  std::map<std::string, size_t> period_kind_confusions;  // "labelled>read" ("actual>-") → count
  std::vector<std::string> subject_misses;  // "[begin] surface: labelled …, read …" per wrong subject
  MeaningScore& operator+=(const MeaningScore& o);
};
MeaningScore ScoreMeaning(const std::vector<Figure>& predicted, const std::vector<FigureLabel>& labels,
                          const std::map<std::string, std::string>& aliases, std::string_view text);

// One line per labelled metric or period that the figure predicted at the label's span does not
// state ("metric  [b, e) labelled revenue, predicted -: …"), for tuning on a development half.
std::string DescribeMeaningMisses(const std::vector<Figure>& predicted, const std::vector<FigureLabel>& labels,
                                  std::string_view text);

// The pairs of conflicts.json: each a pair of (text file name, begin byte), in either order.
struct LabelledConflicts {
  std::vector<std::pair<std::pair<std::string, uint64_t>, std::pair<std::string, uint64_t>>> conflicts;
  std::vector<std::pair<std::pair<std::string, uint64_t>, std::pair<std::string, uint64_t>>> traps;
};
Result<LabelledConflicts> LoadLabelledConflicts(const std::string& path);

}  // namespace dossier
