#include "project/kept_events.h"

#include <fmt/format.h>

#include "util/json_object.h"
#include "util/json_writer.h"

namespace dossier {
namespace {

constexpr std::string_view kEventPrefix = "event/";

}  // namespace

Status KeptEventsProjection::Restore(std::string_view key, std::string_view value) {
  if (key.substr(0, kEventPrefix.size()) != kEventPrefix) return Status::Corruption(fmt::format("unknown key `{}`", key));
  JsonObject o;
  DOSSIER_ASSIGN_OR_RETURN(o, JsonObject::Parse(value));
  KeptEvent e;
  DOSSIER_ASSIGN_OR_RETURN(e.position, o.Uint("position"));
  DOSSIER_ASSIGN_OR_RETURN(e.stream, o.String("stream"));
  DOSSIER_ASSIGN_OR_RETURN(e.type, o.String("type"));
  DOSSIER_ASSIGN_OR_RETURN(e.recorded_at, o.String("recorded_at"));
  DOSSIER_ASSIGN_OR_RETURN(e.occurred_at, o.OptionalString("occurred_at"));
  DOSSIER_ASSIGN_OR_RETURN(e.payload, o.RawMember("payload"));
  events_.push_back(std::move(e));
  unsaved_from_ = events_.size();
  return Status::OK();
}

Status KeptEventsProjection::Apply(const RecordedEvent& event) {
  if (types_.count(event.type) == 0) return Status::OK();
  events_.push_back({event.position, event.stream, event.type, event.recorded_at, event.occurred_at, event.payload});
  return Status::OK();
}

void KeptEventsProjection::TakeChanges(std::vector<std::pair<std::string, std::string>>* puts) {
  for (size_t i = unsaved_from_; i < events_.size(); ++i) {
    const KeptEvent& e = events_[i];
    JsonWriter w;
    w.BeginObject()
        .Key("position").Uint(e.position)
        .Key("stream").String(e.stream)
        .Key("type").String(e.type)
        .Key("recorded_at").String(e.recorded_at)
        .Key("occurred_at").OptionalString(e.occurred_at)
        .Key("payload").Raw(e.payload)
        .EndObject();
    puts->emplace_back(fmt::format("{}{:020}", kEventPrefix, e.position), w.Take());
  }
  unsaved_from_ = events_.size();
}

}  // namespace dossier
