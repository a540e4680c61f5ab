// When two figures state the same quantity, and how a quantity is written for people.
//
// Two figures state the same quantity when their kinds, units and per-units agree (case-folded,
// with common abbreviations spelled out: "Mtok" is "million tokens"), their values (and range tops)
// are within kSameQuantityTolerance of each other, and their metrics match where both have one.
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

// The key two figures' units, per-units or metrics are compared by: case-folded, spaces collapsed,
// per-unit abbreviations spelled out, a metric's last word singular.
std::string UnitKey(std::string_view unit);
std::string PerKey(const std::optional<std::string>& per);
std::string MetricKey(std::string_view metric);

// "3e12 USD", "0.5 USD per million tokens", "45–57 percent": the form `dossier trace` also accepts.
std::string FormatQuantity(const Figure& f);

}  // namespace dossier
