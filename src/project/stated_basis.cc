#include "project/stated_basis.h"

#include <string>

#include "extract/text_bytes.h"

namespace dossier {
namespace {

// Where another clause or another figure begins: the basis words of a figure lie between it and
// these ("4.2% in August and reached 236.7% year-on-year": "year-on-year" is the 236.7%'s).
bool EndsClause(char c) {
  static constexpr std::string_view kMarks = ",;:()%$\xE2";  // \xE2 leads a dash or a curly quote
  return kMarks.find(c) != std::string_view::npos;
}

struct Basis {
  std::string_view words;
  std::string_view basis;
};

// Curated, longest and most specific first ("12-month" before "month"). ASCII words match whole.
constexpr Basis kBases[] = {
    {"year-on-year", "year"},  {"year on year", "year"},     {"year-over-year", "year"}, {"12-month", "year"},
    {"12 months", "year"},     {"twelve months", "year"},    {"from a year", "year"},    {"a year earlier", "year"},
    {"a year ago", "year"},    {"annualized", "year"},       {"annualised", "year"},     {"annual", "year"},
    {"interannual", "year"},   {"y/y", "year"},              {"yoy", "year"},            {"accumulated", "to date"},
    {"cumulative", "to date"}, {"so far this year", "to date"}, {"year to date", "to date"}, {"year-to-date", "to date"},
    {"month-on-month", "month"}, {"month-over-month", "month"}, {"monthly", "month"},  {"from a month", "month"},
    {"a month earlier", "month"}, {"previous month", "month"},  {"m/m", "month"},      {"on the month", "month"},
    {"quarter-on-quarter", "quarter"}, {"quarter-over-quarter", "quarter"}, {"quarterly", "quarter"},
    {"q/q", "quarter"},        {"sequentially", "quarter"},  {"week-on-week", "week"},   {"weekly", "week"},
};

}  // namespace

std::string_view StatedBasis(const Figure& f) {
  if (f.kind != FigureKind::kPercent) return {};
  std::string_view before = f.quote.prefix, after = f.quote.suffix;
  for (size_t i = before.size(); i-- > 0;) {
    if (EndsClause(before[i]) || (before[i] == '.' && !extract::IsDigit(extract::At(before, i + 1)))) {
      before.remove_prefix(i + 1);
      break;
    }
  }
  for (size_t i = 0; i < after.size(); ++i) {
    // A stop ends the clause, a decimal point does not.
    if (EndsClause(after[i]) || (after[i] == '.' && !extract::IsDigit(extract::At(after, i + 1)))) {
      after = after.substr(0, i);
      break;
    }
  }
  const std::string lower = extract::Lowercase(std::string(before) + " \x1f " + std::string(after));
  for (const Basis& b : kBases) {
    if (extract::HasWholeWord(lower, b.words)) return b.basis;
  }
  return {};
}

}  // namespace dossier
