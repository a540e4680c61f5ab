// Fuzz target: an article as ingest reads it, as JSON and as plain text and Markdown.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "ingest/article.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)dossier::ParseArticleJson(bytes);
  (void)dossier::ArticleFromText(std::string(bytes), "text", {});
  (void)dossier::ArticleFromText(std::string(bytes), "markdown", {});
  return 0;
}
