// Precision, recall and F1 from the counts of one way of matching predictions with hand labels.
#pragma once

#include <cstddef>
#include <string>

namespace dossier {

// With nothing predicted precision is 1 (nothing was wrong); with nothing labelled recall is 1;
// F1 is 2·matched / (predicted + labelled), 1 when both are 0.
struct MatchCounts {
  size_t matched = 0;
  size_t predicted = 0;
  size_t labelled = 0;

  double Precision() const;
  double Recall() const;
  double F1() const;
  MatchCounts& operator+=(const MatchCounts& other);
};

// "P=0.500 R=0.667 F1=0.571 (2 matched, 4 predicted, 3 labelled)".
std::string Describe(const MatchCounts& counts);

}  // namespace dossier
