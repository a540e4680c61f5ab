#include "project/story_views.h"

namespace dossier {

Result<std::unique_ptr<StoryViews>> LoadStoryViews(EventStore* store, const TimeFilter& filter) {
  auto views = std::make_unique<StoryViews>();
  views->filter = filter;
  for (KeptEventsProjection* projection : std::initializer_list<KeptEventsProjection*>{
           &views->actors_projection, &views->claims_projection, &views->stances_projection,
           &views->questions_projection, &views->tensions_projection, &views->timeline_projection, &views->notes_projection}) {
    DOSSIER_RETURN_IF_ERROR(CatchUp(store, projection, /*persist=*/false));
    DOSSIER_RETURN_IF_ERROR(projection->LoadAll());
  }
  DOSSIER_RETURN_IF_ERROR(CatchUp(store, &views->figures, /*persist=*/false));
  DOSSIER_RETURN_IF_ERROR(views->figures.LoadAll());
  DOSSIER_ASSIGN_OR_RETURN(views->actors, views->actors_projection.Actors(filter));
  DOSSIER_ASSIGN_OR_RETURN(views->claims, views->claims_projection.Claims(filter));
  DOSSIER_ASSIGN_OR_RETURN(views->perspectives, views->stances_projection.Perspectives(filter));
  DOSSIER_ASSIGN_OR_RETURN(views->questions, views->questions_projection.Questions(filter));
  views->resolver = std::make_unique<CitationResolver>(views->claims, views->figures.Figures());
  DOSSIER_ASSIGN_OR_RETURN(views->tensions,
                           views->tensions_projection.Tensions(filter, views->perspectives, *views->resolver));
  return views;
}

}  // namespace dossier
