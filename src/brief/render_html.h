// RenderBriefingHtml: a briefing as one self-contained HTML page, in the sections and order of the
// Markdown briefing. Nothing is loaded from elsewhere (inline CSS, inline SVG charts) and the page
// runs no script: its Content-Security-Policy forbids every script, and all article text and
// metadata is escaped (util/html_escape), so a hostile article renders inert.
//
// Each citation [n] links to its entry #source-n. Each figure mark is a focusable element that
// shows its trace on hover, on keyboard focus or on a click (which focuses it): the source's number
// and title, its id and version, the byte span, the source sentence with the figure highlighted,
// and the `dossier trace ID` command that re-checks it. A mark that is out of range, overlaps the
// one before, splits a UTF-8 sequence or names a figure the briefing lacks is skipped: its text is
// shown plain.
#pragma once

#include <string>

#include "brief/briefing.h"

namespace dossier {

std::string RenderBriefingHtml(const Briefing& briefing);

}  // namespace dossier
