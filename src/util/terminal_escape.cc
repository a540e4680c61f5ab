#include "util/terminal_escape.h"

#include <iterator>

#include <fmt/format.h>

#include "util/bidi_controls.h"
#include "util/code_points.h"

namespace dossier {

std::string EscapeForTerminal(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  ForEachCodePoint(text, [&](int32_t c, std::string_view bytes) {
    if (c < 0) {  // not well-formed: each byte of it shown
      for (unsigned char b : bytes) fmt::format_to(std::back_inserter(out), "\\x{:02x}", b);
    } else if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f) {
      fmt::format_to(std::back_inserter(out), "\\x{:02x}", c);
    } else if ((c >= 0x80 && c <= 0x9f) || IsBidiControl(c)) {
      fmt::format_to(std::back_inserter(out), "\\u{:04x}", c);
    } else {
      out.append(bytes);
    }
  });
  return out;
}

}  // namespace dossier
