// The stance-evolution chart of the HTML briefing: one small inline SVG per person, x the date,
// y the stance scale (strongly_against at the bottom, strongly_for at the top), one line per topic.
// Each point carries a <title> (date, topic, stance), which browsers show on hover without script.
#pragma once

#include <string>

#include "brief/briefing.h"

namespace dossier {

// Appends the chart of `perspective.points` to `out`; nothing when no point has a valid date and
// a known stance. All text is escaped.
void AppendStanceChart(std::string* out, const BriefPerspective& perspective);

}  // namespace dossier
