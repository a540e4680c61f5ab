// Sources of electricity ("wind", "solar", "offshore wind", "hydropower", "renewables"), which the
// energy press writes as the subjects of generation, capacity and their shares ("Wind grew by
// 13%", "+20% for solar", "Solar: 9.5 gigawatts"). Curated by hand, versioned with the extractor
// (kFigureExtractorVersion 20); read by figure_subject.
#pragma once

#include <optional>
#include <string_view>

namespace dossier::extract {

struct EnergySourceMatch {
  size_t end = 0;           // just past the words
  std::string_view source;  // canonical, lowercase: "wind", "solar", "hydropower", …
  // A fuel also mined and sold ("coal", "gas"): a clause about its output or trade is its
  // producer's, so only a line's label or "for" after a figure makes it the subject.
  bool fuel = false;
};

// The source of electricity whose words begin at `i` (at a word start), if any: ASCII case is
// ignored, and the words end where no letter follows ("solar-generated" holds "solar"; "windfall"
// holds none).
std::optional<EnergySourceMatch> MatchEnergySourceAt(std::string_view text, size_t i);

}  // namespace dossier::extract
