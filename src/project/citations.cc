#include "project/citations.h"

namespace dossier {

CitationResolver::CitationResolver(const std::vector<ClaimEntry>& claims, const FigureIndex& figures) : figures_(figures) {
  for (const ClaimEntry& claim : claims) claims_[claim.claim.id] = &claim;
}

const ClaimEntry* CitationResolver::FindClaim(const std::string& id) const {
  auto found = claims_.find(id);
  return found == claims_.end() ? nullptr : found->second;
}

FigureRef CitationResolver::FindFigure(const std::string& id) const {
  for (const FigureRef& ref : figures_.FindById(id)) {
    if (ref.figure->id == id) return ref;
  }
  return {};
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

}  // namespace dossier
