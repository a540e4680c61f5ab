#include "ingest/annotation_file.h"

#include <fmt/format.h>

#include <map>
#include <set>
#include <type_traits>

#include "dossier/figure.h"
#include "ingest/ingester.h"  // IsValidStorySlug
#include "util/dates.h"
#include "util/json_object.h"
#include "util/utf8.h"

namespace dossier {
namespace {

using Kind = JsonObject::Kind;

// A field's value, or its error put after the item's JSON path.
template <typename T>
Result<T> At(const std::string& path, Result<T> r) {
  if (!r.ok()) return r.status().WithContext(path);
  return r;
}

Status Problem(const std::string& path, std::string_view field, const std::string& problem) {
  return Status::InvalidInput(fmt::format("{}: field `{}`: {}", path, field, problem));
}

Status CheckMembers(const JsonObject& o, const std::string& path, std::string_view what,
                    std::initializer_list<std::string_view> known) {
  std::optional<std::string> unknown = o.UnknownMember(known);
  if (!unknown) return Status::OK();
  std::string expected;
  for (std::string_view k : known) expected += fmt::format("{}{}", expected.empty() ? "" : ", ", k);
  return Problem(path, *unknown, fmt::format("not a field of {} (expected {})", what, expected));
}

Result<std::string> Text(const JsonObject& o, const std::string& path, std::string_view key) {
  std::string value;
  DOSSIER_ASSIGN_OR_RETURN(value, At(path, o.String(key)));
  if (value.find_first_not_of(" \t\r\n") == std::string::npos) return Problem(path, key, "empty");
  return value;
}

// Whether `dossier draft` marked the item proposed (`"proposed": true`; the editor deletes the
// member on confirming it). Annotate records a proposed item as it stands.
Result<bool> Proposed(const JsonObject& o, const std::string& path) {
  if (!o.Has("proposed")) return false;
  Result<std::string> raw = o.RawMember("proposed");
  if (o.KindOf("proposed") != Kind::kBool || !raw.ok() || *raw != "true") {
    return Problem(path, "proposed", "only `true` (delete the member to confirm the item)");
  }
  return true;
}

Result<std::string> Slug(const JsonObject& o, const std::string& path, std::string_view key) {
  std::string value;
  DOSSIER_ASSIGN_OR_RETURN(value, At(path, o.String(key)));
  if (!IsValidStorySlug(value)) {
    return Problem(path, key, fmt::format("`{}` is not a slug (lowercase letters and digits in dash-separated words)",
                                          value));
  }
  return value;
}

// Perspective ids share the namespace of `between` with claim and figure ids.
Result<std::string> ItemId(const JsonObject& o, const std::string& path) {
  std::string id;
  DOSSIER_ASSIGN_OR_RETURN(id, Slug(o, path, "id"));
  if (id.rfind("clm-", 0) == 0 || id.rfind("fig-", 0) == 0) {
    return Problem(path, "id", fmt::format("`{}`: ids starting clm- and fig- are kept for claims and figures", id));
  }
  return id;
}

Result<std::string> Date(const JsonObject& o, const std::string& path) {
  std::string date;
  DOSSIER_ASSIGN_OR_RETURN(date, At(path, o.String("date")));
  if (!IsValidDate(date)) return Problem(path, "date", fmt::format("`{}` is not a date (YYYY-MM-DD)", date));
  return date;
}

// "fig-…" or "clm-…" followed by hex digits; `kinds` says which are allowed here.
Result<std::string> TargetId(const JsonObject& o, const std::string& path, std::string_view key, bool claims,
                             bool figures) {
  std::string id;
  DOSSIER_ASSIGN_OR_RETURN(id, At(path, o.String(key)));
  const bool is_claim = id.rfind("clm-", 0) == 0, is_figure = id.rfind("fig-", 0) == 0;
  const bool hex = id.size() > 4 && id.find_first_not_of("0123456789abcdef", 4) == std::string::npos;
  if (!hex || (is_claim && !claims) || (is_figure && !figures) || (!is_claim && !is_figure)) {
    const char* expected = claims && figures ? "a figure id (fig-…) or a claim id (clm-…)"
                           : figures         ? "a figure id (fig-…)"
                                             : "a claim id (clm-…)";
    return Problem(path, key, fmt::format("`{}` is not {}", id, expected));
  }
  return id;
}

Result<Citation> ParseCitation(const JsonObject& o, const std::string& path) {
  Citation c;
  if (o.Has("claim") || o.Has("figure")) {
    const bool claim = o.Has("claim");
    c.kind = claim ? Citation::Kind::kClaim : Citation::Kind::kFigure;
    DOSSIER_RETURN_IF_ERROR(CheckMembers(o, path, claim ? "a claim citation" : "a figure citation",
                                         {claim ? "claim" : "figure"}));
    DOSSIER_ASSIGN_OR_RETURN(c.target_id, TargetId(o, path, claim ? "claim" : "figure", claim, !claim));
    return c;
  }
  if (!o.Has("source")) {
    return Status::InvalidInput(fmt::format(
        "{}: a citation names a source and a quote (with a version, start and end if you wish), a claim or a figure",
        path));
  }
  DOSSIER_RETURN_IF_ERROR(CheckMembers(o, path, "a source citation", {"source", "version", "start", "end", "quote"}));
  DOSSIER_ASSIGN_OR_RETURN(c.source_id, At(path, o.String("source")));
  if (!o.Has("start") && !o.Has("end")) {
    // Cited by quote: the Annotator finds the span in the named version, else the newest (0).
    if (o.Has("version")) {
      DOSSIER_ASSIGN_OR_RETURN(c.version, At(path, o.Uint("version")));
      if (c.version == 0) return Problem(path, "version", "versions count from 1");
    }
    DOSSIER_ASSIGN_OR_RETURN(c.quote.exact, At(path, o.String("quote")));
    if (c.quote.exact.empty()) return Problem(path, "quote", "empty; quote the words cited, as the source writes them");
    return c;
  }
  DOSSIER_ASSIGN_OR_RETURN(c.version, At(path, o.Uint("version")));
  if (c.version == 0) return Problem(path, "version", "versions count from 1");
  DOSSIER_ASSIGN_OR_RETURN(c.span.begin, At(path, o.Uint("start")));
  DOSSIER_ASSIGN_OR_RETURN(c.span.end, At(path, o.Uint("end")));
  if (c.span.end <= c.span.begin) {
    return Problem(path, "end", fmt::format("{} is not after start {}", c.span.end, c.span.begin));
  }
  DOSSIER_ASSIGN_OR_RETURN(c.quote.exact, At(path, o.String("quote")));
  if (c.quote.exact.size() != c.span.end - c.span.begin) {
    return Problem(path, "quote", fmt::format("{} bytes long, but the span {}–{} holds {}", c.quote.exact.size(),
                                              c.span.begin, c.span.end, c.span.end - c.span.begin));
  }
  return c;
}

// `required`: whether the item must cite at least one thing.
Result<std::vector<Citation>> ParseCitations(const JsonObject& o, const std::string& path, bool required) {
  std::vector<Citation> out;
  if (!o.Has("citations")) {
    if (required) return Problem(path, "citations", "missing; cite at least one span, claim or figure");
    return out;
  }
  std::vector<JsonObject> items;
  DOSSIER_ASSIGN_OR_RETURN(items, At(path, o.ObjectArray("citations")));
  if (required && items.empty()) return Problem(path, "citations", "empty; cite at least one span, claim or figure");
  for (size_t i = 0; i < items.size(); ++i) {
    Citation c;
    DOSSIER_ASSIGN_OR_RETURN(c, ParseCitation(items[i], fmt::format("{}.citations[{}]", path, i)));
    out.push_back(std::move(c));
  }
  return out;
}

Result<ActorDefined> ParseActor(const JsonObject& o, const std::string& path, const std::string&) {
  DOSSIER_RETURN_IF_ERROR(CheckMembers(o, path, "an actor", {"id", "name", "kind", "aliases", "affiliation", "proposed"}));
  ActorDefined p;
  Actor& a = p.actor;
  DOSSIER_ASSIGN_OR_RETURN(a.id, Slug(o, path, "id"));
  DOSSIER_ASSIGN_OR_RETURN(a.name, Text(o, path, "name"));
  std::string kind;
  DOSSIER_ASSIGN_OR_RETURN(kind, At(path, o.String("kind")));
  if (kind == "person") a.kind = ActorKind::kPerson;
  else if (kind == "organization") a.kind = ActorKind::kOrganization;
  else if (kind == "group") a.kind = ActorKind::kGroup;
  else return Problem(path, "kind", fmt::format("`{}` is not person, organization or group", kind));
  if (o.Has("aliases")) DOSSIER_ASSIGN_OR_RETURN(a.aliases, At(path, o.StringArray("aliases")));
  std::set<std::string> seen;
  for (size_t i = 0; i < a.aliases.size(); ++i) {
    const std::string& alias = a.aliases[i];
    if (alias.find_first_not_of(" \t\r\n") == std::string::npos) {
      return Problem(path, fmt::format("aliases[{}]", i), "empty");
    }
    if (!seen.insert(alias).second) return Problem(path, fmt::format("aliases[{}]", i), fmt::format("`{}` twice", alias));
  }
  if (o.Has("affiliation")) {
    DOSSIER_ASSIGN_OR_RETURN(a.affiliation, Slug(o, path, "affiliation"));
  }
  return p;
}

Result<PerspectiveRecorded> ParsePerspective(const JsonObject& o, const std::string& path, const std::string& story) {
  DOSSIER_RETURN_IF_ERROR(CheckMembers(o, path, "a perspective",
                                       {"id", "actor", "topic", "stance", "summary", "date", "citations", "proposed"}));
  PerspectiveRecorded p;
  p.story = story;
  DOSSIER_ASSIGN_OR_RETURN(p.id, ItemId(o, path));
  DOSSIER_ASSIGN_OR_RETURN(p.actor, Slug(o, path, "actor"));
  DOSSIER_ASSIGN_OR_RETURN(p.topic, Slug(o, path, "topic"));
  std::string stance;
  DOSSIER_ASSIGN_OR_RETURN(stance, At(path, o.String("stance")));
  std::optional<Stance> parsed = ParseStance(stance);
  if (!parsed) {
    return Problem(path, "stance", fmt::format(
        "`{}` is not one of strongly_against, against, mixed, neutral, for, strongly_for", stance));
  }
  p.stance = *parsed;
  DOSSIER_ASSIGN_OR_RETURN(p.summary, Text(o, path, "summary"));
  DOSSIER_ASSIGN_OR_RETURN(p.date, Date(o, path));
  DOSSIER_ASSIGN_OR_RETURN(p.citations, ParseCitations(o, path, /*required=*/true));
  return p;
}

Result<TensionRecorded> ParseTension(const JsonObject& o, const std::string& path, const std::string& story) {
  DOSSIER_RETURN_IF_ERROR(CheckMembers(o, path, "a tension", {"id", "between", "description", "date", "citations", "proposed"}));
  TensionRecorded p;
  p.story = story;
  DOSSIER_ASSIGN_OR_RETURN(p.id, ItemId(o, path));
  DOSSIER_ASSIGN_OR_RETURN(p.between, At(path, o.StringArray("between")));
  if (p.between.size() < 2) return Problem(path, "between", "needs at least 2 ids");
  std::set<std::string> seen;
  for (const std::string& id : p.between) {
    if (!seen.insert(id).second) return Problem(path, "between", fmt::format("`{}` twice", id));
  }
  DOSSIER_ASSIGN_OR_RETURN(p.description, Text(o, path, "description"));
  DOSSIER_ASSIGN_OR_RETURN(p.date, Date(o, path));
  DOSSIER_ASSIGN_OR_RETURN(p.citations, ParseCitations(o, path, /*required=*/true));
  return p;
}

Result<QuestionOpened> ParseQuestion(const JsonObject& o, const std::string& path, const std::string& story) {
  DOSSIER_RETURN_IF_ERROR(CheckMembers(o, path, "a question", {"id", "text", "date", "citations", "proposed"}));
  QuestionOpened p;
  p.story = story;
  DOSSIER_ASSIGN_OR_RETURN(p.id, ItemId(o, path));
  DOSSIER_ASSIGN_OR_RETURN(p.text, Text(o, path, "text"));
  DOSSIER_ASSIGN_OR_RETURN(p.date, Date(o, path));
  DOSSIER_ASSIGN_OR_RETURN(p.citations, ParseCitations(o, path, /*required=*/false));
  return p;
}

Result<QuestionResolved> ParseResolution(const JsonObject& o, const std::string& path, const std::string& story) {
  DOSSIER_RETURN_IF_ERROR(CheckMembers(o, path, "a resolution", {"question", "answer", "date", "citations"}));
  QuestionResolved p;
  p.story = story;
  DOSSIER_ASSIGN_OR_RETURN(p.question, Slug(o, path, "question"));
  DOSSIER_ASSIGN_OR_RETURN(p.answer, Text(o, path, "answer"));
  DOSSIER_ASSIGN_OR_RETURN(p.date, Date(o, path));
  DOSSIER_ASSIGN_OR_RETURN(p.citations, ParseCitations(o, path, /*required=*/false));
  return p;
}

// The fields a correction may change, and the JSON types each takes.
const std::map<std::string, std::set<Kind>, std::less<>>& CorrectableFields(bool figure) {
  static const std::map<std::string, std::set<Kind>, std::less<>> kFigure = {
      {"value", {Kind::kNumber}}, {"value_high", {Kind::kNumber, Kind::kNull}}, {"unit", {Kind::kString}},
      {"per", {Kind::kString, Kind::kNull}}, {"kind", {Kind::kString}}, {"approx", {Kind::kString}},
      {"metric", {Kind::kString, Kind::kNull}}};
  static const std::map<std::string, std::set<Kind>, std::less<>> kClaim = {
      {"speaker", {Kind::kString}}, {"verb", {Kind::kString}}, {"date", {Kind::kString, Kind::kNull}}};
  return figure ? kFigure : kClaim;
}

Result<CorrectionRecorded> ParseCorrection(const JsonObject& o, const std::string& path, const std::string& story) {
  DOSSIER_RETURN_IF_ERROR(CheckMembers(o, path, "a correction", {"target", "field", "value", "reason", "citations"}));
  CorrectionRecorded p;
  p.story = story;
  DOSSIER_ASSIGN_OR_RETURN(p.target, TargetId(o, path, "target", true, true));
  DOSSIER_ASSIGN_OR_RETURN(p.field, At(path, o.String("field")));
  const bool figure = p.target.rfind("fig-", 0) == 0;
  const auto& fields = CorrectableFields(figure);
  auto field = fields.find(p.field);
  if (field == fields.end()) {
    std::string names;
    for (const auto& [name, kinds] : fields) names += fmt::format("{}{}", names.empty() ? "" : ", ", name);
    return Problem(path, "field", fmt::format("a {}'s `{}` cannot be corrected (only {})", figure ? "figure" : "claim",
                                              p.field, names));
  }
  std::optional<Kind> kind = o.KindOf("value");
  if (!kind) return Problem(path, "value", "missing");
  if (!field->second.count(*kind)) {
    return Problem(path, "value", fmt::format("the wrong type for `{}`", p.field));
  }
  DOSSIER_ASSIGN_OR_RETURN(p.value_json, At(path, o.RawMember("value")));
  if (p.field == "speaker" && !IsValidStorySlug(o.String("value").value())) {
    return Problem(path, "value", "a speaker is an actor id");
  }
  if (p.field == "kind" && !ParseFigureKind(o.String("value").value())) {
    return Problem(path, "value", "not a figure kind (money, percent, multiple, rate, duration, count, quantity)");
  }
  if (p.field == "approx" && !ParseApproximation(o.String("value").value())) {
    return Problem(path, "value",
                   "not an approximation (exact, approximate, at_least, more_than, at_most, less_than)");
  }
  if (p.field == "date" && *kind == Kind::kString && !IsValidDate(o.String("value").value())) {
    return Problem(path, "value", "not a date (YYYY-MM-DD)");
  }
  DOSSIER_ASSIGN_OR_RETURN(p.reason, Text(o, path, "reason"));
  DOSSIER_ASSIGN_OR_RETURN(p.citations, ParseCitations(o, path, /*required=*/false));
  return p;
}

Result<RetractionRecorded> ParseRetraction(const JsonObject& o, const std::string& path, const std::string& story) {
  DOSSIER_RETURN_IF_ERROR(CheckMembers(o, path, "a retraction", {"target", "reason", "citations"}));
  RetractionRecorded p;
  p.story = story;
  DOSSIER_ASSIGN_OR_RETURN(p.target, TargetId(o, path, "target", true, true));
  DOSSIER_ASSIGN_OR_RETURN(p.reason, Text(o, path, "reason"));
  DOSSIER_ASSIGN_OR_RETURN(p.citations, ParseCitations(o, path, /*required=*/false));
  return p;
}

Result<MetricLabeled> ParseMetricLabel(const JsonObject& o, const std::string& path, const std::string& story) {
  DOSSIER_RETURN_IF_ERROR(CheckMembers(o, path, "a metric label", {"figure", "metric", "subject", "period", "proposed"}));
  MetricLabeled p;
  p.story = story;
  DOSSIER_ASSIGN_OR_RETURN(p.figure, TargetId(o, path, "figure", false, true));
  for (auto [key, field] : {std::pair<std::string_view, std::optional<std::string>*>{"metric", &p.metric},
                            {"subject", &p.subject}, {"period", &p.period}}) {
    if (o.Has(key)) DOSSIER_ASSIGN_OR_RETURN(*field, Text(o, path, key));
  }
  if (!p.metric && !p.subject && !p.period) return Problem(path, "metric", "missing: a label gives a metric, a subject or a period");
  return p;
}

Result<EditorNoteRecorded> ParseNote(const JsonObject& o, const std::string& path, const std::string& story) {
  DOSSIER_RETURN_IF_ERROR(CheckMembers(o, path, "a note", {"section", "text", "hint", "citations", "proposed"}));
  EditorNoteRecorded p;
  p.story = story;
  DOSSIER_ASSIGN_OR_RETURN(p.section, At(path, o.String("section")));
  if (p.section != "what" && p.section != "why_it_matters") {
    return Problem(path, "section", fmt::format("`{}` is not what or why_it_matters", p.section));
  }
  bool proposed = false;
  DOSSIER_ASSIGN_OR_RETURN(proposed, Proposed(o, path));
  if (o.Has("hint")) DOSSIER_RETURN_IF_ERROR(At(path, o.String("hint")).status());
  if (proposed) {
    DOSSIER_ASSIGN_OR_RETURN(p.text, At(path, o.String("text")));
  } else {
    DOSSIER_ASSIGN_OR_RETURN(p.text, Text(o, path, "text"));
  }
  DOSSIER_ASSIGN_OR_RETURN(p.citations, ParseCitations(o, path, /*required=*/false));
  return p;
}

template <typename T>
using ItemParser = Result<T> (*)(const JsonObject&, const std::string&, const std::string&);

template <typename T>
Status ParseSection(const JsonObject& top, std::string_view section, const std::string& story, ItemParser<T> parse,
                    std::vector<T>* out, AnnotationFile* file) {
  if (!top.Has(section)) return Status::OK();
  std::vector<JsonObject> items;
  DOSSIER_ASSIGN_OR_RETURN(items, top.ObjectArray(section));
  for (size_t i = 0; i < items.size(); ++i) {
    const std::string path = fmt::format("{}[{}]", section, i);
    T item;
    DOSSIER_ASSIGN_OR_RETURN(item, parse(items[i], path, story));
    bool proposed = false;
    DOSSIER_ASSIGN_OR_RETURN(proposed, Proposed(items[i], path));
    if constexpr (std::is_same_v<T, EditorNoteRecorded>) {
      if (item.text.find_first_not_of(" \t\r\n") == std::string::npos) {  // a proposed note left blank
        file->skipped.push_back(path);
        continue;
      }
    }
    if (proposed) file->proposed.push_back(path);
    out->push_back(std::move(item));
  }
  return Status::OK();
}

// Refuses an id that two items of one section share: "perspectives[4]: id `x` is also perspectives[1]'s".
template <typename T, typename Id>
Status CheckUnique(const std::vector<T>& items, std::string_view section, std::string_view field, Id id_of) {
  std::map<std::string, size_t> first;
  for (size_t i = 0; i < items.size(); ++i) {
    auto [it, inserted] = first.emplace(id_of(items[i]), i);
    if (!inserted) {
      return Status::InvalidInput(fmt::format("{}[{}]: field `{}`: `{}` is also {}[{}]'s in this file", section, i,
                                              field, it->first, section, it->second));
    }
  }
  return Status::OK();
}

}  // namespace

Result<AnnotationFile> ParseAnnotationFile(std::string_view json) {
  if (json.size() > kMaxAnnotationFileBytes) {
    return Status::InvalidInput(fmt::format("too large ({} bytes; the limit is {} MiB)", json.size(),
                                            kMaxAnnotationFileBytes >> 20));
  }
  if (std::optional<size_t> bad = FindInvalidUtf8(json)) {
    return Status::InvalidInput(fmt::format("not valid UTF-8 at byte {}", *bad));
  }
  JsonObject top;
  DOSSIER_ASSIGN_OR_RETURN(top, JsonObject::Parse(json));
  if (std::optional<std::string> unknown =
          top.UnknownMember({"story", "actors", "perspectives", "tensions", "questions", "resolutions",
                             "corrections", "retractions", "metric_labels", "notes"})) {
    return Status::InvalidInput(fmt::format(
        "field `{}`: not a section of an annotation file (expected story, actors, perspectives, tensions, "
        "questions, resolutions, corrections, retractions, metric_labels, notes)",
        *unknown));
  }
  AnnotationFile file;
  if (top.Has("story")) {
    DOSSIER_ASSIGN_OR_RETURN(file.story, top.String("story"));
    if (!IsValidStorySlug(*file.story)) {
      return Status::InvalidInput(fmt::format("field `story`: `{}` is not a story slug (e.g. ai-roi)", *file.story));
    }
  }
  const std::string story = file.story.value_or("");
  DOSSIER_RETURN_IF_ERROR(ParseSection<ActorDefined>(top, "actors", story, ParseActor, &file.actors, &file));
  DOSSIER_RETURN_IF_ERROR(ParseSection<PerspectiveRecorded>(top, "perspectives", story, ParsePerspective, &file.perspectives, &file));
  DOSSIER_RETURN_IF_ERROR(ParseSection<TensionRecorded>(top, "tensions", story, ParseTension, &file.tensions, &file));
  DOSSIER_RETURN_IF_ERROR(ParseSection<QuestionOpened>(top, "questions", story, ParseQuestion, &file.questions, &file));
  DOSSIER_RETURN_IF_ERROR(
      ParseSection<QuestionResolved>(top, "resolutions", story, ParseResolution, &file.resolutions, &file));
  DOSSIER_RETURN_IF_ERROR(
      ParseSection<CorrectionRecorded>(top, "corrections", story, ParseCorrection, &file.corrections, &file));
  DOSSIER_RETURN_IF_ERROR(
      ParseSection<RetractionRecorded>(top, "retractions", story, ParseRetraction, &file.retractions, &file));
  DOSSIER_RETURN_IF_ERROR(
      ParseSection<MetricLabeled>(top, "metric_labels", story, ParseMetricLabel, &file.metric_labels, &file));
  DOSSIER_RETURN_IF_ERROR(ParseSection<EditorNoteRecorded>(top, "notes", story, ParseNote, &file.notes, &file));

  const bool has_story_items = !file.perspectives.empty() || !file.tensions.empty() || !file.questions.empty() ||
                               !file.resolutions.empty() || !file.corrections.empty() || !file.retractions.empty() ||
                               !file.metric_labels.empty() || !file.notes.empty();
  if (has_story_items && !file.story) {
    return Status::InvalidInput("field `story`: missing; everything but actors belongs to a story");
  }

  DOSSIER_RETURN_IF_ERROR(CheckUnique(file.actors, "actors", "id", [](const auto& a) { return a.actor.id; }));
  DOSSIER_RETURN_IF_ERROR(CheckUnique(file.perspectives, "perspectives", "id", [](const auto& p) { return p.id; }));
  DOSSIER_RETURN_IF_ERROR(CheckUnique(file.tensions, "tensions", "id", [](const auto& p) { return p.id; }));
  DOSSIER_RETURN_IF_ERROR(CheckUnique(file.questions, "questions", "id", [](const auto& p) { return p.id; }));
  DOSSIER_RETURN_IF_ERROR(
      CheckUnique(file.resolutions, "resolutions", "question", [](const auto& p) { return p.question; }));
  DOSSIER_RETURN_IF_ERROR(CheckUnique(file.metric_labels, "metric_labels", "figure",
                                      [](const auto& p) { return p.figure; }));
  DOSSIER_RETURN_IF_ERROR(CheckUnique(file.corrections, "corrections", "target",
                                      [](const auto& p) { return p.target + " " + p.field; }));
  DOSSIER_RETURN_IF_ERROR(CheckUnique(file.retractions, "retractions", "target",
                                      [](const auto& p) { return p.target; }));
  return file;
}

}  // namespace dossier
