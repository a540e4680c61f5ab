#include "util/unit_dimensions.h"

#include <algorithm>
#include <iterator>

namespace dossier {

std::optional<BaseUnit> InBaseUnit(std::string_view unit) {
  struct Scaled {
    std::string_view unit;
    BaseUnit base;
  };
  static constexpr Scaled kUnits[] = {
      {"W", {"W", 1}},         {"kW", {"W", 1e3}},     {"MW", {"W", 1e6}},      {"GW", {"W", 1e9}},
      {"TW", {"W", 1e12}},     {"Wh", {"Wh", 1}},      {"kWh", {"Wh", 1e3}},    {"MWh", {"Wh", 1e6}},
      {"GWh", {"Wh", 1e9}},    {"TWh", {"Wh", 1e12}},  {"MB", {"B", 1e6}},      {"GB", {"B", 1e9}},
      {"TB", {"B", 1e12}},     {"PB", {"B", 1e15}},    {"MB/s", {"B/s", 1e6}},  {"GB/s", {"B/s", 1e9}},
      {"TB/s", {"B/s", 1e12}}, {"MHz", {"Hz", 1e6}},   {"GHz", {"Hz", 1e9}},
  };
  auto found = std::find_if(std::begin(kUnits), std::end(kUnits), [&](const Scaled& s) { return s.unit == unit; });
  if (found == std::end(kUnits)) return std::nullopt;
  return found->base;
}

}  // namespace dossier
