// Markdown table cells: a bare number in a cell takes the unit and scale its column header states
// ("| Data Center Capex ($B) |" then "| 70 |" is $70 billion), and the period its row header or
// column header names ("| 2023 |", "| 2026 forecast ($bn) |").
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "dossier/figure.h"
#include "extract/figure_period.h"

namespace dossier::extract {

// Rewrites, in place, the figures of `text` that stand alone in a Markdown table cell, and drops the
// numbers of a row that numbers the table's columns ("| 1 | 2 | 3 | 4 | T |" over a box score).
void ApplyTableHeaders(std::string_view text, std::vector<Figure>* figures);

// What a table header's brackets say about its cells: "($B)" -> USD, 1e9; "(%)" -> percent;
// "(₹ crore)" -> INR, 1e7. Empty unit and scale 1 when it says nothing.
struct HeaderUnit {
  std::string_view unit;  // "USD", "percent", … or empty
  double scale = 1;
  bool Says() const { return !unit.empty() || scale != 1; }
};
HeaderUnit ReadHeaderUnit(std::string_view header);

// The period of the table cell holding `span`: its row header's, else its column header's ("| Q1
// 2025 |" above "| SEK 1,288m |"), for a cell that writes its own unit too.
std::optional<PeriodRead> TableCellPeriod(std::string_view text, ByteSpan span);

}  // namespace dossier::extract
