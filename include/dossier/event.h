// Events: the write shape (NewEvent) and the read shape (RecordedEvent).
//
// An event is one immutable fact. Its envelope says where it sits in the log (a global position,
// gap-free from 1), which stream it belongs to and at which stream version, what it is (type and
// payload schema version), when it was recorded and by whom, when it happened in the world (if
// known), which command recorded it (the correlation id shared by that command's events), and
// the hash chain: the previous event's hash and its own. The stored encoding is described in
// doc/storage-format.md; a RecordedEvent is decoded from exactly those bytes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace dossier {

struct NewEvent {
  std::string stream;                      // e.g. "source-3f2a…", "story-ai-roi"
  std::string type;                        // e.g. "SourceRecorded"
  int schema_version = 1;                  // version of the payload's schema
  std::optional<std::string> occurred_at;  // ISO 8601 date or UTC datetime; nullopt if unknown
  std::string payload;                     // one JSON object, as written by JsonWriter
};

struct RecordedEvent {
  uint64_t position = 0;  // global, gap-free, from 1
  std::string stream;
  uint64_t version = 0;   // within its stream, from 1
  std::string type;
  int schema_version = 1;
  std::string recorded_at;  // UTC, "YYYY-MM-DDTHH:MM:SS.mmmZ"
  std::optional<std::string> occurred_at;
  std::string recorded_by;
  std::string correlation;
  std::string payload;    // the JSON object, byte for byte as stored
  std::string prev_hash;  // 64 hex digits; all zeros before position 1
  std::string hash;       // SHA-256 of the canonical encoding without the hash member
};

// The hash that the first event chains from.
inline const std::string& GenesisHash() {
  static const std::string kZeros(64, '0');
  return kZeros;
}

}  // namespace dossier
