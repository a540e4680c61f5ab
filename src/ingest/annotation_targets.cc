#include "ingest/annotation_targets.h"

#include "project/proj_figures.h"

namespace dossier {

Result<AnnotationTargets> LoadAnnotationTargets(EventStore* store) {
  AnnotationTargets targets;
  Result<FigureIndex> figures = LoadFigureIndex(store);
  if (!figures.ok()) return figures.status();
  for (const FigureRef& ref : figures->Figures()) targets.figures.insert(ref.figure->id);
  // The hook for claims: until the claims projection is built the store knows no claim, and an
  // annotation naming one is refused as unknown. Fill `targets.claims` from it here.
  return targets;
}

}  // namespace dossier
