// Numbers written in words: English through ICU's rule-based spell-out format ("twenty-five"),
// Chinese numerals by their digits and magnitudes ("三千").
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace dossier::extract {

struct SpelledNumber {
  size_t end = 0;  // just past the last word
  double value = 0;
};

// The English number spelled at `i` ("three", "Twenty-five", "two hundred", "two-and-a-half"),
// stopping before a scale word ("million"). Thread-safe: each thread parses with its own ICU
// formatter.
std::optional<SpelledNumber> MatchEnglishNumber(std::string_view t, size_t i);

// The Chinese numeral at `i` (一 … 九, 两, 十, 百, 千 and their combinations, not the 万/亿/兆
// magnitudes, which are scales).
std::optional<SpelledNumber> MatchChineseNumeral(std::string_view t, size_t i);

}  // namespace dossier::extract
