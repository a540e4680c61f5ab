#include "ingest/annotation_targets.h"

namespace dossier {

Result<AnnotationTargets> LoadAnnotationTargets(EventStore* store) {
  AnnotationTargets targets;
  // The hooks for extraction: until the figure index (project/proj_figures.h) and the claims
  // projection are built, the store knows no figure and no claim, and annotations naming one are
  // refused as unknown. Fill `targets.figures` from FigureIndex::Figures() and `targets.claims`
  // from the claims projection here.
  (void)store;
  return targets;
}

}  // namespace dossier
