#include "project/proj_notes.h"

namespace dossier {

NotesProjection::NotesProjection() : KeptEventsProjection({kEditorNoteRecorded}) {}

Result<std::vector<std::string>> NotesProjection::IndexTerms(const RecordedEvent& event) const {
  EditorNoteRecorded note;
  DOSSIER_ASSIGN_OR_RETURN(note, DecodeEditorNoteRecorded(event.payload));
  return std::vector<std::string>{StoryTerm(note.story)};
}

Result<std::map<std::string, NoteEntry>> NotesProjection::Notes(const TimeFilter& filter, std::string_view story) const {
  std::map<std::string, NoteEntry> latest;
  for (const KeptEvent& e : events()) {
    if (!filter.Knows(e)) continue;
    EditorNoteRecorded note;
    DOSSIER_ASSIGN_OR_RETURN(note, DecodeEditorNoteRecorded(e.payload));
    if (note.story != story) continue;
    std::string section = note.section;
    latest[section] = {std::move(note), e.position, e.recorded_at};
  }
  return latest;
}

}  // namespace dossier
