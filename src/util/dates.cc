#include "util/dates.h"

#include <fmt/format.h>

namespace dossier {
namespace {

// Reads `n` digits at `s[*i]` into `*value`.
bool Digits(std::string_view s, size_t* i, int n, int* value) {
  if (*i + n > s.size()) return false;
  *value = 0;
  for (int k = 0; k < n; ++k) {
    char c = s[*i + k];
    if (c < '0' || c > '9') return false;
    *value = *value * 10 + (c - '0');
  }
  *i += n;
  return true;
}

bool Expect(std::string_view s, size_t* i, char c) {
  if (*i >= s.size() || s[*i] != c) return false;
  ++*i;
  return true;
}

bool DatePrefix(std::string_view s, size_t* i) {
  int year, month, day;
  if (!Digits(s, i, 4, &year) || !Expect(s, i, '-') || !Digits(s, i, 2, &month) || !Expect(s, i, '-') ||
      !Digits(s, i, 2, &day)) {
    return false;
  }
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

bool HourMinute(std::string_view s, size_t* i) {
  int hour, minute;
  return Digits(s, i, 2, &hour) && Expect(s, i, ':') && Digits(s, i, 2, &minute) && hour < 24 && minute < 60;
}

}  // namespace

bool IsValidDate(std::string_view s) {
  size_t i = 0;
  return DatePrefix(s, &i) && i == s.size();
}

bool IsValidDateOrDateTime(std::string_view s) {
  size_t i = 0;
  if (!DatePrefix(s, &i)) return false;
  if (i == s.size()) return true;
  if (!Expect(s, &i, 'T') || !HourMinute(s, &i)) return false;
  if (i < s.size() && s[i] == ':') {
    int second;
    ++i;
    if (!Digits(s, &i, 2, &second) || second > 60) return false;  // 60: a leap second
    if (i < s.size() && s[i] == '.') {
      ++i;
      size_t start = i;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
      if (i == start) return false;
    }
  }
  if (i < s.size() && s[i] == 'Z') return i + 1 == s.size();
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
    ++i;
    return HourMinute(s, &i) && i == s.size();
  }
  return false;
}

int64_t DaysFromCivil(int64_t year, int month, int day) {
  year -= month <= 2;
  const int64_t era = (year >= 0 ? year : year - 399) / 400;
  const int64_t yoe = year - era * 400;
  const int64_t doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::optional<int64_t> DaysOfDate(std::string_view date) {
  if (!IsValidDate(date)) return std::nullopt;
  size_t i = 0;
  int year = 0, month = 0, day = 0;
  Digits(date, &i, 4, &year) && Expect(date, &i, '-') && Digits(date, &i, 2, &month) && Expect(date, &i, '-') &&
      Digits(date, &i, 2, &day);
  return DaysFromCivil(year, month, day);
}

std::string DateFromDays(int64_t days) {
  // Howard Hinnant's civil_from_days: whole 400-year eras, then the year of the era counted from
  // March, so that the leap day falls at the end.
  const int64_t z = days + 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t day = doy - (153 * mp + 2) / 5 + 1;
  const int64_t month = mp < 10 ? mp + 3 : mp - 9;
  return fmt::format("{:04}-{:02}-{:02}", yoe + era * 400 + (month <= 2), month, day);
}

}  // namespace dossier
