// What each figure measures, read in its own clause of its sentence: the subject (whose number),
// the metric (metric_lexicon.h), the period and its kind (figure_period.h), and the change it is
// one end of ("from A to B", "up 77%", "raised to"). Each is left empty rather than guessed.
#pragma once

#include <string_view>
#include <vector>

#include "dossier/figure.h"

namespace dossier::extract {

// Fills subject, metric, period, period_kind and change of `figures` (their spans and sentences
// already set, in span order). A figure that already has a period or a metric (a table cell's)
// keeps it. Periods are read against the text's dateline, else against `published` (ExtractFigures).
void ReadMeaning(std::string_view text, std::string_view published, std::vector<Figure>* figures);

// Whether `clause` opens as a move set beside another statement: "up 41%", "down 3%", "a jump of
// nine times", "an increase of 12%". Such a move is of what the figure before it measures.
bool AppositiveMove(std::string_view t, ByteSpan clause);

// A bare amount whose scale the text gave the same number earlier ("a $500 billion plan" … "I come
// back with $500") takes that scale, marked scale_inferred.
void InferScales(std::vector<Figure>* figures);

}  // namespace dossier::extract
