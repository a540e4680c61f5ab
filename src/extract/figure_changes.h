// Which figures are one end of a move, read from the grammar of reporting in English, German and
// Chinese: the two ends of "from $142.62 to $118.51", "rose to $139 from $118", "von 1,05 € auf
// 1,15 €", 从10亿元增至15亿元, 由上年的15.8%提升至18.2%, 较去年的250亿元 (the figure compared
// against); the new level of "raised to $70 billion", 增至53万; and the size of a move, "up 77%",
// "a 12% decline", 年增兩成, 同比增长38.5%, with its basis (year on year or on the period before)
// where the text states one. A change links two figures that must never be read as rival values
// of one quantity (proj_figures.h's FindConflicts).
#pragma once

#include <string_view>
#include <vector>

#include "dossier/figure.h"

namespace dossier::extract {

// Whether `lower` is a verb of change ("rose", "fell", "up", "stieg"): "rose $1.20 to $82.35" is
// the size of a move and its new level, never a range.
bool IsChangeVerb(std::string_view lower);

// Whether Han text ends in a verb of a move that a figure's size follows (增长20%, 年增兩成, 微升0.1年):
// "微升0.1年至5.4年" is the size of a move and its new level, never a range.
bool EndsWithChineseChangeVerb(std::string_view han);

// Sets the `change` of the figures that are ends of a move. `figures` are in span order with
// their sentences (and periods) set; `clauses[k]` is the clause of figures[k] within its sentence.
// The start of a revision said to be an earlier forecast ("up from the 2.3% projected in
// September") takes the period and kind of the new value.
void ReadChanges(std::string_view text, const std::vector<ByteSpan>& clauses, std::vector<Figure>* figures);

}  // namespace dossier::extract
