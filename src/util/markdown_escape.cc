#include "util/markdown_escape.h"

#include <cstring>

namespace dossier {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The length of a leading "1." or "12)" (an ordered list marker), else 0.
size_t OrderedMarkerEnd(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && IsDigit(text[i])) ++i;
  return i > 0 && i < text.size() && (text[i] == '.' || text[i] == ')') ? i : 0;
}

}  // namespace

std::string EscapeMarkdown(std::string_view text, bool starts_line) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  const size_t marker = starts_line ? OrderedMarkerEnd(text) : 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n' || c == '\r' || c == '\t') {
      out += ' ';
    } else if (c < 0x20 || c == 0x7F) {
      out += kReplacement;
    } else if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      out += kReplacement;  // a C1 control, U+0080–U+009F
      ++i;
    } else if (c == '&') {
      out += "&amp;";
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else if (std::strchr("\\`*_[]#|~", c) != nullptr || (starts_line && i == 0 && std::strchr("-+=", c) != nullptr) ||
               (marker != 0 && i == marker)) {
      out += '\\';
      out += static_cast<char>(c);
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

}  // namespace dossier
