// TraceFigures: from a number in a briefing back to the exact bytes of each source that states it.
//
// The query is a figure id (or a prefix of one), a value with its unit ("3e12 USD",
// "0.5 USD per million tokens"), or the number as written ("$3 trillion", "$0.50/Mtok"), which is
// read with the figure extractor and matched by quantity, else matched by its exact text. For
// every figure found, the trace re-reads the stored text, recomputes its SHA-256 against the
// hash its SourceRecorded event holds, and checks that the bytes at the span are still the
// surface; and it proves the two events the figure rests on (the text's SourceRecorded, the
// figure's FiguresExtracted) in the log's current Merkle tree head: each re-hashed from its stored
// bytes, shown to say what the trace shows, and its inclusion proof checked (RFC 9162), in
// O(log n) reads rather than a pass over the log. Any difference is reported, never hidden.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dossier/event_store.h"
#include "project/proj_figures.h"
#include "project/proj_sources.h"
#include "store/merkle.h"

namespace dossier {

// An event proven in the log: its stored bytes re-hashed, and that hash's Merkle inclusion proof
// under the report's tree head.
struct EventProof {
  uint64_t position = 0;
  std::string event_hash;         // recomputed from the stored bytes (empty when they are unreadable)
  std::vector<MerkleHash> path;   // the inclusion proof, leaf to root
  bool hash_matches_bytes = false;  // the bytes hash to the hash their envelope names
  bool says_what_is_shown = false;  // its payload names the text (and the figure) the citation shows
  bool in_tree = false;             // the path leads from the event's leaf to the tree head
  bool ok() const { return hash_matches_bytes && says_what_is_shown && in_tree; }
};

struct TraceCitation {
  FigureRef ref;
  const SourceSummary* source = nullptr;
  const SourceVersionInfo* version = nullptr;  // of the source version the figure was read from
  std::string sentence;     // the sentence's stored bytes (empty if the text is missing)
  bool text_found = false;  // the blob exists
  bool text_matches_hash = false;
  bool span_matches_surface = false;
  EventProof text_event;    // the SourceRecorded event of the text (position 0: the source is unknown)
  EventProof figure_event;  // the FiguresExtracted event of the figure
  // The bytes check (CheckFigureBytes); a traced citation's proofs too.
  bool ok() const { return text_found && text_matches_hash && span_matches_surface; }
  bool proven() const { return text_event.ok() && figure_event.ok(); }
};

struct TraceReport {
  std::string query;
  std::string matched_by;  // "id", "quantity" or "surface"
  std::vector<TraceCitation> citations;  // in source order
  std::vector<FigureRef> same_quantity;  // other figures of the same subject, metric and period (SameMeasure)
  TreeHead tree;  // the log's tree head every citation's events are proven in
  bool ok() const;  // every citation checks and is proven
};

// Re-reads the stored text of the figure `ref`, re-hashes it against the hash its SourceRecorded
// event holds and compares the bytes at the span with the figure's surface.
Result<TraceCitation> CheckFigureBytes(const EventStore& store, const SourcesProjection& sources, const FigureRef& ref);

// Fails with NotFound when nothing matches `query`. `figures` and `sources` must be caught up
// with `store` and outlive the report; they are read in place (OpenFigureIndex, OpenSources).
Result<TraceReport> TraceFigures(const EventStore& store, const FigureIndex& figures,
                                 const SourcesProjection& sources, std::string_view query);

}  // namespace dossier
