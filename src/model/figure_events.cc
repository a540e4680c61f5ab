#include "model/figure_events.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <iterator>

#include <fmt/compile.h>
#include <fmt/format.h>
#include <simdjson.h>

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


// Schema 2: each figure an array of its values (figure_events.h), read with one simdjson DOM
// parser per thread.
constexpr size_t kFigureRowValues = 19;

class FigureRowReader {
 public:
  // Reads the row's elements once (simdjson's array.at walks from the first).
  FigureRowReader(simdjson::dom::array row, size_t index) : index_(index) {
    for (simdjson::dom::element e : row) {
      if (size_ < values_.size()) values_[size_] = e;
      ++size_;
    }
  }

  size_t size() const { return size_; }
  Result<uint64_t> Uint(size_t i, const char* name) const {
    uint64_t v = 0;
    if (At(i).get_uint64().get(v)) return Wrong(i, name, "an unsigned integer");
    return v;
  }
  Result<double> Double(size_t i, const char* name) const {
    double v = 0;
    if (At(i).get_double().get(v)) return Wrong(i, name, "a number");
    return v;
  }
  Result<std::optional<double>> OptionalDouble(size_t i, const char* name) const {
    if (At(i).is_null()) return std::optional<double>();
    double v = 0;
    DOSSIER_ASSIGN_OR_RETURN(v, Double(i, name));
    return std::optional<double>(v);
  }
  Result<std::string> String(size_t i, const char* name) const { return StringOf(At(i), i, name); }
  Result<std::optional<std::string>> OptionalString(size_t i, const char* name) const {
    return OptionalStringOf(At(i), i, name);
  }
  Result<bool> Bool(size_t i, const char* name) const {
    bool v = false;
    if (At(i).get_bool().get(v)) return Wrong(i, name, "true or false");
    return v;
  }
  Result<std::optional<FigureChange>> Change(size_t i) const {
    if (At(i).is_null()) return std::optional<FigureChange>();
    simdjson::dom::array change;
    if (At(i).get_array().get(change) || change.size() != 3) return Wrong(i, "change", "null or [role, other start, basis]");
    const simdjson::dom::element role = change.at(0).value_unsafe(), other = change.at(1).value_unsafe(),
                                 basis = change.at(2).value_unsafe();
    FigureChange c;
    DOSSIER_ASSIGN_OR_RETURN(c.role, StringOf(role, i, "change role"));
    if (c.role != "from" && c.role != "to" && c.role != "delta") return Wrong(i, "change role", "from, to or delta");
    if (!other.is_null()) {
      uint64_t begin = 0;
      if (other.get_uint64().get(begin)) return Wrong(i, "change other start", "an unsigned integer or null");
      c.other_begin = begin;
    }
    DOSSIER_ASSIGN_OR_RETURN(c.basis, OptionalStringOf(basis, i, "change basis"));
    return std::optional<FigureChange>(std::move(c));
  }

 private:
  // REQUIRES: i < size() == kFigureRowValues; DecodeFigureRow checks the size first.
  simdjson::dom::element At(size_t i) const { return values_[i]; }
  Result<std::string> StringOf(simdjson::dom::element e, size_t i, const char* name) const {
    std::string_view v;
    if (e.get_string().get(v)) return Wrong(i, name, "a string");
    return std::string(v);
  }
  Result<std::optional<std::string>> OptionalStringOf(simdjson::dom::element e, size_t i, const char* name) const {
    if (e.is_null()) return std::optional<std::string>();
    std::string v;
    DOSSIER_ASSIGN_OR_RETURN(v, StringOf(e, i, name));
    return std::optional<std::string>(std::move(v));
  }
  Status Wrong(size_t i, const char* name, const char* expected) const {
    return Status::InvalidInput(fmt::format("figures[{}][{}] ({}): expected {}", index_, i, name, expected));
  }

  std::array<simdjson::dom::element, kFigureRowValues> values_;
  size_t size_ = 0;
  size_t index_;
};

Result<ExtractedFigure> DecodeFigureRow(const FigureRowReader& r, const FiguresExtracted& p, size_t index) {
  if (r.size() != kFigureRowValues) {
    return Status::InvalidInput(fmt::format("figures[{}]: {} values, expected {}", index, r.size(), kFigureRowValues));
  }
  ExtractedFigure e;
  Figure& f = e.figure;
  DOSSIER_ASSIGN_OR_RETURN(f.span.begin, r.Uint(0, "start"));
  DOSSIER_ASSIGN_OR_RETURN(f.surface, r.String(1, "surface"));
  if (f.surface.empty()) return Status::InvalidInput(fmt::format("figures[{}]: empty surface", index));
  f.span.end = f.span.begin + f.surface.size();
  std::string name;
  DOSSIER_ASSIGN_OR_RETURN(name, r.String(2, "kind"));
  std::optional<FigureKind> kind = ParseFigureKind(name);
  if (!kind) return Status::InvalidInput(fmt::format("figures[{}]: unknown kind `{}`", index, name));
  f.kind = *kind;
  DOSSIER_ASSIGN_OR_RETURN(f.value, r.Double(3, "value"));
  DOSSIER_ASSIGN_OR_RETURN(f.value_high, r.OptionalDouble(4, "value_high"));
  DOSSIER_ASSIGN_OR_RETURN(f.unit, r.String(5, "unit"));
  DOSSIER_ASSIGN_OR_RETURN(f.per, r.OptionalString(6, "per"));
  DOSSIER_ASSIGN_OR_RETURN(name, r.String(7, "approx"));
  std::optional<Approximation> approx = ParseApproximation(name);
  if (!approx) return Status::InvalidInput(fmt::format("figures[{}]: unknown approx `{}`", index, name));
  f.approx = *approx;
  DOSSIER_ASSIGN_OR_RETURN(f.sentence.begin, r.Uint(8, "sentence_start"));
  DOSSIER_ASSIGN_OR_RETURN(f.sentence.end, r.Uint(9, "sentence_end"));
  DOSSIER_ASSIGN_OR_RETURN(f.quote.prefix, r.String(10, "quote_prefix"));
  DOSSIER_ASSIGN_OR_RETURN(f.quote.suffix, r.String(11, "quote_suffix"));
  f.quote.exact = f.surface;
  DOSSIER_ASSIGN_OR_RETURN(f.metric, r.OptionalString(12, "metric"));
  DOSSIER_ASSIGN_OR_RETURN(f.context_date, r.OptionalString(13, "context_date"));
  DOSSIER_ASSIGN_OR_RETURN(f.subject, r.OptionalString(14, "subject"));
  DOSSIER_ASSIGN_OR_RETURN(f.period, r.OptionalString(15, "period"));
  DOSSIER_ASSIGN_OR_RETURN(f.period_kind, r.OptionalString(16, "period_kind"));
  DOSSIER_ASSIGN_OR_RETURN(f.change, r.Change(17));
  DOSSIER_ASSIGN_OR_RETURN(f.scale_inferred, r.Bool(18, "scale_inferred"));
  e.id = FigureId(p.source_id, p.source_version, f.span);
  return e;
}

Status DecodeFigureRows(std::string_view json, FiguresExtracted* p) {
  thread_local simdjson::dom::parser parser;
  simdjson::dom::array rows;
  if (simdjson::error_code error = parser.parse(json.data(), json.size()).get_array().get(rows)) {
    return Status::InvalidInput(fmt::format("figures: expected an array of arrays ({})", simdjson::error_message(error)));
  }
  p->figures.reserve(rows.size());
  size_t index = 0;
  for (simdjson::dom::element element : rows) {
    simdjson::dom::array row;
    if (element.get_array().get(row)) return Status::InvalidInput(fmt::format("figures[{}]: expected an array", index));
    ExtractedFigure figure;
    DOSSIER_ASSIGN_OR_RETURN(figure, DecodeFigureRow(FigureRowReader(row, index), *p, index));
    p->figures.push_back(std::move(figure));
    ++index;
  }
  return Status::OK();
}

// What each value of a schema-2 row must be, in DecodeFigureRow's order, for CheckFiguresExtracted
// to check a row without reading it into a Figure.
enum class RowValue { kUint, kSurface, kKind, kNumber, kOptionalNumber, kString, kOptionalString, kApprox, kChange, kBool };
constexpr std::array<RowValue, kFigureRowValues> kFigureRowLayout = {
    RowValue::kUint, RowValue::kSurface, RowValue::kKind, RowValue::kNumber, RowValue::kOptionalNumber,
    RowValue::kString, RowValue::kOptionalString, RowValue::kApprox, RowValue::kUint, RowValue::kUint,
    RowValue::kString, RowValue::kString, RowValue::kOptionalString, RowValue::kOptionalString,
    RowValue::kOptionalString, RowValue::kOptionalString, RowValue::kOptionalString, RowValue::kChange,
    RowValue::kBool};

bool IsChange(simdjson::dom::element e) {
  if (e.is_null()) return true;
  simdjson::dom::array change;
  if (e.get_array().get(change) || change.size() != 3) return false;
  std::string_view role;
  const simdjson::dom::element other = change.at(1).value_unsafe(), basis = change.at(2).value_unsafe();
  return !change.at(0).value_unsafe().get_string().get(role) && (role == "from" || role == "to" || role == "delta") &&
         (other.is_null() || other.is_uint64()) && (basis.is_null() || basis.is_string());
}

bool IsRowValue(simdjson::dom::element e, RowValue want) {
  std::string_view text;
  switch (want) {
    case RowValue::kUint: return e.is_uint64();
    case RowValue::kSurface: return !e.get_string().get(text) && !text.empty();
    case RowValue::kKind: return !e.get_string().get(text) && ParseFigureKind(text).has_value();
    case RowValue::kNumber: return e.is_number();
    case RowValue::kOptionalNumber: return e.is_null() || e.is_number();
    case RowValue::kString: return e.is_string();
    case RowValue::kOptionalString: return e.is_null() || e.is_string();
    case RowValue::kApprox: return !e.get_string().get(text) && ParseApproximation(text).has_value();
    case RowValue::kChange: return IsChange(e);
    case RowValue::kBool: return e.is_bool();
  }
  return false;
}

// Whether an object's members have distinct names, as JsonObject requires.
bool HasDistinctNames(simdjson::dom::object object) {
  std::vector<std::string_view> names;
  for (simdjson::dom::key_value_pair member : object) {
    if (std::find(names.begin(), names.end(), member.key) != names.end()) return false;
    names.push_back(member.key);
  }
  return true;
}

// Whether a schema-2 payload is one DecodeFiguresExtracted reads without complaint; false when it
// may not be (this check is at least as strict as the decoder, never more lenient).
bool IsWellFormedSchema2(std::string_view payload) {
  thread_local simdjson::dom::parser parser;
  simdjson::dom::object o;
  if (parser.parse(payload.data(), payload.size()).get_object().get(o) || !HasDistinctNames(o)) return false;
  simdjson::dom::array rows;
  if (!o["source_id"].is_string() || !o["source_version"].is_uint64() || !o["text_sha256"].is_string() ||
      !o["extractor_version"].is_uint64() || o["figures"].get_array().get(rows)) {
    return false;
  }
  for (simdjson::dom::element element : rows) {
    simdjson::dom::array row;
    if (element.get_array().get(row) || row.size() != kFigureRowValues) return false;
    size_t i = 0;
    for (simdjson::dom::element value : row) {
      if (!IsRowValue(value, kFigureRowLayout[i++])) return false;
    }
  }
  simdjson::dom::element other_ids;
  if (o["other_ids"].get(other_ids) == simdjson::NO_SUCH_FIELD) return true;
  simdjson::dom::object ids;
  if (other_ids.get_object().get(ids) || !HasDistinctNames(ids)) return false;
  for (simdjson::dom::key_value_pair id : ids) {
    const std::string_view index = id.key;
    if (index.empty() || index.size() > 9 || !id.value.is_string()) return false;
    for (char c : index) {
      if (c < '0' || c > '9') return false;
    }
    if (std::strtoul(std::string(index).c_str(), nullptr, 10) >= rows.size()) return false;
  }
  return true;
}

// Schema 2's `other_ids`: {"<index>": "<id>"} for the figures whose id is not the derived one.
Status ApplyOtherIds(const JsonObject& o, FiguresExtracted* p) {
  if (!o.Has("other_ids")) return Status::OK();
  JsonObject ids;
  DOSSIER_ASSIGN_OR_RETURN(ids, o.Object("other_ids"));
  for (const std::string& key : ids.Keys()) {
    char* end = nullptr;
    const unsigned long index = std::strtoul(key.c_str(), &end, 10);
    if (key.empty() || *end != '\0' || index >= p->figures.size()) {
      return Status::InvalidInput(fmt::format("other_ids: `{}` is not the index of a figure", key));
    }
    DOSSIER_ASSIGN_OR_RETURN(p->figures[index].id, ids.String(key));
  }
  return Status::OK();
}

}  // namespace

std::string FigureId(std::string_view source_id, uint64_t source_version, ByteSpan span) {
  // Every decoded figure's id is derived here (schema 2 does not store it): no string is built but
  // the id itself, from the first 6 bytes (12 hex digits) of the digest.
  fmt::memory_buffer key;
  fmt::format_to(std::back_inserter(key), FMT_COMPILE("{}:{}:{}:{}"), source_id, source_version, span.begin, span.end);
  const Sha256Digest digest = Sha256(std::string_view(key.data(), key.size()));
  return "fig-" + ToHex(digest.data(), 6);
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
  return {FiguresStream(extracted.source_id), std::string(kFiguresExtracted), kFiguresExtractedSchema,
          std::move(occurred_at), EncodePayload(extracted)};
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
  for (const ExtractedFigure& e : p.figures) {
    const Figure& f = e.figure;
    w.BeginArray().Uint(f.span.begin).String(f.surface).String(ToString(f.kind)).Double(f.value);
    WriteOptionalDouble(w, f.value_high);
    w.String(f.unit).OptionalString(f.per).String(ToString(f.approx))
        .Uint(f.sentence.begin).Uint(f.sentence.end)
        .String(f.quote.prefix).String(f.quote.suffix)
        .OptionalString(f.metric).OptionalString(f.context_date)
        .OptionalString(f.subject).OptionalString(f.period).OptionalString(f.period_kind);
    if (f.change) {
      w.BeginArray().String(f.change->role);
      if (f.change->other_begin) {
        w.Uint(*f.change->other_begin);
      } else {
        w.Null();
      }
      w.OptionalString(f.change->basis).EndArray();
    } else {
      w.Null();
    }
    w.Bool(f.scale_inferred).EndArray();
  }
  w.EndArray();
  bool other_ids = false;
  for (size_t i = 0; i < p.figures.size(); ++i) {
    const ExtractedFigure& e = p.figures[i];
    if (e.id == FigureId(p.source_id, p.source_version, e.figure.span)) continue;
    if (!other_ids) w.Key("other_ids").BeginObject();
    other_ids = true;
    w.Key(std::to_string(i)).String(e.id);
  }
  if (other_ids) w.EndObject();
  w.EndObject();
  return w.Take();
}

Result<FiguresExtracted> DecodeFiguresExtracted(std::string_view payload, int schema) {
  if (schema != 1 && schema != 2) {
    return Status::InvalidInput(fmt::format("FiguresExtracted schema {} is not known (1 and 2 are)", schema));
  }
  JsonObject o;
  DOSSIER_ASSIGN_OR_RETURN(o, JsonObject::Parse(payload));
  FiguresExtracted p;
  DOSSIER_ASSIGN_OR_RETURN(p.source_id, o.String("source_id"));
  DOSSIER_ASSIGN_OR_RETURN(p.source_version, o.Uint("source_version"));
  DOSSIER_ASSIGN_OR_RETURN(p.text_sha256, o.String("text_sha256"));
  uint64_t extractor_version = 0;
  DOSSIER_ASSIGN_OR_RETURN(extractor_version, o.Uint("extractor_version"));
  p.extractor_version = static_cast<int>(extractor_version);
  if (schema == 2) {
    std::string figures;
    DOSSIER_ASSIGN_OR_RETURN(figures, o.RawMember("figures"));
    DOSSIER_RETURN_IF_ERROR(DecodeFigureRows(figures, &p));
    DOSSIER_RETURN_IF_ERROR(ApplyOtherIds(o, &p));
    return p;
  }
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

Status CheckFiguresExtracted(std::string_view payload, int schema) {
  if (schema == 2 && IsWellFormedSchema2(payload)) return Status::OK();
  return DecodeFiguresExtracted(payload, schema).status();  // the decoder's own word on what is wrong
}

}  // namespace dossier
