#include "support/text_language.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace dossier {

TextLanguage LanguageOf(std::string_view text) {
  size_t han = 0, latin = 0;
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(text.data(), i, length, c);
    if (c < 0 || !u_isalpha(c)) continue;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (U_FAILURE(status)) continue;
    if (script == USCRIPT_HAN) ++han;
    else if (script == USCRIPT_LATIN) ++latin;
  }
  return 2 * han > latin ? TextLanguage::kChinese : TextLanguage::kEnglish;
}

std::string_view Name(TextLanguage language) { return language == TextLanguage::kChinese ? "zh" : "en"; }

}  // namespace dossier
