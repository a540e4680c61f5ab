#include "extract/datelines.h"

#include <algorithm>
#include <utility>

#include "extract/news_outlets.h"
#include "extract/text_bytes.h"

namespace dossier::extract {

namespace {

constexpr size_t kDatelineReach = 100;  // bytes: where a dateline's dash may stand

// The Han form: the agency and place, the day and 电 ("sent"), maybe the reporters in brackets,
// then a slash or a space ("新华社北京10月20日电（记者 王春霞）", "中評社北京10月20日電／").
size_t HanDatelineLength(std::string_view s) {
  size_t at = std::string_view::npos;
  const std::string_view reach = s.substr(0, kDatelineReach + 8);
  for (std::string_view sent : {"\xE6\x97\xA5\xE7\x94\xB5", "\xE6\x97\xA5\xE9\x9B\xBB"}) {  // 日电, 日電
    at = std::min(at, reach.find(sent));
  }
  if (at == std::string_view::npos || at > kDatelineReach || s.substr(0, at).find("\xE6\x9C\x88") == std::string_view::npos ||
      s.substr(0, at).find('\n') != std::string_view::npos) {
    return 0;  // no 电 after a day of a month (月) near the start of the line
  }
  size_t end = at + 6;
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"(", ")"}, {"\xEF\xBC\x88", "\xEF\xBC\x89"}}) {
    const size_t closed = s.substr(0, end + 60).find(close, end);  // "（记者 王春霞）": a few names
    if (StartsWith(s, end, open) && closed != std::string_view::npos) end = closed + close.size();
  }
  for (std::string_view separator : {"\xEF\xBC\x8F", "/", " ", "\xE3\x80\x80"}) {  // ／, /, space, ideographic space
    if (StartsWith(s, end, separator)) end += separator.size();
  }
  return end;
}

// The length of the dash that ends a dateline at `i` (its blanks included), or 0: " - ", " -- ",
// " — ", " – ", and unspaced "—" or " -" before a capital ("BEIJING—The", "(Reuters) -The").
size_t DashAt(std::string_view s, size_t i) {
  size_t j = i;
  const bool spaced = At(s, j) == ' ';
  if (spaced) ++j;
  if (StartsWith(s, j, "--")) {
    j += 2;
  } else if (StartsWith(s, j, kEmDash) || StartsWith(s, j, kEnDash)) {
    j += kEmDash.size();
  } else if (spaced && At(s, j) == '-') {
    ++j;
  } else {
    return 0;
  }
  if (At(s, j) == ' ') return j + 1 - i;
  // Unspaced after the dash: a capital, a digit or a quotation mark must follow at once.
  const char next = At(s, j);
  return IsUpper(next) || IsDigit(next) || next == '"' || next == '\xe2' ? j - i : 0;
}

// "(CNN)The airline", "(Bloomberg) The bank": an outlet of the list in brackets opening the line
// and a capital after it; its length with the blank, else 0.
size_t BracketedOutletLength(std::string_view s) {
  if (At(s, 0) != '(') return 0;
  const size_t close = s.substr(0, 40).find(')');
  if (close == std::string_view::npos || !IsNewsOutlet(s.substr(1, close - 1))) return 0;
  const size_t after = At(s, close + 1) == ' ' ? close + 2 : close + 1;
  return IsUpper(At(s, after)) ? after : 0;
}

// "MEXICO CITY (Wirewatch / Agency - 13th April, 2020) Mexico has": a place in capitals, then in
// brackets a listed outlet or a date (a digit), then a capital, with no dash; its length with the
// blank, else 0.
size_t PlaceAndBracketLength(std::string_view s) {
  const size_t open = s.substr(0, kDatelineReach).find(" (");
  if (open == std::string_view::npos) return 0;
  size_t capitals = 0;
  for (char c : s.substr(0, open)) {
    if (IsLower(c) || c == '\n') return 0;
    if (IsUpper(c)) ++capitals;
  }
  const size_t close = s.find(')', open);
  if (capitals < 3 || close == std::string_view::npos || close > kDatelineReach || !IsUpper(At(s, close + 2)) ||
      At(s, close + 1) != ' ') {
    return 0;
  }
  const std::string_view inside = s.substr(open + 2, close - open - 2);
  bool named = std::any_of(inside.begin(), inside.end(), IsDigit);
  for (size_t at = 0; !named && at < inside.size();) {  // "UrduPoint News / Sputnik": a part an outlet
    size_t end = inside.find('/', at);
    if (end == std::string_view::npos) end = inside.size();
    std::string_view part = inside.substr(at, end - at);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    named = IsNewsOutlet(part);
    at = end + 1;
  }
  return named ? close + 2 : 0;
}

}  // namespace

size_t DatelineLength(std::string_view s) {
  size_t depth = 0;             // brackets open: their words may be anything ("(Wire / Agency - date)")
  size_t agency_end = 0;        // just after the last bracket closed, if a capital opened it
  bool capital_bracket = false;  // the open bracket starts with a capital: "(Reuters", "(AP"
  size_t place_capitals = 0;    // the place's capitals: before its first comma or bracket
  bool place_open = true;       // still in the place
  bool place_in_capitals = true;
  bool word_start = true;
  for (size_t i = 0; i < s.size() && i <= kDatelineReach; ++i) {
    const char c = s[i];
    if (c == '\n') break;
    if (depth == 0 && i > 0) {
      if (const size_t dash = DashAt(s, i)) {
        size_t blank = i;  // "(Reuters) -": the bracket closed right before the dash's blank
        while (blank > 0 && s[blank - 1] == ' ') --blank;
        const bool agency = agency_end != 0 && blank == agency_end;
        if (agency || (place_in_capitals && place_capitals >= 3)) return i + dash;
        break;  // a dash after words that date nothing: a headline's or a sentence's
      }
    }
    if (c == '(') {
      if (depth++ == 0) capital_bracket = IsUpper(At(s, i + 1));
      place_open = false;
    } else if (c == ')' && depth > 0) {
      if (--depth == 0) agency_end = capital_bracket ? i + 1 : 0;
    } else if (depth == 0) {
      if (c == ',') place_open = false;
      if (place_open && IsUpper(c)) ++place_capitals;
      if (place_open && IsLower(c)) place_in_capitals = false;
      if (word_start && IsLower(c)) break;  // a lowercase word: prose, not a dateline ("Jan.", "Va." are kept)
    }
    word_start = c == ' ' || c == '(' || c == '/';
  }
  if (const size_t outlet = BracketedOutletLength(s)) return outlet;
  if (const size_t place = PlaceAndBracketLength(s)) return place;
  return HanDatelineLength(s);
}

size_t FirstBodyParagraph(std::string_view t) {
  const size_t headline = t.find("\n\n");
  if (headline == std::string_view::npos) return 0;
  size_t body = headline + 2;
  while (body < t.size() && t[body] == '\n') ++body;
  return body;
}

size_t ColonDatelineLength(std::string_view s) {
  size_t i = 0;
  for (int words = 0; words < 3; ++words) {
    if (!IsUpper(At(s, i))) return 0;
    while (IsAsciiLetter(At(s, i)) || At(s, i) == '.' || At(s, i) == '-') ++i;
    if (At(s, i) == ':') {
      const char next = At(s, i + 2);
      return At(s, i + 1) == ' ' && (IsUpper(next) || IsDigit(next) || next == '"' || next == '\xe2') ? i + 2 : 0;
    }
    if (At(s, i) != ' ') return 0;
    // "London - European shares advanced …": a place in mixed case before a dash.
    for (std::string_view dash : {"- ", "\xe2\x80\x94 ", "\xe2\x80\x93 "}) {
      if (s.substr(i + 1, dash.size()) == dash && IsUpper(At(s, i + 1 + dash.size()))) return i + 1 + dash.size();
    }
    ++i;
  }
  return 0;
}

}  // namespace dossier::extract
