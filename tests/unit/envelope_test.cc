// The canonical event encoding is frozen: hashes already recorded depend on every byte of it.
#include <catch2/catch.hpp>

#include "model/envelope.h"

using namespace dossier;

namespace {

RecordedEvent SampleEvent() {
  RecordedEvent event;
  event.position = 7;
  event.stream = "source-3f2a9c1d0e4b5a6f";
  event.version = 2;
  event.type = "SourceRecorded";
  event.schema_version = 1;
  event.recorded_at = "2026-05-23T18:15:00.000Z";
  event.occurred_at = "2026-05-16";
  event.recorded_by = "Jos\xc3\xa9 \"al\\\t\xe2\x80\xa8";  // UTF-8, a quote, a backslash, a tab, U+2028
  event.correlation = "c0ffee";
  event.payload = R"({"text":"caf\u00e9 \n","n":3})";
  event.prev_hash = GenesisHash();
  return event;
}

// The canonical part, and its SHA-256 as computed outside dossier (Python's hashlib).
constexpr const char* kCanonical =
    R"({"position":7,"stream":"source-3f2a9c1d0e4b5a6f","version":2,"type":"SourceRecorded","schema":1,)"
    R"("recorded_at":"2026-05-23T18:15:00.000Z","occurred_at":"2026-05-16",)"
    "\"recorded_by\":\"Jos\xc3\xa9 \\\"al\\\\\\t\\u2028\",\"correlation\":\"c0ffee\","
    R"("payload":{"text":"caf\u00e9 \n","n":3},)"
    R"("prev":"0000000000000000000000000000000000000000000000000000000000000000")";
constexpr const char* kHash = "2fc6d02b6ab6c66345462c8254c7fbf49eb9f101086a52aeae0deda8bada1825";

}  // namespace

TEST_CASE("an event encodes to its frozen canonical bytes and hash", "[envelope]") {
  RecordedEvent event = SampleEvent();
  const std::string bytes = EncodeEvent(&event);
  REQUIRE(event.hash == kHash);
  REQUIRE(bytes == std::string(kCanonical) + ",\"hash\":\"" + kHash + "\"}");
  auto recomputed = RecomputeEventHash(bytes);
  REQUIRE(recomputed.ok());
  REQUIRE(*recomputed == kHash);
}

TEST_CASE("an unknown occurred-at encodes as null", "[envelope]") {
  RecordedEvent event = SampleEvent();
  event.occurred_at.reset();
  const std::string bytes = EncodeEvent(&event);
  REQUIRE_THAT(bytes, Catch::Contains(R"("occurred_at":null,)"));
  auto decoded = DecodeEvent(bytes);
  REQUIRE(decoded.ok());
  REQUIRE_FALSE(decoded->occurred_at.has_value());
}

TEST_CASE("decoding gives back every member of the encoded event", "[envelope]") {
  RecordedEvent event = SampleEvent();
  const std::string bytes = EncodeEvent(&event);
  auto decoded = DecodeEvent(bytes);
  REQUIRE(decoded.ok());
  REQUIRE(decoded->position == event.position);
  REQUIRE(decoded->stream == event.stream);
  REQUIRE(decoded->version == event.version);
  REQUIRE(decoded->type == event.type);
  REQUIRE(decoded->schema_version == event.schema_version);
  REQUIRE(decoded->recorded_at == event.recorded_at);
  REQUIRE(decoded->occurred_at == event.occurred_at);
  REQUIRE(decoded->recorded_by == event.recorded_by);
  REQUIRE(decoded->correlation == event.correlation);
  REQUIRE(decoded->payload == event.payload);
  REQUIRE(decoded->prev_hash == event.prev_hash);
  REQUIRE(decoded->hash == event.hash);
}

TEST_CASE("decoding into a used event replaces every member", "[envelope]") {
  RecordedEvent first = SampleEvent();
  const std::string first_bytes = EncodeEvent(&first);
  RecordedEvent second = SampleEvent();
  second.occurred_at.reset();
  second.payload = "{}";
  second.position = 8;
  second.prev_hash = first.hash;
  const std::string second_bytes = EncodeEvent(&second);

  RecordedEvent reused;
  REQUIRE(DecodeEvent(first_bytes, &reused).ok());
  REQUIRE(reused.occurred_at == first.occurred_at);
  REQUIRE(DecodeEvent(second_bytes, &reused).ok());
  REQUIRE_FALSE(reused.occurred_at.has_value());
  REQUIRE(reused.payload == "{}");
  REQUIRE(reused.position == 8);
  REQUIRE(reused.prev_hash == first.hash);
  REQUIRE(reused.hash == second.hash);
}

TEST_CASE("decoding refuses what is not an envelope, saying why", "[envelope]") {
  RecordedEvent event = SampleEvent();
  const std::string bytes = EncodeEvent(&event);
  auto not_json = DecodeEvent("{\"position\":");
  REQUIRE(not_json.status().code() == Status::Code::kCorruption);
  auto extra = DecodeEvent(bytes.substr(0, bytes.size() - 1) + ",\"extra\":1}");
  REQUIRE_THAT(extra.status().message(), Catch::Contains("unknown member `extra`"));
  auto missing = DecodeEvent(R"({"position":1})");
  REQUIRE_THAT(missing.status().message(), Catch::Contains("member `stream` is missing"));
  // Twelve members, but one of them twice and `hash` not at all.
  auto twice = DecodeEvent(bytes.substr(0, bytes.find(",\"hash\"")) + ",\"prev\":\"" + GenesisHash() + "\"}");
  REQUIRE_THAT(twice.status().message(), Catch::Contains("member `prev` appears twice"));
  auto wrong_type = DecodeEvent(std::string(bytes).replace(bytes.find("\"version\":2"), 11, "\"version\":\"2\""));
  REQUIRE_THAT(wrong_type.status().message(), Catch::Contains("member `version`"));
}
