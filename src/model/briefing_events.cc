#include "model/briefing_events.h"

#include <optional>

#include "util/json_object.h"
#include "util/json_writer.h"

namespace dossier {

std::string EncodePayload(const BriefingPublished& p) {
  JsonWriter w;
  w.BeginObject()
      .Key("story").String(p.story)
      .Key("version").Uint(p.version)
      .Key("log_position").Uint(p.log_position)
      .Key("sources").Uint(p.sources)
      .Key("content_sha256").String(p.content_sha256)
      .Key("markdown_sha256").String(p.markdown_sha256)
      .Key("briefing_sha256").String(p.briefing_sha256)
      .Key("briefing_bytes").Uint(p.briefing_bytes)
      .Key("renderer").Uint(p.renderer)
      .EndObject();
  return w.Take();
}

Result<BriefingPublished> DecodeBriefingPublished(std::string_view payload) {
  JsonObject o;
  DOSSIER_ASSIGN_OR_RETURN(o, JsonObject::Parse(payload));
  BriefingPublished p;
  DOSSIER_ASSIGN_OR_RETURN(p.story, o.String("story"));
  DOSSIER_ASSIGN_OR_RETURN(p.version, o.Uint("version"));
  DOSSIER_ASSIGN_OR_RETURN(p.log_position, o.Uint("log_position"));
  DOSSIER_ASSIGN_OR_RETURN(p.sources, o.Uint("sources"));
  DOSSIER_ASSIGN_OR_RETURN(p.content_sha256, o.String("content_sha256"));
  DOSSIER_ASSIGN_OR_RETURN(p.markdown_sha256, o.String("markdown_sha256"));
  DOSSIER_ASSIGN_OR_RETURN(p.briefing_sha256, o.String("briefing_sha256"));
  DOSSIER_ASSIGN_OR_RETURN(p.briefing_bytes, o.Uint("briefing_bytes"));
  std::optional<uint64_t> renderer;
  DOSSIER_ASSIGN_OR_RETURN(renderer, o.OptionalUint("renderer"));
  if (renderer && *renderer == 0) return Status::InvalidInput("BriefingPublished: `renderer` 0: renderers count from 1");
  p.renderer = renderer.value_or(1);
  return p;
}

}  // namespace dossier
