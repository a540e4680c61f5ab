// Extracting figures and claims again: for sources recorded before their figures or claims were,
// or read by an older extractor (or, for claims, with another gazetteer). Each source's new
// extractions are its own atomic append of a FiguresExtracted and/or ClaimsExtracted event, in
// source order, while `jobs` threads extract the next sources (a few batches of them in memory);
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
  bool rerun = false;                   // also sources extracted by another extractor version, and
                                        // claims read with another gazetteer
  std::vector<std::string> source_ids;  // empty: every source
  unsigned jobs = 1;                    // threads extracting (1: the recording one)
};

struct RefreshSummary {
  uint64_t extracted = 0;  // sources given a new extraction
  uint64_t current = 0;    // sources already extracted by this extractor version (or any, without rerun)
  uint64_t figures = 0;    // figures in the new extractions
  uint64_t claims_extracted = 0;  // sources given new claims
  uint64_t claims_current = 0;    // sources whose claims were current
  uint64_t claims = 0;            // claims in the new extractions
};

// REQUIRES: `store` is open for writing. Reads each source's latest text, checked against its hash.
Result<RefreshSummary> RefreshFigures(EventStore* store, const RefreshOptions& options);

}  // namespace dossier
