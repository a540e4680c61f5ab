#include "project/proj_questions.h"

namespace dossier {

QuestionsProjection::QuestionsProjection() : KeptEventsProjection({kQuestionOpened, kQuestionResolved}) {}

Result<std::vector<std::string>> QuestionsProjection::IndexTerms(const RecordedEvent& event) const {
  if (event.type == kQuestionOpened) {
    QuestionOpened opened;
    DOSSIER_ASSIGN_OR_RETURN(opened, DecodeQuestionOpened(event.payload));
    return std::vector<std::string>{StoryTerm(opened.story)};
  }
  QuestionResolved resolved;
  DOSSIER_ASSIGN_OR_RETURN(resolved, DecodeQuestionResolved(event.payload));
  return std::vector<std::string>{StoryTerm(resolved.story)};
}

Result<std::vector<QuestionEntry>> QuestionsProjection::Questions(const TimeFilter& filter) const {
  std::vector<QuestionEntry> out;
  for (const KeptEvent& e : events()) {
    if (!filter.Knows(e)) continue;
    if (e.type == kQuestionOpened) {
      QuestionOpened opened;
      DOSSIER_ASSIGN_OR_RETURN(opened, DecodeQuestionOpened(e.payload));
      if (filter.SaidBy(opened.date)) out.push_back({std::move(opened), e.position, e.recorded_at, std::nullopt, 0});
    } else {
      QuestionResolved resolved;
      DOSSIER_ASSIGN_OR_RETURN(resolved, DecodeQuestionResolved(e.payload));
      if (!filter.SaidBy(resolved.date)) continue;
      for (QuestionEntry& entry : out) {
        if (entry.opened.id == resolved.question) {
          entry.resolution = resolved;
          entry.resolved_position = e.position;
        }
      }
    }
  }
  return out;
}

Result<QuestionsProjection> LoadQuestions(EventStore* store) {
  QuestionsProjection questions;
  DOSSIER_RETURN_IF_ERROR(CatchUp(store, &questions, /*persist=*/false));
  DOSSIER_RETURN_IF_ERROR(questions.LoadAll());
  return questions;
}

}  // namespace dossier
