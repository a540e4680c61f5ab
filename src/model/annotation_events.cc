#include "model/annotation_events.h"

#include <fmt/format.h>

#include "util/json_object.h"
#include "util/json_writer.h"

namespace dossier {
namespace {

constexpr std::pair<Stance, const char*> kStanceNames[] = {
    {Stance::kStronglyAgainst, "strongly_against"}, {Stance::kAgainst, "against"},
    {Stance::kMixed, "mixed"}, {Stance::kNeutral, "neutral"},
    {Stance::kFor, "for"}, {Stance::kStronglyFor, "strongly_for"},
};

// ToString(ActorKind) and ParseActorKind (dossier/actor.h) come with the gazetteer on branch
// `claims`; until it lands on main, the kinds are spelled here. Replace with those when it does.
constexpr std::pair<ActorKind, const char*> kActorKindNames[] = {
    {ActorKind::kPerson, "person"}, {ActorKind::kOrganization, "organization"}, {ActorKind::kGroup, "group"},
};

const char* ActorKindName(ActorKind kind) {
  for (const auto& [value, name] : kActorKindNames) {
    if (value == kind) return name;
  }
  return "";
}

std::optional<ActorKind> ActorKindNamed(std::string_view name) {
  for (const auto& [value, spelled] : kActorKindNames) {
    if (name == spelled) return value;
  }
  return std::nullopt;
}

void WriteStrings(JsonWriter& w, const std::vector<std::string>& strings) {
  w.BeginArray();
  for (const auto& s : strings) w.String(s);
  w.EndArray();
}

void WriteCitations(JsonWriter& w, const std::vector<Citation>& citations) {
  w.Key("citations").BeginArray();
  for (const Citation& c : citations) {
    w.BeginObject();
    switch (c.kind) {
      case Citation::Kind::kSpan:
        w.Key("source").String(c.source_id).Key("version").Uint(c.version)
            .Key("start").Uint(c.span.begin).Key("end").Uint(c.span.end)
            .Key("quote").String(c.quote.exact).Key("prefix").String(c.quote.prefix)
            .Key("suffix").String(c.quote.suffix);
        break;
      case Citation::Kind::kClaim: w.Key("claim").String(c.target_id); break;
      case Citation::Kind::kFigure: w.Key("figure").String(c.target_id); break;
    }
    w.EndObject();
  }
  w.EndArray();
}

Result<Citation> ReadCitation(const JsonObject& o) {
  Citation c;
  if (o.Has("claim")) {
    c.kind = Citation::Kind::kClaim;
    DOSSIER_ASSIGN_OR_RETURN(c.target_id, o.String("claim"));
  } else if (o.Has("figure")) {
    c.kind = Citation::Kind::kFigure;
    DOSSIER_ASSIGN_OR_RETURN(c.target_id, o.String("figure"));
  } else {
    DOSSIER_ASSIGN_OR_RETURN(c.source_id, o.String("source"));
    DOSSIER_ASSIGN_OR_RETURN(c.version, o.Uint("version"));
    DOSSIER_ASSIGN_OR_RETURN(c.span.begin, o.Uint("start"));
    DOSSIER_ASSIGN_OR_RETURN(c.span.end, o.Uint("end"));
    DOSSIER_ASSIGN_OR_RETURN(c.quote.exact, o.String("quote"));
    DOSSIER_ASSIGN_OR_RETURN(c.quote.prefix, o.String("prefix"));
    DOSSIER_ASSIGN_OR_RETURN(c.quote.suffix, o.String("suffix"));
  }
  return c;
}

Result<std::vector<Citation>> ReadCitations(const JsonObject& o) {
  std::vector<JsonObject> items;
  DOSSIER_ASSIGN_OR_RETURN(items, o.ObjectArray("citations"));
  std::vector<Citation> out;
  for (size_t i = 0; i < items.size(); ++i) {
    Result<Citation> c = ReadCitation(items[i]);
    if (!c.ok()) return c.status().WithContext(fmt::format("citations[{}]", i));
    out.push_back(std::move(*c));
  }
  return out;
}

}  // namespace

const char* ToString(Stance stance) {
  for (const auto& [value, name] : kStanceNames) {
    if (value == stance) return name;
  }
  return "";
}

std::optional<Stance> ParseStance(std::string_view name) {
  for (const auto& [value, spelled] : kStanceNames) {
    if (name == spelled) return value;
  }
  return std::nullopt;
}

bool Citation::operator==(const Citation& o) const {
  return kind == o.kind && source_id == o.source_id && version == o.version && span == o.span &&
         quote.exact == o.quote.exact && quote.prefix == o.quote.prefix && quote.suffix == o.quote.suffix &&
         target_id == o.target_id;
}

std::string EncodePayload(const ActorDefined& p) {
  const Actor& a = p.actor;
  JsonWriter w;
  w.BeginObject().Key("id").String(a.id).Key("name").String(a.name).Key("kind").String(ActorKindName(a.kind))
      .Key("aliases");
  WriteStrings(w, a.aliases);
  w.Key("affiliation").OptionalString(a.affiliation).EndObject();
  return w.Take();
}

std::string EncodePayload(const PerspectiveRecorded& p) {
  JsonWriter w;
  w.BeginObject().Key("id").String(p.id).Key("story").String(p.story).Key("actor").String(p.actor)
      .Key("topic").String(p.topic).Key("stance").String(ToString(p.stance)).Key("summary").String(p.summary)
      .Key("date").String(p.date);
  WriteCitations(w, p.citations);
  w.EndObject();
  return w.Take();
}

std::string EncodePayload(const TensionRecorded& p) {
  JsonWriter w;
  w.BeginObject().Key("id").String(p.id).Key("story").String(p.story).Key("between");
  WriteStrings(w, p.between);
  w.Key("description").String(p.description).Key("date").String(p.date);
  WriteCitations(w, p.citations);
  w.EndObject();
  return w.Take();
}

std::string EncodePayload(const QuestionOpened& p) {
  JsonWriter w;
  w.BeginObject().Key("id").String(p.id).Key("story").String(p.story).Key("text").String(p.text)
      .Key("date").String(p.date);
  WriteCitations(w, p.citations);
  w.EndObject();
  return w.Take();
}

std::string EncodePayload(const QuestionResolved& p) {
  JsonWriter w;
  w.BeginObject().Key("question").String(p.question).Key("story").String(p.story).Key("answer").String(p.answer)
      .Key("date").String(p.date);
  WriteCitations(w, p.citations);
  w.EndObject();
  return w.Take();
}

std::string EncodePayload(const CorrectionRecorded& p) {
  JsonWriter w;
  w.BeginObject().Key("story").String(p.story).Key("target").String(p.target).Key("field").String(p.field)
      .Key("value").Raw(p.value_json).Key("reason").String(p.reason);
  WriteCitations(w, p.citations);
  w.EndObject();
  return w.Take();
}

std::string EncodePayload(const RetractionRecorded& p) {
  JsonWriter w;
  w.BeginObject().Key("story").String(p.story).Key("target").String(p.target).Key("reason").String(p.reason);
  WriteCitations(w, p.citations);
  w.EndObject();
  return w.Take();
}

std::string EncodePayload(const MetricLabeled& p) {
  JsonWriter w;
  w.BeginObject().Key("story").String(p.story).Key("figure").String(p.figure);
  // Only the fields labelled, so that a metric-only label reads as it always did.
  if (p.metric) w.Key("metric").String(*p.metric);
  if (p.subject) w.Key("subject").String(*p.subject);
  if (p.period) w.Key("period").String(*p.period);
  w.EndObject();
  return w.Take();
}

std::string EncodePayload(const EditorNoteRecorded& p) {
  JsonWriter w;
  w.BeginObject().Key("story").String(p.story).Key("section").String(p.section).Key("text").String(p.text);
  WriteCitations(w, p.citations);
  w.EndObject();
  return w.Take();
}

Result<ActorDefined> DecodeActorDefined(std::string_view payload) {
  JsonObject o;
  DOSSIER_ASSIGN_OR_RETURN(o, JsonObject::Parse(payload));
  ActorDefined p;
  Actor& a = p.actor;
  DOSSIER_ASSIGN_OR_RETURN(a.id, o.String("id"));
  DOSSIER_ASSIGN_OR_RETURN(a.name, o.String("name"));
  std::string kind;
  DOSSIER_ASSIGN_OR_RETURN(kind, o.String("kind"));
  std::optional<ActorKind> parsed = ActorKindNamed(kind);
  if (!parsed) return Status::InvalidInput(fmt::format("field `kind`: `{}` is not an actor kind", kind));
  a.kind = *parsed;
  DOSSIER_ASSIGN_OR_RETURN(a.aliases, o.StringArray("aliases"));
  DOSSIER_ASSIGN_OR_RETURN(a.affiliation, o.OptionalString("affiliation"));
  return p;
}

Result<PerspectiveRecorded> DecodePerspectiveRecorded(std::string_view payload) {
  JsonObject o;
  DOSSIER_ASSIGN_OR_RETURN(o, JsonObject::Parse(payload));
  PerspectiveRecorded p;
  DOSSIER_ASSIGN_OR_RETURN(p.id, o.String("id"));
  DOSSIER_ASSIGN_OR_RETURN(p.story, o.String("story"));
  DOSSIER_ASSIGN_OR_RETURN(p.actor, o.String("actor"));
  DOSSIER_ASSIGN_OR_RETURN(p.topic, o.String("topic"));
  std::string stance;
  DOSSIER_ASSIGN_OR_RETURN(stance, o.String("stance"));
  std::optional<Stance> parsed = ParseStance(stance);
  if (!parsed) return Status::InvalidInput(fmt::format("field `stance`: `{}` is not a stance", stance));
  p.stance = *parsed;
  DOSSIER_ASSIGN_OR_RETURN(p.summary, o.String("summary"));
  DOSSIER_ASSIGN_OR_RETURN(p.date, o.String("date"));
  DOSSIER_ASSIGN_OR_RETURN(p.citations, ReadCitations(o));
  return p;
}

Result<TensionRecorded> DecodeTensionRecorded(std::string_view payload) {
  JsonObject o;
  DOSSIER_ASSIGN_OR_RETURN(o, JsonObject::Parse(payload));
  TensionRecorded p;
  DOSSIER_ASSIGN_OR_RETURN(p.id, o.String("id"));
  DOSSIER_ASSIGN_OR_RETURN(p.story, o.String("story"));
  DOSSIER_ASSIGN_OR_RETURN(p.between, o.StringArray("between"));
  DOSSIER_ASSIGN_OR_RETURN(p.description, o.String("description"));
  DOSSIER_ASSIGN_OR_RETURN(p.date, o.String("date"));
  DOSSIER_ASSIGN_OR_RETURN(p.citations, ReadCitations(o));
  return p;
}

Result<QuestionOpened> DecodeQuestionOpened(std::string_view payload) {
  JsonObject o;
  DOSSIER_ASSIGN_OR_RETURN(o, JsonObject::Parse(payload));
  QuestionOpened p;
  DOSSIER_ASSIGN_OR_RETURN(p.id, o.String("id"));
  DOSSIER_ASSIGN_OR_RETURN(p.story, o.String("story"));
  DOSSIER_ASSIGN_OR_RETURN(p.text, o.String("text"));
  DOSSIER_ASSIGN_OR_RETURN(p.date, o.String("date"));
  DOSSIER_ASSIGN_OR_RETURN(p.citations, ReadCitations(o));
  return p;
}

Result<QuestionResolved> DecodeQuestionResolved(std::string_view payload) {
  JsonObject o;
  DOSSIER_ASSIGN_OR_RETURN(o, JsonObject::Parse(payload));
  QuestionResolved p;
  DOSSIER_ASSIGN_OR_RETURN(p.question, o.String("question"));
  DOSSIER_ASSIGN_OR_RETURN(p.story, o.String("story"));
  DOSSIER_ASSIGN_OR_RETURN(p.answer, o.String("answer"));
  DOSSIER_ASSIGN_OR_RETURN(p.date, o.String("date"));
  DOSSIER_ASSIGN_OR_RETURN(p.citations, ReadCitations(o));
  return p;
}

Result<CorrectionRecorded> DecodeCorrectionRecorded(std::string_view payload) {
  JsonObject o;
  DOSSIER_ASSIGN_OR_RETURN(o, JsonObject::Parse(payload));
  CorrectionRecorded p;
  DOSSIER_ASSIGN_OR_RETURN(p.story, o.String("story"));
  DOSSIER_ASSIGN_OR_RETURN(p.target, o.String("target"));
  DOSSIER_ASSIGN_OR_RETURN(p.field, o.String("field"));
  DOSSIER_ASSIGN_OR_RETURN(p.value_json, o.RawMember("value"));
  DOSSIER_ASSIGN_OR_RETURN(p.reason, o.String("reason"));
  DOSSIER_ASSIGN_OR_RETURN(p.citations, ReadCitations(o));
  return p;
}

Result<RetractionRecorded> DecodeRetractionRecorded(std::string_view payload) {
  JsonObject o;
  DOSSIER_ASSIGN_OR_RETURN(o, JsonObject::Parse(payload));
  RetractionRecorded p;
  DOSSIER_ASSIGN_OR_RETURN(p.story, o.String("story"));
  DOSSIER_ASSIGN_OR_RETURN(p.target, o.String("target"));
  DOSSIER_ASSIGN_OR_RETURN(p.reason, o.String("reason"));
  DOSSIER_ASSIGN_OR_RETURN(p.citations, ReadCitations(o));
  return p;
}

Result<MetricLabeled> DecodeMetricLabeled(std::string_view payload) {
  JsonObject o;
  DOSSIER_ASSIGN_OR_RETURN(o, JsonObject::Parse(payload));
  MetricLabeled p;
  DOSSIER_ASSIGN_OR_RETURN(p.story, o.String("story"));
  DOSSIER_ASSIGN_OR_RETURN(p.figure, o.String("figure"));
  DOSSIER_ASSIGN_OR_RETURN(p.metric, o.OptionalString("metric"));
  DOSSIER_ASSIGN_OR_RETURN(p.subject, o.OptionalString("subject"));
  DOSSIER_ASSIGN_OR_RETURN(p.period, o.OptionalString("period"));
  if (!p.metric && !p.subject && !p.period) return Status::InvalidInput("a MetricLabeled payload labels nothing");
  return p;
}

Result<EditorNoteRecorded> DecodeEditorNoteRecorded(std::string_view payload) {
  JsonObject o;
  DOSSIER_ASSIGN_OR_RETURN(o, JsonObject::Parse(payload));
  EditorNoteRecorded p;
  DOSSIER_ASSIGN_OR_RETURN(p.story, o.String("story"));
  DOSSIER_ASSIGN_OR_RETURN(p.section, o.String("section"));
  DOSSIER_ASSIGN_OR_RETURN(p.text, o.String("text"));
  DOSSIER_ASSIGN_OR_RETURN(p.citations, ReadCitations(o));
  return p;
}

}  // namespace dossier
