#include "extract/figure_scanner.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <tuple>

#include "extract/digits.h"
#include "extract/figure_changes.h"
#include "extract/han_words.h"
#include "extract/lexicon.h"
#include "extract/not_figures.h"
#include "extract/spelled_numbers.h"
#include "extract/text_bytes.h"

namespace dossier::extract {
namespace {

constexpr std::string_view kMojibakeEnDash = "\xc3\xa2\xe2\x82\xac\xe2\x80\x9c";  // "â€“"
constexpr std::string_view kMojibakeEmDash = "\xc3\xa2\xe2\x82\xac\xe2\x80\x9d";  // "â€”"
constexpr std::string_view kTimesSign = "\xc3\x97";                               // ×
constexpr std::string_view kMinus = "\xe2\x88\x92";                                // − (U+2212)
constexpr std::string_view kZhi = "\xe8\x87\xb3";                                  // 至
constexpr std::string_view kDao = "\xe5\x88\xb0";                                  // 到
constexpr std::string_view kFullTilde = "\xef\xbd\x9e";                            // ～
constexpr std::string_view kWaveDash = "\xe3\x80\x9c";                             // 〜
constexpr std::string_view kFullHyphen = "\xef\xbc\x8d";                           // －
constexpr std::string_view kBan = "\xe5\x8d\x8a";                                 // 半
constexpr std::string_view kZhao = "\xe5\x85\x86";                                // 兆
constexpr std::string_view kBeiZeng = "\xe5\x80\x8d\xe5\xa2\x9e";                         // 倍增
constexpr std::string_view kFanFan = "\xe7\xbf\xbb\xe7\x95\xaa";                          // 翻番
constexpr std::string_view kFanBei = "\xe7\xbf\xbb\xe5\x80\x8d";                          // 翻倍
constexpr std::string_view kFanYiFan = "\xe7\xbf\xbb\xe4\xb8\x80\xe7\x95\xaa";             // 翻一番
constexpr std::string_view kQi = "\xe6\x9c\x9f";                                     // 期
constexpr std::string_view kMei = "\xe6\xaf\x8f";                                    // 每
constexpr std::string_view kPercentOf = "\xe7\x99\xbe\xe5\x88\x86\xe4\xb9\x8b";            // 百分之

// The first part of a figure: sign, number, scale and a glued unit ("~$4.6M", "30%", "1.7x").
struct Head {
  size_t begin = 0;  // at the currency sign, "~" or "x" before the number when there is one
  Number number;
  size_t end = 0;
  double scale = 1;
  bool scaled = false;
  std::string_view currency;
  std::string_view glued_unit;  // "percent" or "times" when glued to the number
  std::string_view glued_noun;  // a counted noun glued to the number: "134views"
  bool tilde = false;
  bool negative = false;      // "−7%", "-3.2%"
  bool name_if_bare = false;  // after a capitalised word opening a sentence: "Claude 3.5 is…"
};

// `value` to 15 significant digits, the precision its digits were written with: 2.3 × 1e5 is
// 230000, not 229999.99999999997.
double RoundToDigits(double value) {
  if (value == 0 || !std::isfinite(value)) return value;
  const int digits = 14 - static_cast<int>(std::floor(std::log10(std::fabs(value))));
  const double power = std::pow(10.0, std::abs(digits));
  return digits >= 0 ? std::round(value * power) / power : std::round(value / power) * power;
}

// The end of the run of letters, digits, dots and hyphens at `i`: a token such as "GPT-4.1".
size_t TokenEnd(std::string_view t, size_t i) {
  while (i < t.size() && (IsAsciiAlnum(t[i]) || ((t[i] == '.' || t[i] == '-') && IsAsciiAlnum(At(t, i + 1))))) ++i;
  return i;
}

// The words a figure can start with: spelled numbers, multiples, a lone scale before "dollar".
constexpr std::string_view kStartWords[] = {
    "one",     "two",      "three",    "four",     "five",    "six",       "seven",    "eight",
    "nine",    "ten",      "eleven",   "twelve",   "thirteen", "fourteen", "fifteen",  "sixteen",
    "seventeen", "eighteen", "nineteen", "twenty", "thirty",  "forty",     "fifty",    "sixty",
    "seventy", "eighty",   "ninety",   "twice",    "double",  "triple",    "half",     "thousand",
    "million", "billion",  "trillion", "doubled",  "tripled", "quadrupled", "dozen",
    "twofold", "threefold", "fourfold", "fivefold", "sixfold", "sevenfold", "eightfold", "ninefold", "tenfold",
    "quadruple", "doubling", "tripling", "quadrupling", "quarter", "tenth",
};

// For each first letter, the lengths of the start words with it, one bit each: most words of a
// text are passed over on their first letter and length alone.
constexpr std::array<uint16_t, 26> kStartWordLengths = [] {
  std::array<uint16_t, 26> lengths{};
  for (std::string_view w : kStartWords) lengths[w[0] - 'a'] |= static_cast<uint16_t>(1u << w.size());
  return lengths;
}();

// A word's length and first seven letters packed into an integer, ignoring ASCII case, so that
// the words of a text are compared with kStartWords without building a string: most words of a
// text pass through here.
constexpr uint64_t PackWord(std::string_view w) {
  uint64_t key = w.size();
  for (size_t k = 0; k < w.size() && k < 7; ++k) key |= static_cast<uint64_t>(ToLowerAscii(w[k])) << (8 * (k + 1));
  return key;
}

constexpr std::array<uint64_t, std::size(kStartWords)> kPackedStartWords = [] {
  std::array<uint64_t, std::size(kStartWords)> packed{};
  for (size_t k = 0; k < packed.size(); ++k) packed[k] = PackWord(kStartWords[k]);
  return packed;
}();

// The start word at `t[begin, end)`, lowercase, if it is one.
std::optional<std::string_view> StartWordAt(std::string_view t, size_t begin, size_t end) {
  const char first = ToLowerAscii(t[begin]);
  if (end - begin > 15 || !IsLower(first) || !(kStartWordLengths[first - 'a'] >> (end - begin) & 1u)) return std::nullopt;
  const std::string_view word = t.substr(begin, end - begin);
  const uint64_t key = PackWord(word);
  for (size_t k = 0; k < kPackedStartWords.size(); ++k) {
    if (kPackedStartWords[k] == key && StartsWithNoCase(t, begin, kStartWords[k])) return kStartWords[k];
  }
  return std::nullopt;
}

class Scanner {
 public:
  explicit Scanner(std::string_view t) : t_(t) {}

  std::vector<Figure> Run() {
    size_t i = 0;
    while (i < t_.size()) {
      const char c = t_[i];
      if (IsDigit(c)) {
        i = AtDigits(i);
      } else if (IsAsciiLetter(c)) {
        i = AtWord(i);
      } else if (c == '\xe3' || c == '\xe4' || c == '\xe5' || c == '\xe7' || c == '\xe9') {
        i = AtChinese(i);
      } else {
        ++i;
      }
    }
    return std::move(figures_);
  }

 private:
  // --- what the text as a whole says --------------------------------------------------------

  // A bare 元 is the text's currency: the New Taiwan dollar where the text names it, else the yuan.
  std::string_view Yuan() const {
    if (!yuan_) yuan_ = YuanOf(t_);
    return *yuan_;
  }

  // "1,250p" is pence only in a text that deals in pounds; elsewhere "1080p" is a resolution.
  bool DealsInPounds() const {
    if (!pounds_) {
      pounds_ = t_.find("\xc2\xa3") != std::string_view::npos || t_.find("GBP") != std::string_view::npos ||
                t_.find("pence") != std::string_view::npos;
    }
    return *pounds_;
  }

  // Whether the text deals in euros and not in dollars.
  bool DealsInEuros() const {
    if (!euros_) {
      euros_ = (t_.find("\xe2\x82\xac") != std::string_view::npos || t_.find("Euro") != std::string_view::npos ||
                t_.find("EUR") != std::string_view::npos) &&
               t_.find('$') == std::string_view::npos;
    }
    return *euros_;
  }

  // Whether the text writes decimal commas, when it matters for the digits at `i`: only a
  // separator after them can be read two ways.
  bool DecimalComma(size_t i) const {
    const size_t start = i;
    while (IsDigit(At(t_, i))) ++i;
    const char c = At(t_, i);
    const bool separated = (c == ',' || c == '.') && IsDigit(At(t_, i + 1));
    // "2 400": a space before exactly three digits, after at most three.
    const size_t sep = c == ' ' ? 1 : StartsWith(t_, i, "\xc2\xa0") ? 2 : StartsWith(t_, i, "\xe2\x80\xaf") ? 3 : 0;
    const bool spaced = sep > 0 && i - start <= 3 && IsDigit(At(t_, i + sep)) && IsDigit(At(t_, i + sep + 1)) &&
                        IsDigit(At(t_, i + sep + 2)) && !IsDigit(At(t_, i + sep + 3));
    if (!separated && !spaced) return false;
    if (auto by_shape = DecimalCommaByShape(t_, start)) return *by_shape;
    if (!decimal_comma_) decimal_comma_ = WritesDecimalCommas(t_);
    return *decimal_comma_;
  }

  // --- where a figure may start ------------------------------------------------------------

  size_t AtDigits(size_t i) {
    const char prev = Before(t_, i);
    auto number = FractionOfPercentAt(i);
    if (!number) number = ReadDigits(t_, i, DecimalComma(i), SpaceGroupText());
    if (!number) return SkipToken(i);
    if (BareDecimalPoint(i, *number)) {
      // ".13 cent/kWh", "$.50": a decimal part written without its zero.
      number->value /= std::pow(10.0, static_cast<double>(number->end - i));
      number->plain_integer = false;
      i -= 1;
    }
    // "x1.2" is a multiple; "x86" is an architecture.
    const bool x_prefix = (prev == 'x' || prev == 'X') && !IsAsciiAlnum(Before(t_, i - 1)) &&
                          (!number->plain_integer || number->value <= 20);
    // A currency code glued to the digits is a sign, not a name: "Rmb5bn", "Rs450 crore", "$US2.5 billion".
    const bool glued_currency = IsAsciiLetter(prev) && MatchCurrencyBefore(t_, i).has_value();
    if (IsAsciiLetter(prev) && !x_prefix && !glued_currency) return AtDigitsAfterWord(i, *number);
    // Ranks ("#1") and the numbers of addresses and identifiers ("/status/1790…", "?id=42").
    if (prev == '#' || prev == '_' || prev == '/' || prev == '=' || prev == '@') return SkipToken(i);
    if (auto glued_year = GluedYearEnd(i, *number)) return AtDigits(*glued_year);
    if (auto phone = PhoneNumberEnd(t_, i)) return *phone;
    if (auto elapsed = ElapsedTimeAt(i)) {
      Emit(Decorate(NewFigure(i, elapsed->first, FigureKind::kDuration, elapsed->second, "seconds")));
      return elapsed->first;
    }
    if (const size_t score = HanColonScoreAt(i, *number); score != std::string_view::npos) return score;
    if (IsExcludedNumber(i, *number)) return SkipToken(i);

    Head head;
    head.begin = i;
    head.number = *number;
    head.name_if_bare = FollowsSentenceInitialWord(i) && !ScoreLineSide(i, *number);
    ReadSigns(&head, x_prefix);
    if (!ReadGluedSuffix(&head)) return SkipToken(i);
    return Finish(head);
  }

  // "1/4 percentage point", "4-1/4 to 4-1/2 percent", "3-1/2%": a fraction in halves to
  // thirty-seconds, alone or after a whole number and a hyphen or a space, as central banks' statements and
  // bond desks write percentages; read only before a percentage or as a range's low end.
  std::optional<Number> FractionOfPercentAt(size_t i) const {
    if (IsDigit(Before(t_, i)) || Before(t_, i) == '/' || Before(t_, i) == '.') return std::nullopt;
    auto digits_end = [&](size_t k) {
      while (IsDigit(At(t_, k))) ++k;
      return k;
    };
    auto value_of = [&](size_t from, size_t to) {
      double v = 0;
      for (size_t k = from; k < to; ++k) v = v * 10 + (t_[k] - '0');
      return v;
    };
    size_t j = i;
    size_t e = digits_end(j);
    double whole = 0;
    // (Or a space: "2 3/4 per cent", as the Bank of Canada writes it.)
    if (e - j <= 2 && (At(t_, e) == '-' || (At(t_, e) == ' ' && At(t_, e + 2) == '/')) && IsDigit(At(t_, e + 1))) {
      whole = value_of(j, e);
      j = e + 1;
      e = digits_end(j);
    }
    if (e - j != 1 || At(t_, e) != '/') return std::nullopt;
    const size_t d = e + 1;
    const size_t d_end = digits_end(d);
    if (d_end == d || d_end - d > 2 || IsAsciiAlnum(At(t_, d_end)) || At(t_, d_end) == '/') return std::nullopt;
    const double numerator = t_[j] - '0';
    const double denominator = value_of(d, d_end);
    const bool binary = denominator == 2 || denominator == 4 || denominator == 8 || denominator == 16 || denominator == 32;
    if (!binary || numerator == 0 || numerator >= denominator) return std::nullopt;
    if (!StartsWith(t_, d_end, " to ") || !FractionOfPercentAt(d_end + 4)) {
      auto u = MatchUnit(t_, d_end, true);
      if (!u) u = ReadSpacedUnit(d_end);
      if (!u || (u->family != UnitFamily::kPercent && u->family != UnitFamily::kPercentagePoints)) return std::nullopt;
    }
    Number n;
    n.end = d_end;
    n.value = whole + numerator / denominator;
    return n;
  }

  // A race's or a match's time, its end and its seconds: hours, minutes and seconds ("won in
  // 2:03:45", "4:32:10") or minutes and seconds to a fraction ("3:43.13"). A time of day has no
  // fraction, is written with a leading zero or after a date, or stands after "at", "from",
  // "until", "updated" or before a zone or "a.m." (those stay no figures, not_figures.h).
  std::optional<std::pair<size_t, double>> ElapsedTimeAt(size_t i) const {
    const char prev = Before(t_, i);
    // "[1:02:33]": a transcript's or a video's time stamp.
    if (prev == ':' || prev == '.' || prev == ',' || prev == '[' || At(t_, i) == '0') return std::nullopt;
    auto two_digits = [&](size_t k) { return IsDigit(At(t_, k)) && IsDigit(At(t_, k + 1)) && !IsDigit(At(t_, k + 2)); };
    size_t j = i;
    while (IsDigit(At(t_, j)) && j - i < 3) ++j;
    if (j - i > 2 || At(t_, j) != ':' || !two_digits(j + 1)) return std::nullopt;
    double seconds = 0;
    for (size_t k = i; k < j; ++k) seconds = seconds * 10 + (t_[k] - '0');
    seconds = seconds * 60 + (t_[j + 1] - '0') * 10 + (t_[j + 2] - '0');
    j += 3;
    bool hours = false;
    if (At(t_, j) == ':' && two_digits(j + 1)) {
      seconds = seconds * 60 + (t_[j + 1] - '0') * 10 + (t_[j + 2] - '0');
      j += 3;
      hours = true;
    }
    size_t fraction = 0;
    if (At(t_, j) == '.' && IsDigit(At(t_, j + 1))) {
      double scale = 0.1;
      for (fraction = j + 1; IsDigit(At(t_, fraction)) && fraction - j <= 3; ++fraction, scale /= 10) {
        seconds += (t_[fraction] - '0') * scale;
      }
      j = fraction;
    }
    // "58:51": minutes past 23 and seconds under 60 are no hour of a day, whatever stands around them.
    // (Two digits then: the colon at i + 2, the seconds' tens at i + 3.)
    const bool past_a_day = !hours && fraction == 0 && static_cast<int>(seconds) / 60 >= 24 && t_[i + 3] < '6';
    if ((!hours && fraction == 0 && !past_a_day) || IsAsciiAlnum(At(t_, j)) || At(t_, j) == ':' ||
        (At(t_, j) == '.' && IsDigit(At(t_, j + 1)))) {
      return std::nullopt;
    }
    if (prev == ' ' && IsDigit(Before(t_, i - 1))) return std::nullopt;  // "13-02-2026 19:05:32"
    static constexpr std::string_view kClockWords[] = {"at", "from", "until", "till", "to", "since", "by",
                                                       "between", "updated", "published", "posted"};
    const std::string before = WordBefore(t_, i).first;
    if (!past_a_day && std::find(std::begin(kClockWords), std::end(kClockWords), before) != std::end(kClockWords)) {
      return std::nullopt;
    }
    if (At(t_, j) == ' ') {
      const size_t word = j + 1;
      const size_t word_end = WordEnd(t_, word);
      const std::string after = Lowercase(t_.substr(word, word_end - word));
      const bool zone = word_end - word >= 2 && word_end - word <= 4 &&
                        std::all_of(t_.begin() + word, t_.begin() + word_end, IsUpper);
      if (zone || after == "a" || after == "p" || after == "am" || after == "pm" || after == "uhr" || after == "hrs") {
        return std::nullopt;
      }
    }
    return std::make_pair(j, RoundToDigits(seconds));
  }

  // "2,39 Milliarden Euro (Vorjahr: 2,37 Mrd.)", "$4.1 billion, against 3.8 billion": a bare
  // amount with a scale word, set against an amount of that scale or more just before it (in
  // brackets after it, or after a word of comparison), is in that amount's currency.
  std::optional<std::string> CurrencyOfAmountBefore(size_t begin, double scale) const {
    static constexpr std::string_view kComparisons[] = {"against", "versus", "vs", "from", "compared", "nach", "gegenüber"};
    constexpr size_t kNear = 40;  // bytes between the two amounts: a bracket's or a clause's worth
    if (figures_.empty()) return std::nullopt;
    const Figure& before = figures_.back();
    if (before.kind != FigureKind::kMoney || before.per || before.value < scale || before.span.end > begin ||
        begin - before.span.end > kNear) {
      return std::nullopt;
    }
    const std::string_view gap = t_.substr(before.span.end, begin - before.span.end);
    if (gap.find_first_of(";\n)") != std::string_view::npos) return std::nullopt;
    for (size_t k = 0; k + 2 < gap.size(); ++k) {
      if (gap[k] == '.' && gap[k + 1] == ' ' && IsUpper(gap[k + 2])) return std::nullopt;  // a sentence ends between them
    }
    if (gap.find('(') != std::string_view::npos) return before.unit;
    auto [word, start] = WordBefore(t_, begin);
    if (word == "with") word = WordBefore(t_, start).first;  // "compared with"
    const bool compared = std::find(std::begin(kComparisons), std::end(kComparisons), word) != std::end(kComparisons);
    return compared ? std::optional<std::string>(before.unit) : std::nullopt;
  }

  // "hit its 52-week high of Rs 631.15 and 631.30 apiece on the BSE and NSE": a price with decimals
  // joined by "and" or "or" to the price just before it is in its currency.
  bool PairsWithPriceBefore(size_t begin) const {
    if (figures_.empty()) return false;
    const Figure& before = figures_.back();
    if (before.kind != FigureKind::kMoney || before.per || before.span.end > begin) return false;
    const std::string_view gap = t_.substr(before.span.end, begin - before.span.end);
    return gap == " and " || gap == " or ";
  }

  // Whether the digits at `i` are the decimal part of a number written without its zero: a point
  // after a blank, a bracket or a currency sign, before digits alone (".13", not ".13.2").
  bool BareDecimalPoint(size_t i, const Number& n) const {
    if (Before(t_, i) != '.' || !n.plain_integer) return false;
    const char before = Before(t_, i - 1);
    return (i == 1 || before == ' ' || before == '\n' || before == '(' || before == '$') && !IsDigit(At(t_, n.end + 1));
  }

  // Digits glued to the word before them are a name ("H100", "Graviton4", "V3"), unless a scraped
  // page glued a count to the word before it: "hub3040 indexed articles", "OpenAI104 related articles".
  size_t AtDigitsAfterWord(size_t i, const Number& number) {
    const size_t word = WordStart(t_, i);
    const bool lowercase_in_word = std::any_of(t_.begin() + word, t_.begin() + i, IsLower);
    // "is down1.5 percent": a scraped page glued a lowercase word to an amount.
    if (std::all_of(t_.begin() + word, t_.begin() + i, IsLower) && AmountWordAfter(number.end)) {
      Head head;
      head.begin = i;
      head.number = number;
      if (!ReadGluedSuffix(&head)) return SkipToken(i);
      return Finish(head);
    }
    if (word + 3 > i || !number.plain_integer || number.end - i < 3 || !lowercase_in_word) return SkipToken(i);
    auto noun = ReadCountedNoun(number.end);
    if (!noun || !IsPluralForm(noun->second)) return SkipToken(i);
    Emit(Decorate(NewFigure(i, noun->first, FigureKind::kCount, number.value, noun->second)));
    return noun->first;
  }

  // "Archive May 2026792 published articles": a scraped date glued to a count. Where the count starts.
  std::optional<size_t> GluedYearEnd(size_t i, const Number& number) const {
    if (!number.plain_integer || number.end - i <= 4 || !IsMonthName(WordBefore(t_, i).first)) return std::nullopt;
    auto year = ReadDigits(t_.substr(0, i + 4), i, false);
    if (!year || !IsYear(*year)) return std::nullopt;
    return i + 4;
  }

  size_t AtWord(size_t i) {
    const size_t end = WordEnd(t_, i);
    if (IsAsciiAlnum(Before(t_, i))) return end;
    const auto start_word = StartWordAt(t_, i, end);
    if (!start_word) return end;
    const std::string_view lower = *start_word;
    if (auto point = FractionOfAPoint(i, lower)) {
      Emit(Decorate(NewFigure(i, point->end, point->kind, point->value, std::string(point->unit))));
      return point->end;
    }
    if (auto times = MultipleWord(lower, end)) {
      Emit(Decorate(NewFigure(i, end, FigureKind::kMultiple, *times, "times")));
      return end;
    }
    if (auto dollar = SingleScaleOfMoney(i, end)) {
      Emit(Decorate(NewFigure(i, dollar->first, FigureKind::kMoney, dollar->second, "USD")));
      return dollar->first;
    }
    // "a billion dollars", "a trillion yen": one of the scale in a currency, its span from the
    // scale word as "a dozen"'s is from "dozen"; "half a million people" is half of one, from
    // "half". "What a million tokens costs" names a denominator, not an amount.
    if ((lower == "million" || lower == "billion" || lower == "trillion") && WordBefore(t_, i).first == "a") {
      if (auto scale = MatchScaleWord(t_, i); scale && scale->first == end) {
        const auto [half, half_start] = WordBefore(t_, WordBefore(t_, i).second);
        const auto unit = ReadSpacedUnit(end);
        if (half != "half" && !(unit && unit->family == UnitFamily::kCurrency)) return end;
        Head head;
        head.begin = half == "half" ? half_start : i;
        head.number.end = end;
        head.number.value = half == "half" ? 0.5 : 1;
        head.number.spelled = true;
        head.end = end;
        head.scale = scale->second;
        head.scaled = true;
        return Finish(head);
      }
    }
    std::optional<SpelledNumber> spelled;
    if (lower == "dozen") {
      // "a dozen new stores" is 12 from "dozen"; "dozens of" states no amount.
      if (WordBefore(t_, i).first != "a") return end;
      spelled = SpelledNumber{end, 12};
    } else {
      if (!IsNumberWord(lower)) return end;
      // ("that one in four children": a proportion, whatever stands before it.)
      const bool proportion = StartsWith(t_, end, " in ") && (IsDigit(At(t_, end + 4)) || MatchEnglishNumber(t_, end + 4));
      if (lower == "one" && IsPronounOne(i) && !proportion) return end;
      spelled = MatchEnglishNumber(t_, i);
    }
    if (!spelled) return end;
    Head head;
    head.begin = i;
    head.number.end = spelled->end;
    head.number.value = spelled->value;
    head.number.spelled = true;
    head.end = spelled->end;
    return Finish(head);
  }

  struct PointFraction {
    size_t end;
    double value;
    FigureKind kind;
    std::string_view unit;
  };

  // "a quarter of a percentage point", "half a point", "a half-point cut", "three-quarters of a
  // point", "one-quarter percentage point": a fraction of a point, as moves of interest rates,
  // yields and polls are written; its span from the fraction (the article left out, as from
  // "dozen"). A point is counted as "2.3 points" is; a percentage point is percent-kind.
  // Tenths too, as jobless rates move: "one-tenth of 1 percentage point", "two-tenths of a point".
  std::optional<PointFraction> FractionOfAPoint(size_t i, std::string_view lower) const {
    static constexpr std::pair<std::string_view, double> kFractions[] = {
        {"three-quarters", 0.75}, {"three quarters", 0.75}, {"three-quarter", 0.75}, {"one-quarter", 0.25},
        {"one quarter", 0.25},    {"one-half", 0.5},        {"quarter", 0.25},       {"half", 0.5},
        {"tenth", 0.1},           {"one-tenth", 0.1},       {"one tenth", 0.1},      {"two-tenths", 0.2},
        {"three-tenths", 0.3},    {"four-tenths", 0.4},     {"five-tenths", 0.5},    {"six-tenths", 0.6},
        {"seven-tenths", 0.7},    {"eight-tenths", 0.8},    {"nine-tenths", 0.9}};
    if (lower != "half" && lower != "quarter" && lower != "tenth" && !IsNumberWord(lower)) return std::nullopt;
    for (const auto& [fraction, value] : kFractions) {
      if (!StartsWithNoCase(t_, i, fraction) || IsAsciiLetter(At(t_, i + fraction.size()))) continue;
      const size_t after = i + fraction.size();
      // "half a point", "a quarter of a point", "a half-point cut", "a quarter point", "one-tenth of 1
      // percentage point".
      for (std::string_view joiner : {" of a ", " of one ", " of 1 ", " a ", "-", " "}) {
        if (!StartsWith(t_, after, joiner) || (joiner == " a " && value != 0.5)) continue;
        const size_t unit_at = after + joiner.size();
        for (std::string_view point : {"percentage point", "percentage-point", "point"}) {
          const size_t end = unit_at + point.size();
          if (!StartsWithNoCase(t_, unit_at, point) || IsAsciiAlnum(At(t_, end)) || At(t_, end) == '-') continue;
          // "the half point of the race" is a place, not an amount.
          const bool of_follows = StartsWith(t_, end, " of ");
          if (of_follows && (joiner == "-" || joiner == " ")) return std::nullopt;
          if (point == "point") return PointFraction{end, value, FigureKind::kCount, "points"};
          return PointFraction{end, value, FigureKind::kPercent, "percentage points"};
        }
      }
      return std::nullopt;
    }
    return std::nullopt;
  }

  // "twice", "double the", "triple the", "half as much": multiples in words.
  std::optional<double> MultipleWord(std::string_view lower, size_t end) const {
    if (lower == "twice" || lower == "doubled") return 2;
    if (lower == "tripled") return 3;
    // "a sevenfold jump", "tenfold": the number word before "fold".
    if (lower.size() > 4 && lower.substr(lower.size() - 4) == "fold") {
      if (auto n = MatchEnglishNumber(lower.substr(0, lower.size() - 4), 0); n && n->end == lower.size() - 4) return n->value;
    }
    if (lower == "quadrupled") return 4;
    const bool verb = lower == "double" || lower == "triple" || lower == "quadruple";
    const bool gerund = lower == "doubling" || lower == "tripling" || lower == "quadrupling";
    if (verb || gerund) {
      const double times = lower[0] == 'd' ? 2 : lower[0] == 't' ? 3 : 4;
      // Not "double down", "double as", "double up", "double-digit", "rose to double digits", "triple-A".
      if (At(t_, end) == '-' || StartsWithNoCase(t_, end, " down") || StartsWithNoCase(t_, end, " as ") ||
          StartsWithNoCase(t_, end, " up") || StartsWithNoCase(t_, end, " digit")) {
        return std::nullopt;
      }
      // "a doubling of capacity", "output is doubling"; not a doubling time, "doubling every 2.07
      // years", whose figure is the time.
      if (gerund) {
        constexpr size_t kNear = 20;  // "doubling approximately every": a word of approximation between
        const std::string_view next = t_.substr(end, std::min(kNear, t_.size() - end));
        const size_t every = next.find(" every");
        const bool doubling_time = every != std::string_view::npos && next.substr(0, every).find_first_of(",.;") == std::string_view::npos;
        return doubling_time ? std::nullopt : std::optional<double>(times);
      }
      // "double the performance", "to double his investment", "double it": a multiple of what follows.
      static constexpr std::string_view kObjects[] = {" the ", " it", " his ", " her ", " its ", " their ", " our "};
      for (std::string_view object : kObjects) {
        if (StartsWithNoCase(t_, end, object) && (object.back() == ' ' || !IsAsciiLetter(At(t_, end + object.size())))) {
          return times;
        }
      }
      // The verb after a modal, "to" or a word of degree: "is set to double again", "could more
      // than double", "will nearly triple by 2030".
      static constexpr std::string_view kBefore[] = {"to", "will", "would", "could", "can", "may", "might",
                                                     "should", "nearly", "almost", "than", "roughly", "about"};
      const std::string before = WordBefore(t_, end - lower.size()).first;
      if (std::find(std::begin(kBefore), std::end(kBefore), before) != std::end(kBefore)) return times;
    }
    // Not "in the first half as they had …": a match's or a year's half.
    if (lower == "half" && StartsWithNoCase(t_, end, " as ")) {
      const std::string before = Lowercase(WordBefore(t_, end - lower.size()).first);
      if (before != "first" && before != "second" && before != "the") return 0.5;
    }
    return std::nullopt;
  }

  // One unit of a scale with a currency, "trillion-dollar question", "trillion dollar cost": 1e12
  // USD. Not "multi-billion-dollar", which states no amount.
  std::optional<std::pair<size_t, double>> SingleScaleOfMoney(size_t i, size_t word_end) const {
    auto scale = MatchScaleWord(t_, i);
    if (!scale || scale->first != word_end || Before(t_, i) == '-') return std::nullopt;
    const char sep = At(t_, word_end);
    if ((sep != '-' && sep != ' ') || !StartsWithNoCase(t_, word_end + 1, "dollar")) return std::nullopt;
    const size_t end = word_end + 1 + 6;
    if (IsAsciiLetter(At(t_, end))) return std::nullopt;  // "dollars" follows a number, not a scale
    return std::make_pair(end, scale->second);
  }

  // A bare magnitude after an opening bracket or 单位： names the unit of the numbers around it
  // (营收（百万元）, 单位：亿元), it states no amount.
  bool NamesAUnitAt(size_t i) const {
    static constexpr std::string_view kMagnitudes[] = {"\xe5\x8d\x81", "\xe7\x99\xbe", "\xe5\x8d\x83", "\xe4\xb8\x87",
                                                       "\xe8\x90\xac", "\xe4\xba\xbf", "\xe5\x84\x84"};  // 十百千万萬亿億
    if (std::none_of(std::begin(kMagnitudes), std::end(kMagnitudes), [&](std::string_view m) { return StartsWith(t_, i, m); })) {
      return false;
    }
    static constexpr std::string_view kOpeners[] = {"(", "\xef\xbc\x88", "\xe5\x8d\x95\xe4\xbd\x8d\xef\xbc\x9a",
                                                    "\xe5\x96\xae\xe4\xbd\x8d\xef\xbc\x9a", "\xe5\x8d\x95\xe4\xbd\x8d:"};  // （ 单位： 單位： 单位:
    return std::any_of(std::begin(kOpeners), std::end(kOpeners),
                       [&](std::string_view o) { return i >= o.size() && t_.substr(i - o.size(), o.size()) == o; });
  }

  // The length of a word that says "doubles" at `i` (倍增, 翻番, 翻倍, 翻一番), or 0.
  size_t DoublingAt(size_t i) const {
    for (std::string_view doubling : {kBeiZeng, kFanFan, kFanBei, kFanYiFan}) {
      if (StartsWith(t_, i, doubling)) return doubling.size();
    }
    return 0;
  }

  // A Chinese numeral or a bare 兆 ("兆美元", trillions of dollars) with a magnitude or a
  // currency after it; any other Han character is text.
  size_t AtChinese(size_t i) {
    if (StartsWith(t_, i, kPercentOf)) return AtChinesePercent(i);
    Head head;
    head.begin = i;
    if (auto numeral = MatchChineseNumeral(t_, i)) {
      head.number.end = numeral->end;
      head.number.value = numeral->value;
    } else if (StartsWith(t_, i, kZhao)) {
      head.number.end = i;
      head.number.value = 1;
    } else if (const size_t doubling = DoublingAt(i)) {
      // 倍增, 翻番, 翻倍: "doubles", a multiple of two.
      Emit(Decorate(NewFigure(i, i + doubling, FigureKind::kMultiple, 2, "times")));
      return i + doubling;
    } else {
      return i + 1;
    }
    head.number.spelled = true;
    head.end = PastMoreThan(head.number.end);
    if (FollowsOrdinalMark(t_, i)) return std::max(head.end, i + 1);  // 第二季
    if (OpensWordWithZero(t_, i, head.number.end)) return head.number.end;  // 零組件, 零售
    if (IsChineseYear(i, head.number)) return head.end;              // 二○二六年: a date
    if (NamesAUnitAt(i)) return std::max(head.end, i + 1);           // 营收（百万元）
    // 數十億 ("tens of billions"), 幾百: vague amounts, not figures (a magnitude right after 数; 人数九百
    // is a count's noun and its number).
    for (std::string_view vague : {"\xe6\x95\xb8", "\xe6\x95\xb0", "\xe5\xb9\xbe", "\xe5\x87\xa0"}) {
      if (i >= vague.size() && t_.substr(i - vague.size(), vague.size()) == vague &&
          (HasChineseMagnitude(i, i + 3) || MatchChineseScale(t_, i))) {
        return std::max(head.end, i + 1);
      }
    }
    // 三層, 200毫秒, 三倍: a numeral with its measure word or unit. 一 before one is the article;
    // a numeral before 级 names a level (二级响应, 三級警戒), where digits measure one (风力17级).
    if (head.number.end > i) {
      // 零點五七個百分點: 個 opens the unit of percentage points here, not a count of 百分點.
      // 六个月: 个 opens the unit of months, not a count of 月.
      const std::optional<UnitMatch> points = MatchUnit(t_, head.end, true);
      std::optional<std::pair<size_t, std::string>> counted;
      if (!points || (points->family != UnitFamily::kPercentagePoints && UnitAndKind(*points).second != FigureKind::kDuration)) {
        counted = ReadChineseCounted(head.end);
      }
      if (IsChineseAgeAt(t_, head.end) || NamesChineseClause(t_, head.end)) return head.end;  // 三十八岁, 二三二條款
      if (counted && head.number.value != 1 && counted->second != "\xe7\xba\xa7" && counted->second != "\xe7\xb4\x9a") {
        Emit(Decorate(NewFigure(i, counted->first, FigureKind::kCount, head.number.value, counted->second)));
        return counted->first;
      }
      // 梅开二度 ("scores twice"): one numeral character before 度 ending its phrase says how many
      // times, not how many kilowatt-hours; before a verb it is an adverb and no figure: 二度上修 (a
      // second time), 一度掉到 (at one point). 一度電 is a kilowatt-hour, read as one below.
      const size_t after_times = head.end + 3;
      if (head.number.end - i == 3 && StartsWith(t_, head.end, "\xe5\xba\xa6") && !StartsWith(t_, after_times, "\xe9\x9b\xbb") &&
          !StartsWith(t_, after_times, "\xe7\x94\xb5")) {  // 電 电
        if (IsHanAt(after_times)) return after_times;
        Emit(Decorate(NewFigure(i, after_times, FigureKind::kMultiple, head.number.value, "times")));
        return after_times;
      }
      if (auto unit = MatchUnit(t_, head.end, true); unit && IsNonAscii(At(t_, head.end))) {
        auto [name, kind] = UnitAndKind(*unit);
        // 一成半: a tenth and a half, 15 percent; 三年半: three years and a half.
        const bool and_half = ((unit->factor == 10 && kind == FigureKind::kPercent) || kind == FigureKind::kDuration) &&
                              StartsWith(t_, unit->end, kBan);
        const size_t end = and_half ? unit->end + kBan.size() : unit->end;
        Emit(Decorate(NewFigure(i, end, kind, (head.number.value + (and_half ? 0.5 : 0)) * unit->factor, name)));
        return end;
      }
    }
    if (auto scale = MatchChineseScale(t_, head.end)) {
      head.scale = scale->second;
      head.scaled = true;
      head.end = PastMoreThan(scale->first);  // 三万多辆
    }
    // 二兆八千九百億元: the rest of the number under a smaller magnitude adds to the first.
    double value = head.number.value * head.scale;
    for (double last = head.scale; head.scaled && head.number.end > i;) {
      const auto rest = MatchChineseNumeral(t_, head.end);
      const auto rest_scale = rest ? MatchChineseScale(t_, rest->end) : std::nullopt;
      // 一萬一千九百二十一人, 一千三百六十二万零二百二十四人: the units under the last magnitude end the
      // number (with a magnitude of their own or after 零; a lone digit is no part of it).
      if (rest && !rest_scale && rest->value < last && rest->end > head.end + 3 &&
          (StartsWith(t_, head.end, "\xe9\x9b\xb6") || HasChineseMagnitude(head.end, rest->end))) {  // 零
        value += rest->value;
        head.end = rest->end;
        break;
      }
      if (!rest_scale || rest_scale->second >= last) break;
      value += rest->value * rest_scale->second;
      last = rest_scale->second;
      head.end = rest_scale->first;
    }
    auto unit = MatchUnit(t_, head.end, true);
    const bool money = unit && unit->family == UnitFamily::kCurrency;
    if (!head.scaled && !money) {
      if (head.number.end > i && ReadsChineseRangeSharingScale(i, head)) return figures_.back().span.end;
      return std::max(head.end, i + 1);
    }
    if (!money && head.number.end == i) return head.end;  // 億萬富翁: a word, not a number
    // 三千六百萬瓩, 兩千萬度: a scaled numeral with a unit of measure.
    if (unit && !money && unit->family == UnitFamily::kPhysical && IsNonAscii(At(t_, head.end))) {
      auto [name, kind] = UnitAndKind(*unit);
      Emit(Decorate(NewFigure(i, unit->end, kind, value * unit->factor, name)));
      return unit->end;
    }
    if (money) {
      // A currency named before the numeral is in the span: 新台幣三千一百億元.
      std::string currency = UnitAndKind(*unit).first;
      size_t begin = i;
      if (auto before = MatchCurrencyBefore(t_, i); before && IsNonAscii(t_[before->first])) {
        begin = before->first;
        if (currency == "CNY" && unit->unit == kYuanOfText) currency = std::string(before->second);
      }
      Emit(Decorate(NewFigure(begin, unit->end, FigureKind::kMoney, value * unit->factor, currency)));
      return unit->end;
    }
    // 三百萬劑次, 兩千萬人: a scaled numeral with what it counts.
    if (auto counted = ReadChineseCounted(head.end)) {
      Emit(Decorate(NewFigure(i, counted->first, FigureKind::kCount, value, counted->second)));
      return counted->first;
    }
    Emit(Decorate(NewFigure(i, head.end, FigureKind::kCount, value, "")));
    return head.end;
  }

  // 五二〇至五六〇億美元: a numeral with no scale of its own, joined to one that has it, is the low
  // end of one range sharing the second's scale and unit. Emits the range and says whether it did.
  bool ReadsChineseRangeSharingScale(size_t i, const Head& low) {
    const size_t joiner = ChineseRangeJoinerAt(low.end);
    if (joiner == 0) return false;
    const size_t second = low.end + joiner;
    const auto high = MatchChineseNumeral(t_, second);
    if (!high || high->value <= low.number.value) return false;
    const size_t count = figures_.size();
    AtChinese(second);
    if (figures_.size() != count + 1 || figures_.back().span.begin != second || figures_.back().value_high) return false;
    Figure& range = figures_.back();
    range.value_high = range.value;
    range.value = range.value / high->value * low.number.value;
    range.span.begin = i;
    range.surface = std::string(t_.substr(i, range.span.end - i));
    return true;
  }

  // 百分之五點二, 百分之30: a percentage written as "hundredths of", in numerals or digits.
  size_t AtChinesePercent(size_t i) {
    const size_t j = i + kPercentOf.size();
    std::optional<double> value;
    size_t end = j;
    if (auto numeral = MatchChineseNumeral(t_, j)) {
      value = numeral->value;
      end = numeral->end;
    } else if (auto digits = ReadDigits(t_, j, false); digits && IsDigit(At(t_, j))) {
      value = digits->value;
      end = digits->end;
    }
    if (!value) return j;
    // 百分之卅四至卅六, 百分之四十九到五十一: the top of a range shares 百分之 with its bottom.
    std::optional<double> high;
    if (const size_t joiner = ChineseRangeJoinerAt(end); joiner > 0 && !StartsWith(t_, end + joiner, kPercentOf)) {
      const auto top = MatchChineseNumeral(t_, end + joiner);
      if (top && top->value > *value && !MatchUnit(t_, top->end, true) && !MatchChineseScale(t_, top->end)) {
        high = top->value;
        end = top->end;
      }
    }
    Figure f = NewFigure(i, end, FigureKind::kPercent, *value, "percent");
    f.value_high = high;
    Emit(Decorate(std::move(f)));
    return end;
  }

  // --- what is not a figure ---------------------------------------------------------------

  size_t SkipToken(size_t i) const { return std::max(TokenEnd(t_, i), i + 1); }

  // Whether a magnitude (十 百 千, 廿 卅) stands among the Chinese numerals in [begin, end).
  bool HasChineseMagnitude(size_t begin, size_t end) const {
    for (size_t k = begin; k + 3 <= end; k += 3) {
      for (std::string_view magnitude : {"\xe5\x8d\x81", "\xe7\x99\xbe", "\xe5\x8d\x83", "\xe5\xbb\xbf", "\xe5\x8d\x85"}) {
        if (StartsWith(t_, k, magnitude)) return true;
      }
    }
    return false;
  }

  // 二○二六年, 二〇二五年: a year written digit by digit, a date and not a count of years; so is a
  // year of two digits (九八年, 零八年), unless they rise by one, as a guess at a count does (三四年,
  // "three or four years").
  bool IsChineseYear(size_t i, const Number& n) const {
    constexpr size_t kTwoNumerals = 6, kFourNumerals = 12;  // numerals of three bytes each
    if (!StartsWith(t_, n.end, "\xe5\xb9\xb4") || HasChineseMagnitude(i, n.end)) return false;  // 一千九百年: a span of years
    if (n.end - i == kTwoNumerals) {
      const double tens = std::floor(n.value / 10), units = n.value - tens * 10;
      return units != tens + 1;
    }
    return n.end - i == kFourNumerals && n.value >= 1900 && n.value <= 2100;
  }

  bool IsExcludedNumber(size_t i, const Number& n) const {
    if (IsDateOrTime(t_, i, n) || IsMarker(t_, i, n) || IsReference(t_, i, n)) return true;
    // "OpenAI 0.6%" is a stake, not a version; "beat Rovers 3-1" a score; "Germany 39,165MW" an
    // amount, as no name writes its number in thousands groups.
    return At(t_, n.end) != '%' && !LooksLikeScore(i, n) && !AmountWordAfter(n.end) && !IsGrouped(i, n) &&
           IsInProductName(i) && !ScoreLineSide(i, n) && !ElidedCount(i, n);
  }

  // "Labour won 411 seats, the Conservatives 121 and the Liberal Democrats 72": a list that leaves
  // out the noun of the count before it. Each whole number after a name in it, ending its item,
  // is a count of its own, no name's.
  bool ElidedCount(size_t i, const Number& n) const {
    if (!n.plain_integer || figures_.empty()) return false;
    const Figure& before = figures_.back();
    const bool counted = before.kind == FigureKind::kCount && (!before.unit.empty() || before.span.end == elided_end_);
    constexpr size_t kNear = 60;  // bytes from the count before: a name or two and a joiner
    if (!counted || before.span.end > i || i - before.span.end > kNear) return false;
    const char after = At(t_, n.end);
    if (!(after == ',' || after == ';' || after == ')' || after == '\n' || after == '\0' || StartsWith(t_, n.end, " and ") ||
          (after == '.' && !IsDigit(At(t_, n.end + 1))))) {
      return false;
    }
    const std::string_view gap = t_.substr(before.span.end, i - before.span.end);
    size_t k = StartsWith(gap, 0, ", and ") ? 6 : StartsWith(gap, 0, ", ") ? 2 : StartsWith(gap, 0, " and ") ? 5 : 0;
    if (k == 0) return false;
    if (StartsWith(gap, k, "the ")) k += 4;
    if (k >= gap.size()) return false;
    while (k < gap.size()) {  // capitalised words, each before a space
      if (!IsUpper(gap[k])) return false;
      while (k < gap.size() && (IsAsciiLetter(gap[k]) || gap[k] == '\'' || gap[k] == '-' || gap[k] == '.')) ++k;
      if (k >= gap.size() || gap[k] != ' ') return false;
      ++k;
    }
    elided_end_ = n.end;
    return true;
  }

  // A side of a score line that opens its line, each team's name before its points: "Heat 98,
  // Cavaliers 95: …", "Grizzlies 90, Thunder 89 (OT)". Each side is a count of its own.
  bool ScoreLineSide(size_t i, const Number& n) const {
    if (!n.plain_integer || n.end - i > 3) return false;
    auto line_start = [&](size_t at) {
      while (at > 0 && t_[at - 1] != '\n') {
        if (!IsAsciiLetter(t_[at - 1]) && t_[at - 1] != ' ' && t_[at - 1] != '.' && t_[at - 1] != '\'') return std::string_view::npos;
        --at;
      }
      return at;
    };
    auto second_side = [&](size_t at) {  // "Cavaliers 95" then ":", " (", or the line's end
      if (!IsUpper(At(t_, at))) return false;
      while (at < t_.size() && (IsAsciiLetter(t_[at]) || t_[at] == ' ' || t_[at] == '.' || t_[at] == '\'')) ++at;
      size_t d = at;
      while (IsDigit(At(t_, d))) ++d;
      const char after = At(t_, d);
      return d > at && d - at <= 3 && Before(t_, at) == ' ' &&
             (after == ':' || after == '\n' || after == '\0' || StartsWith(t_, d, " ("));
    };
    // "Nets 109 (13-15), Celtics 107 (10-17)": a side may give its team's record in brackets.
    auto past_record = [&](size_t at) {
      if (!StartsWith(t_, at, " (")) return at;
      size_t k = at + 2;
      const size_t wins = k;
      while (IsDigit(At(t_, k))) ++k;
      if (k == wins || At(t_, k) != '-') return at;
      const size_t losses = ++k;
      while (IsDigit(At(t_, k))) ++k;
      return k > losses && At(t_, k) == ')' ? k + 1 : at;
    };
    const size_t first_begin = WordStart(t_, i > 0 ? i - 1 : 0);
    const size_t first_end = past_record(n.end);
    if (StartsWith(t_, first_end, ", ") && IsUpper(At(t_, first_begin)) && line_start(i) != std::string_view::npos &&
        second_side(first_end + 2)) {
      return true;
    }
    // The second side: the first before it on its line.
    constexpr size_t kNear = 50;  // bytes back to the first side's comma: a team's name or two, a record
    const size_t from = i > kNear ? i - kNear : 0;
    const size_t found = t_.substr(from, i - from).rfind(", ");
    if (found == std::string_view::npos) return false;
    const size_t comma = from + found;
    size_t first_end_back = comma;  // where the first side's points end
    if (comma >= 2 && t_[comma - 1] == ')') {  // past the first side's record
      const size_t open = t_.rfind(" (", comma);
      if (open != std::string_view::npos && open > 0 && past_record(open) == comma) first_end_back = open;
    }
    if (first_end_back < 2 || !IsDigit(t_[first_end_back - 1])) return false;
    size_t d = first_end_back;
    while (d > 0 && IsDigit(t_[d - 1])) --d;
    return d >= 2 && t_[d - 1] == ' ' && IsUpper(At(t_, WordStart(t_, d - 1))) && line_start(d) != std::string_view::npos &&
           second_side(comma + 2) && comma + 2 < i;
  }

  // Whether the digits at `i` are written in thousands groups: "39,165", "1.234.567".
  bool IsGrouped(size_t i, const Number& n) const {
    if (n.plain_integer || n.value < 1000) return false;
    for (size_t k = i; k + 3 < n.end; ++k) {
      if ((t_[k] == ',' || t_[k] == '.') && IsDigit(t_[k + 1]) && IsDigit(t_[k + 2]) && IsDigit(t_[k + 3]) &&
          !IsDigit(At(t_, k + 4))) {
        return true;
      }
    }
    return false;
  }

  // A percent, currency or scale word after the number at `end` makes it an amount, whatever word
  // stands before it ("Donnerstag 0,8 Prozent", "im Schnitt 9,8 ct/kWh" in German, which capitalises nouns).
  bool AmountWordAfter(size_t end) const {
    if (At(t_, end) == ',' || At(t_, end) == '.') {
      while (IsDigit(At(t_, end + 1)) || ((At(t_, end + 1) == ',' || At(t_, end + 1) == '.') && IsDigit(At(t_, end + 2)))) ++end;
      ++end;
    }
    const size_t j = SkipBlanks(t_, end, false);
    if (auto u = MatchUnit(t_, j, j == end)) {
      // Power and energy too: "Germany 40 GW" is a capacity, while "A100 80GB" may be a name's.
      // (A unit of one letter, "t" of "40 tonnes", has no two last letters to compare.)
      const std::string_view unit = u->unit;
      const bool power = u->family == UnitFamily::kPhysical &&
                         (unit.back() == 'W' || (unit.size() >= 2 && unit.substr(unit.size() - 2) == "Wh"));
      return u->family == UnitFamily::kCurrency || u->family == UnitFamily::kPercent ||
             u->family == UnitFamily::kPercentagePoints || power;
    }
    return j > end && MatchScaleWord(t_, j).has_value();
  }

  // Whether the number at `i` opens a score ("3-1", "the Lakers 112-104", "Chelsea 0 – 1 Manchester
  // City"): the number after the team's name is then no model name's.
  bool LooksLikeScore(size_t i, const Number& n) const {
    if (!n.plain_integer) return false;
    size_t j = n.end;
    if (At(t_, j) == '-') j += 1;
    else if (StartsWith(t_, j, kEnDash)) j += kEnDash.size();
    else if (At(t_, j) == ' ' && (At(t_, j + 1) == '-' || StartsWith(t_, j + 1, kEnDash))) j = SkipBlanks(t_, TokenEndOfDash(j + 1), false);
    else return false;
    auto second = ReadDigits(t_, j, false);
    if (!IsDigit(At(t_, j)) || !second) return false;
    const char after = At(t_, second->end);
    if (IsAsciiAlnum(after) || (after == '.' && IsDigit(At(t_, second->end + 1))) || after == '-') return false;
    return IsScore(i, n, j, *second);
  }

  size_t TokenEndOfDash(size_t j) const { return At(t_, j) == '-' ? j + 1 : j + kEnDash.size(); }

  // Two whole numbers of at most three digits joined by a hyphen or a dash, with nothing after
  // them that a range has (a unit, a percent sign): a score or a tally when the second is not
  // above the first (winners are written first: "3-1", "112-104", "voted 218-212"; not a model's
  // variant, "747-400"), or, rising, when the words around say so: a result or a record after ("a
  // 1-3 defeat", "fell to 5-11 on the season"), a verb of the result before
  // ("lost 1-3"), a team's name on each side ("Chelsea 0 – 1 Manchester City"), a team's record
  // in brackets ("the Hawks (3-12)"), or one set of a list of sets ("6-4, 3-6, 7-5").
  bool IsScore(size_t first_begin, const Number& first, size_t second_begin, const Number& second) const {
    if (!first.plain_integer || !second.plain_integer || first.spelled || second.spelled || first.end - first_begin > 3 ||
        second.end - second_begin > 3 || !IsDigit(At(t_, first_begin))) {
      return false;
    }
    if (MatchUnit(t_, second.end, true) || At(t_, second.end) == '%' || ReadSpacedUnit(second.end)) return false;
    const bool two_digits = first.value < 100 && second.value < 100;
    const size_t word_before = WordStart(t_, first_begin > 0 ? first_begin - 1 : 0);
    const bool name_before = Before(t_, first_begin) == ' ' && word_before + 1 < first_begin && IsUpper(t_[word_before]);
    // "Boeing 747-400", "737-800", "Boeing 787-10" name a model and its variant; after a name, a
    // second side of three digits is a basketball score's loser ("the Nets 101-99") only from 50 up.
    if (!two_digits && (static_cast<int64_t>(second.value) % 100 == 0 || (name_before && second.value < 50))) {
      return false;
    }
    if (second.value <= first.value) return true;
    // Rising, a result word after or a verb of the result before makes a score of any size ("lost
    // 101-110", "a 98-104 defeat"); a team on each side, a record in brackets or a set needs two digits.
    static constexpr std::string_view kResults[] = {" win",  " victory", " defeat",        " draw",  " loss",
                                                    " lead", " scoreline", " on the season", " record",
                                                    // a basketball player's shots made and taken: "4-13 from the field"
                                                    " shooting", " from the field", " from the floor", " from three",
                                                    " from 3-point range", " from the line", " on 3-pointers"};
    if (std::any_of(std::begin(kResults), std::end(kResults), [&](std::string_view r) {
          return StartsWithNoCase(t_, second.end, r) && !IsAsciiLetter(At(t_, second.end + r.size()));
        })) {
      return true;
    }
    static constexpr std::string_view kResultVerbs[] = {"lost", "lose", "loses", "losing", "beat", "beats", "beaten",
                                                        "won", "win", "wins", "drew", "draw", "trail", "trailed", "trailing"};
    const std::string before = WordBefore(t_, first_begin).first;
    if (std::find(std::begin(kResultVerbs), std::end(kResultVerbs), before) != std::end(kResultVerbs)) return true;
    if (HanScoreWordBeside(first_begin, second.end)) return true;  // 客场3-5负于, 0-1落后
    if (!two_digits) return false;
    if (name_before && At(t_, second.end) == ' ' && IsUpper(At(t_, second.end + 1))) return true;
    // A record in brackets after a team's name, "the Hawks (3-12)", or a tie-break's after a set, "6-7 (5-7)".
    if (Before(t_, first_begin) == '(' && At(t_, second.end) == ')' && Before(t_, first_begin - 1) == ' ' && first_begin >= 2 &&
        (IsUpper(t_[WordStart(t_, first_begin - 2)]) || IsDigit(Before(t_, first_begin - 2)))) {
      return true;
    }
    return SetBeside(first_begin, second.end);
  }

  // Whether a Han word of a match's result stands right after a score ending at `end` (3-5负于, 4:2力克,
  // 0-1落后) or a word that introduces one right before it at `begin` (以4:1战胜, 客场3-5, 比分).
  bool HanScoreWordBeside(size_t begin, size_t end) const {
    static constexpr std::string_view kAfter[] = {
        "负", "負", "胜", "勝", "战胜", "戰勝", "击败", "擊敗", "力克", "不敌", "不敵", "落后", "落後", "领先", "領先",
        "逆转", "逆轉", "取胜", "取勝", "告负", "告負", "获胜", "獲勝", "赢", "贏", "输", "輸", "战平", "戰平", "打平",
        "险胜", "險勝", "完胜", "完勝", "大胜", "大勝", "轻取", "輕取", "淘汰", "扳平", "的比分", "终结", "終結", "收官"};
    static constexpr std::string_view kBefore[] = {"以", "主场", "主場", "客场", "客場", "比分", "战成", "戰成", "比数", "比數"};
    if (std::any_of(std::begin(kAfter), std::end(kAfter), [&](std::string_view w) { return StartsWith(t_, end, w); })) return true;
    return std::any_of(std::begin(kBefore), std::end(kBefore),
                       [&](std::string_view w) { return begin >= w.size() && t_.substr(begin - w.size(), w.size()) == w; });
  }

  // A score written with a colon, as Chinese sport pages write table tennis, tennis and football
  // ("以4:2力克", "以4：6、6：4、6：3逆轉"): two counts, each side's. Told from a time of day ("北京时间
  // 20:00") and a ratio ("10:1配股") by a word of the result beside it or a list of sets. Where it
  // ends, or npos.
  size_t HanColonScoreAt(size_t i, const Number& first) {
    static constexpr std::string_view kFullColon = "\xef\xbc\x9a";  // ：
    const size_t colon = At(t_, first.end) == ':' ? 1 : StartsWith(t_, first.end, kFullColon) ? kFullColon.size() : 0;
    if (colon == 0 || !first.plain_integer || first.end - i > 2 || IsDigit(Before(t_, i)) || !IsDigit(At(t_, first.end + colon))) {
      return std::string_view::npos;
    }
    const size_t j = first.end + colon;
    size_t end = j;
    while (IsDigit(At(t_, end)) && end - j <= 2) ++end;
    if (end - j > 2 || At(t_, end) == ':' || At(t_, end) == '.' || IsAsciiAlnum(At(t_, end)) || StartsWith(t_, end, kFullColon)) {
      return std::string_view::npos;
    }
    const bool han_before = i >= 3 && (IsHanAt(i - 3) || t_.substr(i - 3, 3) == "\xe3\x80\x81");  // 、
    const bool han_after = IsHanAt(end) || StartsWith(t_, end, "\xe3\x80\x81") || StartsWith(t_, end, "\xef\xbc\x8c") ||
                           StartsWith(t_, end, "\xe3\x80\x82");  // 、 ， 。
    if (!han_before || !han_after) return std::string_view::npos;
    const bool in_sets = t_.substr(i - 3, 3) == "\xe3\x80\x81" || StartsWith(t_, end, "\xe3\x80\x81");
    if (!HanScoreWordBeside(i, end) && !in_sets) return std::string_view::npos;
    double second = 0;
    for (size_t k = j; k < end; ++k) second = second * 10 + (t_[k] - '0');
    Emit(Decorate(NewFigure(i, first.end, FigureKind::kCount, first.value, "")));
    Emit(NewFigure(j, end, FigureKind::kCount, second, ""));
    return end;
  }

  // Whether another set's score ("6-4") stands right before `begin` or right after `end`, after ", "
  // or a space ("7-5 6-3 5-7"), past a tie-break's score in brackets ("7-6 (7-1) 6-7 (10-12) 6-4",
  // "6-7(2) 6-2").
  bool SetBeside(size_t begin, size_t end) const {
    if (StartsWith(t_, end, " (") || At(t_, end) == '(') {
      const size_t close = t_.find(')', end);
      if (close != std::string_view::npos && close - end <= 8) end = close + 1;
    }
    if (Before(t_, begin) == ' ' && Before(t_, begin - 1) == ')') {
      const size_t open = t_.rfind('(', begin);
      if (open != std::string_view::npos && begin - open <= 9 && open > 0) begin = open;
    }
    auto is_set = [&](size_t k) {  // a set's score of one or two digits a side at `k`
      size_t d = k;
      while (IsDigit(At(t_, d)) && d - k < 2) ++d;
      if (d == k || At(t_, d) != '-' || !IsDigit(At(t_, d + 1))) return false;
      size_t e = d + 1;
      while (IsDigit(At(t_, e)) && e - d <= 2) ++e;
      return !IsAsciiAlnum(At(t_, e)) && At(t_, e) != '%';
    };
    if ((StartsWith(t_, end, ", ") && is_set(end + 2)) || (At(t_, end) == ' ' && is_set(end + 1))) return true;
    const size_t gap = Before(t_, begin) == ' ' && Before(t_, begin - 1) == ',' ? 2 : Before(t_, begin) == ' ' ? 1 : 0;
    if (begin < 4 || gap == 0) return false;
    size_t k = begin - gap;
    while (k > 0 && (IsDigit(t_[k - 1]) || t_[k - 1] == '-') && begin - k < 8) --k;
    return is_set(k);
  }

  // A number that names a model, product, version or standard: it follows a capitalised word or
  // an acronym ("GPT-4", "Claude Opus 4.6", "Xeon 6", "RTX 5090", "Step 2"), or continues such a
  // name ("Llama 3.1 405B").
  bool IsInProductName(size_t i) const {
    const char sep = Before(t_, i);
    if (sep != ' ' && sep != '-') return false;
    size_t end = i - 1;
    // "the Standard & Poor's 500 index": the one index whose name ends in a possessive (others'
    // possessives count: "Labour's 411 seats").
    if (end >= 6 && t_.substr(end - 6, 6) == "Poor's") end -= 2;
    size_t begin = end;
    while (begin > 0 && (IsAsciiAlnum(t_[begin - 1]) || (t_[begin - 1] == '.' && IsDigit(At(t_, begin))))) --begin;
    if (begin == end) return false;
    const std::string_view token = t_.substr(begin, end - begin);
    if (IsDigit(token[0])) return product_name_end_ == end;  // "Llama 3.1 405B": a name goes on
    if (MatchCurrencyBefore(t_, i)) return false;             // "Rs 12,380 crore", "INR 500"
    // A capitalised or camel-cased word ("Claude", "iPhone", "macOS") or an acronym; or the one
    // disease name some outlets write in lowercase ("covid-19").
    const std::string lower = Lowercase(token);
    if (!std::any_of(token.begin(), token.end(), IsUpper) && !(sep == '-' && lower == "covid")) return false;
    // ("Covid-19 cases rose": a number hyphenated to a capitalised word is a name's even where the
    // word opens the sentence.)
    if (IsFunctionWord(lower) || IsMonthName(lower) || QualifierApprox("", lower) || lower == "between" ||
        lower == "and" || (sep != '-' && IsSentenceInitialWord(begin, token))) {
      return false;
    }
    product_name_end_ = TokenEnd(t_, i);
    return true;
  }

  // A capitalised word that opens a sentence ("Packing 136 cores", "Standard 5-year") is as likely
  // an ordinary word as a name: the number after it is a name only when nothing counts it.
  bool IsSentenceInitialWord(size_t begin, std::string_view token) const {
    if (!std::all_of(token.begin() + 1, token.end(), IsLower)) return false;
    const size_t before = SkipBlanksBack(t_, begin);
    const char c = Before(t_, before);
    return before == 0 || c == '\n' || c == '.' || c == '!' || c == '?' || c == '"' ||
           (before >= 3 && t_.substr(before - 3, 3) == "\xe2\x80\x9c");  // “
  }

  bool FollowsSentenceInitialWord(size_t i) const {
    if (Before(t_, i) != ' ') return false;
    const size_t begin = WordStart(t_, i - 1);
    return begin < i - 1 && IsUpper(t_[begin]) && IsSentenceInitialWord(begin, t_.substr(begin, i - 1 - begin)) &&
           !IsFunctionWord(Lowercase(t_.substr(begin, i - 1 - begin)));
  }

  // "one" as a pronoun or article: "no one", "the one", "one of the".
  bool IsPronounOne(size_t i) const {
    const std::string before = WordBefore(t_, i).first;
    static constexpr std::string_view kDeterminers[] = {"any", "each", "every", "no", "that", "the", "this", "which"};
    for (std::string_view d : kDeterminers) {
      if (before == d) return true;
    }
    return false;
  }

  // --- reading a figure --------------------------------------------------------------------

  // The currency sign, "~" or "x" before the number.
  void ReadSigns(Head* head, bool x_prefix) const {
    if (x_prefix) {
      head->begin -= 1;
      head->glued_unit = "times";
      return;
    }
    if (auto currency = MatchCurrencyBefore(t_, head->begin)) {
      head->begin = currency->first;
      head->currency = currency->second;
    }
    if (Before(t_, head->begin) == '~') {
      head->begin -= 1;
      head->tilde = true;
    }
    // A sign written on the number is in its span and value: "−7%", "+2,5 %", "-$3 billion".
    size_t sign = 0;
    if (Before(t_, head->begin) == '+' || Before(t_, head->begin) == '-') {
      sign = 1;
    } else if (head->begin >= kMinus.size() && t_.substr(head->begin - kMinus.size(), kMinus.size()) == kMinus) {
      sign = kMinus.size();
    }
    const char before_sign = Before(t_, head->begin - sign);
    // (Not the "-" of "+/-4%", a margin either way.)
    if (sign > 0 && !IsAsciiAlnum(before_sign) && before_sign != '-' && before_sign != '+' && before_sign != '/' &&
        !IsNonAscii(before_sign)) {
      head->negative = t_[head->begin - 1] != '+';
      head->begin -= sign;
      // "Rs -0.80 crore": a currency written before the sign.
      if (head->currency.empty()) {
        if (auto currency = MatchCurrencyBefore(t_, head->begin)) {
          head->begin = currency->first;
          head->currency = currency->second;
        }
      }
    }
  }

  // What is glued to the digits: a scale ("4.6M", "30万"), "%", "x", a unit symbol ("5GW").
  // False when letters glued there make the token something else ("3rd", "1990s", "4o").
  bool ReadGluedSuffix(Head* head) const {
    size_t j = PastMoreThan(head->number.end);
    head->end = j;
    if (IsNonAscii(At(t_, j)) && MatchUnit(t_, j, true)) return true;  // 兆瓦 is megawatts, not 兆
    if (auto scale = MatchChineseScale(t_, j)) {
      head->scale = scale->second;
      head->scaled = true;
      head->end = scale->first;
      ReadMagnitudeGroups(head);
      head->end = PastMoreThan(head->end);  // 3万多辆
      return true;
    }
    if (auto scale = MatchScaleSuffix(t_, j)) {
      if (NamesRace(*head, j)) return false;
      head->scale = scale->second;
      head->scaled = true;
      j = head->end = scale->first;
    }
    if (At(t_, j) == '%') {
      head->glued_unit = "percent";
      head->end = j + 1;
      return true;
    }
    if ((At(t_, j) == 'x' || At(t_, j) == 'X') && !IsAsciiAlnum(At(t_, j + 1))) {
      if (!head->glued_unit.empty()) return false;  // "x1.2x"
      head->glued_unit = "times";
      head->end = j + 1;
      return true;
    }
    if (StartsWith(t_, j, kTimesSign)) {
      head->glued_unit = "times";
      head->end = j + kTimesSign.size();
      return true;
    }
    if (IsAsciiLetter(At(t_, j))) {
      if (MatchUnit(t_, j, true) || IsPence(j)) return !head->scaled;  // a glued unit is read later
      // Scraped pages glue words to numbers: "a mere 7Open source", "👁134views".
      if (IsUpper(At(t_, j)) && IsLower(At(t_, j + 1))) return true;
      const size_t word_end = WordEnd(t_, j);
      if (!head->scaled && word_end - j >= 3 && std::all_of(t_.begin() + j, t_.begin() + word_end, IsLower) &&
          !IsAsciiAlnum(At(t_, word_end))) {
        head->glued_noun = t_.substr(j, word_end - j);
        head->end = word_end;
        return true;
      }
      return false;
    }
    return true;
  }

  // Whether the "m" at `m`, glued to a number with no currency, names a race by its distance in
  // metres rather than a million: "won the 100m in 10.91 seconds", "the women's 400m hurdles", "a
  // 1500m final". A distance raced on a track or in a pool, after an article or a possessive with
  // nothing counted after it, or before the event's own word.
  bool NamesRace(const Head& head, size_t m) const {
    static constexpr int kDistances[] = {50, 60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000};
    static constexpr std::string_view kEvents[] = {"hurdles", "freestyle", "backstroke", "breaststroke", "butterfly",
                                                   "medley",  "relay",     "final",      "heats",        "heat",
                                                   "race",    "dash",      "sprint",     "title",        "steeplechase"};
    static constexpr std::string_view kAfterEvent[] = {"in", "at", "on", "and", "with", "for", "by", "after", "before"};
    if (At(t_, m) != 'm' || IsAsciiAlnum(At(t_, m + 1)) || !head.currency.empty() || !head.number.plain_integer ||
        std::find(std::begin(kDistances), std::end(kDistances), static_cast<int>(head.number.value)) == std::end(kDistances) ||
        head.number.value != static_cast<int>(head.number.value)) {
      return false;
    }
    std::string after;
    if (At(t_, m + 1) == ' ') after = Lowercase(t_.substr(m + 2, WordEnd(t_, m + 2) - m - 2));
    if (std::find(std::begin(kEvents), std::end(kEvents), after) != std::end(kEvents)) return true;
    const std::string before = WordBefore(t_, head.begin).first;
    const bool article = before == "the" || before == "a" || before == "an" ||
                         (before.size() > 2 && before.compare(before.size() - 2, 2, "'s") == 0);
    const bool nothing_counted = after.empty() || std::find(std::begin(kAfterEvent), std::end(kAfterEvent), after) != std::end(kAfterEvent);
    return article && nothing_counted && !IsAsciiAlnum(At(t_, m + 1));
  }

  // A number written in magnitude groups goes on after its scale: 1954萬8531人 is 19,548,531,
  // 1兆460億元 1.046e12, 8亿8943.9万人 889,439,000. Each group glued to the last is smaller than
  // the scale before it; the value is kept whole (scale 1).
  void ReadMagnitudeGroups(Head* head) const {
    double total = head->number.value * head->scale;
    double last_scale = head->scale;
    for (size_t k = head->end;;) {
      // A text that spaces its digits ("1 兆 220 億元") spaces the groups, each with its scale.
      const bool spaced = At(t_, k) == ' ' && IsDigit(At(t_, k + 1)) && Before(t_, k) != ' ' && IsNonAscii(Before(t_, k));
      if (spaced) ++k;
      if (!IsDigit(At(t_, k))) break;
      auto digits = ReadDigits(t_, k, false);
      if (!digits || digits->end == k) break;
      const size_t scale_at = spaced && At(t_, digits->end) == ' ' ? digits->end + 1 : digits->end;
      const auto scale = MatchChineseScale(t_, scale_at);
      if (spaced && !scale) break;
      const double group = digits->value * (scale ? scale->second : 1);
      // Past a scale the group must stay under it; with none, a whole number under it (8531 after 萬).
      if ((scale && scale->second >= last_scale) || group >= last_scale || (!scale && t_.substr(k, digits->end - k).find('.') != std::string_view::npos)) break;
      if (!scale && IsDateWordAt(digits->end)) break;
      total += group;
      k = head->end = scale ? scale->first : digits->end;
      if (!scale) break;
      last_scale = scale->second;
    }
    if (total != head->number.value * head->scale) {
      head->number.value = total;
      head->scale = 1;
    }
  }

  // 多, 余 or 餘 ("more than") between a number and its scale, unit or measure word: 5000多人,
  // 20余亿元, 两千多名员工. Where the number's words go on, past it; else `j`. The value is the number's.
  size_t PastMoreThan(size_t j) const {
    constexpr size_t kHan = 3;
    const bool more = StartsWith(t_, j, "\xe5\xa4\x9a") || StartsWith(t_, j, "\xe4\xbd\x99") ||  // 多 余
                      StartsWith(t_, j, "\xe9\xa4\x98");                                          // 餘
    if (!more) return j;
    const size_t k = j + kHan;
    const bool goes_on = MatchChineseScale(t_, k) || MatchChineseCounted(t_, k) || (IsNonAscii(At(t_, k)) && MatchUnit(t_, k, true));
    return goes_on ? k : j;
  }

  // 年, 月, 日, 时, 時, 号, 號 at `i`: the digits before it are a date or a time, not a group.
  bool IsDateWordAt(size_t i) const {
    for (std::string_view word : {"\xe5\xb9\xb4", "\xe6\x9c\x88", "\xe6\x97\xa5", "\xe6\x97\xb6", "\xe6\x99\x82", "\xe5\x8f\xb7",
                                  "\xe8\x99\x9f"}) {
      if (StartsWith(t_, i, word)) return true;
    }
    return false;
  }

  // The scale word after the number: "3 trillion", "$3\ntrillion".
  void ReadScaleWord(Head* head) const {
    if (head->scaled || !head->glued_unit.empty()) return;
    // "$2.4-billion deal", "C$500-million plan": a hyphenated scale after an amount of money.
    if (At(t_, head->end) == '-' && !head->currency.empty()) {
      if (auto scale = MatchScaleWord(t_, head->end + 1); scale && At(t_, scale->first) != '-') {
        head->scale = scale->second;
        head->scaled = true;
        head->end = scale->first;
        return;
      }
    }
    const size_t j = SkipBlanks(t_, head->end, true);
    if (j == head->end) return;
    if (auto scale = MatchScaleWord(t_, j)) {
      head->scale = scale->second;
      head->scaled = true;
      head->end = scale->first;
      return;
    }
    if (auto letter = SpacedScaleLetter(j); letter && j == head->end + 1) {
      head->scale = *letter;
      head->scaled = true;
      head->end = j + 1;
      return;
    }
    // "409 億美元": Chinese text that sets its digits apart with spaces, one space before the scale
    // (and before each further group: "1 兆 220 億元").
    if (j == head->end + 1 && t_[head->end] == ' ' && !head->number.spelled) {
      if (auto scale = MatchChineseScale(t_, j)) {
        head->scale = scale->second;
        head->scaled = true;
        head->end = scale->first;
        ReadMagnitudeGroups(head);
      }
    }
  }

  // "1.42 B", "210 M", "$3.5 K": a capital scale letter a space after the number, alone (data
  // tables and market pages write them so); not "3 M&A deals", "Class 2 B-shares" or an initial.
  std::optional<double> SpacedScaleLetter(size_t j) const {
    const char c = At(t_, j);
    if (c != 'B' && c != 'M' && c != 'K') return std::nullopt;
    const char next = At(t_, j + 1);
    if (IsAsciiAlnum(next) || next == '&' || next == '-' || next == '\'' || next == '.' || IsNonAscii(next)) return std::nullopt;
    return c == 'B' ? 1e9 : c == 'M' ? 1e6 : 1e3;
  }

  // How the number after a figure's first one joins it.
  enum class Joiner {
    kRange,   // "175–185 billion", "45 to 57", "9 and 900" after "between", "$200 or $300 billion"
    kFromTo,  // "from $142.62 to $118.51": two figures, the ends of a change
  };

  // The connecting word at `blank` that `joiner` accepts after the word `before` the figure, or
  // empty. "or" and "and" join a range only when they share one scale word ("$200 or $300 billion").
  // German joins a range with "bis" ("6,5 bis 7 Mrd. Euro") and a change with "von … auf".
  std::string_view ConnectorAt(size_t blank, std::string_view before, Joiner joiner, bool* shared_scale_only) const {
    static constexpr std::string_view kRangeWords[] = {"to", "or", "and", "bis", "auf"};
    for (std::string_view word : kRangeWords) {
      const bool from_to = (before == "from" && word == "to") || (before == "von" && word == "auf");
      // "between 10 and 20 percent", and as often written, "between 10 to 20 percent".
      const bool accepted = joiner == Joiner::kFromTo ? from_to
                            : before == "between"     ? word == "and" || word == "to"
                                                      : !from_to && word != "auf";
      if (!accepted || !StartsWith(t_, blank, word) || SkipBlanks(t_, blank + word.size(), true) == blank + word.size()) {
        continue;
      }
      *shared_scale_only = joiner == Joiner::kRange && word != "to" && word != "bis" && before != "between";
      return word;
    }
    return {};
  }

  // The second number after `head`, joined as `joiner` says, where `before` is the word before
  // the figure.
  std::optional<Head> ReadRangeEnd(const Head& head, std::string_view before, Joiner joiner) const {
    size_t j = head.end;
    // A currency written after the first number of a pair: "von 1,05 € auf 1,15 €".
    if (joiner == Joiner::kFromTo && head.currency.empty()) {
      if (auto u = MatchUnit(t_, SkipBlanks(t_, j, false), false); u && u->family == UnitFamily::kCurrency) j = u->end;
    }
    // A line break may fall anywhere in a range: "45 to\n57 percent".
    const size_t blank = SkipBlanks(t_, j, true);
    bool word_connector = false;
    bool shared_scale_only = false;
    const std::string_view word = blank > j ? ConnectorAt(blank, before, joiner, &shared_scale_only) : std::string_view();
    if (joiner == Joiner::kFromTo) {
      if (word.empty()) return std::nullopt;
      j = SkipBlanks(t_, blank + word.size(), true);
      word_connector = true;
    } else if (At(t_, j) == '-' && (StartsWith(t_, j, "- to ") || StartsWith(t_, j, "- and "))) {
      j = SkipBlanks(t_, j + (t_[j + 2] == 't' ? 5 : 6), false);  // "a 12- to 16-year follow-up": one range
    } else if (At(t_, j) == '-') {
      j += 1;
    } else if (const size_t joiner = ChineseRangeJoinerAt(j); joiner && IsDigit(At(t_, j + joiner))) {
      j += joiner;  // 3至5年, 3~5万辆, 8－10亿美元
    } else if (const size_t spaced = blank == j + 1 ? ChineseRangeJoinerAt(blank) : 0;
               spaced && IsHanAt(blank) && At(t_, blank + spaced) == ' ' && IsDigit(At(t_, blank + spaced + 1))) {
      j = blank + spaced + 1;  // "322 至 334 億美元": a text that spaces its digits spaces a Han joiner too
    } else if (blank > j && At(t_, blank) == '-' && At(t_, blank + 1) == ' ') {
      j = SkipBlanks(t_, blank + 1, true);  // "5 - 10%"
    } else if (StartsWith(t_, blank, kEnDash) || StartsWith(t_, blank, kEmDash)) {
      j = SkipBlanks(t_, blank + kEnDash.size(), true);
    } else if (StartsWith(t_, blank, kMojibakeEnDash) || StartsWith(t_, blank, kMojibakeEmDash)) {
      j = SkipBlanks(t_, blank + kMojibakeEnDash.size(), true);
    } else if (!word.empty()) {
      j = SkipBlanks(t_, blank + word.size(), true);
      word_connector = true;
    } else {
      return std::nullopt;
    }
    Head end;
    end.begin = j;
    if (!head.currency.empty()) {
      for (std::string_view sign : {"US$", "$", "\xe2\x82\xac", "\xc2\xa3", "\xc2\xa5"}) {
        if (StartsWith(t_, j, sign)) {
          j += sign.size();
          break;
        }
      }
    }
    if (head.number.spelled) {
      if (!word_connector || !IsAsciiLetter(At(t_, j))) return std::nullopt;
      auto spelled = MatchEnglishNumber(t_, j);
      if (!spelled) return std::nullopt;
      end.number.end = spelled->end;
      end.number.value = spelled->value;
      end.number.spelled = true;
      end.end = spelled->end;
    } else {
      if (!IsDigit(At(t_, j))) return std::nullopt;
      auto number = FractionOfPercentAt(j);
      if (!number) number = ReadDigits(t_, j, DecimalComma(j), SpaceGroupText());
      if (!number) return std::nullopt;
      end.number = *number;
      if (!ReadGluedSuffix(&end)) return std::nullopt;
      if (IsAsciiLetter(At(t_, end.end))) return std::nullopt;  // "2-3B" read above; "5-10nm" is not
    }
    ReadScaleWord(&end);
    // A unit glued to the first number must be on the second too: "30%–40%", not "30% to 40 people".
    if (!head.glued_unit.empty() && end.glued_unit != head.glued_unit) return std::nullopt;
    if (shared_scale_only && (head.scaled || !end.scaled)) return std::nullopt;
    if (word == "to" && IsMoveAndLevel(head, end, before)) return std::nullopt;
    return end;
  }

  // "421,0 (Vj. 293,8) Mio. Euro", "351,0 (294,4) Mio. Euro": a result written with the year
  // before's in brackets ahead of one scale and currency, which both numbers take. The currency,
  // when the number at `t[begin, end)` is either of the two, and the scale in `*scale`.
  std::optional<UnitMatch> ScaleAfterBracketedPair(size_t begin, size_t end, double* scale) const {
    constexpr size_t kNear = 24;  // bytes: a bracket's words ("Vorjahr: ") and number
    size_t close = std::string_view::npos;
    if (At(t_, end) == ')') {  // the number in brackets, after a number and " ("
      const size_t open = t_.rfind('(', begin);
      if (open == std::string_view::npos || begin - open > kNear || open < 2 || t_[open - 1] != ' ' || !IsDigit(t_[open - 2])) {
        return std::nullopt;
      }
      close = end;
    } else if (At(t_, end) == ' ' && At(t_, end + 1) == '(') {  // the number before the brackets
      close = t_.find(')', end + 2);
      if (close == std::string_view::npos || close - end > kNear) return std::nullopt;
      const std::string_view inside = t_.substr(end + 2, close - end - 2);
      if (inside.find('(') != std::string_view::npos || std::none_of(inside.begin(), inside.end(), IsDigit)) return std::nullopt;
    } else {
      return std::nullopt;
    }
    if (At(t_, close + 1) != ' ') return std::nullopt;
    auto scale_word = MatchScaleWord(t_, close + 2);
    if (!scale_word || At(t_, scale_word->first) != ' ') return std::nullopt;
    auto currency = MatchUnit(t_, scale_word->first + 1, false);  // "Mio. Euro", "million dollars"
    if (!currency || currency->family != UnitFamily::kCurrency) currency = MatchCurrencyAfterScale(t_, scale_word->first + 1);
    if (!currency) return std::nullopt;
    *scale = scale_word->second;
    return currency;
  }

  // A low end written in thousands groups and above the digits of the high end keeps its own scale
  // ("578,000 to 155.6 million" is no 578 billion); else a scale written once after the high end is
  // both ends' ("$60 to $70 billion", "₹9,000–9,500 crore").
  bool KeepsOwnScale(const Head& head, const Head& high) const {
    return !head.scaled && head.number.value > high.number.value && IsGrouped(head.begin, head.number);
  }
  double LowEndScale(const Head& head, const Head& high) const {
    if (head.scaled || KeepsOwnScale(head, high)) return head.scale;
    return high.scaled ? high.scale : head.scale;
  }

  // "rose $1.20 to $82.35", "by £3.2bn to £164.9bn": after a verb of change, an amount of money
  // and one several times larger are the size of a move and its new level, not a range ("grow
  // 20 to 25 percent", "rise $5 to $6 billion" stay ranges).
  // So is a count written in thousands groups before a scaled one ("increased by 578,000 to 155.6
  // million") or before a larger one in thousands groups ("revised up by 16,000 to 167,000").
  // A revision's pair is always a move and its level ("revised downward 29,000 to 50,000"), and so
  // are two bare counts after "by" where the top is several times the first ("rose by 15 to 859").
  bool IsMoveAndLevel(const Head& head, const Head& high, std::string_view before) const {
    const bool grouped_pair = IsGrouped(head.begin, head.number) && IsGrouped(high.begin, high.number);
    const bool direction = before == "downward" || before == "upward" || before == "downwards" || before == "upwards";
    const std::string verb = direction || before == "down" || before == "up" ? WordBefore(t_, WordBefore(t_, head.begin).second).first
                                                                             : std::string(before);
    if (grouped_pair && verb == "revised") return true;
    const bool bare_pair = before == "by" && head.currency.empty() && head.glued_unit.empty() && high.glued_unit.empty() &&
                           !head.scaled && !high.scaled && !MatchUnit(t_, high.end, true) && !ReadSpacedUnit(high.end) &&
                           !ReadCountedNoun(high.end);
    if ((head.currency.empty() && !KeepsOwnScale(head, high) && !grouped_pair && !bare_pair) ||
        !(IsChangeVerb(before) || before == "by" || direction)) {
      return false;
    }
    const double low = head.number.value * LowEndScale(head, high);
    const double top = high.number.value * (high.scaled ? high.scale : head.scale);
    return top >= 3 * low;
  }

  // "4.5 percent to 4.75 percent", "between 2 GW and 3 GW": the top of a range that writes its
  // unit at both ends, where `end` is after the low end `low` and its unit `unit`: where the top
  // ends and its value. A range runs upwards; after a verb of change a top several times the low
  // end is a move and its new level ("rose 0.3 percent to 2.9 percent"), as IsMoveAndLevel says.
  std::optional<std::pair<size_t, double>> TopWithUnitAgain(size_t end, std::string_view unit, double low,
                                                            std::string_view before, size_t before_start) const {
    if (before == "from" || before == "von") return std::nullopt;  // "from 3.9 percent to 4.0 percent": a change
    const std::string_view joiner = before == "between" ? " and " : " to ";
    const size_t j = end + joiner.size();
    if (!StartsWith(t_, end, joiner) || !IsDigit(At(t_, j))) return std::nullopt;
    auto number = ReadDigits(t_, j, DecimalComma(j), SpaceGroupText());
    if (!number) return std::nullopt;
    auto u = MatchUnit(t_, number->end, true);
    if (!u) u = ReadSpacedUnit(number->end);
    if (!u || UnitAndKind(*u).first != unit || IsAsciiAlnum(At(t_, u->end))) return std::nullopt;
    const double high = number->value * u->factor;
    const bool after_change = before == "by" || IsChangeVerb(before) || IsChangeVerb(WordBefore(t_, before_start).first);
    if (high <= low || (after_change && high >= 3 * low)) return std::nullopt;
    return std::make_pair(u->end, high);
  }

  // "between $88 a barrel and $95 a barrel": the top of a range of prices that writes its currency
  // and per-unit at both ends, where `end` is after the low end `low` and its per-unit `per`.
  std::optional<std::pair<size_t, double>> PriceTopAgain(size_t end, double low, std::string_view per) const {
    if (!StartsWith(t_, end, " and ")) return std::nullopt;
    size_t j = end + 5;
    const size_t sign_at = j;
    for (std::string_view sign : {"US$", "$", "\xe2\x82\xac", "\xc2\xa3", "\xc2\xa5"}) {
      if (StartsWith(t_, j, sign)) {
        j += sign.size();
        break;
      }
    }
    if (j == sign_at || !IsDigit(At(t_, j))) return std::nullopt;
    const auto number = ReadDigits(t_, j, DecimalComma(j), SpaceGroupText());
    if (!number || number->value <= low) return std::nullopt;
    const auto top_per = ReadPer(number->end);
    if (!top_per || top_per->second != per) return std::nullopt;
    return std::make_pair(top_per->first, number->value);
  }

  // "1 in 5 adults", "one in five voters", "one in 10 seats": a proportion, one figure whose value
  // is the first number and whose per-unit is the whole it is counted in, as "390 cases per 100,000
  // people" is (not a count of 1 and one of 5 adults).
  // So is "4 out of 5 doctors", "nine out of every 10 adults", and an incidence in a round
  // population, whatever its number: "3.1 out of 100,000 people", "45 in 1,000 births".
  std::optional<Figure> ReadProportion(const Head& head) const {
    if (head.scaled || !head.currency.empty() || !head.glued_unit.empty() || head.end != head.number.end ||
        head.number.value <= 0) {
      return std::nullopt;
    }
    const bool small_whole_number = head.number.value >= 1 && head.number.value <= 20 &&
                                    head.number.value == static_cast<int>(head.number.value);
    size_t whole = 0;
    for (std::string_view joiner : {" in ", " out of every ", " out of "}) {
      if (StartsWith(t_, head.end, joiner)) {
        whole = head.end + joiner.size();
        break;
      }
    }
    if (whole == 0) return std::nullopt;
    // "made 286 for seven in 50 overs": a cricket side's wickets after its runs, no part of a whole.
    if (const auto [before, before_start] = WordBefore(t_, head.begin); before == "for" && IsDigit(Before(t_, before_start - 1))) {
      return std::nullopt;
    }
    size_t whole_end = 0;
    double whole_value = 0;
    if (IsDigit(At(t_, whole))) {
      const auto number = ReadDigits(t_, whole, false);
      if (!number || IsYear(*number) || IsAsciiAlnum(At(t_, number->end))) return std::nullopt;  // "1 in 2025"
      whole_end = number->end;
      whole_value = number->value;
      // "1 in 3,000 to 4,000 children": a whole given as a range.
      if (StartsWith(t_, whole_end, " to ") && IsDigit(At(t_, whole_end + 4))) {
        if (const auto top = ReadDigits(t_, whole_end + 4, false); top && !IsAsciiAlnum(At(t_, top->end))) whole_end = top->end;
      }
    } else if (const auto spelled = IsAsciiLetter(At(t_, whole)) ? MatchEnglishNumber(t_, whole) : std::nullopt) {
      whole_end = spelled->end;
      whole_value = spelled->value;
    }
    // "2 in 5 minutes", "3 in 10 percent": a whole in a unit is a time or an amount, no population.
    if (whole_end == 0 || whole_value <= head.number.value || ReadSpacedUnit(whole_end)) return std::nullopt;
    if (!small_whole_number && !IsRoundPopulation(whole_value)) return std::nullopt;
    const auto noun = ReadCountedNoun(whole_end);
    if (!noun && head.number.spelled) return std::nullopt;  // "one in three" needs what it counts
    const size_t end = noun ? noun->first : whole_end;
    Figure f = NewFigure(head.begin, end, FigureKind::kRate, head.number.value, "");
    f.per = Lowercase(t_.substr(whole, end - whole));
    return f;
  }

  // 100, 1,000, 100,000, a million: the populations incidences are given in.
  static bool IsRoundPopulation(double whole) {
    for (double p = 100; p <= 1e6; p *= 10) {
      if (whole == p) return true;
    }
    return false;
  }

  // A score's two sides read as a range's two ends (IsScore): "a 3-1 win", "beat Rovers 3-1".
  bool IsMatchScore(const Head& head, const Head& high) const {
    if (head.scaled || high.scaled || !head.currency.empty() || !head.glued_unit.empty() || !high.glued_unit.empty() ||
        high.end != high.number.end) {
      return false;
    }
    const std::string_view between = t_.substr(head.number.end, high.begin - head.number.end);
    if (between != "-" && between != kEnDash && between != " - " && between != " \xe2\x80\x93 ") return false;
    return IsScore(head.begin, head.number, high.begin, high.number);
  }

  size_t Finish(Head head) {
    ReadScaleWord(&head);
    if (auto proportion = ReadProportion(head)) {
      Emit(Decorate(std::move(*proportion)));
      return proportion->span.end;
    }
    const auto [word_before, word_before_start] = WordBefore(t_, head.begin);

    double value = head.number.value * head.scale;
    std::optional<double> value_high;
    size_t end = head.end;
    std::string_view glued_unit = head.glued_unit;
    bool scaled = head.scaled;
    std::optional<size_t> high_begin;  // where the second number of a range starts
    // The other end of "from A to B", which lends A the scale, unit and per-unit written once after B.
    std::optional<Head> peer;
    if (word_before == "from" || word_before == "von") peer = ReadRangeEnd(head, word_before, Joiner::kFromTo);
    if (peer && !scaled && peer->scaled && !KeepsOwnScale(head, *peer)) {
      value = head.number.value * peer->scale;
      scaled = true;
    }
    if (peer && glued_unit.empty() && head.currency.empty()) glued_unit = peer->glued_unit;
    if (auto high = ReadRangeEnd(head, word_before, Joiner::kRange); high && IsMatchScore(head, *high)) {
      // "a 3-1 win", "beat Rovers 3-1": each side's goals, two counts; a goalless "0-0" counts nothing.
      if (head.number.value == 0 && high->number.value == 0) return high->number.end;
      Emit(Decorate(NewFigure(head.begin, head.number.end, FigureKind::kCount, head.number.value, "")));
      Emit(NewFigure(high->begin, high->number.end, FigureKind::kCount, high->number.value, ""));
      return high->number.end;
    } else if (high) {
      high_begin = high->begin;
      const double scale = high->scaled ? high->scale : head.scale;
      value = head.number.value * LowEndScale(head, *high);
      value_high = high->number.value * scale;
      end = high->end;
      glued_unit = high->glued_unit;
      scaled = head.scaled || high->scaled;
      if (IsChineseDateAt(t_, end)) return end;  // 1至6月
    }
    bool at_least = false;
    if (At(t_, end) == '+') {
      at_least = true;
      end += 1;
    }

    // The unit: glued, after a blank, a hyphenated adjective ("300-watt"), or a counted noun.
    std::string unit;
    FigureKind kind = FigureKind::kCount;
    bool has_unit = false;
    std::string_view unit_per;  // "day" of "bpd": a symbol that holds its per-unit
    auto take_unit = [&](const UnitMatch& u) {
      std::tie(unit, kind) = UnitAndKind(u);
      unit_per = u.per;
      end = u.end;
      value *= u.factor;
      if (value_high) *value_high *= u.factor;
      has_unit = true;
    };
    if (!glued_unit.empty()) {
      unit = std::string(glued_unit);
      kind = glued_unit == "percent" ? FigureKind::kPercent : FigureKind::kMultiple;
      has_unit = true;
    } else if (auto u = MatchUnit(t_, end, true)) {
      take_unit(*u);
    } else if (IsPence(end)) {
      take_unit(UnitMatch{end + 1, "GBP", UnitFamily::kCurrency, 0.01});
    } else if (auto u = ReadSpacedUnit(end)) {
      take_unit(*u);
    } else if (auto after_scale = scaled && At(t_, end) == ' ' ? MatchCurrencyAfterScale(t_, end + 1) : std::nullopt) {
      take_unit(*after_scale);
    } else if (const size_t thing_end = ThingNamedByNumber(end)) {
      return thing_end;  // "his 3-pointers", "a two-seater"
    } else if (auto adjective = ReadHyphenAdjective(end, head.number.spelled)) {
      if (head.number.spelled && value == 1 && !value_high) return adjective->end;  // "one-day", "one-time"
      unit = adjective->unit;
      kind = adjective->kind;
      end = adjective->end;
      value *= adjective->scale;
      if (value_high) *value_high *= adjective->scale;
      has_unit = true;
    }
    if (has_unit && !value_high && !peer && head.currency.empty() && glued_unit.empty()) {
      if (auto high = TopWithUnitAgain(end, unit, value, word_before, word_before_start)) {
        end = high->first;
        value_high = high->second;
      }
    }
    size_t begin = head.begin;
    if (!has_unit && peer && head.currency.empty()) {
      const size_t peer_end = peer->end + (At(t_, peer->end) == '+' ? 1 : 0);
      auto u = MatchUnit(t_, peer_end, true);
      if (!u) u = ReadSpacedUnit(peer_end);
      if (u) {
        const size_t own_end = end;
        take_unit(*u);
        end = own_end;
      }
    }
    // "by a factor of 1,000": a multiple, its span from "factor".
    if (!has_unit && head.currency.empty() && word_before == "of" && WordBefore(t_, word_before_start).first == "factor") {
      begin = WordBefore(t_, word_before_start).second;
      unit = "times";
      kind = FigureKind::kMultiple;
      has_unit = true;
    }
    if (unit == "nm") return end;  // "3 nanometre technology", "2nm": process nodes, not sizes
    // "the first nine months of the year", "the first six months to June", "the final three months
    // of 2009": periods, not durations.
    const std::string first_or_final = WordBefore(t_, begin).first;
    if (kind == FigureKind::kDuration &&
        ((first_or_final == "first" && (StartsWith(t_, end, " of ") || StartsWith(t_, end, " to ") || StartsWith(t_, end, " ended "))) ||
         ((first_or_final == "final" || first_or_final == "last") && StartsWith(t_, end, " of ") && IsDigit(At(t_, end + 4))))) {
      return end;
    }
    if (!head.currency.empty()) {
      if (has_unit && kind != FigureKind::kMoney) return end;  // "$5 GW" is not a figure we know
      unit = std::string(head.currency);
      kind = FigureKind::kMoney;
      has_unit = true;
    }
    const bool year_like = (IsYear(head.number) || IsEarlierYear(t_, head.begin, head.number)) && !scaled && head.currency.empty() &&
                           (!value_high || (*value_high >= 1900 && *value_high <= 2100));
    if (!has_unit) {
      if (year_like && !at_least) return end;
      if (!head.glued_noun.empty()) {
        unit = Lowercase(head.glued_noun);
      } else if (auto noun = ReadCountedNoun(end)) {
        unit = noun->second;
        end = noun->first;
      } else if (auto counted = ReadChineseCounted(end)) {
        unit = counted->second;
        end = counted->first;
      } else if (auto lent = peer && head.currency.empty() ? ReadCountedNoun(peer->end) : std::nullopt) {
        unit = lent->second;  // "from 145 to 19 cases": A counts B's noun; its span stays its own
      } else if ((head.number.spelled || head.name_if_bare) && !scaled) {
        return end;  // a spelled number or one after a name needs what it counts: "three companies"
      }
      // "one" before a noun is an article or an idiom ("one thing", "on one hand").
      if (head.number.spelled && value == 1 && !scaled && !value_high) return end;
      if (unit.empty() && scaled && !head.number.spelled) {
        if (auto currency = CurrencyOfAmountBefore(begin, head.scale)) {
          unit = *currency;
          kind = FigureKind::kMoney;
        }
      }
      if (unit.empty() && !scaled && !head.number.plain_integer && !value_high && PairsWithPriceBefore(begin)) {
        unit = figures_.back().unit;
        kind = FigureKind::kMoney;
      }
      double bracket_scale = 1;
      if (auto money = unit.empty() && !scaled && !value_high && !head.number.spelled
                           ? ScaleAfterBracketedPair(head.begin, end, &bracket_scale)
                           : std::nullopt) {
        value *= bracket_scale * money->factor;
        std::tie(unit, kind) = UnitAndKind(*money);
      }
    } else if (year_like && (kind == FigureKind::kCount || kind == FigureKind::kDuration)) {
      return end;  // "2026年", "2026 year-end"
    }

    std::optional<std::string> per;
    if (!unit_per.empty()) {
      per = std::string(unit_per);
      kind = FigureKind::kRate;
    } else if (auto p = ReadPer(end)) {
      per = p->second;
      end = p->first;
      kind = FigureKind::kRate;
    } else if (peer) {
      size_t peer_end = peer->end;
      if (auto u = MatchUnit(t_, peer_end, true)) peer_end = u->end;
      else if (auto spaced = ReadSpacedUnit(peer_end)) peer_end = spaced->end;
      else if (auto noun = ReadCountedNoun(peer_end)) peer_end = noun->first;
      if (auto p = ReadPer(peer_end)) {
        per = p->second;
        kind = FigureKind::kRate;
      }
    }

    if (per && !value_high && !head.currency.empty() && !scaled && word_before == "between") {
      if (auto top = PriceTopAgain(end, value, *per)) {
        end = top->first;
        value_high = top->second;
      }
    }

    // 每股48.20元, 每百万词元20元: a per-unit written before the amount with 每 is in the span.
    if (!per && kind == FigureKind::kMoney) {
      if (auto each = EachBefore(begin)) {
        per = std::string(t_.substr(*each + kMei.size(), begin - *each - kMei.size()));
        begin = *each;
        kind = FigureKind::kRate;
      }
    }
    if (IsAge(t_, begin, end, unit)) return end;
    Figure f = NewFigure(begin, end, kind, value, std::move(unit));
    f.value_high = value_high;
    f.per = std::move(per);
    if (head.tilde) f.approx = Approximation::kApproximate;
    if (at_least) f.approx = Approximation::kAtLeast;
    if (auto approx = ApproxBefore(begin); approx && f.approx == Approximation::kExact) f.approx = *approx;
    if (head.negative) {
      f.value = -f.value;
      if (f.value_high) *f.value_high = -*f.value_high;
    }
    // "support hurts 58-33%", "a 60-40% split": a second number below the first makes no range (a
    // range runs upwards) but two figures of one unit; a year before the second ("in the first three
    // quarters of 2026 to 101.8 trillion yuan") is its date.
    if (high_begin && f.value_high && *f.value_high < f.value && !head.negative) {
      Figure second = NewFigure(*high_begin, end, f.kind, *f.value_high, f.unit);
      second.per = f.per;
      f.span.end = head.end;
      f.surface = std::string(t_.substr(f.span.begin, f.span.end - f.span.begin));
      f.value_high.reset();
      if (!IsYear(head.number) || head.scaled || !head.currency.empty()) Emit(std::move(f));
      Emit(Decorate(std::move(second)));
      return end;
    }
    Emit(std::move(f));
    return end;
  }

  // Where 每 begins when one to four Han characters after it reach `begin`: 每股 before 48.20元.
  std::optional<size_t> EachBefore(size_t begin) const {
    size_t at = begin;
    for (int chars = 0; chars < 4 && at >= 3 && IsHanAt(at - 3); ++chars) {
      at -= 3;
      if (StartsWith(t_, at, kMei) && at + 3 < begin) return at;
      if (IsChineseStopAt(at)) return std::nullopt;
    }
    return std::nullopt;
  }

  // "1,250p": pence, in a text about pounds.
  bool IsPence(size_t i) const {
    return At(t_, i) == 'p' && IsDigit(Before(t_, i)) && !IsAsciiAlnum(At(t_, i + 1)) && DealsInPounds();
  }

  std::pair<std::string, FigureKind> UnitAndKind(const UnitMatch& u) const {
    switch (u.family) {
      case UnitFamily::kCurrency:
        // "9,8 Cent je Kilowattstunde": cents are a euro's where the text deals in euros, not dollars.
        if (u.unit == "USD" && u.factor < 1 && DealsInEuros()) return {"EUR", FigureKind::kMoney};
        return {std::string(u.unit == kYuanOfText ? Yuan() : u.unit), FigureKind::kMoney};
      case UnitFamily::kPercent:
      case UnitFamily::kPercentagePoints: return {std::string(u.unit), FigureKind::kPercent};
      case UnitFamily::kTimes: return {std::string(u.unit), FigureKind::kMultiple};
      case UnitFamily::kDuration: return {std::string(u.unit), FigureKind::kDuration};
      case UnitFamily::kPhysical: return {std::string(u.unit), FigureKind::kQuantity};
    }
    return {std::string(u.unit), FigureKind::kCount};
  }

  std::optional<UnitMatch> ReadSpacedUnit(size_t end) const {
    const size_t j = SkipBlanks(t_, end, true);
    if (j == end) return std::nullopt;
    return MatchUnit(t_, j, false);
  }

  struct Adjective {
    size_t end;
    std::string unit;
    FigureKind kind;
    double scale;  // "1-million-token": 1e6
  };

  // "300-watt", "128-core", "5-year", "1-million-token", "36 kilowatt" (handled as a unit).
  // "all five of his 3-pointers", "a two-seater", "a six-footer", "three-wheelers": a noun made of a
  // number and the thing numbered names a kind of thing, no amount. Where it ends, or 0.
  size_t ThingNamedByNumber(size_t end) const {
    static constexpr std::string_view kThings[] = {"pointer", "seater", "wheeler", "footer", "pounder", "decker", "hander"};
    if (At(t_, end) != '-' || !IsLower(At(t_, end + 1))) return 0;
    const size_t word_end = WordEnd(t_, end + 1);
    std::string_view word = t_.substr(end + 1, word_end - end - 1);
    if (word.size() > 1 && word.back() == 's') word.remove_suffix(1);
    return std::find(std::begin(kThings), std::end(kThings), word) != std::end(kThings) ? word_end : 0;
  }

  std::optional<Adjective> ReadHyphenAdjective(size_t end, bool spelled) const {
    if (At(t_, end) != '-' || !IsAsciiLetter(At(t_, end + 1))) return std::nullopt;
    size_t j = end + 1;
    if (auto u = MatchUnit(t_, j, true); u && IsUpper(t_[j])) {  // "5-GW", "700-W"
      auto [unit, kind] = UnitAndKind(*u);
      return Adjective{u->end, unit, kind, 1};
    }
    if (auto u = MatchUnit(t_, j, false); u && u->family == UnitFamily::kPercentagePoints) {  // "a 50-basis-point cut"
      auto [unit, kind] = UnitAndKind(*u);
      return Adjective{u->end, unit, kind, 1};
    }
    size_t word_end = WordEnd(t_, j);
    double factor = 1;
    if (auto scale = MatchScaleWord(t_, j); scale && At(t_, scale->first) == '-') {
      factor = scale->second;
      j = scale->first + 1;
      word_end = WordEnd(t_, j);
    }
    if (word_end == j || IsDigit(At(t_, word_end))) return std::nullopt;
    const std::string_view word = t_.substr(j, word_end - j);
    if (auto u = MatchAdjectiveUnit(word)) {  // "5-year", "2.5-year-old"
      if (NamesABond(t_, word_end)) return std::nullopt;
      auto [unit, kind] = UnitAndKind(*u);
      return Adjective{word_end, unit, kind, factor};
    }
    // "ten-man Rovers", "a three-woman crew": a side's or a team's size.
    const std::string lower_word = Lowercase(word);
    if ((lower_word == "man" || lower_word == "woman") && At(t_, word_end) != '-') {
      return Adjective{word_end, Plural(lower_word), FigureKind::kCount, factor};
    }
    // "two-and-a-half" and other hyphenated phrases are not one adjective; a capitalised word is
    // a name ("3-Series") unless it is an acronym ("100,000-GPU").
    if (spelled || At(t_, word_end) == '-' || IsFunctionWord(Lowercase(word))) return std::nullopt;
    if (IsUpper(word[0]) && !std::all_of(word.begin(), word.end(), IsUpper)) return std::nullopt;
    if (IsUpper(word[0]) && word.size() < 2) return std::nullopt;
    // "128-core" counts cores: labelled as the same number and noun written apart.
    return Adjective{word_end, Plural(Lowercase(word)), FigureKind::kCount, factor};
  }

  // A word that can be the noun a number counts: lowercase and not a function word, adverb or
  // participle, or an acronym plural ("GPUs").
  static bool IsNounWord(std::string_view w) {
    if (w.size() < 2) return false;
    if (IsUpper(w[0])) {
      size_t k = 0;
      while (k < w.size() && IsUpper(w[k])) ++k;
      return k >= 2 && k + 1 == w.size() && w[k] == 's';
    }
    for (char c : w) {
      if (!IsLower(c)) return false;
    }
    if (IsFunctionWord(w) || IsIrregularPastVerb(w)) return false;
    auto ends = [&](std::string_view s) { return w.size() > s.size() + 2 && w.substr(w.size() - s.size()) == s; };
    return !ends("ly") && !ends("ed") && !(ends("ing") && !ends("ings"));
  }

  // The verbs whose past ends in no "-ed" that follow a count in reports of results: "201 got less
  // than 50 per cent", "12 fell ill", "three went to the polls". (Not "won", also a currency.)
  static bool IsIrregularPastVerb(std::string_view w) {
    static constexpr std::string_view kVerbs[] = {"became", "began", "brought", "came", "fell", "felt", "found", "gave",
                                                  "got",    "grew",  "held",    "kept", "knew", "left", "lost",  "made",
                                                  "met",    "paid",  "ran",     "rose", "said", "sat",  "saw",   "sold",
                                                  "spent",  "stood", "took",    "told", "went", "wrote"};
    return std::find(std::begin(kVerbs), std::end(kVerbs), w) != std::end(kVerbs);
  }

  // The counted noun after a number with the words that qualify it in between: "136 cores",
  // "1.6 trillion total parameters", "12 DDR5 channels", "four largest hyperscalers",
  // "100,000+ H100/B200 GPUs". Returns its end and the head noun, lowercase.
  // "beating the 118,000 economists had forecast": those who forecast the number, before a verb of
  // forecasting after "had" or "have", are no noun it counts.
  bool ForecastersOfIt(std::string_view token, size_t e) const {
    if (token != "economists" && token != "analysts" && token != "forecasters") return false;
    size_t verb = 0;
    if (StartsWith(t_, e, " had ")) verb = e + 5;
    if (StartsWith(t_, e, " have ")) verb = e + 6;
    if (verb == 0) return false;
    for (std::string_view forecast : {"forecast", "expected", "predicted", "estimated", "projected", "anticipated"}) {
      if (StartsWith(t_, verb, forecast) && !IsAsciiLetter(At(t_, verb + forecast.size()))) return true;
    }
    return false;
  }

  std::optional<std::pair<size_t, std::string>> ReadCountedNoun(size_t end) const {
    size_t k = end;
    bool after_name = false;
    for (int tokens = 0; tokens < 4 && At(t_, k) == ' '; ++tokens) {
      const size_t b = k + 1;
      size_t e = b;
      while (e < t_.size()) {
        if (IsAsciiAlnum(t_[e]) || ((t_[e] == '/' || t_[e] == '-') && IsAsciiAlnum(At(t_, e + 1)))) {
          ++e;
        } else if (e > b && IsLatinLetterAt(e)) {
          e += 2;  // "Arbeitsplätzen", "cafés"
        } else {
          break;
        }
      }
      // (A quotation mark, a dash or an ellipsis may end the noun: "40 unknown attackers…".)
      const bool punctuation_after = StartsWith(t_, e, "\xe2\x80");  // U+2000–U+203F
      if (e == b || (IsNonAscii(At(t_, e)) && !punctuation_after)) return std::nullopt;
      const std::string_view token = t_.substr(b, e - b);
      const bool superlative = token.size() >= 4 && token.substr(token.size() - 3) == "est";  // "two best AI models"
      // Models counted in the plural: "500,000 H100s".
      if (token.size() >= 3 && token.back() == 's' && IsDigit(token[token.size() - 2]) && IsUpper(token[0])) {
        return std::make_pair(e, Lowercase(token));
      }
      if (IsGermanFunctionWord(token) && DecimalCommaText()) return std::nullopt;  // "187 Mio. im Vorjahr"
      if (IsNounWord(token) && !IsNounAdjective(token) && !(superlative && At(t_, e) == ' ') &&
          !(!IsPluralForm(token) && PluralNounSoonAt(e))) {
        if (ForecastersOfIt(token, e)) return std::nullopt;
        return std::make_pair(e, Lowercase(token));
      }
      // German capitalises its nouns: "23.415,27 Punkte", "18.340 Mitarbeiter".
      if (tokens == 0 && IsGermanNoun(token) && DecimalCommaText()) return std::make_pair(e, Lowercase(token));
      // "hired 300 more staff", "two fewer seats": a comparative between the count and its noun.
      const bool comparative = tokens == 0 && (token == "more" || token == "fewer");
      if (!comparative && !IsNounModifier(token, after_name)) return std::nullopt;
      after_name = IsUpper(token[0]) || std::any_of(token.begin(), token.end(), IsDigit);
      k = e;
    }
    return std::nullopt;
  }

  // The German prepositions, articles and conjunctions that follow an amount ("nach 187 Mio. im
  // Vorjahr", "2,1 Mrd. und damit"): never what it counts.
  static bool IsGermanFunctionWord(std::string_view token) {
    static constexpr std::string_view kWords[] = {"am",  "an",  "auf", "aus", "bei", "bis", "da",  "im",   "in",   "mit",
                                                  "nach", "um", "und", "vom", "von", "vor", "zum", "zur", "beim", "seit"};
    return std::find(std::begin(kWords), std::end(kWords), token) != std::end(kWords);
  }

  // A capitalised word that is no month or weekday: "Punkte", "Mitarbeiter".
  static bool IsGermanNoun(std::string_view token) {
    if (token.size() < 3 || !IsUpper(token[0]) ||
        !std::all_of(token.begin() + 1, token.end(), [](char c) { return IsLower(c) || IsNonAscii(c); })) {
      return false;  // "Punkte", "Arbeitsplätzen"
    }
    const std::string lower = Lowercase(token);
    static constexpr std::string_view kNotNouns[] = {"euro", "prozent", "januar", "februar", "april", "mai", "juni", "juli",
                                                    "august", "september", "oktober", "november", "dezember", "montag",
                                                    "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"};
    return std::find(std::begin(kNotNouns), std::end(kNotNouns), lower) == std::end(kNotNouns);
  }

  // A Latin letter with a diacritic at `i` (two bytes: ä, é, ß).
  bool IsLatinLetterAt(size_t i) const {
    const unsigned char lead = static_cast<unsigned char>(At(t_, i));
    const unsigned char next = static_cast<unsigned char>(At(t_, i + 1));
    return lead == 0xc3 && next >= 0x80 && next <= 0xbf && next != 0x97 && next != 0xb7;  // not × or ÷
  }

  // Whether the text groups thousands with plain spaces though it writes decimal points, judged once.
  bool SpaceGroupText() const {
    if (!space_groups_) space_groups_ = WritesSpaceGroups(t_);
    return *space_groups_;
  }

  // Whether the text writes decimal commas (German and much of Europe), judged once.
  bool DecimalCommaText() const {
    if (!decimal_comma_) decimal_comma_ = WritesDecimalCommas(t_);
    return *decimal_comma_;
  }

  // A lowercase plural noun after the blank at `i` ("hyperscalers" after "largest").
  // Past one hyphenated adjective before it: "124 dengue fever-induced deaths".
  bool IsPluralNounAt(size_t i) const {
    if (At(t_, i) != ' ') return false;
    const size_t e = WordEnd(t_, i + 1);
    if (At(t_, e) == '-' && IsLower(At(t_, e + 1))) {
      size_t compound_end = e;
      while (At(t_, compound_end) == '-' && IsLower(At(t_, compound_end + 1))) compound_end = WordEnd(t_, compound_end + 1);
      return IsPluralNounAt(compound_end);
    }
    const std::string_view word = t_.substr(i + 1, e - i - 1);
    return !IsAsciiAlnum(At(t_, e)) && IsNounWord(word) && IsPluralForm(word);
  }

  // A plural noun next at `i`, or after one more singular noun: "100,000 mpox vaccine doses" counts
  // doses, "mpox" and "vaccine" qualifying them.
  bool PluralNounSoonAt(size_t i) const {
    if (IsPluralNounAt(i)) return true;
    if (At(t_, i) != ' ') return false;
    const size_t e = WordEnd(t_, i + 1);
    const std::string_view word = t_.substr(i + 1, e - i - 1);
    return IsNounWord(word) && !IsPluralForm(word) && IsPluralNounAt(e);
  }

  // "core" -> "cores", "inch" -> "inches", "battery" -> "batteries".
  static std::string Plural(std::string word) {
    auto ends = [&](std::string_view s) { return word.size() > s.size() && word.substr(word.size() - s.size()) == s; };
    if (word == "person") return "people";  // "a 12-person crew"
    if (word == "child") return "children";
    if (word == "men" || ends("men")) return word;  // "10-men", "a 300-women field"
    if (word == "man" || ends("man")) return word.substr(0, word.size() - 2) + "en";  // "a 10-man side"
    if (ends("s") || ends("x") || ends("ch") || ends("sh")) return word + "es";
    if (ends("y") && std::string_view("aeiou").find(word[word.size() - 2]) == std::string_view::npos) {
      return word.substr(0, word.size() - 1) + "ies";
    }
    return word + "s";
  }

  // "cores", "GPUs"; not "business", "status", "analysis".
  static bool IsPluralForm(std::string_view w) {
    if (w.size() < 3 || w.back() != 's') return false;
    const char before = w[w.size() - 2];
    return before != 's' && before != 'u' && before != 'i';
  }

  // A word that may stand between a number and its noun: an adjective, a name ("Neoverse V2",
  // "Zen 6" after a name), an acronym or a model ("DDR5", "H100/B200").
  static bool IsNounModifier(std::string_view token, bool after_name) {
    const bool digits_only = std::all_of(token.begin(), token.end(), IsDigit);
    if (digits_only) return after_name;
    if (IsUpper(token[0]) || std::any_of(token.begin(), token.end(), IsDigit)) return true;
    const std::string lower = Lowercase(token);
    if (IsFunctionWord(lower) || IsMonthName(lower)) return false;
    return !MatchScaleWord(token, 0);
  }

  // The per-unit after a figure: "per million tokens", "/Mtok", "a year", "annually".
  std::optional<std::pair<size_t, std::string>> ReadPer(size_t end) const {
    if (At(t_, end) == '/' && IsAsciiLetter(At(t_, end + 1))) {
      const size_t e = WordEnd(t_, end + 1);
      if (IsDigit(At(t_, e))) return std::nullopt;
      return std::make_pair(e, Lowercase(t_.substr(end + 1, e - end - 1)));
    }
    if (At(t_, end) == '/' && IsNonAscii(At(t_, end + 1))) {  // "0.5元/瓦时"
      size_t e = end + 1;
      for (int chars = 0; chars < 3 && IsHanAt(e); ++chars) e += 3;
      if (e > end + 1) return std::make_pair(e, std::string(t_.substr(end + 1, e - end - 1)));
    }
    // "a $5-a-barrel discount", "a $40-per-share offer": a price per unit written as an adjective.
    for (std::string_view joiner : {"-a-", "-an-", "-per-"}) {
      if (!StartsWith(t_, end, joiner) || !IsLower(At(t_, end + joiner.size()))) continue;
      const size_t w = end + joiner.size();
      const size_t e = WordEnd(t_, w);
      const std::string noun = Lowercase(t_.substr(w, e - w));
      if (IsPerUnitNoun(noun) && At(t_, e) != '-') return std::make_pair(e, noun);
    }
    if (At(t_, end) != ' ') return std::nullopt;
    const size_t j = end + 1;
    for (auto [phrase, per] : {std::pair<std::string_view, std::string_view>{"annually", "year"},
                               {"per annum", "year"}, {"each year", "year"}, {"monthly", "month"},
                               {"daily", "day"}}) {
      if (StartsWithNoCase(t_, j, phrase) && !IsAsciiLetter(At(t_, j + phrase.size()))) {
        return std::make_pair(j + phrase.size(), std::string(phrase == "monthly" ? "month" : phrase == "daily" ? "day" : "year"));
      }
    }
    // "$10 billion a year", "$2,900 an ounce", "30 buses an hour", "$40 a share"; not "a decade ago".
    if (StartsWith(t_, j, "a ") || StartsWith(t_, j, "an ")) {
      const size_t w = j + (t_[j + 1] == ' ' ? 2 : 3);
      size_t e = WordEnd(t_, w);
      // "£9,724.54 a megawatt-hour": a unit of several words is one.
      const std::optional<UnitMatch> long_unit = MatchUnit(t_, w, false);
      const bool several_words = long_unit && long_unit->end > e;
      if (several_words) e = long_unit->end;
      const std::string noun = Lowercase(t_.substr(w, e - w));
      // Not "a year ago", "a year earlier": when, not per what.
      const bool when = StartsWith(t_, e, " ago") || StartsWith(t_, e, " earlier") || StartsWith(t_, e, " later") ||
                        StartsWith(t_, e, " before") || StartsWith(t_, e, " prior");
      if ((several_words || IsPerUnitNoun(noun)) && !IsAsciiAlnum(At(t_, e)) && !when) {
        return std::make_pair(e, noun);
      }
    }
    // German "je Aktie", "pro Kopf": one word, written capitalised.
    for (std::string_view german : {std::string_view("je "), std::string_view("pro ")}) {
      if (!StartsWith(t_, j, german) || !IsUpper(At(t_, j + german.size())) || !DecimalCommaText()) continue;
      const size_t w = j + german.size();
      size_t e = w + 1;
      while (e < t_.size() && (IsLower(t_[e]) || (t_[e] == '\xc3' && IsContinuationByte(At(t_, e + 1))))) e += t_[e] == '\xc3' ? 2 : 1;
      return std::make_pair(e, Lowercase(t_.substr(w, e - w)));
    }
    if (!StartsWithNoCase(t_, j, "per ")) return std::nullopt;
    size_t k = j + 4;
    // "per 100,000 residents": a per-unit that is itself an amount.
    if (IsDigit(At(t_, k))) {
      size_t e = k;
      while (IsDigit(At(t_, e)) || ((At(t_, e) == ',' || At(t_, e) == '.') && IsDigit(At(t_, e + 1)))) ++e;
      size_t noun_end = At(t_, e) == ' ' ? WordEnd(t_, e + 1) : e;
      if (noun_end > e + 1 && IsNounWord(t_.substr(e + 1, noun_end - e - 1))) {
        // "per 1,000 live births", "per million second doses": a word before a plural noun describes it.
        const size_t next_end = At(t_, noun_end) == ' ' ? WordEnd(t_, noun_end + 1) : noun_end;
        const std::string_view next = t_.substr(noun_end + 1, next_end > noun_end ? next_end - noun_end - 1 : 0);
        if (t_[noun_end - 1] != 's' && next.size() > 3 && next.back() == 's' && IsNounWord(next) && !IsFunctionWord(next)) {
          noun_end = next_end;
        }
        return std::make_pair(noun_end, Lowercase(t_.substr(k, noun_end - k)));
      }
      // "288.3 per 100,000, against …": the population is understood.
      if (!IsAsciiAlnum(At(t_, e)) && !(At(t_, e) == '.' && IsDigit(At(t_, e + 1)))) {
        return std::make_pair(e, std::string(t_.substr(k, e - k)));
      }
      return std::nullopt;
    }
    size_t per_end = k;
    std::string per;
    bool noun = false;
    for (int words = 0; words < 3; ++words) {
      size_t e = WordEnd(t_, k);
      if (e == k || IsDigit(At(t_, e))) break;
      // "per megawatt-day": a hyphenated unit is one word.
      if (At(t_, e) == '-' && IsLower(At(t_, e + 1)) && MatchUnit(t_, e + 1, false)) e = WordEnd(t_, e + 1);
      const bool scale = !noun && MatchScaleWord(t_, k).has_value();  // "per million tokens"
      // "per kilowatt hour", "per million British thermal units": a unit of several words is one.
      const std::optional<UnitMatch> long_unit = scale ? std::nullopt : MatchUnit(t_, k, false);
      const bool several_words = long_unit && long_unit->end > e;
      if (several_words) e = long_unit->end;
      const std::string w = Lowercase(t_.substr(k, e - k));
      if (!scale && !several_words && !IsNounWord(w.substr(0, w.find('-'))) && !(IsUpper(t_[k]) && words == 0)) break;
      if (!per.empty()) per += ' ';
      per += w;
      per_end = e;
      noun = noun || !scale;
      if (long_unit) break;  // "per year depending…": a time unit ends it
      if (At(t_, e) != ' ') break;
      k = e + 1;
    }
    // "3 deaths per million": a scale alone is the population, understood.
    if (!noun && (per.empty() || IsAsciiAlnum(At(t_, per_end)))) return std::nullopt;
    return std::make_pair(per_end, per);
  }

  // What a Chinese number counts and where that ends: the noun (三層, 7.6億參數), else the noun
  // after a measure word (两座工厂 -> 工厂, 5,000名員工 -> 員工), else the measure word (120万辆 -> 辆).
  std::optional<std::pair<size_t, std::string>> ReadChineseCounted(size_t at) const {
    auto counted = MatchChineseCounted(t_, at);
    if (!counted) return std::nullopt;
    size_t end = counted->end;
    size_t noun_begin = at;
    if (counted->measure_word) {
      size_t limit = end;
      for (int chars = 0; chars < 6 && IsHanAt(limit) && !IsChineseStopAt(limit); ++chars) limit += 3;
      // The noun is the dictionary words after the measure word, two characters at least, and any
      // one-character word or head noun after them (关键|词, 消防|人員, 施工|船舶), not the verb after
      // them: 四个关键词评价一季度 -> 关键词, 6500名軍警前往災區 -> 軍警, 9名专家乘航班 -> 专家.
      constexpr size_t kOneCharacter = 3;
      size_t e = end;
      while (e < limit) {
        const size_t next = HanWordEnd(t_, e, limit);
        const std::string_view word = t_.substr(e, next - e);
        if (IsVerbAfterCount(word, t_.substr(e, limit - e))) break;
        if (e - end >= 2 * kOneCharacter && next - e > kOneCharacter && !IsCountedNounHead(word)) break;
        e = next;
      }
      // 7例确诊, 362例新型肺炎…相关通报: 例 counts cases itself; the words after it are a case's
      // noun only when they end in one (1萬9051例本土個案). (宗 counts applications and deals too.)
      const std::string_view measure = t_.substr(end - kOneCharacter, kOneCharacter);
      if (measure == "例" && e > end && (e - end < 2 * kOneCharacter || !IsCountedNounHead(t_.substr(e - 2 * kOneCharacter, 2 * kOneCharacter)))) {
        e = end;
      }
      if (e > end) {
        noun_begin = end;
        end = e;
      }
    }
    return std::make_pair(end, std::string(t_.substr(noun_begin, end - noun_begin)));
  }

  // The nouns of two characters that end a counted noun after the words that qualify it: 消防|人員,
  // 施工|船舶, 水工|項目 (a noun head, which no verb after a count is).
  static bool IsCountedNounHead(std::string_view word) {
    static constexpr std::string_view kHeads[] = {
        "人员", "人員", "船舶", "船只", "船隻", "车辆", "車輛", "项目", "項目", "平台", "平臺",
        "病例", "企业", "企業", "工厂", "工廠", "学校", "學校", "医院", "醫院", "房屋", "设备", "設備", "机构",
        "機構", "家庭", "门店", "門店", "航班", "公司", "用户", "用戶", "学生", "學生", "患者", "工人",
        // 1萬9051例本土個案, 三千多名家乡球迷: cases of a disease and the people of a crowd.
        "个案", "個案", "球迷", "群众", "群眾", "民众", "民眾", "居民", "游客", "遊客", "旅客", "乘客",
        // 410万名登记选民, 20名立法会议员: voters and members of a house.
        "选民", "選民", "议员", "議員",
        // 3名知情人士, 2名消息人士: sources.
        "人士"};
    return std::find(std::begin(kHeads), std::end(kHeads), word) != std::end(kHeads);
  }

  // Verbs that a count's people or things do right after it (9名专家乘航班, 3名游客遭困), and the
  // results a count of votes wins (以3700票勝出, 12萬票當選), which the noun does not take.
  // (The verbs of one character as the word break finds them, 受 but not 受伤者; the results as written.)
  static bool IsVerbAfterCount(std::string_view word, std::string_view rest) {
    // (131万名选民参与投票, 130多万名市民来投票, 161名来自不同界别: taking part, coming, and where from.)
    static constexpr std::string_view kVerbs[] = {"乘", "赴", "抵", "遭", "获", "獲", "受", "赶", "趕", "来", "來", "参", "參",
                                                  "来自", "來自", "参与", "參與", "参加", "參加", "出席", "前往"};
    static constexpr std::string_view kResults[] = {"当选", "當選", "胜出", "勝出", "连任", "連任", "落选", "落選",
                                                    "获胜", "獲勝", "险胜", "險勝", "领先", "領先"};
    return std::find(std::begin(kVerbs), std::end(kVerbs), word) != std::end(kVerbs) ||
           std::any_of(std::begin(kResults), std::end(kResults), [&](std::string_view r) { return rest.substr(0, r.size()) == r; });
  }

  // Han characters that end a noun phrase: particles, conjunctions, prepositions, common verbs.
  bool IsChineseStopAt(size_t i) const {
    static constexpr std::string_view kStops[] = {
        "\xe7\x9a\x84", "\xe5\x92\x8c", "\xe4\xb8\x8e", "\xe8\x88\x87", "\xe5\x8f\x8a",  // 的 和 与 與 及
        "\xe5\x9c\xa8", "\xe6\x98\xaf", "\xe5\xb0\x86", "\xe5\xb0\x87", "\xe5\xb7\xb2",  // 在 是 将 將 已
        "\xe4\xb9\x9f", "\xe9\x83\xbd", "\xe5\xb9\xb6", "\xe4\xb8\xa6", "\xe4\xb8\xba",  // 也 都 并 並 为
        "\xe7\x82\xba", "\xe4\xba\x8e", "\xe6\x96\xbc", "\xe7\xad\x89", "\xe4\xba\x86",  // 為 于 於 等 了
        "\xe4\xb8\xad", "\xe4\xbb\xa5", "\xe8\x87\xb3", "\xe5\x88\xb0", "\xe4\xbb\x8e",  // 中 以 至 到 从
        "\xe5\xbe\x9e", "\xe8\xa2\xab", "\xe5\xaf\xb9", "\xe5\xb0\x8d", "\xe8\xbe\xbe",  // 從 被 对 對 达
        "\xe9\x81\x94", "\xe7\xba\xa6", "\xe7\xb4\x84", "\xe8\xbf\x98", "\xe9\x82\x84",  // 達 约 約 还 還
        "\xe6\x88\x96", "\xe8\x80\x8c", "\xe4\xbd\x86", "\xe6\xaf\x8f", "\xe5\x85\xb1",  // 或 而 但 每 共
        "\xe5\x90\x8e", "\xe5\xbe\x8c", "\xe5\x86\x85", "\xe5\x85\xa7", "\xe4\xb8\x8a",  // 后 後 内 內 上
        "\xe4\xb8\x8b", "\xe6\x9c\x89", "\xe8\xa6\x81", "\xe4\xbc\x9a", "\xe6\x9c\x83",  // 下 有 要 会 會
        "\xe5\xbb\xba", "\xe5\x8d\x96", "\xe8\xb3\xa3", "\xe4\xb9\xb0", "\xe8\xb2\xb7",  // 建 卖 賣 买 買: 超充站建设, 交易日賣超
        "\xe6\x89\x8d", "\xe5\xb0\xb1", "\xe4\xbb\x8d",                          // 才 就 仍: 6萬票才能當選
        "\xe4\xb8\x8d", "\xe6\x9c\xaa", "\xe6\x97\xa0", "\xe7\x84\xa1",        // 不 未 无 無: 连续3场不胜
    };
    for (std::string_view stop : kStops) {
      if (StartsWith(t_, i, stop)) return true;
    }
    return false;
  }

  // The things a price or rate is given for after "a"/"an": periods and the units of markets.
  static bool IsPerUnitNoun(std::string_view noun) {
    static constexpr std::string_view kNouns[] = {
        "barrel", "bushel", "day",    "gallon",  "head",   "hour", "kilo",  "kilogram", "litre", "liter",
        "megawatt", "mile", "minute", "month",  "ounce",  "person", "piece", "pound", "quarter", "second",
        "seat",   "share",  "therm",  "ton",    "tonne",  "token", "unit",   "user",  "week",  "year",
    };
    return std::find(std::begin(kNouns), std::end(kNouns), noun) != std::end(kNouns);
  }

  bool IsHanAt(size_t i) const {
    const unsigned char lead = static_cast<unsigned char>(At(t_, i));
    return lead >= 0xe4 && lead <= 0xe9 && IsContinuationByte(At(t_, i + 1)) && IsContinuationByte(At(t_, i + 2));
  }

  // The qualifier before a figure: "roughly", "more than", "an estimated".
  std::optional<Approximation> ApproxBefore(size_t begin) const {
    auto [one, one_start] = WordBefore(t_, begin);
    if (one.empty()) return std::nullopt;
    const std::string two = WordBefore(t_, one_start).first;
    return QualifierApprox(two, one);
  }

  // The length of the joiner of a range written the Chinese way at `i` (至, 到, ~, ～, －, —), or 0.
  size_t ChineseRangeJoinerAt(size_t i) const {
    if (At(t_, i) == '~') return 1;
    for (std::string_view joiner : {kZhi, kDao, kFullTilde, kWaveDash, kFullHyphen, kEmDash}) {
      if (StartsWith(t_, i, joiner)) return joiner.size();
    }
    return 0;
  }

  // "2,050亿元至2,150亿元": a Chinese range that writes its scale and unit on both ends is read as
  // two figures first; the second joins the first when nothing but the joiner stands between them
  // and they measure the same thing, low to high.
  bool JoinsChineseRange(const Figure& low, const Figure& high) const {
    // (A bare low end takes the unit written once after the high one: 三四六億至三五八億美元.)
    const bool bare_low = low.kind == FigureKind::kCount && low.unit.empty() && !low.per;
    if (low.value_high || high.value_high || (!bare_low && (low.kind != high.kind || low.unit != high.unit)) ||
        low.per != high.per || low.value >= high.value || high.approx != Approximation::kExact) {
      return false;
    }
    const size_t joiner = ChineseRangeJoinerAt(low.span.end);
    constexpr size_t kVerbReach = 6;  // a verb of two characters right before the low end
    const size_t verb_from = low.span.begin > kVerbReach ? low.span.begin - kVerbReach : 0;
    if (EndsWithChineseChangeVerb(t_.substr(verb_from, low.span.begin - verb_from))) return false;  // 微升0.1年至5.4年
    return joiner > 0 && low.span.end + joiner == high.span.begin && low.span.end >= 3 && IsHanAt(low.span.end - 3);
  }

  // The unit of 度 after a number that begins at `begin`: degrees of temperature after the words of a
  // temperature in its clause (气温介乎25至29度, 最高溫度36度), Celsius where 攝氏 stands before the
  // number (攝氏38度); else `unit`, the kilowatt-hour of electricity (兩千萬度).
  std::string_view DegreesOf(size_t begin, std::string_view unit) const {
    static constexpr std::string_view kCelsius[] = {"\xe6\x94\x9d\xe6\xb0\x8f", "\xe6\x91\x84\xe6\xb0\x8f"};  // 攝氏 摄氏
    for (std::string_view celsius : kCelsius) {
      if (begin >= celsius.size() && t_.substr(begin - celsius.size(), celsius.size()) == celsius) return "\xc2\xb0""C";
    }
    static constexpr std::string_view kTemperature[] = {
        "\xe6\xb0\x94\xe6\xb8\xa9", "\xe6\xb0\xa3\xe6\xba\xab", "\xe6\xb8\xa9\xe5\xba\xa6", "\xe6\xba\xab\xe5\xba\xa6",  // 气温 氣溫 温度 溫度
        "\xe9\xab\x98\xe6\xb8\xa9", "\xe9\xab\x98\xe6\xba\xab", "\xe4\xbd\x93\xe6\xb8\xa9", "\xe9\xab\x94\xe6\xba\xab"};  // 高温 高溫 体温 體溫
    constexpr size_t kReach = 30;  // ten characters back, within the clause
    size_t from = begin > kReach ? begin - kReach : 0;
    const std::string_view before = t_.substr(from, begin - from);
    const size_t clause = std::max(before.rfind(','), before.rfind("\xef\xbc\x8c"));  // ，
    const std::string_view own = clause == std::string_view::npos ? before : before.substr(clause + 1);
    for (std::string_view word : kTemperature) {
      if (own.find(word) != std::string_view::npos) return "degrees";
    }
    return unit;
  }

  // Keeps figures in span order without overlap: a sign read before a number ("x" in "-x1.2")
  // may reach back into the figure before it, which then wins.
  void Emit(Figure f) {
    if (!figures_.empty() && f.span.begin < figures_.back().span.end) return;
    if (f.unit == "kWh" && EndsWith(f.surface, "\xe5\xba\xa6")) f.unit = std::string(DegreesOf(f.span.begin, f.unit));  // 度
    f.value = RoundToDigits(f.value);
    if (f.value_high) *f.value_high = RoundToDigits(*f.value_high);
    // 一年期贷款, 10年期国债: a tenor that names the instrument, as "the 30-year gilt" does.
    if (f.kind == FigureKind::kDuration && StartsWith(t_, f.span.end, kQi)) return;
    if (!figures_.empty() && JoinsChineseRange(figures_.back(), f)) {
      Figure& low = figures_.back();
      low.kind = f.kind;
      low.unit = f.unit;
      low.value_high = f.value;
      low.span.end = f.span.end;
      low.surface = std::string(t_.substr(low.span.begin, low.span.end - low.span.begin));
      return;
    }
    figures_.push_back(std::move(f));
    LendUnitAlongList();
  }

  // "grew 17.5, 16.2 and 8.7 percent respectively", "快于全部投资17.5、16.2和8.7个百分点": bare
  // numbers listed before one that writes its unit once take that unit, each keeping its own span
  // (as "58-33%" gives 58 percent). Units that no count has: percentages and points, multiples,
  // durations and physical quantities; not money, whose "and"-joined pairs share a scale as a range.
  // A signed figure is a move beside a level, not the last of a list ("Passengers: 784,000, +0.1%"),
  // and a number with its scale word is an amount of its own ("40.6 million, +3.9%").
  void LendUnitAlongList() {
    const Figure& last = figures_.back();
    const char sign = last.surface.empty() ? 0 : last.surface[0];
    if (last.unit.empty() || last.value_high || last.per || last.kind == FigureKind::kCount ||
        last.kind == FigureKind::kMoney || last.kind == FigureKind::kRate || sign == '+' || sign == '-' ||
        StartsWith(last.surface, 0, "\xe2\x88\x92")) {  // − (a minus sign)
      return;
    }
    static constexpr std::string_view kJoiners[] = {", ", ", and ", " and ", "\xe3\x80\x81",  // 、
                                                    "\xe5\x92\x8c", "\xe5\x8f\x8a"};        // 和 及
    size_t next_begin = last.span.begin;
    for (size_t k = figures_.size() - 1; k-- > 0;) {
      Figure& item = figures_[k];
      const std::string_view gap = t_.substr(item.span.end, next_begin - std::min(next_begin, item.span.end));
      const bool scaled = std::any_of(item.surface.begin(), item.surface.end(), IsAsciiLetter);
      if (item.kind != FigureKind::kCount || !item.unit.empty() || item.per || item.value_high || item.span.end > next_begin || scaled ||
          std::find(std::begin(kJoiners), std::end(kJoiners), gap) == std::end(kJoiners)) {
        return;
      }
      item.kind = last.kind;
      item.unit = last.unit;
      next_begin = item.span.begin;
    }
  }

  Figure NewFigure(size_t begin, size_t end, FigureKind kind, double value, std::string unit) const {
    Figure f;
    f.span = {begin, end};
    f.surface = std::string(t_.substr(begin, end - begin));
    f.kind = kind;
    f.value = value;
    f.unit = std::move(unit);
    return f;
  }

  Figure Decorate(Figure f) const {
    if (auto approx = ApproxBefore(f.span.begin)) f.approx = *approx;
    return f;
  }

  std::string_view t_;
  // What the text as a whole says, judged when first needed.
  mutable std::optional<bool> decimal_comma_;     // WritesDecimalCommas
  mutable std::optional<bool> space_groups_;      // WritesSpaceGroups
  mutable std::optional<std::string_view> yuan_;  // the currency of a bare 元
  mutable std::optional<bool> pounds_;            // whether the text deals in pounds
  mutable std::optional<bool> euros_;             // whether the text deals in euros, not dollars
  std::vector<Figure> figures_;
  mutable size_t elided_end_ = std::string::npos;  // where the last count of a list that leaves out its noun ended
  mutable size_t product_name_end_ = std::string_view::npos;
};

}  // namespace

std::vector<Figure> ScanFigures(std::string_view text) { return Scanner(text).Run(); }

}  // namespace dossier::extract
