#include "project/kept_events.h"

#include <algorithm>
#include <iterator>

#include <fmt/format.h>

#include "util/json_object.h"
#include "util/json_writer.h"

namespace dossier {
namespace {

constexpr std::string_view kEventPrefix = "event/";
constexpr std::string_view kIndexPrefix = "index/";
constexpr size_t kPositionDigits = 20;

std::string EventKey(uint64_t position) { return fmt::format("{}{:020}", kEventPrefix, position); }

std::string IndexPrefix(std::string_view term) {
  std::string key(kIndexPrefix);
  key.append(term);
  key.push_back('\0');
  return key;
}

Result<KeptEvent> DecodeKept(std::string_view value) {
  JsonObject o;
  DOSSIER_ASSIGN_OR_RETURN(o, JsonObject::Parse(value));
  KeptEvent e;
  DOSSIER_ASSIGN_OR_RETURN(e.position, o.Uint("position"));
  DOSSIER_ASSIGN_OR_RETURN(e.stream, o.String("stream"));
  DOSSIER_ASSIGN_OR_RETURN(e.type, o.String("type"));
  DOSSIER_ASSIGN_OR_RETURN(e.recorded_at, o.String("recorded_at"));
  DOSSIER_ASSIGN_OR_RETURN(e.occurred_at, o.OptionalString("occurred_at"));
  DOSSIER_ASSIGN_OR_RETURN(e.payload, o.RawMember("payload"));
  return e;
}

std::string EncodeKept(const RecordedEvent& e) {
  JsonWriter w;
  w.BeginObject()
      .Key("position").Uint(e.position)
      .Key("stream").String(e.stream)
      .Key("type").String(e.type)
      .Key("recorded_at").String(e.recorded_at)
      .Key("occurred_at").OptionalString(e.occurred_at)
      .Key("payload").Raw(e.payload)
      .EndObject();
  return w.Take();
}

}  // namespace

Result<std::vector<std::string>> KeptEventsProjection::IndexTerms(const RecordedEvent&) const {
  return std::vector<std::string>();
}

Status KeptEventsProjection::Apply(const RecordedEvent& event) {
  if (types_.count(event.type) == 0) return Status::OK();
  std::vector<std::string> terms;
  DOSSIER_ASSIGN_OR_RETURN(terms, IndexTerms(event));
  rows().Put(EventKey(event.position), EncodeKept(event));
  const std::string position = fmt::format("{:020}", event.position);
  for (const std::string& term : terms) rows().Put(IndexPrefix(term) + position, "");
  return Status::OK();
}

Status KeptEventsProjection::LoadAll() {
  events_.clear();
  Status decoded = Status::OK();
  DOSSIER_RETURN_IF_ERROR(rows().Scan(kEventPrefix, [&](std::string_view key, std::string_view value) {
    Result<KeptEvent> e = DecodeKept(value);
    if (!e.ok()) {
      decoded = e.status().WithContext(fmt::format("projection {}: row `{}`", name(), key));
      return false;
    }
    events_.push_back(std::move(*e));
    return true;
  }));
  return decoded;
}

Status KeptEventsProjection::LoadIndexedBy(const std::vector<std::string>& terms) {
  std::vector<KeptEvent> events;
  DOSSIER_ASSIGN_OR_RETURN(events, EventsIndexedBy(terms));
  return Load(std::move(events));
}

Result<std::vector<KeptEvent>> KeptEventsProjection::EventsIndexedBy(const std::vector<std::string>& terms,
                                                                     std::vector<KeptEvent> held) const {
  std::vector<std::string> keys;
  for (const std::string& term : terms) {
    const std::string prefix = IndexPrefix(term);
    DOSSIER_RETURN_IF_ERROR(rows().Scan(prefix, [&](std::string_view key, std::string_view) {
      keys.push_back(std::string(kEventPrefix) + std::string(key.substr(prefix.size(), kPositionDigits)));
      return true;
    }));
  }
  std::sort(keys.begin(), keys.end());  // fixed-width positions: key order is log order
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  std::vector<KeptEvent> events;
  auto next_held = held.begin();
  for (const std::string& key : keys) {
    for (; next_held != held.end() && EventKey(next_held->position) < key; ++next_held) events.push_back(std::move(*next_held));
    if (next_held != held.end() && EventKey(next_held->position) == key) continue;  // taken in its turn
    std::optional<std::string> value;
    DOSSIER_ASSIGN_OR_RETURN(value, rows().Get(key));
    if (!value) return Status::Corruption(fmt::format("projection {}: the index names `{}`, which is missing", name(), key));
    KeptEvent e;
    DOSSIER_ASSIGN_OR_RETURN(e, DecodeKept(*value));
    events.push_back(std::move(e));
  }
  std::move(next_held, held.end(), std::back_inserter(events));
  return events;
}

Status KeptEventsProjection::ScanTerms(std::string_view prefix,
                                       const std::function<bool(std::string_view term)>& fn) const {
  std::string last;
  bool any = false;
  return rows().Scan(std::string(kIndexPrefix) + std::string(prefix), [&](std::string_view key, std::string_view) {
    const std::string_view rest = key.substr(kIndexPrefix.size());
    const std::string_view term = rest.substr(0, rest.find('\0'));
    if (any && term == last) return true;
    any = true;
    last.assign(term);
    return fn(term);
  });
}

}  // namespace dossier
