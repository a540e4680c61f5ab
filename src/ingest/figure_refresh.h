// Extracting figures again: for sources recorded before their figures were, or read by an older
// extractor. Each source's new extraction is its own atomic append of a FiguresExtracted event;
// earlier extractions stay in the log untouched.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "dossier/event_store.h"

namespace dossier {

struct RefreshOptions {
  std::string recorded_by;
  std::string correlation;
  bool rerun = false;                   // also sources extracted by another extractor version
  std::vector<std::string> source_ids;  // empty: every source
};

struct RefreshSummary {
  uint64_t extracted = 0;  // sources given a new extraction
  uint64_t current = 0;    // sources already extracted by this extractor version (or any, without rerun)
  uint64_t figures = 0;    // figures in the new extractions
};

// REQUIRES: `store` is open for writing. Reads each source's latest text, checked against its hash.
Result<RefreshSummary> RefreshFigures(EventStore* store, const RefreshOptions& options);

}  // namespace dossier
