// Citations made concrete for display: a span citation as it is, a claim or figure citation
// resolved to the source bytes of the claim or figure it names (as known at the query's point).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "model/annotation_events.h"
#include "project/proj_claims.h"
#include "project/proj_figures.h"

namespace dossier {

struct CitedSpan {
  std::string via;        // empty for a span citation, else the claim or figure id it cites
  bool found = true;      // false when that claim or figure is not known
  std::string source_id;  // the rest is set when found
  uint64_t version = 0;
  ByteSpan span;
  std::string quote;      // the bytes at the span
};

// Resolves against claims and figures. REQUIRES: both outlive the resolver.
class CitationResolver {
 public:
  CitationResolver(const std::vector<ClaimEntry>& claims, const FigureIndex& figures);

  CitedSpan Resolve(const Citation& citation) const;
  std::vector<CitedSpan> ResolveAll(const std::vector<Citation>& citations) const;
  // The claim of this id, or null.
  const ClaimEntry* FindClaim(const std::string& id) const;
  // The figure of this id, or a FigureRef of nulls.
  FigureRef FindFigure(const std::string& id) const;

 private:
  std::map<std::string, const ClaimEntry*> claims_;
  const FigureIndex& figures_;
};

// The cited bytes of a claim, as a CitedSpan.
CitedSpan CiteClaim(const ClaimEntry& claim);

}  // namespace dossier
