#include "project/proj_claims.h"

#include <map>

#include <fmt/format.h>

#include "model/annotation_events.h"
#include "util/json_object.h"

namespace dossier {
namespace {

// A correction's value (one JSON value) as an optional string: the claim fields it may change
// (speaker, verb, date) are strings, and a date may be null.
Result<std::optional<std::string>> CorrectedString(const CorrectionRecorded& c) {
  JsonObject o;
  DOSSIER_ASSIGN_OR_RETURN(o, JsonObject::Parse("{\"value\":" + c.value_json + "}"));
  return o.OptionalString("value");
}

Status ApplyCorrection(const CorrectionRecorded& c, uint64_t position, ClaimEntry* entry) {
  std::optional<std::string> value;
  DOSSIER_ASSIGN_OR_RETURN(value, CorrectedString(c));
  ExtractedClaim& claim = entry->claim;
  if (c.field == "speaker" && value) {
    claim.speaker = *value;
  } else if (c.field == "verb" && value) {
    claim.verb = *value;
  } else if (c.field == "date") {
    claim.date = value;
  } else {
    return Status::InvalidInput(fmt::format("correction of {} at position {}: a claim's `{}` cannot be set to {}",
                                            c.target, position, c.field, c.value_json));
  }
  entry->corrections.push_back({c.field, c.value_json, c.reason, position});
  return Status::OK();
}

}  // namespace

ClaimsProjection::ClaimsProjection()
    : KeptEventsProjection({kClaimsExtracted, kCorrectionRecorded, kRetractionRecorded}) {}

Result<std::vector<SourceClaims>> ClaimsProjection::Extractions(const TimeFilter& filter) const {
  std::map<std::string, SourceClaims> newest;
  for (const KeptEvent& e : events()) {
    if (e.type != kClaimsExtracted || !filter.Knows(e)) continue;
    ClaimsExtracted extracted;
    DOSSIER_ASSIGN_OR_RETURN(extracted, DecodeClaimsExtracted(e.payload));
    auto found = newest.find(extracted.source_id);
    // In log order, so a later extraction of the same or a newer version replaces the one kept.
    if (found != newest.end() && extracted.source_version < found->second.extracted.source_version) continue;
    std::string id = extracted.source_id;
    newest[id] = {e.position, e.recorded_at, std::move(extracted)};
  }
  std::vector<SourceClaims> out;
  for (auto& [id, source] : newest) out.push_back(std::move(source));
  return out;
}

Result<std::vector<ClaimEntry>> ClaimsProjection::Claims(const TimeFilter& filter) const {
  std::vector<SourceClaims> extractions;
  DOSSIER_ASSIGN_OR_RETURN(extractions, Extractions(filter));
  std::vector<ClaimEntry> claims;
  std::map<std::string, size_t> by_id;
  for (SourceClaims& source : extractions) {
    for (ExtractedClaim& claim : source.extracted.claims) {
      by_id[claim.id] = claims.size();
      claims.push_back({source.extracted.source_id, source.extracted.source_version, source.position, source.recorded_at,
                        std::move(claim), {}, std::nullopt});
    }
  }
  for (const KeptEvent& e : events()) {
    if (!filter.Knows(e)) continue;
    if (e.type == kCorrectionRecorded) {
      CorrectionRecorded c;
      DOSSIER_ASSIGN_OR_RETURN(c, DecodeCorrectionRecorded(e.payload));
      auto target = by_id.find(c.target);
      if (target != by_id.end()) DOSSIER_RETURN_IF_ERROR(ApplyCorrection(c, e.position, &claims[target->second]));
    } else if (e.type == kRetractionRecorded) {
      RetractionRecorded r;
      DOSSIER_ASSIGN_OR_RETURN(r, DecodeRetractionRecorded(e.payload));
      auto target = by_id.find(r.target);
      if (target != by_id.end()) claims[target->second].retraction = r.reason;
    }
  }
  std::vector<ClaimEntry> said;
  for (ClaimEntry& entry : claims) {
    if (filter.SaidBy(entry.claim.date)) said.push_back(std::move(entry));
  }
  return said;
}

Result<ClaimsProjection> LoadClaims(EventStore* store) {
  ClaimsProjection claims;
  DOSSIER_RETURN_IF_ERROR(CatchUp(store, &claims, /*persist=*/false));
  return claims;
}

}  // namespace dossier
