#include "support/match_counts.h"

#include <fmt/format.h>

namespace dossier {

double MatchCounts::Precision() const { return predicted == 0 ? 1.0 : double(matched) / double(predicted); }
double MatchCounts::Recall() const { return labelled == 0 ? 1.0 : double(matched) / double(labelled); }
double MatchCounts::F1() const {
  return predicted + labelled == 0 ? 1.0 : 2.0 * double(matched) / double(predicted + labelled);
}

MatchCounts& MatchCounts::operator+=(const MatchCounts& other) {
  matched += other.matched;
  predicted += other.predicted;
  labelled += other.labelled;
  return *this;
}

std::string Describe(const MatchCounts& counts) {
  return fmt::format("P={:.3f} R={:.3f} F1={:.3f} ({} matched, {} predicted, {} labelled)", counts.Precision(),
                     counts.Recall(), counts.F1(), counts.matched, counts.predicted, counts.labelled);
}

}  // namespace dossier
