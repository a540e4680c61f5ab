#include "brief/quoted_metadata.h"

#include <algorithm>

namespace dossier {

QuotedMetadata::QuotedMetadata(std::string_view line, const std::vector<const BriefSource*>& cited) {
  auto find_all = [&](std::string_view quoted) {
    if (quoted.empty()) return;
    for (size_t at = line.find(quoted); at != std::string_view::npos; at = line.find(quoted, at + 1)) {
      ranges_.emplace_back(at, at + quoted.size());
    }
  };
  for (const BriefSource* source : cited) {
    find_all(source->title);
    if (source->outlet) find_all(*source->outlet);
  }
}

bool QuotedMetadata::Holds(size_t at) const {
  return std::any_of(ranges_.begin(), ranges_.end(),
                     [&](const std::pair<size_t, size_t>& r) { return r.first <= at && at < r.second; });
}

}  // namespace dossier
