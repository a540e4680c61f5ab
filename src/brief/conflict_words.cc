#include "brief/conflict_words.h"

#include <algorithm>

#include "util/dates.h"

namespace dossier {
namespace {

struct Dates {
  std::string first, last;
};

// The first and last publication date of the sources stating `value`, or nullopt if one is undated.
std::optional<Dates> DatesOf(const std::vector<FigureRef>& value, const PublishedOf& published) {
  Dates dates;
  for (const FigureRef& ref : value) {
    const std::optional<std::string> date = published(ref.source->extracted.source_id);
    if (!date) return std::nullopt;
    if (dates.first.empty() || *date < dates.first) dates.first = *date;
    dates.last = std::max(dates.last, *date);
  }
  return dates;
}

// What the values measure, whose and when: "the growth rate of European Central Bank in 2026"
// (a conflict's figures share all three), so an editor can check the sentence against its sources.
std::string MeasureWords(const FigureConflict& conflict) {
  const std::string& period = conflict.period;
  // (A measure its event dates, insured losses of a storm, may have no period.)
  if (period.empty()) return "the " + conflict.metric + " of " + conflict.subject;
  const char* when = period.rfind("by ", 0) == 0 ? " " : IsValidDate(period) ? " on " : " in ";
  return "the " + conflict.metric + " of " + conflict.subject + when + period;
}

}  // namespace

bool OneSource(const FigureConflict& conflict) {
  const SourceFigures* first = conflict.values[0][0].source;
  for (const std::vector<FigureRef>& value : conflict.values) {
    for (const FigureRef& ref : value) {
      if (ref.source != first) return false;
    }
  }
  return true;
}

std::vector<const std::vector<FigureRef>*> ValuesInTimeOrder(const FigureConflict& conflict, const PublishedOf& published) {
  std::vector<std::pair<Dates, const std::vector<FigureRef>*>> dated;
  for (const std::vector<FigureRef>& value : conflict.values) {
    std::optional<Dates> dates = DatesOf(value, published);
    if (!dates) return {};
    dated.emplace_back(std::move(*dates), &value);
  }
  std::sort(dated.begin(), dated.end(), [](const auto& a, const auto& b) { return a.first.first < b.first.first; });
  std::vector<const std::vector<FigureRef>*> ordered;
  for (size_t i = 0; i < dated.size(); ++i) {
    if (i > 0 && !(dated[i - 1].first.last < dated[i].first.first)) return {};  // stated at once
    ordered.push_back(dated[i].second);
  }
  return ordered.size() > 1 ? ordered : std::vector<const std::vector<FigureRef>*>();
}

ConflictSentence DescribeConflict(const FigureConflict& conflict, const PublishedOf& published) {
  ConflictSentence out;
  auto add_value = [&](const FigureRef& ref) {
    out.values.push_back({out.text.size(), out.text.size() + ref.figure->figure.surface.size(), &ref});
    out.text += ref.figure->figure.surface;
  };
  const bool one_source = OneSource(conflict);
  const std::vector<const std::vector<FigureRef>*> in_time = one_source ? decltype(in_time)() : ValuesInTimeOrder(conflict, published);
  if (!in_time.empty()) {
    out.text = "Later sources give another value of " + MeasureWords(conflict) + ": ";
    for (const std::vector<FigureRef>* value : in_time) {
      if (value != in_time.front()) out.text += ", then ";
      const Dates dates = *DatesOf(*value, published);
      add_value(*std::find_if(value->begin(), value->end(), [&](const FigureRef& ref) {  // its first report
        return published(ref.source->extracted.source_id) == dates.first;
      }));
      out.text += dates.first == dates.last ? " on " + dates.first : " from " + dates.first + " to " + dates.last;
    }
  } else {
    out.text = (one_source ? "One source gives different values of " : "Sources disagree on ") + MeasureWords(conflict) + ": ";
    for (const std::vector<FigureRef>& value : conflict.values) {
      if (&value != &conflict.values.front()) out.text += " against ";
      add_value(value.front());
    }
  }
  out.text += ".";
  return out;
}

}  // namespace dossier
