#include "audit/log_check.h"

#include <fmt/format.h>

#include "dossier/event_store.h"
#include "model/annotation_events.h"
#include "model/briefing_events.h"
#include "model/claim_events.h"
#include "model/envelope.h"
#include "model/figure_events.h"
#include "model/source_events.h"
#include "util/sha256.h"

namespace dossier {
namespace {

// Stored bytes that do not decode are damage, whatever code the decoder gave.
Status AsDamage(const Status& s) {
  if (s.ok() || s.code() == Status::Code::kCorruption) return s;
  return Status::Corruption(s.message());
}
Status AsDamage(const Status& s, uint64_t position) { return AsDamage(s.WithContext(fmt::format("event {}", position))); }

template <typename Decoded>
Status Decodes(const Result<Decoded>& decoded) {
  return decoded.status();
}

}  // namespace

Status CheckPayload(std::string_view type, int schema, std::string_view payload) {
  if (type == kSourceRecorded) return Decodes(DecodeSourceRecorded(payload));
  if (type == kStoryCreated) return Decodes(DecodeStoryCreated(payload));
  if (type == kSourceAttached) return Decodes(DecodeSourceAttached(payload));
  if (type == kFiguresExtracted) return CheckFiguresExtracted(payload, schema);
  if (type == kClaimsExtracted) return Decodes(DecodeClaimsExtracted(payload));
  if (type == kBriefingPublished) return Decodes(DecodeBriefingPublished(payload));
  if (type == kActorDefined) return Decodes(DecodeActorDefined(payload));
  if (type == kPerspectiveRecorded) return Decodes(DecodePerspectiveRecorded(payload));
  if (type == kTensionRecorded) return Decodes(DecodeTensionRecorded(payload));
  if (type == kQuestionOpened) return Decodes(DecodeQuestionOpened(payload));
  if (type == kQuestionResolved) return Decodes(DecodeQuestionResolved(payload));
  if (type == kCorrectionRecorded) return Decodes(DecodeCorrectionRecorded(payload));
  if (type == kRetractionRecorded) return Decodes(DecodeRetractionRecorded(payload));
  if (type == kMetricLabeled) return Decodes(DecodeMetricLabeled(payload));
  if (type == kEditorNoteRecorded) return Decodes(DecodeEditorNoteRecorded(payload));
  // Every event type belongs to the store format (event_store.h): a store or export whose format
  // this build reads holds only types it knows, so any other is damage, not news from a newer build.
  return Status::Corruption(fmt::format("its type `{}` is not an event type of store format {}", type,
                                        kStoreFormatVersion));
}

Status CheckEventPayload(const RecordedEvent& event) {
  return AsDamage(CheckPayload(event.type, event.schema_version, event.payload), event.position);
}

void ReadEvent(uint64_t position, std::string_view bytes, EventRead* read) {
  read->decoded = AsDamage(DecodeEvent(bytes, &read->event), position);
  if (!read->decoded.ok()) return;
  read->hash = RecomputeEventHash(bytes);
  read->named_text.reset();
  const RecordedEvent& event = read->event;
  // A source's and a briefing's payloads are decoded once, here, for the text they name.
  if (event.type == kSourceRecorded) {
    Result<SourceRecorded> source = DecodeSourceRecorded(event.payload);
    read->payload = AsDamage(source.status(), position);
    if (source.ok()) read->named_text.emplace(std::move(source->text_sha256), source->text_bytes);
  } else if (event.type == kBriefingPublished) {
    Result<BriefingPublished> published = DecodeBriefingPublished(event.payload);
    read->payload = AsDamage(published.status(), position);
    if (published.ok()) read->named_text.emplace(std::move(published->briefing_sha256), published->briefing_bytes);
  } else {
    read->payload = CheckEventPayload(event);
  }
}

Status LogCheck::AddEvent(uint64_t position, std::string_view bytes) {
  EventRead read;
  ReadEvent(position, bytes, &read);
  return AddRead(position, read);
}

Status LogCheck::AddRead(uint64_t position, const EventRead& read) {
  const uint64_t expected = events_ + 1;
  if (position != expected) {
    return Status::Corruption(fmt::format("event {}: missing (the next stored event is at {})", expected, position));
  }
  DOSSIER_RETURN_IF_ERROR(read.decoded);
  const RecordedEvent& event = read.event;
  DOSSIER_RETURN_IF_ERROR(AsDamage(CheckEventLink(event, position, prev_, read.hash)));
  auto [stream, first] = streams_.try_emplace(event.stream);
  if (first) stream->second.number = static_cast<uint32_t>(streams_.size() - 1);
  uint64_t& version = stream->second.version;
  if (event.version != ++version) {
    return Status::Corruption(fmt::format("event {}: stream {} jumps to version {} after {}", position,
                                          event.stream, event.version, version - 1));
  }
  DOSSIER_RETURN_IF_ERROR(read.payload);
  if (read.named_text) named_.push_back({read.named_text->first, read.named_text->second, position});
  events_seen_.push_back({stream->second.number, version});
  prev_ = event.hash;
  events_ = position;
  return Status::OK();
}

bool LogCheck::IsEventAt(std::string_view stream, uint64_t version, uint64_t position) const {
  if (position == 0 || position > events_seen_.size()) return false;
  auto found = streams_.find(std::string(stream));
  const EventSeen& seen = events_seen_[position - 1];
  return found != streams_.end() && seen.stream == found->second.number && seen.version == version;
}

Status LogCheck::AddText(std::string_view sha256_hex, std::string_view bytes) {
  if (Sha256Hex(bytes) != sha256_hex) {
    return Status::Corruption(fmt::format("stored text {}: its bytes do not match its SHA-256", sha256_hex));
  }
  if (texts_.emplace(std::string(sha256_hex), bytes.size()).second) text_bytes_ += bytes.size();
  return Status::OK();
}

Status LogCheck::CheckTextsNamed() const {
  for (const TextNamed& named : named_) {
    auto it = texts_.find(named.sha256);
    if (it == texts_.end()) {
      return Status::Corruption(fmt::format("event {}: its text {} is missing", named.position, named.sha256));
    }
    if (it->second != named.bytes) {
      return Status::Corruption(fmt::format("event {}: its text {} has {} bytes, not the {} recorded", named.position,
                                            named.sha256, it->second, named.bytes));
    }
  }
  return Status::OK();
}

void LogCheck::Reserve(uint64_t events) {
  events_seen_.reserve(events);
  // A source's version takes three or four events (its text, figures, claims, its story's) in
  // three streams of its own: about a quarter as many texts as events, and more than half as many
  // streams (the rest grow as they come).
  streams_.reserve(events / 2);
  texts_.reserve(events / 4);
}

}  // namespace dossier
