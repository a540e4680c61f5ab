// QuestionsProjection: the story's curated questions, folded from QuestionOpened and
// QuestionResolved. A question is open at a point on the time axes unless a resolution passes the
// same filter (known by --known-at, dated by --as-of).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/event_store.h"
#include "model/annotation_events.h"
#include "project/kept_events.h"
#include "project/time_filter.h"

namespace dossier {

struct QuestionEntry {
  QuestionOpened opened;
  uint64_t position = 0;
  std::string recorded_at;
  std::optional<QuestionResolved> resolution;
  uint64_t resolved_position = 0;
};

// Its events are indexed under StoryTerm(story).
class QuestionsProjection final : public KeptEventsProjection {
 public:
  QuestionsProjection();
  std::string_view name() const override { return "questions"; }
  int code_version() const override { return 2; }  // 2: indexed by story

  // The questions opened by the filter's point, with their resolutions by then, in log order.
  Result<std::vector<QuestionEntry>> Questions(const TimeFilter& filter) const;

 protected:
  Result<std::vector<std::string>> IndexTerms(const RecordedEvent& event) const override;
};

Result<QuestionsProjection> LoadQuestions(EventStore* store);

}  // namespace dossier
