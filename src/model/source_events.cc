#include "model/source_events.h"

#include "util/json_object.h"
#include "util/json_writer.h"

namespace dossier {


std::string EncodePayload(const SourceRecorded& p) {
  JsonWriter w;
  w.BeginObject()
      .Key("source_id").String(p.source_id)
      .Key("version").Uint(p.version)
      .Key("identity").BeginObject()
          .Key("kind").String(p.identity_kind)
          .Key("value").String(p.identity_value)
      .EndObject()
      .Key("text_sha256").String(p.text_sha256)
      .Key("text_bytes").Uint(p.text_bytes)
      .Key("format").String(p.format)
      .Key("title").OptionalString(p.metadata.title)
      .Key("outlet").OptionalString(p.metadata.outlet)
      .Key("author").OptionalString(p.metadata.author)
      .Key("published").OptionalString(p.metadata.published)
      .Key("url").OptionalString(p.metadata.url)
      .Key("language").OptionalString(p.metadata.language)
      .Key("article_id").OptionalString(p.metadata.article_id)
      .Key("scripts").BeginArray();
  for (const auto& script : p.scripts) w.String(script);
  w.EndArray().Key("origin").BeginObject().Key("input").String(p.origin_input).Key("line");
  if (p.origin_line) {
    w.Uint(*p.origin_line);
  } else {
    w.Null();
  }
  w.EndObject().EndObject();
  return w.Take();
}

std::string EncodePayload(const StoryCreated& p) {
  JsonWriter w;
  w.BeginObject().Key("slug").String(p.slug).Key("title").String(p.title).EndObject();
  return w.Take();
}

std::string EncodePayload(const SourceAttached& p) {
  JsonWriter w;
  w.BeginObject().Key("slug").String(p.slug).Key("source_id").String(p.source_id).EndObject();
  return w.Take();
}

Result<SourceRecorded> DecodeSourceRecorded(std::string_view payload) {
  JsonObject o;
  DOSSIER_ASSIGN_OR_RETURN(o, JsonObject::Parse(payload));
  SourceRecorded p;
  DOSSIER_ASSIGN_OR_RETURN(p.source_id, o.String("source_id"));
  DOSSIER_ASSIGN_OR_RETURN(p.version, o.Uint("version"));
  JsonObject identity;
  DOSSIER_ASSIGN_OR_RETURN(identity, o.Object("identity"));
  DOSSIER_ASSIGN_OR_RETURN(p.identity_kind, identity.String("kind"));
  DOSSIER_ASSIGN_OR_RETURN(p.identity_value, identity.String("value"));
  DOSSIER_ASSIGN_OR_RETURN(p.text_sha256, o.String("text_sha256"));
  DOSSIER_ASSIGN_OR_RETURN(p.text_bytes, o.Uint("text_bytes"));
  DOSSIER_ASSIGN_OR_RETURN(p.format, o.String("format"));
  DOSSIER_ASSIGN_OR_RETURN(p.metadata.title, o.OptionalString("title"));
  DOSSIER_ASSIGN_OR_RETURN(p.metadata.outlet, o.OptionalString("outlet"));
  DOSSIER_ASSIGN_OR_RETURN(p.metadata.author, o.OptionalString("author"));
  DOSSIER_ASSIGN_OR_RETURN(p.metadata.published, o.OptionalString("published"));
  DOSSIER_ASSIGN_OR_RETURN(p.metadata.url, o.OptionalString("url"));
  DOSSIER_ASSIGN_OR_RETURN(p.metadata.language, o.OptionalString("language"));
  DOSSIER_ASSIGN_OR_RETURN(p.metadata.article_id, o.OptionalString("article_id"));
  DOSSIER_ASSIGN_OR_RETURN(p.scripts, o.StringArray("scripts"));
  JsonObject origin;
  DOSSIER_ASSIGN_OR_RETURN(origin, o.Object("origin"));
  DOSSIER_ASSIGN_OR_RETURN(p.origin_input, origin.String("input"));
  DOSSIER_ASSIGN_OR_RETURN(p.origin_line, origin.OptionalUint("line"));
  return p;
}

Result<StoryCreated> DecodeStoryCreated(std::string_view payload) {
  JsonObject o;
  DOSSIER_ASSIGN_OR_RETURN(o, JsonObject::Parse(payload));
  StoryCreated p;
  DOSSIER_ASSIGN_OR_RETURN(p.slug, o.String("slug"));
  DOSSIER_ASSIGN_OR_RETURN(p.title, o.String("title"));
  return p;
}

Result<SourceAttached> DecodeSourceAttached(std::string_view payload) {
  JsonObject o;
  DOSSIER_ASSIGN_OR_RETURN(o, JsonObject::Parse(payload));
  SourceAttached p;
  DOSSIER_ASSIGN_OR_RETURN(p.slug, o.String("slug"));
  DOSSIER_ASSIGN_OR_RETURN(p.source_id, o.String("source_id"));
  return p;
}

}  // namespace dossier
