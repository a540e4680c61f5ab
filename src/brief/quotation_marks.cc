#include "brief/quotation_marks.h"

#include <algorithm>

namespace dossier {
namespace {

bool IsQuoteMark(std::string_view text, size_t at, bool opening) {
  if (at < text.size() && (text[at] == '"' || text[at] == '\'')) return true;
  const std::string_view mark = text.substr(at, 3);
  return opening ? (mark == "\xE2\x80\x9C" || mark == "\xE2\x80\x98") : (mark == "\xE2\x80\x9D" || mark == "\xE2\x80\x99");
}

// Whether `at` falls inside a double quotation that opened earlier in its paragraph and is still
// open: the second sentence of `"A. B," the ministry said` is quoted although no mark precedes it.
bool InOpenQuotation(std::string_view text, size_t at) {
  const size_t newline = text.rfind('\n', at == 0 ? 0 : at - 1);
  bool open = false;
  for (size_t i = newline == std::string_view::npos ? 0 : newline + 1; i < at; ++i) {
    if (text[i] == '"') open = !open;
    if (text.compare(i, 3, "\xE2\x80\x9C") == 0) open = true;
    if (text.compare(i, 3, "\xE2\x80\x9D") == 0) open = false;
  }
  return open;
}

// Whether a quotation open at `at` closes later in its paragraph: the first sentence of
// `told reporters: “A. B.”` is the speaker's words as much as the whole.
bool ClosesLater(std::string_view text, size_t at) {
  if (!InOpenQuotation(text, at)) return false;
  const size_t end = std::min(text.find('\n', at), text.size());
  for (size_t i = at; i < end; ++i) {
    if (text[i] == '"' || text.compare(i, 3, "\xE2\x80\x9D") == 0) return true;
  }
  return false;
}

}  // namespace

bool Enclosed(std::string_view text, ByteSpan span) {
  if (span.end > text.size() || span.begin >= span.end) return false;
  size_t before = span.begin;
  while (before > 0 && text[before - 1] == ' ') --before;
  const bool opens = IsQuoteMark(text, span.begin, true) || (before >= 1 && IsQuoteMark(text, before - 1, true)) ||
                     (before >= 3 && IsQuoteMark(text, before - 3, true)) || InOpenQuotation(text, span.begin);
  size_t after = span.end;
  for (;;) {  // the stop or comma inside the marks: ASCII, or Han 。，！？
    if (after < text.size() && (text[after] == ',' || text[after] == '.' || text[after] == ' ')) {
      ++after;
    } else if (text.compare(after, 3, "\xE3\x80\x82") == 0 || text.compare(after, 3, "\xEF\xBC\x8C") == 0 ||
               text.compare(after, 3, "\xEF\xBC\x81") == 0 || text.compare(after, 3, "\xEF\xBC\x9F") == 0) {
      after += 3;
    } else {
      break;
    }
  }
  // A quotation that goes on into the next paragraph leaves this one open: the next opens with a mark.
  size_t next = after;
  while (next < text.size() && (text[next] == '\n' || text[next] == '\r' || text[next] == ' ')) ++next;
  const bool goes_on = next > after && text.find('\n', after) < next && IsQuoteMark(text, next, true);
  const bool closes = IsQuoteMark(text, after, false) || (span.end >= 1 && IsQuoteMark(text, span.end - 1, false)) ||
                      (span.end >= 3 && IsQuoteMark(text, span.end - 3, false)) || goes_on || ClosesLater(text, span.end);
  return opens && closes;
}

}  // namespace dossier
