#include "project/source_reader.h"

#include <fmt/format.h>

#include "util/sha256.h"

namespace dossier {

Result<SourceVersion> ReadSourceVersion(const EventStore& store, const SourceSummary& source, uint64_t version) {
  if (version == 0) version = source.versions.size();
  if (version > source.versions.size()) {
    return Status::NotFound(fmt::format("source {} has {} version{}, not {}", source.source_id,
                                        source.versions.size(), source.versions.size() == 1 ? "" : "s", version));
  }
  const SourceVersionInfo& info = source.versions[version - 1];
  SourceVersion out;
  DOSSIER_ASSIGN_OR_RETURN(out.event, store.ReadEvent(info.position));
  DOSSIER_ASSIGN_OR_RETURN(out.recorded, DecodeSourceRecorded(out.event.payload));
  DOSSIER_ASSIGN_OR_RETURN(out.text, store.GetBlob(out.recorded.text_sha256));
  if (Sha256Hex(out.text) != out.recorded.text_sha256) {
    return Status::Corruption(fmt::format(
        "the stored text of source {} version {} does not match its SHA-256 {}; run `dossier verify`",
        source.source_id, version, out.recorded.text_sha256));
  }
  return out;
}

Result<SourcesProjection> LoadSources(EventStore* store) {
  SourcesProjection sources;
  DOSSIER_RETURN_IF_ERROR(CatchUp(store, &sources, /*persist=*/false));
  DOSSIER_RETURN_IF_ERROR(sources.LoadAll());
  return sources;
}

Result<SourcesProjection> OpenSources(EventStore* store) {
  SourcesProjection sources;
  DOSSIER_RETURN_IF_ERROR(CatchUp(store, &sources, /*persist=*/false));
  return sources;
}

}  // namespace dossier
