// The events of sources and stories, and their payloads (schemas/payload-*.schema.json).
//
//   SourceRecorded  stream source-<id>  one version of a source: its metadata and the SHA-256 of
//                                        its text, stored byte-exact as a blob. The stream version
//                                        is the source version.
//   StoryCreated    stream story-<slug> a story's slug and title, on first use.
//   SourceAttached  stream story-<slug> a source joins the story.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/status.h"

namespace dossier {

inline constexpr std::string_view kSourceRecorded = "SourceRecorded";
inline constexpr std::string_view kStoryCreated = "StoryCreated";
inline constexpr std::string_view kSourceAttached = "SourceAttached";

inline std::string SourceStream(std::string_view source_id) { return "source-" + std::string(source_id); }
inline std::string StoryStream(std::string_view slug) { return "story-" + std::string(slug); }

// The metadata an article brings; every field may be unknown.
struct SourceMetadata {
  std::optional<std::string> title, outlet, author, published, url, language, article_id;
  bool operator==(const SourceMetadata& o) const {
    return title == o.title && outlet == o.outlet && author == o.author && published == o.published &&
           url == o.url && language == o.language && article_id == o.article_id;
  }
};

struct SourceRecorded {
  std::string source_id;       // 16 hex digits: the start of SHA-256("<identity kind>:<value>")
  uint64_t version = 1;        // 1 for the first text, then one more for each change
  std::string identity_kind;   // "url", "id" or "content"
  std::string identity_value;  // the url, the article id, or the text's SHA-256
  std::string text_sha256;
  uint64_t text_bytes = 0;
  std::string format;          // "text", "markdown" or "json"
  SourceMetadata metadata;     // title is always set (from the first line when not given)
  std::vector<std::string> scripts;
  std::string origin_input;    // the file it was read from, or "-"
  std::optional<uint64_t> origin_line;  // its line in a JSON Lines file
};

struct StoryCreated {
  std::string slug;
  std::string title;
};

struct SourceAttached {
  std::string slug;
  std::string source_id;
};

std::string EncodePayload(const SourceRecorded& p);
std::string EncodePayload(const StoryCreated& p);
std::string EncodePayload(const SourceAttached& p);

Result<SourceRecorded> DecodeSourceRecorded(std::string_view payload);
Result<StoryCreated> DecodeStoryCreated(std::string_view payload);
Result<SourceAttached> DecodeSourceAttached(std::string_view payload);

}  // namespace dossier
