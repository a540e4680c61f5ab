#include "extract/claim_words.h"

#include <cctype>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "extract/scripts.h"

namespace dossier::extract {
namespace {

constexpr std::string_view kRightSingleQuote = "\xe2\x80\x99";  // ’

bool IcuWordChar(UChar32 c) {
  return c >= 0 && (c == '_' || u_isdigit(c) || u_hasBinaryProperty(c, UCHAR_ALPHABETIC) || u_getCombiningClass(c) != 0);
}

bool IcuBlank(UChar32 c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || u_isUWhiteSpace(c); }

// What IcuWordChar and IcuBlank say of each ASCII character, asked once: most news text is ASCII,
// and ICU's property lookups per character were most of the tokenizer's time.
struct AsciiClasses {
  bool word[128];
  bool blank[128];
};

AsciiClasses AsciiFromIcu() {
  AsciiClasses classes{};
  for (UChar32 c = 0; c < 128; ++c) {
    classes.word[c] = IcuWordChar(c);
    classes.blank[c] = IcuBlank(c);
  }
  return classes;
}

// At namespace scope, not a function's static: the lookup pays no guard for every character.
const AsciiClasses kAscii = AsciiFromIcu();

// No ASCII character is of a script written without spaces.
bool IsUnspacedChar(UChar32 c) { return c >= 0x80 && IsUnspacedScript(c); }

bool IsWordChar(UChar32 c) { return c >= 0 && c < 0x80 ? kAscii.word[c] : IcuWordChar(c); }

class Reader {
 public:
  Reader(std::string_view text, size_t end) : text_(text), end_(static_cast<int32_t>(end)) {}
  // The code point at `i` and where the next one starts.
  UChar32 At(size_t i, size_t* next = nullptr) const {
    if (static_cast<int32_t>(i) >= end_) {
      if (next) *next = i;
      return U_SENTINEL;
    }
    int32_t j = static_cast<int32_t>(i);
    UChar32 c;
    U8_NEXT(text_.data(), j, end_, c);
    if (next) *next = static_cast<size_t>(j);
    return c;
  }
  // The length of an apostrophe at `i` (' or ’), or 0.
  size_t Apostrophe(size_t i) const {
    if (static_cast<int32_t>(i) < end_ && text_[i] == '\'') return 1;
    return text_.substr(i, kRightSingleQuote.size()) == kRightSingleQuote && static_cast<int32_t>(i + 3) <= end_ ? 3 : 0;
  }
  // Whether a possessive 's (an apostrophe, s, then no letter) starts at `i`; its end in *end.
  bool Possessive(size_t i, size_t* end) const {
    const size_t apostrophe = Apostrophe(i);
    if (apostrophe == 0) return false;
    size_t after_s;
    const UChar32 s = At(i + apostrophe, &after_s);
    if (s != 's' && s != 'S') return false;
    const UChar32 next = At(after_s);
    if (IsWordChar(next) && !IsUnspacedChar(next)) return false;
    *end = after_s;
    return true;
  }

 private:
  std::string_view text_;
  int32_t end_;
};

bool IsBlank(UChar32 c) { return c >= 0 && c < 0x80 ? kAscii.blank[c] : IcuBlank(c); }

}  // namespace

bool TokenReader::Next(Token* token) {
  const Reader reader(text_, end_);
  size_t& i = at_;
  while (i < end_) {
    size_t next;
    const UChar32 c = reader.At(i, &next);
    if (IsBlank(c)) {
      i = next;
      after_word_ = false;
      continue;
    }
    size_t possessive_end;
    if (after_word_ && reader.Possessive(i, &possessive_end)) {
      *token = {i, possessive_end, true};
      i = possessive_end;
      return true;  // after_word_ stays: the possessive is a word that ends here too
    }
    if (IsUnspacedChar(c)) {
      *token = {i, next, true};
      i = next;
      after_word_ = true;
      return true;
    }
    const bool handle = c == '@' && IsWordChar(reader.At(next)) && !IsUnspacedChar(reader.At(next));
    if (!IsWordChar(c) && !handle) {
      *token = {i, next, false};
      i = next;
      after_word_ = false;
      return true;
    }
    // A word: word characters, and joiners with word characters on both sides.
    const size_t begin = i;
    UChar32 previous = c;
    i = next;
    while (i < end_) {
      const auto byte = static_cast<unsigned char>(text_[i]);
      if (byte < 0x80 && kAscii.word[byte]) {  // the common case, without decoding
        previous = byte;
        ++i;
        continue;
      }
      size_t after;
      const UChar32 d = reader.At(i, &after);
      if (IsWordChar(d) && !IsUnspacedChar(d)) {
        previous = d;
        i = after;
        continue;
      }
      size_t joiner_end = after;
      if (const size_t apostrophe = reader.Apostrophe(i)) {
        if (reader.Possessive(i, &possessive_end)) break;
        joiner_end = i + apostrophe;
      } else if (!(d == '-' || ((d == '.' || d == ',') && u_isdigit(previous)))) {
        break;
      }
      size_t after_joiner;
      const UChar32 e = reader.At(joiner_end, &after_joiner);
      if (!IsWordChar(e) || IsUnspacedChar(e) || ((d == '.' || d == ',') && !u_isdigit(e))) break;
      previous = e;
      i = after_joiner;
    }
    *token = {begin, i, true};
    after_word_ = true;
    return true;
  }
  return false;
}

std::vector<Token> Tokenize(std::string_view text, ByteSpan range) {
  std::vector<Token> tokens;
  tokens.reserve((range.end - range.begin) / 4);  // about a token per five bytes of English: one allocation
  TokenReader reader(text, range);
  Token token;
  while (reader.Next(&token)) tokens.push_back(token);
  return tokens;
}

std::string Lower(std::string_view text, const Token& token) {
  std::string out;
  out.reserve(token.end - token.begin);
  AppendLower(text, token, &out);
  return out;
}

size_t LowerInto(std::string_view text, const Token& token, char* out) {
  char* o = out;
  for (size_t i = token.begin; i < token.end; ++i) {
    const char c = text[i];
    if (c == kRightSingleQuote[0] && text.substr(i, kRightSingleQuote.size()) == kRightSingleQuote) {
      *o++ = '\'';
      i += kRightSingleQuote.size() - 1;
      continue;
    }
    *o++ = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return static_cast<size_t>(o - out);
}

void AppendLower(std::string_view text, const Token& token, std::string* out) {
  const size_t start = out->size();
  out->resize(start + (token.end - token.begin));
  out->resize(start + LowerInto(text, token, &(*out)[start]));
}

bool IsQuote(std::string_view text, const Token& token) {
  if (token.word) return false;
  // Every mark below opens with one of these bytes; most punctuation ("," ".") is none of them.
  const unsigned char first = static_cast<unsigned char>(text[token.begin]);
  if (first != '"' && first != '\'' && first != 0xE2 && first != 0xC2 && first != 0xE3) return false;
  const std::string_view s = text.substr(token.begin, token.end - token.begin);
  // A plural's possessive apostrophe ("builders' federation chief"): glued to an -s and followed
  // by a lowercase word, it closes no quotation.
  if ((s == "'" || s == kRightSingleQuote) && token.begin > 0 && text[token.begin - 1] == 's' && token.end + 1 < text.size() &&
      text[token.end] == ' ' && text[token.end + 1] >= 'a' && text[token.end + 1] <= 'z') {
    return false;
  }
  return s == "\"" || s == "'" || s == "\xe2\x80\x9c" || s == "\xe2\x80\x9d" || s == "\xe2\x80\x98" ||
         s == kRightSingleQuote || s == "\xc2\xab" || s == "\xc2\xbb" || s == "\xe3\x80\x8c" || s == "\xe3\x80\x8d";
}

std::optional<std::string> DoubledApostrophesAsQuotes(std::string_view text) {
  std::optional<std::string> copy;
  for (size_t at = text.find("''"); at != std::string_view::npos; at = text.find("''", at + 2)) {
    // Exactly two: three or more are no quotation mark of this kind.
    if ((at > 0 && text[at - 1] == '\'') || (at + 2 < text.size() && text[at + 2] == '\'')) continue;
    if (!copy) copy.emplace(text);
    const bool blank_before = at == 0 || std::isspace(static_cast<unsigned char>(text[at - 1]));
    const bool blank_after = at + 2 == text.size() || std::isspace(static_cast<unsigned char>(text[at + 2]));
    // An opening mark glued to its first word ("''We") keeps to it: ` "We`; else `" `.
    if (blank_before && !blank_after) {
      copy->replace(at, 2, " \"");
    } else {
      copy->replace(at, 2, "\" ");
    }
  }
  return copy;
}

bool IsCapitalized(std::string_view text, const Token& token) {
  if (!token.word) return false;
  const char first = text[token.begin];
  if (static_cast<unsigned char>(first) < 0x80) return first >= 'A' && first <= 'Z';  // ICU's answer for ASCII
  int32_t i = static_cast<int32_t>(token.begin);
  UChar32 c;
  U8_NEXT(text.data(), i, static_cast<int32_t>(token.end), c);
  return c >= 0 && u_isupper(c);
}

bool IsUnspaced(std::string_view text, const Token& token) {
  if (!token.word) return false;
  int32_t i = static_cast<int32_t>(token.begin);
  UChar32 c;
  U8_NEXT(text.data(), i, static_cast<int32_t>(token.end), c);
  return IsUnspacedChar(c);
}

}  // namespace dossier::extract
