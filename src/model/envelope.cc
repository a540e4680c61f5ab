#include "model/envelope.h"

#include <fmt/format.h>
#include <simdjson.h>

#include "util/json_writer.h"
#include "util/sha256.h"

namespace dossier {
namespace {

constexpr std::string_view kHashMemberStart = ",\"hash\":\"";
// `,"hash":"` + 64 hex digits + `"}`
constexpr size_t kHashSuffixSize = kHashMemberStart.size() + 64 + 2;

std::string HashOfCanonical(std::string_view canonical_without_brace) {
  Sha256Digest digest = Sha256({canonical_without_brace, "}"});
  return ToHex(digest.data(), digest.size());
}

Status Malformed(std::string_view what) {
  return Status::Corruption(fmt::format("stored event is malformed: {}", what));
}

}  // namespace

bool IsValidStreamName(std::string_view stream) {
  if (stream.empty() || stream.size() > 200) return false;
  size_t dash = stream.find('-');
  if (dash == 0 || dash == std::string_view::npos || dash + 1 == stream.size()) return false;
  for (size_t i = 0; i < dash; ++i) {
    if (stream[i] < 'a' || stream[i] > 'z') return false;
  }
  for (size_t i = dash + 1; i < stream.size(); ++i) {
    char c = stream[i];
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '.' || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

std::string EncodeEvent(RecordedEvent* event) {
  std::string bytes;
  EncodeEvent(event, &bytes);
  return bytes;
}

void EncodeEvent(RecordedEvent* event, std::string* out) {
  // The members around the payload take a few hundred bytes: one allocation at most.
  out->reserve(event->payload.size() + event->stream.size() + event->recorded_by.size() + 512);
  JsonWriter w(std::move(*out));
  w.BeginObject()
      .Key("position").Uint(event->position)
      .Key("stream").String(event->stream)
      .Key("version").Uint(event->version)
      .Key("type").String(event->type)
      .Key("schema").Int(event->schema_version)
      .Key("recorded_at").String(event->recorded_at)
      .Key("occurred_at").OptionalString(event->occurred_at)
      .Key("recorded_by").String(event->recorded_by)
      .Key("correlation").String(event->correlation)
      .Key("payload").Raw(event->payload)
      .Key("prev").String(event->prev_hash);
  *out = w.Take();  // the object, still open
  event->hash = HashOfCanonical(*out);
  out->append(kHashMemberStart);
  out->append(event->hash);
  out->append("\"}");
}

Result<std::string> RecomputeEventHash(std::string_view bytes) {
  if (bytes.size() < kHashSuffixSize + 2 || bytes.back() != '}' ||
      bytes.substr(bytes.size() - kHashSuffixSize, kHashMemberStart.size()) != kHashMemberStart) {
    return Malformed("it does not end with its hash member");
  }
  return HashOfCanonical(bytes.substr(0, bytes.size() - kHashSuffixSize));
}

Status CheckEventLink(std::string_view bytes, const RecordedEvent& event, uint64_t position,
                      std::string_view prev) {
  if (event.position != position) {
    return Status::Corruption(fmt::format("event {}: it says position {}; positions must run 1, 2, 3… without gaps",
                                          position, event.position));
  }
  if (event.prev_hash != prev) {
    return Status::Corruption(fmt::format("event {}: its previous hash does not match the event before it", position));
  }
  Result<std::string> hash = RecomputeEventHash(bytes);
  if (!hash.ok()) return hash.status().WithContext(fmt::format("event {}", position));
  if (*hash != event.hash) return Status::Corruption(fmt::format("event {}: its hash does not match its content", position));
  return Status::OK();
}

Result<RecordedEvent> DecodeEvent(std::string_view bytes) {
  // simdjson reads past the end of its input, so parse a padded copy.
  thread_local simdjson::ondemand::parser parser;
  thread_local std::string buffer;
  buffer.assign(bytes);
  buffer.reserve(bytes.size() + simdjson::SIMDJSON_PADDING);
  simdjson::ondemand::document doc;
  if (parser.iterate(buffer.data(), buffer.size(), buffer.capacity()).get(doc)) {
    return Malformed("not JSON");
  }
  simdjson::ondemand::object object;
  if (doc.get_object().get(object)) return Malformed("not a JSON object");

  RecordedEvent event;
  int seen = 0;
  for (auto field : object) {
    std::string_view key;
    if (field.unescaped_key().get(key)) return Malformed("bad member name");
    auto value = field.value();
    simdjson::error_code error = simdjson::SUCCESS;
    std::string_view text;
    uint64_t number = 0;
    int64_t signed_number = 0;
    if (key == "position") {
      error = value.get_uint64().get(number);
      event.position = number;
    } else if (key == "stream") {
      error = value.get_string().get(text);
      event.stream = text;
    } else if (key == "version") {
      error = value.get_uint64().get(number);
      event.version = number;
    } else if (key == "type") {
      error = value.get_string().get(text);
      event.type = text;
    } else if (key == "schema") {
      error = value.get_int64().get(signed_number);
      event.schema_version = static_cast<int>(signed_number);
    } else if (key == "recorded_at") {
      error = value.get_string().get(text);
      event.recorded_at = text;
    } else if (key == "occurred_at") {
      bool is_null = false;
      error = value.is_null().get(is_null);
      if (!error && !is_null) {
        error = value.get_string().get(text);
        event.occurred_at = std::string(text);
      }
    } else if (key == "recorded_by") {
      error = value.get_string().get(text);
      event.recorded_by = text;
    } else if (key == "correlation") {
      error = value.get_string().get(text);
      event.correlation = text;
    } else if (key == "payload") {
      simdjson::ondemand::object payload;
      error = value.get_object().get(payload);
      if (!error) error = payload.raw_json().get(text);
      event.payload = text;
    } else if (key == "prev") {
      error = value.get_string().get(text);
      event.prev_hash = text;
    } else if (key == "hash") {
      error = value.get_string().get(text);
      event.hash = text;
    } else {
      return Malformed(fmt::format("unknown member `{}`", key));
    }
    if (error) return Malformed(fmt::format("member `{}`: {}", key, simdjson::error_message(error)));
    ++seen;
  }
  if (seen != 12) return Malformed(fmt::format("{} members instead of 12", seen));
  return event;
}

}  // namespace dossier
