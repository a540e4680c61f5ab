// The words the figure recognizer knows: scales, currencies, units, qualifiers and the function
// words that cannot be a counted noun. Tables, not phrases: each entry is one word or symbol.
#pragma once

#include <optional>
#include <string_view>

#include "dossier/figure.h"

namespace dossier::extract {

enum class UnitFamily { kCurrency, kPercent, kPercentagePoints, kTimes, kDuration, kPhysical };

struct UnitMatch {
  size_t end = 0;         // just past the unit's text
  std::string_view unit;  // normalized: "USD", "percent", "months", "GW"
  UnitFamily family = UnitFamily::kPhysical;
  double factor = 1;  // what the number is multiplied by: 0.01 for cents, 10 for 成 (tenths)
  std::string_view per = {};  // the per-unit a symbol holds: "day" of "bpd", "year" of "mtpa"
};

// The unit of a bare 元: the currency of the text, which MatchUnit cannot know.
inline constexpr std::string_view kYuanOfText = "\xe5\x85\x83";

// The currency a bare 元 stands for in `text`: the New Taiwan dollar where the text names it
// (台幣, 臺幣, 台币); in a text of traditional characters the Hong Kong dollar where it names that
// (港元, 港幣), else the New Taiwan dollar; else the yuan.
std::string_view YuanOf(std::string_view text);

// A scale word at `i` ("million", "bn", "trillion", case-insensitive), not followed by a
// lowercase letter: its end and factor.
std::optional<std::pair<size_t, double>> MatchScaleWord(std::string_view t, size_t i);

// A scale suffix glued to digits at `i` ("k", "M", "bn", "T"), not followed by a letter.
std::optional<std::pair<size_t, double>> MatchScaleSuffix(std::string_view t, size_t i);

// A Chinese magnitude at `i` (万/萬 1e4, 亿/億 1e8, 兆 1e12, with an optional 千 or 百 before).
std::optional<std::pair<size_t, double>> MatchChineseScale(std::string_view t, size_t i);

// A currency sign or code that ends at `end`, just before a number ("$", "US$", "€", "£", "¥",
// "USD ", and the mojibake "Â£", "â‚¬"): where it begins and its ISO code.
std::optional<std::pair<size_t, std::string_view>> MatchCurrencyBefore(std::string_view t, size_t end);

// The unit at `i` that may follow a number: percent signs and words, multiples, currency words,
// durations, physical units. `glued` is true when nothing separates it from the number.
std::optional<UnitMatch> MatchUnit(std::string_view t, size_t i, bool glued);

// A currency word that names money only after a scale word, where it cannot be a weight or a
// verb: "3 billion pounds", "53.6 trillion won" (`i` is after the blank that follows the scale).
std::optional<UnitMatch> MatchCurrencyAfterScale(std::string_view t, size_t i);

// The unit a hyphenated adjective names ("300-watt" -> "W", "5-year" -> "years"), if known.
std::optional<UnitMatch> MatchAdjectiveUnit(std::string_view word);

// The approximation a qualifier before a number states ("roughly", "more than"), given the one
// or two lowercase words before it (`two` is empty when there is only one).
std::optional<Approximation> QualifierApprox(std::string_view two, std::string_view one);

// A number word that can start a spelled-out number ("one" … "ninety"); the whole phrase is
// parsed by ICU (spelled_numbers.h).
bool IsNumberWord(std::string_view lower);

// Words that are never the counted noun after a number: articles, prepositions, pronouns,
// auxiliaries, adverbs of degree.
bool IsFunctionWord(std::string_view lower);

// Adjectives that may stand between a number and its counted noun ("total", "active").
bool IsNounAdjective(std::string_view lower);

// What a Chinese number counts, at `i`: a noun that is the thing counted (層, 參數), or a measure
// word (座, 名, 辆) that a noun may follow. Its end, and whether it is a measure word.
struct ChineseCounted {
  size_t end = 0;
  bool measure_word = false;
};
std::optional<ChineseCounted> MatchChineseCounted(std::string_view t, size_t i);

// Month names and their abbreviations, which make the number beside them a date.
bool IsMonthName(std::string_view lower);

// 0 = Monday … 6 = Sunday for an English or German weekday name, lowercase, else -1.
int WeekdayNumber(std::string_view lower);

}  // namespace dossier::extract
