#include "extract/figure_tables.h"

#include <algorithm>
#include <optional>
#include <string>

#include "extract/figure_period.h"
#include "extract/lexicon.h"
#include "extract/metric_lexicon.h"
#include "extract/text_bytes.h"
#include "util/unit_dimensions.h"

namespace dossier::extract {
namespace {

constexpr std::string_view kFullOpen = "\xef\xbc\x88";   // （
constexpr std::string_view kFullClose = "\xef\xbc\x89";  // ）

struct Line {
  size_t begin = 0;
  size_t end = 0;  // at the '\n' or the text's end
};

Line LineAt(std::string_view t, size_t i) {
  const size_t newline = i == 0 ? std::string_view::npos : t.rfind('\n', i - 1);
  const size_t begin = newline == std::string_view::npos ? 0 : newline + 1;
  const size_t end = std::min(t.find('\n', i), t.size());
  return {begin, end};
}

bool IsTableRow(std::string_view t, Line line) {
  size_t i = line.begin;
  while (i < line.end && t[i] == ' ') ++i;
  return i < line.end && t[i] == '|';
}

// "|---|:--:|": the line under a header.
bool IsSeparatorRow(std::string_view t, Line line) {
  if (!IsTableRow(t, line)) return false;
  return std::all_of(t.begin() + line.begin, t.begin() + line.end,
                     [](char c) { return c == '|' || c == '-' || c == ':' || c == ' ' || c == '\r'; });
}

// The text of cell `index` (0 = the first after the opening '|'), trimmed.
std::string_view Cell(std::string_view t, Line line, size_t index) {
  size_t i = t.find('|', line.begin);
  for (size_t k = 0; k < index && i < line.end; ++k) i = t.find('|', i + 1);
  if (i >= line.end) return {};
  size_t end = std::min(t.find('|', i + 1), line.end);
  size_t begin = i + 1;
  while (begin < end && (t[begin] == ' ' || t[begin] == '\t')) ++begin;
  while (end > begin && (t[end - 1] == ' ' || t[end - 1] == '\t' || t[end - 1] == '\r')) --end;
  return t.substr(begin, end - begin);
}

// Whether only blanks stand between `span` and a '|' on either side.
bool BetweenBars(std::string_view t, ByteSpan span) {
  size_t before = span.begin;
  while (before > 0 && (t[before - 1] == ' ' || t[before - 1] == '\t')) --before;
  size_t after = span.end;
  while (after < t.size() && (t[after] == ' ' || t[after] == '\t')) ++after;
  return Before(t, before) == '|' && At(t, after) == '|';
}

// Digits, group separators and a sign only: "70", "1,234", "−1", "12.5"; or two such joined as a
// range: "64–72", "64-72".
bool IsBareNumber(std::string_view s) {
  size_t i = 0;
  if (StartsWith(s, 0, "\xe2\x88\x92")) i = 3;
  else if (At(s, 0) == '-' || At(s, 0) == '+') i = 1;
  if (i >= s.size() || !IsDigit(s[i])) return false;
  size_t j = i;
  while (j < s.size() && (IsDigit(s[j]) || s[j] == ',' || s[j] == '.')) ++j;
  if (j == s.size()) return true;
  const size_t joiner = s[j] == '-' ? 1 : StartsWith(s, j, kEnDash) ? kEnDash.size() : 0;
  if (joiner == 0 || !IsDigit(At(s, j + joiner))) return false;
  return std::all_of(s.begin() + j + joiner, s.end(), [](char c) { return IsDigit(c) || c == ',' || c == '.'; });
}

struct HeaderWord {
  std::string_view text;  // lowercase unless it holds an upper-case letter, then exact
  std::string_view unit;
  double scale;
};

// Longer words before their prefixes.
constexpr HeaderWord kHeaderWords[] = {
    {"US$", "USD", 1},       {"HK$", "HKD", 1},      {"NT$", "TWD", 1},      {"S$", "SGD", 1},
    {"A$", "AUD", 1},        {"C$", "CAD", 1},       {"RMB", "CNY", 1},      {"Rmb", "CNY", 1},
    {"$", "USD", 1},         {"usd", "USD", 1},      {"\xe2\x82\xac", "EUR", 1},
    {"eur", "EUR", 1},       {"\xc2\xa3", "GBP", 1}, {"gbp", "GBP", 1},      {"\xe2\x82\xb9", "INR", 1},
    {"Rs", "INR", 1},        {"inr", "INR", 1},      {"\xc2\xa5", "JPY", 1}, {"cny", "CNY", 1},
    {"\xe6\x96\xb0\xe5\x8f\xb0\xe5\xb9\xa3", "TWD", 1}, {"\xe6\x96\xb0\xe5\x8f\xb0\xe5\xb8\x81", "TWD", 1},  // 新台幣 新台币
    {"\xe6\xb8\xaf\xe5\x85\x83", "HKD", 1},          {"\xe4\xba\xba\xe6\xb0\x91\xe5\xb8\x81", "CNY", 1},  // 港元 人民币
    {"\xe7\xbe\x8e\xe5\x85\x83", "USD", 1},          {kYuanOfText, kYuanOfText, 1},  // 美元 元 (the text's)
    {"%", "percent", 1},     {"percent", "percent", 1}, {"bps", "basis points", 1}, {"pp", "percentage points", 1},
    {"x", "times", 1},
    {"GWh", "GWh", 1},       {"MWh", "MWh", 1},      {"kWh", "kWh", 1},      {"TWh", "TWh", 1},
    {"GW", "GW", 1},         {"MW", "MW", 1},        {"kW", "kW", 1},
    {"trillions", "", 1e12}, {"trillion", "", 1e12}, {"tn", "", 1e12},       {"T", "", 1e12},
    {"billions", "", 1e9},   {"billion", "", 1e9},   {"bn", "", 1e9},        {"B", "", 1e9},
    {"millions", "", 1e6},   {"million", "", 1e6},   {"mn", "", 1e6},        {"mln", "", 1e6},
    {"M", "", 1e6},          {"m", "", 1e6},         {"thousands", "", 1e3}, {"thousand", "", 1e3},
    {"k", "", 1e3},          {"crore", "", 1e7},     {"cr", "", 1e7},        {"lakh", "", 1e5},
    {"\xe7\x99\xbe\xe4\xb8\x87", "", 1e6}, {"\xe7\x99\xbe\xe8\x90\xac", "", 1e6}, {"\xe5\x8d\x83\xe4\xb8\x87", "", 1e7},  // 百万 百萬 千万
    {"\xe5\x8d\x81\xe4\xba\xbf", "", 1e9}, {"\xe5\x8d\x83", "", 1e3},  // 十亿 千
    {"\xe4\xba\xbf", "", 1e8}, {"\xe5\x84\x84", "", 1e8}, {"\xe4\xb8\x87", "", 1e4}, {"\xe8\x90\xac", "", 1e4},  // 亿億万萬
};

bool HasUpper(std::string_view s) { return std::any_of(s.begin(), s.end(), IsUpper); }

// The metrics named in `t[begin, end)`, each strong one before any weak one, in order: the last
// strong one (else the last weak one) is the nearest to what follows.
std::optional<std::string_view> LastMetricIn(std::string_view t, size_t begin, size_t end) {
  std::optional<std::string_view> strong, weak;
  for (size_t i = begin; i < end;) {
    const bool word_start = IsAsciiLetter(t[i]) ? !IsAsciiLetter(Before(t, i)) : IsNonAscii(t[i]) && !IsContinuationByte(t[i]);
    if (word_start) {
      if (auto m = MatchMetricAt(t, i); m && m->end <= end) {
        (m->weak ? weak : strong) = m->metric;
        i = m->end;
        continue;
      }
    }
    i = IsAsciiLetter(t[i]) ? WordEnd(t, i) : i + 1;
  }
  return strong ? strong : weak;
}

// What a cell measures: what its column header names, else what the text names in the 600 bytes
// before the table (its caption, the paragraph that introduces it). A header of growth alone
// ("Growth (%)") is the growth of what the caption names, when it names one.
std::optional<std::string_view> CellMetric(std::string_view t, std::string_view header, size_t table_begin) {
  const std::optional<std::string_view> named = LastMetricIn(header, 0, header.size());
  if (named && *named != "growth rate") return named;
  const size_t from = table_begin > 600 ? CharBoundary(t, table_begin - 600, true) : 0;
  const std::optional<std::string_view> caption = LastMetricIn(t, from, table_begin);
  return caption ? caption : named;
}

// A header that names a quarter or half with a two-digit year, as results tables abbreviate
// them ("Q1 24", "Q1'24", "1Q24", "H2 25"), written out ("Q1 2024") for ReadPeriod; any other
// header as it is.
std::string WithFullYear(std::string_view header) {
  std::string h(header);
  size_t i = 0;
  std::string part;  // "Q1" or "H2"
  if (h.size() >= 2 && (h[0] == 'Q' || h[0] == 'H') && IsDigit(h[1])) {
    part = h.substr(0, 2);
    i = 2;
  } else if (h.size() >= 2 && IsDigit(h[0]) && (h[1] == 'Q' || h[1] == 'H')) {
    part = std::string(1, h[1]) + h[0];
    i = 2;
  } else {
    return h;
  }
  if (i < h.size() && (h[i] == ' ' || h[i] == '\'' || h[i] == '-' || h[i] == '/')) ++i;
  if (i < h.size() && h[i] == '\'') ++i;  // "Q1 '24"
  if (i + 2 != h.size() || !IsDigit(h[i]) || !IsDigit(h[i + 1])) return h;
  const char limit = part[0] == 'Q' ? '4' : '2';
  if (part[1] < '1' || part[1] > limit) return h;
  return part + " 20" + h.substr(i, 2);
}

// The move a column's cells are the size of, by its header: "Change", "% chg", "YoY (%)" (a
// delta against the year before), "QoQ"; nullopt for a header of levels.
std::optional<FigureChange> ChangeOfColumn(std::string_view header) {
  const std::string lower = Lowercase(header);
  // A word of the header, not part of one ("Exchange rate" is a level).
  auto has = [&](std::string_view w) {
    for (size_t at = lower.find(w); at != std::string::npos; at = lower.find(w, at + 1)) {
      if (!IsAsciiLetter(Before(lower, at)) && !IsAsciiLetter(At(lower, at + w.size()))) return true;
    }
    return false;
  };
  std::optional<std::string> basis;
  if (has("yoy") || has("y/y") || has("year on year") || has("year-on-year")) basis = "yoy";
  else if (has("qoq") || has("q/q") || has("quarter on quarter") || has("quarter-on-quarter")) basis = "qoq";
  if (!basis && !has("change") && !has("chg")) return std::nullopt;
  return FigureChange{"delta", std::nullopt, basis};
}

}  // namespace

HeaderUnit ReadHeaderUnit(std::string_view header) {
  HeaderUnit out;
  // "(…)" or the full-width "（…）" of Chinese tables.
  const size_t open_ascii = header.rfind('('), open_wide = header.rfind(kFullOpen);
  const bool wide = open_wide != std::string_view::npos && (open_ascii == std::string_view::npos || open_wide > open_ascii);
  const size_t open = wide ? open_wide : open_ascii;
  if (open == std::string_view::npos) return out;
  const size_t inside_begin = open + (wide ? kFullOpen.size() : 1);
  const size_t close = wide ? header.find(kFullClose, inside_begin) : header.find(')', inside_begin);
  if (close == std::string_view::npos) return out;
  const std::string_view inside = header.substr(inside_begin, close - inside_begin);
  size_t i = 0;
  while (i < inside.size()) {
    const HeaderWord* found = nullptr;
    for (const HeaderWord& w : kHeaderWords) {
      const bool exact = HasUpper(w.text) || !IsAsciiLetter(w.text[0]);
      if (!(exact ? StartsWith(inside, i, w.text) : StartsWithNoCase(inside, i, w.text))) continue;
      // A word ends where letters do: "m" is not the start of "margin".
      if (IsAsciiLetter(w.text.back()) && IsAsciiLetter(At(inside, i + w.text.size()))) continue;
      found = &w;
      break;
    }
    if (!found) {
      // Any other word ("in", "est.") is passed over; a word we do not know that names a
      // unit ("GW", "users") means the header states no money or percent we can apply.
      const size_t end = IsAsciiLetter(inside[i]) ? WordEnd(inside, i) : i + 1;
      const std::string_view word = inside.substr(i, end - i);
      static constexpr std::string_view kPassedOver[] = {"in", "est", "of", "yoy", "YoY", "qoq", "QoQ", "avg", "approx"};
      if (end - i >= 2 && std::find(std::begin(kPassedOver), std::end(kPassedOver), word) == std::end(kPassedOver)) {
        return HeaderUnit{};
      }
      i = end;
      continue;
    }
    if (!found->unit.empty() && out.unit.empty()) out.unit = found->unit;  // 新台幣億元: the first names it
    if (found->scale != 1) out.scale = found->scale;
    i += found->text.size();
  }
  return out;
}

namespace {

// What a table's corner cell says about every cell, when it holds unit words alone: "USD (in
// millions)", "(Rs crore)", "$ millions". Nothing when it names anything else ("Metric", "Income
// Statement").
HeaderUnit ReadCornerUnit(std::string_view corner) {
  std::string words = "(";
  for (char c : corner) words += c == '(' || c == ')' ? ' ' : c;
  words += ')';
  return ReadHeaderUnit(words);
}

}  // namespace

// The Markdown table cell holding byte `at`: its row, its index (1 = the first cell) and the header
// row above the separator above it, or the table's first row when a scraped page wrote no separator.
// False when `at` is in no table with a header.
bool FindCell(std::string_view t, size_t at, Line* row, size_t* index, Line* header) {
  *row = LineAt(t, at);
  if (!IsTableRow(t, *row)) return false;
  *index = 0;
  for (size_t i = t.find('|', row->begin); i < at; i = t.find('|', i + 1)) ++*index;
  if (*index == 0) return false;
  Line line = *row;
  while (line.begin > 0) {
    const Line above = LineAt(t, line.begin - 1);
    if (!IsTableRow(t, above)) break;
    if (IsSeparatorRow(t, above) && above.begin > 0) {
      *header = LineAt(t, above.begin - 1);
      return IsTableRow(t, *header);
    }
    line = above;
  }
  // No separator above: the first row heads the table, when the row is below it and no separator
  // comes further down (a table whose header is lower down is read from there).
  if (line.begin == row->begin) return false;
  for (Line below = *row; below.end < t.size();) {
    below = LineAt(t, below.end + 1);
    if (!IsTableRow(t, below)) break;
    if (IsSeparatorRow(t, below)) return false;
  }
  *header = line;
  return true;
}

// "| 1 | 2 | 3 | 4 | T |" opening a box score, "| Team | 1 | 2 | OT | Final |": a table's first row or
// its header whose number cells run 1, 2, 3, … names its columns (quarters, innings, rounds), and
// states no amounts.
bool NumbersItsColumns(std::string_view t, Line line) {
  const bool first = line.begin == 0 || !IsTableRow(t, LineAt(t, line.begin - 1));
  const bool header = line.end < t.size() && IsSeparatorRow(t, LineAt(t, line.end + 1));
  if (!first && !header) return false;
  int next = 1;
  for (size_t index = 0;; ++index) {
    const std::string_view cell = Cell(t, line, index);
    if (cell.data() == nullptr || cell.data() >= t.data() + line.end) break;
    if (cell.empty() || !IsDigit(cell[0])) continue;
    if (cell != std::to_string(next)) return false;
    ++next;
  }
  return next > 3;
}

void ApplyTableHeaders(std::string_view t, std::vector<Figure>* figures) {
  if (t.find('|') == std::string_view::npos) return;  // no table
  // The numbers of a row that numbers its columns are no figures.
  figures->erase(std::remove_if(figures->begin(), figures->end(),
                                [&](const Figure& f) {
                                  return f.kind == FigureKind::kCount && f.unit.empty() && BetweenBars(t, f.span) &&
                                         IsTableRow(t, LineAt(t, f.span.begin)) &&
                                         NumbersItsColumns(t, LineAt(t, f.span.begin));
                                }),
                 figures->end());
  for (Figure& f : *figures) {
    // A bare number takes its unit from the header; one that writes its own ("1.42 B", "$30.00")
    // keeps it, and takes from the headers only what it measures and when.
    const bool bare = f.kind == FigureKind::kCount && f.unit.empty() && IsBareNumber(f.surface);
    if (!bare && f.change) continue;
    // "| (2,266) |": an accounting table's negative, written in brackets.
    const bool bracketed = bare && f.value > 0 && Before(t, f.span.begin) == '(' && At(t, f.span.end) == ')';
    const ByteSpan cell_span = bracketed ? ByteSpan{f.span.begin - 1, f.span.end + 1} : f.span;
    if (!BetweenBars(t, cell_span)) continue;  // not alone in a cell: most figures, ruled out cheaply
    Line row, line;
    size_t index = 0;
    // The cell holding the figure, which must hold nothing else, and its header.
    if (!FindCell(t, f.span.begin, &row, &index, &line) ||
        Cell(t, row, index - 1) != t.substr(cell_span.begin, cell_span.end - cell_span.begin)) {
      continue;
    }
    if (bracketed) {
      f.value = -f.value;
      if (f.value_high) *f.value_high = -*f.value_high;
    }
    const std::string_view header = Cell(t, line, index - 1);
    const std::string_view row_header = index > 1 ? Cell(t, row, 0) : std::string_view();
    // What it measures: its column header's metric, else its row header's ("| Revenue | 9.12 B |"
    // under quarters), else the caption's. A header of growth alone ("Growth (%)") is the growth of
    // what the row or the caption names, when either names one.
    std::optional<std::string_view> metric = LastMetricIn(header, 0, header.size());
    if (metric == "growth rate") metric.reset();
    if (!metric) metric = LastMetricIn(row_header, 0, row_header.size());
    if (!metric) metric = CellMetric(t, header, line.begin);
    if (metric) f.metric = std::string(*metric);
    HeaderUnit unit = bare ? ReadHeaderUnit(header) : HeaderUnit{};
    // Results tables with periods across the top give the unit in the row header: "| 营业总收入(元) |
    // 612,834,878.55 |", "| Revenue ($M) | 9,120 |".
    if (bare && !unit.Says() && index > 1) unit = ReadHeaderUnit(row_header);
    if (bare && !unit.Says() && index > 1) unit = ReadCornerUnit(Cell(t, line, 0));
    if (unit.Says()) {
      f.value *= unit.scale;
      if (f.value_high) *f.value_high *= unit.scale;
      if (unit.unit == "percent" || unit.unit == "basis points" || unit.unit == "percentage points") {
        f.kind = FigureKind::kPercent;
      } else if (unit.unit == "times") {
        f.kind = FigureKind::kMultiple;  // "P/E (x)"
      } else if (InBaseUnit(unit.unit)) {
        f.kind = FigureKind::kQuantity;  // "Capacity (MW)"
      } else if (!unit.unit.empty()) {
        f.kind = FigureKind::kMoney;
      }
      f.unit = std::string(unit.unit == kYuanOfText ? YuanOf(t) : unit.unit);
    }
    // A cell under "Change", "% chg" or "YoY" is the size of a move, not a level.
    if (!f.change) f.change = ChangeOfColumn(header);
    // The period: the row header's, else the column header's.
    if (index > 1) {
      auto period = ReadPeriod(WithFullYear(row_header));
      if (!period) period = ReadPeriod(WithFullYear(header));
      if (period) {
        f.period = period->period;
        f.period_kind = period->kind;
      }
    }
  }
}

std::optional<PeriodRead> TableCellPeriod(std::string_view t, ByteSpan span) {
  Line row, header;
  size_t index = 0;
  if (!FindCell(t, span.begin, &row, &index, &header) || index < 2) return std::nullopt;
  if (auto period = ReadPeriod(Cell(t, row, 0))) return period;
  return ReadPeriod(Cell(t, header, index - 1));
}

}  // namespace dossier::extract
