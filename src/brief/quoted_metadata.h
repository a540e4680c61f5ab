// QuotedMetadata: where a briefing line quotes a cited source's recorded title or outlet word for
// word. A number that starts there ("5 things to know…", "Channel 4", "alt1051 reports" read as
// 1051 reports, a headline's "infected more than 120 people") is the source's metadata, recorded
// with it, not a figure of its text: the line writer marks no figure on it (another source's
// figure of the same value would cite that source for the headline) and `brief check` asks for none.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "brief/briefing.h"

namespace dossier {

class QuotedMetadata {
 public:
  // REQUIRES: every pointer in `cited` is non-null.
  QuotedMetadata(std::string_view line, const std::vector<const BriefSource*>& cited);

  // Whether a number that starts at byte `at` of the line starts inside quoted metadata.
  bool Holds(size_t at) const;

 private:
  std::vector<std::pair<size_t, size_t>> ranges_;  // [begin, end) bytes of the line
};

}  // namespace dossier
