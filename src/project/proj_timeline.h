// TimelineProjection: the dated events of a story, each with its citations: sources published
// (folded here from SourceRecorded and SourceAttached), and, from the other story views, claims,
// perspectives, questions opened and resolved, and tensions. Sorted by date, then log position;
// undated sources and claims (date "") come last, in the order they were recorded. Computed at query time from views already filtered on the two time axes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/event_store.h"
#include "model/source_events.h"
#include "project/citations.h"
#include "project/kept_events.h"
#include "project/proj_claims.h"
#include "project/proj_questions.h"
#include "project/proj_stances.h"
#include "project/proj_tensions.h"
#include "project/time_filter.h"

namespace dossier {

struct TimelineEntry {
  std::string date;    // YYYY-MM-DD, or "" when undated
  std::string kind;    // "published", "claim", "perspective", "question_opened", "question_resolved", "tension"
  std::string origin;  // "ingested" (a source's own metadata), "extracted" or "curated"
  std::string id;      // the source, claim, perspective, question or tension id
  std::string actor;   // who said it, when someone did
  std::string text;    // a title, a claim, a summary, a question, an answer, a description
  std::vector<CitedSpan> citations;
  uint64_t position = 0;  // of the event that recorded it
};

// A source as the store knew it at a point: its newest known version.
struct KnownSource {
  SourceRecorded recorded;
  uint64_t position = 0;  // of that SourceRecorded event
  std::string recorded_at;
};

// The story views a timeline is made of, each already filtered.
struct TimelineInputs {
  const std::vector<ClaimEntry>* claims = nullptr;
  const std::vector<PerspectiveEntry>* perspectives = nullptr;
  const std::vector<QuestionEntry>* questions = nullptr;
  const std::vector<TensionEntry>* tensions = nullptr;
  const CitationResolver* resolver = nullptr;
};

// Its events are indexed under SourceTerm(source id): a source's versions and the stories it
// joined.
class TimelineProjection final : public KeptEventsProjection {
 public:
  TimelineProjection();
  std::string_view name() const override { return "timeline"; }
  int code_version() const override { return 2; }  // 2: indexed by source
  static std::string SourceTerm(std::string_view source_id) { return "source:" + std::string(source_id); }

  // The entries at the filter's point; with `story`, only that story's (its sources' publications
  // and claims, and the annotations recorded for it).
  Result<std::vector<TimelineEntry>> Timeline(const TimeFilter& filter, const std::optional<std::string>& story,
                                              const TimelineInputs& inputs) const;
  // The same from `sources`, the KnownSources of the same filter and story, found already.
  std::vector<TimelineEntry> Timeline(const std::vector<KnownSource>& sources, const TimeFilter& filter,
                                      const std::optional<std::string>& story, const TimelineInputs& inputs) const;

  // The sources known at the filter's --known-at point (with `story`, only those attached to it by
  // then), each at its newest known version, by id. --as-of is not applied here.
  Result<std::vector<KnownSource>> KnownSources(const TimeFilter& filter, const std::optional<std::string>& story) const;

 protected:
  Result<std::vector<std::string>> IndexTerms(const RecordedEvent& event) const override;
};

Result<TimelineProjection> LoadTimeline(EventStore* store);

}  // namespace dossier
