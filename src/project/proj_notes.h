// NotesProjection: the editors' notes of each story (its "What" and "Why it matters"), folded from
// EditorNoteRecorded. A later note of the same story and section replaces the earlier one. Notes
// have no date in the world, so only --known-at filters them.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "dossier/event_store.h"
#include "model/annotation_events.h"
#include "project/kept_events.h"
#include "project/time_filter.h"

namespace dossier {

struct NoteEntry {
  EditorNoteRecorded note;
  uint64_t position = 0;
  std::string recorded_at;
};

// Its events are indexed under StoryTerm(story).
class NotesProjection final : public KeptEventsProjection {
 public:
  NotesProjection();
  std::string_view name() const override { return "notes"; }
  int code_version() const override { return 2; }  // 2: indexed by story

  // The latest note of each section of `story` the store knew at the filter's point, by section.
  Result<std::map<std::string, NoteEntry>> Notes(const TimeFilter& filter, std::string_view story) const;

 protected:
  Result<std::vector<std::string>> IndexTerms(const RecordedEvent& event) const override;
};

}  // namespace dossier
