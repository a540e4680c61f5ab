// dossier ingest: read articles, record each as a source in one atomic append, report.
#include <filesystem>

#include <fmt/format.h>

#include "cli/command.h"
#include "cli/progress.h"
#include "ingest/ingester.h"
#include "ingest/input_reader.h"
#include "project/rebuild.h"
#include "util/ids.h"
#include "util/json_writer.h"

namespace dossier::cli {
namespace {

struct Tally {
  uint64_t added = 0, revised = 0, unchanged = 0, rejected = 0;
};

std::string_view OutcomeName(IngestOutcome outcome) {
  switch (outcome) {
    case IngestOutcome::kNew: return "new";
    case IngestOutcome::kRevised: return "revised";
    case IngestOutcome::kUnchanged: return "unchanged";
  }
  return "";
}

}  // namespace

int RunIngest(Context& context) {
  const Args& args = context.args;
  if (args.positional().empty()) {
    PrintError("ingest needs something to read: FILE…, a directory, or - for standard input");
    return kExitUsage;
  }
  SourceMetadata given;
  given.title = args.Get("title");
  given.outlet = args.Get("outlet");
  given.author = args.Get("author");
  given.published = args.Get("published");
  given.url = args.Get("url");
  given.language = args.Get("language");
  given.article_id = args.Get("id");
  if (Status flags_ok = CheckMetadata(given); !flags_ok.ok()) {
    PrintError(fmt::format("ingest: {}", flags_ok.message()));
    return kExitUsage;
  }

  std::unique_ptr<EventStore> store = context.OpenStore(OpenMode::kReadWrite);
  if (!store) return kExitStore;
  IngestOptions options{context.user, NewCorrelationId(), args.Get("story"), args.Get("story-title")};
  Result<Ingester> ingester = Ingester::Create(store.get(), options);
  if (!ingester.ok()) return Fail(ingester.status());

  const bool quiet = args.Has("quiet") || context.json;
  InputPlan plan = PlanInputs(args.positional(), args.Has("follow-symlinks"));
  Progress progress(plan.total_bytes);
  Tally tally;
  JsonWriter report;
  report.BeginObject().Key("articles").BeginArray();
  uint64_t bytes_before = 0;
  int exit_code = kExitOk;
  for (const std::string& file : plan.files) {
    ReadArticles(file, given, [&](ArticleInput&& input, uint64_t bytes_done) -> bool {
      Result<IngestResult> result = input.article.ok()
          ? ingester->Ingest(*input.article, input.input, input.line)
          : Result<IngestResult>(input.article.status());
      progress.Clear();
      report.BeginObject().Key("input").String(input.Place());
      if (!result.ok()) {
        ++tally.rejected;
        // A store failure or a conflict is not the article's fault: it ends the command.
        const Status::Code code = result.status().code();
        if (code != Status::Code::kInvalidInput) exit_code = Fail(result.status().WithContext(input.Place()));
        else PrintError(fmt::format("{}: {}", input.Place(), result.status().message()));
        report.Key("outcome").String("rejected").Key("error").String(result.status().message());
      } else {
        const IngestResult& r = *result;
        ++(r.outcome == IngestOutcome::kNew ? tally.added
           : r.outcome == IngestOutcome::kRevised ? tally.revised : tally.unchanged);
        report.Key("outcome").String(OutcomeName(r.outcome)).Key("source_id").String(r.source_id)
            .Key("version").Uint(r.version);
        if (!quiet) {
          Print("{:<9} {} v{}  {}  {}\n", OutcomeName(r.outcome), r.source_id, r.version,
                input.Place(), input.article->metadata.title.value_or(""));
        }
      }
      report.EndObject();
      progress.Update(bytes_before + bytes_done, tally.added + tally.revised + tally.unchanged + tally.rejected);
      return exit_code == kExitOk;  // a failed store takes no more articles
    });
    if (exit_code != kExitOk) break;
    bytes_before += std::filesystem::is_regular_file(file) ? std::filesystem::file_size(file) : 0;
  }
  progress.Clear();
  report.EndArray();

  // The projections are caught up in the same run, so readers find them current (not after the
  // store failed: what was recorded before stays recorded, and the next writer catches up).
  if (exit_code == kExitOk) {
    if (Status caught_up = CatchUpAll(store.get()); !caught_up.ok()) exit_code = Fail(caught_up);
  }

  bool unreadable = false;
  for (const SkippedEntry& skipped : plan.skipped) {
    PrintWarning(fmt::format("{}: skipped: {}", skipped.path, skipped.why));
    unreadable = unreadable || skipped.unreadable;
  }
  if (context.json) {
    report.Key("new").Uint(tally.added).Key("revised").Uint(tally.revised).Key("unchanged").Uint(tally.unchanged)
        .Key("rejected").Uint(tally.rejected).EndObject();
    Print("{}\n", report.str());
  } else {
    Print("{} new, {} revised, {} unchanged, {} rejected\n", tally.added, tally.revised, tally.unchanged,
          tally.rejected);
  }
  if (exit_code != kExitOk) return exit_code;
  return tally.rejected > 0 || unreadable ? kExitFailed : kExitOk;
}

}  // namespace dossier::cli
