// Article: one input to `dossier ingest`, read from plain text, Markdown, a JSON article
// (schemas/article.schema.json) or one line of JSON Lines, and checked before anything is recorded.
//
// Every check names the place and the problem; the text itself is never altered: invalid UTF-8
// is rejected with its byte offset, never repaired.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "dossier/status.h"
#include "model/source_events.h"

namespace dossier {

// The largest article text accepted.
inline constexpr size_t kMaxArticleBytes = 16u << 20;

struct Article {
  SourceMetadata metadata;  // title always set once parsed
  std::string text;         // byte-exact, valid UTF-8, not empty
  std::string format;       // "text", "markdown" or "json"
};

// Builds an article from plain text or Markdown. `given` supplies metadata from the command line;
// the title defaults to the first non-blank line (without Markdown's leading #s).
Result<Article> ArticleFromText(std::string text, std::string_view format, const SourceMetadata& given);

// Parses one JSON article. Errors name the field: "field `published`: `2026-02-30` is not a date".
Result<Article> ParseArticleJson(std::string_view json);

// Checks that hold for every article, whatever it was read from.
Status CheckArticleText(std::string_view text);
Status CheckMetadata(const SourceMetadata& metadata);

}  // namespace dossier
