// A briefing as Markdown, in the layout of the reference briefing: the header (title · history,
// Version N or Draft, timestamp · N items), What, Why it matters, Open questions, Narrative,
// Timeline, Perspectives (with Evolution), Tensions, Sources, and a last section, Figures, listing
// each marked figure with its source and bytes for `dossier trace`. Every line's citations follow
// it as [n]. All text from the store is escaped (EscapeMarkdown).
#pragma once

#include <string>

#include "brief/briefing.h"

namespace dossier {

std::string RenderBriefingMarkdown(const Briefing& briefing);

}  // namespace dossier
