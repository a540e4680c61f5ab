// LogCheck: what `verify` proves about a log, fed one event and one text at a time, so that
// `import` proves the same of an export before it writes anything.
//
// Events must come in order: each one's position follows the last, its hash matches its bytes and
// links to the one before, its stream version follows the stream's last, and its payload decodes
// as its type says. Texts must hash to their keys; once all are in, every text an event names
// (a source's, a published briefing's JSON) must be there with the size recorded. Every problem is
// Corruption naming the event position or the text's SHA-256.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "dossier/event.h"
#include "dossier/status.h"

namespace dossier {

class LogCheck {
 public:
  // The event stored under `position` (its key in the store, its line's place in an export).
  Status AddEvent(uint64_t position, std::string_view bytes);
  Status AddText(std::string_view sha256_hex, std::string_view bytes);
  // After every event and text: each text an event named is there, with its recorded size.
  Status CheckTextsNamed() const;

  uint64_t events() const { return events_; }
  uint64_t streams() const { return stream_versions_.size(); }
  uint64_t texts() const { return texts_.size(); }
  uint64_t text_bytes() const { return text_bytes_; }
  const std::string& chain_head() const { return prev_; }
  // (stream, version) -> position, for checking a store's stream index.
  const std::map<std::pair<std::string, uint64_t>, uint64_t>& index() const { return index_; }

 private:
  uint64_t events_ = 0;
  std::string prev_ = GenesisHash();
  std::unordered_map<std::string, uint64_t> stream_versions_;  // stream -> last version
  std::map<std::pair<std::string, uint64_t>, uint64_t> index_;
  std::map<std::string, std::pair<uint64_t, uint64_t>> named_;  // sha256 -> (bytes, position)
  std::map<std::string, uint64_t> texts_;                       // sha256 -> size
  uint64_t text_bytes_ = 0;
};

// Decodes `payload` as an event of `type`, in payload schema `schema`, says it is. A type this build does not know is
// Corruption: a newer dossier that adds an event type raises the store format, so its stores and
// exports are refused by their format version before any event is read.
Status CheckPayload(std::string_view type, int schema, std::string_view payload);

}  // namespace dossier
