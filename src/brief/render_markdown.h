// A briefing as Markdown, in the layout of the reference briefing: the header (the title,
// Version N or Draft, timestamp · N items), What, Why it matters, Open questions, Narrative,
// Timeline, Perspectives (with Evolution), Tensions, Sources, and a last section, Figures, listing
// each marked figure with its source and bytes for `dossier trace`. Every line's citations follow
// it as [n]. All text from the store is escaped (EscapeMarkdown).
#pragma once

#include <string>

#include "brief/briefing.h"

namespace dossier {

// The Markdown renderer's version, recorded with each published briefing (model/briefing_events.h)
// so that a version renders forever as it was published. Renderer 1 (until the draft branch) ended
// the title with " · history", left an empty section blank and wrote an undated Timeline item as
// "- : text"; renderer 2 writes the title alone, says why a section is empty and what to run, and
// lists undated items under a heading of their own. Raise it whenever the Markdown of the same
// briefing JSON changes, and branch on it where the renderers differ.
inline constexpr int kMarkdownRenderer = 2;

// By the current renderer.
std::string RenderBriefingMarkdown(const Briefing& briefing);

// By renderer `renderer`, from 1 to kMarkdownRenderer (a caller checks the range).
std::string RenderBriefingMarkdown(const Briefing& briefing, int renderer);

}  // namespace dossier
