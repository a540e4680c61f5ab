// Which language a labelled text is written in, for the per-language lines of the accuracy tests:
// the scores are reported for Chinese and English texts apart, so that work on one is seen on its own.
#pragma once

#include <string_view>

namespace dossier {

enum class TextLanguage { kEnglish, kChinese };

// Chinese when the text's Han characters, counted twice (one Han character carries about as much as
// two Latin letters), outnumber its Latin letters; else English. A Chinese report with English
// quotations is Chinese, an English one with a Cantonese quotation English.
TextLanguage LanguageOf(std::string_view text);

// "en" or "zh".
std::string_view Name(TextLanguage language);

}  // namespace dossier
