// Reading one version of a source back: its event, its metadata and its text, with the text
// checked against the SHA-256 the event recorded, so nothing is shown that was altered.
#pragma once

#include <string>

#include "dossier/event_store.h"
#include "model/source_events.h"
#include "project/proj_sources.h"

namespace dossier {

struct SourceVersion {
  RecordedEvent event;      // its SourceRecorded event
  SourceRecorded recorded;  // the decoded payload
  std::string text;         // byte-exact
};

// Reads `version` of `source` (0: the latest). Fails with NotFound for a version it does not
// have and Corruption when the stored text does not match its hash.
Result<SourceVersion> ReadSourceVersion(const EventStore& store, const SourceSummary& source, uint64_t version);

// The source list, caught up to the head of `store` without writing to it, every source read.
Result<SourcesProjection> LoadSources(EventStore* store);
// The same, read in place: only the sources its queries ask for.
Result<SourcesProjection> OpenSources(EventStore* store);

}  // namespace dossier
