// Citations made concrete for display: a span citation as it is, a claim or figure citation
// resolved to the source bytes of the claim or figure it names (as known at the query's point).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
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

// Resolves against claims and figures: every one (a whole story's views) or those a command's
// citations name. REQUIRES: the claims and the figures the refs point into outlive the resolver.
class CitationResolver {
 public:
  CitationResolver(const std::vector<ClaimEntry>& claims, const std::vector<FigureRef>& figures);

  CitedSpan Resolve(const Citation& citation) const;
  std::vector<CitedSpan> ResolveAll(const std::vector<Citation>& citations) const;
  // The claim of this id, or null.
  const ClaimEntry* FindClaim(const std::string& id) const;
  // The figure of this id, or a FigureRef of nulls.
  FigureRef FindFigure(const std::string& id) const;

 private:
  std::map<std::string, const ClaimEntry*> claims_;
  std::map<std::string, FigureRef> figures_;  // by figure id
};

// The cited bytes of a claim, as a CitedSpan.
CitedSpan CiteClaim(const ClaimEntry& claim);

// The claims and figures that some citations name, read in place, and a resolver over them: what
// a command about one actor or one source needs instead of every claim and figure.
struct CitedItems {
  std::vector<ClaimEntry> claims;   // of every source holding a cited claim
  std::vector<FigureRef> figures;   // the cited ones
  std::unique_ptr<CitationResolver> resolver;
};
// REQUIRES: `figures` outlives the result.
Result<std::unique_ptr<CitedItems>> ReadCitedItems(const ClaimsProjection& claims, const FigureIndex& figures,
                                                   const TimeFilter& filter, const std::vector<Citation>& citations);

}  // namespace dossier
