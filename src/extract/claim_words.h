// The words and punctuation of one sentence, as byte spans, for the claim patterns to walk.
// A word is a run of letters and digits in any script, with the joiners that stay inside one
// ("Delta-1", "0.50", "isn't", "@mcuban"); a possessive "'s" / "’s" is a word of its own, so that
// "Cuban's" reads as "Cuban" + "'s". Characters of scripts written without spaces (Han) are one
// word each. Every other character is a punctuation token.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/figure.h"  // ByteSpan

namespace dossier::extract {

struct Token {
  size_t begin;
  size_t end;
  bool word;  // else one punctuation character
};

// The tokens of text[range.begin, range.end).
std::vector<Token> Tokenize(std::string_view text, ByteSpan range);

// The same tokens one at a time, for a reader that may stop at the first that answers its question
// (tokenizing a whole line to look at its first word made each sentence cost its line's length).
class TokenReader {
 public:
  TokenReader(std::string_view text, ByteSpan range) : text_(text), at_(range.begin), end_(range.end) {}
  // The next token in *token; false at the end of the range.
  bool Next(Token* token);

 private:
  std::string_view text_;
  size_t at_;
  size_t end_;
  bool after_word_ = false;  // the last token was a word ending at at_ (a possessive may follow)
};

// The token's bytes, ASCII letters lowercased, the typographic apostrophe read as "'".
std::string Lower(std::string_view text, const Token& token);
// The same, appended to *out (a sentence's words into one buffer).
void AppendLower(std::string_view text, const Token& token, std::string* out);
// The same, written at `out`, which has room for the token's bytes (never fewer are needed):
// the number of bytes written.
size_t LowerInto(std::string_view text, const Token& token, char* out);

// Whether the token is an opening or closing quotation mark (" “ ” ‘ ’ ' « »).
bool IsQuote(std::string_view text, const Token& token);

// A copy of `text` in which each pair of ASCII apostrophes written as a double quotation mark
// (''We played well,'' Ruiz said: the house style of some wires and sports desks) reads as one `"`
// and a blank, the mark on the side of the words it quotes; every other byte as it was, so offsets
// into the copy are offsets into `text`. nullopt when `text` has no such pair.
std::optional<std::string> DoubledApostrophesAsQuotes(std::string_view text);

// Whether the token is a word that starts with an uppercase letter.
bool IsCapitalized(std::string_view text, const Token& token);

// Whether the token is one character of a script written without spaces (Han, kana, Thai…).
bool IsUnspaced(std::string_view text, const Token& token);

}  // namespace dossier::extract
