#include "extract/spelled_numbers.h"

#include <algorithm>
#include <memory>
#include <string>
#include <unordered_map>

#include <unicode/fmtable.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include "extract/lexicon.h"
#include "extract/text_bytes.h"

namespace dossier::extract {
namespace {

// ICU formatters may not be shared between threads, and building one costs far more than a
// parse: one per thread, with its answers remembered.
class SpelloutParser {
 public:
  std::optional<double> Parse(const std::string& phrase) {
    if (auto it = memo_.find(phrase); it != memo_.end()) return it->second;
    std::optional<double> value;
    if (format_) {
      icu::Formattable result;
      UErrorCode status = U_ZERO_ERROR;
      format_->parse(icu::UnicodeString::fromUTF8(phrase), result, status);
      if (U_SUCCESS(status)) {
        const double v = result.getDouble(status);
        if (U_SUCCESS(status)) value = v;
      }
    }
    memo_.emplace(phrase, value);
    return value;
  }

  static SpelloutParser& ForThisThread() {
    thread_local SpelloutParser parser;
    return parser;
  }

 private:
  SpelloutParser() {
    UErrorCode status = U_ZERO_ERROR;
    format_ = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale::getEnglish(), status);
    if (U_FAILURE(status)) format_.reset();
  }
  std::unique_ptr<icu::RuleBasedNumberFormat> format_;
  std::unordered_map<std::string, std::optional<double>> memo_;
};

bool IsMagnitudeWord(std::string_view lower) { return lower == "hundred" || lower == "thousand"; }

bool IsUnitWord(std::string_view lower) {
  static constexpr std::string_view kUnits[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
  return std::find(std::begin(kUnits), std::end(kUnits), lower) != std::end(kUnits);
}

// Whether the number word `next` goes on the number whose last word is `last`, as English writes
// numbers: a magnitude after any number word ("two hundred"), any number word after a magnitude
// ("hundred forty"), a unit after a tens word ("forty-five"). Two numbers side by side are two
// ("the first of five one-day internationals", "two three-bedroom flats"), not 51 or 23.
bool ContinuesNumber(std::string_view last, std::string_view next) {
  if (IsMagnitudeWord(next)) return true;
  if (!IsNumberWord(next)) return false;
  if (IsMagnitudeWord(last)) return true;
  return last.size() > 2 && last.substr(last.size() - 2) == "ty" && IsUnitWord(next);
}

struct Numeral {
  std::string_view text;
  int value;  // 0..9 a digit; 10, 100, 1000 a multiplier (20 and 30 too: 廿, 卅 stand for 二十, 三十)
};

constexpr Numeral kChineseNumerals[] = {
    {"\xe9\x9b\xb6", 0}, {"\xe3\x80\x87", 0}, {"\xe4\xb8\x80", 1}, {"\xe4\xba\x8c", 2},  // 零〇一二
    {"\xe4\xb8\xa4", 2}, {"\xe5\x85\xa9", 2}, {"\xe4\xb8\x89", 3}, {"\xe5\x9b\x9b", 4},  // 两兩三四
    {"\xe4\xba\x94", 5}, {"\xe5\x85\xad", 6}, {"\xe4\xb8\x83", 7}, {"\xe5\x85\xab", 8},  // 五六七八
    {"\xe4\xb9\x9d", 9}, {"\xe5\x8d\x81", 10}, {"\xe7\x99\xbe", 100}, {"\xe5\x8d\x83", 1000},  // 九十百千
    {"\xe2\x97\x8b", 0},  // ○, the circle written for zero in digit-by-digit numerals
    // 廿, 卅: twenty and thirty in one character, as Taiwan's papers write them (百分之廿二, 卅四).
    {"\xe5\xbb\xbf", 20}, {"\xe5\x8d\x85", 30},
};

// The decimal point of a Chinese numeral: 五點二, 三点五, and the full-width stop Taiwan's papers set
// between numerals (三．八％).
constexpr std::string_view kDecimalPoints[] = {"\xe9\xbb\x9e", "\xe7\x82\xb9", "\xef\xbc\x8e"};  // 點 点 ．

const Numeral* ChineseNumeralAt(std::string_view t, size_t i) {
  for (const Numeral& n : kChineseNumerals) {
    if (StartsWith(t, i, n.text)) return &n;
  }
  return nullptr;
}

}  // namespace

std::optional<SpelledNumber> MatchEnglishNumber(std::string_view t, size_t i) {
  size_t end = WordEnd(t, i);
  std::string phrase = Lowercase(t.substr(i, end - i));
  if (!IsNumberWord(phrase)) return std::nullopt;
  double half = 0;
  std::string last = phrase;
  for (int words = 1; words < 6; ++words) {  // "two hundred forty-five thousand" at most
    const char sep = At(t, end);
    if (sep != ' ' && sep != '-') break;
    if (StartsWithNoCase(t, end, sep == '-' ? "-and-a-half" : " and a half")) {
      end += 11;
      half = 0.5;
      break;
    }
    const size_t next_end = WordEnd(t, end + 1);
    const std::string next = Lowercase(t.substr(end + 1, next_end - end - 1));
    if (next.empty() || !ContinuesNumber(last, next)) break;
    // "sixty two" is written "sixty-two" for the parser, which reads the words apart as 6002.
    phrase += IsUnitWord(next) && !IsMagnitudeWord(last) ? '-' : sep;
    phrase += next;
    last = next;
    end = next_end;
  }
  auto value = SpelloutParser::ForThisThread().Parse(phrase);
  if (!value) return std::nullopt;
  return SpelledNumber{end, *value + half};
}

std::optional<SpelledNumber> MatchChineseNumeral(std::string_view t, size_t i) {
  double total = 0;
  double run = -1;  // the digits read since the last magnitude; more than one is digit by digit (四五○○)
  size_t end = i;
  while (const Numeral* n = ChineseNumeralAt(t, end)) {
    // 百分之 opens the next percentage ("百分之四十九百分之五十一"): its 百 is no magnitude of this number.
    if (end > i && StartsWith(t, end, "\xe7\x99\xbe\xe5\x88\x86\xe4\xb9\x8b")) break;
    if (n->value < 10) {
      run = run < 0 ? n->value : run * 10 + n->value;
    } else {
      total += (run < 0 ? 1 : run) * n->value;  // 十二: a bare 十 is ten
      run = -1;
    }
    end += n->text.size();
  }
  if (end == i) return std::nullopt;
  if (run >= 0) total += run;
  // A decimal part: 五點二 is 5.2.
  for (std::string_view point : kDecimalPoints) {
    if (!StartsWith(t, end, point)) continue;
    size_t j = end + point.size();
    double fraction = 0, place = 0.1;
    while (const Numeral* n = ChineseNumeralAt(t, j)) {
      if (n->value >= 10) break;
      fraction += n->value * place;
      place /= 10;
      j += n->text.size();
    }
    if (j > end + point.size()) {
      total += fraction;
      end = j;
    }
    break;
  }
  return SpelledNumber{end, total};
}

}  // namespace dossier::extract
