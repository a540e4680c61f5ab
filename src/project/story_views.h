// StoryViews: the story projections (actors, claims, stances, questions, tensions, timeline, the
// editors' notes, and the figure index that citations point into) caught up to the head of a
// store, and their views at one point on the two time axes, computed once for a command.
#pragma once

#include <memory>
#include <vector>

#include "dossier/event_store.h"
#include "project/citations.h"
#include "project/proj_actors.h"
#include "project/proj_claims.h"
#include "project/proj_figures.h"
#include "project/proj_notes.h"
#include "project/proj_sources.h"
#include "project/proj_questions.h"
#include "project/proj_stances.h"
#include "project/proj_tensions.h"
#include "project/proj_timeline.h"
#include "project/time_filter.h"

namespace dossier {

struct StoryViews {
  TimeFilter filter;
  ActorsProjection actors_projection;
  ClaimsProjection claims_projection;
  StancesProjection stances_projection;
  QuestionsProjection questions_projection;
  TensionsProjection tensions_projection;
  TimelineProjection timeline_projection;
  NotesProjection notes_projection;
  FigureIndex figures;

  // At the filter's point.
  std::vector<Actor> actors;
  std::vector<ClaimEntry> claims;
  std::vector<PerspectiveEntry> perspectives;
  std::vector<QuestionEntry> questions;
  std::vector<TensionEntry> tensions;
  std::unique_ptr<CitationResolver> resolver;  // over `claims` and `figures`

  TimelineInputs timeline_inputs() const {
    return {&claims, &perspectives, &questions, &tensions, resolver.get()};
  }
};

// Not movable once loaded (the resolver points into it), hence the pointer.
Result<std::unique_ptr<StoryViews>> LoadStoryViews(EventStore* store, const TimeFilter& filter);

// The views of one story, read in place: its sources' rows (their versions, stories, claims with
// their corrections and retractions, figures) and the rows recorded for the story (perspectives,
// questions, tensions, notes), with what they cite or set against each other from elsewhere
// (claims, figures, perspectives of other stories), and the gazetteer. Every view of the story
// (its questions, tensions, timeline, briefing) is what LoadStoryViews gives for it; the rows of
// other stories are not read.
Result<std::unique_ptr<StoryViews>> LoadStoryViewsOf(EventStore* store, const TimeFilter& filter,
                                                     const StorySummary& story);
// The same for the story `slug`, looked up in the sources projection (none: empty views).
Result<std::unique_ptr<StoryViews>> LoadStoryViewsOf(EventStore* store, const TimeFilter& filter,
                                                     const std::string& slug);

}  // namespace dossier
