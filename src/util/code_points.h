// A walk over the code points of UTF-8 text (ICU's U8_NEXT with 64-bit offsets: texts may pass
// 2 GiB), for the escapes that show some characters and copy the rest byte for byte.
#pragma once

#include <cstdint>
#include <string_view>

#include <unicode/utf8.h>

namespace dossier {

// Calls visit(c, bytes) for each code point of `text` in order: `bytes` is its UTF-8 sequence;
// `c` is negative for a sequence that is not well-formed (its maximal ill-formed part).
template <typename Visit>
void ForEachCodePoint(std::string_view text, Visit&& visit) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int64_t length = static_cast<int64_t>(text.size());
  for (int64_t i = 0; i < length;) {
    const int64_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    visit(static_cast<int32_t>(c), text.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
  }
}

}  // namespace dossier
