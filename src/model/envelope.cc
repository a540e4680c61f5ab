#include "model/envelope.h"

#include <algorithm>
#include <iterator>

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

// The members of an envelope, in canonical order.
enum Member {
  kPosition, kStream, kVersion, kType, kSchema, kRecordedAt, kOccurredAt, kRecordedBy,
  kCorrelation, kPayload, kPrev, kHash, kMemberCount
};
constexpr std::string_view kMemberNames[kMemberCount] = {
    "position", "stream", "version", "type", "schema", "recorded_at", "occurred_at",
    "recorded_by", "correlation", "payload", "prev", "hash"};

// Readers of one member's value into an event's field, reusing the field's capacity.
simdjson::error_code GetString(simdjson::ondemand::value& value, std::string* out) {
  std::string_view text;
  simdjson::error_code error = value.get_string().get(text);
  if (!error) out->assign(text);
  return error;
}

simdjson::error_code GetOptionalString(simdjson::ondemand::value& value, std::optional<std::string>* out) {
  bool is_null = false;
  simdjson::error_code error = value.is_null().get(is_null);
  if (error || is_null) {
    out->reset();
    return error;
  }
  if (!out->has_value()) out->emplace();
  return GetString(value, &**out);
}

simdjson::error_code GetRawObject(simdjson::ondemand::value& value, std::string* out) {
  simdjson::ondemand::object object;
  std::string_view json;
  simdjson::error_code error = value.get_object().get(object);
  if (!error) error = object.raw_json().get(json);
  if (!error) out->assign(json);
  return error;
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

Result<std::string_view> StoredEventHash(std::string_view bytes) {
  if (bytes.size() < kHashSuffixSize + 2 || bytes.back() != '}' ||
      bytes.substr(bytes.size() - kHashSuffixSize, kHashMemberStart.size()) != kHashMemberStart) {
    return Malformed("it does not end with its hash member");
  }
  return bytes.substr(bytes.size() - kHashSuffixSize + kHashMemberStart.size(), 64);
}

Result<std::string> RecomputeEventHash(std::string_view bytes) {
  Result<std::string_view> stored = StoredEventHash(bytes);  // checks that the bytes end with one
  if (!stored.ok()) return stored.status();
  return HashOfCanonical(bytes.substr(0, bytes.size() - kHashSuffixSize));
}

Status CheckEventLink(std::string_view bytes, const RecordedEvent& event, uint64_t position,
                      std::string_view prev) {
  return CheckEventLink(event, position, prev, RecomputeEventHash(bytes));
}

Status CheckEventLink(const RecordedEvent& event, uint64_t position, std::string_view prev,
                      const Result<std::string>& recomputed_hash) {
  if (event.position != position) {
    return Status::Corruption(fmt::format("event {}: it says position {}; positions must run 1, 2, 3… without gaps",
                                          position, event.position));
  }
  if (event.prev_hash != prev) {
    return Status::Corruption(fmt::format("event {}: its previous hash does not match the event before it", position));
  }
  if (!recomputed_hash.ok()) return recomputed_hash.status().WithContext(fmt::format("event {}", position));
  if (*recomputed_hash != event.hash) return Status::Corruption(fmt::format("event {}: its hash does not match its content", position));
  return Status::OK();
}

Result<RecordedEvent> DecodeEvent(std::string_view bytes) {
  RecordedEvent event;
  DOSSIER_RETURN_IF_ERROR(DecodeEvent(bytes, &event));
  return event;
}

Status DecodeEvent(std::string_view bytes, RecordedEvent* event) {
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

  unsigned seen = 0;  // a bit per Member: each must appear exactly once
  int read = 0;       // members read so far
  for (auto field : object) {
    std::string_view key;
    if (field.unescaped_key().get(key)) return Malformed("bad member name");
    // Stored events have their members in canonical order: try the next one first.
    const int next = read++;
    const auto member = static_cast<Member>(
        next < kMemberCount && kMemberNames[next] == key
            ? next
            : std::find(std::begin(kMemberNames), std::end(kMemberNames), key) - std::begin(kMemberNames));
    if (member == kMemberCount) return Malformed(fmt::format("unknown member `{}`", key));
    if (seen & (1u << member)) return Malformed(fmt::format("member `{}` appears twice", key));
    seen |= 1u << member;
    simdjson::ondemand::value value;
    simdjson::error_code error = field.value().get(value);
    int64_t schema = 0;
    if (!error) {
      switch (member) {
        case kPosition: error = value.get_uint64().get(event->position); break;
        case kStream: error = GetString(value, &event->stream); break;
        case kVersion: error = value.get_uint64().get(event->version); break;
        case kType: error = GetString(value, &event->type); break;
        case kSchema:
          error = value.get_int64().get(schema);
          event->schema_version = static_cast<int>(schema);
          break;
        case kRecordedAt: error = GetString(value, &event->recorded_at); break;
        case kOccurredAt: error = GetOptionalString(value, &event->occurred_at); break;
        case kRecordedBy: error = GetString(value, &event->recorded_by); break;
        case kCorrelation: error = GetString(value, &event->correlation); break;
        case kPayload: error = GetRawObject(value, &event->payload); break;
        case kPrev: error = GetString(value, &event->prev_hash); break;
        case kHash: error = GetString(value, &event->hash); break;
        case kMemberCount: break;
      }
    }
    if (error) return Malformed(fmt::format("member `{}`: {}", key, simdjson::error_message(error)));
  }
  for (int member = 0; member < kMemberCount; ++member) {
    if (!(seen & (1u << member))) return Malformed(fmt::format("member `{}` is missing", kMemberNames[member]));
  }
  return Status::OK();
}

}  // namespace dossier
