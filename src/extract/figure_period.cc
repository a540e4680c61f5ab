#include "extract/figure_period.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <map>
#include <string>

#include "extract/datelines.h"
#include "extract/lexicon.h"
#include "extract/text_bytes.h"
#include "extract/word_set.h"
#include "util/dates.h"

namespace dossier::extract {
namespace {

constexpr std::string_view kNian = "\xe5\xb9\xb4";  // 年
constexpr std::string_view kYue = "\xe6\x9c\x88";   // 月

// 1 … 12 for a German month name that is not also an English one ("März", "Oktober"), else 0.
int GermanMonthNumber(std::string_view lower) {
  static constexpr std::string_view kNames[] = {"januar", "februar", "m\xc3\xa4rz", "", "mai", "juni", "juli", "",
                                                "", "oktober", "", "dezember"};
  for (size_t k = 0; k < std::size(kNames); ++k) {
    if (!kNames[k].empty() && lower == kNames[k]) return static_cast<int>(k) + 1;
  }
  return 0;
}

// 1 … 12 for a month name or its abbreviation (English, or German), else 0.
int MonthNumber(std::string_view lower) {
  static constexpr std::array<std::string_view, 12> kNames = {"jan", "feb", "mar", "apr", "may", "jun",
                                                              "jul", "aug", "sep", "oct", "nov", "dec"};
  // Only words of a month's length that start as months do (the German names too): most words are
  // passed over here.
  if (lower.size() < 3 || lower.size() > 9 || std::string_view("jfmasond").find(lower[0]) == std::string_view::npos) {
    return 0;
  }
  if (int german = GermanMonthNumber(lower)) return german;
  for (size_t k = 0; k < kNames.size(); ++k) {
    if (lower[0] == kNames[k][0] && lower[1] == kNames[k][1] && lower[2] == kNames[k][2]) {
      return IsMonthName(lower) ? static_cast<int>(k) + 1 : 0;
    }
  }
  return 0;
}

// 1 … 4 for "first" … "fourth" (and "1st" … "4th"), else 0.
int Ordinal(std::string_view lower) {
  static constexpr std::string_view kWords[] = {"first", "second", "third", "fourth"};
  static constexpr std::string_view kShort[] = {"1st", "2nd", "3rd", "4th"};
  for (int k = 0; k < 4; ++k) {
    if (lower == kWords[k] || lower == kShort[k]) return k + 1;
  }
  return 0;
}

// 1 … 4 for "ersten" … "vierten" (any ending), else 0.
int GermanOrdinal(std::string_view lower) {
  static constexpr std::string_view kStems[] = {"erst", "zweit", "dritt", "viert"};
  for (int k = 0; k < 4; ++k) {
    if (lower.size() >= kStems[k].size() && lower.size() <= kStems[k].size() + 2 &&
        lower.substr(0, kStems[k].size()) == kStems[k]) {
      return k + 1;
    }
  }
  return 0;
}

// Whether four digits at `i` are part of a Chinese amount rather than a year: after a magnitude
// (1億2000萬元) or before a Han character that no year is followed by (2100万吨, 2000人). A year is
// followed by 年, by 财/財 (2026财年) or by a word joining it to another year (2026至2030年).
bool InHanAmount(std::string_view t, size_t i) {
  static constexpr std::string_view kMagnitudes[] = {"\xe4\xba\xbf", "\xe5\x84\x84", "\xe4\xb8\x87", "\xe8\x90\xac"};  // 亿 億 万 萬
  static constexpr std::string_view kAfterYear[] = {
      "\xe5\xb9\xb4", "\xe8\xb4\xa2", "\xe8\xb2\xa1", "\xe8\x87\xb3", "\xe5\x88\xb0",  // 年 财 財 至 到
      "\xe5\x8f\x8a", "\xe5\x92\x8c", "\xe4\xb8\x8e", "\xe8\x88\x87", "\xe6\x88\x96"};  // 及 和 与 與 或
  for (std::string_view m : kMagnitudes) {
    if (i >= m.size() && t.compare(i - m.size(), m.size(), m) == 0) return true;
  }
  const unsigned char next = static_cast<unsigned char>(At(t, i + 4));
  if (next < 0xe4 || next > 0xe9) return false;  // not a Han character
  return std::none_of(std::begin(kAfterYear), std::end(kAfterYear), [&](std::string_view w) { return StartsWith(t, i + 4, w); });
}

// A four-digit year at `i` standing alone, or 0.
int YearAt(std::string_view t, size_t i) {
  if (IsAsciiAlnum(Before(t, i)) && !(Before(t, i) == 'Y' && Before(t, i - 1) == 'F')) return 0;
  for (size_t k = 0; k < 4; ++k) {
    if (!IsDigit(At(t, i + k))) return 0;
  }
  if (IsDigit(At(t, i + 4)) || (At(t, i + 4) == ',' && IsDigit(At(t, i + 5))) ||
      (At(t, i + 4) == '.' && IsDigit(At(t, i + 5))) || InHanAmount(t, i)) {
    return 0;
  }
  const int y = (t[i] - '0') * 1000 + (t[i + 1] - '0') * 100 + (t[i + 2] - '0') * 10 + (t[i + 3] - '0');
  // An earlier year of the last century only after a word that dates ("83.9% in 1950", "since
  // 1945", "until 1970"), where a count would not stand.
  const bool dated_by_word = StartsWithNoCase(t, i >= 3 ? i - 3 : i, "in ") || StartsWithNoCase(t, i >= 6 ? i - 6 : i, "since ") ||
                             StartsWithNoCase(t, i >= 6 ? i - 6 : i, "until ");
  return (y >= 1990 || (y >= 1900 && dated_by_word)) && y <= 2100 ? y : 0;
}

struct Token {
  size_t begin;
  size_t end;
  std::string_view lower;  // into the lowercase copy of the text the tokens were read from
};

// Where the second year of a split year begins after the first's end at `i` ("2025/26",
// "2025-26", "2021-'22", "2021–’22", "2018-2019"): past the slash, hyphen or en dash and an
// apostrophe, at two digits; else 0.
size_t SplitYearSecondAt(std::string_view t, size_t i) {
  if (At(t, i) == '/' || At(t, i) == '-') {
    ++i;
  } else if (StartsWith(t, i, "\xe2\x80\x93")) {
    i += 3;
  } else {
    return 0;
  }
  if (At(t, i) == '\'') {
    ++i;
  } else if (StartsWith(t, i, "\xe2\x80\x99")) {
    i += 3;
  }
  return IsDigit(At(t, i)) && IsDigit(At(t, i + 1)) ? i : 0;
}

// A Latin letter beyond ASCII at `i` ("ä" of "März"): a two-byte character led by 0xC3.
bool IsLatinLetterAt(std::string_view t, size_t i) { return At(t, i) == '\xc3' && IsContinuationByte(At(t, i + 1)); }

// The words (ASCII, with Latin letters such as "ä" inside) and numbers of `t[begin, end)`, lowercase.
// `lowered` is t[begin, end) lowercase (ASCII), which the tokens' words point into.
std::vector<Token> Tokens(std::string_view t, size_t begin, size_t end, const std::string& lowered) {
  std::vector<Token> tokens;
  tokens.reserve((end - begin) / 5);
  size_t i = begin;
  while (i < end) {
    if (IsAsciiAlnum(t[i])) {
      size_t e = i;
      while (e < end && (IsAsciiAlnum(t[e]) || (IsLatinLetterAt(t, e) && e + 1 < end && IsAsciiLetter(t[i])))) {
        e += IsLatinLetterAt(t, e) ? 2 : 1;
      }
      tokens.push_back({i, e, std::string_view(lowered).substr(i - begin, e - i)});
      i = e;
    } else {
      ++i;
    }
  }
  return tokens;
}

std::string Quarter(int q, int year) { return "Q" + std::to_string(q) + " " + std::to_string(year); }

// The year a quarter or month named without one belongs to: the latest that has begun by the
// dateline ("the fourth quarter" in February 2026 is 2025's).
int YearOfUndated(int last_month, Dateline dated) {
  if (dated.month == 0) return dated.year;
  return last_month > dated.month ? dated.year - 1 : dated.year;
}

// The year a month (or a day of one) named without a year belongs to: the coming one when it is one
// or two months after the dateline's ("cuts in May and June" agreed in April), else the latest
// that has begun by it ("inflation fell in September", reported in October).
int YearOfUndatedMonth(int month, Dateline dated) {
  const int ahead = (month - dated.month + 12) % 12;
  if (dated.month == 0 || (ahead != 1 && ahead != 2)) return YearOfUndated(month, dated);
  return month > dated.month ? dated.year : dated.year + 1;  // January, seen from December
}

// The year a quarter or half named without one belongs to: the one under way at the dateline or
// the latest before it ("the fourth quarter" in November 2025 is 2025's, in February 2026 too).
int YearOfUndatedSpan(int first_month, Dateline dated) {
  if (dated.month == 0) return dated.year;
  return first_month > dated.month ? dated.year - 1 : dated.year;
}

// 1 … 31 for a day of the month written in digits, else 0.
int DayNumber(std::string_view lower) {
  if (lower.empty() || lower.size() > 2 || !std::all_of(lower.begin(), lower.end(), IsDigit)) return 0;
  const int day = std::atoi(std::string(lower).c_str());
  return day >= 1 && day <= 31 ? day : 0;
}

// The date of the last `weekday` (0 = Monday … 6 = Sunday) on or before the dateline's day.
std::string LastWeekday(int weekday, Dateline dated) {
  const int64_t today = DaysFromCivil(dated.year, dated.month, dated.day);
  const int today_weekday = static_cast<int>(((today % 7) + 7 + 3) % 7);  // 1970-01-01 was a Thursday
  return DateFromDays(today - (today_weekday - weekday + 7) % 7);
}

// The date of the next `weekday` on or after the dateline's day.
std::string NextWeekday(int weekday, Dateline dated) {
  const int64_t today = DaysFromCivil(dated.year, dated.month, dated.day);
  const int today_weekday = static_cast<int>(((today % 7) + 7 + 3) % 7);
  return DateFromDays(today + (weekday - today_weekday + 7) % 7);
}

// Whether a sentence ends between the tokens `a` and `a + 1`: at a line break, or at a full stop,
// question or exclamation mark before a capital ("6:00 a.m. Wednesday" goes on).
bool SentenceBreakAfter(std::string_view t, const std::vector<Token>& w, size_t a) {
  const std::string_view gap = t.substr(w[a].end, w[a + 1].begin - w[a].end);
  if (gap.find('\n') != std::string_view::npos) return true;
  if (gap.find_first_of(".!?") == std::string_view::npos || !IsUpper(t[w[a + 1].begin])) return false;
  return !(w[a].lower == "m" && a > 0 && (w[a - 1].lower == "a" || w[a - 1].lower == "p"));
}

// +1 when `lower` says what is yet to happen (a modal, "expected", "scheduled", "next"), -1 when
// it is a verb of the past ("said", "fell", "raised"), else 0.
int Tense(const std::vector<Token>& w, size_t k) {
  static const WordSet kAhead = {"will", "ll", "shall", "would", "could", "might", "expected", "expects", "expect",
                                 "expecting", "likely", "forecast", "forecasts", "forecasting", "predicting", "predicts",
                                 "predict", "scheduled", "slated", "due", "upcoming", "next", "tomorrow", "plans",
                                 "planned", "planning", "going"};
  static const WordSet kPast = {"said", "told", "was", "were", "had", "did", "fell", "rose", "won", "lost", "held",
                                "left", "kept", "met", "came", "went", "saw", "gave", "took", "made", "began", "spoke",
                                "wrote", "sold", "bought", "paid", "grew", "sank", "last"};
  const std::string_view lower = w[k].lower;
  if (kAhead.count(lower) || (lower == "set" && k + 1 < w.size() && w[k + 1].lower == "to")) return 1;
  // "are expected to be delivered on Saturday", "will be held on Sunday": a participle after "be"
  // has no tense of its own; the words before it say when.
  if (k > 0 && w[k - 1].lower == "be") return 0;
  if (kPast.count(lower)) return -1;
  // A regular past ("announced", "closed"), not a word that only ends so ("speed", "hundred", "United").
  const bool regular_past = lower.size() >= 5 && lower.substr(lower.size() - 2) == "ed" &&
                            lower.substr(lower.size() - 3) != "eed" && lower != "hundred" && lower != "united" &&
                            lower != "based" && lower != "limited";
  return regular_past ? -1 : 0;
}

// Whether the weekday at `w[k]` is one still to come ("will make landfall on Wednesday", "Sunday
// could reach 105 degrees", "is likely to hold its rate on Wednesday"), not the last one ("said on
// Wednesday", "fell on Monday"): by the nearest word of tense before it in its sentence, else the
// first after it.
bool WeekdayAhead(std::string_view t, const std::vector<Token>& w, size_t k) {
  constexpr size_t kBack = 12, kAheadWords = 8;
  for (size_t j = k; j > 0 && k - j < kBack && !SentenceBreakAfter(t, w, j - 1); --j) {
    if (const int tense = Tense(w, j - 1)) return tense > 0;
  }
  for (size_t j = k + 1; j < w.size() && j - k <= kAheadWords && !SentenceBreakAfter(t, w, j - 1); ++j) {
    if (const int tense = Tense(w, j)) return tense > 0;
  }
  return false;
}

// 1 … 4 for the Chinese numeral 一 二 三 四 at `i`, else 0.
int ChineseDigitAt(std::string_view t, size_t i) {
  static constexpr std::string_view kDigits[] = {"\xe4\xb8\x80", "\xe4\xba\x8c", "\xe4\xb8\x89", "\xe5\x9b\x9b"};
  for (int k = 0; k < 4; ++k) {
    if (StartsWith(t, i, kDigits[k])) return k + 1;
  }
  return 0;
}

// The year written just before `i` as "2025年", else 0.
int ChineseYearBefore(std::string_view t, size_t i) {
  if (i < 7 || t.substr(i - 3, 3) != kNian) return 0;
  return YearAt(t, i - 7);
}

// The year a relative year word just before `i` names (去年一季度, 今年上半年, 明年), else 0.
int RelativeChineseYearBefore(std::string_view t, size_t i, Dateline dated) {
  if (i < 6 || !dated.year || t.substr(i - 3, 3) != kNian) return 0;
  const std::string_view word = t.substr(i - 6, 3);
  if (word == "\xe5\x8e\xbb" || word == "\xe4\xb8\x8a") return dated.year - 1;  // 去 上
  if (word == "\xe4\xbb\x8a" || word == "\xe6\x9c\xac") return dated.year;      // 今 本
  if (word == "\xe6\x98\x8e") return dated.year + 1;                              // 明
  return 0;
}

// Whether a comparison word (比, 较, 較, 高于, 低於 …) stands just before `i`, or before a relative
// year word there (比去年四季度, 较上年同期): what follows is the base a figure is compared with.
// 与 and 與 compare only a year before (与去年同期相比, 與去年一季度持平), else they join.
bool ComparedAt(std::string_view t, size_t i, Dateline dated) {
  bool year_before = StartsWith(t, i, "\xe5\x8e\xbb\xe5\xb9\xb4") || StartsWith(t, i, "\xe4\xb8\x8a\xe5\xb9\xb4");  // 去年 上年
  if (const int y = RelativeChineseYearBefore(t, i, dated)) {
    year_before = y < dated.year;
    i -= 6;
  }
  if (i >= 3 && (StartsWith(t, i - 3, "\xe8\xbe\x83") || StartsWith(t, i - 3, "\xe8\xbc\x83") ||
                 StartsWith(t, i - 3, "\xe6\xaf\x94"))) {  // 较 較 比
    return true;
  }
  if (year_before && i >= 3 && (StartsWith(t, i - 3, "\xe4\xb8\x8e") || StartsWith(t, i - 3, "\xe8\x88\x87"))) return true;  // 与 與
  for (std::string_view than : {"低於", "低于", "高於", "高于", "多於", "多于", "少於", "少于"}) {
    if (i >= 6 && t.substr(i - 6, 6) == than) return true;
  }
  return false;
}

// The number written in digits that ends just before `i` (no further back than `begin`): its value
// and where it begins, or {0, i}.
std::pair<int, size_t> DigitsBefore(std::string_view t, size_t begin, size_t i) {
  size_t d = i;
  while (d > begin && IsDigit(t[d - 1]) && i - d < 4) --d;
  if (d == i || (d > begin && IsDigit(t[d - 1]))) return {0, i};
  return {std::atoi(std::string(t.substr(d, i - d)).c_str()), d};
}

// Whether a day named at `i` is when the report came out: a dateline (3日电) or a publication or
// statement right after it (20日发布, 28日晚间披露).
bool ReportedOnDayAt(std::string_view t, size_t i) {
  for (std::string_view when : {"晚间", "晚間", "上午", "下午", "晚", "在"}) {
    if (StartsWith(t, i, when)) {
      i += when.size();
      break;
    }
  }
  for (std::string_view verb : {"电", "電", "讯", "訊", "发布", "發布", "公布", "表示", "宣布", "披露", "召开", "召開", "举行",
                                "舉行", "发表", "發表", "报道", "報導", "指出", "称", "稱", "说", "說", "对外", "對外"}) {
    if (StartsWith(t, i, verb)) return true;
  }
  return false;
}

// Whether a date written in full (2025年10月20日) begins at `i` and dates the report that follows it.
bool IsReportDateAt(std::string_view t, size_t i) {
  if (!YearAt(t, i) || !StartsWith(t, i + 4, kNian)) return false;
  size_t e = i + 7;
  for (std::string_view unit : {kYue, std::string_view("日")}) {
    const size_t digits = e;
    while (IsDigit(At(t, e)) && e - digits < 2) ++e;
    if (e == digits || !StartsWith(t, e, unit)) return false;
    e += unit.size();
  }
  return ReportedOnDayAt(t, e);
}

// Whether a dateline's day ends at `i`: 北京10月20日电, 台北3日電, 本报讯.
bool IsDatelineAt(std::string_view t, size_t i) {
  for (std::string_view mark : {"电", "電", "讯", "訊"}) {
    if (StartsWith(t, i, mark)) return true;
  }
  return false;
}

// The periods Chinese words name in `t[begin, end)`: 第三季度, 三季度, 前三季度, 上半年, 全年, 今年,
// 去年, 明年, 9月底, 截至9月, 周二 / 星期二 / 週二, 2026财年.
void AddChinesePeriods(std::string_view t, size_t begin, size_t end, Dateline dated, std::vector<PeriodMention>* out) {
  constexpr std::string_view kDi = "\xe7\xac\xac";    // 第
  constexpr std::string_view kJi = "\xe5\xad\xa3";    // 季
  constexpr std::string_view kQian = "\xe5\x89\x8d";  // 前
  constexpr std::string_view kBanNian = "\xe5\x8d\x8a\xe5\xb9\xb4";  // 半年
  constexpr std::string_view kShang = "\xe4\xb8\x8a";  // 上
  constexpr std::string_view kXia = "\xe4\xb8\x8b";    // 下
  constexpr std::string_view kDi3 = "\xe5\xba\x95";    // 底
  constexpr std::string_view kMo = "\xe6\x9c\xab";     // 末
  constexpr std::string_view kCaiNian[] = {"\xe8\xb4\xa2\xe5\xb9\xb4", "\xe8\xb2\xa1\xe5\xb9\xb4"};  // 财年 財年
  constexpr std::string_view kWeek[] = {"\xe5\x91\xa8", "\xe9\x80\xb1", "\xe6\x98\x9f\xe6\x9c\x9f"};  // 周 週 星期
  constexpr std::string_view kWeekdays[] = {"\xe4\xb8\x80", "\xe4\xba\x8c", "\xe4\xb8\x89", "\xe5\x9b\x9b",
                                            "\xe4\xba\x94", "\xe5\x85\xad", "\xe6\x97\xa5"};  // 一 … 六 日
  // A year written before (2025年) or named relative to the dateline's (去年, 今年, 明年), else the
  // dateline's own year the month falls in.
  auto written_year = [&](size_t at) {
    const int y = ChineseYearBefore(t, at);
    return y ? y : RelativeChineseYearBefore(t, at, dated);
  };
  auto year_or_dated = [&](size_t at, int last_month) {
    const int y = written_year(at);
    return y ? y : YearOfUndated(last_month, dated);
  };
  auto span_year_or_dated = [&](size_t at, int first_month) {
    const int y = written_year(at);
    return y ? y : YearOfUndatedSpan(first_month, dated);
  };
  for (size_t i = begin; i + 3 <= end; ++i) {
    const unsigned char lead = static_cast<unsigned char>(t[i]);
    if (lead < 0xe4 || lead > 0xe9) continue;
    // 前三季度: the first nine months.
    if (StartsWith(t, i, kQian) && ChineseDigitAt(t, i + 3) == 3 && StartsWith(t, i + 6, kJi)) {
      if (const int y = year_or_dated(i, 9)) out->push_back({i, "9M " + std::to_string(y)});
      i += 8;
      continue;
    }
    // 第三季度, 三季度, 第三季
    const size_t q_at = StartsWith(t, i, kDi) ? i + 3 : i;
    if (const int q = ChineseDigitAt(t, q_at); q && StartsWith(t, q_at + 3, kJi) && !StartsWith(t, i - 3, kQian)) {
      // 比二季度回落0.3个百分点, 比去年四季度增长1.6%: the quarter a figure is compared with.
      const bool base = ComparedAt(t, i, dated);
      if (const int y = span_year_or_dated(i, q * 3 - 2)) out->push_back({i, Quarter(q, y), false, base});
      i = q_at + 5;
      continue;
    }
    // 上半年, 下半年
    if ((StartsWith(t, i, kShang) || StartsWith(t, i, kXia)) && StartsWith(t, i + 3, kBanNian)) {
      const int h = StartsWith(t, i, kShang) ? 1 : 2;
      if (const int y = span_year_or_dated(i, h * 6 - 5)) {
        out->push_back({i, "H" + std::to_string(h) + " " + std::to_string(y), false, ComparedAt(t, i, dated)});
      }
      i += 8;
      continue;
    }
    // 全年, 今年, 去年, 明年
    if (StartsWith(t, i + 3, kNian) && dated.year) {
      int y = 0;
      // 全年 (the full year) in the first quarter is the year just ended, whose results come out then.
      // (去年全年: the year 去年 names, read there.)
      if (StartsWith(t, i, "\xe5\x85\xa8")) y = written_year(i) ? 0 : dated.month >= 1 && dated.month <= 3 ? dated.year - 1 : dated.year;
      else if (StartsWith(t, i, "\xe4\xbb\x8a")) y = ChineseYearBefore(t, i) ? 0 : dated.year;
      else if (StartsWith(t, i, "\xe5\x8e\xbb")) y = dated.year - 1;
      else if (StartsWith(t, i, "\xe6\x98\x8e")) y = dated.year + 1;
      if (y) {
        // 较去年, 比去年, 低於去年同期, 高于去年: the base a figure is compared with.
        out->push_back({i, std::to_string(y), false, ComparedAt(t, i, dated)});
        i += 5;
        continue;
      }
    }
    // 9月底, 9月末: a month's end.
    if (StartsWith(t, i, kYue) && (StartsWith(t, i + 3, kDi3) || StartsWith(t, i + 3, kMo)) && IsDigit(Before(t, i))) {
      size_t d = i;
      int month = 0, scale = 1;
      while (d > begin && IsDigit(t[d - 1]) && scale <= 10) {
        month += (t[d - 1] - '0') * scale;
        scale *= 10;
        --d;
      }
      if (month >= 1 && month <= 12) {
        const int y = year_or_dated(d, month);
        // 比6月底上升约2亿千瓦: the month's end a figure is compared with.
        if (y) out->push_back({d, std::to_string(y) + (month < 10 ? "-0" : "-") + std::to_string(month), false, ComparedAt(t, d, dated)});
      }
      i += 5;
      continue;
    }
    // 9月份, 1-11月, 1至11月, 前10个月 (the months from the year's start, through the last), 11月2日
    // (a day, 截至11月2日 through it); not 3个月 (a duration) nor 2025年9月 (the year's, read below).
    if (StartsWith(t, i, kYue) && IsDigit(Before(t, i))) {
      const auto [month, d] = DigitsBefore(t, begin, i);
      size_t after = i + 3;
      int day_of_month = 0;
      if (IsDigit(At(t, after))) {
        size_t e = after;
        while (IsDigit(At(t, e)) && e - after < 2) ++e;
        if (StartsWith(t, e, "日") || StartsWith(t, e, "号") || StartsWith(t, e, "號")) {
          day_of_month = std::atoi(std::string(t.substr(after, e - after)).c_str());
          after = e + 3;
        }
      }
      if (month >= 1 && month <= 12) {
        const int year = ChineseYearBefore(t, d);
        if (day_of_month >= 1 && day_of_month <= 31) {
          const int y = year ? year : YearOfUndated(month, dated);
          // 截至11月2日: the day a count runs through is its period; another day may be the report's.
          const size_t from = year ? d - 7 : d;
          const bool through = from >= 6 && (t.substr(from - 6, 6) == "截至" || t.substr(from - 6, 6) == "截止");
          if (y && !IsDatelineAt(t, after)) {
            out->push_back({from, DateFromDays(DaysFromCivil(y, month, day_of_month)), !through});
          }
        } else if (year) {
          if (!StartsWith(t, i + 3, kDi3) && !StartsWith(t, i + 3, kMo)) {
            out->push_back({d - 7, std::to_string(year) + (month < 10 ? "-0" : "-") + std::to_string(month)});
          }
        } else {
          // The first month of a span before it: 1-11月, 1至11月, 1～11月.
          size_t first = d;
          for (std::string_view joint : {"-", "至", "～", "~", "—", "–"}) {
            if (d >= joint.size() + 1 && t.substr(d - joint.size(), joint.size()) == joint && At(t, d - joint.size() - 1) == '1' &&
                !IsDigit(At(t, d - joint.size() - 2))) {
              first = d - joint.size() - 1;
            }
          }
          const bool from_start = first < d;
          const int y = YearOfUndated(month, dated);
          std::string period = std::to_string(y) + (month < 10 ? "-0" : "-") + std::to_string(month);
          if (from_start && month % 3 == 0) {
            period = month == 3 ? Quarter(1, y) : month == 6 ? "H1 " + std::to_string(y) : month == 9 ? "9M " + std::to_string(y) : std::to_string(y);
          }
          // 比1-2月份加快0.6个百分点: the months a figure is compared with.
          const bool base = first >= 3 && (StartsWith(t, first - 3, "\xe8\xbe\x83") || StartsWith(t, first - 3, "\xe8\xbc\x83") ||
                                            StartsWith(t, first - 3, "\xe6\xaf\x94"));  // 较 較 比
          if (y && !StartsWith(t, i + 3, kDi3) && !StartsWith(t, i + 3, kMo)) out->push_back({first, period, false, base});
        }
      }
      i += 2;
      continue;
    }
    // 前10个月, 前10月: the months from the year's start.
    if (StartsWith(t, i, kQian) && IsDigit(At(t, i + 3))) {
      size_t e = i + 3;
      while (IsDigit(At(t, e)) && e - i < 5) ++e;
      const int month = std::atoi(std::string(t.substr(i + 3, e - i - 3)).c_str());
      const size_t unit = StartsWith(t, e, "个月") || StartsWith(t, e, "個月") ? e + 6 : StartsWith(t, e, kYue) ? e + 3 : 0;
      if (unit && month >= 1 && month <= 12) {
        const int y = ChineseYearBefore(t, i) ? ChineseYearBefore(t, i) : YearOfUndated(month, dated);
        std::string period = std::to_string(y) + (month < 10 ? "-0" : "-") + std::to_string(month);
        if (month % 3 == 0) {
          period = month == 3 ? Quarter(1, y) : month == 6 ? "H1 " + std::to_string(y) : month == 9 ? "9M " + std::to_string(y) : std::to_string(y);
        }
        if (y) out->push_back({i, period});
        i = unit - 1;
        continue;
      }
    }
    // 2026财年
    for (std::string_view cai : kCaiNian) {
      if (StartsWith(t, i, cai) && i >= 4 && YearAt(t, i - 4)) out->push_back({i - 4, "FY" + std::string(t.substr(i - 4, 4))});
    }
    // 上季, 上季度, 上一季度: the quarter before the one under way at the dateline.
    if (StartsWith(t, i, kShang) && dated.month &&
        (StartsWith(t, i + 3, kJi) || (StartsWith(t, i + 3, "\xe4\xb8\x80") && StartsWith(t, i + 6, kJi)))) {
      const int current = (dated.month - 1) / 3 + 1;
      out->push_back({i, current == 1 ? Quarter(4, dated.year - 1) : Quarter(current - 1, dated.year)});
      i += 5;
      continue;
    }
    // 昨日, 昨天 (yesterday) and 29日 (a day of the dateline's month): days, like weekdays.
    if (dated.day && StartsWith(t, i, "\xe6\x98\xa8") && (StartsWith(t, i + 3, "\xe6\x97\xa5") || StartsWith(t, i + 3, "\xe5\xa4\xa9"))) {
      out->push_back({i, DateFromDays(DaysFromCivil(dated.year, dated.month, dated.day) - 1), true});
      i += 5;
      continue;
    }
    if (dated.day && StartsWith(t, i, "\xe6\x97\xa5") && IsDigit(Before(t, i))) {
      size_t d = i;
      while (d > begin && IsDigit(t[d - 1])) --d;
      const int day = i - d <= 2 ? std::atoi(std::string(t.substr(d, i - d)).c_str()) : 0;
      if (day >= 1 && day <= 31 && !(d >= 3 && t.substr(d - 3, 3) == kYue) && !IsDatelineAt(t, i + 3)) {
        out->push_back({d, DateFromDays(DaysFromCivil(dated.year, dated.month, day)), true});
      }
    }
    // 周二, 星期二, 週二: a day, resolved against the dateline.
    if (dated.day) {
      for (std::string_view week : kWeek) {
        if (!StartsWith(t, i, week)) continue;
        for (int k = 0; k < 7; ++k) {
          if (StartsWith(t, i + week.size(), kWeekdays[k])) out->push_back({i, LastWeekday(k, dated), true});
        }
      }
    }
  }
}

// The quarter `shift` quarters after `quarter` ("Q4 FY2026", 1 → "Q1 FY2027"; "Q1 2026", -1 →
// "Q4 2025"), or empty when `quarter` is no quarter.
std::string ShiftQuarter(const std::string& quarter, int shift) {
  const bool fiscal = quarter.size() == 9 && quarter.compare(3, 2, "FY") == 0;
  if (!(quarter.size() == 7 || fiscal) || quarter[0] != 'Q' || quarter[2] != ' ') return "";
  const int index = std::atoi(quarter.c_str() + (fiscal ? 5 : 3)) * 4 + (quarter[1] - '1') + shift;
  return Quarter(index % 4 + 1, index / 4).insert(3, fiscal ? "FY" : "");
}

// The quarter under way at the dateline, as the text counts quarters: in a text on a fiscal
// quarter's results, the one after the last fiscal quarter it names ("the current quarter" after a
// fourth quarter's results is the next year's first), else the calendar quarter.
std::string CurrentQuarter(const std::vector<PeriodMention>& named, Dateline dated) {
  std::string latest;  // "Q4 FY2026" is later than "Q3 FY2026" named after it as a base
  for (const PeriodMention& m : named) {
    const std::string& p = m.period;
    const bool fiscal_quarter = p.size() == 9 && p[0] == 'Q' && p.compare(3, 2, "FY") == 0;
    if (fiscal_quarter && (latest.empty() || p.substr(5) + p[1] > latest.substr(5) + latest[1])) latest = p;
  }
  if (!latest.empty()) return ShiftQuarter(latest, 1);
  return dated.month ? Quarter((dated.month - 1) / 3 + 1, dated.year) : "";
}

// Gives each quarter named relative to another ("?q<": the previous quarter; "?q-", "?q=", "?q+":
// the last, current and next quarter) its period: the previous one is the quarter before the last
// quarter named before it (else before the dateline's), the others count from the current quarter.
void ResolveRelativeQuarters(Dateline dated, std::vector<PeriodMention>* out) {
  for (size_t k = 0; k < out->size(); ++k) {
    std::string& period = (*out)[k].period;
    if (period.size() != 3 || period.compare(0, 2, "?q") != 0) continue;
    const std::vector<PeriodMention> before(out->begin(), out->begin() + static_cast<std::ptrdiff_t>(k));
    const char relation = period[2];
    if (relation == '<') {
      std::string last;
      for (size_t j = k; j-- > 0 && last.empty();) last = ShiftQuarter((*out)[j].period, 0);
      period = ShiftQuarter(last.empty() ? CurrentQuarter({}, dated) : last, -1);
    } else {
      period = ShiftQuarter(CurrentQuarter(before, dated), relation == '-' ? -1 : relation == '+' ? 1 : 0);
    }
  }
}

// The fiscal year a fiscal quarter `n` belongs to when the text says which month it ended in
// ("its fiscal fourth quarter, which ended in late January"): the year its fiscal year ends in.
int FiscalYearOfQuarterEnded(int n, int month, int year_of_month) {
  const int fiscal_year_end = (month - 1 + 3 * (4 - n)) % 12 + 1;
  return fiscal_year_end < month ? year_of_month + 1 : year_of_month;
}

// In a text that counts in fiscal years ("FY26", "fiscal 2026"), a quarter or half named without a
// year ("Q2", "the fourth quarter") is one of the fiscal year named nearest before it (else first
// after it): "Veltrix Q2 net profit …; FY26 revenue outlook" is Q2 FY2026.
// Returns whether a fiscal year is named.
bool MakeFiscal(const std::vector<size_t>& undated, std::vector<PeriodMention>* out) {
  // "FY2026", or the fiscal year of a fiscal quarter or half ("Q3 FY2026"), else empty.
  auto fiscal_year_of = [](const std::string& p) {
    if (p.size() == 6 && p.compare(0, 2, "FY") == 0) return p;
    return p.size() == 9 && p.compare(3, 2, "FY") == 0 ? p.substr(3) : std::string();
  };
  const bool fiscal_text = std::any_of(out->begin(), out->end(), [&](const PeriodMention& p) { return !fiscal_year_of(p.period).empty(); });
  if (!fiscal_text) return false;
  for (size_t k : undated) {
    if (k >= out->size()) continue;
    std::string fiscal;
    for (const PeriodMention& p : *out) {
      const std::string year = fiscal_year_of(p.period);
      if (year.empty()) continue;
      if (p.begin < (*out)[k].begin || fiscal.empty()) fiscal = year;
      if (p.begin > (*out)[k].begin) break;
    }
    if (fiscal.empty()) continue;
    std::string& period = (*out)[k].period;  // "Q4 2025"
    period = period.substr(0, 2) + " " + fiscal;
  }
  return true;
}

// Whether `between`, the words from one period's name to the next's, only restate it: ", the ",
// " (", ", its fiscal ", ", or the ".
bool OnlyRestates(std::string_view between) {
  constexpr size_t kLongest = 24;  // bytes
  if (between.size() > kLongest || between.find_first_of(",(") == std::string_view::npos) return false;
  const std::string lower = Lowercase(between);
  for (size_t i = 0; i < lower.size();) {
    if (lower[i] == ' ' || lower[i] == ',' || lower[i] == '(') {
      ++i;
      continue;
    }
    const size_t end = std::min(lower.find_first_of(" ,(", i), lower.size());
    const std::string_view word(lower.data() + i, end - i);
    if (word != "the" && word != "its" && word != "their" && word != "fiscal" && word != "or") return false;
    i = end;
  }
  return true;
}

// 2 … 12 for a count of months or years written as a word ("two" … "twelve"), 2 … 30 in digits, else 0.
int CountWord(std::string_view lower) {
  static constexpr std::string_view kCounts[] = {"two", "three", "four", "five", "six", "seven",
                                                 "eight", "nine", "ten", "eleven", "twelve"};
  for (size_t c = 0; c < std::size(kCounts); ++c) {
    if (lower == kCounts[c]) return static_cast<int>(c) + 2;
  }
  if (!lower.empty() && lower.size() <= 2 && std::all_of(lower.begin(), lower.end(), IsDigit)) {
    const int n = std::atoi(std::string(lower).c_str());
    return n >= 2 && n <= 30 ? n : 0;
  }
  return 0;
}

bool ComparedWith(std::string_view t, const std::vector<Token>& w, size_t k);

// Whether the period at `w[k]` is named as the base of a comparison directly: "compared with
// September 2013", "than 2024", "against December", "the fastest pace since the second quarter of
// 2001" (what a value is the most since is a base, never its own period).
bool NamedAsBase(const std::vector<Token>& w, size_t k) {
  if (k == 0) return false;
  const std::string_view b = w[k - 1].lower;
  return b == "than" || b == "against" || b == "versus" || b == "since" ||
         ((b == "with" || b == "to") && k >= 2 && w[k - 2].lower == "compared");
}

// Whether a period written from `w[first]` on ("the second quarter", "last month", "last year") is
// named as the base of a move right before it: "down 15% from the second quarter", "an increase
// from last month", "up 3% on last year", "compared with the first quarter", or after an amount
// that is one (ComparedWith: "compared to T$91 billion in the second quarter", "up from $72.2
// billion last year").
// A period named with its own word ("last year") may follow its amount directly; one named with an
// ordinal ("the second quarter") is a base after an amount only when written "in …" ("stronger than
// expected profit in its third-quarter report" names no base).
bool IntroducedAsBase(std::string_view t, const std::vector<Token>& w, size_t first, bool after_in_only) {
  if (first == 0) return false;
  const std::string_view b = w[first - 1].lower;
  if (b == "from" || b == "over" || b == "on" || NamedAsBase(w, first)) return true;
  return (!after_in_only || b == "in") && ComparedWith(t, w, first);
}

// Whether the period at `w[k]`, written "in …", is the base of a comparison: "up from 141 in 2022",
// "against 530 in December", "than in 2024", "from when the party ran in 2019", "similar to that
// achieved in 1997", "at the last election in 2019", and an amount described after its comparison
// ("up 60% from the roughly $410 billion they spent last year", "roughly double the $91.4 billion it
// spent in 2025"). The words looked back over stop at a comma, a semicolon or a sentence's end and
// at "to" or "and", which begin another statement ("up 4% from a year earlier to $10 billion in
// 2025"), except an "and" that lists another amount of the base ("down from 262 seats and 40% of
// the vote in 2017").
bool ComparedWith(std::string_view t, const std::vector<Token>& w, size_t k) {
  constexpr size_t kNearBack = 5, kListedAmount = 5;
  size_t far_back = 9;  // and the words of each further amount listed in the base
  // "at the last election in 2019", "the previous poll in March": an earlier event named as such.
  if (k >= 3 && (w[k - 3].lower == "last" || w[k - 3].lower == "previous") && w[k - 1].lower == "in") return true;
  // ("… to 4.4% from 3.8%. Last year's growth was 2.6%": a new sentence names its own period.)
  if (k >= 1 && SentenceBreakAfter(t, w, k - 1)) return false;
  size_t words_back = 1;  // words, a number's later digit groups not counted ("US$3.951 billion" is three)
  for (size_t back = 2; back <= far_back && back <= k; ++back) {
    const std::string_view word = w[k - back].lower;
    const bool later_digits = IsDigit(word[0]) && back < k && IsDigit(w[k - back - 1].lower[0]) &&
                              w[k - back].begin == w[k - back - 1].end + 1;
    if (later_digits) ++far_back;  // "Rs 77,625 crore" is as far back as "Rs 77 crore"
    else ++words_back;
    const std::string_view between = t.substr(w[k - back].end, w[k - back + 1].begin - w[k - back].end);
    // (Not the comma of "1,000" nor the point of "91.4".)
    const bool punctuated = between.find_first_of(";\n") != std::string_view::npos ||
                            (between.find_first_of(",.") != std::string_view::npos && between.size() > 1);
    const std::string_view next = w[k - back + 1].lower;
    const bool lists_amount = word == "and" && IsDigit(next[0]);
    if (lists_amount) far_back += kListedAmount;
    // "similar to", "compared to", "equivalent to": a comparison, not the end of a move.
    const std::string_view word_before = back < k ? w[k - back - 1].lower : std::string_view();
    const bool likened = word == "to" && (word_before == "similar" || word_before == "comparable" ||
                                          word_before == "equivalent" || word_before == "compared");
    if (punctuated || (word == "to" && !likened) || (word == "and" && !lists_amount)) return false;
    // "rose 4% from a year earlier in the second quarter": the base is named whole before it.
    if (word == "earlier" || word == "ago") return false;
    // "more than a year at the end of September", "fewer than 500 in May": a bound of an amount.
    if (word == "than" && (word_before == "more" || word_before == "less" || word_before == "fewer") &&
        (next == "a" || next == "an" || IsDigit(next[0]))) {
      continue;
    }
    // Further back, an amount named after the word is the base ("down from 66.8% at the last
    // election in 2022"), or what was done then ("from when the Brexit Party ran in 2019",
    // "similar to that achieved by Blair in 1997").
    if (word == "from" || word == "than" || word == "against" || word == "compared" || word == "versus" || likened) {
      // (An amount after a currency's letters, "from Rs 77,625 crore", is an amount too.)
      const bool currency_amount = next.size() <= 3 && back >= 3 && IsDigit(w[k - back + 2].lower[0]);
      return words_back <= kNearBack || next == "the" || next == "a" || next == "when" || next == "that" || next == "those" ||
             IsDigit(next[0]) || currency_amount;
    }
    // "rose 1.2% in October, after a 0.3% increase in September", "following a 8.7% rise in the
    // prior month", "after 9.5% growth in August": the value before, set beside the one reported
    // ("profit after tax" is no base).
    // ("advanced 2.7% after rising 2.7% in June", "after increasing by 0.6 per cent in June": the
    // move before, named by its verb; not what was done then, "after spending $30 billion in the
    // fourth quarter".)
    static const WordSet kMoving = {"rising", "falling", "advancing", "increasing", "decreasing", "climbing", "gaining",
                                    "declining", "dropping", "slipping", "jumping", "growing", "easing", "edging",
                                    "sliding", "expanding", "contracting", "slowing", "accelerating", "moving"};
    if ((word == "after" || word == "following") && (next == "a" || next == "an" || IsDigit(next[0]) || kMoving.count(next) != 0)) {
      return true;
    }
    const bool set_against = word == "above" || word == "below" || word == "double" || word == "twice" || word == "triple";
    if (set_against && next == "the") return true;
  }
  return false;
}

// Whether the period at `w[k]`, named before `w[next]` (the word after it), is the base of a
// comparison: "than 2024", "up from 141 in 2022", "from 7.41 million at the end of August", "the
// 3.2% rate recorded for October", "rose 0.1% from October" (not "from October to December").
bool IsComparisonBase(std::string_view t, const std::vector<Token>& w, size_t k, size_t next) {
  if (k == 0) return false;
  const std::string_view b = w[k - 1].lower;
  if (NamedAsBase(w, k)) return true;
  if ((b == "in" || b == "for" || b == "of" || b == "at" || b == "during") && ComparedWith(t, w, k)) return true;
  // "rose 55% over 2012's record low", "up 8% over 2019": a move over a year is against it.
  if (b == "over" && k >= 2 && (IsDigit(w[k - 2].lower[0]) || StartsWith(t, w[k].end, "'s") || StartsWith(t, w[k].end, "\xe2\x80\x99s"))) {
    return true;
  }
  if (b == "from" && k >= 2) {
    static constexpr std::string_view kMoves[] = {"up", "down", "higher", "lower", "rose", "fell", "increased", "decreased",
                                                  "gained", "dropped", "climbed", "declined", "jumped", "slipped"};
    // The move or its amount just before: "rose from 2019", "141 from 2022", or an amount with its
    // unit, "up 8 percent from 2019", "up 10.9 bushels from 2019".
    auto move_or_amount = [&](std::string_view word) {
      return IsDigit(word[0]) || std::find(std::begin(kMoves), std::end(kMoves), word) != std::end(kMoves);
    };
    bool after_move = move_or_amount(w[k - 2].lower) ||
                      (k >= 3 && IsDigit(w[k - 3].lower[0]) && !IsDigit(w[k - 2].lower[0]) &&
                       t.substr(w[k - 3].end, w[k - 1].begin - w[k - 3].end).find_first_of(",;\n") == std::string_view::npos);
    // "down 180,000 barrels per day from September": a move word a few words before, in its clause.
    constexpr size_t kMoveWords = 8;
    for (size_t back = 2; !after_move && back <= kMoveWords && back <= k; ++back) {
      const std::string_view word = w[k - back].lower;
      const std::string_view gap = t.substr(w[k - back].end, w[k - back + 1].begin - w[k - back].end);
      const bool digit_group = gap == "," && IsDigit(word[0]);  // "310,000"
      if (gap.find_first_of(",;\n") != std::string_view::npos && !digit_group) break;
      after_move = std::find(std::begin(kMoves), std::end(kMoves), word) != std::end(kMoves);
    }
    const std::string_view then = next < w.size() ? w[next].lower : std::string_view();
    const bool span = then == "to" || then == "through" || then == "until" || then == "till";
    return after_move && !span;
  }
  return false;
}

// Whether a month named from `w[first]` to `w[last]` is when a forecast or an estimate was made,
// not the period it is of (and so no period of any figure): "its February forecast", "the November projections", "forecast last
// month", "36.6 million tons estimated in December". ("expected in May" is when a thing is due.)
bool NamesWhenForecastMade(const std::vector<Token>& w, size_t first, size_t last) {
  static constexpr std::string_view kMade[] = {"forecast", "forecasts", "estimate", "estimates", "estimated", "projected",
                                               "projection", "projections", "predicted", "prediction", "outlook"};
  auto made = [&](size_t k) { return k < w.size() && std::find(std::begin(kMade), std::end(kMade), w[k].lower) != std::end(kMade); };
  // ("the forecast for March", "its outlook for 2026" name the period; the words after do.)
  if (made(last + 1)) return true;
  const size_t verb = first >= 1 && w[first - 1].lower == "in" ? first - 1 : first;
  if (verb >= 2 && verb < first) {  // "its 6% forecast made in August", "the projections released in June"
    const std::string_view participle = w[verb - 1].lower;
    if ((participle == "made" || participle == "issued" || participle == "released" || participle == "published") &&
        made(verb - 2)) {
      return true;
    }
  }
  return verb >= 1 && made(verb - 1) && (verb < first || w[first].lower == "last");
}

// Whether the words just before `w[k]` say the period is when something is due to happen rather than
// what a figure measures: "Caldera, which reports results next month", "the meeting next month".
bool NamesAnEvent(const std::vector<Token>& w, size_t k) {
  for (size_t back = 1; back <= 3 && back <= k; ++back) {
    const std::string_view word = w[k - back].lower;
    if (word == "reports" || word == "report" || word == "results" || word == "meets" || word == "meeting" || word == "due") return true;
  }
  return false;
}

// Whether the clause before `w[k]` speaks of what is to come ("expects inflation to peak in
// February", "prices will rise in March", "is expected to cut in April"): a month it names without
// a year is the next one of that name. A past expectation ("had forecast a December rate", "was
// expected to") is of what has been.
bool SpeaksOfFuture(std::string_view t, const std::vector<Token>& w, size_t k) {
  static const WordSet kFuture = {"will", "expects", "expect", "forecasts", "projects", "predicts", "sees", "plans", "aims"};
  constexpr size_t kWordsBack = 10;
  for (size_t back = 1; back <= kWordsBack && back <= k; ++back) {
    const size_t at = k - back;
    if (SentenceBreakAfter(t, w, at)) return false;
    const std::string_view word = w[at].lower;
    const std::string_view before = at > 0 ? w[at - 1].lower : std::string_view();
    const bool past = before == "had" || before == "was" || before == "were" || before == "been";
    if (kFuture.count(word) != 0 && !past) return true;
    if (word == "expected" && at + 1 < w.size() && w[at + 1].lower == "to" && !past && before != "than") return true;
    const std::string_view gap = t.substr(w[at].end, w[at + 1].begin - w[at].end);
    if (gap.find_first_of(",;") != std::string_view::npos) return false;
  }
  return false;
}

// Whether the token `lower` may begin one of the periods FindPeriods reads: a number, a period
// code ("q3", "h1", "fy26"), a month or weekday, or one of the words periods are named by. The
// words before it are read only once it is.
bool MayNamePeriod(std::string_view lower) {
  static const WordSet kWords = {
      "months", "years", "year", "quarter", "quarters", "half", "quarterly", "month", "period", "halbjahr", "quartal",
      "summer", "winter", "spring", "autumn", "time", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "yesterday"};
  if (lower.empty()) return false;
  const char c = lower[0];
  if (IsDigit(c)) return true;
  if ((c == 'q' || c == 'h' || c == 'f') && lower.size() <= 8 && IsDigit(lower.back())) return true;
  // The words above begin with one of these letters and are 4 to 10 letters long.
  const bool may_be_word = lower.size() >= 4 && lower.size() <= 10 && std::string_view("adfhmpqstwy").find(c) != std::string_view::npos;
  return (may_be_word && kWords.count(lower) != 0) || MonthNumber(lower) != 0;
}

// A period that refers back, by the words before `w[k]` ("quarter", "year", "month", "period"):
// "in the quarter", "over the year", "for the same period", "during the month". Its period is
// left empty, with the length it refers to in its first byte, for ResolveReferences.
void AddReference(const std::vector<Token>& w, size_t k, char length, std::vector<PeriodMention>* out) {
  if (k < 2) return;
  size_t at = k - 1;
  if (w[at].lower == "same") --at;
  // "for the fiscal year", "in the financial year": the fiscal year named last.
  if (length == 'Y' && (w[at].lower == "fiscal" || w[at].lower == "financial") && at >= 2) {
    --at;
    length = 'F';
  }
  if (w[at].lower == "full" && at >= 2) --at;  // "for the full fiscal year"
  if (w[at].lower != "the" || at == 0) return;
  const std::string_view preposition = w[at - 1].lower;
  if (preposition != "in" && preposition != "over" && preposition != "for" && preposition != "during") return;
  // "in the quarter ended …", "over the year to March", "the same quarter a year earlier" name another.
  if (k + 1 < w.size()) {
    const std::string_view next = w[k + 1].lower;
    const bool to_month = (next == "ended" || next == "ending" || next == "to" || next == "through") && k + 2 < w.size() &&
                          MonthNumber(w[k + 2].lower);
    if (to_month || next == "a" || next == "last" || next == "three" || next == "two" || next == "earlier" ||
        next == "before" || IsDigit(next[0])) {
      return;
    }
  }
  out->push_back({w[at - 1].begin, std::string("?") + length});
}

// The year `period` (canonical) names first ("Q3 2026" → 2026, "FY2027" → 2027), else 0.
int YearOf(const std::string& period) {
  for (size_t i = 0; i + 4 <= period.size(); ++i) {
    if (IsDigit(period[i]) && IsDigit(period[i + 1]) && IsDigit(period[i + 2]) && IsDigit(period[i + 3])) {
      return std::atoi(period.substr(i, 4).c_str());
    }
  }
  return 0;
}

// A period named as the same one of another year, by the words around `w[k]` (its noun: "quarter",
// "half", "month", "period", "time"): "the year-earlier quarter", "the year-ago period", "the prior-year
// quarter", "the same quarter last year", "the same period a year earlier", "the same month of last
// year", "the corresponding month last year", "at the same time last year", "this time last year"
// (the year before the period referred to), "the same period of 2025" (that year's). Adds it as
// a reference ("?Q^", "?*@2025") for ResolveReferences, a comparison base when an amount comes before
// it in its sentence ("US$8.1 billion in the same period a year earlier"; not "In the same period
// last year, it earned $900 million"), and returns the index of its last word; 0 when the words
// name none.
size_t AddOtherYearReference(std::string_view t, const std::vector<Token>& w, size_t k, std::vector<PeriodMention>* out) {
  const std::string_view noun = w[k].lower;
  const char length = noun == "quarter" ? 'Q' : noun == "half" ? 'H' : noun == "month" ? 'M' : noun == "period" || noun == "time" ? '*' : 0;
  if (length == 0 || k < 2) return 0;
  auto word = [&](size_t i) { return i < w.size() ? std::string_view(w[i].lower) : std::string_view(); };
  size_t first = k - 2, last = k;
  std::string year = "^";
  const bool year_earlier = word(k - 2) == "year" && (word(k - 1) == "earlier" || word(k - 1) == "ago");
  const bool prior_year = word(k - 1) == "year" && (word(k - 2) == "prior" || word(k - 2) == "previous");
  if (!year_earlier && !prior_year) {
    // "at the same time last year", "this time last year"
    if (word(k - 1) != "same" && word(k - 1) != "corresponding" && !(noun == "time" && word(k - 1) == "this")) return 0;
    first = k - 1;
    if (word(k + 1) == "last" && word(k + 2) == "year") {
      last = k + 2;
    } else if (word(k + 1) == "a" && word(k + 2) == "year" &&
               (word(k + 3) == "earlier" || word(k + 3) == "ago" || word(k + 3) == "before")) {
      last = k + 3;
    } else if (word(k + 1) == "of" && word(k + 2) == "last" && word(k + 3) == "year") {
      last = k + 3;
    } else if (word(k + 1) == "the" && (word(k + 2) == "previous" || word(k + 2) == "prior") && word(k + 3) == "year") {
      last = k + 3;
    } else if ((word(k + 1) == "of" || word(k + 1) == "in") && k + 2 < w.size() && YearAt(t, w[k + 2].begin)) {
      year = "@" + std::to_string(YearAt(t, w[k + 2].begin));
      last = k + 2;
    } else {
      return 0;
    }
  }
  if (first > 0 && (word(first - 1) == "the" || word(first - 1) == "a")) --first;
  size_t statement = w[first].begin;
  while (statement > 0 && t[statement - 1] != '\n' && t[statement - 1] != ';' && !(t[statement - 1] == ' ' && Before(t, statement - 1) == '.')) {
    --statement;
  }
  const std::string_view before = t.substr(statement, w[first].begin - statement);
  const bool after_amount = std::any_of(before.begin(), before.end(), [](char c) { return IsDigit(c); });
  out->push_back({w[first].begin, std::string("?") + length + year, false, after_amount, true});
  return last;
}

// Whether `period` (canonical) is of the length a reference names: 'Q' a quarter, 'H' a half, 'Y' a
// year or fiscal year, 'F' a fiscal year, 'M' a month, '*' any.
bool OfLength(const std::string& period, char length) {
  switch (length) {
    case 'Q': return period[0] == 'Q';
    case 'H': return period[0] == 'H';
    case 'Y': return period.size() == 4 || (period.size() == 6 && period[0] == 'F');
    case 'F': return (period.size() == 6 && period[0] == 'F') || (period.size() == 9 && period[0] == 'Q');
    case 'M': return period.size() == 7 && period[4] == '-';
    default: return true;
  }
}

// Whether the line holding `at` is a Markdown table row.
bool InTableRow(std::string_view t, size_t at) {
  const size_t line = t.rfind('\n', at == 0 ? 0 : at - 1);
  return At(t, line == std::string_view::npos ? 0 : line + 1) == '|';
}

// Gives each reference ("?Q", "?Y", …) the last period of its length named before it (no day, no
// table header); drops those with none.
void ResolveReferences(std::string_view t, std::vector<PeriodMention>* out) {
  for (size_t k = 0; k < out->size(); ++k) {
    PeriodMention& p = (*out)[k];
    if (p.period.size() < 2 || p.period[0] != '?' || (p.period.size() > 2 && p.period[2] != '^' && p.period[2] != '@')) continue;
    const char length = p.period[1];
    // "?Q^": the year before the period referred to; "?*@2025": its period in 2025.
    const std::string other_year = p.period.substr(2);
    p.period.clear();
    for (size_t j = k; j-- > 0;) {
      const PeriodMention& q = (*out)[j];
      // (A comparison base may be referred back to: "… up from £4.1 billion last year. Its retail arm
      // lost 310,000 customers over the year".)
      if (q.weekday || q.other_year || q.period.empty() || q.period[0] == '?' || !OfLength(q.period, length)) continue;
      // ("in the quarter" after "from 2.3% in the previous quarter" is the quarter reported, "during
      // the month" after "a drop from May's 2.9% growth" the month reported.)
      if (q.comparison && (length == 'Q' || length == 'M')) continue;
      // A table's column headers name the periods it compares, not the one the prose goes on about.
      if (InTableRow(t, q.begin)) continue;
      // "For the full fiscal year" after a fiscal quarter: that quarter's fiscal year.
      p.period = length == 'F' && q.period.size() == 9 ? q.period.substr(3) : q.period;
      if (other_year == "^") p.period = ShiftYears(p.period, -1);
      if (other_year.size() == 5) p.period = ShiftYears(p.period, std::atoi(other_year.c_str() + 1) - YearOf(p.period));
      break;
    }
  }
  out->erase(std::remove_if(out->begin(), out->end(), [](const PeriodMention& p) { return p.period.empty(); }), out->end());
}

}  // namespace

namespace {

constexpr std::string_view kLineDashes[] = {" - ", " -- ", " \xE2\x80\x94 ", " \xE2\x80\x93 "};

// Whether the date at `i` can be the text's own: on a short line of its own below the headline
// ("Newsletter · 10 November 2025", "2026年1月20日"), or before a dash that opens its line's text
// ("SAN FRANCISCO, 6 February 2026 — ", "深圳，2025年10月28日 — "), or in a Han dateline
// ("上海2026年8月28日电"). A year in the body ("the first time since December 2021") dates nothing.
bool InDatelinePlace(std::string_view t, size_t i) {
  const size_t line = t.rfind('\n', i == 0 ? 0 : i - 1);
  const size_t begin = line == std::string_view::npos || i == 0 ? 0 : line + 1;
  const size_t line_end = std::min(t.find('\n', i), t.size());
  constexpr size_t kShortLine = 80;
  // (The first line is a headline, unless it is all there is: a published date, "2026-02-06".)
  if ((begin > 0 || line_end == t.size()) && line_end - begin <= kShortLine) return true;
  if (i == begin) return true;  // a full date opening a line: "2026年1月15日 公司預估…", "2026-01-15 …"
  for (std::string_view dash : kLineDashes) {
    const size_t at = t.substr(begin, line_end - begin).find(dash);
    if (at != std::string_view::npos && at <= 100 && i < begin + at) return true;
  }
  return i < begin + DatelineLength(t.substr(begin, line_end - begin));
}

// Whether the date at `i` opens the first line below the headline, where outlets put the story's
// date in forms no dash closes: "LONDON — February 4, 2026. Acme said", "LONDON, Wednesday 4
// February 2026: Acme", "By Jane Roe, February 4, 2026", "Updated February 4, 2026 10:32 am".
// Only a full date (with its day) is taken there: a date in a lede's first words dates its report.
bool OpensFirstBodyLine(std::string_view t, size_t i) {
  constexpr size_t kOpening = 120;  // bytes of the line
  size_t first = t.find('\n');
  if (first == std::string_view::npos) return false;
  while (first < t.size() && (t[first] == '\n' || t[first] == ' ')) ++first;
  const size_t line_end = std::min(t.find('\n', first), t.size());
  return i >= first && i < line_end && i - first <= kOpening;
}

}  // namespace

std::string ShiftYears(const std::string& period, int years) {
  size_t year_at = std::string::npos;
  for (size_t i = 0; i + 4 <= period.size(); ++i) {
    if (IsDigit(period[i]) && IsDigit(period[i + 1]) && IsDigit(period[i + 2]) && IsDigit(period[i + 3]) &&
        (i + 4 == period.size() || !IsDigit(period[i + 4]))) {
      if (year_at != std::string::npos) return period;  // two years: a span
      year_at = i;
      i += 3;
    }
  }
  const bool day = period.size() == 10 && period[4] == '-' && period[7] == '-';
  if (year_at == std::string::npos || day || period.compare(0, 3, "by ") == 0) return period;
  std::string shifted = period;
  shifted.replace(year_at, 4, std::to_string(std::stoi(period.substr(year_at, 4)) + years));
  return shifted;
}

Dateline FindDateline(std::string_view t) {
  const size_t limit = std::min<size_t>(t.size(), 400);
  for (size_t i = 0; i + 4 <= limit; ++i) {
    const int year = YearAt(t, i);
    if (year == 0) continue;
    const bool placed = InDatelinePlace(t, i);
    if (!placed && !OpensFirstBodyLine(t, i)) continue;
    // "6 February 2026", "February 6, 2026", "12. März 2026": a month name within the three words
    // before, the day beside it.
    const size_t from = i >= 20 ? i - 20 : 0;
    const std::string lowered = Lowercase(t.substr(from, i - from));
    const std::vector<Token> before = Tokens(t, from, i, lowered);
    for (size_t k = 0; k < before.size(); ++k) {
      const int month = MonthNumber(before[k].lower);
      if (month == 0) continue;
      int day = k > 0 ? DayNumber(before[k - 1].lower) : 0;
      if (day == 0 && k + 1 < before.size()) day = DayNumber(before[k + 1].lower);
      if (!placed && day == 0) break;
      return {year, month, day};
    }
    // "2026年2月6日"
    if (StartsWith(t, i + 4, kNian) && IsDigit(At(t, i + 7))) {
      int month = At(t, i + 7) - '0';
      size_t j = i + 8;
      if (IsDigit(At(t, j))) month = month * 10 + (At(t, j++) - '0');
      if (StartsWith(t, j, kYue)) {
        j += kYue.size();
        int day = 0;
        while (IsDigit(At(t, j)) && day < 10) day = day * 10 + (t[j++] - '0');
        return {year, month, day <= 31 ? day : 0};
      }
    }
    // "Updated: 13-02-2026 19:05 IST", "13.02.2026": day first, as Indian and European pages write
    // their own date (a US page writes its month first with slashes, which is not read).
    if (i >= 6 && (Before(t, i) == '-' || Before(t, i) == '.') && At(t, i - 4) == Before(t, i) && IsDigit(At(t, i - 2)) &&
        IsDigit(At(t, i - 3)) && IsDigit(At(t, i - 5)) && IsDigit(At(t, i - 6)) && !IsAsciiAlnum(Before(t, i - 6))) {
      const int month = (At(t, i - 3) - '0') * 10 + (At(t, i - 2) - '0');
      const int day = (At(t, i - 6) - '0') * 10 + (At(t, i - 5) - '0');
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return {year, month, day};
    }
    // "2026-02-06"
    if (At(t, i + 4) == '-' && IsDigit(At(t, i + 5)) && IsDigit(At(t, i + 6)) && At(t, i + 7) == '-') {
      const int day = IsDigit(At(t, i + 8)) && IsDigit(At(t, i + 9)) ? (t[i + 8] - '0') * 10 + (t[i + 9] - '0') : 0;
      return {year, (At(t, i + 5) - '0') * 10 + (At(t, i + 6) - '0'), day};
    }
  }
  return {};
}

std::vector<PeriodMention> FindPeriods(std::string_view t, size_t begin, size_t end, Dateline dated) {
  std::vector<PeriodMention> out;
  std::vector<size_t> undated;  // quarters and halves named without a year, which a fiscal text makes fiscal
  std::vector<size_t> fiscal_only;    // of those, the ones said to be fiscal: dropped if no fiscal year is named
  std::vector<size_t> calendar_only;  // quarters named by their last month: dropped if a fiscal year is named
  std::vector<size_t> calendar_halves;  // "the six months ended December 31": a fiscal half in a fiscal text
  std::vector<size_t> full_years;     // "full-year": in a fiscal text, the fiscal year its quarters name
  std::vector<std::pair<size_t, size_t>> named_by_months;  // "the July-September quarter", with where its name ends
  const std::string lowered = Lowercase(t.substr(begin, end - begin));
  const std::vector<Token> w = Tokens(t, begin, end, lowered);
  // Whether the text names fiscal years at all ("fiscal", "FY26", "Q2FY22").
  const bool names_fiscal = std::any_of(w.begin(), w.end(), [](const Token& x) {
    const std::string_view l = x.lower;
    const size_t fy = l.size() >= 3 && l[0] == 'f' ? 0 : l.size() >= 5 && (l[0] == 'q' || l[0] == 'h') ? 2 : std::string_view::npos;
    return l == "fiscal" || (fy != std::string_view::npos && l.compare(fy, 2, "fy") == 0 && IsDigit(l[fy + 2]));
  });
  // Whether it counts in seasons and not in fiscal years (a league's, a flu's): its split years
  // ("in 2011-12") are seasons, spans of two years. (Read only for a text with a split year.)
  std::optional<bool> seasons;
  auto names_seasons = [&]() {
    if (!seasons) {
      seasons = !names_fiscal && std::any_of(w.begin(), w.end(), [](const Token& x) { return x.lower == "season" || x.lower == "seasons"; });
    }
    return *seasons;
  };
  auto word = [&](size_t k) -> std::string_view { return k < w.size() ? std::string_view(w[k].lower) : std::string_view(); };
  auto before = [&](size_t k, size_t back) -> std::string_view { return k >= back ? std::string_view(w[k - back].lower) : std::string_view(); };
  for (size_t k = 0; k < w.size(); ++k) {
    const Token& tok = w[k];
    if (!MayNamePeriod(tok.lower)) continue;  // most words of a text: passed over at one lookup
    if (const size_t last = AddOtherYearReference(t, w, k, &out)) {
      k = last;
      continue;
    }
    if (tok.lower == "time") continue;  // a period only as another year's ("at the same time last year")
    // "on Tuesday", "at Friday's close", "am Donnerstag": a day, resolved against the dateline.
    if (const int weekday = WeekdayNumber(tok.lower); weekday >= 0) {
      if (dated.day) {
        out.push_back({tok.begin, WeekdayAhead(t, w, k) ? NextWeekday(weekday, dated) : LastWeekday(weekday, dated), true});
      }
      continue;
    }
    // "yesterday": the day before the dateline's, a day as a weekday is.
    if (tok.lower == "yesterday") {
      if (dated.day) out.push_back({tok.begin, DateFromDays(DaysFromCivil(dated.year, dated.month, dated.day) - 1), true});
      continue;
    }
    // "the three months to June", "the three months ended September 30": a calendar quarter.
    if (tok.lower == "months" && before(k, 1) == "three" &&
        (word(k + 1) == "to" || word(k + 1) == "ended" || word(k + 1) == "ending" || word(k + 1) == "through")) {
      if (const int m = MonthNumber(word(k + 2)); m && m % 3 == 0) {
        size_t year_at = k + 3;
        if (DayNumber(word(year_at)) && year_at + 1 < w.size()) ++year_at;
        int y = year_at < w.size() ? YearAt(t, w[year_at].begin) : 0;
        const size_t skip = y ? year_at - k : 2;
        if (y == 0 && dated.year) y = YearOfUndated(m, dated);
        if (y) {
          calendar_only.push_back(out.size());
          out.push_back({w[k - 1].begin, Quarter(m / 3, y)});
        }
        k += skip;
        continue;
      }
    }
    // "over the next four years", "in the next two years": the years from the next one to begin
    // (this one in its first half), inclusive.
    if (tok.lower == "years" && before(k, 2) == "next" && dated.year) {
      const int n = CountWord(before(k, 1));
      if (n >= 2) {
        const int first = dated.month > 6 ? dated.year + 1 : dated.year;
        out.push_back({w[k - 2].begin, std::to_string(first) + "-" + std::to_string(first + n - 1)});
      }
      continue;
    }
    // "the six months to June" (H1), "the first 10 months of 2026" (cumulative through October: a
    // month's period, as "through October" is); nine months are read below.
    if (tok.lower == "months" && before(k, 1) != "nine") {
      const int n = CountWord(before(k, 1));
      const bool first = before(k, 2) == "first";
      const bool to = word(k + 1) == "to" || word(k + 1) == "ended" || word(k + 1) == "ending" || word(k + 1) == "through";
      int last = 0, y = 0;
      size_t skip = 0;
      if (n == 6 && to && MonthNumber(word(k + 2)) % 6 == 0 && MonthNumber(word(k + 2))) {
        last = MonthNumber(word(k + 2));
        size_t year_at = k + 3;
        if (DayNumber(word(year_at))) ++year_at;
        y = year_at < w.size() ? YearAt(t, w[year_at].begin) : 0;
        skip = y ? year_at - k : 2;
        if (y == 0 && dated.year) y = YearOfUndated(last, dated);
      } else if (first && n >= 2 && n <= 11) {
        last = n;
        if (word(k + 1) == "of" && k + 2 < w.size() && (y = YearAt(t, w[k + 2].begin))) skip = 2;
        if (y == 0 && dated.year) y = YearOfUndated(last, dated);
      } else if ((before(k, 2) == "final" || before(k, 2) == "last") && (n == 3 || n == 6) && word(k + 1) == "of" &&
                 k + 2 < w.size() && (y = YearAt(t, w[k + 2].begin))) {
        // "the final three months of 2009", "the last six months of 2025": a year's last quarter or
        // half (without "of" a year, "the last three months" runs back from the dateline).
        out.push_back({w[k - 1].begin, n == 3 ? Quarter(4, y) : "H2 " + std::to_string(y)});
        k += 2;
        continue;
      }
      if (y && last) {
        if (n == 6 && to) calendar_halves.push_back(out.size());
        const std::string year = std::to_string(y);
        const std::string period = last == 3 ? Quarter(1, y) : last == 6 ? "H1 " + year : last == 12 ? "H2 " + year
                                         : year + (last < 10 ? "-0" : "-") + std::to_string(last);
        out.push_back({w[k - 1].begin, period});
        k += skip;
        continue;
      }
    }
    // "the first nine months (of 2025)", "nine months to September"
    if (tok.lower == "months" && before(k, 1) == "nine") {
      int y = 0;
      size_t skip = 0;
      if (word(k + 1) == "of" && k + 2 < w.size() && (y = YearAt(t, w[k + 2].begin))) skip = 2;
      const bool to = word(k + 1) == "to" || word(k + 1) == "ended" || word(k + 1) == "ending" || word(k + 1) == "through";
      if (to && k + 2 < w.size() && MonthNumber(word(k + 2)) == 9) {
        const size_t year_at = DayNumber(word(k + 3)) ? k + 4 : k + 3;  // "nine months ended September 30, 2025"
        y = year_at < w.size() ? YearAt(t, w[year_at].begin) : 0;
        skip = y ? year_at - k : year_at - k - 1;
        if (y == 0 && dated.year) y = YearOfUndated(9, dated);
      }
      if (y == 0 && before(k, 2) == "first" && dated.year) y = YearOfUndated(9, dated);
      // ("10.2 percentage points lower than the first nine months": the base of a move.)
      size_t first = before(k, 2) == "first" ? k - 2 : k - 1;
      if (first > 0 && w[first - 1].lower == "the") --first;
      if (y) out.push_back({w[k - 1].begin, "9M " + std::to_string(y), false, IntroducedAsBase(t, w, first, /*after_in_only=*/true)});
      k += skip;
      continue;
    }
    // FY2026, FY26
    if (tok.lower.size() >= 4 && tok.lower.compare(0, 2, "fy") == 0 && IsDigit(tok.lower[2])) {
      const std::string digits(tok.lower.substr(2));
      int y = std::atoi(digits.c_str());
      if (digits.size() == 2) y += 2000;
      if (digits.size() == 2 || digits.size() == 4) out.push_back({tok.begin, "FY" + std::to_string(y)});
      continue;
    }
    // "Q2FY22", "H1FY2026", as Indian results write them: a fiscal quarter or half.
    if ((tok.lower.size() == 6 || tok.lower.size() == 8) && (tok.lower[0] == 'q' || tok.lower[0] == 'h') &&
        tok.lower[1] >= '1' && tok.lower[1] <= (tok.lower[0] == 'q' ? '4' : '2') && tok.lower.compare(2, 2, "fy") == 0 &&
        std::all_of(tok.lower.begin() + 4, tok.lower.end(), IsDigit)) {
      const int y = std::atoi(std::string(tok.lower.substr(4)).c_str()) + (tok.lower.size() == 6 ? 2000 : 0);
      out.push_back({tok.begin, std::string(1, tok.lower[0] == 'q' ? 'Q' : 'H') + tok.lower[1] + " FY" + std::to_string(y)});
      continue;
    }
    // Q3, Q3 2025, Q3 FY26, H1 2026
    if (tok.lower.size() == 2 && (tok.lower[0] == 'q' || tok.lower[0] == 'h') && tok.lower[1] >= '1' &&
        tok.lower[1] <= (tok.lower[0] == 'q' ? '4' : '2')) {
      const int q = tok.lower[1] - '0';
      const std::string_view next = word(k + 1);
      if (next.size() >= 4 && next.substr(0, 2) == "fy" && IsDigit(next[2])) {
        int y = std::atoi(std::string(next.substr(2)).c_str());
        if (next.size() == 4) y += 2000;
        if (next.size() == 4 || next.size() == 6) {
          out.push_back({tok.begin, std::string(1, tok.lower[0] == 'q' ? 'Q' : 'H') + std::to_string(q) + " FY" + std::to_string(y)});
          ++k;
          continue;
        }
      }
      if (tok.lower[0] == 'h') {
        int y = k + 1 < w.size() ? YearAt(t, w[k + 1].begin) : 0;
        if (y == 0 && dated.year) {
          y = YearOfUndatedSpan(q * 6 - 5, dated);
          undated.push_back(out.size());
        }
        if (y) out.push_back({tok.begin, "H" + std::to_string(q) + " " + std::to_string(y)});
        if (k + 1 < w.size() && YearAt(t, w[k + 1].begin)) ++k;
        continue;
      }
      int y = k + 1 < w.size() ? YearAt(t, w[k + 1].begin) : 0;
      if (y == 0 && dated.year) {
        y = YearOfUndatedSpan(q * 3 - 2, dated);
        undated.push_back(out.size());
      }
      if (y) out.push_back({tok.begin, Quarter(q, y)});
      if (k + 1 < w.size() && YearAt(t, w[k + 1].begin)) ++k;
      continue;
    }
    // "im ersten Halbjahr", "im dritten Quartal": German halves and quarters, resolved against the dateline.
    if ((tok.lower == "halbjahr" || tok.lower == "quartal") && dated.year) {
      const int n = GermanOrdinal(before(k, 1));
      const bool half = tok.lower == "halbjahr";
      if (n > 0 && (!half || n <= 2)) {
        int y = k + 1 < w.size() ? YearAt(t, w[k + 1].begin) : 0;
        if (y == 0) y = YearOfUndatedSpan(half ? n * 6 - 5 : n * 3 - 2, dated);
        out.push_back({w[k - 1].begin, half ? "H" + std::to_string(n) + " " + std::to_string(y) : Quarter(n, y)});
      }
      continue;
    }
    // "the third quarter (of 2025)", "first half of 2026", "the December quarter"
    if (tok.lower == "quarter" || tok.lower == "half") {
      int n = Ordinal(before(k, 1));
      // "the December quarter", "the July-September quarter": named by its months, a calendar quarter.
      bool by_months = false;
      if (n == 0 && tok.lower == "quarter") {
        if (int m = MonthNumber(before(k, 1)); m && m % 3 == 0) n = m / 3, by_months = true;
      }
      if (n == 0 && before(k, 1) == "fiscal") n = Ordinal(before(k, 2));
      // "the final quarter", "the last quarter of this year", "the last half of 2026": a year's last.
      if (n == 0 && (before(k, 1) == "final" || (before(k, 1) == "last" && word(k + 1) == "of"))) {
        n = tok.lower == "quarter" ? 4 : 2;
      }
      // "its fiscal fourth quarter": a fiscal quarter, of a fiscal year the text must name.
      const bool fiscal_quarter = before(k, 1) == "fiscal" || before(k, 2) == "fiscal";
      // "the quarter ended September 30", "the quarter to June": a calendar quarter, unless the
      // text counts in fiscal years, whose quarters it does not number here.
      if (n == 0 && tok.lower == "quarter" && (word(k + 1) == "ended" || word(k + 1) == "ending" || word(k + 1) == "to")) {
        if (const int m = MonthNumber(word(k + 2)); m && m % 3 == 0 && dated.year) {
          size_t year_at = k + 3;
          if (DayNumber(word(year_at))) ++year_at;
          int y = year_at < w.size() ? YearAt(t, w[year_at].begin) : 0;
          if (y == 0) y = YearOfUndated(m, dated);
          calendar_only.push_back(out.size());
          out.push_back({w[k - 1].begin, Quarter(m / 3, y)});
          k = year_at < w.size() && YearAt(t, w[year_at].begin) ? year_at : year_at - 1;
          continue;
        }
      }
      // "last quarter", "the current quarter", "from 2.3% in the previous quarter": resolved once
      // the text's quarters are known (ResolveRelativeQuarters).
      if (n == 0 && tok.lower == "quarter") {
        const std::string_view b = before(k, 1);
        const char relation = b == "previous" || b == "prior" || b == "preceding" ? '<'
                              : b == "last"                                      ? '-'
                              : b == "this" || b == "current"                    ? '='
                              : b == "next" || b == "coming"                     ? '+'
                                                                                 : 0;
        if (relation && (dated.year || relation == '<')) {
          const size_t at = before(k, 2) == "the" ? k - 2 : k - 1;
          const std::string_view preposition = at > 0 ? w[at - 1].lower : std::string_view();
          const bool own = preposition == "in" || preposition == "for" || preposition == "during";
          // "up 3% on the previous quarter", "12% over last quarter": the base of a move; "the
          // previous quarter" is one unless it is the time of a statement ("in the previous quarter").
          const bool base = ComparedWith(t, w, k - 1) || preposition == "on" || preposition == "over" || relation == '<';
          out.push_back({w[own ? at - 1 : at].begin, std::string("?q") + relation, false, base});
          continue;
        }
        AddReference(w, k, 'Q', &out);
        continue;
      }
      if (n == 0 || (tok.lower == "half" && n > 2)) continue;
      int y = 0;
      size_t skip = 0;
      // "the third quarter of FY26", "the second half of fiscal 2026": a fiscal period.
      // ("first-quarter fiscal 2026 revenue": the fiscal year right after.)
      std::string_view fiscal = word(k + 1) == "of" ? word(k + 2) : std::string_view();
      int fiscal_year = 0;
      size_t fiscal_words = 0;
      if (fiscal.size() >= 4 && fiscal.substr(0, 2) == "fy" && IsDigit(fiscal[2])) {
        fiscal_year = std::atoi(std::string(fiscal.substr(2)).c_str()) + (fiscal.size() == 4 ? 2000 : 0);
        fiscal_words = 2;
      } else if (fiscal == "fiscal" && k + 3 < w.size()) {
        fiscal_year = YearAt(t, w[k + 3].begin);
        fiscal_words = 3;
      } else if (word(k + 1) == "fiscal" && k + 2 < w.size()) {
        fiscal_year = YearAt(t, w[k + 2].begin);
        fiscal_words = 2;
      }
      if (fiscal_year >= 1990 && fiscal_year <= 2100) {
        out.push_back({w[k - 1].begin, (tok.lower == "half" ? "H" : "Q") + std::to_string(n) + " FY" + std::to_string(fiscal_year)});
        k += fiscal_words;
        continue;
      }
      if (word(k + 1) == "of" && k + 2 < w.size() && (y = YearAt(t, w[k + 2].begin))) skip = 2;
      else if (k + 1 < w.size() && (y = YearAt(t, w[k + 1].begin))) skip = 1;
      // "the third quarter last year", "the first half of last year", "the fourth quarter a year earlier".
      if (y == 0 && dated.year) {
        const size_t after = word(k + 1) == "of" ? k + 2 : k + 1;
        const int relative = word(after) == "last" ? -1 : word(after) == "this" ? 0 : word(after) == "next" ? 1 : 2;
        if (relative != 2 && word(after + 1) == "year") {  // "of last year", "of this year", "of next year"
          y = dated.year + relative;
          skip = after + 1 - k;
        } else if (word(after) == "a" && word(after + 1) == "year" && (word(after + 2) == "earlier" || word(after + 2) == "ago")) {
          y = YearOfUndatedSpan(tok.lower == "half" ? n * 6 - 5 : n * 3 - 2, dated) - 1;
          skip = after + 2 - k;
        }
      }
      // "its fiscal fourth quarter, which ended in late January", "its fiscal first quarter to
      // October": the fiscal year is the one that quarter's last month places it in.
      // ("the second quarter ended September 2021 (Q2FY22)": in a text that names fiscal years, a
      // quarter that ends in another month than the calendar's quarter of that number is a fiscal
      // one, too; elsewhere which year the company names it by is not known: "the second quarter
      // ended Aug. 3" of a retailer's fiscal 2019.)
      const bool ended = word(k + 1) == "ended" || word(k + 1) == "ending";
      const int month_ended = ended ? (MonthNumber(word(k + 2)) ? MonthNumber(word(k + 2)) : DayNumber(word(k + 2)) ? MonthNumber(word(k + 3)) : 0) : 0;
      const bool off_calendar = names_fiscal && month_ended && month_ended != n * 3;
      if (y == 0 && (fiscal_quarter || off_calendar) && tok.lower == "quarter" && dated.year) {
        size_t e = k + 1;
        while (e < w.size() && e <= k + 3 && w[e].lower != "ended" && w[e].lower != "ending" && w[e].lower != "to") ++e;
        size_t m_at = e + 1;
        while (m_at < w.size() && m_at <= e + 3 && !MonthNumber(w[m_at].lower)) ++m_at;
        // "to" only right before its month or its day and month ("to 23 January")
        const bool day_first = m_at == e + 2 && DayNumber(word(e + 1));
        if (e < w.size() && w[e].lower == "to" && m_at != e + 1 && !day_first) m_at = w.size();
        if (e <= k + 3 && m_at < w.size() && m_at <= e + 3) {
          const int m = MonthNumber(w[m_at].lower);
          const size_t year_at = !day_first && DayNumber(word(m_at + 1)) ? m_at + 2 : m_at + 1;
          int year_of_month = year_at < w.size() ? YearAt(t, w[year_at].begin) : 0;
          if (year_of_month == 0) year_of_month = YearOfUndated(m, dated);
          out.push_back({w[k - 1].begin, Quarter(n, FiscalYearOfQuarterEnded(n, m, year_of_month)).insert(3, "FY")});
          k = year_at < w.size() && YearAt(t, w[year_at].begin) ? year_at : year_at - 1;  // the month and day read
          continue;
        }
      }
      // "wind output fell in 2023, especially during the first half of the year": the year named
      // last before it in its paragraph, not the dateline's.
      if (y == 0 && word(k + 1) == "of" && word(k + 2) == "the" && word(k + 3) == "year" && !out.empty()) {
        constexpr size_t kNear = 300;  // bytes
        const PeriodMention& last = out.back();
        const bool near = tok.begin - last.begin < kNear && t.substr(last.begin, tok.begin - last.begin).find("\n\n") == std::string_view::npos;
        if (near && last.period.size() == 4 && !last.comparison && YearOf(last.period)) {
          y = YearOf(last.period);
          skip = 3;
        }
      }
      if (y == 0 && dated.year) {
        y = YearOfUndatedSpan(tok.lower == "half" ? n * 6 - 5 : n * 3 - 2, dated);
        if (!by_months) undated.push_back(out.size());
        if (fiscal_quarter) fiscal_only.push_back(out.size());
      }
      if (y == 0) continue;
      const size_t at = w[k - 1].begin;
      const size_t first = before(k, 2) == "the" ? k - 2 : k - 1;
      if (by_months) named_by_months.emplace_back(out.size(), w[k + skip].end);
      out.push_back({at, tok.lower == "half" ? "H" + std::to_string(n) + " " + std::to_string(y) : Quarter(n, y), false,
                     IntroducedAsBase(t, w, first, /*after_in_only=*/true)});
      k += skip;
      continue;
    }
    // "the first three quarters (of 2026)": nine months; "the first two quarters": a half.
    if (tok.lower == "quarters" && before(k, 2) == "first" && (before(k, 1) == "three" || before(k, 1) == "two")) {
      int y = word(k + 1) == "of" && k + 2 < w.size() ? YearAt(t, w[k + 2].begin) : 0;
      const bool with_year = y != 0;
      const bool nine = before(k, 1) == "three";
      if (y == 0 && dated.year) y = YearOfUndated(nine ? 9 : 6, dated);
      if (y) out.push_back({w[k - 2].begin, (nine ? "9M " : "H1 ") + std::to_string(y)});
      if (with_year) k += 2;
      continue;
    }
    // "quarterly sales": the quarter named last.
    if (tok.lower == "quarterly") {
      out.push_back({tok.begin, "?Q"});
      continue;
    }
    // "the year ended March 31", "the financial year to March 2027", "the year ending June": a
    // fiscal year, named by the year it ends in ("the year ended December 31, 2025" is 2025).
    // Undated, a year that "ended" is the last one, one "to" or "ending" a month the one under way,
    // unless that month ended less than a quarter ago (its results are being reported).
    if (tok.lower == "year" && (word(k + 1) == "ended" || word(k + 1) == "ending" || word(k + 1) == "to" ||
                                word(k + 1) == "through")) {
      if (const int m = MonthNumber(word(k + 2))) {
        size_t year_at = k + 3;
        if (DayNumber(word(year_at))) ++year_at;
        int y = year_at < w.size() ? YearAt(t, w[year_at].begin) : 0;
        const size_t last = y ? year_at : year_at - 1;
        const int months_since = (dated.month - m + 12) % 12;
        // "the year through July": the twelve months to the end of that month, which is how a
        // statistics office's annual rate is reported; a month's period, not a fiscal year.
        if (word(k + 1) == "through") {
          if (y == 0 && dated.year) y = YearOfUndated(m, dated);
          if (y) {
            out.push_back({w[k > 0 ? k - 1 : k].begin, std::to_string(y) + (m < 10 ? "-0" : "-") + std::to_string(m)});
            k = last;
            continue;
          }
        }
        if (y == 0 && dated.year) {
          y = word(k + 1) == "ended" || (months_since >= 1 && months_since <= 3) ? YearOfUndated(m, dated)
              : m >= dated.month                                                   ? dated.year
                                                                                   : dated.year + 1;
        }
        if (y) {
          out.push_back({w[k > 0 ? k - 1 : k].begin, m == 12 ? std::to_string(y) : "FY" + std::to_string(y)});
          k = last;
          continue;
        }
      }
    }
    // "against 124.37 million tonnes in the previous year": the year (or fiscal year) before the
    // last one named (not as a base), a base set beside it, which no later reference goes on with.
    // ("about 3.5 percent below the previous year" names the base of a move, no figure's period.)
    if (tok.lower == "year" && (before(k, 1) == "previous" || before(k, 1) == "prior" || before(k, 1) == "preceding") &&
        before(k, 2) == "the" && before(k, 3) == "in") {
      for (size_t j = out.size(); j-- > 0;) {
        const std::string& named = out[j].period;
        const bool year = named.size() == 4 || (named.size() == 6 && named.compare(0, 2, "FY") == 0);
        if (out[j].weekday || out[j].comparison || !year || !YearOf(named)) continue;
        out.push_back({w[k - 2].begin, ShiftYears(named, -1), false, /*comparison=*/true, /*other_year=*/true});
        break;
      }
      continue;
    }
    // "this year", "last year", "next year"; "full-year" as 全年 is.
    if (tok.lower == "year" && dated.year) {
      const std::string_view b = before(k, 1);
      // "over the last year", "in the past year": the twelve months to the report, no calendar year.
      if ((b == "last" || b == "past") && before(k, 2) == "the") continue;
      int y = b == "this" ? dated.year : b == "last" ? dated.year - 1 : b == "next" ? dated.year + 1 : 0;
      if (b == "full" && Before(t, w[k - 1].end) != 's' && !(k + 1 < w.size() && YearAt(t, w[k + 1].begin))) {
        y = dated.month >= 1 && dated.month <= 3 ? dated.year - 1 : dated.year;
        full_years.push_back(out.size());
      }
      // "up from $72.2 billion last year": the base of a comparison.
      if (y) out.push_back({w[k - 1].begin, std::to_string(y), false, b == "last" && IntroducedAsBase(t, w, k - 1, /*after_in_only=*/false)});
      else AddReference(w, k, 'Y', &out);
      continue;
    }
    // "last summer", "this winter": the year they fall in, as "last year" is.
    if ((tok.lower == "summer" || tok.lower == "winter" || tok.lower == "spring" || tok.lower == "autumn") && dated.year) {
      const std::string_view b = before(k, 1);
      const int y = b == "this" ? dated.year : b == "last" ? dated.year - 1 : b == "next" ? dated.year + 1 : 0;
      if (y) out.push_back({w[k - 1].begin, std::to_string(y)});
      continue;
    }
    // "the first month of 2025", "the final month of the year", "the last month of 2024": a year's
    // first or last month.
    if (tok.lower == "month" && word(k + 1) == "of" && (before(k, 1) == "first" || before(k, 1) == "final" || before(k, 1) == "last")) {
      int y = k + 2 < w.size() ? YearAt(t, w[k + 2].begin) : 0;
      const int relative = word(k + 2) == "last" ? -1 : word(k + 2) == "this" || word(k + 2) == "the" ? 0 : 2;
      if (y == 0 && relative != 2 && word(k + 3) == "year" && dated.year) y = dated.year + relative;
      if (y) {
        out.push_back({w[k - 1].begin, std::to_string(y) + (before(k, 1) == "first" ? "-01" : "-12")});
        k += YearAt(t, w[k + 2].begin) ? 2 : 3;
        continue;
      }
    }
    // "last month", "this month", "next month": against the dateline.
    // ("last month's rout" names an event, not a period.)
    if (tok.lower == "month" && dated.month && (before(k, 1) == "last" || before(k, 1) == "this" || before(k, 1) == "next") &&
        At(t, tok.end) != '\'' && !StartsWith(t, tok.end, "\xe2\x80\x99")) {
      // "since it began last month": when a count started, not what it counts.
      bool since = false;
      for (size_t back = 2; back <= 4 && back <= k; ++back) since |= before(k, back) == "since";
      if (since) continue;
      const int index = dated.year * 12 + dated.month - 1 + (before(k, 1) == "last" ? -1 : before(k, 1) == "next" ? 1 : 0);
      const int m = index % 12 + 1;
      if (NamesWhenForecastMade(w, k - 1, k)) continue;
      out.push_back({w[k - 1].begin, std::to_string(index / 12) + (m < 10 ? "-0" : "-") + std::to_string(m), NamesAnEvent(w, k - 1),
                     before(k, 1) == "last" && IntroducedAsBase(t, w, k - 1, /*after_in_only=*/false)});
      continue;
    }
    // "in the prior month", "the previous month": the month before the last month named (not as a
    // base), the value set beside the one reported ("… in October, following an 8.7% rise in the prior month").
    if (tok.lower == "month" && (before(k, 1) == "prior" || before(k, 1) == "previous" || before(k, 1) == "preceding")) {
      for (size_t j = out.size(); j-- > 0;) {
        const std::string& named = out[j].period;
        if (out[j].weekday || out[j].comparison || named.size() != 7 || named[4] != '-') continue;
        const int index = std::atoi(named.substr(0, 4).c_str()) * 12 + std::atoi(named.substr(5).c_str()) - 2;
        const int m = index % 12 + 1;
        out.push_back({w[k - 1].begin, std::to_string(index / 12) + (m < 10 ? "-0" : "-") + std::to_string(m), false, true});
        break;
      }
      continue;
    }
    // "the April-June period", "the July–December period": the quarter or half its months span.
    if (tok.lower == "period" && dated.year && k >= 2) {
      const int last = MonthNumber(before(k, 1));
      const size_t first_at = before(k, 2) == "to" || before(k, 2) == "through" ? k - 3 : k - 2;
      const int first = first_at < k ? MonthNumber(w[first_at].lower) : 0;
      const std::string span = !first || !last                          ? ""
                               : last - first == 2 && last % 3 == 0     ? "Q" + std::to_string(last / 3)
                               : last - first == 5 && last % 6 == 0     ? "H" + std::to_string(last / 6)
                                                                        : "";
      if (!span.empty()) {
        const bool of_year = word(k + 1) == "of" && k + 2 < w.size() && YearAt(t, w[k + 2].begin);
        const int y = of_year ? YearAt(t, w[k + 2].begin) : YearOfUndated(last, dated);
        const size_t opening = first_at > 0 && w[first_at - 1].lower == "the" ? first_at - 1 : first_at;
        out.push_back({w[first_at].begin, span + " " + std::to_string(y), false, IntroducedAsBase(t, w, opening, /*after_in_only=*/true)});
        if (of_year) k += 2;
        continue;
      }
    }
    if (tok.lower == "month" || tok.lower == "period") {
      AddReference(w, k, tok.lower == "month" ? 'M' : '*', &out);
      continue;
    }
    // "through September", "in September 2026", "as of end-September"; "on 6 August" is a day.
    if (int m = MonthNumber(tok.lower); m && tok.lower.size() >= 3) {
      // "January-June", "January to September": the months from the year's start, one period.
      const bool to = k + 2 < w.size() && (w[k + 1].lower == "to" || w[k + 1].lower == "through");
      const size_t last_at = to ? k + 2 : k + 1;
      if (m == 1 && last_at < w.size()) {
        const int last = MonthNumber(w[last_at].lower);
        const std::string_view between = t.substr(tok.end, w[last_at].begin - tok.end);
        const bool joined = to || between == "-" || between == "\xe2\x80\x93";
        // ("January to October": the year through October, as "through October" is.)
        if (joined && last > 1) {
          const size_t year_at = last_at + 1;
          int y = year_at < w.size() ? YearAt(t, w[year_at].begin) : 0;
          const bool with_year = y != 0;
          if (y == 0 && dated.year) y = YearOfUndated(last, dated);
          if (y) {
            const std::string year = std::to_string(y);
            const std::string through = year + (last < 10 ? "-0" : "-") + std::to_string(last);
            out.push_back({tok.begin, last == 3 ? Quarter(1, y) : last == 6 ? "H1 " + year : last == 9 ? "9M " + year
                                      : last == 12 ? year : through});
            k = with_year ? year_at : last_at;
            continue;
          }
        }
      }
      const int day_before = IsDigit(At(t, tok.begin - 2)) && k > 0 ? DayNumber(w[k - 1].lower) : 0;
      // A day after its month follows a space or an abbreviation's point ("Dec. 31"), and is no amount
      // ("in July, 9% more than").
      const std::string_view to_day = k + 1 < w.size() ? t.substr(tok.end, w[k + 1].begin - tok.end) : std::string_view();
      const size_t day_end = k + 1 < w.size() ? w[k + 1].end : 0;
      const bool amount_after = At(t, day_end) == '%' || ((At(t, day_end) == '.' || At(t, day_end) == ',') && IsDigit(At(t, day_end + 1)));
      const int day_after = k + 1 < w.size() && !YearAt(t, w[k + 1].begin) && (to_day == " " || to_day == ". ") && !amount_after
                                ? DayNumber(w[k + 1].lower)
                                : 0;
      // "in October of 2006": the year after "of" is the month's.
      const bool of_year = !day_after && k + 2 < w.size() && w[k + 1].lower == "of" && YearAt(t, w[k + 2].begin);
      const size_t year_at = day_after || of_year ? k + 2 : k + 1;
      int y = year_at < w.size() ? YearAt(t, w[year_at].begin) : 0;
      const std::string_view b = before(k, 1);
      // "the current quarter, which ends in March": when the quarter named ends, no period of its own.
      if (b == "in" && (before(k, 2) == "ends" || before(k, 2) == "ending" || before(k, 2) == "ended")) continue;
      if (b == "since") {  // "the highest since October 2021": a comparison, no period
        // … unless a clause on that time follows: "the biggest rise since May 2022, when the rate
        // went up 1 point, to 13.25%", "since December last year, when it was at 12.25%".
        size_t last = y ? year_at : k;
        int when_year = y;
        if (!y && word(k + 1) == "last" && word(k + 2) == "year" && dated.year) {
          last = k + 2;
          when_year = dated.year - 1;
        }
        if (when_year && StartsWith(t, w[last].end, ", when ")) {
          out.push_back({tok.begin, std::to_string(when_year) + (m < 10 ? "-0" : "-") + std::to_string(m)});
        }
        k = y || when_year ? last : k;
        continue;
      }
      // "the period ended June 17": the end of a span whose length is not named, no day's figure;
      // "according to CDC data published Dec. 8": when a report came out.
      if ((day_before || day_after) && (b == "ended" || b == "ending" || b == "published" || b == "released" || b == "issued")) {
        k = day_after ? k + 1 : k;
        continue;
      }
      if (day_before || day_after) {
        if (y == 0 && dated.year) y = YearOfUndatedMonth(m, dated);
        const int day = day_before ? day_before : day_after;
        // The dateline ("SAN FRANCISCO, 3 November 2025 —") dates the report, not its figures.
        const bool with_year = year_at < w.size() && YearAt(t, w[year_at].begin);
        size_t after = with_year ? w[year_at].end : (day_after ? w[k + 1].end : tok.end);
        while (At(t, after) == ' ') ++after;
        const size_t month_at = k;
        k = with_year ? year_at : day_after ? k + 1 : k;
        if (y == dated.year && m == dated.month && day == dated.day && (At(t, after) == '-' || StartsWith(t, after, "\xe2\x80\x94") ||
                                                                        StartsWith(t, after, "\xe2\x80\x93") || At(t, after) == '\n')) {
          continue;
        }
        if (y) out.push_back({day_before ? w[month_at - 1].begin : tok.begin, DateFromDays(DaysFromCivil(y, m, day)), true});
        continue;
      }
      // "crude for March delivery", "the April contract", "May futures": the month a contract
      // delivers in names the contract, not when its price was paid.
      if (k + 1 < w.size() && (w[k + 1].lower == "delivery" || w[k + 1].lower == "contract" ||
                               w[k + 1].lower == "contracts" || w[k + 1].lower == "futures")) {
        continue;
      }
      // "for November", "May's 2.9% growth": a month of the report's year, as "in November" is.
      const bool possessive = IsUpper(t[tok.begin]) && (At(t, tok.end) == '\'' || StartsWith(t, tok.end, "\xe2\x80\x99")) &&
                              k + 1 < w.size() && w[k + 1].lower == "s";
      // "China's October exports", "the November figures": a month before its noun, after a possessive
      // or an article ("May" being also a verb and a name, only with its year).
      // (Or opening its sentence or a clause: "June capacity increased by 6.5%", "However, October
      // payrolls were revised up".)
      const bool opens_clause = k > 0 && t.substr(w[k - 1].end, tok.begin - w[k - 1].end) == ", ";
      const bool owner_before = b == "the" || b == "its" || b == "their" || b == "a" || b == "an" || k == 0 || SentenceBreakAfter(t, w, k - 1) ||
                                opens_clause ||
                                (b == "s" && (At(t, w[k - 1].begin - 1) == '\'' || (w[k - 1].begin >= 3 && StartsWith(t, w[k - 1].begin - 3, "\xe2\x80\x99"))));
      // ("the December quarter" is read as a quarter.)
      const std::string_view noun = word(k + 1);
      const bool before_noun = IsUpper(t[tok.begin]) && m != 5 && owner_before && k + 1 < w.size() && IsLower(t[w[k + 1].begin]) &&
                               w[k + 1].begin == tok.end + 1 && noun != "quarter" && noun != "quarters" && noun != "half" &&
                               noun != "year" && noun != "period";
      // "cut output by 2 million barrels per day from November": the month a change takes effect
      // (not a base, "rose 0.1% from October", nor a span's start, "from April to June").
      const bool takes_effect = b == "from" && word(k + 1) != "to" && word(k + 1) != "through" &&
                                !IsComparisonBase(t, w, k, k + 1);
      // "September 2.1%, October 1.4%": a month written right before its figure labels it.
      const bool labels_figure = amount_after && to_day == " " && IsUpper(t[tok.begin]);
      const bool cumulative = b == "through" || b == "to" || b == "end" || b == "of" || b == "in" || b == "during" || b == "for" || possessive ||
                              before_noun || takes_effect || labels_figure;
      // "a drop from May's 2.9% growth": the base of the move, and the period of the figure it opens.
      const bool possessive_base = possessive && (b == "from" || b == "than" || b == "against" || b == "versus");
      if (y == 0 && cumulative && dated.year && SpeaksOfFuture(t, w, k)) y = m >= dated.month ? dated.year : dated.year + 1;
      if (y == 0 && cumulative && dated.year) y = YearOfUndatedMonth(m, dated);
      // "to treat 65% of patients by March": a target for the end of the next such month.
      if (y == 0 && b == "by" && dated.year) y = m >= dated.month ? dated.year : dated.year + 1;
      if (y == 0) continue;
      const bool with_year = year_at < w.size() && YearAt(t, w[year_at].begin);
      if (NamesWhenForecastMade(w, b == "last" ? k - 1 : k, with_year ? year_at : k)) {
        if (with_year) k = year_at;
        continue;
      }
      out.push_back({tok.begin, std::to_string(y) + (m < 10 ? "-0" : "-") + std::to_string(m), false,
                     IsComparisonBase(t, w, k, with_year ? year_at + 1 : k + 1) || possessive_base, false, before_noun});
      if (with_year) k = year_at;
      continue;
    }
    if (const int y = YearAt(t, tok.begin)) {
      const std::string_view b = before(k, 1);
      if (b == "since") {  // "the highest since 2004": a comparison, no period (", when …" after it is about it)
        if (StartsWith(t, tok.end, ", when ")) out.push_back({tok.begin, std::to_string(y), false, true});
        continue;
      }
      // "2025/26", "FY2025-26", "financial year 2021-'22", "2023–24": a split fiscal year, named by
      // the year it ends in. Written in full ("the 2018-2019 fiscal year"), only beside the words of
      // a fiscal year: else it is a span of two years.
      const bool fiscal_words = b == "fiscal" || (b == "year" && before(k, 2) == "financial") || b == "gesch\xc3\xa4" "ftsjahr";
      if (const size_t n = SplitYearSecondAt(t, tok.end)) {
        const int second = (At(t, n) - '0') * 10 + (At(t, n + 1) - '0');
        const bool short_form = !IsDigit(At(t, n + 2)) && At(t, n + 2) != '-' && second == (y + 1) % 100;  // not "2011-12-05"
        const bool full_form = YearAt(t, n) == y + 1 && (fiscal_words || word(k + 2) == "fiscal" || word(k + 2) == "financial");
        if (short_form || full_form) {
          // ("up from Rs 80,517 crore in the revised estimates for 2023-24": the base of a move.)
          const std::string split = !fiscal_words && names_seasons() ? std::to_string(y) + "-" + std::to_string(y + 1)
                                                                   : "FY" + std::to_string(y + 1);
          out.push_back({tok.begin, split, false, IsComparisonBase(t, w, k, k + 2)});
          ++k;
          continue;
        }
      }
      // "up from 141 in 2022", "than in 2024": the base of a comparison.
      if (IsComparisonBase(t, w, k, k + 1)) {
        out.push_back({tok.begin, std::to_string(y), false, true});
        continue;
      }
      // "between 2027 and 2030", "from 2027 to 2030", "2027 through 2030", "2025 bis 2028", "2018-2019":
      // the span of years, inclusive.
      const std::string_view joint = word(k + 1);
      // ("Output rose 4% from 2023 to 2025" is a move between two years' values.)
      const std::string_view moved = before(k, 2);
      const bool move_to = joint == "to" && b == "from" && !moved.empty() &&
                           (IsDigit(moved[0]) || moved == "percent" || moved == "cent" || moved == "points");
      const bool joined = joint == "and" ? b == "between" : (joint == "to" && !move_to) || joint == "through" || joint == "bis";
      const size_t second_at = joined && k + 2 < w.size() ? w[k + 2].begin : SplitYearSecondAt(t, tok.end);
      if (const int second = second_at && !fiscal_words ? YearAt(t, second_at) : 0; second > y && second <= y + 30) {
        out.push_back({tok.begin, std::to_string(y) + "-" + std::to_string(second)});
        k += joined ? 2 : 1;
        continue;
      }
      if (fiscal_words) {
        out.push_back({w[k - 1].begin, "FY" + std::to_string(y)});
      } else if (b == "by" || b == "until" || b == "till" || b == "bis") {
        out.push_back({w[k - 1].begin, "by " + std::to_string(y)});
      } else if ((b == "of" && before(k, 2) == "end" && before(k, 4) == "by") || (b == "end" && before(k, 2) == "by") ||
                 (b == "ende" && before(k, 2) == "bis")) {
        // "by the end of 2027", "by end 2027", "bis Ende 2030"
        out.push_back({tok.begin, "by " + std::to_string(y)});
      } else if (At(t, tok.end) == '-' && IsDigit(At(t, tok.end + 1)) && IsDigit(At(t, tok.end + 2)) && At(t, tok.end + 3) == '-') {
        continue;  // "2026-02-04": a date, which dates a report or a page, not a figure's period
      } else {
        out.push_back({tok.begin, std::to_string(y)});
      }
    }
  }
  const bool fiscal_text = MakeFiscal(undated, &out);
  // "reported a profit for its fiscal first quarter to December and kept its full-year outlook":
  // the full year of a fiscal text is the fiscal year named nearest before it (else after it).
  for (size_t k : fiscal_text ? full_years : std::vector<size_t>()) {
    std::string fiscal_year;
    for (const PeriodMention& p : out) {
      const size_t fy = p.period.find("FY");
      if (fy == std::string::npos) continue;
      if (p.begin < out[k].begin || fiscal_year.empty()) fiscal_year = p.period.substr(fy);
      if (p.begin > out[k].begin) break;
    }
    if (!fiscal_year.empty()) out[k].period = fiscal_year;
  }
  // In a text that counts in fiscal years, "the quarter ended September 30" and "the three months
  // ended December 31" are the fiscal quarter it reports: the only one named before them (not as a
  // base, nor as another year's: "its fiscal second quarter … For the three months ended Dec. 31"),
  // else the only one it names ("Q2 net profit …; FY26 outlook"); else they are left unread.
  auto is_fiscal_quarter = [](const PeriodMention& p) { return p.period.size() == 9 && p.period[0] == 'Q'; };
  std::string only_fiscal_quarter;
  for (const PeriodMention& p : fiscal_text ? out : std::vector<PeriodMention>()) {
    if (!is_fiscal_quarter(p)) continue;
    only_fiscal_quarter = only_fiscal_quarter.empty() || only_fiscal_quarter == p.period ? p.period : "?";
  }
  auto fiscal_quarter_before = [&](size_t k) {
    std::string before;
    for (size_t j = 0; j < k; ++j) {
      if (!is_fiscal_quarter(out[j]) || out[j].comparison || out[j].other_year) continue;
      if (!before.empty() && before != out[j].period) return std::string();
      before = out[j].period;
    }
    if (!before.empty()) return before;
    return only_fiscal_quarter != "?" ? only_fiscal_quarter : std::string();
  };
  std::map<std::string, std::string> fiscal_of_calendar;  // "Q4 2006" → "Q2 FY2007"
  for (size_t k : fiscal_text ? calendar_only : fiscal_only) {
    const std::string fiscal = fiscal_text ? fiscal_quarter_before(k) : "";
    if (!fiscal.empty()) fiscal_of_calendar[out[k].period] = fiscal;
    out[k].period = fiscal;
  }
  // "the July–September quarter, the second quarter of FY26", "the December quarter, its fiscal
  // first": a quarter named by its months and restated at once as a fiscal one is that one.
  for (const auto& [k, name_end] : named_by_months) {
    if (k + 1 < out.size() && is_fiscal_quarter(out[k + 1]) && out[k + 1].begin >= name_end &&
        OnlyRestates(t.substr(name_end, out[k + 1].begin - name_end))) {
      out[k].calendar = out[k + 1].calendar = out[k].period;
      out[k].period = out[k + 1].period;
    }
  }
  // "For the six months ended Dec. 31", whose last quarter the text has named as its fiscal second
  // ("For the three months ended Dec. 31"): the first fiscal half.
  for (size_t k : fiscal_text ? calendar_halves : std::vector<size_t>()) {
    const std::string& half = out[k].period;  // "H2 2006"
    const auto fiscal = fiscal_of_calendar.find(Quarter(half[1] == '1' ? 2 : 4, YearOf(half)));
    if (fiscal == fiscal_of_calendar.end()) continue;
    const char quarter = fiscal->second[1];
    if (quarter == '2' || quarter == '4') out[k].period = std::string("H") + (quarter == '2' ? '1' : '2') + fiscal->second.substr(2);
  }
  ResolveRelativeQuarters(dated, &out);
  // 2025年 is a year token above; the Chinese words for quarters, halves and days are read apart,
  // and a year written just before its quarter ("2025年第三季度") gives way to the quarter.
  const size_t ascii = out.size();
  AddChinesePeriods(t, begin, end, dated, &out);
  // 2025年10月20日电, 2025年8月21日发布: the year of the day the report came out.
  for (size_t a = 0; a < ascii; ++a) {
    if (IsReportDateAt(t, out[a].begin)) out[a].period.clear();
    // 比2021年高1.7個百分點, 略高于2021年的30.2%: a year in digits after a comparison word is a base.
    if (t.substr(out[a].begin + 4, 3) == "年" && ComparedAt(t, out[a].begin, dated)) out[a].comparison = true;
  }
  if (out.size() > ascii || std::any_of(out.begin(), out.end(), [](const PeriodMention& p) { return p.period.empty(); })) {
    for (size_t c = ascii; c < out.size(); ++c) {
      for (size_t a = 0; a < ascii; ++a) {
        const bool beside = out[a].begin + 7 == out[c].begin || out[a].begin == out[c].begin;
        if (beside && out[c].period != out[a].period && out[c].period.find(out[a].period) != std::string::npos) {
          out[a].period.clear();
        }
      }
    }
    out.erase(std::remove_if(out.begin(), out.end(), [](const PeriodMention& p) { return p.period.empty(); }), out.end());
    std::sort(out.begin(), out.end(), [](const PeriodMention& a, const PeriodMention& b) { return a.begin < b.begin; });
  }
  ResolveReferences(t, &out);
  return out;
}

namespace {

// The last year, month and day (0: the whole month) a period covers, or nullopt for what cannot be
// placed (fiscal periods, targets, spans of years).
struct PeriodEnd {
  int year, month, day;
};
std::optional<PeriodEnd> LastDayOf(std::string_view period) {
  if (period.size() < 4) return std::nullopt;
  auto number = [&](size_t at, size_t n) {
    int v = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (i >= period.size() || !IsDigit(period[i])) return -1;
      v = v * 10 + (period[i] - '0');
    }
    return v;
  };
  int year = -1, month = 0, day = 0;
  if (period.size() == 4) {
    year = number(0, 4), month = 12;  // "2025"
  } else if (period.size() == 7 && period[2] == ' ') {
    year = number(3, 4);  // "Q4 2022", "H1 2026", "9M 2025"
    const int n = number(1, 1);
    month = period[0] == 'Q' ? 3 * n : period[0] == 'H' ? 6 * n : period.compare(0, 2, "9M") == 0 ? 9 : 0;
  } else if ((period.size() == 7 || period.size() == 10) && period[4] == '-') {
    year = number(0, 4), month = number(5, 2);  // "2026-09", "2026-02-04"
    if (period.size() == 10) day = number(8, 2);
  }
  if (year < 0 || month <= 0 || day < 0) return std::nullopt;
  return PeriodEnd{year, month, day};
}

}  // namespace

bool EndsAfter(std::string_view period, Dateline dated) {
  const std::optional<PeriodEnd> end = dated.year ? LastDayOf(period) : std::nullopt;
  if (!end) return false;
  if (end->year != dated.year) return end->year > dated.year;
  if (end->month != dated.month) return end->month > dated.month;
  return end->day > 0 && dated.day > 0 && end->day > dated.day;
}

bool EndsAfter(std::string_view period, std::string_view other) {
  const std::optional<PeriodEnd> end = LastDayOf(other);
  return end && EndsAfter(period, Dateline{end->year, end->month, end->day});
}

bool OverBy(std::string_view period, Dateline dated) {
  const std::optional<PeriodEnd> end = dated.year ? LastDayOf(period) : std::nullopt;
  if (!end) return false;
  if (end->year != dated.year) return end->year < dated.year;
  if (end->month != dated.month) return end->month < dated.month;
  return end->day > 0 && dated.day > 0 && end->day <= dated.day;
}

// "Dec-25", "Jul-22": a month and the last two digits of its year, as results tables head their
// columns ("2025-12"), else empty.
std::string MonthYearHead(std::string_view cell) {
  while (!cell.empty() && cell.front() == ' ') cell.remove_prefix(1);
  while (!cell.empty() && cell.back() == ' ') cell.remove_suffix(1);
  if (cell.size() != 6 || cell[3] != '-' || !IsDigit(cell[4]) || !IsDigit(cell[5])) return "";
  const int month = MonthNumber(Lowercase(cell.substr(0, 3)));
  if (month == 0) return "";
  return "20" + std::string(cell.substr(4)) + (month < 10 ? "-0" : "-") + std::to_string(month);
}

std::optional<PeriodRead> ReadPeriod(std::string_view cell) {
  if (std::string month = MonthYearHead(cell); !month.empty()) return PeriodRead{month, "actual"};
  std::vector<PeriodMention> found = FindPeriods(cell, 0, cell.size(), Dateline{});
  if (found.size() != 1) return std::nullopt;
  PeriodRead read{found.front().period, std::nullopt};
  const std::string lower = Lowercase(cell);
  if (lower.find("forecast") != std::string::npos || lower.find("est.") != std::string::npos ||
      lower.find("estimate") != std::string::npos || lower.find("proj") != std::string::npos) {
    read.kind = "forecast";
  } else if (lower.find("actual") != std::string::npos) {
    read.kind = "actual";
  } else if (lower.find("plan") != std::string::npos || lower.find("target") != std::string::npos ||
             lower.find("guidance") != std::string::npos) {
    read.kind = "plan";
  } else {
    read.kind = "actual";
  }
  return read;
}

}  // namespace dossier::extract
