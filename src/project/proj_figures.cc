#include "project/proj_figures.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "project/figure_quantity.h"
#include "util/json_object.h"
#include "util/json_writer.h"

namespace dossier {
namespace {

constexpr std::string_view kSourcePrefix = "source/";

}  // namespace

Status FigureIndex::Restore(std::string_view key, std::string_view value) {
  if (key.substr(0, kSourcePrefix.size()) != kSourcePrefix) return Status::Corruption(fmt::format("unknown key `{}`", key));
  JsonObject o;
  DOSSIER_ASSIGN_OR_RETURN(o, JsonObject::Parse(value));
  SourceFigures s;
  DOSSIER_ASSIGN_OR_RETURN(s.position, o.Uint("position"));
  DOSSIER_ASSIGN_OR_RETURN(s.recorded_at, o.String("recorded_at"));
  DOSSIER_ASSIGN_OR_RETURN(s.recorded_by, o.String("recorded_by"));
  std::string payload;
  DOSSIER_ASSIGN_OR_RETURN(payload, o.RawMember("payload"));
  DOSSIER_ASSIGN_OR_RETURN(s.extracted, DecodeFiguresExtracted(payload));
  std::string id = s.extracted.source_id;
  sources_[id] = std::move(s);
  return Status::OK();
}

Status FigureIndex::Apply(const RecordedEvent& event) {
  if (event.type != kFiguresExtracted) return Status::OK();
  FiguresExtracted extracted;
  DOSSIER_ASSIGN_OR_RETURN(extracted, DecodeFiguresExtracted(event.payload));
  SourceFigures& s = sources_[extracted.source_id];
  // The log is in order, so the newest extraction of the newest version replaces what was there.
  if (s.position != 0 && extracted.source_version < s.extracted.source_version) return Status::OK();
  changed_.insert(extracted.source_id);
  s.extracted = std::move(extracted);
  s.position = event.position;
  s.recorded_at = event.recorded_at;
  s.recorded_by = event.recorded_by;
  return Status::OK();
}

void FigureIndex::TakeChanges(std::vector<std::pair<std::string, std::string>>* puts) {
  for (const std::string& id : changed_) {
    const SourceFigures& s = sources_.at(id);
    JsonWriter w;
    w.BeginObject()
        .Key("position").Uint(s.position)
        .Key("recorded_at").String(s.recorded_at)
        .Key("recorded_by").String(s.recorded_by)
        .Key("payload").Raw(EncodePayload(s.extracted))
        .EndObject();
    puts->emplace_back(std::string(kSourcePrefix) + id, w.Take());
  }
  changed_.clear();
}

std::vector<FigureRef> FigureIndex::Figures() const {
  std::vector<FigureRef> figures;
  for (const auto& [id, source] : sources_) {
    for (const ExtractedFigure& figure : source.extracted.figures) figures.push_back({&source, &figure});
  }
  return figures;
}

std::vector<FigureRef> FigureIndex::FindById(std::string_view prefix) const {
  std::vector<FigureRef> found;
  for (const FigureRef& ref : Figures()) {
    if (ref.figure->id.compare(0, prefix.size(), prefix) == 0) found.push_back(ref);
  }
  return found;
}

std::vector<std::vector<FigureRef>> GroupSameQuantity(const std::vector<FigureRef>& figures) {
  std::vector<std::vector<FigureRef>> groups;
  for (const FigureRef& ref : figures) {
    auto group = std::find_if(groups.begin(), groups.end(), [&](const std::vector<FigureRef>& g) {
      return SameQuantity(g.front().figure->figure, ref.figure->figure);
    });
    if (group == groups.end()) {
      groups.push_back({ref});
    } else {
      group->push_back(ref);
    }
  }
  return groups;
}

namespace {

// "Meta Platforms" and "Meta", "Alphabet Inc." and "Alphabet" name one subject.
std::string SubjectKey(std::string_view subject) {
  std::string key = MetricKey(subject);
  if (key.size() > 2 && key.compare(key.size() - 2, 2, "'s") == 0) key.resize(key.size() - 2);
  static constexpr std::string_view kSuffixes[] = {" platforms", " inc.", " inc", " corp.", " corp", " corporation",
                                                   " ltd", " ltd.", " limited", " plc", " holdings", " group", " ag", " se"};
  for (std::string_view suffix : kSuffixes) {
    if (key.size() > suffix.size() && key.compare(key.size() - suffix.size(), suffix.size(), suffix) == 0) {
      key.resize(key.size() - suffix.size());
      break;
    }
  }
  return key;
}

// The interval [value, value_high] of `f`.
std::pair<double, double> Interval(const Figure& f) {
  const double high = f.value_high.value_or(f.value);
  return {std::min(f.value, high), std::max(f.value, high)};
}

bool Disagree(const Figure& a, const Figure& b) {
  auto [a_low, a_high] = Interval(a);
  auto [b_low, b_high] = Interval(b);
  const double gap = std::max(a_low - b_high, b_low - a_high);
  const double scale = std::max({std::abs(a_high), std::abs(b_high), std::abs(a_low), std::abs(b_low)});
  return gap > kConflictTolerance * scale;
}

}  // namespace

std::optional<std::string> MeasureKey(const Figure& f) {
  if (!f.subject || !f.metric || !f.period) return std::nullopt;
  return fmt::format("{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}", SubjectKey(*f.subject), MetricKey(*f.metric), *f.period,
                     ToString(f.kind), UnitKey(f.unit), PerKey(f.per));
}

bool SameMeasure(const Figure& a, const Figure& b) {
  const std::optional<std::string> key = MeasureKey(a);
  return key && key == MeasureKey(b);
}

std::vector<FigureConflict> FindConflicts(const std::vector<FigureRef>& figures) {
  std::map<std::string, std::vector<FigureRef>> by_measure;
  for (const FigureRef& ref : figures) {
    const Figure& f = ref.figure->figure;
    if (f.change && (f.change->role != "delta" || !f.change->basis)) continue;
    std::optional<std::string> key = MeasureKey(f);
    if (!key) continue;
    if (f.change) *key += "\x1f" + *f.change->basis;
    by_measure[*key].push_back(ref);
  }
  std::vector<FigureConflict> conflicts;
  for (const auto& [key, measured] : by_measure) {
    // Values that agree within the tolerance with a group's first figure join that group.
    std::vector<std::vector<FigureRef>> values;
    for (const FigureRef& ref : measured) {
      auto group = std::find_if(values.begin(), values.end(), [&](const std::vector<FigureRef>& g) {
        return !Disagree(g.front().figure->figure, ref.figure->figure);
      });
      if (group == values.end()) {
        values.push_back({ref});
      } else {
        group->push_back(ref);
      }
    }
    if (values.size() > 1) {
      const Figure& first = measured.front().figure->figure;
      conflicts.push_back({*first.metric, *first.subject, *first.period, std::move(values)});
    }
  }
  return conflicts;
}

bool ContradictsMeaning(const Figure& reading, const Figure& recorded) {
  // Metrics a text names outright; "price", "cost" and the like are read from looser words and
  // are not held against each other.
  static constexpr std::string_view kDefinite[] = {
      "capital expenditure", "revenue",      "revenue run rate", "net income", "net loss",      "operating profit",
      "market value",        "valuation",    "funding",          "investment", "share price",   "depreciation",
      "debt issuance",       "free cash flow", "employees",      "users",      "market share",  "earnings per share",
  };
  auto definite = [](const std::optional<std::string>& m) {
    return m && std::find(std::begin(kDefinite), std::end(kDefinite), *m) != std::end(kDefinite);
  };
  return definite(reading.metric) && definite(recorded.metric) && *reading.metric != *recorded.metric;
}

std::string DescribeMeaning(const Figure& f) {
  std::string out;
  auto add = [&](std::string_view label, const std::string& value) {
    if (!out.empty()) out += " · ";
    out += fmt::format("{} {}", label, value);
  };
  if (f.subject) add("subject", *f.subject);
  if (f.metric) add("metric", *f.metric);
  if (f.period) add("period", *f.period + (f.period_kind ? " (" + *f.period_kind + ")" : ""));
  if (f.change) add("change", f.change->role + (f.change->basis ? " " + *f.change->basis : ""));
  if (f.scale_inferred) add("scale", "inferred");
  return out;
}

Result<FigureIndex> LoadFigureIndex(EventStore* store) {
  FigureIndex index;
  DOSSIER_RETURN_IF_ERROR(CatchUp(store, &index, /*persist=*/false));
  return index;
}

}  // namespace dossier
