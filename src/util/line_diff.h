// A line diff (Myers' O(ND) algorithm) and its unified rendering, for `dossier diff`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dossier {

struct DiffLine {
  enum Op { kSame, kRemoved, kAdded } op;
  size_t old_line = 0;  // 1-based; 0 for an added line
  size_t new_line = 0;  // 1-based; 0 for a removed line
  std::string_view text;  // without its newline
};

// Every line of `before` and `after` in order, each same, removed or added, with as few changes as
// possible. Texts whose difference exceeds `max_changes` lines come back as all removed, then all
// added, which is correct, only not minimal.
std::vector<DiffLine> DiffLines(std::string_view before, std::string_view after, size_t max_changes = 2000);

// The changed lines with `context` lines around them, in unified-diff hunks ("@@ -a,b +c,d @@").
std::string UnifiedHunks(const std::vector<DiffLine>& lines, size_t context = 3);

}  // namespace dossier
