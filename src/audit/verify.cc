#include "audit/verify.h"

#include <fmt/format.h>

#include "audit/log_check.h"
#include "audit/tree_check.h"

namespace dossier {
namespace {

Status CheckEvents(const EventStore& store, LogCheck* check, TreeCheck* tree) {
  Status problem = Status::OK();
  DOSSIER_RETURN_IF_ERROR(store.ScanEncodedEvents([&](uint64_t key, std::string_view bytes) {
    problem = check->AddEvent(key, bytes);
    if (problem.ok()) problem = tree->AddEvent(key, check->chain_head());
    return problem.ok();
  }));
  DOSSIER_RETURN_IF_ERROR(problem);
  if (store.head_position() != check->events()) {
    return Status::Corruption(fmt::format("the store's head says {} events but {} are stored", store.head_position(),
                                          check->events()));
  }
  if (store.chain_head() != check->chain_head()) {
    return Status::Corruption(fmt::format("the store's chain head is not the hash of event {}", check->events()));
  }
  return Status::OK();
}

Status CheckStreamIndex(const EventStore& store, const LogCheck& check) {
  Status problem = Status::OK();
  uint64_t entries = 0;
  DOSSIER_RETURN_IF_ERROR(store.ScanStreamIndex([&](std::string_view stream, uint64_t version, uint64_t position) {
    auto it = check.index().find({std::string(stream), version});
    if (it == check.index().end() || it->second != position) {
      problem = Status::Corruption(fmt::format("stream index: {}@{} points at event {}, which is not that event",
                                               stream, version, position));
      return false;
    }
    ++entries;
    return true;
  }));
  DOSSIER_RETURN_IF_ERROR(problem);
  if (entries != check.index().size()) {
    return Status::Corruption(fmt::format("stream index: {} entries for {} events", entries, check.index().size()));
  }
  return Status::OK();
}

Status CheckTexts(const EventStore& store, LogCheck* check) {
  Status problem = Status::OK();
  DOSSIER_RETURN_IF_ERROR(store.ScanBlobs([&](std::string_view sha, std::string_view bytes) {
    problem = check->AddText(sha, bytes);
    return problem.ok();
  }));
  DOSSIER_RETURN_IF_ERROR(problem);
  return check->CheckTextsNamed();
}

}  // namespace

Result<VerifyReport> VerifyStore(const EventStore& store) {
  VerifyReport report;
  LogCheck check;
  TreeCheck tree(store);
  report.problem = CheckEvents(store, &check, &tree);
  if (report.problem.ok()) report.problem = tree.Finish();
  if (report.problem.ok()) report.problem = CheckStreamIndex(store, check);
  if (report.problem.ok()) report.problem = CheckTexts(store, &check);
  if (report.problem.ok()) report.problem = store.VerifyStoredFiles();
  report.events = check.events();
  report.streams = check.streams();
  report.blobs = check.texts();
  report.blob_bytes = check.text_bytes();
  report.chain_head = check.chain_head();
  report.tree = tree.head();
  report.tree_kept = tree.kept();
  if (!report.problem.ok() && report.problem.code() != Status::Code::kCorruption) return report.problem;
  return report;
}

}  // namespace dossier
