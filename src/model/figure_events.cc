#include "model/figure_events.h"

#include <fmt/format.h>

#include "util/json_object.h"
#include "util/json_writer.h"
#include "util/sha256.h"

namespace dossier {
namespace {

void WriteOptionalDouble(JsonWriter& w, const std::optional<double>& value) {
  if (value) {
    w.Double(*value);
  } else {
    w.Null();
  }
}

Result<ExtractedFigure> DecodeFigure(const JsonObject& o) {
  ExtractedFigure e;
  Figure& f = e.figure;
  DOSSIER_ASSIGN_OR_RETURN(e.id, o.String("id"));
  DOSSIER_ASSIGN_OR_RETURN(f.span.begin, o.Uint("start"));
  DOSSIER_ASSIGN_OR_RETURN(f.span.end, o.Uint("end"));
  DOSSIER_ASSIGN_OR_RETURN(f.surface, o.String("surface"));
  std::string kind, approx;
  DOSSIER_ASSIGN_OR_RETURN(kind, o.String("kind"));
  std::optional<FigureKind> parsed_kind = ParseFigureKind(kind);
  if (!parsed_kind) return Status::InvalidInput(fmt::format("figure {}: unknown kind `{}`", e.id, kind));
  f.kind = *parsed_kind;
  DOSSIER_ASSIGN_OR_RETURN(f.value, o.Double("value"));
  DOSSIER_ASSIGN_OR_RETURN(f.value_high, o.OptionalDouble("value_high"));
  DOSSIER_ASSIGN_OR_RETURN(f.unit, o.String("unit"));
  DOSSIER_ASSIGN_OR_RETURN(f.per, o.OptionalString("per"));
  DOSSIER_ASSIGN_OR_RETURN(approx, o.String("approx"));
  std::optional<Approximation> parsed_approx = ParseApproximation(approx);
  if (!parsed_approx) return Status::InvalidInput(fmt::format("figure {}: unknown approx `{}`", e.id, approx));
  f.approx = *parsed_approx;
  DOSSIER_ASSIGN_OR_RETURN(f.sentence.begin, o.Uint("sentence_start"));
  DOSSIER_ASSIGN_OR_RETURN(f.sentence.end, o.Uint("sentence_end"));
  DOSSIER_ASSIGN_OR_RETURN(f.quote.prefix, o.String("quote_prefix"));
  DOSSIER_ASSIGN_OR_RETURN(f.quote.suffix, o.String("quote_suffix"));
  f.quote.exact = f.surface;
  DOSSIER_ASSIGN_OR_RETURN(f.metric, o.OptionalString("metric"));
  DOSSIER_ASSIGN_OR_RETURN(f.context_date, o.OptionalString("context_date"));
  // What it measures: absent from the payloads of extractor version 1.
  DOSSIER_ASSIGN_OR_RETURN(f.subject, o.OptionalString("subject"));
  DOSSIER_ASSIGN_OR_RETURN(f.period, o.OptionalString("period"));
  DOSSIER_ASSIGN_OR_RETURN(f.period_kind, o.OptionalString("period_kind"));
  if (o.KindOf("change") == JsonObject::Kind::kObject) {
    JsonObject c;
    DOSSIER_ASSIGN_OR_RETURN(c, o.Object("change"));
    FigureChange change;
    DOSSIER_ASSIGN_OR_RETURN(change.role, c.String("role"));
    if (change.role != "from" && change.role != "to" && change.role != "delta") {
      return Status::InvalidInput(fmt::format("figure {}: unknown change role `{}`", e.id, change.role));
    }
    DOSSIER_ASSIGN_OR_RETURN(change.other_begin, c.OptionalUint("other_start"));
    DOSSIER_ASSIGN_OR_RETURN(change.basis, c.OptionalString("basis"));
    f.change = std::move(change);
  }
  if (o.KindOf("scale_inferred") == JsonObject::Kind::kBool) {
    std::string raw;
    DOSSIER_ASSIGN_OR_RETURN(raw, o.RawMember("scale_inferred"));
    f.scale_inferred = raw == "true";
  }
  if (f.span.end <= f.span.begin || f.span.end - f.span.begin != f.surface.size()) {
    return Status::InvalidInput(fmt::format("figure {}: span {}–{} does not fit its surface", e.id, f.span.begin, f.span.end));
  }
  return e;
}

}  // namespace

std::string FigureId(std::string_view source_id, uint64_t source_version, ByteSpan span) {
  return "fig-" + Sha256Hex(fmt::format("{}:{}:{}:{}", source_id, source_version, span.begin, span.end)).substr(0, 12);
}

FiguresExtracted ExtractSourceFigures(std::string_view source_id, uint64_t source_version,
                                      std::string_view text_sha256, std::string_view text) {
  return BuildFiguresExtracted(source_id, source_version, text_sha256, ExtractFigures(text));
}

FiguresExtracted BuildFiguresExtracted(std::string_view source_id, uint64_t source_version,
                                       std::string_view text_sha256, std::vector<Figure> figures) {
  FiguresExtracted extracted;
  extracted.source_id = std::string(source_id);
  extracted.source_version = source_version;
  extracted.text_sha256 = std::string(text_sha256);
  for (Figure& figure : figures) {
    std::string id = FigureId(source_id, source_version, figure.span);
    extracted.figures.push_back({std::move(id), std::move(figure)});
  }
  return extracted;
}

NewEvent MakeFiguresExtractedEvent(const FiguresExtracted& extracted, std::optional<std::string> occurred_at) {
  return {FiguresStream(extracted.source_id), std::string(kFiguresExtracted), 1, std::move(occurred_at),
          EncodePayload(extracted)};
}

void WriteFigureMembers(JsonWriter& w, const ExtractedFigure& e) {
  const Figure& f = e.figure;
  w.Key("id").String(e.id)
      .Key("start").Uint(f.span.begin)
      .Key("end").Uint(f.span.end)
      .Key("surface").String(f.surface)
      .Key("kind").String(ToString(f.kind))
      .Key("value").Double(f.value)
      .Key("value_high");
  WriteOptionalDouble(w, f.value_high);
  w.Key("unit").String(f.unit)
      .Key("per").OptionalString(f.per)
      .Key("approx").String(ToString(f.approx))
      .Key("sentence_start").Uint(f.sentence.begin)
      .Key("sentence_end").Uint(f.sentence.end)
      .Key("quote_prefix").String(f.quote.prefix)
      .Key("quote_suffix").String(f.quote.suffix)
      .Key("metric").OptionalString(f.metric)
      .Key("context_date").OptionalString(f.context_date)
      .Key("subject").OptionalString(f.subject)
      .Key("period").OptionalString(f.period)
      .Key("period_kind").OptionalString(f.period_kind)
      .Key("change");
  if (f.change) {
    w.BeginObject().Key("role").String(f.change->role).Key("other_start");
    if (f.change->other_begin) {
      w.Uint(*f.change->other_begin);
    } else {
      w.Null();
    }
    w.Key("basis").OptionalString(f.change->basis).EndObject();
  } else {
    w.Null();
  }
  w.Key("scale_inferred").Bool(f.scale_inferred);
}

std::string EncodePayload(const FiguresExtracted& p) {
  JsonWriter w;
  w.BeginObject()
      .Key("source_id").String(p.source_id)
      .Key("source_version").Uint(p.source_version)
      .Key("text_sha256").String(p.text_sha256)
      .Key("extractor_version").Uint(static_cast<uint64_t>(p.extractor_version))
      .Key("figures").BeginArray();
  for (const ExtractedFigure& f : p.figures) {
    w.BeginObject();
    WriteFigureMembers(w, f);
    w.EndObject();
  }
  w.EndArray().EndObject();
  return w.Take();
}

Result<FiguresExtracted> DecodeFiguresExtracted(std::string_view payload) {
  JsonObject o;
  DOSSIER_ASSIGN_OR_RETURN(o, JsonObject::Parse(payload));
  FiguresExtracted p;
  DOSSIER_ASSIGN_OR_RETURN(p.source_id, o.String("source_id"));
  DOSSIER_ASSIGN_OR_RETURN(p.source_version, o.Uint("source_version"));
  DOSSIER_ASSIGN_OR_RETURN(p.text_sha256, o.String("text_sha256"));
  uint64_t extractor_version = 0;
  DOSSIER_ASSIGN_OR_RETURN(extractor_version, o.Uint("extractor_version"));
  p.extractor_version = static_cast<int>(extractor_version);
  std::vector<JsonObject> figures;
  DOSSIER_ASSIGN_OR_RETURN(figures, o.ObjectArray("figures"));
  p.figures.reserve(figures.size());
  for (const JsonObject& figure : figures) {
    ExtractedFigure decoded;
    DOSSIER_ASSIGN_OR_RETURN(decoded, DecodeFigure(figure));
    p.figures.push_back(std::move(decoded));
  }
  return p;
}

}  // namespace dossier
