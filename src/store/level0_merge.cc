#include "store/level0_merge.h"

namespace dossier {

size_t Level0MergeRun(const std::vector<uint64_t>& sizes_newest_first) {
  if (sizes_newest_first.size() < kMaxLevel0Files) return 0;
  size_t run = 0;
  uint64_t bytes = 0;
  for (uint64_t size : sizes_newest_first) {
    if (run > 0 && size > kLevel0MergeRatio * bytes) break;
    bytes += size;
    ++run;
  }
  return run >= 2 ? run : 0;
}

}  // namespace dossier
