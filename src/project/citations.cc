#include "project/citations.h"

namespace dossier {

CitationResolver::CitationResolver(const std::vector<ClaimEntry>& claims, const std::vector<FigureRef>& figures) {
  for (const ClaimEntry& claim : claims) claims_[claim.claim.id] = &claim;
  for (const FigureRef& ref : figures) figures_.emplace(ref.figure->id, ref);
}

const ClaimEntry* CitationResolver::FindClaim(const std::string& id) const {
  auto found = claims_.find(id);
  return found == claims_.end() ? nullptr : found->second;
}

FigureRef CitationResolver::FindFigure(const std::string& id) const {
  auto found = figures_.find(id);
  return found == figures_.end() ? FigureRef{} : found->second;
}

CitedSpan CiteClaim(const ClaimEntry& claim) {
  CitedSpan cited;
  cited.via = claim.claim.id;
  cited.source_id = claim.source_id;
  cited.version = claim.source_version;
  cited.span = claim.claim.span;
  cited.quote = claim.claim.text;
  return cited;
}

CitedSpan CitationResolver::Resolve(const Citation& citation) const {
  CitedSpan cited;
  switch (citation.kind) {
    case Citation::Kind::kSpan:
      cited.source_id = citation.source_id;
      cited.version = citation.version;
      cited.span = citation.span;
      cited.quote = citation.quote.exact;
      break;
    case Citation::Kind::kClaim:
      if (const ClaimEntry* claim = FindClaim(citation.target_id)) return CiteClaim(*claim);
      cited.via = citation.target_id;
      cited.found = false;
      break;
    case Citation::Kind::kFigure: {
      cited.via = citation.target_id;
      FigureRef ref = FindFigure(citation.target_id);
      if (ref.figure == nullptr) {
        cited.found = false;
        break;
      }
      cited.source_id = ref.source->extracted.source_id;
      cited.version = ref.source->extracted.source_version;
      cited.span = ref.figure->figure.span;
      cited.quote = ref.figure->figure.surface;
      break;
    }
  }
  return cited;
}

std::vector<CitedSpan> CitationResolver::ResolveAll(const std::vector<Citation>& citations) const {
  std::vector<CitedSpan> out;
  for (const Citation& c : citations) out.push_back(Resolve(c));
  return out;
}

Result<std::unique_ptr<CitedItems>> ReadCitedItems(const ClaimsProjection& claims, const FigureIndex& figures,
                                                   const TimeFilter& filter, const std::vector<Citation>& citations) {
  auto items = std::make_unique<CitedItems>();
  std::vector<std::string> claim_terms;
  for (const Citation& c : citations) {
    if (c.kind == Citation::Kind::kClaim) {
      claim_terms.push_back(ClaimsProjection::ClaimTerm(c.target_id));
    } else if (c.kind == Citation::Kind::kFigure) {
      std::vector<FigureRef> found;
      DOSSIER_ASSIGN_OR_RETURN(found, figures.FindById(c.target_id));
      for (const FigureRef& ref : found) {
        if (ref.figure->id == c.target_id) items->figures.push_back(ref);
      }
    }
  }
  if (!claim_terms.empty()) DOSSIER_ASSIGN_OR_RETURN(items->claims, claims.ClaimsOfSourcesNamedBy(filter, claim_terms));
  items->resolver = std::make_unique<CitationResolver>(items->claims, items->figures);
  return items;
}

}  // namespace dossier
