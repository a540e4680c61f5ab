#include "util/terminal_escape.h"

#include <cstdint>
#include <iterator>

#include <fmt/format.h>
#include <unicode/utf8.h>

#include "util/bidi_controls.h"

namespace dossier {

std::string EscapeForTerminal(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int64_t length = static_cast<int64_t>(text.size());
  for (int64_t i = 0; i < length;) {
    const int64_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) {  // not well-formed: each byte of it shown
      for (int64_t b = start; b < i; ++b) fmt::format_to(std::back_inserter(out), "\\x{:02x}", s[b]);
    } else if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f) {
      fmt::format_to(std::back_inserter(out), "\\x{:02x}", c);
    } else if ((c >= 0x80 && c <= 0x9f) || IsBidiControl(c)) {
      fmt::format_to(std::back_inserter(out), "\\u{:04x}", c);
    } else {
      out.append(text.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
    }
  }
  return out;
}

}  // namespace dossier
