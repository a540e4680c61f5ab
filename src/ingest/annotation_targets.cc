#include "ingest/annotation_targets.h"

#include "project/proj_claims.h"
#include "project/proj_figures.h"

namespace dossier {

Result<AnnotationTargets> LoadAnnotationTargets(EventStore* store) {
  AnnotationTargets targets;
  Result<FigureIndex> figures = LoadFigureIndex(store);
  if (!figures.ok()) return figures.status();
  for (const FigureRef& ref : figures->Figures()) targets.figures.insert(ref.figure->id);
  // The claims of each source's newest extraction.
  Result<ClaimsProjection> claims = LoadClaims(store);
  if (!claims.ok()) return claims.status();
  Result<std::vector<SourceClaims>> extractions = claims->Extractions(TimeFilter());
  if (!extractions.ok()) return extractions.status();
  for (const SourceClaims& source : *extractions) {
    for (const ExtractedClaim& claim : source.extracted.claims) targets.claims.insert(claim.id);
  }
  return targets;
}

}  // namespace dossier
