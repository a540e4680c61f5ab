#include "project/rebuild.h"

#include <map>

#include "project/proj_actors.h"
#include "project/proj_claims.h"
#include "project/proj_figures.h"
#include "project/proj_notes.h"
#include "project/proj_questions.h"
#include "project/proj_sources.h"
#include "project/proj_stances.h"
#include "project/proj_tensions.h"
#include "project/proj_timeline.h"

namespace dossier {
namespace {

constexpr size_t kDifferencesShown = 5;

Result<std::map<std::string, std::string>> StoredState(const EventStore& store, std::string_view projection) {
  std::map<std::string, std::string> state;
  DOSSIER_RETURN_IF_ERROR(store.ScanProjection(projection, [&](std::string_view key, std::string_view value) {
    state.emplace(key, value);
    return true;
  }));
  return state;
}

}  // namespace

std::vector<std::unique_ptr<Projection>> AllProjections() {
  std::vector<std::unique_ptr<Projection>> all;
  all.push_back(std::make_unique<SourcesProjection>());
  all.push_back(std::make_unique<FigureIndex>());
  all.push_back(std::make_unique<ActorsProjection>());
  all.push_back(std::make_unique<ClaimsProjection>());
  all.push_back(std::make_unique<StancesProjection>());
  all.push_back(std::make_unique<QuestionsProjection>());
  all.push_back(std::make_unique<TensionsProjection>());
  all.push_back(std::make_unique<TimelineProjection>());
  all.push_back(std::make_unique<NotesProjection>());
  return all;
}

Status CatchUpAll(EventStore* store) {
  for (const std::unique_ptr<Projection>& projection : AllProjections()) {
    DOSSIER_RETURN_IF_ERROR(CatchUp(store, projection.get(), /*persist=*/true));
  }
  return Status::OK();
}

Result<RebuildCheck> RebuildAndCompare(EventStore* store, Projection* projection, Projection* rebuilt) {
  DOSSIER_RETURN_IF_ERROR(CatchUp(store, projection, /*persist=*/true));
  std::map<std::string, std::string> before;
  DOSSIER_ASSIGN_OR_RETURN(before, StoredState(*store, projection->name()));
  DOSSIER_RETURN_IF_ERROR(Rebuild(store, rebuilt));
  std::map<std::string, std::string> after;
  DOSSIER_ASSIGN_OR_RETURN(after, StoredState(*store, rebuilt->name()));

  RebuildCheck check;
  check.projection = std::string(projection->name());
  check.stored_keys = before.size();
  check.rebuilt_keys = after.size();
  check.identical = before == after;
  for (const auto& [key, value] : before) {
    auto other = after.find(key);
    if ((other == after.end() || other->second != value) && check.differing_keys.size() < kDifferencesShown) {
      check.differing_keys.push_back(key);
    }
  }
  for (const auto& [key, value] : after) {
    if (before.count(key) == 0 && check.differing_keys.size() < kDifferencesShown) check.differing_keys.push_back(key);
  }
  return check;
}

}  // namespace dossier
