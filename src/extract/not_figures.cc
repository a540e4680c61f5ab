#include "extract/not_figures.h"

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <string>
#include <tuple>

#include "extract/lexicon.h"
#include "extract/text_bytes.h"

namespace dossier::extract {
namespace {

constexpr std::string_view kDi = "\xe7\xac\xac";  // 第, before ordinals

// "1. The Capital at Stake", "  • 2." : a number alone at the start of a line before "." or ")".
// A scraped list glues its numbers to the items' first words: "- 3Polio cases have fallen 99%".
bool IsListNumber(std::string_view t, size_t i, const Number& n) {
  if (!n.plain_integer) return false;
  const char after = At(t, n.end);
  // "3、母公司现金流量表": Chinese numbers its items with the enumeration comma.
  if (StartsWith(t, n.end, "\xe3\x80\x81") && (i == 0 || Before(t, i) == '\n')) return true;
  const bool glued_to_item = n.value < 100 && IsUpper(after) && IsLower(At(t, n.end + 1));
  if (after != '.' && after != ')' && !glued_to_item) return false;
  const char next = At(t, n.end + 1);
  if (!glued_to_item && next != ' ' && next != '\n' && next != '\r' && next != '\0') return false;
  size_t j = i;
  while (j > 0) {
    const char c = t[j - 1];
    if (c == ' ' || c == '\t' || c == '-' || c == '*' || c == '#') {
      --j;
    } else if (j >= kBullet.size() && t.substr(j - kBullet.size(), kBullet.size()) == kBullet) {
      j -= kBullet.size();
    } else {
      break;
    }
  }
  return j == 0 || t[j - 1] == '\n';
}

}  // namespace

bool IsYear(const Number& n) { return n.plain_integer && n.value >= 1900 && n.value <= 2100; }

bool IsEarlierYear(std::string_view t, size_t i, const Number& n) {
  if (!n.plain_integer || n.end - i != 4 || n.value < 1800 || n.value >= 1900) return false;
  for (std::string_view word : {"since ", "in ", "until ", "till ", "before "}) {
    if (i >= word.size() && t.substr(i - word.size(), word.size()) == word && (i == word.size() || !IsAsciiAlnum(t[i - word.size() - 1]))) {
      return true;
    }
  }
  return false;
}

// 18:15, 2026-05-23, 5/23, "May 16", "16 May", "Feb. 2", "11 a.m.", fiscal "2025-26", "Q4'24",
// 5月16日, 10時30分.
// "3 pm", "3.30pm", "11.45 a.m.": an hour, or an hour and minutes written with a point as
// British papers do, before am or pm.
// "1000 AM CDT", "at 530 p.m.": hours and minutes run together in three or four digits, as
// hurricane advisories write them.
bool IsClockTime(std::string_view t, size_t i, const Number& n) {
  // "between 3-4 p.m. Wednesday": the first hour of a range of hours.
  if (n.plain_integer && n.value < 13 && At(t, n.end) == '-' && IsDigit(At(t, n.end + 1))) {
    size_t k = n.end + 1;
    while (IsDigit(At(t, k))) ++k;
    Number last_hour = n;
    last_hour.end = k;
    last_hour.value = std::atoi(std::string(t.substr(n.end + 1, k - n.end - 1)).c_str());
    if (k - n.end <= 3 && IsClockTime(t, n.end + 1, last_hour)) return true;
  }
  const size_t j = At(t, n.end) == ' ' ? n.end + 1 : n.end;
  const char first = ToLowerAscii(At(t, j));
  const bool hours_minutes = n.plain_integer && (n.end - i == 3 || n.end - i == 4) && n.value < 1300 &&
                             static_cast<int>(n.value) % 100 < 60 && n.value >= 100;
  if ((first != 'a' && first != 'p') || (n.value >= 13 && !hours_minutes)) return false;
  if (!n.plain_integer && (n.end - i < 4 || t[n.end - 3] != '.' || n.value - static_cast<int>(n.value) >= 0.6)) return false;
  for (std::string_view clock : {"a.m.", "p.m.", "am", "pm"}) {
    if (!StartsWithNoCase(t, j, clock)) continue;
    const char next = At(t, j + clock.size());
    if (clock.back() == '.' || !(IsAsciiAlnum(next) || IsNonAscii(next))) return true;
  }
  return false;
}

namespace {

// "| | 202109 | 202009 | % Var |": a results table's column heads, each a year and a month run
// together in six digits, in a cell beside another such head.
bool IsYearMonthHead(std::string_view t, size_t i) {
  auto head_at = [&](size_t b) {
    for (size_t k = 0; k < 6; ++k) {
      if (!IsDigit(At(t, b + k))) return false;
    }
    const int year = std::stoi(std::string(t.substr(b, 4))), month = std::stoi(std::string(t.substr(b + 4, 2)));
    return year >= 1990 && year <= 2099 && month >= 1 && month <= 12 && At(t, b + 6) == ' ' && At(t, b + 7) == '|' &&
           Before(t, b) == ' ' && Before(t, b - 1) == '|';
  };
  if (!head_at(i)) return false;
  return head_at(i + 9) || (i >= 9 && head_at(i - 9));
}

// A date written day (or month) first in digits, its year last in four: "11-08-2021",
// "28.04.2022", "3/7/2025". (The digits at `i` are its first; the scanner passes over the rest.)
bool IsDayFirstDate(std::string_view t, size_t i) {
  auto digits = [&](size_t j) {
    size_t k = j;
    while (IsDigit(At(t, k))) ++k;
    return k - j;
  };
  const size_t day = digits(i);
  const char sep = At(t, i + day);
  if (day == 0 || day > 2 || (sep != '-' && sep != '.' && sep != '/')) return false;
  const size_t month = digits(i + day + 1);
  if (month == 0 || month > 2 || At(t, i + day + 1 + month) != sep) return false;
  const size_t year_at = i + day + 1 + month + 1;
  return digits(year_at) == 4 && (StartsWith(t, year_at, "19") || StartsWith(t, year_at, "20"));
}

}  // namespace

namespace {

// "at 0012 GMT", "(1707 GMT)", "by 2130 ET": a time of day in hours and minutes written as four
// digits before a time zone, as wire copy stamps its prices.
bool IsWireTime(std::string_view t, size_t i, const Number& n) {
  if (!n.plain_integer || n.end - i != 4 || At(t, n.end) != ' ' || n.value >= 2400 ||
      static_cast<int>(n.value) % 100 >= 60) {
    return false;
  }
  // (Not "CT", "PT" or "GST", which are also scans, therapy and a tax: "1500 CT scans".)
  static constexpr std::string_view kZones[] = {"GMT", "UTC", "ET",   "EST",  "EDT", "CST", "CDT", "PST", "PDT",
                                                "BST", "CET", "CEST", "IST",  "JST", "HKT", "SGT", "AEST", "AEDT",
                                                "MSK", "KST", "WIB",  "SAST"};
  const size_t zone = n.end + 1;
  const size_t zone_end = WordEnd(t, zone);
  const std::string_view word = t.substr(zone, zone_end - zone);
  return std::find(std::begin(kZones), std::end(kZones), word) != std::end(kZones);
}

}  // namespace

bool IsDateOrTime(std::string_view t, size_t i, const Number& n) {
  const size_t end = n.end;
  if (At(t, end) == ':' && IsDigit(At(t, end + 1))) return true;
  if (IsWireTime(t, i, n)) return true;
  // "Published 10:02 AM GMT+1", "UTC-5": a time zone's offset.
  if ((Before(t, i) == '+' || Before(t, i) == '-') && i >= 4 && (t.substr(i - 4, 3) == "GMT" || t.substr(i - 4, 3) == "UTC")) {
    return true;
  }
  if (Before(t, i) == ':' && IsDigit(Before(t, i - 1))) return true;
  if (end - i == 4 && At(t, end) == '-' && IsDigit(At(t, end + 1)) && IsDigit(At(t, end + 2)) &&
      (At(t, end + 3) == '-' || !IsDigit(At(t, end + 3)))) {
    return true;
  }
  if (IsYear(n) && StartsWith(t, end, kEnDash) && IsDigit(At(t, end + 3)) && IsDigit(At(t, end + 4)) &&
      !IsDigit(At(t, end + 5))) {
    return true;
  }
  if (At(t, end) == '/' && IsDigit(At(t, end + 1))) return true;
  if (Before(t, i) == '/' && IsDigit(Before(t, i - 1))) return true;
  if (IsDayFirstDate(t, i)) return true;
  if (end - i == 6 && IsYearMonthHead(t, i)) return true;
  // "Jul-22", "Mar-2025": a month and its year, as tables head their columns.
  if (Before(t, i) == '-' && (end - i == 2 || end - i == 4) && IsMonthName(WordBefore(t, i - 1).first)) return true;
  // "12-Jul-2016", "(11-Jul-2016)": a day before a month joined by a hyphen, as trade sites date their items.
  if (n.plain_integer && n.value >= 1 && n.value <= 31 && At(t, end) == '-' && IsAsciiLetter(At(t, end + 1)) &&
      IsMonthName(Lowercase(t.substr(end + 1, WordEnd(t, end + 1) - end - 1)))) {
    return true;
  }
  if (IsClockTime(t, i, n)) return true;
  if (!n.plain_integer) return false;
  if (n.value <= 31) {
    // "6 February", and the German "12. März", "7. August".
    const size_t after = At(t, end) == '.' && At(t, end + 1) == ' ' ? end + 1 : end;
    const size_t next = SkipBlanks(t, after, false);
    const size_t next_end = WordEnd(t, next);
    if (next > end && IsMonthName(Lowercase(t.substr(next, next_end - next)))) return true;
    if (next > end && (StartsWithNoCase(t, next, "m\xc3\xa4rz") || StartsWithNoCase(t, next, "januar") ||
                       StartsWithNoCase(t, next, "februar") || StartsWithNoCase(t, next, "mai ") ||
                       StartsWithNoCase(t, next, "juni") || StartsWithNoCase(t, next, "juli") ||
                       StartsWithNoCase(t, next, "oktober") || StartsWithNoCase(t, next, "dezember"))) {
      return true;
    }
  }
  if ((n.value <= 31 || IsYear(n)) && SkipBlanksBack(t, i) < i) {
    const size_t before = SkipBlanksBack(t, i);
    const size_t month_end = Before(t, before) == '.' ? before - 1 : before;  // "Feb. 2"
    if (IsMonthName(WordBefore(t, month_end).first)) return true;
  }
  if (end - i == 2 && (Before(t, i) == '\'' || (i >= 3 && t.substr(i - 3, 3) == "\xe2\x80\x99"))) return true;
  // 10時30分, 截至6日12时, 上午9时: a Chinese time of day, its hour before 时 (not 时期 or 时间, a
  // period; a duration is 小时) and its minute after the hour.
  constexpr std::string_view kShiSimplified = "\xe6\x97\xb6", kShiTraditional = "\xe6\x99\x82", kFen = "\xe5\x88\x86";
  if (n.value <= 24 && (StartsWith(t, end, kShiSimplified) || StartsWith(t, end, kShiTraditional)) &&
      !StartsWith(t, end + 3, "\xe6\x9c\x9f") && !StartsWith(t, end + 3, "\xe9\x97\xb4") &&  // 期 间
      !StartsWith(t, end + 3, "\xe9\x96\x93")) {                                               // 間
    return true;
  }
  // 0至24时, 0—24時, 8到10点: the first hour of a span of hours, the second read as above.
  if (n.plain_integer && n.value <= 24) {
    for (std::string_view joiner : {"\xe8\x87\xb3", "\xe5\x88\xb0", "\xe2\x80\x94", "\xe2\x80\x93", "\xef\xbc\x8d", "\xef\xbd\x9e", "-", "~"}) {
      if (!StartsWith(t, end, joiner)) continue;  //    至 到 — – － ～
      size_t k = end + joiner.size();
      const size_t digits = k;
      while (IsDigit(At(t, k))) ++k;
      if (k > digits && k - digits <= 2 &&
          (StartsWith(t, k, kShiSimplified) || StartsWith(t, k, kShiTraditional) || StartsWith(t, k, "\xe7\x82\xb9") ||
           StartsWith(t, k, "\xe9\xbb\x9e"))) {  // 点 點
        return true;
      }
    }
  }
  if (n.value < 60 && StartsWith(t, end, kFen) && i >= 3 &&
      (t.substr(i - 3, 3) == kShiSimplified || t.substr(i - 3, 3) == kShiTraditional || t.substr(i - 3, 3) == "\xe7\x82\xb9" ||
       t.substr(i - 3, 3) == "\xe9\xbb\x9e")) {
    return true;
  }
  // 前4个月, 前10個月: the months from the year's start, a period.
  if (n.value <= 12 && i >= 3 && t.substr(i - 3, 3) == "\xe5\x89\x8d" &&  // 前
      (StartsWith(t, end, "\xe4\xb8\xaa\xe6\x9c\x88") || StartsWith(t, end, "\xe5\x80\x8b\xe6\x9c\x88"))) {  // 个月 個月
    return true;
  }
  return IsChineseDateAt(t, end);
}

// 月, 日, 號, 号, 點, 点 after a number make it a date or a time: 5月, 16日, 3点.
bool IsChineseDateAt(std::string_view t, size_t i) {
  for (std::string_view date : {"\xe6\x9c\x88", "\xe6\x97\xa5", "\xe8\x99\x9f", "\xe5\x8f\xb7", "\xe9\xbb\x9e", "\xe7\x82\xb9"}) {
    if (StartsWith(t, i, date)) return true;
  }
  return false;
}

// Citations "[1]", enumerations "(1)" and "1) power, 2) memory", list numbers, forms "10-K",
// ordinals 第3.
namespace {

// A footnote or reference digit glued to the punctuation that ends a phrase: "etc)1.", "growth.12 ",
// "said,3 and", "markets"2". One or two digits, with a word's last letter or a closing mark
// right before the punctuation and no blank in between.
bool IsGluedFootnote(std::string_view t, size_t i, const Number& n) {
  if (n.end - i > 2 || i < 2) return false;
  const char mark = Before(t, i);
  if (mark != ')' && mark != '.' && mark != ',' && mark != ';' && mark != ':' && mark != '"' && mark != ']') return false;
  const char before_mark = Before(t, i - 1);
  if (!IsAsciiLetter(before_mark) && before_mark != ')' && before_mark != '.') return false;
  const char after = At(t, n.end);
  return after == '\0' || after == ' ' || after == '\n' || after == '.' || after == ',' || after == ';' ||
         after == ':' || after == ')';
}

// The minute of a match in a live report or a scorer's line: "(79')", "(90+3’)", "86' Substitution"
// at a line's start, a scorer's minutes after the name ("Goals: Alvarez 17′, Haaland pen 90+5′ |
// Pereira pen 28′"). A minute is a time on the match's clock, no figure, as "the 79th minute" is.
bool IsMatchMinute(std::string_view t, size_t i, const Number& n) {
  if (!n.plain_integer || n.value > 130) return false;
  size_t j = n.end;
  if (At(t, j) == '+' && IsDigit(At(t, j + 1))) {  // stoppage time
    ++j;
    while (IsDigit(At(t, j))) ++j;
  }
  if (At(t, j) == '\'') {
    j += 1;
  } else if (StartsWith(t, j, "\xe2\x80\x99") || StartsWith(t, j, "\xe2\x80\xb2")) {  // ’, ′
    j += 3;
  } else {
    return false;
  }
  size_t start = i;  // of the whole mark: "90" of "90+4'" when `i` is at the "4"
  if (Before(t, start) == '+' && IsDigit(Before(t, start - 1))) {
    --start;
    while (IsDigit(Before(t, start))) --start;
  }
  const char before = Before(t, start);
  if (before == '(') return At(t, j) == ')' || At(t, j) == ',';
  // After a scorer's name or "pen", before a comma, a bar, a bracket or the line's end (not
  // "5' 11\"", a height).
  const char after = At(t, j);
  if (before == ' ' && IsAsciiLetter(Before(t, start - 1)) &&
      (after == ',' || after == '\n' || after == '\0' || after == ';' || StartsWith(t, j, " |") || StartsWith(t, j, " ("))) {
    return true;
  }
  return (start == 0 || before == '\n') && after == ' ';
}

}  // namespace

bool IsMarker(std::string_view t, size_t i, const Number& n) {
  const size_t end = n.end;
  if (Before(t, i) == '[' && At(t, end) == ']') return true;
  if (At(t, end) == '-' && IsUpper(At(t, end + 1)) && !IsAsciiLetter(At(t, end + 2))) return true;
  if (FollowsOrdinalMark(t, i)) return true;
  // "near latitude 25.0 North, longitude 86.2 West": a place's coordinates.
  if (IsDigit(At(t, i)) && Before(t, i) == ' ') {
    const std::string word = WordBefore(t, i).first;
    if (word == "latitude" || word == "longitude") return true;
  }
  if (!n.plain_integer) return false;
  if (n.value < 100 && Before(t, i) == '(' && At(t, end) == ')') return true;
  if (n.value < 20 && At(t, end) == ')' && (Before(t, i) == ' ' || Before(t, i) == '\n')) return true;
  if (IsGluedFootnote(t, i, n) || IsMatchMinute(t, i, n)) return true;
  return IsListNumber(t, i, n);
}

bool IsChineseAgeAt(std::string_view t, size_t i) {
  for (std::string_view age : {"\xe5\xb2\x81", "\xe6\xad\xb2", "\xe5\x91\xa8\xe5\xb2\x81", "\xe9\x80\xb1\xe6\xad\xb2"}) {  // 岁 歲 周岁 週歲
    if (StartsWith(t, i, age)) return true;
  }
  return false;
}

bool IsAge(std::string_view t, size_t begin, size_t end, std::string_view unit) {
  if (IsChineseAgeAt(t, end)) return true;  // 38歲的約克維奇, 现年37岁, 65歲以上
  const bool lifetime = unit == "years" || unit == "months" || unit == "weeks" || unit == "days";
  if (lifetime && (StartsWith(t, end, "-old") || StartsWith(t, end, " old") || StartsWith(t, end, " of age"))) return true;
  if ((lifetime || unit.empty()) && (StartsWith(t, end, " and older") || StartsWith(t, end, " and over") ||
                                     StartsWith(t, end, " or older") || StartsWith(t, end, " and above"))) {
    return true;
  }
  if (unit == "age") return true;  // "the 55+ age group"
  auto is_age_word = [](std::string_view w) { return w == "aged" || w == "age" || w == "ages"; };
  auto [before, start] = WordBefore(t, begin);
  // "aged between 20 and 79", "aged under 12 months", "the median age was 63", "at the age of 56".
  const bool bound = before == "between" || before == "from" || before == "under" || before == "over";
  if (bound) return is_age_word(WordBefore(t, start).first);
  if (before == "than") {  // "infants aged less than 12 months"
    const auto [comparison, comparison_start] = WordBefore(t, start);
    return (comparison == "less" || comparison == "more") && is_age_word(WordBefore(t, comparison_start).first);
  }
  if (before == "was" || before == "is" || before == "of") {  // "the median age of adult patients was 31"
    for (int words = 0; words < 4; ++words) {
      std::tie(before, start) = WordBefore(t, start);
      if (before == "age" || before == "ages") return true;
    }
    return false;
  }
  if (is_age_word(before)) return true;
  // "Ida Brenholm, 56, said", "a man, 34, and a woman": an age set off by commas after a name, or
  // going on with "and" ("Ferrer, 30 and winning his 16th title").
  const bool set_off = At(t, end) == ',' || (StartsWith(t, end, " and ") && IsLower(At(t, end + 5)));
  if (!unit.empty() || end - begin > 3 || begin < 3 || t.substr(begin - 2, 2) != ", " || !set_off) return false;
  const auto [name, name_start] = WordBefore(t, begin - 2);
  return (IsUpper(At(t, name_start)) && name.size() > 1) || name == "man" || name == "woman" || name == "boy" || name == "girl";
}

// "the 30-year gilt", "10-year Treasury yields": a tenor that names the bond, not a duration.
bool NamesABond(std::string_view t, size_t adjective_end) {
  if (At(t, adjective_end) != ' ') return false;
  const size_t e = WordEnd(t, adjective_end + 1);
  const std::string next = Lowercase(t.substr(adjective_end + 1, e - adjective_end - 1));
  static constexpr std::string_view kBonds[] = {"bond", "bonds", "bund", "bunds", "gilt", "gilts", "note", "notes",
                                                "treasuries", "treasury", "yield", "yields", "jgb", "jgbs", "oat"};
  return std::find(std::begin(kBonds), std::end(kBonds), next) != std::end(kBonds);
}

bool FollowsOrdinalMark(std::string_view t, size_t i) {
  return i >= kDi.size() && t.substr(i - kDi.size(), kDi.size()) == kDi;
}

namespace {

// "台積電（2330）", "(2330-TW)", "貴州茅台（600519.SH）", "騰訊控股(00700.HK)": four to six digits,
// with an exchange's letters or none, alone in brackets after a name, are its stock code; and
// the digits after 股票代码/股份代號 and a colon.
bool IsStockCode(std::string_view t, size_t i, const Number& n) {
  const size_t digits = n.end - i;
  if (!n.plain_integer || digits < 4 || digits > 6) return false;
  size_t end = n.end;
  const bool exchange = (At(t, end) == '.' || At(t, end) == '-') && At(t, end + 1) >= 'A' && At(t, end + 1) <= 'Z';
  if (exchange) {
    ++end;
    while (end < t.size() && At(t, end) >= 'A' && At(t, end) <= 'Z' && end - n.end <= 4) ++end;
  } else if (IsYear(n)) {
    return false;  // "（2024）": a year
  }
  // 股票代码：600519, 股份代號: 00700
  for (std::string_view label : {"\xe4\xbb\xa3\xe7\xa0\x81", "\xe4\xbb\xa3\xe7\xa2\xbc", "\xe4\xbb\xa3\xe8\x99\x9f", "\xe4\xbb\xa3\xe5\x8f\xb7"}) {  // 代码 代碼 代號 代号
    for (std::string_view colon : {"\xef\xbc\x9a", ":", ": "}) {
      const size_t colon_at = i - std::min(i, colon.size());
      if (i >= colon.size() + label.size() && t.substr(colon_at, colon.size()) == colon &&
          t.substr(colon_at - label.size(), label.size()) == label) {
        return true;
      }
    }
  }
  static constexpr std::string_view kFullOpen = "\xef\xbc\x88", kFullClose = "\xef\xbc\x89";  // （ ）
  const bool closes = At(t, end) == ')' || StartsWith(t, end, kFullClose) || At(t, end) == ',';
  if (!closes) return false;
  if (i >= kFullOpen.size() && t.substr(i - kFullOpen.size(), kFullOpen.size()) == kFullOpen) return true;
  // In ASCII brackets only with an exchange's letters, or after Han text: "the cases (1250)" is a count.
  const size_t name_end = Before(t, i - 1) == ' ' ? i - 2 : i - 1;
  return Before(t, i) == '(' && (exchange || (i >= 2 && static_cast<unsigned char>(Before(t, name_end)) >= 0x80));
}

// "10 Downing Street", "1600 Pennsylvania Avenue": a house number before a street's capitalised name.
bool IsStreetNumber(std::string_view t, const Number& n) {
  static constexpr std::string_view kStreets[] = {"Street", "Avenue", "Road", "Lane", "Square", "Place", "Boulevard", "Drive"};
  if (!n.plain_integer || At(t, n.end) != ' ') return false;
  size_t at = n.end + 1;
  for (int words = 0; words < 3 && IsUpper(At(t, at)); ++words) {
    const size_t end = WordEnd(t, at);
    const std::string_view word = t.substr(at, end - at);
    if (words > 0 && std::find(std::begin(kStreets), std::end(kStreets), word) != std::end(kStreets)) return true;
    if (At(t, end) != ' ') return false;
    at = end + 1;
  }
  return false;
}

// "（編輯：黃國倫）1130113", "(编辑:潘羿菁)1091020": the Central News Agency's filing stamp, a date
// in the Minguo calendar (year, month, day: 113-01-13) right after the editor's credit.
bool IsWireFilingStamp(std::string_view t, size_t i, const Number& n) {
  const size_t digits = n.end - i;
  if (!n.plain_integer || digits < 6 || digits > 7) return false;
  const int month = (t[n.end - 4] - '0') * 10 + (t[n.end - 3] - '0');
  const int day = (t[n.end - 2] - '0') * 10 + (t[n.end - 1] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  static constexpr std::string_view kFullClose = "\xef\xbc\x89";  // ）
  size_t close = std::string_view::npos;
  if (Before(t, i) == ')') close = i - 1;
  else if (i >= kFullClose.size() && t.substr(i - kFullClose.size(), kFullClose.size()) == kFullClose) close = i - kFullClose.size();
  // "。1071125(編輯：李明宗)": the stamp set before the credit.
  for (std::string_view open : {"(", "\xef\xbc\x88"}) {  // （
    if (StartsWith(t, n.end, open) && (StartsWith(t, n.end + open.size(), "\xe7\xb7\xa8\xe8\xbc\xaf") ||
                                       StartsWith(t, n.end + open.size(), "\xe7\xbc\x96\xe8\xbe\x91"))) {
      return true;
    }
  }
  if (close == std::string_view::npos) return false;
  const std::string_view credit = t.substr(close > 60 ? close - 60 : 0, close - (close > 60 ? close - 60 : 0));
  return credit.find("\xe7\xb7\xa8\xe8\xbc\xaf") != std::string_view::npos || credit.find("\xe7\xbc\x96\xe8\xbe\x91") != std::string_view::npos;  // 編輯 编辑
}

}  // namespace

// "0403強震", "921大地震", "228事件": a month and day of three or four digits before a word of
// disaster or event name the event, as Taiwan's and China's press do.
bool NamesChineseEventByDate(std::string_view t, size_t i, const Number& n) {
  const size_t digits = n.end - i;
  if (digits < 3 || digits > 4) return false;
  const int month = static_cast<int>(n.value) / 100, day = static_cast<int>(n.value) % 100;
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  static constexpr std::string_view kEvents[] = {"強震", "强震", "大地震", "地震", "震災", "震灾", "事件", "水災", "水灾",
                                                 "風災", "风灾", "大停電", "大停电", "停電", "停电", "空難", "空难"};
  return std::any_of(std::begin(kEvents), std::end(kEvents), [&](std::string_view w) { return StartsWith(t, n.end, w); });
}

// "12強》", "UBA 4強賽", "16強": a tournament's round named by how many sides are left (強 not before
// 震: 規模6強震 is a magnitude).
bool NamesChineseRound(std::string_view t, size_t i, const Number& n) {
  if (!StartsWith(t, n.end, "\xe5\xbc\xb7") && !StartsWith(t, n.end, "\xe5\xbc\xba")) return false;  // 強 强
  if (StartsWith(t, n.end + 3, "\xe9\x9c\x87")) return false;  // 震
  const int sides = static_cast<int>(n.value);
  return n.end - i <= 2 && (sides == 4 || sides == 8 || sides == 12 || sides == 16 || sides == 32);
}

namespace {

// A place in a ranking, a rank and no amount (as "No 1" is): "世界排名98", "排名40", "世界前10",
// "排名從第8下滑到12", "從29名提升到生涯新高24位" in a sentence on a ranking. A move of places ("上升2席",
// "下滑3名") is a count.
bool IsChineseRank(std::string_view t, size_t i, const Number& n) {
  if (!n.plain_integer) return false;
  auto ends_before = [&](size_t at, std::string_view w) { return at >= w.size() && t.substr(at - w.size(), w.size()) == w; };
  for (std::string_view w : {"排名", "排行", "排第", "名列", "位列", "世界前", "全球前", "排名前", "世界第"}) {
    if (ends_before(i, w)) return true;
  }
  const bool place = StartsWith(t, n.end, "\xe5\x90\x8d") || StartsWith(t, n.end, "\xe4\xbd\x8d");  // 名 位
  const bool to = ends_before(i, "\xe5\x88\xb0") || ends_before(i, "\xe8\x87\xb3");  // 到 至
  if (!place && !to) return false;
  for (std::string_view move : {"上升", "下滑", "下降", "提升", "前進", "前进", "後退", "后退", "進步", "进步", "躍升", "跃升"}) {
    if (ends_before(i, move)) return false;
  }
  // The sentence, back to its full stop or line: a ranking's.
  size_t start = i;
  while (start > 0 && i - start < 300 && t[start - 1] != '\n' && !ends_before(start, "\xe3\x80\x82")) --start;  // 。
  const std::string_view sentence = t.substr(start, i - start);
  if (sentence.find("排名") == std::string_view::npos && sentence.find("排行") == std::string_view::npos) return false;
  return place || sentence.find("\xe7\xac\xac") != std::string_view::npos;  // 第
}

// "4級災害應急救助響應", "啟動2級響應": a level of a response or an alert names it, no amount (风力17级
// measures one).
bool NamesChineseResponseLevel(std::string_view t, const Number& n) {
  if (!StartsWith(t, n.end, "\xe7\xba\xa7") && !StartsWith(t, n.end, "\xe7\xb4\x9a")) return false;  // 级 級
  std::string_view after = t.substr(n.end + 3, 30);
  for (std::string_view stop : {",", "\n", "\xef\xbc\x8c", "\xe3\x80\x82"}) after = after.substr(0, after.find(stop));  // within its clause
  for (std::string_view w : {"响应", "響應", "预警", "預警", "警戒", "应急", "應急", "戒备", "戒備"}) {
    if (after.find(w) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

bool OpensWordWithZero(std::string_view t, size_t i, size_t end) {
  // 零件, 零部件, 零組件, 零售, 零食, 零錢, 零星, 零散, 零碎, 零工, 零頭, 零花: words that open with 零.
  static constexpr std::string_view kWordsAfter[] = {"件", "部", "组", "組", "售", "食", "钱", "錢", "星",
                                                     "散", "碎", "工", "头", "頭", "花", "用"};
  if (end != i + 3 || t.substr(i, 3) != "零") return false;
  return std::any_of(std::begin(kWordsAfter), std::end(kWordsAfter), [&](std::string_view w) { return t.substr(end, w.size()) == w; });
}

bool NamesChineseClause(std::string_view t, size_t end) {
  return StartsWith(t, end, "\xe6\xa2\x9d\xe6\xac\xbe") || StartsWith(t, end, "\xe6\x9d\xa1\xe6\xac\xbe");  // 條款 条款
}

bool IsReference(std::string_view t, size_t i, const Number& n) {
  if (IsStockCode(t, i, n) || IsWireFilingStamp(t, i, n)) return true;
  if (IsChineseRank(t, i, n) || NamesChineseClause(t, n.end) || NamesChineseResponseLevel(t, n)) return true;
  // Numbers that name a member of a sequence: "day 3", "route 66", "flight 212", "gate 7".
  if (n.plain_integer && Before(t, i) == ' ') {
    static constexpr std::string_view kSequences[] = {
        "chapter", "day",   "episode", "flight", "gate",   "level", "line",  "phase", "platform", "route",
        "season",  "stage", "step",    "terminal", "tier", "unit",  "week",  "round", "game",     "lane",
        "grade",   "grades", "class",  // "children in grades 5-12", "class 2 (17%)"
    };
    const std::string before = WordBefore(t, i).first;
    // ("tied the game 105-105": a score after "game", not its number.)
    const bool score_after = before == "game" && At(t, n.end) == '-' && IsDigit(At(t, n.end + 1));
    if (!score_after && std::find(std::begin(kSequences), std::end(kSequences), before) != std::end(kSequences)) return true;
    // A part of a document: "(see chart 1, below)", "Table 3", "Figure 2:", "page 14", "section
    // 4". Not where an amount follows ("the figure 20 percent" is no figure number).
    static constexpr std::string_view kDocumentParts[] = {"chart", "table", "figure", "fig", "exhibit", "appendix",
                                                          "annex", "section", "page", "paragraph", "slide", "graphic"};
    const char after = At(t, n.end);
    if (std::find(std::begin(kDocumentParts), std::end(kDocumentParts), before) != std::end(kDocumentParts) &&
        n.value < 1000 && (after == ',' || after == ')' || after == ':' || after == '\n' || after == '\0' ||
                           (after == '.' && !IsDigit(At(t, n.end + 1))) || StartsWith(t, n.end, " below") ||
                           StartsWith(t, n.end, " above") || StartsWith(t, n.end, " shows"))) {
      return true;
    }
  }
  // "(上接26版)": a page of a newspaper, continued from.
  if (n.plain_integer && StartsWith(t, n.end, "\xe7\x89\x88")) return true;  // 版
  if (n.plain_integer && (NamesChineseEventByDate(t, i, n) || NamesChineseRound(t, i, n))) return true;
  // A tenor naming a bond: "the 30-year gilt".
  if (At(t, n.end) == '-' && StartsWithNoCase(t, n.end + 1, "year") && NamesABond(t, n.end + 5)) return true;
  // Reference numbers: "No. 23-1234", "no. 5".
  if (Before(t, i) == ' ' && Before(t, i - 1) == '.' && WordBefore(t, i - 2).first == "no") return true;
  // "No 10" (an address), "the world's No 1 chipmaker" (a rank): "No" capitalised, without its point.
  if (Before(t, i) == ' ' && i >= 3 && t.substr(i - 3, 2) == "No" && !IsAsciiAlnum(Before(t, i - 3))) return true;
  // The denominator of a per-unit ("Cost per 1M Tokens") belongs to the figure before it.
  if (Before(t, i) == ' ' && WordBefore(t, i).first == "per") return true;
  if (IsStreetNumber(t, n)) return true;
  // Three or more groups of digits joined by hyphens are a code, not a range or a score: an
  // agency's story number ("dpa:220428-99-74664"), a case number, a "4-4-2" formation.
  size_t j = i, groups = 0;
  while (IsDigit(At(t, j))) {
    while (IsDigit(At(t, j))) ++j;
    ++groups;
    if (At(t, j) != '-' || !IsDigit(At(t, j + 1))) break;
    ++j;
  }
  return groups >= 3 && !IsDigit(Before(t, i));
}

// "+44 20 7946 0958", "(555) 123-4567", "555-123-4567": at least three groups of at most four
// digits, nine to fifteen digits in all, after "+" or "(", joined by hyphens or opened by a trunk
// zero ("020 7946 0958"); a row of other numbers apart by spaces is a table, not a phone number.
// Where the phone number at `i` ends, if it is one.
std::optional<size_t> PhoneNumberEnd(std::string_view t, size_t i) {
  size_t j = i, digits = 0, groups = 0;
  const bool prefixed = Before(t, i) == '+' || Before(t, i) == '(';
  bool only_hyphens = true;
  for (;;) {
    size_t group = 0;
    while (IsDigit(At(t, j))) ++j, ++group;
    if (group == 0 || group > 4) return std::nullopt;
    digits += group;
    ++groups;
    // "(555) 123-4567": a bracket closes the area code, the first group, alone ("(25-26) 120-112" is
    // a team's record and a score).
    if (At(t, j) == ')') {
      if (groups != 1) return std::nullopt;
      ++j;
    }
    const char sep = At(t, j);
    if ((sep != ' ' && sep != '-' && sep != '.') || !IsDigit(At(t, j + 1))) break;
    only_hyphens = only_hyphens && sep == '-';
    ++j;
  }
  // "020 7946 0958", "0800 123 456": a trunk prefix's zero opens a national number written in groups.
  const bool trunk = At(t, i) == '0' && IsDigit(At(t, i + 1)) && !IsDigit(Before(t, i)) && Before(t, i) != '.' && Before(t, i) != ',';
  if (groups < 3 || digits < 9 || digits > 15 || IsAsciiAlnum(At(t, j)) || !(prefixed || only_hyphens || trunk)) {
    return std::nullopt;
  }
  return j;
}

}  // namespace dossier::extract
