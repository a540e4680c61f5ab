// How a briefing states a figure conflict (FindConflicts: one measure stated with different values).
//
// Values that follow one another in time are later reports, not a disagreement: when every source
// of each value was published after every source of the value before (a death toll that rises, a
// deal cut from 10 to 9.7 million barrels a day between Friday's reports and Sunday's), the
// sentence gives the values oldest first with their dates: "Later sources give another value of
// the production of OPEC+ in 2020-05: 10 million barrels per day on 2020-04-10, then 9.7 million
// barrels per day from 2020-04-12 to 2020-04-13." Values stated at once (or undated) are "Sources
// disagree on the growth rate of the euro area in 2026: A against B."; two values of one source,
// "One source gives different values of …" (the draft proposes those to the editor; a briefing's
// Why it matters leaves them out). The measure is named with its subject and period, which the
// conflict's figures share.
// The lede, too, passes over a sentence whose value a later report replaced.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "project/proj_figures.h"

namespace dossier {

// The publication date ("YYYY-MM-DD") of a source, by id, when known.
using PublishedOf = std::function<std::optional<std::string>(const std::string& source_id)>;

// The sentence, and where in it each value stands: each of `values` is one of the conflict's, shown at
// bytes [begin, end) (the surface of its first figure, or of its first report's when dated), in the
// order the sentence gives them.
struct ConflictSentence {
  std::string text;
  struct Value {
    size_t begin = 0, end = 0;
    const FigureRef* figure = nullptr;  // into the conflict's values
  };
  std::vector<Value> values;
};

// The conflict's value groups oldest first when they follow one another in time as above; empty
// when they do not, or some source's date is unknown.
std::vector<const std::vector<FigureRef>*> ValuesInTimeOrder(const FigureConflict& conflict, const PublishedOf& published);

// Whether every value of the conflict is one source's (a comparison within one text, such as an
// outcome against a forecast, far more often than a text that contradicts itself).
bool OneSource(const FigureConflict& conflict);

ConflictSentence DescribeConflict(const FigureConflict& conflict, const PublishedOf& published);

}  // namespace dossier
