// The briefing as JSON (schemas/briefing.schema.json): what `dossier brief --format json` prints
// and what publishing stores, content-addressed, so that a published version can be read back and
// rendered again in any format.
//
// RenderBriefingJson is deterministic and canonical (util/json_writer: compact, members in a fixed
// order), and ParseBriefingJson is its exact inverse: for every Briefing b,
// RenderBriefingJson(*ParseBriefingJson(RenderBriefingJson(b))) == RenderBriefingJson(b).
// Sections keep their order; a paragraph of the Narrative is {"sentences": [...]}.
#pragma once

#include <string>
#include <string_view>

#include "brief/briefing.h"
#include "dossier/status.h"

namespace dossier {

class JsonWriter;

// The version of the JSON layout, written as its first member ("briefing": 1).
inline constexpr int kBriefingJsonFormat = 1;

std::string RenderBriefingJson(const Briefing& briefing);

// Reads what RenderBriefingJson writes. Strict: an unknown or missing member, a wrong type, a
// figure mark outside its text or a citation of no source is InvalidInput naming its JSON path
// ("perspectives[2].points[0].summary: field `citations`: …").
Result<Briefing> ParseBriefingJson(std::string_view json);

// One text, source or stance point, or figure as RenderBriefingJson writes it, for the other JSON
// outputs that show them (`brief diff --json`), so that they always agree.
void WriteBriefTextJson(JsonWriter& w, const BriefText& text);
void WriteBriefSourceJson(JsonWriter& w, const BriefSource& source);
void WriteBriefStancePointJson(JsonWriter& w, const BriefStancePoint& point);
void WriteBriefFigureJson(JsonWriter& w, const BriefFigure& figure);

}  // namespace dossier
