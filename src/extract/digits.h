// Numbers written in digits: thousands groups and decimal parts in either convention
// ("1,234.5" or "1.234,5" and "2 400"), and how to tell which one a text uses.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace dossier::extract {

// One number as written (in digits, words or Chinese numerals), before anything that follows it.
struct Number {
  size_t end = 0;
  double value = 0;
  bool plain_integer = false;  // digits only: no decimal point, no group separator
  bool spelled = false;
};

// True when `t` writes decimal commas ("75,10", "21.305,6") rather than decimal points ("0.50",
// "1,250,000"), judged from the separators only one convention explains, until one leads by four.
bool WritesDecimalCommas(std::string_view t);

// The convention the digits at `i` can only be read in, whatever the text around them writes:
// true for "1.234,5" (point groups, then a comma decimal), false for "1,234.5", else nullopt.
std::optional<bool> DecimalCommaByShape(std::string_view t, size_t i);

// True when `t` groups thousands with plain spaces though it writes decimal points ("21 183
// tonnes", as wire copy from much of Europe and Africa does): it groups no number with a comma, and
// writes two numbers so, or one of three groups or more ("1 250 000"). A lone "5 250" stays two
// numbers ("on May 5 250 people").
bool WritesSpaceGroups(std::string_view t);

// The number written in digits at `i`: "," groups and a "." decimal part, or with `decimal_comma`
// "." or space groups and a "," decimal part; with `space_groups` plain spaces group thousands too.
// No-break, narrow no-break and thin spaces group thousands in any text. Nullopt for a version
// ("3.1.2").
std::optional<Number> ReadDigits(std::string_view t, size_t i, bool decimal_comma, bool space_groups = false);

}  // namespace dossier::extract
