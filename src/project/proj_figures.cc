#include "project/proj_figures.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "model/annotation_events.h"
#include "project/figure_quantity.h"
#include "util/json_object.h"
#include "util/json_writer.h"

namespace dossier {
namespace {

constexpr std::string_view kSourcePrefix = "source/";
constexpr std::string_view kLabelPrefix = "label/";

}  // namespace

Status FigureIndex::Restore(std::string_view key, std::string_view value) {
  JsonObject o;
  if (key.substr(0, kLabelPrefix.size()) == kLabelPrefix) {
    DOSSIER_ASSIGN_OR_RETURN(o, JsonObject::Parse(value));
    Label& label = labels_[std::string(key.substr(kLabelPrefix.size()))];
    DOSSIER_ASSIGN_OR_RETURN(label.metric, o.OptionalString("metric"));
    DOSSIER_ASSIGN_OR_RETURN(label.subject, o.OptionalString("subject"));
    DOSSIER_ASSIGN_OR_RETURN(label.period, o.OptionalString("period"));
    return Status::OK();  // the stored sources hold their figures with the labels applied
  }
  if (key.substr(0, kSourcePrefix.size()) != kSourcePrefix) return Status::Corruption(fmt::format("unknown key `{}`", key));
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

void FigureIndex::ApplyLabels(SourceFigures* source) const {
  for (ExtractedFigure& e : source->extracted.figures) {
    auto label = labels_.find(e.id);
    if (label == labels_.end()) continue;
    if (label->second.metric) e.figure.metric = label->second.metric;
    if (label->second.subject) e.figure.subject = label->second.subject;
    if (label->second.period) e.figure.period = label->second.period;
  }
}

Status FigureIndex::Apply(const RecordedEvent& event) {
  if (event.type == kMetricLabeled) {
    MetricLabeled labelled;
    DOSSIER_ASSIGN_OR_RETURN(labelled, DecodeMetricLabeled(event.payload));
    Label& label = labels_[labelled.figure];
    if (labelled.metric) label.metric = labelled.metric;
    if (labelled.subject) label.subject = labelled.subject;
    if (labelled.period) label.period = labelled.period;
    changed_labels_.insert(labelled.figure);
    for (auto& [id, source] : sources_) {
      const bool holds = std::any_of(source.extracted.figures.begin(), source.extracted.figures.end(),
                                     [&](const ExtractedFigure& e) { return e.id == labelled.figure; });
      if (!holds) continue;
      ApplyLabels(&source);
      changed_.insert(id);
    }
    return Status::OK();
  }
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
  ApplyLabels(&s);
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
  for (const std::string& id : changed_labels_) {
    const Label& label = labels_.at(id);
    JsonWriter w;
    w.BeginObject();
    if (label.metric) w.Key("metric").String(*label.metric);
    if (label.subject) w.Key("subject").String(*label.subject);
    if (label.period) w.Key("period").String(*label.period);
    w.EndObject();
    puts->emplace_back(std::string(kLabelPrefix) + id, w.Take());
  }
  changed_labels_.clear();
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

namespace {

// Whether `f`, one end of a change in `source`, states no value of its own to compare: a delta
// with no basis (a move against nothing named), or the `from` end of a revision whose `to` end has
// the same period ("raised its 2026 forecast from $35 billion to $50 billion": the old value is
// superseded). A `from` end of another period ("$135 billion, up from $72 billion last year") is
// that period's value, and a `to` end is the current one. A `from` end whose other end is not
// known is left out too, rather than guessed.
bool StatesNoRivalValue(const Figure& f, const SourceFigures& source) {
  if (!f.change) return false;
  if (f.change->role == "delta") return !f.change->basis;
  if (f.change->role != "from") return false;
  if (!f.change->other_begin) return true;  // a move whose new value the text does not state
  for (const ExtractedFigure& other : source.extracted.figures) {
    if (other.figure.span.begin == *f.change->other_begin) return other.figure.period == f.period;
  }
  return false;
}

}  // namespace

std::vector<FigureConflict> FindConflicts(const std::vector<FigureRef>& figures) {
  std::map<std::string, std::vector<FigureRef>> by_measure;
  for (const FigureRef& ref : figures) {
    const Figure& f = ref.figure->figure;
    if (StatesNoRivalValue(f, *ref.source)) continue;
    std::optional<std::string> key = MeasureKey(f);
    if (!key) continue;
    if (f.change && f.change->role == "delta") *key += "\x1f" + *f.change->basis;
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

namespace {

// Whether `text` names `subject`: any word of it that is no bare connective, case-folded ("Meta"
// names "Meta Platforms"; "Alphabet, Amazon, Meta and Microsoft" is named by any member).
bool Names(std::string_view text, const std::string& subject) {
  const std::string folded_text = MetricKey(text);
  std::string word;
  auto found = [&]() {
    return word.size() > 1 && word != "and" && folded_text.find(MetricKey(word)) != std::string::npos;
  };
  for (char c : subject + " ") {
    if (c == ' ' || c == ',') {
      if (found()) return true;
      word.clear();
    } else {
      word += c;
    }
  }
  return false;
}

}  // namespace

bool ContradictsSubject(const Figure& reading, std::string_view line, const Figure& recorded,
                        std::string_view source_sentence) {
  if (!reading.subject || !recorded.subject || SubjectKey(*reading.subject) == SubjectKey(*recorded.subject)) return false;
  // Only an owner the line states outright, as a possessive ("Meta's capital spending"): the other
  // ways a line names a subject are not yet read reliably enough to fail a briefing on.
  const bool possessive = line.find(*reading.subject + "'s") != std::string_view::npos ||
                          line.find(*reading.subject + "\xe2\x80\x99s") != std::string_view::npos;
  return possessive && !Names(line, *recorded.subject) && !Names(source_sentence, *reading.subject);
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
