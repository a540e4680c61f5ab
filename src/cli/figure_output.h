// How the figure commands (figures, trace) print a figure: as a JSON object with its source, and
// its sentence with the figure marked, made safe for a terminal.
#pragma once

#include <string>

#include "project/proj_figures.h"
#include "util/json_writer.h"

namespace dossier::cli {

// {"id", "source_id", "source_version", "start", "end", "surface", "kind", "value", …}.
void WriteFigureJson(JsonWriter& w, const FigureRef& ref);

// `sentence` (the bytes of the figure's sentence) on one line, the figure between ⟦ and ⟧,
// control characters escaped.
std::string MarkedSentence(const std::string& sentence, const Figure& figure);

}  // namespace dossier::cli
