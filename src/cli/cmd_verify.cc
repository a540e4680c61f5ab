// dossier verify: recompute the chain, the Merkle tree and every text hash; name the first problem.
// With --since SIZE:ROOT, prove only that the log of that tree head is a prefix of today's.
#include <fmt/format.h>

#include "audit/verify.h"
#include "cli/command.h"
#include "store/log_tree.h"
#include "util/json_writer.h"

namespace dossier::cli {

namespace {

// With --json, a store that cannot be opened or read still gets its report.
int FailAsJson(const Status& status) {
  JsonWriter w;
  w.BeginObject().Key("ok").Bool(false).Key("problem").String(status.message()).EndObject();
  Print("{}\n", w.str());
  return Fail(status);
}

void WriteProblem(JsonWriter& w, const Status& problem) {
  w.Key("problem");
  if (problem.ok()) {
    w.Null();
  } else {
    w.String(problem.message());
  }
}

// What --since proves: the tree head `seen` (kept by an auditor) is a prefix of today's log.
struct ConsistencyReport {
  TreeHead seen;
  TreeHead today;
  std::vector<MerkleHash> proof;
  Status problem;
};

Result<ConsistencyReport> ProveConsistency(const EventStore& store, const TreeHead& seen) {
  ConsistencyReport report;
  report.seen = seen;
  Result<LogTree> tree = LogTree::Open(store);
  if (!tree.ok()) return tree.status();
  report.today = tree->head();
  if (seen.size > report.today.size) {
    report.problem = Status::Corruption(fmt::format(
        "the tree head {} names {} events, but the log holds {}: events were lost, or it is another store's head",
        FormatTreeHead(seen), seen.size, report.today.size));
    return report;
  }
  DOSSIER_ASSIGN_OR_RETURN(report.proof, ConsistencyProof(*tree, seen.size, report.today.size));
  if (!VerifyConsistency(seen, report.today, report.proof)) {
    report.problem = Status::Corruption(fmt::format(
        "the log of tree head {} is not a prefix of today's log (tree head {}): events 1 to {} were altered since, "
        "or it is another store's head", FormatTreeHead(seen), FormatTreeHead(report.today), seen.size));
  }
  return report;
}

int RunSince(Context& context, const EventStore& store, std::string_view since) {
  Result<TreeHead> seen = ParseTreeHead(since);
  if (!seen.ok()) {
    PrintError(fmt::format("--since: {}", seen.status().message()));
    return kExitUsage;
  }
  Result<ConsistencyReport> report = ProveConsistency(store, *seen);
  if (!report.ok()) return context.json ? FailAsJson(report.status()) : Fail(report.status());
  if (context.json) {
    JsonWriter w;
    w.BeginObject().Key("ok").Bool(report->problem.ok()).Key("since").String(FormatTreeHead(report->seen))
        .Key("tree_head").String(FormatTreeHead(report->today)).Key("consistency_proof").BeginArray();
    for (const MerkleHash& hash : report->proof) w.String(MerkleHex(hash));
    w.EndArray();
    WriteProblem(w, report->problem);
    w.EndObject();
    Print("{}\n", w.str());
    return report->problem.ok() ? kExitOk : kExitIntegrity;
  }
  if (!report->problem.ok()) {
    PrintError(fmt::format("verify failed: {}", report->problem.message()));
    return kExitIntegrity;
  }
  Print("tree head {}\n", FormatTreeHead(report->today));
  Print("consistent: the log of tree head {} is a prefix of today's ({} events more; consistency proof of {} "
             "hashes checked)\n", FormatTreeHead(report->seen), report->today.size - report->seen.size,
             report->proof.size());
  for (const MerkleHash& hash : report->proof) Print("    {}\n", MerkleHex(hash));
  return kExitOk;
}

}  // namespace

int RunVerify(Context& context) {
  Result<std::unique_ptr<EventStore>> opened = context.TryOpenStore(OpenMode::kReadOnly);
  if (!opened.ok()) return context.json ? FailAsJson(opened.status()) : Fail(opened.status());
  const EventStore& store = **opened;
  if (const std::optional<std::string> since = context.args.Get("since")) return RunSince(context, store, *since);
  Result<VerifyReport> report = VerifyStore(store);
  if (!report.ok()) return context.json ? FailAsJson(report.status()) : Fail(report.status());
  Status problem = report->problem;
  const std::optional<std::string> expected_head = context.args.Get("expect-head");
  if (problem.ok() && expected_head && *expected_head != report->chain_head) {
    problem = Status::Corruption(fmt::format("the chain head is {}, not the expected {}: the log was rewritten or "
                                             "is not the one you recorded", report->chain_head, *expected_head));
  }
  if (context.json) {
    JsonWriter w;
    w.BeginObject().Key("ok").Bool(problem.ok()).Key("events").Uint(report->events).Key("streams")
        .Uint(report->streams).Key("texts").Uint(report->blobs).Key("text_bytes").Uint(report->blob_bytes)
        .Key("chain_head").String(report->chain_head).Key("tree_head").String(FormatTreeHead(report->tree))
        .Key("tree_kept").Uint(report->tree_kept);
    WriteProblem(w, problem);
    w.EndObject();
    Print("{}\n", w.str());
    return problem.ok() ? kExitOk : kExitIntegrity;
  }
  if (!problem.ok()) {
    PrintError(fmt::format("verify failed: {}", problem.message()));
    return kExitIntegrity;
  }
  Print("verified {} events in {} streams and {} texts ({} bytes): the chain, the Merkle tree and every hash "
             "check\n", report->events, report->streams, report->blobs, report->blob_bytes);
  Print("chain head {}\n", report->chain_head);
  Print("tree head {}\n", FormatTreeHead(report->tree));
  if (report->tree_kept < report->events) {
    Print("(the store keeps the tree of events 1 to {} only, as made before it; any write, or `dossier rebuild`, "
               "completes it)\n", report->tree_kept);
  }
  return kExitOk;
}

}  // namespace dossier::cli
