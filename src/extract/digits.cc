#include "extract/digits.h"

#include <charconv>
#include <string>
#include <utility>

#include "extract/lexicon.h"
#include "extract/text_bytes.h"

namespace dossier::extract {

bool WritesDecimalCommas(std::string_view t) {
  int point = 0, comma = 0;
  for (size_t i = 1; i + 1 < t.size() && point < comma + 4 && comma < point + 4; ++i) {
    const char c = t[i];
    if ((c != ',' && c != '.') || !IsDigit(t[i - 1]) || !IsDigit(t[i + 1])) continue;
    size_t digits = 0;
    while (IsDigit(At(t, i + 1 + digits))) ++digits;
    const char after = At(t, i + 1 + digits);
    if (c == '.' && digits == 3 && after == ',' && IsDigit(At(t, i + 5))) {
      ++comma;  // 21.305,6
    } else if (c == '.' && digits != 3) {
      ++point;  // 0.50
    } else if (c == ',' && digits != 3 && after != ',' && after != '.') {
      ++comma;  // 75,10
    } else if (c == ',' && digits == 3 && after == ',') {
      ++point;  // 1,250,000
    }
  }
  return comma > point;
}

namespace {

// Whether the digits at `i` are a number grouped by plain spaces, "21 183" or "1 250 000": at most
// three digits, then groups of exactly three, each after one space. Returns the number of groups.
int SpaceGroupsAt(std::string_view t, size_t i) {
  size_t j = i;
  while (IsDigit(At(t, j))) ++j;
  if (j == i || j - i > 3) return 0;
  int groups = 0;
  while (At(t, j) == ' ' && IsDigit(At(t, j + 1)) && IsDigit(At(t, j + 2)) && IsDigit(At(t, j + 3)) && !IsDigit(At(t, j + 4))) {
    j += 4;
    ++groups;
  }
  return groups;
}

}  // namespace

bool WritesSpaceGroups(std::string_view t) {
  int numbers = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    if (!IsDigit(t[i]) || (i > 0 && (IsDigit(t[i - 1]) || t[i - 1] == '.' || t[i - 1] == ','))) continue;
    size_t j = i;
    while (IsDigit(At(t, j))) ++j;
    if (At(t, j) == ',' && IsDigit(At(t, j + 1)) && IsDigit(At(t, j + 2)) && IsDigit(At(t, j + 3)) && !IsDigit(At(t, j + 4))) {
      return false;  // "1,250": the text groups with commas
    }
    const int groups = SpaceGroupsAt(t, i);
    if (groups >= 2) return true;  // "1 250 000" can be read no other way
    numbers += groups;
    i = j;
  }
  return numbers >= 2;
}

std::optional<bool> DecimalCommaByShape(std::string_view t, size_t i) {
  size_t j = i;
  while (IsDigit(At(t, j))) ++j;
  if (j == i || j - i > 3) return std::nullopt;
  const char group = At(t, j);
  if (group != ',' && group != '.') return std::nullopt;
  // "92,8 %", "7,25%", "12,3 Mrd. Euro", "4,75 Euro": one or two digits after a comma and then a
  // percent sign, a scale word or a unit are decimals (no thousands group is that short).
  if (group == ',') {
    size_t decimals = 0;
    while (IsDigit(At(t, j + 1 + decimals))) ++decimals;
    const size_t after = j + 1 + decimals;
    const bool unit_after = At(t, after) == ' ' && (MatchScaleWord(t, after + 1) || MatchUnit(t, after + 1, false));
    if (decimals >= 1 && decimals <= 2 && (At(t, after) == '%' || (At(t, after) == ' ' && At(t, after + 1) == '%') || unit_after)) {
      return true;
    }
  }
  size_t groups = 0;
  while (At(t, j) == group && IsDigit(At(t, j + 1)) && IsDigit(At(t, j + 2)) && IsDigit(At(t, j + 3)) && !IsDigit(At(t, j + 4))) {
    j += 4;
    ++groups;
  }
  const char decimal = group == '.' ? ',' : '.';
  if (groups == 0 || At(t, j) != decimal || !IsDigit(At(t, j + 1))) return std::nullopt;
  return group == '.';
}

namespace {

// Whether space-separated groups of three digits at `j` ("4 900宗", "308 000個單位") run on into a
// Han character: Hong Kong's government and press group thousands with a space in Chinese text,
// where a space between two numbers would otherwise never fall.
bool SpaceGroupsBeforeHan(std::string_view t, size_t j) {
  size_t k = j;
  while (At(t, k) == ' ' && IsDigit(At(t, k + 1)) && IsDigit(At(t, k + 2)) && IsDigit(At(t, k + 3)) && !IsDigit(At(t, k + 4))) k += 4;
  const auto lead = static_cast<unsigned char>(At(t, k));
  return k > j && lead >= 0xE4 && lead <= 0xE9;
}

}  // namespace

std::optional<Number> ReadDigits(std::string_view t, size_t i, bool decimal_comma, bool space_groups) {
  const char group = decimal_comma ? '.' : ',';
  const char point = decimal_comma ? ',' : '.';
  std::string clean;
  size_t j = i;
  while (j < t.size() && IsDigit(t[j])) clean += t[j++];
  const size_t leading = j - i;
  bool grouped = false, decimal = false;
  // Indian grouping, "1,23,456" and "12,34,56,789": pairs of digits, then a last group of three.
  if (!decimal_comma && leading <= 2) {
    size_t k = j;
    std::string pairs;
    while (At(t, k) == ',' && IsDigit(At(t, k + 1)) && IsDigit(At(t, k + 2)) && At(t, k + 3) == ',') {
      pairs.append(t.substr(k + 1, 2));
      k += 3;
    }
    if (!pairs.empty() && At(t, k) == ',' && IsDigit(At(t, k + 1)) && IsDigit(At(t, k + 2)) && IsDigit(At(t, k + 3)) &&
        !IsDigit(At(t, k + 4))) {
      clean += pairs;
      clean.append(t.substr(k + 1, 3));
      j = k + 4;
      grouped = true;
    }
  }
  for (;;) {
    size_t sep = 0;  // the separator's length in bytes
    if (At(t, j) == group) {
      sep = 1;
    } else if (leading <= 3 && At(t, j) == ' ' && (decimal_comma || space_groups || SpaceGroupsBeforeHan(t, j))) {
      sep = 1;  // "2 400", "4 900宗"
    } else if (leading <= 3 && StartsWith(t, j, "\xc2\xa0")) {
      sep = 2;  // no-break space: set between groups, never between two numbers
    } else if (leading <= 3 && (StartsWith(t, j, "\xe2\x80\xaf") || StartsWith(t, j, "\xe2\x80\x89"))) {
      sep = 3;  // narrow no-break space, thin space
    }
    if (sep == 0 || !IsDigit(At(t, j + sep)) || !IsDigit(At(t, j + sep + 1)) || !IsDigit(At(t, j + sep + 2)) ||
        IsDigit(At(t, j + sep + 3))) {
      break;
    }
    clean.append(t.substr(j + sep, 3));
    j += sep + 3;
    grouped = true;
  }
  // A text of decimal commas may still write "€1.2 billion": a "." that cannot group thousands.
  const bool stray_point = decimal_comma && !grouped && At(t, j) == '.' && IsDigit(At(t, j + 1)) &&
                           !(IsDigit(At(t, j + 2)) && IsDigit(At(t, j + 3)) && !IsDigit(At(t, j + 4)));
  // "45·6%": a middle dot between digits is the decimal point of British journals (The Lancet).
  const bool middle_dot = StartsWith(t, j, "\xc2\xb7") && IsDigit(At(t, j + 2));
  if (((At(t, j) == point || stray_point) && IsDigit(At(t, j + 1))) || middle_dot) {
    clean += '.';
    j += middle_dot ? 2 : 1;
    while (j < t.size() && IsDigit(t[j])) clean += t[j++];
    decimal = true;
    if ((At(t, j) == '.' || At(t, j) == point) && IsDigit(At(t, j + 1))) return std::nullopt;
  }
  Number n;
  n.end = j;
  std::from_chars(clean.data(), clean.data() + clean.size(), n.value);
  n.plain_integer = !grouped && !decimal;
  // "2½ years", "4¾%": a vulgar fraction after the whole number, as British and Irish papers write.
  if (!decimal) {
    static constexpr std::pair<std::string_view, double> kFractions[] = {
        {"\xc2\xbd", 0.5}, {"\xc2\xbc", 0.25}, {"\xc2\xbe", 0.75}, {"\xe2\x85\x93", 1.0 / 3}, {"\xe2\x85\x94", 2.0 / 3}};
    for (const auto& [fraction, value] : kFractions) {
      if (!StartsWith(t, j, fraction)) continue;
      n.end = j + fraction.size();
      n.value += value;
      n.plain_integer = false;
      break;
    }
  }
  return n;
}

}  // namespace dossier::extract
