// When two figures state the same quantity, and how a quantity is written for people.
//
// Two figures state the same quantity when their kinds, units and per-units agree (case-folded,
// with common abbreviations spelled out: "Mtok" is "million tokens"), their values are one written
// to fewer digits than the other or the same (WrittenAlike; within kSameQuantityTolerance of each
// other where a surface writes no digits), their range tops within kSameQuantityTolerance, and their
// metrics match where both have one.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "dossier/figure.h"

namespace dossier {

// Relative: $3 trillion and $3.01 trillion are the same quantity, $700 and $725 billion are not.
inline constexpr double kSameQuantityTolerance = 0.005;

bool SameValue(double a, double b);
bool SameQuantity(const Figure& a, const Figure& b);

// Whether one of the two values is the other written to fewer digits, as outlets round or cut one
// figure: "94 per cent" for 94.2% (rounded) or for 94.6% (cut short), "$1.2 billion" for $1.16
// billion; a value of one digit only rounded ("$3 billion" for $3.4 billion, not for $3.9 billion).
// False where a surface writes no digits (Chinese numerals, "twice").
bool WrittenAlike(const Figure& a, const Figure& b);

// One unit of the last digit `f` writes, in the terms of its value ("94 per cent" 1, "94.6%" 0.1,
// "$1.2 billion" 1e8, "12.5 cents" 0.001), or 0 when its surface writes no digits.
double LastDigitUnit(const Figure& f);

// The key two figures' units, per-units or metrics are compared by: case-folded, spaces collapsed,
// per-unit abbreviations spelled out, a metric's last word singular.
std::string UnitKey(std::string_view unit);
std::string PerKey(const std::optional<std::string>& per);
std::string MetricKey(std::string_view metric);

// "3e12 USD", "0.5 USD per million tokens", "45–57 percent": the form `dossier trace` also accepts.
std::string FormatQuantity(const Figure& f);

}  // namespace dossier
