// dossier extract: record the figures of sources that lack them or were read by an older extractor.
#include <fmt/format.h>

#include "cli/command.h"
#include "dossier/claim.h"
#include "dossier/figure.h"
#include "ingest/figure_refresh.h"
#include "project/rebuild.h"
#include "project/source_reader.h"
#include "util/ids.h"
#include "util/json_writer.h"
#include "util/ordered_pool.h"

namespace dossier::cli {

int RunExtract(Context& context) {
  std::unique_ptr<EventStore> store = context.OpenStore(OpenMode::kReadWrite);
  if (!store) return kExitStore;
  Result<std::optional<uint64_t>> jobs = context.args.GetCount("jobs");
  if (!jobs.ok() || jobs->value_or(1) == 0) {
    PrintError(fmt::format("extract: {}", jobs.ok() ? "--jobs `0`: at least one job extracts" : jobs.status().message()));
    return kExitUsage;
  }
  RefreshOptions options{context.user, NewCorrelationId(), context.args.Has("rerun"), {},
                         static_cast<unsigned>(jobs->value_or(DefaultWorkers()))};
  if (!context.args.positional().empty()) {
    Result<SourcesProjection> sources = LoadSources(store.get());
    if (!sources.ok()) return Fail(sources.status());
    for (const std::string& reference : context.args.positional()) {
      Result<const SourceSummary*> source = sources->Resolve(reference);
      if (!source.ok()) return Fail(source.status());
      options.source_ids.push_back((*source)->source_id);
    }
  }
  Result<RefreshSummary> summary = RefreshFigures(store.get(), options);
  if (!summary.ok()) return Fail(summary.status());
  // The projections are caught up in the same run, so readers find them current.
  if (Status caught_up = CatchUpAll(store.get()); !caught_up.ok()) return Fail(caught_up);
  if (context.json) {
    JsonWriter w;
    w.BeginObject().Key("extractor_version").Uint(kFigureExtractorVersion).Key("extracted").Uint(summary->extracted)
        .Key("current").Uint(summary->current).Key("figures").Uint(summary->figures)
        .Key("claim_extractor_version").Uint(kClaimExtractorVersion).Key("claims_extracted").Uint(summary->claims_extracted)
        .Key("claims_current").Uint(summary->claims_current).Key("claims").Uint(summary->claims).EndObject();
    Print("{}\n", w.str());
    return kExitOk;
  }
  Print("extractor v{}: {} source{} extracted ({} figures), {} already current\n", kFigureExtractorVersion,
        summary->extracted, summary->extracted == 1 ? "" : "s", summary->figures, summary->current);
  Print("claim extractor v{}: {} source{} extracted ({} claims), {} already current\n", kClaimExtractorVersion,
        summary->claims_extracted, summary->claims_extracted == 1 ? "" : "s", summary->claims, summary->claims_current);
  return kExitOk;
}

}  // namespace dossier::cli
