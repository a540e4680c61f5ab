// AnnotationTargets: the extracted things an annotation may name besides its own items — the
// claims and figures that citations, tensions, corrections, retractions and metric labels point at.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "dossier/event_store.h"

namespace dossier {

// Whether the store knows a claim or figure id. Not thread-safe.
class AnnotationTargets {
 public:
  virtual ~AnnotationTargets() = default;
  // A claim of its source's newest extraction ("clm-…", the full id).
  virtual Result<bool> KnowsClaim(const std::string& id) = 0;
  // A figure of its source's newest extraction ("fig-…", the full id).
  virtual Result<bool> KnowsFigure(const std::string& id) = 0;
};

// The claims and figures of `store`, looked up in place as they are asked for (a figure by its
// index row, a claim by the extractions of the sources whose events name it): an annotation costs
// the targets it names, not the store. The store must outlive it.
Result<std::unique_ptr<AnnotationTargets>> OpenAnnotationTargets(EventStore* store);

}  // namespace dossier
