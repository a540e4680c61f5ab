#include "audit/verify.h"

#include <utility>
#include <vector>

#include <fmt/format.h>

#include "audit/log_check.h"
#include "audit/tree_check.h"
#include "util/ordered_pool.h"

namespace dossier {
namespace {

// Events whose payloads a second thread decodes while the scan reads on (decoding them is most of
// what verify adds to reading the log), and the first problem it found in them.
struct PayloadBatch {
  std::vector<RecordedEvent> events;
  Status problem = Status::OK();
};
constexpr size_t kPayloadBatchEvents = 256;

Status CheckEvents(const EventStore& store, LogCheck* check, TreeCheck* tree) {
  OrderedPool<PayloadBatch> payloads(1, [](PayloadBatch& batch) {
    for (const RecordedEvent& event : batch.events) {
      batch.problem = CheckEventPayload(event);
      if (!batch.problem.ok()) return;
    }
  });
  Status payload_problem = Status::OK();  // the first, in log order
  auto take_oldest = [&] {
    PayloadBatch done = payloads.Pop();
    if (payload_problem.ok()) payload_problem = std::move(done.problem);
  };
  PayloadBatch batch;
  auto hand_over = [&] {
    if (payloads.size() >= 2) take_oldest();
    payloads.Push(std::move(batch));
    batch = PayloadBatch();
  };
  Status problem = Status::OK();
  const Status scanned = store.ScanEncodedEvents([&](uint64_t key, std::string_view bytes) {
    RecordedEvent event;
    problem = check->AddEventLeavingPayload(key, bytes, &event);
    if (problem.ok()) problem = tree->AddEvent(key, check->chain_head());
    if (problem.ok()) batch.events.push_back(std::move(event));
    if (batch.events.size() == kPayloadBatchEvents) hand_over();
    return problem.ok() && payload_problem.ok();
  });
  hand_over();
  while (payloads.size() > 0) take_oldest();
  // A payload's problem is of an event before wherever the scan stopped: it is the first.
  DOSSIER_RETURN_IF_ERROR(payload_problem);
  DOSSIER_RETURN_IF_ERROR(scanned);
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
    if (!check.IsEventAt(stream, version, position)) {
      problem = Status::Corruption(fmt::format("stream index: {}@{} points at event {}, which is not that event",
                                               stream, version, position));
      return false;
    }
    ++entries;
    return true;
  }));
  DOSSIER_RETURN_IF_ERROR(problem);
  if (entries != check.events()) {
    return Status::Corruption(fmt::format("stream index: {} entries for {} events", entries, check.events()));
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
  // The log's families were read whole above: this reads the others (the projections, the meta).
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
