// The canonical encoding of an event envelope (doc/storage-format.md) and its hash chain.
//
// An event is stored as one compact JSON object with its members in this order:
//   position, stream, version, type, schema, recorded_at, occurred_at, recorded_by, correlation,
//   payload, prev, hash
// Its hash is the SHA-256 of the same text without the trailing `,"hash":"…"` member, so the
// hash covers every other member including `prev`, the hash of the event before it.
#pragma once

#include <string>
#include <string_view>

#include "dossier/event.h"
#include "dossier/status.h"

namespace dossier {

// Encodes `event` (all members but `hash`) canonically, computes its hash, stores the hash in
// event->hash and returns the full encoding.
// REQUIRES: event->payload is one compact JSON object written by JsonWriter.
std::string EncodeEvent(RecordedEvent* event);
// The same, into `*out` (replacing what it held and reusing its capacity), for encoding many.
void EncodeEvent(RecordedEvent* event, std::string* out);

// Decodes stored bytes. Fails with Corruption naming the problem if they are not an envelope.
Result<RecordedEvent> DecodeEvent(std::string_view bytes);
// The same, into `*event` (every member replaced, its strings' capacity reused), for decoding
// many. On failure `*event` holds a mix of old and new members.
Status DecodeEvent(std::string_view bytes, RecordedEvent* event);

// Recomputes the hash of stored bytes from their canonical part. Fails with Corruption if the
// bytes do not end in a well-formed hash member.
Result<std::string> RecomputeEventHash(std::string_view bytes);

// The hash stored bytes name in their hash member, as stored (RecomputeEventHash checks it), without
// decoding them. Fails with Corruption if the bytes do not end in a well-formed hash member.
Result<std::string_view> StoredEventHash(std::string_view bytes);

// Checks that stored `bytes`, decoded as `event`, sit at `position` and chain from `prev`:
// the position, the previous hash and the recomputed hash all match. Errors name the position.
Status CheckEventLink(std::string_view bytes, const RecordedEvent& event, uint64_t position,
                      std::string_view prev);
// The same, given the hash recomputed from the bytes (RecomputeEventHash's result), so that the
// hashing can run ahead, on another thread.
Status CheckEventLink(const RecordedEvent& event, uint64_t position, std::string_view prev,
                      const Result<std::string>& recomputed_hash);

// Whether a stream name is well-formed: "<kind>-<id>", kind lowercase letters, id of
// [A-Za-z0-9._-], at most 200 bytes.
bool IsValidStreamName(std::string_view stream);

}  // namespace dossier
