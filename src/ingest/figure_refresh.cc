#include "ingest/figure_refresh.h"

#include <algorithm>

#include <fmt/format.h>

#include "model/claim_events.h"
#include "model/figure_events.h"
#include "project/proj_actors.h"
#include "project/proj_claims.h"
#include "project/proj_figures.h"
#include "project/source_reader.h"
#include "util/ordered_pool.h"

namespace dossier {

namespace {

// A source whose figures or claims are stale, with its latest text and, once worked on, what
// extraction found in it.
struct StaleSource {
  std::string id;
  SourceVersion latest;
  const FiguresExtracted* current_figures = nullptr;  // its figures when they are current
  bool claims_stale = false;
  std::vector<Figure> figures;  // extracted when current_figures is null
  ClaimExtraction claims;       // extracted when claims_stale
};

// Batches of sources go to the workers together, as bulk ingest's articles do.
constexpr size_t kBatchSources = 64;
constexpr size_t kBatchTextBytes = size_t{4} << 20;

}  // namespace

Result<RefreshSummary> RefreshFigures(EventStore* store, const RefreshOptions& options) {
  SourcesProjection sources;
  DOSSIER_ASSIGN_OR_RETURN(sources, LoadSources(store));
  FigureIndex index;
  DOSSIER_ASSIGN_OR_RETURN(index, LoadFigureIndex(store));
  ClaimsProjection claims;
  DOSSIER_ASSIGN_OR_RETURN(claims, LoadClaims(store));
  std::vector<SourceClaims> claim_extractions;
  DOSSIER_ASSIGN_OR_RETURN(claim_extractions, claims.Extractions(TimeFilter()));
  Result<RecordedGazetteer> gazetteer = LoadGazetteer(store);
  if (!gazetteer.ok()) return gazetteer.status();

  RefreshSummary summary;
  // Each source's new extractions are its own append, in source order, after workers extracted them.
  Status recorded = Status::OK();
  auto record = [&](StaleSource& stale) -> Status {
    const std::string& id = stale.id;
    const SourceVersion& latest = stale.latest;
    AppendBatch batch;
    batch.recorded_by = options.recorded_by;
    batch.correlation = options.correlation;
    auto expect_next = [&](const std::string& stream) -> Status {
      uint64_t stream_version = 0;
      DOSSIER_ASSIGN_OR_RETURN(stream_version, store->StreamVersion(stream));
      batch.expected.emplace_back(stream, static_cast<int64_t>(stream_version));
      return Status::OK();
    };
    const bool figures_stale = stale.current_figures == nullptr;
    FiguresExtracted figures =
        figures_stale ? BuildFiguresExtracted(id, latest.recorded.version, latest.recorded.text_sha256, std::move(stale.figures))
                      : *stale.current_figures;
    if (figures_stale) {
      DOSSIER_RETURN_IF_ERROR(expect_next(FiguresStream(id)));
      batch.events.push_back(MakeFiguresExtractedEvent(figures, latest.recorded.metadata.published));
    }
    uint64_t claim_count = 0;
    if (stale.claims_stale) {
      const ClaimSourceRef ref{id, latest.recorded.version, latest.recorded.text_sha256, latest.recorded.metadata.published,
                               gazetteer->digest, {latest.recorded.metadata.author, latest.recorded.metadata.outlet}};
      ClaimsExtracted extracted = BuildClaimsExtracted(ref, latest.text, stale.claims, figures.figures);
      claim_count = extracted.claims.size();
      DOSSIER_RETURN_IF_ERROR(expect_next(ClaimsStream(id)));
      batch.events.push_back(MakeClaimsExtractedEvent(extracted));
    }
    DOSSIER_RETURN_IF_ERROR(store->Append(batch).status().WithContext(fmt::format("source {}", id)));
    if (stale.claims_stale) {
      ++summary.claims_extracted;
      summary.claims += claim_count;
    }
    if (figures_stale) {
      ++summary.extracted;
      summary.figures += figures.figures.size();
    }
    return Status::OK();
  };
  const Gazetteer& actors = gazetteer->gazetteer;
  BatchedPool<StaleSource> batches(
      options.jobs > 1 ? options.jobs : 0, kBatchSources, kBatchTextBytes,
      [&actors](StaleSource& stale) {
        const SourceMetadata& metadata = stale.latest.recorded.metadata;
        if (stale.current_figures == nullptr) {
          stale.figures = ExtractFigures(stale.latest.text, metadata.published.value_or(""));
        }
        if (stale.claims_stale) stale.claims = ExtractClaims(stale.latest.text, actors, {metadata.author, metadata.outlet});
      },
      [&](std::vector<StaleSource>& batch) {
        for (StaleSource& stale : batch) {
          recorded = record(stale);
          if (!recorded.ok()) return false;
        }
        return true;
      });

  for (const auto& [id, source] : sources.sources()) {
    if (!options.source_ids.empty() &&
        std::find(options.source_ids.begin(), options.source_ids.end(), id) == options.source_ids.end()) {
      continue;
    }
    const uint64_t latest_version = source.versions.back().version;
    auto existing = index.sources().find(id);
    const bool has_latest = existing != index.sources().end() &&
                            existing->second.extracted.source_version == latest_version;
    const bool figures_stale =
        !has_latest || (options.rerun && existing->second.extracted.extractor_version != kFigureExtractorVersion);
    auto claimed = std::find_if(claim_extractions.begin(), claim_extractions.end(),
                                [&, &id = id](const SourceClaims& c) { return c.extracted.source_id == id; });
    const bool claims_have_latest = claimed != claim_extractions.end() && claimed->extracted.source_version == latest_version;
    const bool claims_stale = !claims_have_latest ||
                              (options.rerun && (claimed->extracted.extractor_version != kClaimExtractorVersion ||
                                                 claimed->extracted.gazetteer_sha256 != gazetteer->digest));
    summary.current += figures_stale ? 0 : 1;
    summary.claims_current += claims_stale ? 0 : 1;
    if (!figures_stale && !claims_stale) continue;

    StaleSource stale;
    stale.id = id;
    DOSSIER_ASSIGN_OR_RETURN(stale.latest, ReadSourceVersion(*store, source, 0));
    stale.current_figures = figures_stale ? nullptr : &existing->second.extracted;
    stale.claims_stale = claims_stale;
    const size_t text_bytes = stale.latest.text.size();
    if (!batches.Add(std::move(stale), text_bytes)) return recorded;
  }
  if (!batches.Finish()) return recorded;
  return summary;
}

}  // namespace dossier
