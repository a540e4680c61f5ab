// Annotate: records an annotation file's items as events, all of them in one atomic append, or
// none.
//
// The whole file is checked against the store before anything is written: the story exists;
// every actor a perspective or an affiliation names is defined (in the store or in the file);
// every perspective a tension names, every question a resolution answers, every claim and figure
// named is known; every span citation matches its source version's stored text (in bounds, at
// UTF-8 character boundaries, and its bytes equal the quote); a citation by quote is found in its
// version (the newest when none is named) exactly once (annotation_file_quote.h). A span's source may be named by a
// unique prefix of its id (≥ 4 characters), an article id or a url; the event records the full id
// and a quote selector (the quote with up to 32 bytes either side) so the span can be found again
// in a later version. The first problem is returned, naming the item by its JSON path.
//
// Annotating the same file again records nothing: an item whose event is already in the store,
// byte for byte, is unchanged. Perspectives, tensions and questions are never edited: an id
// already recorded with other content is refused (record a new item under a new id). A question
// already resolved with another answer is refused too. An actor defined again with other content
// is recorded: the later definition replaces the earlier one. Corrections, retractions, metric
// labels and notes are recorded unless the same event is already in their stream; a later
// correction, label or note supersedes an earlier one.
//
// Every touched stream is appended at the version that was read (expected versions), so a writer
// that changed one first makes the append fail with Conflict.
//
// REQUIRES: the store is open for writing (or reading, with `dry_run`).
#pragma once

#include <string>
#include <vector>

#include "dossier/event_store.h"
#include "ingest/annotation_file.h"
#include "ingest/annotation_targets.h"

namespace dossier {

struct AnnotateOptions {
  std::string recorded_by;
  std::string correlation;
  bool dry_run = false;  // check everything, record nothing
};

enum class AnnotationOutcome { kRecorded, kUnchanged };

struct AnnotatedItem {
  std::string place;   // its JSON path: "perspectives[3]"
  std::string type;    // its event type: "PerspectiveRecorded"
  std::string stream;  // where its event is (or was already) recorded
  AnnotationOutcome outcome = AnnotationOutcome::kRecorded;
};

struct AnnotateResult {
  std::vector<AnnotatedItem> items;  // in the file's order: actors, perspectives, tensions, …
  AppendResult appended;             // positions 0 when nothing was recorded
};

Result<AnnotateResult> Annotate(EventStore* store, const AnnotationFile& file, AnnotationTargets& targets,
                                const AnnotateOptions& options);

}  // namespace dossier
