#include "extract/sentence_dates.h"

#include <algorithm>
#include <array>
#include <cctype>

#include <fmt/format.h>

namespace dossier::extract {
namespace {

// std::tolower in the C locale, the program's (it never sets another), without a library call for
// every byte of a sentence with a number.
char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool IsDigitAt(std::string_view s, size_t i) { return i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])); }

// Reads 1..max_digits digits at `i`; the number, with `i` moved past it.
std::optional<int> Number(std::string_view s, size_t& i, size_t max_digits) {
  size_t n = 0;
  int value = 0;
  while (n < max_digits && IsDigitAt(s, i + n)) value = value * 10 + (s[i + n++] - '0');
  if (n == 0 || IsDigitAt(s, i + n)) return std::nullopt;
  i += n;
  return value;
}

std::optional<std::string> Date(int year, int month, int day) {
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > kDays[month - 1]) return std::nullopt;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month == 2 && day == 29 && !leap) return std::nullopt;
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

// The month whose English name (or its three-letter abbreviation, with or without a period) starts
// at `i`, with `i` moved past it.
std::optional<int> MonthName(std::string_view s, size_t& i) {
  static constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march", "april",
                                                               "may", "june", "july", "august",
                                                               "september", "october", "november", "december"};
  if (i >= s.size()) return std::nullopt;
  const char first = AsciiLower(s[i]);
  for (size_t m = 0; m < kMonths.size(); ++m) {
    if (kMonths[m][0] != first) continue;
    for (size_t length : {kMonths[m].size(), size_t{3}}) {
      if (i + length > s.size()) continue;
      bool same = true;
      for (size_t k = 0; k < length && same; ++k) same = AsciiLower(s[i + k]) == kMonths[m][k];
      if (!same || (i + length < s.size() && std::isalpha(static_cast<unsigned char>(s[i + length])))) continue;
      if (i > 0 && std::isalpha(static_cast<unsigned char>(s[i - 1]))) continue;
      i += length;
      if (length == 3 && i < s.size() && s[i] == '.') ++i;
      return static_cast<int>(m) + 1;
    }
  }
  return std::nullopt;
}

// YYYY-MM-DD at `i`.
std::optional<std::string> IsoAt(std::string_view s, size_t i) {
  if (i > 0 && (IsDigitAt(s, i - 1) || s[i - 1] == '-')) return std::nullopt;
  auto year = Number(s, i, 4);
  if (!year || i >= s.size() || s[i] != '-') return std::nullopt;
  auto month = Number(s, ++i, 2);
  if (!month || i >= s.size() || s[i] != '-') return std::nullopt;
  auto day = Number(s, ++i, 2);
  if (!day || (i < s.size() && (s[i] == '-' || std::isalnum(static_cast<unsigned char>(s[i]))))) return std::nullopt;
  return Date(*year, *month, *day);
}

// "May 16, 2026" or "16 May 2026" at `i`.
std::optional<std::string> WrittenAt(std::string_view s, size_t i) {
  size_t j = i;
  if (auto month = MonthName(s, j)) {
    while (j < s.size() && s[j] == ' ') ++j;
    auto day = Number(s, j, 2);
    if (!day) return std::nullopt;
    if (j + 1 < s.size() && (s.compare(j, 2, "st") == 0 || s.compare(j, 2, "nd") == 0 || s.compare(j, 2, "rd") == 0 ||
                             s.compare(j, 2, "th") == 0)) {
      j += 2;
    }
    if (j < s.size() && s[j] == ',') ++j;
    while (j < s.size() && s[j] == ' ') ++j;
    auto year = Number(s, j, 4);
    return year ? Date(*year, *month, *day) : std::nullopt;
  }
  if (i > 0 && IsDigitAt(s, i - 1)) return std::nullopt;
  auto day = Number(s, j, 2);
  if (!day || j >= s.size() || s[j] != ' ') return std::nullopt;
  ++j;
  auto month = MonthName(s, j);
  if (!month || j >= s.size() || s[j] != ' ') return std::nullopt;
  ++j;
  auto year = Number(s, j, 4);
  return year ? Date(*year, *month, *day) : std::nullopt;
}

// "2026年5月16日" at `i`.
std::optional<std::string> HanAt(std::string_view s, size_t i) {
  static constexpr std::string_view kYear = "年", kMonth = "月", kDay = "日";
  if (i > 0 && IsDigitAt(s, i - 1)) return std::nullopt;
  auto year = Number(s, i, 4);
  if (!year || s.substr(i, kYear.size()) != kYear) return std::nullopt;
  i += kYear.size();
  auto month = Number(s, i, 2);
  if (!month || s.substr(i, kMonth.size()) != kMonth) return std::nullopt;
  i += kMonth.size();
  auto day = Number(s, i, 2);
  if (!day || s.substr(i, kDay.size()) != kDay) return std::nullopt;
  return Date(*year, *month, *day);
}

// Whether a written date may start with `c`: a day's digit or a month's first letter.
bool MayOpenWrittenDate(char c) {
  switch (AsciiLower(c)) {
    case 'j': case 'f': case 'm': case 'a': case 's': case 'o': case 'n': case 'd':
      return true;
    default:
      return std::isdigit(static_cast<unsigned char>(c)) != 0;
  }
}

}  // namespace

std::optional<std::string> DateStated(std::string_view sentence) {
  // Every form of date holds a digit: most sentences are answered by this one scan.
  // (find_first_of would search the ten digits for each byte.)
  if (std::none_of(sentence.begin(), sentence.end(), [](char c) { return c >= '0' && c <= '9'; })) return std::nullopt;
  for (size_t i = 0; i < sentence.size(); ++i) {
    if (IsDigitAt(sentence, i)) {
      if (auto date = IsoAt(sentence, i)) return date;
      if (auto date = HanAt(sentence, i)) return date;
    }
    // The cheap test first: most bytes open no date, and isalnum is a library call.
    if (MayOpenWrittenDate(sentence[i]) && (i == 0 || !std::isalnum(static_cast<unsigned char>(sentence[i - 1])))) {
      if (auto date = WrittenAt(sentence, i)) return date;
    }
  }
  return std::nullopt;
}

}  // namespace dossier::extract
