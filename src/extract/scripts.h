// Which characters belong to scripts written without spaces between words (Han, kana, Thai…):
// names in them are matched with no word-boundary check, and they never glue onto a Latin word.
#pragma once

#include <unicode/uscript.h>

namespace dossier::extract {

inline bool IsUnspacedScript(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  switch (uscript_getScript(c, &status)) {
    case USCRIPT_HAN:
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
    case USCRIPT_THAI:
    case USCRIPT_LAO:
    case USCRIPT_KHMER:
    case USCRIPT_MYANMAR:
      return true;
    default:
      return false;
  }
}

}  // namespace dossier::extract
