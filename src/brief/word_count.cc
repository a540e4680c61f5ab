#include "brief/word_count.h"

#include <unicode/utf8.h>

#include "extract/scripts.h"

namespace dossier {

size_t WordCount(std::string_view text) {
  size_t words = 0, unspaced = 0;
  bool in_word = false;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    const bool blank = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (c > 0x7F && extract::IsUnspacedScript(c)) {
      ++unspaced;
      in_word = false;
      continue;
    }
    if (!blank && !in_word) ++words;
    in_word = !blank;
  }
  return words + (unspaced + 1) / 2;
}

}  // namespace dossier
