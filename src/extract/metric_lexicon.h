// The metrics a figure can measure, each with the words the business press writes for it
// ("capex" = "capital expenditure" = "capital spending"). Curated by hand, versioned with the
// extractor (kFigureExtractorVersion); the canonical names are those of
// tests/labels/figures/news/README.md.
#pragma once

#include <optional>
#include <string_view>

namespace dossier::extract {

struct MetricMatch {
  size_t end = 0;           // just past the words
  std::string_view metric;  // canonical: "capital expenditure", "revenue", …
  bool weak = false;        // a word that names a metric only near a figure ("spent", "loss", "shares")
};

// The metric whose words begin at `i` (at a word start), if any: ASCII case is ignored.
std::optional<MetricMatch> MatchMetricAt(std::string_view text, size_t i);

// Whether `metric` is one of the canonical names.
bool IsKnownMetric(std::string_view metric);

// Where the name of a traded good ("oil", "crude", "gold", "wheat") beginning at `i` ends, else 0:
// money set beside one is its price ("$90 oil", "WTI crude rose $1.22 to $87.98"). Lowercase ASCII.
size_t GoodEndAt(std::string_view text, size_t i);

// Where a footballer named by his or her position ends ("striker Mark Viduka", "Belgian forward
// Laurent Depoitre", "goalkeeper Ana Ruiz"): the position word at `i` before a capitalised name
// gives the name's first byte, else 0. Lowercase ASCII.
size_t PlayerNameAfterPosition(std::string_view text, size_t i);

// Whether text[from, figure) names a poll's margin of error ("The poll has a margin of error of plus
// or minus 3.1 percentage points", "Margin of error is 3.5 percent"): a precision, which measures
// nothing and is no one's.
bool NamesMarginOfError(std::string_view text, size_t from, size_t figure);

// Whether the percentage at [begin, end) says how far a count has got: "99.86 percent of the ballot
// boxes have been counted", "with 95% of precincts reporting", "more than 99% votes are counted",
// "results from 97.9% of processed data", "after counting 78.11% of ballots". It measures no
// party's or election's quantity and is no one's.
bool CountsProgress(std::string_view text, size_t begin, size_t end);

}  // namespace dossier::extract
