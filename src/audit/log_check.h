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
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "dossier/event.h"
#include "dossier/status.h"

namespace dossier {

// One stored event as its bytes alone tell it, without the events before it: what ReadEvent finds,
// on any thread, for LogCheck::AddRead to take in log order.
struct EventRead {
  RecordedEvent event;
  Status decoded = Status::OK();              // whether the bytes decode as an envelope (into `event`)
  Result<std::string> hash = std::string();   // the hash recomputed from the bytes
  Status payload = Status::OK();              // whether the payload decodes as its type says
  // The text a source or a published briefing names (its SHA-256 and size), read with its payload.
  std::optional<std::pair<std::string, uint64_t>> named_text;
};
// Reads the bytes stored under `position` into `*read`, reusing its buffers. The hashing and the
// payload's decoding, most of what a check of the log costs, are done here.
void ReadEvent(uint64_t position, std::string_view bytes, EventRead* read);

class LogCheck {
 public:
  // The event stored under `position` (its key in the store, its line's place in an export).
  Status AddEvent(uint64_t position, std::string_view bytes);
  // The same, read by ReadEvent (perhaps on another thread): what needs the events before it
  // (its position, its link, its stream's version, the texts it names), then its own reading's
  // problems, so that the first problem in log order is the one reported whatever thread read it.
  Status AddRead(uint64_t position, const EventRead& read);
  // A stored text. It touches only the texts' side, so it may run on another thread while events
  // are added (verify hashes the texts while it reads the events); CheckTextsNamed after both.
  Status AddText(std::string_view sha256_hex, std::string_view bytes);
  // After every event and text: each text an event named is there, with its recorded size (the
  // first event in log order whose text is not is named).
  Status CheckTextsNamed() const;
  // Room for a log of `events` events (a store's head), so that its tables do not grow step by step.
  void Reserve(uint64_t events);

  uint64_t events() const { return events_; }
  uint64_t streams() const { return streams_.size(); }
  uint64_t texts() const { return texts_.size(); }
  uint64_t text_bytes() const { return text_bytes_; }
  const std::string& chain_head() const { return prev_; }
  // Whether the event at `position` is version `version` of `stream`: what a store's stream index
  // entry claims. Every event is one (stream, version), so a stream index with as many entries as
  // there are events, each of which holds here, is exactly the events' index.
  bool IsEventAt(std::string_view stream, uint64_t version, uint64_t position) const;

 private:
  uint64_t events_ = 0;
  std::string prev_ = GenesisHash();
  struct StreamSeen {
    uint32_t number = 0;   // the stream's place in the order streams first appeared
    uint64_t version = 0;  // its last version
  };
  struct EventSeen {
    uint32_t stream = 0;  // StreamSeen::number
    uint64_t version = 0;
  };
  struct TextNamed {
    std::string sha256;
    uint64_t bytes = 0;
    uint64_t position = 0;  // of the event that names it
  };
  std::unordered_map<std::string, StreamSeen> streams_;
  std::vector<EventSeen> events_seen_;  // by position - 1
  std::vector<TextNamed> named_;        // in log order
  std::unordered_map<std::string, uint64_t> texts_;  // sha256 -> size
  uint64_t text_bytes_ = 0;
};

// Decodes `payload` as an event of `type`, in payload schema `schema`, says it is. A type this build does not know is
// Corruption: a newer dossier that adds an event type raises the store format, so its stores and
// exports are refused by their format version before any event is read.
Status CheckPayload(std::string_view type, int schema, std::string_view payload);
// CheckPayload of a stored event, a problem named by its position as AddEvent names it.
Status CheckEventPayload(const RecordedEvent& event);

}  // namespace dossier
