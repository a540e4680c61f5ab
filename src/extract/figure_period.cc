#include "extract/figure_period.h"

#include <array>
#include <string>

#include "extract/lexicon.h"
#include "extract/text_bytes.h"

namespace dossier::extract {
namespace {

constexpr std::string_view kNian = "\xe5\xb9\xb4";  // 年
constexpr std::string_view kYue = "\xe6\x9c\x88";   // 月

// 1 … 12 for a month name or its abbreviation, else 0.
int MonthNumber(std::string_view lower) {
  static constexpr std::array<std::string_view, 12> kNames = {"jan", "feb", "mar", "apr", "may", "jun",
                                                              "jul", "aug", "sep", "oct", "nov", "dec"};
  // Only words of a month's length that start as months do: most words are passed over here.
  if (lower.size() < 3 || lower.size() > 9 || std::string_view("jfmasond").find(lower[0]) == std::string_view::npos ||
      !IsMonthName(lower)) {
    return 0;
  }
  for (size_t k = 0; k < kNames.size(); ++k) {
    if (lower.substr(0, 3) == kNames[k]) return static_cast<int>(k) + 1;
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

// A four-digit year at `i` standing alone, or 0.
int YearAt(std::string_view t, size_t i) {
  if (IsAsciiAlnum(Before(t, i)) && !(Before(t, i) == 'Y' && Before(t, i - 1) == 'F')) return 0;
  for (size_t k = 0; k < 4; ++k) {
    if (!IsDigit(At(t, i + k))) return 0;
  }
  if (IsDigit(At(t, i + 4)) || (At(t, i + 4) == ',' && IsDigit(At(t, i + 5))) ||
      (At(t, i + 4) == '.' && IsDigit(At(t, i + 5)))) {
    return 0;
  }
  const int y = (t[i] - '0') * 1000 + (t[i + 1] - '0') * 100 + (t[i + 2] - '0') * 10 + (t[i + 3] - '0');
  return y >= 1990 && y <= 2100 ? y : 0;
}

struct Token {
  size_t begin;
  size_t end;
  std::string lower;
};

// The ASCII words and numbers of `t[begin, end)`, lowercase.
std::vector<Token> Tokens(std::string_view t, size_t begin, size_t end) {
  std::vector<Token> tokens;
  size_t i = begin;
  while (i < end) {
    if (IsAsciiAlnum(t[i])) {
      size_t e = i;
      while (e < end && IsAsciiAlnum(t[e])) ++e;
      tokens.push_back({i, e, Lowercase(t.substr(i, e - i))});
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

}  // namespace

Dateline FindDateline(std::string_view t) {
  const size_t limit = std::min<size_t>(t.size(), 400);
  for (size_t i = 0; i + 4 <= limit; ++i) {
    const int year = YearAt(t, i);
    if (year == 0) continue;
    // "6 February 2026", "February 6, 2026": a month name within the three words before.
    const std::vector<Token> before = Tokens(t, i >= 20 ? i - 20 : 0, i);
    for (const Token& w : before) {
      if (int month = MonthNumber(w.lower)) return {year, month};
    }
    // "2026年2月6日"
    if (StartsWith(t, i + 4, kNian) && IsDigit(At(t, i + 7))) {
      int month = At(t, i + 7) - '0';
      size_t j = i + 8;
      if (IsDigit(At(t, j))) month = month * 10 + (At(t, j++) - '0');
      if (StartsWith(t, j, kYue)) return {year, month};
    }
    // "2026-02-06"
    if (At(t, i + 4) == '-' && IsDigit(At(t, i + 5)) && IsDigit(At(t, i + 6)) && At(t, i + 7) == '-') {
      return {year, (At(t, i + 5) - '0') * 10 + (At(t, i + 6) - '0')};
    }
  }
  return {};
}


std::vector<PeriodMention> FindPeriods(std::string_view t, size_t begin, size_t end, Dateline dated) {
  std::vector<PeriodMention> out;
  const std::vector<Token> w = Tokens(t, begin, end);
  auto word = [&](size_t k) -> std::string_view { return k < w.size() ? std::string_view(w[k].lower) : std::string_view(); };
  auto before = [&](size_t k, size_t back) -> std::string_view { return k >= back ? std::string_view(w[k - back].lower) : std::string_view(); };
  for (size_t k = 0; k < w.size(); ++k) {
    const Token& tok = w[k];
    // FY2026, FY26
    if (tok.lower.size() >= 4 && tok.lower.compare(0, 2, "fy") == 0 && IsDigit(tok.lower[2])) {
      const std::string digits = tok.lower.substr(2);
      int y = std::atoi(digits.c_str());
      if (digits.size() == 2) y += 2000;
      if (digits.size() == 2 || digits.size() == 4) out.push_back({tok.begin, "FY" + std::to_string(y)});
      continue;
    }
    // Q3, Q3 2025
    if (tok.lower.size() == 2 && tok.lower[0] == 'q' && tok.lower[1] >= '1' && tok.lower[1] <= '4') {
      const int q = tok.lower[1] - '0';
      int y = k + 1 < w.size() ? YearAt(t, w[k + 1].begin) : 0;
      if (y == 0 && dated.year) y = YearOfUndated(q * 3, dated);
      if (y) out.push_back({tok.begin, Quarter(q, y)});
      if (k + 1 < w.size() && YearAt(t, w[k + 1].begin)) ++k;
      continue;
    }
    // "the third quarter (of 2025)", "first half of 2026", "the December quarter"
    if (tok.lower == "quarter" || tok.lower == "half") {
      int n = Ordinal(before(k, 1));
      if (n == 0 && tok.lower == "quarter") {
        if (int m = MonthNumber(before(k, 1)); m && m % 3 == 0) n = m / 3;
      }
      if (n == 0 && before(k, 1) == "fiscal") n = Ordinal(before(k, 2));
      if (n == 0 || (tok.lower == "half" && n > 2)) continue;
      int y = 0;
      size_t skip = 0;
      if (word(k + 1) == "of" && k + 2 < w.size() && (y = YearAt(t, w[k + 2].begin))) skip = 2;
      else if (k + 1 < w.size() && (y = YearAt(t, w[k + 1].begin))) skip = 1;
      if (y == 0 && dated.year) y = YearOfUndated(tok.lower == "half" ? n * 6 : n * 3, dated);
      if (y == 0) continue;
      const size_t at = w[k - 1].begin;
      out.push_back({at, tok.lower == "half" ? "H" + std::to_string(n) + " " + std::to_string(y) : Quarter(n, y)});
      k += skip;
      continue;
    }
    // "this year", "last year", "next year"
    if (tok.lower == "year" && dated.year) {
      const std::string_view b = before(k, 1);
      const int y = b == "this" ? dated.year : b == "last" ? dated.year - 1 : b == "next" ? dated.year + 1 : 0;
      if (y) out.push_back({w[k - 1].begin, std::to_string(y)});
      continue;
    }
    // "through September", "in September 2026", "as of end-September"
    if (int m = MonthNumber(tok.lower); m && tok.lower.size() >= 3) {
      int y = k + 1 < w.size() ? YearAt(t, w[k + 1].begin) : 0;
      const std::string_view b = before(k, 1);
      const bool cumulative = b == "through" || b == "to" || b == "end" || b == "of";
      if (y == 0 && cumulative && dated.year) y = YearOfUndated(m, dated);
      if (y == 0) continue;
      // A full date ("6 February 2026") is a day, which only the dateline states here.
      if (IsDigit(At(t, tok.begin - 2)) || (k + 1 < w.size() && IsDigit(w[k + 1].lower[0]) && !YearAt(t, w[k + 1].begin))) continue;
      out.push_back({tok.begin, std::to_string(y) + (m < 10 ? "-0" : "-") + std::to_string(m)});
      if (k + 1 < w.size() && YearAt(t, w[k + 1].begin)) ++k;
      continue;
    }
    if (const int y = YearAt(t, tok.begin)) {
      const std::string_view b = before(k, 1);
      if (b == "fiscal" || (b == "year" && before(k, 2) == "financial")) {
        out.push_back({w[k - 1].begin, "FY" + std::to_string(y)});
      } else if (b == "by" || b == "until" || b == "till") {
        out.push_back({w[k - 1].begin, "by " + std::to_string(y)});
      } else if (At(t, tok.end) == '/' || At(t, tok.end) == '-') {
        // "2025/26", "FY2025-26": a split fiscal year, named by the year it ends in.
        const size_t n = tok.end + 1;
        if (IsDigit(At(t, n)) && IsDigit(At(t, n + 1)) && !IsDigit(At(t, n + 2))) {
          out.push_back({tok.begin, "FY" + std::to_string(y / 100 * 100 + (At(t, n) - '0') * 10 + (At(t, n + 1) - '0'))});
          ++k;
        } else {
          out.push_back({tok.begin, std::to_string(y)});
        }
      } else {
        out.push_back({tok.begin, std::to_string(y)});
      }
    }
  }
  // 2025年, in Chinese text: the ASCII tokens above already hold the year; nothing more to add.
  return out;
}

std::optional<PeriodRead> ReadPeriod(std::string_view cell) {
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
