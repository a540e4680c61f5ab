#include "extract/figure_subject_sources.h"

#include <iterator>

#include "extract/text_bytes.h"

namespace dossier::extract {

std::optional<EnergySourceMatch> MatchEnergySourceAt(std::string_view text, size_t i) {
  // Longer words first: "offshore wind" before "wind", "solar pv" before "solar".
  static constexpr std::pair<std::string_view, std::string_view> kSources[] = {
      {"offshore wind", "offshore wind"}, {"onshore wind", "onshore wind"}, {"solar pv", "solar"},
      {"solar photovoltaic", "solar"},     {"photovoltaics", "solar"},       {"natural gas", "gas"},
      {"hydroelectricity", "hydropower"},  {"hydroelectric", "hydropower"},  {"hydropower", "hydropower"},
      {"renewables", "renewables"},        {"geothermal", "geothermal"},      {"biomass", "biomass"},
      {"nuclear", "nuclear"},              {"hydro", "hydropower"},           {"solar", "solar"},
      {"wind", "wind"},                    {"coal", "coal"},                  {"gas", "gas"}};
  for (const auto& [words, source] : kSources) {
    if (i + words.size() > text.size() || !StartsWithNoCase(text, i, words)) continue;
    if (IsAsciiLetter(At(text, i + words.size()))) continue;
    return EnergySourceMatch{i + words.size(), source, source == "coal" || source == "gas"};
  }
  return std::nullopt;
}

}  // namespace dossier::extract
