#include "project/proj_tensions.h"

namespace dossier {
namespace {

TensionSide ResolveSide(const std::string& id, const std::vector<PerspectiveEntry>& perspectives,
                        const CitationResolver& resolver) {
  TensionSide side;
  side.id = id;
  if (id.rfind("clm-", 0) == 0) {
    side.kind = "claim";
    side.origin = "extracted";
    if (const ClaimEntry* claim = resolver.FindClaim(id)) {
      side.found = true;
      side.actor = claim->claim.speaker.value_or(claim->claim.speaker_name);
      side.text = claim->claim.text;
      side.citations.push_back(CiteClaim(*claim));
    }
  } else if (id.rfind("fig-", 0) == 0) {
    side.kind = "figure";
    side.origin = "extracted";
    Citation citation;
    citation.kind = Citation::Kind::kFigure;
    citation.target_id = id;
    CitedSpan cited = resolver.Resolve(citation);
    if (cited.found) {
      side.found = true;
      side.text = cited.quote;
      side.citations.push_back(std::move(cited));
    }
  } else {
    side.kind = "perspective";
    side.origin = "curated";
    for (const PerspectiveEntry& entry : perspectives) {
      if (entry.perspective.id != id) continue;
      side.found = true;
      side.actor = entry.perspective.actor;
      side.stance = entry.perspective.stance;
      side.text = entry.perspective.summary;
      side.citations = resolver.ResolveAll(entry.perspective.citations);
    }
  }
  return side;
}

}  // namespace

TensionsProjection::TensionsProjection() : KeptEventsProjection({kTensionRecorded}) {}

Result<std::vector<std::string>> TensionsProjection::IndexTerms(const RecordedEvent& event) const {
  TensionRecorded t;
  DOSSIER_ASSIGN_OR_RETURN(t, DecodeTensionRecorded(event.payload));
  return std::vector<std::string>{StoryTerm(t.story)};
}

Result<std::vector<TensionEntry>> TensionsProjection::Tensions(const TimeFilter& filter,
                                                               const std::vector<PerspectiveEntry>& perspectives,
                                                               const CitationResolver& resolver) const {
  std::vector<TensionEntry> out;
  for (const KeptEvent& e : events()) {
    if (!filter.Knows(e)) continue;
    TensionRecorded t;
    DOSSIER_ASSIGN_OR_RETURN(t, DecodeTensionRecorded(e.payload));
    if (!filter.SaidBy(t.date)) continue;
    TensionEntry entry;
    for (const std::string& id : t.between) entry.sides.push_back(ResolveSide(id, perspectives, resolver));
    entry.citations = resolver.ResolveAll(t.citations);
    entry.tension = std::move(t);
    entry.position = e.position;
    entry.recorded_at = e.recorded_at;
    out.push_back(std::move(entry));
  }
  return out;
}

Result<TensionsProjection> LoadTensions(EventStore* store) {
  TensionsProjection tensions;
  DOSSIER_RETURN_IF_ERROR(CatchUp(store, &tensions, /*persist=*/false));
  DOSSIER_RETURN_IF_ERROR(tensions.LoadAll());
  return tensions;
}

}  // namespace dossier
