// The FiguresExtracted event: the figures one extractor version found in one source version.
//
//   FiguresExtracted  stream figures-<source id>  recorded with the SourceRecorded it reads, in the
//                                                  same append; `dossier extract --rerun` records
//                                                  another under a newer extractor version. Earlier
//                                                  extractions stay in the log; the newest counts.
//
// A figure's id is "fig-" and the first 12 hex digits of SHA-256("<source id>:<version>:<begin>:<end>"),
// so a figure keeps its id when the same span is extracted again.
//
// The payload's schema (the envelope's `schema`): 1 wrote each figure as an object with named
// members (schemas/figure.schema.json); 2, written since store format 2, writes each as an array of
// its values in a fixed order, without what the rest determines: the id (derived as above; a
// figure whose id is another has it in `other_ids`, by its index) and the end of the span (its
// start plus the surface's length).
// Both decode to the same FiguresExtracted; a stored event is never rewritten in another schema.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/event.h"
#include "dossier/figure.h"
#include "dossier/status.h"

namespace dossier {

class JsonObject;
class JsonWriter;

inline constexpr std::string_view kFiguresExtracted = "FiguresExtracted";

inline std::string FiguresStream(std::string_view source_id) { return "figures-" + std::string(source_id); }

struct ExtractedFigure {
  std::string id;
  Figure figure;
};

struct FiguresExtracted {
  std::string source_id;
  uint64_t source_version = 0;
  std::string text_sha256;  // of the text the figures were read from
  int extractor_version = kFigureExtractorVersion;
  std::vector<ExtractedFigure> figures;
};

std::string FigureId(std::string_view source_id, uint64_t source_version, ByteSpan span);

// Runs the extractor over one source version's text.
FiguresExtracted ExtractSourceFigures(std::string_view source_id, uint64_t source_version,
                                      std::string_view text_sha256, std::string_view text);

// The same for figures ExtractFigures already found in that text: each is given its id.
FiguresExtracted BuildFiguresExtracted(std::string_view source_id, uint64_t source_version,
                                       std::string_view text_sha256, std::vector<Figure> figures);

// The event to append; it occurred when the source was published, if known.
NewEvent MakeFiguresExtractedEvent(const FiguresExtracted& extracted, std::optional<std::string> occurred_at);

inline constexpr int kFiguresExtractedSchema = 2;

// In schema kFiguresExtractedSchema.
std::string EncodePayload(const FiguresExtracted& p);
// `schema` is the envelope's: 1 or 2; any other is refused.
Result<FiguresExtracted> DecodeFiguresExtracted(std::string_view payload, int schema);
// Whether DecodeFiguresExtracted would read `payload`, OK or its error, without building the
// figures when the payload is well formed: what `verify` and `import` check of every such event.
Status CheckFiguresExtracted(std::string_view payload, int schema);

// One figure's members (id, span, surface, kind, value…), shared by the payload, `figures --json`
// and `trace --json` so the three always agree.
void WriteFigureMembers(JsonWriter& w, const ExtractedFigure& f);

}  // namespace dossier
