// ClaimsProjection: what the sources claim, by speaker. Keeps every ClaimsExtracted and every
// correction and retraction; at query time, for a point on the two time axes, takes each source's
// newest extraction the store knew, applies the corrections and retractions it knew to their
// claims (the extraction itself is never edited: each claim lists what changed it), and keeps the
// claims said by the --as-of date.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/event_store.h"
#include "model/claim_events.h"
#include "project/kept_events.h"
#include "project/time_filter.h"

namespace dossier {

// A correction applied to a claim: the field, its new value (JSON) and why.
struct AppliedCorrection {
  std::string field;
  std::string value_json;
  std::string reason;
  uint64_t position = 0;
};

struct ClaimEntry {
  std::string source_id;
  uint64_t source_version = 0;
  uint64_t position = 0;  // of its ClaimsExtracted event
  std::string recorded_at;
  ExtractedClaim claim;   // with the corrections applied
  std::vector<AppliedCorrection> corrections;
  std::optional<std::string> retraction;  // the reason, when it was retracted
};

// One source's newest extraction the store knew.
struct SourceClaims {
  uint64_t position = 0;
  std::string recorded_at;
  ClaimsExtracted extracted;
};

// Its events are indexed under "source:<id>" (an extraction of that source), "claim:<id>" (an
// extraction holding the claim, a correction or retraction of it), "speaker:<actor id>" (an
// extraction with a claim of that speaker, a correction naming the speaker) and
// "name:<name as written>" (an extraction with a candidate's claim).
class ClaimsProjection final : public KeptEventsProjection {
 public:
  ClaimsProjection();
  std::string_view name() const override { return "claims"; }
  int code_version() const override { return 2; }

  static std::string SourceTerm(std::string_view source_id) { return "source:" + std::string(source_id); }
  static std::string ClaimTerm(std::string_view claim_id) { return "claim:" + std::string(claim_id); }
  static std::string SpeakerTerm(std::string_view actor_id) { return "speaker:" + std::string(actor_id); }
  static std::string NameTerm(std::string_view speaker_name) { return "name:" + std::string(speaker_name); }

  // Each source's newest known extraction (of its newest version), by source id. REQUIRES: LoadAll.
  Result<std::vector<SourceClaims>> Extractions(const TimeFilter& filter) const;
  // Their claims, corrected, said by the --as-of date; by source id, then span. REQUIRES: LoadAll.
  Result<std::vector<ClaimEntry>> Claims(const TimeFilter& filter) const;
  // In place: the claims (as Claims gives them) of every source that an event indexed under any of
  // `terms` touches, read from those sources' rows only. The caller picks the claims it asked for.
  Result<std::vector<ClaimEntry>> ClaimsOfSourcesNamedBy(const TimeFilter& filter,
                                                         const std::vector<std::string>& terms) const;
  // The id of each source with an extraction, in id order, until `fn` returns false: with
  // ClaimsOfSourcesNamedBy({SourceTerm(id)}), every claim of Claims one source at a time.
  Status ScanSourceIds(const std::function<bool(const std::string& source_id)>& fn) const;
  // Reads the events of every source that an event indexed under any of `terms` touches, and the
  // events indexed under `terms` themselves (a figure's retraction), instead of every event; the
  // views (Extractions, Claims) are then those of these sources, each as whole as with LoadAll.
  Status LoadSourcesNamedBy(const std::vector<std::string>& terms);

 protected:
  Result<std::vector<std::string>> IndexTerms(const RecordedEvent& event) const override;

 private:
  // The events LoadSourcesNamedBy reads.
  Result<std::vector<KeptEvent>> EventsOfSourcesNamedBy(const std::vector<std::string>& terms) const;
};

// The claims, caught up to the head of `store` without writing to it, every event read.
Result<ClaimsProjection> LoadClaims(EventStore* store);
// The same, read in place.
Result<ClaimsProjection> OpenClaims(EventStore* store);

}  // namespace dossier
