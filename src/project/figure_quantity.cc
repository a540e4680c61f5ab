#include "project/figure_quantity.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include <fmt/format.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace dossier {
namespace {

// ICU's Traditional-to-Simplified Han transliterator, one per thread (they are not thread-safe and
// cost far more to build than to run); null if ICU lacks it.
icu::Transliterator* ThisThreadsHantToHans() {
  thread_local std::unique_ptr<icu::Transliterator> hant_to_hans = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) t.reset();
    return t;
  }();
  return hant_to_hans.get();
}

// `text` with each run of blanks one space, none at either end.
std::string BlanksCollapsed(std::string_view text) {
  std::string collapsed;
  collapsed.reserve(text.size());
  for (char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (space && (collapsed.empty() || collapsed.back() == ' ')) continue;
    collapsed += space ? ' ' : c;
  }
  if (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
  return collapsed;
}

// Case-folded, blanks collapsed, and Han in its Simplified form: "中國" and "中国", "萬輛" and
// "万辆" are one subject and one unit however the source writes them (keys only, never shown).
std::string CaseFoldCollapsed(std::string_view text) {
  // ASCII (most units and metrics) folds to its lower case: no trip through UTF-16 and ICU, which
  // a briefing's pairwise comparisons of figures would otherwise make hundreds of thousands of times.
  if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    std::string lower(text);
    for (char& c : lower) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    return BlanksCollapsed(lower);
  }
  icu::UnicodeString folded = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  folded.foldCase();
  // Han is written with three-byte lead bytes E3–E9: most keys (Latin) skip the transliterator.
  const bool han = std::any_of(text.begin(), text.end(), [](char c) {
    return static_cast<unsigned char>(c) >= 0xE3 && static_cast<unsigned char>(c) <= 0xE9;
  });
  if (icu::Transliterator* simplified = han ? ThisThreadsHantToHans() : nullptr) simplified->transliterate(folded);
  std::string utf8;
  folded.toUTF8String(utf8);
  return BlanksCollapsed(utf8);
}

// 3e12 as "3e12", 1.85e11 as "1.85e11", 0.5 as "0.5", 10000 as "10000".
std::string FormatNumber(double value) {
  const double magnitude = std::fabs(value);
  if (magnitude == 0 || (magnitude >= 1e-4 && magnitude < 1e6)) return fmt::format("{}", value);
  std::string scientific = fmt::format("{:.14e}", value);  // "1.85000000000000e+11"
  size_t e = scientific.find('e');
  std::string mantissa = scientific.substr(0, e);
  while (mantissa.back() == '0') mantissa.pop_back();
  if (mantissa.back() == '.') mantissa.pop_back();
  int exponent = std::stoi(scientific.substr(e + 1));
  return fmt::format("{}e{}", mantissa, exponent);
}

}  // namespace

bool SameValue(double a, double b) {
  return std::fabs(a - b) <= kSameQuantityTolerance * std::max(std::fabs(a), std::fabs(b));
}

namespace {

struct WrittenDigits {
  double unit = 0;          // one unit of the last digit, in the terms of the value
  int significant = 0;      // digits written, leading zeros left out
};

// The digits of the first number `f`'s surface writes: a point, or a comma before one or two last
// digits, is a decimal point ("94.6", "92,8"); other commas group ("1,250", "1,23,456").
WrittenDigits DigitsOf(const Figure& f) {
  const std::string& s = f.surface;
  size_t i = s.find_first_of("0123456789");
  if (i == std::string::npos) return {};
  double written = 0;
  int decimals = -1, significant = 0;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (c >= '0' && c <= '9') {
      written = written * 10 + (c - '0');
      if (written > 0) ++significant;
      if (decimals >= 0) ++decimals;
      continue;
    }
    size_t run = 0;
    while (i + 1 + run < s.size() && s[i + 1 + run] >= '0' && s[i + 1 + run] <= '9') ++run;
    if (run == 0 || (c != '.' && c != ',')) break;
    if (c == '.' || run <= 2) {
      if (decimals >= 0) return {};  // "1.234,5": read no further
      decimals = 0;
    }
  }
  const double places = std::pow(10.0, std::max(decimals, 0));
  if (written == 0 || f.value == 0) return {};
  // The value over the number as written is its scale ("billion", "cents" as 0.01).
  const double scale = std::fabs(f.value) / (written / places);
  return {scale / places, significant};
}

}  // namespace

double LastDigitUnit(const Figure& f) { return DigitsOf(f).unit; }

bool WrittenAlike(const Figure& a, const Figure& b) {
  // A last digit's place is never above the value, nor is the gap of two alike values: most pairs
  // of figures are further apart than that, and their surfaces are not read.
  if (std::fabs(a.value - b.value) >= std::max(std::fabs(a.value), std::fabs(b.value))) return false;
  const WrittenDigits da = DigitsOf(a), db = DigitsOf(b);
  if (da.unit == 0 || db.unit == 0) return false;
  const bool a_coarser = da.unit >= db.unit;
  const WrittenDigits& coarse = a_coarser ? da : db;
  const double coarse_value = a_coarser ? a.value : b.value, fine_value = a_coarser ? b.value : a.value;
  const double gap = std::fabs(fine_value - coarse_value);
  if (gap <= coarse.unit / 2 * (1 + 1e-9)) return true;  // rounded
  // Cut short: the finer value begins with the coarser's digits ("94.6%" → "94 per cent").
  return coarse.significant >= 2 && std::fabs(fine_value) > std::fabs(coarse_value) && gap < coarse.unit;
}

std::string UnitKey(std::string_view unit) { return CaseFoldCollapsed(unit); }

std::string PerKey(const std::optional<std::string>& per) {
  if (!per) return "";
  std::string key = CaseFoldCollapsed(*per);
  // The abbreviations articles use for the per-units they share.
  static const std::pair<const char*, const char*> kSpelledOut[] = {
      {"mtok", "million tokens"}, {"m tokens", "million tokens"}, {"1m tokens", "million tokens"},
      {"million token", "million tokens"}, {"mo", "month"}, {"yr", "year"}, {"annum", "year"},
  };
  for (const auto& [abbreviation, spelled] : kSpelledOut) {
    if (key == abbreviation) return spelled;
  }
  return key;
}

std::string MetricKey(std::string_view metric) {
  std::string key = CaseFoldCollapsed(metric);
  if (key.size() > 3 && key.back() == 's' && key[key.size() - 2] != 's') key.pop_back();
  return key;
}

bool SameQuantity(const Figure& a, const Figure& b) {
  // The numbers first: they are cheap to compare and differ in most pairs, the keys are not. Within
  // kSameQuantityTolerance two values written in digits are one only when one is the other written
  // to fewer digits (76.4% and 76.6% are two turnouts); the tolerance alone serves the surfaces that
  // write no digits ("twice", Chinese numerals). Surfaces are read only for values near and unequal.
  if (a.kind != b.kind) return false;
  if (a.value != b.value) {
    const bool near = SameValue(a.value, b.value);
    const bool digits = near && LastDigitUnit(a) > 0 && LastDigitUnit(b) > 0;
    if ((!near || digits) && !WrittenAlike(a, b)) return false;
  }
  if (a.value_high.has_value() != b.value_high.has_value()) return false;
  if (a.value_high && !SameValue(*a.value_high, *b.value_high)) return false;
  if (UnitKey(a.unit) != UnitKey(b.unit) || PerKey(a.per) != PerKey(b.per)) return false;
  return !a.metric || !b.metric || MetricKey(*a.metric) == MetricKey(*b.metric);
}

std::string FormatQuantity(const Figure& f) {
  std::string text = FormatNumber(f.value);
  if (f.value_high) text += "–" + FormatNumber(*f.value_high);
  if (!f.unit.empty()) text += " " + f.unit;
  if (f.per) text += " per " + *f.per;
  return text;
}

}  // namespace dossier
