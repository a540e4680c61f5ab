#include "ingest/annotation_targets.h"

#include "project/proj_claims.h"
#include "project/proj_figures.h"

namespace dossier {
namespace {

class StoreTargets final : public AnnotationTargets {
 public:
  StoreTargets(FigureIndex figures, ClaimsProjection claims) : figures_(std::move(figures)), claims_(std::move(claims)) {}

  Result<bool> KnowsClaim(const std::string& id) override {
    auto known = claims_known_.find(id);
    if (known != claims_known_.end()) return known->second;
    // The sources whose extractions held the claim (or whose corrections name it), and of each the
    // newest extraction, which alone counts.
    DOSSIER_RETURN_IF_ERROR(claims_.LoadSourcesNamedBy({ClaimsProjection::ClaimTerm(id)}));
    std::vector<SourceClaims> extractions;
    DOSSIER_ASSIGN_OR_RETURN(extractions, claims_.Extractions(TimeFilter()));
    bool found = false;
    for (const SourceClaims& source : extractions) {
      for (const ExtractedClaim& claim : source.extracted.claims) found = found || claim.id == id;
    }
    claims_known_.emplace(id, found);
    return found;
  }

  Result<bool> KnowsFigure(const std::string& id) override {
    std::vector<FigureRef> refs;
    DOSSIER_ASSIGN_OR_RETURN(refs, figures_.FindById(id));
    for (const FigureRef& ref : refs) {
      if (ref.figure->id == id) return true;
    }
    return false;
  }

 private:
  FigureIndex figures_;
  ClaimsProjection claims_;
  std::map<std::string, bool> claims_known_;
};

}  // namespace

Result<std::unique_ptr<AnnotationTargets>> OpenAnnotationTargets(EventStore* store) {
  FigureIndex figures;
  DOSSIER_ASSIGN_OR_RETURN(figures, OpenFigureIndex(store));
  ClaimsProjection claims;
  DOSSIER_ASSIGN_OR_RETURN(claims, OpenClaims(store));
  return std::unique_ptr<AnnotationTargets>(std::make_unique<StoreTargets>(std::move(figures), std::move(claims)));
}

}  // namespace dossier
