// The names of figure kinds and approximations, as they appear in events, JSON and the CLI.
#include <array>
#include <utility>

#include "dossier/figure.h"

namespace dossier {
namespace {

constexpr std::array<std::pair<FigureKind, const char*>, 7> kKindNames = {{
    {FigureKind::kMoney, "money"},
    {FigureKind::kPercent, "percent"},
    {FigureKind::kMultiple, "multiple"},
    {FigureKind::kRate, "rate"},
    {FigureKind::kDuration, "duration"},
    {FigureKind::kCount, "count"},
    {FigureKind::kQuantity, "quantity"},
}};

constexpr std::array<std::pair<Approximation, const char*>, 6> kApproxNames = {{
    {Approximation::kExact, "exact"},
    {Approximation::kApproximate, "approximate"},
    {Approximation::kAtLeast, "at_least"},
    {Approximation::kMoreThan, "more_than"},
    {Approximation::kAtMost, "at_most"},
    {Approximation::kLessThan, "less_than"},
}};

template <typename Enum, size_t N>
const char* NameOf(const std::array<std::pair<Enum, const char*>, N>& names, Enum value) {
  for (const auto& [e, name] : names) {
    if (e == value) return name;
  }
  return "unknown";
}

template <typename Enum, size_t N>
std::optional<Enum> ValueOf(const std::array<std::pair<Enum, const char*>, N>& names, std::string_view name) {
  for (const auto& [e, n] : names) {
    if (name == n) return e;
  }
  return std::nullopt;
}

}  // namespace

const char* ToString(FigureKind kind) { return NameOf(kKindNames, kind); }
const char* ToString(Approximation approx) { return NameOf(kApproxNames, approx); }
std::optional<FigureKind> ParseFigureKind(std::string_view name) { return ValueOf(kKindNames, name); }
std::optional<Approximation> ParseApproximation(std::string_view name) { return ValueOf(kApproxNames, name); }

}  // namespace dossier
