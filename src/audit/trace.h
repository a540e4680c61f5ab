// TraceFigures: from a number in a briefing back to the exact bytes of each source that states it.
//
// The query is a figure id (or a prefix of one), a value with its unit ("3e12 USD",
// "0.5 USD per million tokens"), or the number as written ("$3 trillion", "$0.50/Mtok"), which is
// read with the figure extractor and matched by quantity, else matched by its exact text. For
// every figure found, the trace re-reads the stored text, recomputes its SHA-256 against the
// hash its SourceRecorded event holds, and checks that the bytes at the span are still the
// surface; and it verifies the whole hash chain. Any difference is reported, never hidden.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "audit/verify.h"
#include "dossier/event_store.h"
#include "project/proj_figures.h"
#include "project/proj_sources.h"

namespace dossier {

struct TraceCitation {
  FigureRef ref;
  const SourceSummary* source = nullptr;
  const SourceVersionInfo* version = nullptr;  // of the source version the figure was read from
  std::string sentence;     // the sentence's stored bytes (empty if the text is missing)
  bool text_found = false;  // the blob exists
  bool text_matches_hash = false;
  bool span_matches_surface = false;
  bool ok() const { return text_found && text_matches_hash && span_matches_surface; }
};

struct TraceReport {
  std::string query;
  std::string matched_by;  // "id", "quantity" or "surface"
  std::vector<TraceCitation> citations;  // in source order
  std::vector<FigureRef> same_quantity;  // other figures of the same subject, metric and period (SameMeasure)
  VerifyReport chain;
  bool ok() const;  // every citation checks and the chain verifies
};

// Re-reads the stored text of the figure `ref`, re-hashes it against the hash its SourceRecorded
// event holds and compares the bytes at the span with the figure's surface.
Result<TraceCitation> CheckFigureBytes(const EventStore& store, const SourcesProjection& sources, const FigureRef& ref);

// Fails with NotFound when nothing matches `query`. `figures` and `sources` must be caught up
// with `store` and outlive the report; they are read in place (OpenFigureIndex, OpenSources).
Result<TraceReport> TraceFigures(const EventStore& store, const FigureIndex& figures,
                                 const SourcesProjection& sources, std::string_view query);

}  // namespace dossier
