#include "util/utf8.h"

#include <set>

#include <fmt/format.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace dossier {

std::optional<size_t> FindInvalidUtf8(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int64_t length = static_cast<int64_t>(text.size());  // 64 bits: texts may pass 2 GiB
  for (int64_t i = 0; i < length;) {
    const int64_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) return static_cast<size_t>(start);
  }
  return std::nullopt;
}

std::vector<std::string> ScriptsIn(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int64_t length = static_cast<int64_t>(text.size());
  std::set<std::string> names;
  UScriptCode last = USCRIPT_INVALID_CODE;
  for (int64_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) continue;
    UErrorCode error = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(c, &error);
    if (U_FAILURE(error) || script == last) continue;
    last = script;
    if (script == USCRIPT_COMMON || script == USCRIPT_INHERITED || script == USCRIPT_UNKNOWN) continue;
    names.insert(uscript_getName(script));
  }
  return {names.begin(), names.end()};
}

}  // namespace dossier
