// TensionsProjection: who disagrees with whom, folded from TensionRecorded, with the perspectives,
// claims and figures each tension names resolved at query time (as known at the query's point).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/event_store.h"
#include "model/annotation_events.h"
#include "project/citations.h"
#include "project/kept_events.h"
#include "project/proj_stances.h"
#include "project/time_filter.h"

namespace dossier {

// One side of a tension: a perspective (curated), a claim or a figure (extracted).
struct TensionSide {
  std::string id;
  std::string kind;    // "perspective", "claim", "figure"
  std::string origin;  // "curated" or "extracted"
  bool found = false;  // false when the item is not known at the query's point
  std::string actor;   // the perspective's actor or the claim's speaker (id or name as written)
  std::optional<Stance> stance;  // a perspective's
  std::string text;    // a perspective's summary, a claim's text, a figure's surface
  std::vector<CitedSpan> citations;
};

struct TensionEntry {
  TensionRecorded tension;
  uint64_t position = 0;
  std::string recorded_at;
  std::vector<TensionSide> sides;
  std::vector<CitedSpan> citations;
};

// Its events are indexed under StoryTerm(story).
class TensionsProjection final : public KeptEventsProjection {
 public:
  TensionsProjection();
  std::string_view name() const override { return "tensions"; }
  int code_version() const override { return 2; }  // 2: indexed by story

  // The tensions known and dated by the filter's point, in log order, their sides looked up in
  // `perspectives` and through `resolver` (both already filtered the same way).
  Result<std::vector<TensionEntry>> Tensions(const TimeFilter& filter, const std::vector<PerspectiveEntry>& perspectives,
                                             const CitationResolver& resolver) const;

 protected:
  Result<std::vector<std::string>> IndexTerms(const RecordedEvent& event) const override;
};

Result<TensionsProjection> LoadTensions(EventStore* store);

}  // namespace dossier
