#include "ingest/article.h"

#include <fmt/format.h>

#include "util/dates.h"
#include "util/json_object.h"
#include "util/utf8.h"

namespace dossier {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

constexpr size_t kMaxTitleBytes = 1000;

// `line` cut to a title of at most kMaxTitleBytes: at the last space that leaves room for "…"
// (else at a character boundary), so a long first line titles its article instead of failing it.
std::string ShortenedTitle(std::string_view line) {
  if (line.size() <= kMaxTitleBytes) return std::string(line);
  constexpr std::string_view kEllipsis = "\xE2\x80\xA6";
  size_t cut = kMaxTitleBytes - kEllipsis.size();
  while (cut > 0 && (static_cast<uint8_t>(line[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  if (size_t space = line.rfind(' ', cut); space != std::string_view::npos && space > cut / 2) cut = space;
  return std::string(Trim(line.substr(0, cut))) + std::string(kEllipsis);
}

// The first non-blank line, without a Markdown heading's leading #s, shortened to a title's length.
std::string FirstLineTitle(std::string_view text, bool markdown) {
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = Trim(text.substr(start, end - start));
    if (markdown) {
      while (!line.empty() && line.front() == '#') line.remove_prefix(1);
      line = Trim(line);
    }
    if (!line.empty()) return ShortenedTitle(line);
    start = end + 1;
  }
  return "";
}

bool IsLanguageTag(std::string_view s) {
  // BCP 47 in the shape used in practice: a 2-3 letter language, then subtags of 1-8 alphanumerics.
  size_t i = 0;
  while (i < s.size() && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z'))) ++i;
  if (i < 2 || i > 3) return false;
  while (i < s.size()) {
    if (s[i] != '-') return false;
    size_t start = ++i;
    while (i < s.size() && std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
    if (i == start || i - start > 8) return false;
  }
  return true;
}

bool IsUrl(std::string_view s) {
  size_t colon = s.find("://");
  if (colon == 0 || colon == std::string_view::npos || colon + 3 == s.size()) return false;
  for (size_t i = 0; i < colon; ++i) {
    char c = s[i];
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.')) return false;
  }
  for (char c : s) {
    if (static_cast<unsigned char>(c) <= ' ') return false;
  }
  return true;
}

}  // namespace

Status CheckArticleText(std::string_view text) {
  if (text.size() > kMaxArticleBytes) {
    return Status::InvalidInput(fmt::format("text is too large ({} bytes; the limit is {} MiB)", text.size(),
                                            kMaxArticleBytes >> 20));
  }
  if (std::optional<size_t> bad = FindInvalidUtf8(text)) {
    return Status::InvalidInput(fmt::format("text is not valid UTF-8 at byte {} of the text", *bad));
  }
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return Status::InvalidInput("text is empty");
  return Status::OK();
}

Status CheckMetadata(const SourceMetadata& m) {
  auto check_field = [](const std::optional<std::string>& value, std::string_view name, size_t limit) {
    if (!value) return Status::OK();
    if (value->empty()) return Status::InvalidInput(fmt::format("field `{}`: empty; use null for unknown", name));
    if (value->size() > limit) return Status::InvalidInput(fmt::format("field `{}`: longer than {} bytes", name, limit));
    if (std::optional<size_t> bad = FindInvalidUtf8(*value)) {
      return Status::InvalidInput(fmt::format("field `{}`: not valid UTF-8 at byte {}", name, *bad));
    }
    return Status::OK();
  };
  DOSSIER_RETURN_IF_ERROR(check_field(m.title, "title", kMaxTitleBytes));
  DOSSIER_RETURN_IF_ERROR(check_field(m.outlet, "outlet", 1000));
  DOSSIER_RETURN_IF_ERROR(check_field(m.author, "author", 1000));
  DOSSIER_RETURN_IF_ERROR(check_field(m.published, "published", 64));
  DOSSIER_RETURN_IF_ERROR(check_field(m.url, "url", 4096));
  DOSSIER_RETURN_IF_ERROR(check_field(m.language, "language", 64));
  DOSSIER_RETURN_IF_ERROR(check_field(m.article_id, "id", 200));
  if (m.published && !IsValidDateOrDateTime(*m.published)) {
    return Status::InvalidInput(fmt::format(
        "field `published`: `{}` is not a date (YYYY-MM-DD) or an RFC 3339 datetime", *m.published));
  }
  if (m.language && !IsLanguageTag(*m.language)) {
    return Status::InvalidInput(fmt::format("field `language`: `{}` is not a BCP 47 language tag", *m.language));
  }
  if (m.url && !IsUrl(*m.url)) {
    return Status::InvalidInput(fmt::format("field `url`: `{}` is not an absolute URL", *m.url));
  }
  return Status::OK();
}

Result<Article> ArticleFromText(std::string text, std::string_view format, const SourceMetadata& given) {
  DOSSIER_RETURN_IF_ERROR(CheckArticleText(text));
  Article article;
  article.metadata = given;
  if (!article.metadata.title) article.metadata.title = FirstLineTitle(text, format == "markdown");
  DOSSIER_RETURN_IF_ERROR(CheckMetadata(article.metadata));
  article.text = std::move(text);
  article.format = std::string(format);
  return article;
}

Result<Article> ParseArticleJson(std::string_view json) {
  if (std::optional<size_t> bad = FindInvalidUtf8(json)) {
    return Status::InvalidInput(fmt::format("not valid UTF-8 at byte {}", *bad));
  }
  JsonObject o;
  DOSSIER_ASSIGN_OR_RETURN(o, JsonObject::Parse(json));
  if (std::optional<std::string> unknown =
          o.UnknownMember({"id", "url", "title", "outlet", "author", "published", "language", "text"})) {
    return Status::InvalidInput(fmt::format(
        "field `{}`: not an article field (expected id, url, title, outlet, author, published, language, text)",
        *unknown));
  }
  Article article;
  article.format = "json";
  SourceMetadata& m = article.metadata;
  DOSSIER_ASSIGN_OR_RETURN(m.article_id, o.OptionalString("id"));
  DOSSIER_ASSIGN_OR_RETURN(m.url, o.OptionalString("url"));
  DOSSIER_ASSIGN_OR_RETURN(m.title, o.OptionalString("title"));
  DOSSIER_ASSIGN_OR_RETURN(m.outlet, o.OptionalString("outlet"));
  DOSSIER_ASSIGN_OR_RETURN(m.author, o.OptionalString("author"));
  DOSSIER_ASSIGN_OR_RETURN(m.published, o.OptionalString("published"));
  DOSSIER_ASSIGN_OR_RETURN(m.language, o.OptionalString("language"));
  DOSSIER_ASSIGN_OR_RETURN(article.text, o.String("text"));
  Status text_ok = CheckArticleText(article.text);
  if (!text_ok.ok()) return text_ok.WithContext("field `text`");
  if (!m.title) m.title = FirstLineTitle(article.text, false);
  DOSSIER_RETURN_IF_ERROR(CheckMetadata(m));
  return article;
}

}  // namespace dossier
