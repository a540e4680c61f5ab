#include "project/proj_claims.h"

#include <map>
#include <set>

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


// Each source's newest extraction among `events` (in log order) the filter knows.
Result<std::vector<SourceClaims>> ExtractionsFrom(const std::vector<KeptEvent>& events, const TimeFilter& filter) {
  std::map<std::string, SourceClaims> newest;
  for (const KeptEvent& e : events) {
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

// The claims of `events` (in log order: extractions, corrections, retractions) at the filter's point.
Result<std::vector<ClaimEntry>> ClaimsFrom(const std::vector<KeptEvent>& events, const TimeFilter& filter) {
  std::vector<SourceClaims> extractions;
  DOSSIER_ASSIGN_OR_RETURN(extractions, ExtractionsFrom(events, filter));
  std::vector<ClaimEntry> claims;
  std::map<std::string, size_t> by_id;
  for (SourceClaims& source : extractions) {
    for (ExtractedClaim& claim : source.extracted.claims) {
      by_id[claim.id] = claims.size();
      claims.push_back({source.extracted.source_id, source.extracted.source_version, source.position, source.recorded_at,
                        std::move(claim), {}, std::nullopt});
    }
  }
  for (const KeptEvent& e : events) {
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

// The claim a correction or retraction names.
Result<std::string> TargetOf(const KeptEvent& e) {
  if (e.type == kCorrectionRecorded) {
    CorrectionRecorded c;
    DOSSIER_ASSIGN_OR_RETURN(c, DecodeCorrectionRecorded(e.payload));
    return c.target;
  }
  RetractionRecorded r;
  DOSSIER_ASSIGN_OR_RETURN(r, DecodeRetractionRecorded(e.payload));
  return r.target;
}

}  // namespace

ClaimsProjection::ClaimsProjection()
    : KeptEventsProjection({kClaimsExtracted, kCorrectionRecorded, kRetractionRecorded}) {}

Result<std::vector<std::string>> ClaimsProjection::IndexTerms(const RecordedEvent& event) const {
  std::vector<std::string> terms;
  if (event.type == kClaimsExtracted) {
    ClaimsExtracted extracted;
    DOSSIER_ASSIGN_OR_RETURN(extracted, DecodeClaimsExtracted(event.payload));
    terms.push_back(SourceTerm(extracted.source_id));
    for (const ExtractedClaim& claim : extracted.claims) {
      terms.push_back(ClaimTerm(claim.id));
      terms.push_back(claim.speaker ? SpeakerTerm(*claim.speaker) : NameTerm(claim.speaker_name));
    }
  } else if (event.type == kCorrectionRecorded) {
    CorrectionRecorded c;
    DOSSIER_ASSIGN_OR_RETURN(c, DecodeCorrectionRecorded(event.payload));
    terms.push_back(ClaimTerm(c.target));
    std::optional<std::string> value;
    DOSSIER_ASSIGN_OR_RETURN(value, CorrectedString(c));
    if (c.field == "speaker" && value) terms.push_back(SpeakerTerm(*value));
  } else {
    RetractionRecorded r;
    DOSSIER_ASSIGN_OR_RETURN(r, DecodeRetractionRecorded(event.payload));
    terms.push_back(ClaimTerm(r.target));
  }
  return terms;
}

Result<std::vector<SourceClaims>> ClaimsProjection::Extractions(const TimeFilter& filter) const {
  return ExtractionsFrom(events(), filter);
}

Result<std::vector<ClaimEntry>> ClaimsProjection::Claims(const TimeFilter& filter) const {
  return ClaimsFrom(events(), filter);
}

Result<std::vector<ClaimEntry>> ClaimsProjection::ClaimsOfSourcesNamedBy(const TimeFilter& filter,
                                                                         const std::vector<std::string>& terms) const {
  std::vector<KeptEvent> events;
  DOSSIER_ASSIGN_OR_RETURN(events, EventsOfSourcesNamedBy(terms));
  return ClaimsFrom(events, filter);
}

Status ClaimsProjection::ScanSourceIds(const std::function<bool(const std::string& source_id)>& fn) const {
  const std::string prefix = SourceTerm("");
  return ScanTerms(prefix, [&](std::string_view term) { return fn(std::string(term.substr(prefix.size()))); });
}

Status ClaimsProjection::LoadSourcesNamedBy(const std::vector<std::string>& terms) {
  std::vector<KeptEvent> events;
  DOSSIER_ASSIGN_OR_RETURN(events, EventsOfSourcesNamedBy(terms));
  return Load(std::move(events));
}

Result<std::vector<KeptEvent>> ClaimsProjection::EventsOfSourcesNamedBy(const std::vector<std::string>& terms) const {
  // The sources: of the extractions named, and of the claims the corrections and retractions named.
  std::set<std::string> sources;
  std::vector<std::string> named_claims;
  auto add_sources = [&](const std::vector<KeptEvent>& events) -> Status {
    for (const KeptEvent& e : events) {
      if (e.type == kClaimsExtracted) {
        ClaimsExtracted extracted;
        DOSSIER_ASSIGN_OR_RETURN(extracted, DecodeClaimsExtracted(e.payload));
        sources.insert(SourceTerm(extracted.source_id));
      } else {
        std::string target;
        DOSSIER_ASSIGN_OR_RETURN(target, TargetOf(e));
        named_claims.push_back(ClaimTerm(target));
      }
    }
    return Status::OK();
  };
  std::vector<KeptEvent> by_terms;
  DOSSIER_ASSIGN_OR_RETURN(by_terms, EventsIndexedBy(terms));
  DOSSIER_RETURN_IF_ERROR(add_sources(by_terms));
  std::vector<KeptEvent> named;
  DOSSIER_ASSIGN_OR_RETURN(named, EventsIndexedBy(named_claims));
  DOSSIER_RETURN_IF_ERROR(add_sources(named));
  // Every extraction of those sources, and every correction and retraction of their claims; with
  // what the terms name directly (such as a figure's retraction) and each source's extraction
  // without claims. Each step reads only the events the steps before did not.
  std::vector<KeptEvent> found;
  DOSSIER_ASSIGN_OR_RETURN(found, EventsIndexedBy({sources.begin(), sources.end()}, std::move(by_terms)));
  std::vector<std::string> their_claims;
  for (const KeptEvent& e : found) {
    if (e.type != kClaimsExtracted) continue;  // a correction or retraction the terms named
    ClaimsExtracted extracted;
    DOSSIER_ASSIGN_OR_RETURN(extracted, DecodeClaimsExtracted(e.payload));
    for (const ExtractedClaim& claim : extracted.claims) their_claims.push_back(ClaimTerm(claim.id));
  }
  return EventsIndexedBy(their_claims, std::move(found));
}

Result<ClaimsProjection> LoadClaims(EventStore* store) {
  ClaimsProjection claims;
  DOSSIER_RETURN_IF_ERROR(CatchUp(store, &claims, /*persist=*/false));
  DOSSIER_RETURN_IF_ERROR(claims.LoadAll());
  return claims;
}

Result<ClaimsProjection> OpenClaims(EventStore* store) {
  ClaimsProjection claims;
  DOSSIER_RETURN_IF_ERROR(CatchUp(store, &claims, /*persist=*/false));
  return claims;
}

}  // namespace dossier
