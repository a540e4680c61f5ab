// dossier verify: recompute the chain and every text hash; name the first problem.
#include <fmt/format.h>

#include "audit/verify.h"
#include "cli/command.h"
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

}  // namespace

int RunVerify(Context& context) {
  Result<std::unique_ptr<EventStore>> opened = context.TryOpenStore(OpenMode::kReadOnly);
  if (!opened.ok()) return context.json ? FailAsJson(opened.status()) : Fail(opened.status());
  const EventStore& store = **opened;
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
        .Key("chain_head").String(report->chain_head).Key("problem");
    if (problem.ok()) {
      w.Null();
    } else {
      w.String(problem.message());
    }
    w.EndObject();
    Print("{}\n", w.str());
    return problem.ok() ? kExitOk : kExitIntegrity;
  }
  if (!problem.ok()) {
    PrintError(fmt::format("verify failed: {}", problem.message()));
    return kExitIntegrity;
  }
  Print("verified {} events in {} streams and {} texts ({} bytes): the chain and every hash check\n",
        report->events, report->streams, report->blobs, report->blob_bytes);
  Print("chain head {}\n", report->chain_head);
  return kExitOk;
}

}  // namespace dossier::cli
