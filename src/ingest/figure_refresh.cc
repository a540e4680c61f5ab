#include "ingest/figure_refresh.h"

#include <algorithm>

#include <fmt/format.h>

#include "model/figure_events.h"
#include "project/proj_figures.h"
#include "project/source_reader.h"

namespace dossier {

Result<RefreshSummary> RefreshFigures(EventStore* store, const RefreshOptions& options) {
  SourcesProjection sources;
  DOSSIER_ASSIGN_OR_RETURN(sources, LoadSources(store));
  FigureIndex index;
  DOSSIER_ASSIGN_OR_RETURN(index, LoadFigureIndex(store));

  RefreshSummary summary;
  for (const auto& [id, source] : sources.sources()) {
    if (!options.source_ids.empty() &&
        std::find(options.source_ids.begin(), options.source_ids.end(), id) == options.source_ids.end()) {
      continue;
    }
    auto existing = index.sources().find(id);
    const bool has_latest = existing != index.sources().end() &&
                            existing->second.extracted.source_version == source.versions.back().version;
    const bool stale = !has_latest || (options.rerun && existing->second.extracted.extractor_version != kFigureExtractorVersion);
    if (!stale) {
      ++summary.current;
      continue;
    }
    SourceVersion latest;
    DOSSIER_ASSIGN_OR_RETURN(latest, ReadSourceVersion(*store, source, 0));
    FiguresExtracted extracted = ExtractSourceFigures(id, latest.recorded.version, latest.recorded.text_sha256, latest.text);
    const std::string stream = FiguresStream(id);
    uint64_t stream_version = 0;
    DOSSIER_ASSIGN_OR_RETURN(stream_version, store->StreamVersion(stream));
    AppendBatch batch;
    batch.recorded_by = options.recorded_by;
    batch.correlation = options.correlation;
    batch.expected.emplace_back(stream, static_cast<int64_t>(stream_version));
    batch.events.push_back(MakeFiguresExtractedEvent(extracted, latest.recorded.metadata.published));
    DOSSIER_RETURN_IF_ERROR(store->Append(batch).status().WithContext(fmt::format("source {}", id)));
    ++summary.extracted;
    summary.figures += extracted.figures.size();
  }
  return summary;
}

}  // namespace dossier
