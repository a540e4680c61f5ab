#include "brief/render_empty_note.h"

#include <fmt/format.h>

namespace dossier {

std::string EmptySectionNote(std::string_view section, const Briefing& b) {
  const std::string& slug = b.story;
  if (b.sources.empty()) {
    return fmt::format("None: no source of this story is listed{}. Add articles with `dossier ingest FILE --story {}`.",
                       b.as_of ? " as of " + *b.as_of : "", slug);
  }
  const std::string draft = fmt::format("`dossier draft {} --output draft.json`", slug);
  if (section == "what") {
    return fmt::format("None: no editor's note and no attributed claim in the listed sources. Write the `what` note "
                       "that {} leaves empty, then `dossier annotate draft.json`.", draft);
  }
  if (section == "why_it_matters") {
    return fmt::format("None: no editor's note, tension or figure conflict yet. Write the `why_it_matters` note that "
                       "{} leaves empty, then `dossier annotate draft.json`.", draft);
  }
  if (section == "open_questions") {
    return fmt::format("None: no question recorded or extracted is open. {} proposes the questions the sources ask.",
                       draft);
  }
  if (section == "narrative") {
    return fmt::format("None: no claim in the listed sources is attributed to anyone. `dossier actors --candidates` "
                       "lists the names found quoting; {} proposes them as actors.", draft);
  }
  if (section == "perspectives") {
    return fmt::format("None recorded: perspectives are curated. {} proposes one per speaker and topic; confirm "
                       "them, then `dossier annotate draft.json`.", draft);
  }
  if (section == "tensions") {
    return fmt::format("None recorded: tensions are curated. {} proposes figure conflicts and opposed stances; "
                       "confirm them, then `dossier annotate draft.json`.", draft);
  }
  if (section == "figures") return "None: no line states a number.";
  return "None.";
}

}  // namespace dossier
