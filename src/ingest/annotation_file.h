// AnnotationFile: one input to `dossier annotate` (schemas/annotation.schema.json), read and
// checked on its own, before the store is consulted.
//
// Every section is optional: {"story", "actors", "perspectives", "tensions", "questions",
// "resolutions", "corrections", "retractions", "metric_labels", "notes"}. A file holding only
// actors (corpus/actors.json, the gazetteer) needs no story; any other section does. Items are
// parsed into the payloads they will become; their citations still name sources as written (a
// source id, a unique prefix, an article id or a url) and carry no prefix or suffix yet: the
// Annotator resolves them against the store. A citation by quote ({"source", "quote"}, optionally
// "version") is parsed with span {0, 0} (and version 0 for the newest): the Annotator finds it.
//
// Errors name the place as a JSON path and the problem: "perspectives[3].citations[0]: field
// `end`: missing", "tensions[1]: field `between`: needs at least 2 ids".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/status.h"
#include "model/annotation_events.h"

namespace dossier {

// The largest annotation file accepted.
inline constexpr size_t kMaxAnnotationFileBytes = 16u << 20;

struct AnnotationFile {
  std::optional<std::string> story;  // a story slug; set whenever a section besides actors has items
  std::vector<ActorDefined> actors;
  std::vector<PerspectiveRecorded> perspectives;
  std::vector<TensionRecorded> tensions;
  std::vector<QuestionOpened> questions;
  std::vector<QuestionResolved> resolutions;
  std::vector<CorrectionRecorded> corrections;
  std::vector<RetractionRecorded> retractions;
  std::vector<MetricLabeled> metric_labels;
  std::vector<EditorNoteRecorded> notes;
  // The JSON paths of the items still marked `"proposed": true` (recorded as they stand), and of the
  // proposed notes left blank (not recorded).
  std::vector<std::string> proposed;
  std::vector<std::string> skipped;
};

// Parses and checks the file's JSON: its shape, every field's type and form (slugs, dates,
// stances, sections, spans), ids used twice in the file, and the fields a correction may change.
Result<AnnotationFile> ParseAnnotationFile(std::string_view json);

}  // namespace dossier
