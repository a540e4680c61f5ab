// What a briefing says in a section that has nothing to show: why it is empty, and the command
// that would fill it. Written by us, shared by the Markdown and HTML renderers so both say the same.
// The text is part of Markdown renderer 2 (brief/render_markdown.h): published versions hash it,
// so changing it means a new kMarkdownRenderer that keeps this text for renderer 2.
#pragma once

#include <string>
#include <string_view>

#include "brief/briefing.h"

namespace dossier {

// `section` is one of what, why_it_matters, open_questions, narrative, timeline, perspectives,
// tensions, sources, figures. The text is plain (no markup) and names only the story's slug.
std::string EmptySectionNote(std::string_view section, const Briefing& briefing);

}  // namespace dossier
