#include "dossier/projection.h"

#include <fmt/format.h>

namespace dossier {
namespace {

Status FoldFrom(EventStore* store, Projection* projection, uint64_t from) {
  Status failed = Status::OK();
  DOSSIER_RETURN_IF_ERROR(store->ReadAll(from, [&](const RecordedEvent& event) {
    failed = projection->Apply(event);
    if (!failed.ok()) failed = failed.WithContext(fmt::format("projection {}: event {}", projection->name(), event.position));
    return failed.ok();
  }));
  return failed;
}

Status Commit(EventStore* store, Projection* projection, bool clear_first) {
  ProjectionCommit commit;
  commit.projection = std::string(projection->name());
  commit.code_version = projection->code_version();
  commit.checkpoint = store->head_position();
  commit.clear_first = clear_first;
  projection->TakeChanges(&commit.puts);
  return store->CommitProjection(commit);
}

}  // namespace

Status CatchUp(EventStore* store, Projection* projection, bool persist) {
  std::optional<ProjectionCheckpoint> checkpoint;
  DOSSIER_ASSIGN_OR_RETURN(checkpoint, store->GetCheckpoint(projection->name()));
  const bool current = checkpoint && checkpoint->code_version == projection->code_version() &&
                       checkpoint->position <= store->head_position();
  if (!current) {
    DOSSIER_RETURN_IF_ERROR(FoldFrom(store, projection, 1));
    return persist ? Commit(store, projection, /*clear_first=*/true) : Status::OK();
  }
  Status restored = Status::OK();
  DOSSIER_RETURN_IF_ERROR(store->ScanProjection(projection->name(), [&](std::string_view key, std::string_view value) {
    restored = projection->Restore(key, value);
    return restored.ok();
  }));
  DOSSIER_RETURN_IF_ERROR(restored.WithContext(fmt::format("projection {}: stored state", projection->name())));
  if (checkpoint->position == store->head_position()) return Status::OK();
  DOSSIER_RETURN_IF_ERROR(FoldFrom(store, projection, checkpoint->position + 1));
  return persist ? Commit(store, projection, /*clear_first=*/false) : Status::OK();
}

Status Rebuild(EventStore* store, Projection* projection) {
  DOSSIER_RETURN_IF_ERROR(FoldFrom(store, projection, 1));
  return Commit(store, projection, /*clear_first=*/true);
}

}  // namespace dossier
