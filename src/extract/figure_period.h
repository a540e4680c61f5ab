// The period a figure is for, in the canonical forms of tests/labels/figures/news/README.md:
// "2025", "FY2026", "Q3 2025", "Q2 FY2026", "H1 2026", "9M 2025", "2026-09", "by 2030", and
// whether the number is an actual, a forecast or a plan.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dossier::extract {

struct PeriodRead {
  std::string period;
  std::optional<std::string> kind;  // "actual", "forecast", "plan"
};

// The period a short text names on its own, as a table's row or column header does: "2023",
// "2025 (est.)", "2026 forecast ($bn)", "Q3 2025", "FY26".
std::optional<PeriodRead> ReadPeriod(std::string_view cell);

// When the text is dated (its dateline): what "this year", "last year" and "the fourth quarter"
// are resolved against. Zero when unknown.
struct Dateline {
  int year = 0;
  int month = 0;
  int day = 0;  // zero when the dateline names no day
};

// Whether `period` (canonical: "2025", "Q4 2022", "H1 2026", "9M 2025", "2026-09", "2026-02-04")
// ends after the dateline's month (or day, for a day): a period not over when the text was written,
// whose result cannot yet be reported. False for what it cannot place (fiscal periods, targets,
// spans of years) and when the dateline is unknown.
bool EndsAfter(std::string_view period, Dateline dated);

// Whether `period` ends after `other` ends (both canonical): "2024-07" after "2024-06", not
// "2023-08". False for what it cannot place.
bool EndsAfter(std::string_view period, std::string_view other);

// Whether `period` (canonical) is over by the dateline: it ends before the dateline's month, or is
// a day on or before the dateline's (a vote on Sunday reported on Monday, a close on the day). False
// for what it cannot place and when the dateline is unknown.
bool OverBy(std::string_view period, Dateline dated);

// `period` (canonical) moved by `years`: "Q3 2026", -1 → "Q3 2025", "FY2027" → "FY2026"; a day, a
// span of years or a target as it is.
std::string ShiftYears(const std::string& period, int years);

// The first full date in the first 400 bytes of `text` ("SAN FRANCISCO, 6 February 2026 —",
// "February 6, 2026", "12. März 2026", "2026年2月6日").
Dateline FindDateline(std::string_view text);

// The periods that `text[begin, end)` names, in order, each with where it begins. A period that
// refers back ("in the quarter", "over the year", "the same month") is the last one of its length
// named before it in the range.
struct PeriodMention {
  size_t begin = 0;
  std::string period;
  // A day named by its weekday ("on Tuesday", "周二"): often the day a report came out rather than
  // the period of its figures, so any other period of the clause comes first.
  bool weekday = false;
  // A base the figure is compared with ("up from 141 in 2022", "than in 2024"), not the period the
  // sentence is about: a sentence after it does not go on with it.
  bool comparison = false;
  // A period named as another year's ("in the year-ago quarter", "the same period last year"): the
  // period of its own figure, which no later sentence or reference goes on with.
  bool other_year = false;
  // A month named as the adjective of its noun ("The January count was revised down", "China's
  // October exports fell"): the period of its own statement, which no later sentence goes on with.
  bool of_its_noun = false;
  // The calendar period a fiscal one is restated as ("the July–September quarter, the second
  // quarter of FY26": "Q3 2025" for "Q2 FY2026"), which places it against the dateline; else empty.
  std::string calendar = "";
};
std::vector<PeriodMention> FindPeriods(std::string_view text, size_t begin, size_t end, Dateline dated);

}  // namespace dossier::extract
