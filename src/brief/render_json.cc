#include "brief/render_json.h"

#include <climits>
#include <set>

#include <fmt/format.h>

#include "util/json_object.h"
#include "util/json_writer.h"

namespace dossier {
namespace {

void WriteTexts(JsonWriter& w, const std::vector<BriefText>& texts) {
  w.BeginArray();
  for (const BriefText& t : texts) WriteBriefTextJson(w, t);
  w.EndArray();
}

void WriteOptionalDouble(JsonWriter& w, const std::optional<double>& value) {
  if (value) {
    w.Double(*value);
  } else {
    w.Null();
  }
}

void WritePerspective(JsonWriter& w, const BriefPerspective& p) {
  w.BeginObject().Key("actor_id").String(p.actor_id).Key("name").String(p.name).Key("summary");
  WriteBriefTextJson(w, p.summary);
  w.Key("evolution");
  WriteBriefTextJson(w, p.evolution);
  w.Key("points").BeginArray();
  for (const BriefStancePoint& point : p.points) WriteBriefStancePointJson(w, point);
  w.EndArray().EndObject();
}

// ---- Parsing ----

// Checks that `o` has exactly the members `known` and puts the path in front of any error.
Status OnlyMembers(const JsonObject& o, std::initializer_list<std::string_view> known) {
  if (std::optional<std::string> unknown = o.UnknownMember(known)) {
    return Status::InvalidInput(fmt::format("unknown field `{}`", *unknown));
  }
  return Status::OK();
}

Result<int> Number(const JsonObject& o, std::string_view key) {
  uint64_t n = 0;
  DOSSIER_ASSIGN_OR_RETURN(n, o.Uint(key));
  if (n > INT_MAX) return Status::InvalidInput(fmt::format("field `{}`: too large", key));
  return static_cast<int>(n);
}

Result<QuoteMark> ParseQuote(const JsonObject& o) {
  DOSSIER_RETURN_IF_ERROR(OnlyMembers(o, {"begin", "end", "source_number", "source_begin", "source_end", "claim_id",
                                          "named_as", "named_begin", "named_end"}));
  QuoteMark q;
  DOSSIER_ASSIGN_OR_RETURN(q.begin, o.Uint("begin"));
  DOSSIER_ASSIGN_OR_RETURN(q.end, o.Uint("end"));
  DOSSIER_ASSIGN_OR_RETURN(q.source_number, Number(o, "source_number"));
  DOSSIER_ASSIGN_OR_RETURN(q.source_begin, o.Uint("source_begin"));
  DOSSIER_ASSIGN_OR_RETURN(q.source_end, o.Uint("source_end"));
  if (o.Has("claim_id")) {
    DOSSIER_ASSIGN_OR_RETURN(q.claim_id, o.String("claim_id"));
    DOSSIER_ASSIGN_OR_RETURN(q.named_as, o.String("named_as"));
    DOSSIER_ASSIGN_OR_RETURN(q.named_begin, o.Uint("named_begin"));
    DOSSIER_ASSIGN_OR_RETURN(q.named_end, o.Uint("named_end"));
  }
  return q;
}

Result<BriefText> ParseText(const JsonObject& o) {
  DOSSIER_RETURN_IF_ERROR(OnlyMembers(o, {"text", "origin", "citations", "figures", "quotes"}));
  BriefText t;
  DOSSIER_ASSIGN_OR_RETURN(t.text, o.String("text"));
  DOSSIER_ASSIGN_OR_RETURN(t.origin, o.String("origin"));
  std::vector<uint64_t> citations;
  DOSSIER_ASSIGN_OR_RETURN(citations, o.UintArray("citations"));
  for (uint64_t n : citations) {
    if (n == 0 || n > INT_MAX) return Status::InvalidInput(fmt::format("field `citations`: no source [{}]", n));
    t.citations.push_back(static_cast<int>(n));
  }
  std::vector<JsonObject> marks;
  DOSSIER_ASSIGN_OR_RETURN(marks, o.ObjectArray("figures"));
  uint64_t after = 0;  // marks are in order and do not overlap
  for (size_t i = 0; i < marks.size(); ++i) {
    const JsonObject& m = marks[i];
    const Status members = OnlyMembers(m, {"begin", "end", "figure_id"});
    Result<uint64_t> begin = m.Uint("begin"), end = m.Uint("end");
    Result<std::string> id = m.String("figure_id");
    for (const Status& field : {members, begin.status(), end.status(), id.status()}) {
      if (!field.ok()) return field.WithContext(fmt::format("figures[{}]", i));
    }
    if (*begin < after || *end < *begin || *end > t.text.size()) {
      return Status::InvalidInput(fmt::format("figures[{}]: bytes {}–{} are not an ordered span of the {}-byte text", i,
                                              *begin, *end, t.text.size()));
    }
    after = *end;
    t.figures.push_back({*begin, *end, std::move(*id)});
  }
  if (o.Has("quotes")) {  // briefings published before quotes were marked have none
    std::vector<JsonObject> quotes;
    DOSSIER_ASSIGN_OR_RETURN(quotes, o.ObjectArray("quotes"));
    after = 0;
    for (size_t i = 0; i < quotes.size(); ++i) {
      Result<QuoteMark> quote = ParseQuote(quotes[i]);
      if (!quote.ok()) return quote.status().WithContext(fmt::format("quotes[{}]", i));
      if (quote->begin < after || quote->end < quote->begin || quote->end > t.text.size()) {
        return Status::InvalidInput(fmt::format("quotes[{}]: bytes {}–{} are not an ordered span of the {}-byte text", i,
                                                quote->begin, quote->end, t.text.size()));
      }
      after = quote->end;
      t.quotes.push_back(std::move(*quote));
    }
  }
  return t;
}

// Reads member `key` of `o`, an object, as a BriefText; errors are prefixed with `key`.
Result<BriefText> TextMember(const JsonObject& o, std::string_view key) {
  Result<JsonObject> member = o.Object(key);
  if (!member.ok()) return member.status();
  Result<BriefText> text = ParseText(*member);
  if (!text.ok()) return text.status().WithContext(std::string(key));
  return text;
}

// Parses every element of the object array `key` with `parse`, prefixing errors with `key[i]`.
template <typename T, typename Parse>
Status ParseEach(const JsonObject& o, std::string_view key, Parse parse, std::vector<T>* out) {
  std::vector<JsonObject> items;
  DOSSIER_ASSIGN_OR_RETURN(items, o.ObjectArray(key));
  out->reserve(items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    Result<T> item = parse(items[i]);
    if (!item.ok()) return item.status().WithContext(fmt::format("{}[{}]", key, i));
    out->push_back(std::move(*item));
  }
  return Status::OK();
}

Result<std::vector<BriefText>> TextsMember(const JsonObject& o, std::string_view key) {
  std::vector<BriefText> texts;
  DOSSIER_RETURN_IF_ERROR(ParseEach<BriefText>(o, key, ParseText, &texts));
  return texts;
}

Result<BriefTimelineItem> ParseTimelineItem(const JsonObject& o) {
  DOSSIER_RETURN_IF_ERROR(OnlyMembers(o, {"date", "text"}));
  BriefTimelineItem item;
  DOSSIER_ASSIGN_OR_RETURN(item.date, o.String("date"));
  DOSSIER_ASSIGN_OR_RETURN(item.text, TextMember(o, "text"));
  return item;
}

Result<BriefStancePoint> ParseStancePoint(const JsonObject& o) {
  DOSSIER_RETURN_IF_ERROR(OnlyMembers(o, {"date", "topic", "stance", "change", "summary"}));
  BriefStancePoint p;
  DOSSIER_ASSIGN_OR_RETURN(p.date, o.String("date"));
  DOSSIER_ASSIGN_OR_RETURN(p.topic, o.String("topic"));
  DOSSIER_ASSIGN_OR_RETURN(p.stance, o.String("stance"));
  DOSSIER_ASSIGN_OR_RETURN(p.change, o.String("change"));
  DOSSIER_ASSIGN_OR_RETURN(p.summary, TextMember(o, "summary"));
  return p;
}

Result<BriefPerspective> ParsePerspective(const JsonObject& o) {
  DOSSIER_RETURN_IF_ERROR(OnlyMembers(o, {"actor_id", "name", "summary", "evolution", "points"}));
  BriefPerspective p;
  DOSSIER_ASSIGN_OR_RETURN(p.actor_id, o.String("actor_id"));
  DOSSIER_ASSIGN_OR_RETURN(p.name, o.String("name"));
  DOSSIER_ASSIGN_OR_RETURN(p.summary, TextMember(o, "summary"));
  DOSSIER_ASSIGN_OR_RETURN(p.evolution, TextMember(o, "evolution"));
  DOSSIER_RETURN_IF_ERROR(ParseEach<BriefStancePoint>(o, "points", ParseStancePoint, &p.points));
  return p;
}

Result<BriefSource> ParseSource(const JsonObject& o) {
  DOSSIER_RETURN_IF_ERROR(OnlyMembers(
      o, {"number", "source_id", "version", "text_sha256", "title", "outlet", "author", "published", "url"}));
  BriefSource s;
  DOSSIER_ASSIGN_OR_RETURN(s.number, Number(o, "number"));
  DOSSIER_ASSIGN_OR_RETURN(s.source_id, o.String("source_id"));
  DOSSIER_ASSIGN_OR_RETURN(s.version, o.Uint("version"));
  DOSSIER_ASSIGN_OR_RETURN(s.text_sha256, o.String("text_sha256"));
  DOSSIER_ASSIGN_OR_RETURN(s.title, o.String("title"));
  DOSSIER_ASSIGN_OR_RETURN(s.outlet, o.OptionalString("outlet"));
  DOSSIER_ASSIGN_OR_RETURN(s.author, o.OptionalString("author"));
  DOSSIER_ASSIGN_OR_RETURN(s.published, o.OptionalString("published"));
  DOSSIER_ASSIGN_OR_RETURN(s.url, o.OptionalString("url"));
  return s;
}

Result<BriefFigure> ParseFigure(const JsonObject& o) {
  DOSSIER_RETURN_IF_ERROR(OnlyMembers(o, {"id", "source_id", "source_version", "source_number", "begin", "end",
                                          "surface", "kind", "value", "value_high", "unit", "per", "approx", "metric",
                                          "sentence"}));
  BriefFigure f;
  DOSSIER_ASSIGN_OR_RETURN(f.id, o.String("id"));
  DOSSIER_ASSIGN_OR_RETURN(f.source_id, o.String("source_id"));
  DOSSIER_ASSIGN_OR_RETURN(f.source_version, o.Uint("source_version"));
  DOSSIER_ASSIGN_OR_RETURN(f.source_number, Number(o, "source_number"));
  DOSSIER_ASSIGN_OR_RETURN(f.begin, o.Uint("begin"));
  DOSSIER_ASSIGN_OR_RETURN(f.end, o.Uint("end"));
  DOSSIER_ASSIGN_OR_RETURN(f.surface, o.String("surface"));
  DOSSIER_ASSIGN_OR_RETURN(f.kind, o.String("kind"));
  DOSSIER_ASSIGN_OR_RETURN(f.value, o.Double("value"));
  DOSSIER_ASSIGN_OR_RETURN(f.value_high, o.OptionalDouble("value_high"));
  DOSSIER_ASSIGN_OR_RETURN(f.unit, o.String("unit"));
  DOSSIER_ASSIGN_OR_RETURN(f.per, o.OptionalString("per"));
  DOSSIER_ASSIGN_OR_RETURN(f.approx, o.String("approx"));
  DOSSIER_ASSIGN_OR_RETURN(f.metric, o.OptionalString("metric"));
  DOSSIER_ASSIGN_OR_RETURN(f.sentence, o.String("sentence"));
  return f;
}

// What the types cannot say: every citation and quote names a listed source, every mark a listed figure.
Status CheckReferences(const Briefing& b) {
  std::set<std::string_view> figure_ids;
  for (const BriefFigure& f : b.figures) figure_ids.insert(f.id);
  auto check = [&](const BriefText& t, const std::string& where) {
    for (int n : t.citations) {
      if (n < 1 || static_cast<size_t>(n) > b.sources.size()) {
        return Status::InvalidInput(fmt::format("{}: cites [{}], but there are {} sources", where, n, b.sources.size()));
      }
    }
    for (const FigureMark& m : t.figures) {
      if (!figure_ids.count(m.figure_id)) {
        return Status::InvalidInput(fmt::format("{}: marks figure `{}`, which is not in `figures`", where, m.figure_id));
      }
    }
    for (const QuoteMark& q : t.quotes) {
      if (q.source_number < 1 || static_cast<size_t>(q.source_number) > b.sources.size()) {
        return Status::InvalidInput(fmt::format("{}: quotes source [{}], but there are {} sources", where,
                                                q.source_number, b.sources.size()));
      }
    }
    return Status::OK();
  };
  auto check_all = [&](const std::vector<BriefText>& texts, const char* section) {
    for (size_t i = 0; i < texts.size(); ++i) {
      DOSSIER_RETURN_IF_ERROR(check(texts[i], fmt::format("{}[{}]", section, i)));
    }
    return Status::OK();
  };
  DOSSIER_RETURN_IF_ERROR(check_all(b.what, "what"));
  DOSSIER_RETURN_IF_ERROR(check_all(b.why_it_matters, "why_it_matters"));
  DOSSIER_RETURN_IF_ERROR(check_all(b.open_questions, "open_questions"));
  for (size_t i = 0; i < b.narrative.size(); ++i) {
    DOSSIER_RETURN_IF_ERROR(check_all(b.narrative[i], fmt::format("narrative[{}].sentences", i).c_str()));
  }
  for (size_t i = 0; i < b.timeline.size(); ++i) {
    DOSSIER_RETURN_IF_ERROR(check(b.timeline[i].text, fmt::format("timeline[{}].text", i)));
  }
  for (size_t i = 0; i < b.perspectives.size(); ++i) {
    const BriefPerspective& p = b.perspectives[i];
    DOSSIER_RETURN_IF_ERROR(check(p.summary, fmt::format("perspectives[{}].summary", i)));
    DOSSIER_RETURN_IF_ERROR(check(p.evolution, fmt::format("perspectives[{}].evolution", i)));
    for (size_t j = 0; j < p.points.size(); ++j) {
      DOSSIER_RETURN_IF_ERROR(check(p.points[j].summary, fmt::format("perspectives[{}].points[{}].summary", i, j)));
    }
  }
  DOSSIER_RETURN_IF_ERROR(check_all(b.tensions, "tensions"));
  for (size_t i = 0; i < b.figures.size(); ++i) {
    const int n = b.figures[i].source_number;
    if (n < 1 || static_cast<size_t>(n) > b.sources.size()) {
      return Status::InvalidInput(fmt::format("figures[{}]: field `source_number`: no source [{}]", i, n));
    }
  }
  return Status::OK();
}

}  // namespace

void WriteBriefTextJson(JsonWriter& w, const BriefText& t) {
  w.BeginObject().Key("text").String(t.text).Key("origin").String(t.origin).Key("citations").BeginArray();
  for (int n : t.citations) w.Int(n);
  w.EndArray().Key("figures").BeginArray();
  for (const FigureMark& m : t.figures) {
    w.BeginObject().Key("begin").Uint(m.begin).Key("end").Uint(m.end).Key("figure_id").String(m.figure_id).EndObject();
  }
  w.EndArray();
  if (!t.quotes.empty()) {  // absent rather than empty, so that earlier versions re-render as published
    w.Key("quotes").BeginArray();
    for (const QuoteMark& q : t.quotes) {
      w.BeginObject()
          .Key("begin").Uint(q.begin)
          .Key("end").Uint(q.end)
          .Key("source_number").Int(q.source_number)
          .Key("source_begin").Uint(q.source_begin)
          .Key("source_end").Uint(q.source_end);
      if (!q.claim_id.empty()) {
        w.Key("claim_id").String(q.claim_id)
            .Key("named_as").String(q.named_as)
            .Key("named_begin").Uint(q.named_begin)
            .Key("named_end").Uint(q.named_end);
      }
      w.EndObject();
    }
    w.EndArray();
  }
  w.EndObject();
}

void WriteBriefSourceJson(JsonWriter& w, const BriefSource& s) {
  w.BeginObject()
      .Key("number").Int(s.number)
      .Key("source_id").String(s.source_id)
      .Key("version").Uint(s.version)
      .Key("text_sha256").String(s.text_sha256)
      .Key("title").String(s.title)
      .Key("outlet").OptionalString(s.outlet)
      .Key("author").OptionalString(s.author)
      .Key("published").OptionalString(s.published)
      .Key("url").OptionalString(s.url)
      .EndObject();
}

void WriteBriefFigureJson(JsonWriter& w, const BriefFigure& f) {
  w.BeginObject()
      .Key("id").String(f.id)
      .Key("source_id").String(f.source_id)
      .Key("source_version").Uint(f.source_version)
      .Key("source_number").Int(f.source_number)
      .Key("begin").Uint(f.begin)
      .Key("end").Uint(f.end)
      .Key("surface").String(f.surface)
      .Key("kind").String(f.kind)
      .Key("value").Double(f.value)
      .Key("value_high");
  WriteOptionalDouble(w, f.value_high);
  w.Key("unit").String(f.unit)
      .Key("per").OptionalString(f.per)
      .Key("approx").String(f.approx)
      .Key("metric").OptionalString(f.metric)
      .Key("sentence").String(f.sentence)
      .EndObject();
}

void WriteBriefStancePointJson(JsonWriter& w, const BriefStancePoint& point) {
  w.BeginObject().Key("date").String(point.date).Key("topic").String(point.topic).Key("stance").String(point.stance)
      .Key("change").String(point.change).Key("summary");
  WriteBriefTextJson(w, point.summary);
  w.EndObject();
}

std::string RenderBriefingJson(const Briefing& b) {
  JsonWriter w;
  w.BeginObject()
      .Key("briefing").Int(kBriefingJsonFormat)
      .Key("story").String(b.story)
      .Key("title").String(b.title)
      .Key("version").Uint(b.version)
      .Key("timestamp").String(b.timestamp)
      .Key("log_position").Uint(b.log_position)
      .Key("as_of").OptionalString(b.as_of)
      .Key("what");
  WriteTexts(w, b.what);
  w.Key("why_it_matters");
  WriteTexts(w, b.why_it_matters);
  w.Key("open_questions");
  WriteTexts(w, b.open_questions);
  w.Key("narrative").BeginArray();
  for (const auto& paragraph : b.narrative) {
    w.BeginObject().Key("sentences");
    WriteTexts(w, paragraph);
    w.EndObject();
  }
  w.EndArray().Key("timeline").BeginArray();
  for (const BriefTimelineItem& item : b.timeline) {
    w.BeginObject().Key("date").String(item.date).Key("text");
    WriteBriefTextJson(w, item.text);
    w.EndObject();
  }
  w.EndArray().Key("perspectives").BeginArray();
  for (const BriefPerspective& p : b.perspectives) WritePerspective(w, p);
  w.EndArray().Key("tensions");
  WriteTexts(w, b.tensions);
  w.Key("sources").BeginArray();
  for (const BriefSource& s : b.sources) WriteBriefSourceJson(w, s);
  w.EndArray().Key("figures").BeginArray();
  for (const BriefFigure& f : b.figures) WriteBriefFigureJson(w, f);
  w.EndArray().EndObject();
  return w.Take();
}

Result<Briefing> ParseBriefingJson(std::string_view json) {
  JsonObject o;
  DOSSIER_ASSIGN_OR_RETURN(o, JsonObject::Parse(json));
  DOSSIER_RETURN_IF_ERROR(OnlyMembers(o, {"briefing", "story", "title", "version", "timestamp", "log_position", "as_of",
                                          "what", "why_it_matters", "open_questions", "narrative", "timeline",
                                          "perspectives", "tensions", "sources", "figures"}));
  uint64_t format = 0;
  DOSSIER_ASSIGN_OR_RETURN(format, o.Uint("briefing"));
  if (format != kBriefingJsonFormat) {
    return Status::NotSupported(fmt::format("field `briefing`: layout {} is not one this build reads ({})", format,
                                            kBriefingJsonFormat));
  }
  Briefing b;
  DOSSIER_ASSIGN_OR_RETURN(b.story, o.String("story"));
  DOSSIER_ASSIGN_OR_RETURN(b.title, o.String("title"));
  DOSSIER_ASSIGN_OR_RETURN(b.version, o.Uint("version"));
  DOSSIER_ASSIGN_OR_RETURN(b.timestamp, o.String("timestamp"));
  DOSSIER_ASSIGN_OR_RETURN(b.log_position, o.Uint("log_position"));
  DOSSIER_ASSIGN_OR_RETURN(b.as_of, o.OptionalString("as_of"));
  DOSSIER_ASSIGN_OR_RETURN(b.what, TextsMember(o, "what"));
  DOSSIER_ASSIGN_OR_RETURN(b.why_it_matters, TextsMember(o, "why_it_matters"));
  DOSSIER_ASSIGN_OR_RETURN(b.open_questions, TextsMember(o, "open_questions"));
  DOSSIER_RETURN_IF_ERROR(ParseEach<std::vector<BriefText>>(
      o, "narrative",
      [](const JsonObject& paragraph) -> Result<std::vector<BriefText>> {
        DOSSIER_RETURN_IF_ERROR(OnlyMembers(paragraph, {"sentences"}));
        return TextsMember(paragraph, "sentences");
      },
      &b.narrative));
  DOSSIER_RETURN_IF_ERROR(ParseEach<BriefTimelineItem>(o, "timeline", ParseTimelineItem, &b.timeline));
  DOSSIER_RETURN_IF_ERROR(ParseEach<BriefPerspective>(o, "perspectives", ParsePerspective, &b.perspectives));
  DOSSIER_ASSIGN_OR_RETURN(b.tensions, TextsMember(o, "tensions"));
  DOSSIER_RETURN_IF_ERROR(ParseEach<BriefSource>(o, "sources", ParseSource, &b.sources));
  DOSSIER_RETURN_IF_ERROR(ParseEach<BriefFigure>(o, "figures", ParseFigure, &b.figures));
  DOSSIER_RETURN_IF_ERROR(CheckReferences(b));
  return b;
}

}  // namespace dossier
