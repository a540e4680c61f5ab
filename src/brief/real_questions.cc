#include "brief/real_questions.h"

#include <algorithm>
#include <cctype>

#include "brief/quotation_marks.h"
#include "brief/word_count.h"

namespace dossier {
namespace {

constexpr size_t kMinWords = 4, kMaxBytes = 300;

// Words that open an answer: a question followed by one of them is answered by its own writer.
// Curated here, lowercase; reviewed with the tests of real_questions.
constexpr std::string_view kAnswerOpeners[] = {
    "yes", "no", "not", "nope", "probably", "perhaps", "maybe", "absolutely", "hardly", "unlikely", "certainly",
    "of course", "the answer", "the short answer", "short answer", "in short", "sure", "well, no", "well, yes",
};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Whether the question stands on a line of its own: a headline or subheading that asks, numbered
// ("8. What if demand outruns supply?"), bulleted or a Markdown heading.
bool StandsAlone(std::string_view text, ByteSpan span) {
  auto blank_or_hash = [](char c) { return c == ' ' || c == '\t' || c == '#'; };
  size_t before = span.begin;
  while (before > 0 && blank_or_hash(text[before - 1])) --before;
  if (before > 1 && (text[before - 1] == '.' || text[before - 1] == ')') &&
      std::isdigit(static_cast<unsigned char>(text[before - 2]))) {
    before -= 1;
    while (before > 0 && std::isdigit(static_cast<unsigned char>(text[before - 1]))) --before;
  } else if (before > 0 && (text[before - 1] == '-' || text[before - 1] == '*')) {
    --before;
  } else if (before >= 3 && text.substr(before - 3, 3) == "\xE2\x80\xA2") {  // •
    before -= 3;
  }
  while (before > 0 && blank_or_hash(text[before - 1])) --before;
  size_t after = span.end;
  while (after < text.size() && (text[after] == ' ' || text[after] == '\t')) ++after;
  return (before == 0 || text[before - 1] == '\n') && (after == text.size() || text[after] == '\n' || text[after] == '\r');
}

// Whether the next sentence after `end` opens with an answer word.
bool AnsweredNext(std::string_view text, size_t end) {
  size_t at = end;
  while (at < text.size() && (IsSpace(text[at]) || text[at] == '"' || text[at] == '\'')) ++at;
  // Skip a closing curly quotation mark (3 bytes in UTF-8).
  if (text.substr(at, 3) == "\xE2\x80\x9D" || text.substr(at, 3) == "\xE2\x80\x99") at += 3;
  while (at < text.size() && IsSpace(text[at])) ++at;
  std::string next;
  for (size_t i = at; i < text.size() && next.size() < 24; ++i) {
    next += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
  }
  for (std::string_view opener : kAnswerOpeners) {
    if (next.compare(0, opener.size(), opener) != 0) continue;
    const char after = next.size() > opener.size() ? next[opener.size()] : ' ';
    if (!std::isalpha(static_cast<unsigned char>(after))) return true;
  }
  return false;
}

}  // namespace

bool IsRealQuestion(std::string_view text, ByteSpan span) {
  if (span.end > text.size() || span.begin >= span.end) return false;
  const std::string_view q = text.substr(span.begin, span.end - span.begin);
  if (q.size() > kMaxBytes || WordCount(q) < kMinWords || q.find('\n') != std::string_view::npos) return false;
  if (q.find(", he asked") != std::string_view::npos || q.find(", she asked") != std::string_view::npos) return false;
  // A question the source quotes is its speaker's, mostly rhetoric ("Who is ready to stand up for
  // Canada with me?" in a victory speech), not one the story leaves open.
  if (Enclosed(text, span)) return false;
  return !StandsAlone(text, span) && !AnsweredNext(text, span.end);
}

std::vector<RealQuestion> RealQuestionsOf(const SourceClaims& source, std::string_view text) {
  std::vector<RealQuestion> out;
  const ClaimsExtracted& e = source.extracted;
  for (const ExtractedQuestion& q : e.questions) {
    if (!IsRealQuestion(text, q.span)) continue;
    out.push_back({e.source_id, e.source_version, q.span, q.text, e.published, source.position});
  }
  std::sort(out.begin(), out.end(), [](const RealQuestion& a, const RealQuestion& b) { return a.span.begin < b.span.begin; });
  return out;
}

}  // namespace dossier
