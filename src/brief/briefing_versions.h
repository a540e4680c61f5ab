// Published versions of a story's briefing: publishing the next one (only when its content
// changed), listing them, and reading one back, proven against the hashes recorded with it.
//
// A version is a BriefingPublished event in stream briefing-<slug> (model/briefing_events.h) with
// the briefing's JSON as a blob of the same append. Reading a version never assembles anything:
// it parses the stored JSON, so version N renders the same however much was recorded since.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "brief/briefing.h"
#include "dossier/event_store.h"
#include "model/briefing_events.h"

namespace dossier {

// One published version as recorded: the payload and who recorded it when.
struct PublishedBriefing {
  BriefingPublished published;
  uint64_t position = 0;  // of its event
  std::string recorded_at;
  std::string recorded_by;
};

// Every published version of story `slug`, in version order (empty when none is).
Result<std::vector<PublishedBriefing>> ListPublishedBriefings(const EventStore& store, std::string_view slug);

// Version `version` of the briefing of `slug`, by one index lookup; NotFound saying which versions
// there are when it has no such version.
Result<PublishedBriefing> FindPublishedBriefing(const EventStore& store, std::string_view slug, uint64_t version);

// The last published version, if any: one index lookup however many versions there are, so that
// publishing does not slow down as versions accumulate.
Result<std::optional<PublishedBriefing>> LastPublishedBriefing(const EventStore& store, std::string_view slug);

// The SHA-256 of the briefing's JSON with its version, timestamp and log position blanked: two
// briefings with the same content hash say the same, whenever and wherever in the log.
std::string BriefingContentSha256(Briefing briefing);

struct PublishOutcome {
  bool recorded = false;  // false: the content is the last version's, nothing was recorded
  uint64_t version = 0;   // the version recorded, or the current one
  uint64_t position = 0;  // the event recording it (or the current one's)
  Briefing briefing;      // as published (when recorded)
  std::string markdown;   // as published (when recorded)
};

// Publishes `draft` (assembled at the head, its timestamp the time of publishing) as the version
// after `last`, the last version as the caller read it (LastPublishedBriefing), unless its content
// hash equals that one's. The event and the JSON blob are one append that expects the stream at
// the version read, so a publish that came first makes this one fail with Conflict.
Result<PublishOutcome> PublishBriefing(EventStore* store, Briefing draft, const std::optional<PublishedBriefing>& last,
                                       const std::string& recorded_by, const std::string& correlation);

// Reads a version's JSON back and proves it: Corruption when the blob is missing, its bytes do not
// hash to the recorded briefing_sha256, or they do not parse and render again to the same bytes.
Result<Briefing> ReadPublishedBriefing(const EventStore& store, const PublishedBriefing& version);

// The Markdown of a version as published: `briefing` (ReadPublishedBriefing) rendered by the renderer
// its event records, proven against its markdown_sha256 (CheckPublishedMarkdown). NotSupported
// when a later dossier's renderer published it.
Result<std::string> RenderPublishedMarkdown(const PublishedBriefing& version, const Briefing& briefing);

// Corruption unless `markdown` (a version rendered again) hashes to its recorded markdown_sha256.
Status CheckPublishedMarkdown(const PublishedBriefing& version, std::string_view markdown);

}  // namespace dossier
