#include "project/proj_figures.h"

#include <algorithm>

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

std::vector<FigureConflict> FindConflicts(const std::vector<FigureRef>& figures) {
  // Figures that measure one thing: same metric, kind, unit, per-unit and context date.
  std::map<std::string, std::vector<FigureRef>> by_measure;
  std::map<std::string, std::string> metric_of;
  for (const FigureRef& ref : figures) {
    const Figure& f = ref.figure->figure;
    if (!f.metric) continue;
    std::string key = fmt::format("{}\x1f{}\x1f{}\x1f{}\x1f{}", MetricKey(*f.metric), ToString(f.kind), UnitKey(f.unit),
                                  PerKey(f.per), f.context_date.value_or(""));
    by_measure[key].push_back(ref);
    metric_of.emplace(key, *f.metric);
  }
  std::vector<FigureConflict> conflicts;
  for (const auto& [key, measured] : by_measure) {
    std::vector<std::vector<FigureRef>> values = GroupSameQuantity(measured);
    if (values.size() > 1) conflicts.push_back({metric_of.at(key), std::move(values)});
  }
  return conflicts;
}

Result<FigureIndex> LoadFigureIndex(EventStore* store) {
  FigureIndex index;
  DOSSIER_RETURN_IF_ERROR(CatchUp(store, &index, /*persist=*/false));
  return index;
}

}  // namespace dossier
