// The BriefingPublished event: one published version of a story's briefing.
//
//   BriefingPublished  stream briefing-<slug>  the stream version is the briefing's version. The
//                                               briefing's JSON (brief/render_json) is stored as a
//                                               content-addressed blob in the same append, so any
//                                               version can be read back and rendered again.
//
// Three hashes, each for one check:
//   content_sha256   of the JSON with version, timestamp and log position blanked: the same
//                    content at another point of the log is the same briefing (no new version);
//   markdown_sha256  of the Markdown as published: `brief show` proves it re-renders the same;
//   briefing_sha256  of the JSON as published: the blob's key, so the blob proves itself.
//
// renderer is the Markdown renderer's version (brief/render_markdown.h) that wrote the Markdown
// hashed: `brief show` renders with that one. An event without it was published by renderer 1.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "dossier/status.h"

namespace dossier {

inline constexpr std::string_view kBriefingPublished = "BriefingPublished";

inline std::string BriefingStream(std::string_view slug) { return "briefing-" + std::string(slug); }

struct BriefingPublished {
  std::string story;         // slug
  uint64_t version = 0;      // from 1
  uint64_t log_position = 0;  // the last event the briefing reflects
  uint64_t sources = 0;      // how many sources it lists
  std::string content_sha256;
  std::string markdown_sha256;
  std::string briefing_sha256;
  uint64_t briefing_bytes = 0;  // the size of the stored JSON
  uint64_t renderer = 1;        // the Markdown renderer's version; absent from renderer 1's events
};

std::string EncodePayload(const BriefingPublished& p);
Result<BriefingPublished> DecodeBriefingPublished(std::string_view payload);

}  // namespace dossier
