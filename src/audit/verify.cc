#include "audit/verify.h"

#include <atomic>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "audit/log_check.h"
#include "audit/tree_check.h"
#include "store/merkle.h"
#include "util/ordered_pool.h"

namespace dossier {
namespace {

// A run of stored events that the worker threads read (ReadEvent: decode, hash, decode the payload;
// and each one's Merkle leaf) while the scan reads on. None of that needs the events before, so
// batches are read on every core; the checks that do (link, stream versions, the tree) are then
// made in log order on the scanning thread. A batch's buffers are reused by later batches.
struct ReadBatch {
  size_t size = 0;
  std::vector<uint64_t> positions;
  std::vector<std::string> bytes;
  std::vector<EventRead> reads;
  std::vector<Result<MerkleHash>> leaves;

  void Add(uint64_t position, std::string_view stored) {
    if (size == positions.size()) {
      positions.emplace_back();
      bytes.emplace_back();
      reads.emplace_back();
    }
    positions[size] = position;
    bytes[size].assign(stored);
    ++size;
  }

  void Read() {
    leaves.clear();
    for (size_t i = 0; i < size; ++i) {
      ReadEvent(positions[i], bytes[i], &reads[i]);
      if (reads[i].decoded.ok()) {
        leaves.push_back(EventLeafHash(reads[i].event.hash));
      } else {
        leaves.push_back(reads[i].decoded);  // never asked for: AddRead refuses the event first
      }
    }
  }
};
constexpr size_t kReadBatchEvents = 256;

Status CheckEvents(const EventStore& store, LogCheck* check, TreeCheck* tree) {
  const unsigned threads = DefaultWorkers();
  OrderedPool<ReadBatch> pool(threads, [](ReadBatch& batch) { batch.Read(); });
  std::vector<ReadBatch> spare;
  Status problem = Status::OK();  // the first, in log order
  auto take_oldest = [&] {
    ReadBatch done = pool.Pop();
    for (size_t i = 0; i < done.size && problem.ok(); ++i) {
      problem = check->AddRead(done.positions[i], done.reads[i]);
      if (problem.ok()) problem = tree->AddLeaf(done.positions[i], done.leaves[i]);
    }
    done.size = 0;
    spare.push_back(std::move(done));
  };
  ReadBatch batch;
  auto hand_over = [&] {
    if (pool.size() > threads) take_oldest();
    pool.Push(std::move(batch));
    batch = ReadBatch();
    if (!spare.empty()) {
      batch = std::move(spare.back());
      spare.pop_back();
    }
  };
  const Status scanned = store.ScanEncodedEvents([&](uint64_t key, std::string_view bytes) {
    batch.Add(key, bytes);
    if (batch.size == kReadBatchEvents) hand_over();
    return problem.ok();
  });
  if (batch.size > 0) hand_over();
  while (pool.size() > 0) take_oldest();
  // An event's problem is of an event before wherever the scan stopped: it is the first.
  DOSSIER_RETURN_IF_ERROR(problem);
  DOSSIER_RETURN_IF_ERROR(scanned);
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

// Every stored text hashes to its key; stops early once `stop` is set.
Status HashTexts(const EventStore& store, LogCheck* check, const std::atomic<bool>& stop) {
  Status problem = Status::OK();
  DOSSIER_RETURN_IF_ERROR(store.ScanBlobs([&](std::string_view sha, std::string_view bytes) {
    problem = check->AddText(sha, bytes);
    return problem.ok() && !stop.load(std::memory_order_relaxed);
  }));
  return problem;
}

}  // namespace

Result<VerifyReport> VerifyStore(const EventStore& store) {
  VerifyReport report;
  LogCheck check;
  check.Reserve(store.head_position());
  TreeCheck tree(store);
  // The texts are read and hashed on a thread of their own while the events are (about a sixth
  // of verify's CPU, which ran after the events': neither needs the other until the texts the
  // events name are looked up). Problems are still reported in the order the checks had run.
  std::atomic<bool> stop_texts{false};
  Status texts = Status::OK();
  std::thread texts_reader([&] { texts = HashTexts(store, &check, stop_texts); });
  report.problem = CheckEvents(store, &check, &tree);
  if (report.problem.ok()) report.problem = tree.Finish();
  if (report.problem.ok()) report.problem = CheckStreamIndex(store, check);
  if (!report.problem.ok()) stop_texts = true;
  texts_reader.join();
  if (report.problem.ok()) report.problem = texts;
  if (report.problem.ok()) report.problem = check.CheckTextsNamed();
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
