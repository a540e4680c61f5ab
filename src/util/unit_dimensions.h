// Physical units that measure one dimension at different scales, so that figures written in
// different ones compare: kW, MW, GW and TW are watts; kWh to TWh watt-hours; MB to PB bytes;
// MB/s to TB/s bytes a second; MHz and GHz hertz. Currencies are never converted.
#pragma once

#include <optional>
#include <string_view>

namespace dossier {

struct BaseUnit {
  std::string_view unit;  // "W", "Wh", "B", "B/s", "Hz"
  double factor;          // how many base units one of the unit is: GW -> 1e9
};

// The base unit of `unit` as figures write it (figure.h), or nullopt for a unit of its own.
std::optional<BaseUnit> InBaseUnit(std::string_view unit);

}  // namespace dossier
