#include "project/fold.h"

#include <algorithm>

#include <fmt/format.h>

namespace dossier {
namespace {

// Commits what the targets that have folded up to `position` changed, with their checkpoints at it.
Status CommitBatch(EventStore* store, std::vector<FoldTarget>& targets, uint64_t position) {
  std::vector<ProjectionCommit> commits;
  std::vector<FoldTarget*> committed;
  for (FoldTarget& target : targets) {
    if (target.from > position && position != store->head_position()) continue;  // nothing folded yet
    ProjectionCommit commit;
    commit.projection = target.rows;
    commit.code_version = target.projection->code_version();
    commit.checkpoint = position;
    commit.clear_first = target.clear_first;
    target.projection->rows().TakeChanges(&commit.puts, &commit.deletes);
    if (target.clear_first) commit.deletes.clear();  // nothing is left to delete
    committed.push_back(&target);
    if (target.scratch) {
      DOSSIER_RETURN_IF_ERROR(store->WriteScratchRows(commit.projection, commit.puts, commit.deletes));
    } else {
      commits.push_back(std::move(commit));
    }
  }
  if (!commits.empty()) DOSSIER_RETURN_IF_ERROR(store->CommitProjections(commits));
  for (FoldTarget* target : committed) {
    target->clear_first = false;
    target->projection->AttachCommitted(ProjectionRows(store, target->rows, /*stored=*/true));
  }
  return Status::OK();
}

}  // namespace

Status FoldInBatches(EventStore* store, std::vector<FoldTarget> targets, uint64_t batch_bytes) {
  uint64_t from = store->head_position() + 1;
  for (FoldTarget& target : targets) {
    target.projection->Attach(ProjectionRows(store, target.rows, /*stored=*/!target.clear_first));
    from = std::min(from, target.from);
  }
  Status failed = Status::OK();
  DOSSIER_RETURN_IF_ERROR(store->ReadAll(from, [&](const RecordedEvent& event) {
    uint64_t pending = 0;
    for (FoldTarget& target : targets) {
      if (event.position < target.from) continue;
      failed = target.projection->Apply(event);
      if (!failed.ok()) {
        failed = failed.WithContext(fmt::format("projection {}: event {}", target.projection->name(), event.position));
        return false;
      }
      pending += target.projection->rows().pending_bytes();
    }
    if (pending >= batch_bytes && event.position < store->head_position()) failed = CommitBatch(store, targets, event.position);
    return failed.ok();
  }));
  DOSSIER_RETURN_IF_ERROR(failed);
  return CommitBatch(store, targets, store->head_position());
}

}  // namespace dossier
