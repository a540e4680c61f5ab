// dossier ingest: read articles, record each as a source, report. Articles are read and recorded in
// input order by this thread, in batches, each batch one atomic append; the figures and claims of a
// batch are extracted ahead on worker threads (--jobs), a few batches at most at a time.
#include <filesystem>

#include <fmt/format.h>

#include "cli/command.h"
#include "cli/progress.h"
#include "ingest/ingester.h"
#include "ingest/input_reader.h"
#include "project/rebuild.h"
#include "util/ids.h"
#include "util/json_writer.h"
#include "util/ordered_pool.h"

namespace dossier::cli {
namespace {

// A batch closes at this many articles or this much text, whichever comes first: large enough that
// one synced append serves many articles, small enough to keep a few batches in memory.
constexpr size_t kBatchArticles = 64;
constexpr size_t kBatchTextBytes = size_t{4} << 20;

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

struct PendingArticle {
  ArticleInput input;
  uint64_t bytes_done = 0;  // of all the inputs, once this article was read
  bool to_extract = false;  // not recorded already: worth extracting ahead
  std::optional<ArticleExtraction> extraction;
};
using ArticleBatch = BatchedPool<PendingArticle>::Batch;

// A store failure or a conflict is not the article's fault: it ends the command.
bool EndsTheCommand(const Result<IngestResult>& result) {
  return !result.ok() && result.status().code() != Status::Code::kInvalidInput;
}

// The outcome of each article of `batch`, in order, recorded in one append. After a store failure,
// one append per article as far as the first that fails: the failure is reported against one
// article, as a sequential ingest reports it, and no article is reported recorded that is not.
// The list ends at an article whose result ends the command.
std::vector<Result<IngestResult>> RecordBatch(Ingester& ingester, const ArticleBatch& batch) {
  std::vector<Result<IngestResult>> results;
  auto stage = [&](const PendingArticle& pending) -> Result<IngestResult> {
    const ArticleInput& input = pending.input;
    if (!input.article.ok()) return input.article.status();
    return ingester.Stage(*input.article, input.input, input.line,
                          pending.extraction ? &*pending.extraction : nullptr);
  };
  bool failed = false;
  for (const PendingArticle& pending : batch) {
    results.push_back(stage(pending));
    if (EndsTheCommand(results.back())) {
      failed = true;
      break;
    }
  }
  if (failed) {
    ingester.Discard();
  } else if (Status committed = ingester.Commit(); committed.ok()) {
    return results;
  }
  results.clear();
  for (const PendingArticle& pending : batch) {
    results.push_back(stage(pending));
    if (results.back().ok()) {
      if (Status committed = ingester.Commit(); !committed.ok()) results.back() = committed;
    }
    if (EndsTheCommand(results.back())) break;
  }
  return results;
}

}  // namespace

int RunIngest(Context& context) {
  const Args& args = context.args;
  if (args.positional().empty()) {
    PrintError("ingest needs something to read: FILE…, a directory, or - for standard input");
    return kExitUsage;
  }
  Result<std::optional<uint64_t>> jobs_flag = args.GetCount("jobs");
  if (!jobs_flag.ok() || jobs_flag->value_or(1) == 0) {
    PrintError(fmt::format("ingest: {}", jobs_flag.ok() ? "--jobs `0`: at least one job extracts"
                                                         : jobs_flag.status().message()));
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
  int exit_code = kExitOk;

  auto report_article = [&](const PendingArticle& pending, const Result<IngestResult>& result) {
    const ArticleInput& input = pending.input;
    progress.Clear();
    report.BeginObject().Key("input").String(input.Place());
    if (!result.ok()) {
      ++tally.rejected;
      if (EndsTheCommand(result)) exit_code = Fail(result.status().WithContext(input.Place()));
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
    progress.Update(pending.bytes_done, tally.added + tally.revised + tally.unchanged + tally.rejected);
  };

  // One job extracts on this thread, as the batch is recorded; more run on workers beside it.
  const unsigned jobs = static_cast<unsigned>(jobs_flag->value_or(DefaultWorkers()));
  const unsigned workers = jobs > 1 ? jobs : 0;
  const Ingester& extractor = *ingester;
  bool fold_each_batch = workers > 0;
  BatchedPool<PendingArticle> batches(
      workers, kBatchArticles, kBatchTextBytes,
      [&extractor](PendingArticle& pending) {
        if (pending.to_extract) pending.extraction = extractor.Extract(*pending.input.article);
      },
      [&](ArticleBatch& batch) {
        std::vector<Result<IngestResult>> results = RecordBatch(*ingester, batch);
        for (size_t i = 0; i < results.size(); ++i) report_article(batch[i], results[i]);
        // With workers, the projections fold each batch as it is recorded, while the workers
        // extract the next: this thread waited for them most of the time, and the one catch-up
        // after the last batch took a third of a bulk ingest's wall time with every worker idle.
        // A fold that fails (a full disk) leaves the rest to that catch-up, which reports it; the
        // next append meets the same failure and reports its article.
        if (fold_each_batch && exit_code == kExitOk) fold_each_batch = CatchUpAll(store.get()).ok();
        return exit_code == kExitOk;  // a failed store takes no more articles
      });
  uint64_t bytes_before = 0;
  for (const std::string& file : plan.files) {
    bool more = true;
    ReadArticles(file, given, [&](ArticleInput&& input, uint64_t bytes_done) -> bool {
      PendingArticle pending{std::move(input), bytes_before + bytes_done, false, std::nullopt};
      size_t text_bytes = 0;
      if (pending.input.article.ok()) {
        text_bytes = pending.input.article->text.size();
        if (workers > 0) {
          Result<bool> recorded = ingester->IsRecorded(*pending.input.article);
          pending.to_extract = !(recorded.ok() && *recorded);
        }
      }
      more = batches.Add(std::move(pending), text_bytes);
      return more;
    });
    if (!more) break;
    bytes_before += std::filesystem::is_regular_file(file) ? std::filesystem::file_size(file) : 0;
  }
  batches.Finish();
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
