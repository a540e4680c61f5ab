#include "project/story_views.h"

#include <array>
#include <set>

namespace dossier {
namespace {

std::array<KeptEventsProjection*, 7> KeptViews(StoryViews* views) {
  return {&views->actors_projection,   &views->claims_projection,   &views->stances_projection, &views->questions_projection,
          &views->tensions_projection, &views->timeline_projection, &views->notes_projection};
}

Status CatchUpViews(EventStore* store, StoryViews* views) {
  for (KeptEventsProjection* projection : KeptViews(views)) {
    DOSSIER_RETURN_IF_ERROR(CatchUp(store, projection, /*persist=*/false));
  }
  return CatchUp(store, &views->figures, /*persist=*/false);
}

// The views at the filter's point from what the projections have read.
Status ComputeViews(StoryViews* views) {
  const TimeFilter& filter = views->filter;
  DOSSIER_ASSIGN_OR_RETURN(views->actors, views->actors_projection.Actors(filter));
  DOSSIER_ASSIGN_OR_RETURN(views->claims, views->claims_projection.Claims(filter));
  DOSSIER_ASSIGN_OR_RETURN(views->perspectives, views->stances_projection.Perspectives(filter));
  DOSSIER_ASSIGN_OR_RETURN(views->questions, views->questions_projection.Questions(filter));
  views->resolver = std::make_unique<CitationResolver>(views->claims, views->figures.Figures());
  DOSSIER_ASSIGN_OR_RETURN(views->tensions,
                           views->tensions_projection.Tensions(filter, views->perspectives, *views->resolver));
  return Status::OK();
}

// What a story's annotations point at outside its own rows: claims and figures (by id), and the
// perspectives its tensions set against each other.
struct Cited {
  std::set<std::string> claims, figures, perspectives;

  void Add(const std::vector<Citation>& citations) {
    for (const Citation& c : citations) {
      if (c.kind == Citation::Kind::kClaim) claims.insert(c.target_id);
      if (c.kind == Citation::Kind::kFigure) figures.insert(c.target_id);
    }
  }
  void AddSide(const std::string& id) {
    if (id.rfind("clm-", 0) == 0) {
      claims.insert(id);
    } else if (id.rfind("fig-", 0) == 0) {
      figures.insert(id);
    } else {
      perspectives.insert(id);
    }
  }
};

}  // namespace

Result<std::unique_ptr<StoryViews>> LoadStoryViews(EventStore* store, const TimeFilter& filter) {
  auto views = std::make_unique<StoryViews>();
  views->filter = filter;
  DOSSIER_RETURN_IF_ERROR(CatchUpViews(store, views.get()));
  for (KeptEventsProjection* projection : KeptViews(views.get())) DOSSIER_RETURN_IF_ERROR(projection->LoadAll());
  DOSSIER_RETURN_IF_ERROR(views->figures.LoadAll());
  DOSSIER_RETURN_IF_ERROR(ComputeViews(views.get()));
  return views;
}

Result<std::unique_ptr<StoryViews>> LoadStoryViewsOf(EventStore* store, const TimeFilter& filter,
                                                     const StorySummary& story) {
  auto views = std::make_unique<StoryViews>();
  views->filter = filter;
  DOSSIER_RETURN_IF_ERROR(CatchUpViews(store, views.get()));
  DOSSIER_RETURN_IF_ERROR(views->actors_projection.LoadAll());  // the gazetteer, small beside the store
  const std::vector<std::string> story_term = {StoryTerm(story.slug)};
  std::vector<std::string> source_terms;
  for (const std::string& id : story.source_ids) source_terms.push_back(TimelineProjection::SourceTerm(id));
  DOSSIER_RETURN_IF_ERROR(views->timeline_projection.LoadIndexedBy(source_terms));
  DOSSIER_RETURN_IF_ERROR(views->questions_projection.LoadIndexedBy(story_term));
  DOSSIER_RETURN_IF_ERROR(views->tensions_projection.LoadIndexedBy(story_term));
  DOSSIER_RETURN_IF_ERROR(views->notes_projection.LoadIndexedBy(story_term));

  Cited cited;
  for (const KeptEvent& e : views->tensions_projection.events()) {
    TensionRecorded t;
    DOSSIER_ASSIGN_OR_RETURN(t, DecodeTensionRecorded(e.payload));
    for (const std::string& id : t.between) cited.AddSide(id);
    cited.Add(t.citations);
  }
  std::vector<std::string> perspective_terms = story_term;
  for (const std::string& id : cited.perspectives) perspective_terms.push_back(StancesProjection::PerspectiveTerm(id));
  DOSSIER_RETURN_IF_ERROR(views->stances_projection.LoadIndexedBy(perspective_terms));
  for (const KeptEvent& e : views->stances_projection.events()) {
    PerspectiveRecorded p;
    DOSSIER_ASSIGN_OR_RETURN(p, DecodePerspectiveRecorded(e.payload));
    cited.Add(p.citations);
  }
  for (const KeptEvent& e : views->questions_projection.events()) {
    if (e.type == kQuestionOpened) {
      QuestionOpened opened;
      DOSSIER_ASSIGN_OR_RETURN(opened, DecodeQuestionOpened(e.payload));
      cited.Add(opened.citations);
    } else {
      QuestionResolved resolved;
      DOSSIER_ASSIGN_OR_RETURN(resolved, DecodeQuestionResolved(e.payload));
      cited.Add(resolved.citations);
    }
  }
  for (const KeptEvent& e : views->notes_projection.events()) {
    EditorNoteRecorded note;
    DOSSIER_ASSIGN_OR_RETURN(note, DecodeEditorNoteRecorded(e.payload));
    cited.Add(note.citations);
  }

  // The figures of the story's sources and those cited (each read into the index), and the claims
  // of the story's sources and of those cited, with the retractions of any of these figures.
  std::vector<std::string> claim_terms;
  for (const std::string& id : story.source_ids) {
    claim_terms.push_back(ClaimsProjection::SourceTerm(id));
    const SourceFigures* figures = nullptr;
    DOSSIER_ASSIGN_OR_RETURN(figures, views->figures.Source(id));
    if (figures == nullptr) continue;
    for (const ExtractedFigure& f : figures->extracted.figures) claim_terms.push_back(ClaimsProjection::ClaimTerm(f.id));
  }
  for (const std::string& id : cited.figures) {
    std::vector<FigureRef> found;
    DOSSIER_ASSIGN_OR_RETURN(found, views->figures.FindById(id));
    claim_terms.push_back(ClaimsProjection::ClaimTerm(id));
  }
  for (const std::string& id : cited.claims) claim_terms.push_back(ClaimsProjection::ClaimTerm(id));
  DOSSIER_RETURN_IF_ERROR(views->claims_projection.LoadSourcesNamedBy(claim_terms));
  DOSSIER_RETURN_IF_ERROR(ComputeViews(views.get()));
  return views;
}

Result<std::unique_ptr<StoryViews>> LoadStoryViewsOf(EventStore* store, const TimeFilter& filter,
                                                     const std::string& slug) {
  SourcesProjection sources;
  DOSSIER_RETURN_IF_ERROR(CatchUp(store, &sources, /*persist=*/false));
  DOSSIER_RETURN_IF_ERROR(sources.LoadStory(slug));
  auto found = sources.stories().find(slug);
  return LoadStoryViewsOf(store, filter, found != sources.stories().end() ? found->second : StorySummary{slug, "", {}});
}

}  // namespace dossier
