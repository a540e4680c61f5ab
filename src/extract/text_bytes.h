// Byte-level helpers for scanning UTF-8 text: ASCII classes, words, whitespace and character
// boundaries. The recognizer works on bytes so that every offset it reports is a byte offset.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace dossier::extract {

constexpr std::string_view kEnDash = "\xe2\x80\x93";  // –
constexpr std::string_view kEmDash = "\xe2\x80\x94";  // —
constexpr std::string_view kBullet = "\xe2\x80\xa2";  // •

constexpr bool IsDigit(char c) { return c >= '0' && c <= '9'; }
constexpr bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool IsAsciiLetter(char c) { return IsLower(c) || IsUpper(c); }
constexpr bool IsAsciiAlnum(char c) { return IsAsciiLetter(c) || IsDigit(c); }
constexpr bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
constexpr bool IsNonAscii(char c) { return static_cast<unsigned char>(c) >= 0x80; }
constexpr char ToLowerAscii(char c) { return IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// The byte at `i`, or NUL past either end.
inline char At(std::string_view t, size_t i) { return i < t.size() ? t[i] : '\0'; }
inline char Before(std::string_view t, size_t i) { return i > 0 && i <= t.size() ? t[i - 1] : '\0'; }

// (Byte loops, not string_view's ==: the strings asked about are a few bytes, most differ at the
// first, and == called memcmp for each.)
inline bool SameBytes(const char* a, std::string_view b) {
  for (size_t k = 0; k < b.size(); ++k) {
    if (a[k] != b[k]) return false;
  }
  return true;
}

inline bool StartsWith(std::string_view t, size_t i, std::string_view s) {
  return i <= t.size() && t.size() - i >= s.size() && SameBytes(t.data() + i, s);
}

inline bool EndsWith(std::string_view t, std::string_view suffix) {
  return t.size() >= suffix.size() && SameBytes(t.data() + t.size() - suffix.size(), suffix);
}

// True when the ASCII-case-insensitive `s` is at `i`; `s` must be lowercase.
inline bool StartsWithNoCase(std::string_view t, size_t i, std::string_view s) {
  if (i + s.size() > t.size()) return false;
  for (size_t k = 0; k < s.size(); ++k) {
    if (ToLowerAscii(t[i + k]) != s[k]) return false;
  }
  return true;
}

// The end of the ASCII word (letters only) at `i`.
inline size_t WordEnd(std::string_view t, size_t i) {
  while (i < t.size() && IsAsciiLetter(t[i])) ++i;
  return i;
}

// The start of the ASCII word (letters only) that ends at `end`.
inline size_t WordStart(std::string_view t, size_t end) {
  while (end > 0 && IsAsciiLetter(t[end - 1])) --end;
  return end;
}

// The bytes of a list item's marker opening `line` ("• ", "- ", "* ", "▪ ") with the blanks after
// it, or 0 when the line is not a bulleted item.
inline size_t ListMarkerLength(std::string_view line) {
  size_t at = 0;
  while (at < line.size() && (line[at] == ' ' || line[at] == '\t')) ++at;
  size_t marker = 0;
  if (StartsWith(line, at, kBullet) || StartsWith(line, at, "\xe2\x96\xaa")) {
    marker = 3;
  } else if (At(line, at) == '-' || At(line, at) == '*') {
    marker = 1;
  }
  if (marker == 0 || (At(line, at + marker) != ' ' && At(line, at + marker) != '\t')) return 0;
  at += marker;
  while (at < line.size() && (line[at] == ' ' || line[at] == '\t')) ++at;
  return at;
}

// Whether `word` stands in `text` as a whole word: no ASCII letter or digit right before or after it.
inline bool HasWholeWord(std::string_view text, std::string_view word) {
  for (size_t at = text.find(word); !word.empty() && at != std::string_view::npos; at = text.find(word, at + 1)) {
    if (!IsAsciiAlnum(Before(text, at)) && !IsAsciiAlnum(At(text, at + word.size()))) return true;
  }
  return false;
}

inline std::string Lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ToLowerAscii(c);
  return out;
}

// Spaces and tabs at `i`, and, when `newline` is set, at most one line break among them.
inline size_t SkipBlanks(std::string_view t, size_t i, bool newline) {
  bool crossed = false;
  while (i < t.size()) {
    const char c = t[i];
    if (c == ' ' || c == '\t' || (c == '\xc2' && At(t, i + 1) == '\xa0')) {
      i += c == '\xc2' ? 2 : 1;
    } else if (newline && !crossed && (c == '\n' || c == '\r')) {
      crossed = true;
      i += (c == '\r' && At(t, i + 1) == '\n') ? 2 : 1;
    } else {
      break;
    }
  }
  return i;
}

// The same backwards from `end`: where the blanks before `end` begin.
inline size_t SkipBlanksBack(std::string_view t, size_t end) {
  while (end > 0 && (t[end - 1] == ' ' || t[end - 1] == '\t')) --end;
  return end;
}

// `i` moved back (or forward, with `forward`) to the start of a UTF-8 character.
inline size_t CharBoundary(std::string_view t, size_t i, bool forward) {
  if (forward) {
    while (i < t.size() && IsContinuationByte(t[i])) ++i;
  } else {
    while (i > 0 && i < t.size() && IsContinuationByte(t[i])) --i;
  }
  return i;
}

// The lowercase word ending just before `end` (blanks skipped), and where it starts.
inline std::pair<std::string, size_t> WordBefore(std::string_view t, size_t end) {
  const size_t e = SkipBlanksBack(t, end);
  const size_t b = WordStart(t, e);
  return {Lowercase(t.substr(b, e - b)), b};
}

}  // namespace dossier::extract
