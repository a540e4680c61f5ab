// LogCheck: what verify and import both prove of a log.
#include <catch2/catch.hpp>

#include "audit/export.h"
#include "audit/log_check.h"
#include "model/briefing_events.h"
#include "model/envelope.h"
#include "model/figure_events.h"
#include "model/source_events.h"
#include "util/sha256.h"

using namespace dossier;

namespace {

// Appends an event of `type` with `payload` to `log`, chained to the one before.
void Append(std::vector<std::string>* log, std::string* prev, std::string stream, std::string_view type,
            std::string payload) {
  RecordedEvent event;
  event.position = log->size() + 1;
  event.stream = std::move(stream);
  event.version = 1;
  event.type = std::string(type);
  event.schema_version = 1;
  event.recorded_at = "2026-05-23T18:15:00.000Z";
  event.recorded_by = "tester";
  event.correlation = std::string(32, 'a');
  event.payload = std::move(payload);
  event.prev_hash = *prev;
  log->push_back(EncodeEvent(&event));
  *prev = event.hash;
}

BriefingPublished Briefing(const std::string& json) {
  BriefingPublished p;
  p.story = "ai-roi";
  p.version = 1;
  p.log_position = 0;
  p.content_sha256 = Sha256Hex("content");
  p.markdown_sha256 = Sha256Hex("markdown");
  p.briefing_sha256 = Sha256Hex(json);
  p.briefing_bytes = json.size();
  return p;
}

std::string ExportOf(const std::vector<std::string>& log, const std::vector<std::pair<std::string, std::string>>& blobs,
                     const std::string& head) {
  std::string out = "{\"dossier_export\":1,\"store_format\":1,\"events\":" + std::to_string(log.size()) +
                    ",\"blobs\":" + std::to_string(blobs.size()) + ",\"chain_head\":\"" + head + "\"}\n";
  for (const auto& [sha, text] : blobs) {
    out += "{\"blob\":\"" + sha + "\",\"bytes\":" + std::to_string(text.size()) + ",\"text\":\"" + text + "\"}\n";
  }
  for (const std::string& event : log) out += event + "\n";
  return out;
}

}  // namespace

TEST_CASE("a payload that does not decode as its type is damage, for verify and import alike", "[verify]") {
  std::vector<std::string> log;
  std::string prev = GenesisHash();
  // A BriefingPublished whose chain is whole but whose payload lacks its hashes.
  Append(&log, &prev, "briefing-ai-roi", kBriefingPublished, "{\"slug\":\"ai-roi\",\"version\":1}");
  LogCheck check;
  Status added = check.AddEvent(1, log[0]);
  REQUIRE(added.code() == Status::Code::kCorruption);
  REQUIRE_THAT(added.message(), Catch::StartsWith("event 1: "));

  Result<ParsedExport> parsed = ParseExport(ExportOf(log, {}, prev));
  REQUIRE(parsed.status().code() == Status::Code::kCorruption);
  REQUIRE_THAT(parsed.status().message(), Catch::StartsWith("line 2: event 1: "));
}

TEST_CASE("import refuses an export whose published briefing's JSON was dropped or replaced", "[verify]") {
  const std::string json = "the briefing, version 1";  // (its JSON; any text will do here)
  std::vector<std::string> log;
  std::string prev = GenesisHash();
  Append(&log, &prev, "briefing-ai-roi", kBriefingPublished, EncodePayload(Briefing(json)));
  REQUIRE(ParseExport(ExportOf(log, {{Sha256Hex(json), json}}, prev)).ok());

  // Dropped, with the header's count adjusted.
  Result<ParsedExport> dropped = ParseExport(ExportOf(log, {}, prev));
  REQUIRE(dropped.status().code() == Status::Code::kCorruption);
  REQUIRE(dropped.status().message() == "event 1: its text " + Sha256Hex(json) + " is missing");
  // Replaced by another text under its own hash.
  const std::string other = "another briefing";
  Result<ParsedExport> replaced = ParseExport(ExportOf(log, {{Sha256Hex(other), other}}, prev));
  REQUIRE(replaced.status().code() == Status::Code::kCorruption);
  REQUIRE_THAT(replaced.status().message(), Catch::Contains("is missing"));
  // A line past the header that is not JSON is damage too (exit 4), not a bad input (exit 1).
  Result<ParsedExport> garbled = ParseExport(ExportOf(log, {{Sha256Hex(json), json}}, prev) + "{\"blob\": nope\n");
  REQUIRE(garbled.status().code() == Status::Code::kCorruption);
}

TEST_CASE("of several texts missing, the one the earliest event names is reported", "[verify]") {
  // Published in the order that puts the larger SHA-256 first, so that an order by hash would name
  // the later event.
  std::string first = "the briefing, version 1", second = "the briefing, version 2";
  if (Sha256Hex(first) < Sha256Hex(second)) std::swap(first, second);
  std::vector<std::string> log;
  std::string prev = GenesisHash();
  Append(&log, &prev, "briefing-ai-roi", kBriefingPublished, EncodePayload(Briefing(first)));
  Append(&log, &prev, "briefing-other", kBriefingPublished, EncodePayload(Briefing(second)));
  LogCheck check;
  for (size_t i = 0; i < log.size(); ++i) REQUIRE(check.AddEvent(i + 1, log[i]).ok());
  const Status missing = check.CheckTextsNamed();
  REQUIRE(missing.code() == Status::Code::kCorruption);
  REQUIRE(missing.message() == "event 1: its text " + Sha256Hex(first) + " is missing");
  // With the first text there, the second is named.
  REQUIRE(check.AddText(Sha256Hex(first), first).ok());
  REQUIRE(check.CheckTextsNamed().message() == "event 2: its text " + Sha256Hex(second) + " is missing");
}

TEST_CASE("an event type this build does not know is damage, for verify and import alike", "[verify]") {
  // A newer dossier that adds an event type raises the store format, so its exports are refused by
  // their header; within a format this build reads, an unknown type can only be damage or forgery.
  std::vector<std::string> log;
  std::string prev = GenesisHash();
  Append(&log, &prev, "story-ai-roi", "StoryArchived", "{\"slug\":\"ai-roi\"}");
  REQUIRE(CheckPayload("StoryArchived", 1, "{\"slug\":\"ai-roi\"}").code() == Status::Code::kCorruption);
  LogCheck check;
  Status added = check.AddEvent(1, log[0]);
  REQUIRE(added.code() == Status::Code::kCorruption);
  REQUIRE(added.message() == "event 1: its type `StoryArchived` is not an event type of store format 3");

  Result<ParsedExport> parsed = ParseExport(ExportOf(log, {}, prev));
  REQUIRE(parsed.status().code() == Status::Code::kCorruption);
  REQUIRE(parsed.status().message() == "line 2: event 1: its type `StoryArchived` is not an event type of store format 3");
  // The same export from a newer store format is refused as newer, before its events are read.
  std::string newer = ExportOf(log, {}, prev);
  newer.replace(newer.find("\"store_format\":1"), 16, "\"store_format\":4");
  Result<ParsedExport> refused = ParseExport(newer);
  REQUIRE(refused.status().code() == Status::Code::kNotSupported);
  REQUIRE_THAT(refused.status().message(), Catch::Contains("written by a newer dossier"));
}

TEST_CASE("LogCheck knows which event each stream version is, as a stream index must say", "[verify]") {
  std::vector<std::string> log;
  std::string prev = GenesisHash();
  Append(&log, &prev, "story-ai-roi", kStoryCreated, "{\"slug\":\"ai-roi\",\"title\":\"AI\"}");
  Append(&log, &prev, "story-energy", kStoryCreated, "{\"slug\":\"energy\",\"title\":\"Energy\"}");
  LogCheck check;
  REQUIRE(check.AddEvent(1, log[0]).ok());
  REQUIRE(check.AddEvent(2, log[1]).ok());
  REQUIRE(check.streams() == 2);
  CHECK(check.IsEventAt("story-ai-roi", 1, 1));
  CHECK(check.IsEventAt("story-energy", 1, 2));
  CHECK_FALSE(check.IsEventAt("story-ai-roi", 1, 2));  // another stream's event
  CHECK_FALSE(check.IsEventAt("story-ai-roi", 2, 1));  // a version it does not have
  CHECK_FALSE(check.IsEventAt("story-sport", 1, 1));   // a stream the log does not have
  CHECK_FALSE(check.IsEventAt("story-ai-roi", 1, 0));
  CHECK_FALSE(check.IsEventAt("story-energy", 1, 3));  // past the last event
}

TEST_CASE("events read ahead (ReadEvent) and added in log order report the first problem in log order, as AddEvent does",
          "[verify]") {
  std::vector<std::string> log;
  std::string prev = GenesisHash();
  Append(&log, &prev, "story-ai-roi", kStoryCreated, "{\"slug\":\"ai-roi\",\"title\":\"AI\"}");
  Append(&log, &prev, "figures-src-1", kFiguresExtracted, "{\"source_id\":\"src-1\"}");  // members missing
  prev = Sha256Hex("another event");  // event 3's link, broken too
  Append(&log, &prev, "story-energy", kStoryCreated, "{\"slug\":\"energy\",\"title\":\"Energy\"}");

  // Every event read first (as verify's workers do), then added: event 2's payload is the first problem.
  std::vector<EventRead> reads(log.size());
  for (size_t i = log.size(); i-- > 0;) ReadEvent(i + 1, log[i], &reads[i]);
  REQUIRE(reads[1].payload.code() == Status::Code::kCorruption);
  REQUIRE(reads[2].payload.ok());
  LogCheck ahead;
  REQUIRE(ahead.AddRead(1, reads[0]).ok());
  const Status second = ahead.AddRead(2, reads[1]);
  REQUIRE(second.code() == Status::Code::kCorruption);
  REQUIRE_THAT(second.message(), Catch::StartsWith("event 2: "));
  LogCheck whole;
  REQUIRE(whole.AddEvent(1, log[0]).ok());
  REQUIRE(whole.AddEvent(2, log[1]).message() == second.message());

  // An event whose link is broken is refused for its link before its payload is looked at.
  std::vector<std::string> linked;
  prev = GenesisHash();
  Append(&linked, &prev, "story-ai-roi", kStoryCreated, "{\"slug\":\"ai-roi\",\"title\":\"AI\"}");
  prev = Sha256Hex("another event");
  Append(&linked, &prev, "figures-src-1", kFiguresExtracted, "{\"source_id\":\"src-1\"}");
  EventRead first, broken;
  ReadEvent(1, linked[0], &first);
  ReadEvent(2, linked[1], &broken);
  REQUIRE(broken.payload.code() == Status::Code::kCorruption);
  LogCheck link_first;
  REQUIRE(link_first.AddRead(1, first).ok());
  REQUIRE(link_first.AddRead(2, broken).message() == "event 2: its previous hash does not match the event before it");

  // A source's payload is checked all the same: the texts it names are what the log's checks need.
  std::vector<std::string> sources;
  prev = GenesisHash();
  Append(&sources, &prev, "source-1", kSourceRecorded, "{\"source_id\":\"src-1\"}");
  EventRead source;
  ReadEvent(1, sources[0], &source);
  LogCheck source_check;
  REQUIRE(source_check.AddRead(1, source).code() == Status::Code::kCorruption);
}
