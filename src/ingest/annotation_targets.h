// AnnotationTargets: the extracted things an annotation may name besides its own items — the
// claims and figures that citations, tensions, corrections, retractions and metric labels point at.
#pragma once

#include <set>
#include <string>

#include "dossier/event_store.h"

namespace dossier {

struct AnnotationTargets {
  std::set<std::string> claims;   // full ids, "clm-…"
  std::set<std::string> figures;  // full ids, "fig-…"
};

// Every claim and figure id the store knows, read from their projections.
Result<AnnotationTargets> LoadAnnotationTargets(EventStore* store);

}  // namespace dossier
