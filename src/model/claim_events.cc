#include "model/claim_events.h"

#include <fmt/format.h>

#include "util/json_object.h"
#include "util/json_writer.h"
#include "util/sha256.h"

namespace dossier {
namespace {

void WriteSpan(JsonWriter& w, std::string_view prefix, ByteSpan span) {
  w.Key(fmt::format("{}start", prefix)).Uint(span.begin).Key(fmt::format("{}end", prefix)).Uint(span.end);
}

Result<ByteSpan> ReadSpan(const JsonObject& o, std::string_view prefix) {
  ByteSpan span;
  DOSSIER_ASSIGN_OR_RETURN(span.begin, o.Uint(fmt::format("{}start", prefix)));
  DOSSIER_ASSIGN_OR_RETURN(span.end, o.Uint(fmt::format("{}end", prefix)));
  if (span.end < span.begin) return Status::InvalidInput(fmt::format("{}span {}–{} ends before it starts", prefix, span.begin, span.end));
  return span;
}

std::string Bytes(std::string_view text, ByteSpan span) {
  if (span.end > text.size() || span.begin > span.end) return "";
  return std::string(text.substr(span.begin, span.end - span.begin));
}

Result<ExtractedClaim> DecodeClaim(const JsonObject& o) {
  ExtractedClaim c;
  DOSSIER_ASSIGN_OR_RETURN(c.id, o.String("id"));
  DOSSIER_ASSIGN_OR_RETURN(c.speaker, o.OptionalString("speaker"));
  DOSSIER_ASSIGN_OR_RETURN(c.speaker_name, o.String("speaker_name"));
  DOSSIER_ASSIGN_OR_RETURN(c.speaker_span, ReadSpan(o, "speaker_"));
  DOSSIER_ASSIGN_OR_RETURN(c.verb, o.String("verb"));
  DOSSIER_ASSIGN_OR_RETURN(c.span, ReadSpan(o, ""));
  DOSSIER_ASSIGN_OR_RETURN(c.text, o.String("text"));
  DOSSIER_ASSIGN_OR_RETURN(c.sentence, ReadSpan(o, "sentence_"));
  DOSSIER_ASSIGN_OR_RETURN(c.figure_ids, o.StringArray("figures"));
  DOSSIER_ASSIGN_OR_RETURN(c.date, o.OptionalString("date"));
  if (c.span.end - c.span.begin != c.text.size()) {
    return Status::InvalidInput(fmt::format("claim {}: span {}–{} does not fit its text", c.id, c.span.begin, c.span.end));
  }
  return c;
}

}  // namespace

std::string ClaimId(std::string_view source_id, uint64_t source_version, ByteSpan span, std::string_view speaker) {
  return "clm-" +
         Sha256Hex(fmt::format("{}:{}:{}:{}:{}", source_id, source_version, span.begin, span.end, speaker)).substr(0, 12);
}

ClaimsExtracted BuildClaimsExtracted(const ClaimSourceRef& source, std::string_view text, const ClaimExtraction& found,
                                     const std::vector<ExtractedFigure>& figures) {
  ClaimsExtracted out;
  out.source_id = source.source_id;
  out.source_version = source.source_version;
  out.text_sha256 = source.text_sha256;
  out.gazetteer_sha256 = source.gazetteer_sha256;
  out.published = source.published;
  // A published datetime dates its claims by its day.
  std::optional<std::string> published_day;
  if (source.published) published_day = source.published->substr(0, 10);
  for (const Claim& claim : found.claims) {
    ExtractedClaim c;
    const std::string& speaker_key = claim.speaker.actor_id.empty() ? claim.speaker.surface : claim.speaker.actor_id;
    c.id = ClaimId(source.source_id, source.source_version, claim.span, speaker_key);
    if (!claim.speaker.actor_id.empty()) c.speaker = claim.speaker.actor_id;
    c.speaker_name = claim.speaker.surface;
    c.speaker_span = claim.speaker.span;
    c.verb = claim.verb;
    c.span = claim.span;
    c.text = Bytes(text, claim.span);
    c.sentence = claim.sentence;
    for (const ExtractedFigure& f : figures) {
      if (f.figure.span.begin >= claim.span.begin && f.figure.span.end <= claim.span.end) c.figure_ids.push_back(f.id);
    }
    c.date = claim.date ? claim.date : published_day;
    out.claims.push_back(std::move(c));
  }
  for (const ByteSpan& q : found.questions) out.questions.push_back({q, Bytes(text, q)});
  for (const ActorMention& m : found.candidates) out.candidates.push_back({m.surface, m.span});
  return out;
}

ClaimsExtracted ExtractSourceClaims(const ClaimSourceRef& source, std::string_view text, const Gazetteer& gazetteer,
                                    const std::vector<ExtractedFigure>& figures) {
  return BuildClaimsExtracted(source, text, ExtractClaims(text, gazetteer, source.by), figures);
}

NewEvent MakeClaimsExtractedEvent(const ClaimsExtracted& extracted) {
  return {ClaimsStream(extracted.source_id), std::string(kClaimsExtracted), 1, extracted.published,
          EncodePayload(extracted)};
}

std::string EncodePayload(const ClaimsExtracted& p) {
  JsonWriter w;
  w.BeginObject()
      .Key("source_id").String(p.source_id)
      .Key("source_version").Uint(p.source_version)
      .Key("text_sha256").String(p.text_sha256)
      .Key("extractor_version").Uint(static_cast<uint64_t>(p.extractor_version))
      .Key("gazetteer_sha256").String(p.gazetteer_sha256)
      .Key("published").OptionalString(p.published)
      .Key("claims").BeginArray();
  for (const ExtractedClaim& c : p.claims) {
    w.BeginObject().Key("id").String(c.id).Key("speaker").OptionalString(c.speaker).Key("speaker_name").String(c.speaker_name);
    WriteSpan(w, "speaker_", c.speaker_span);
    w.Key("verb").String(c.verb);
    WriteSpan(w, "", c.span);
    w.Key("text").String(c.text);
    WriteSpan(w, "sentence_", c.sentence);
    w.Key("figures").BeginArray();
    for (const std::string& id : c.figure_ids) w.String(id);
    w.EndArray().Key("date").OptionalString(c.date).EndObject();
  }
  w.EndArray().Key("questions").BeginArray();
  for (const ExtractedQuestion& q : p.questions) {
    w.BeginObject();
    WriteSpan(w, "", q.span);
    w.Key("text").String(q.text).EndObject();
  }
  w.EndArray().Key("candidates").BeginArray();
  for (const CandidateActor& c : p.candidates) {
    w.BeginObject().Key("name").String(c.name);
    WriteSpan(w, "", c.span);
    w.EndObject();
  }
  w.EndArray().EndObject();
  return w.Take();
}

Result<ClaimsExtracted> DecodeClaimsExtracted(std::string_view payload) {
  JsonObject o;
  DOSSIER_ASSIGN_OR_RETURN(o, JsonObject::Parse(payload));
  ClaimsExtracted p;
  DOSSIER_ASSIGN_OR_RETURN(p.source_id, o.String("source_id"));
  DOSSIER_ASSIGN_OR_RETURN(p.source_version, o.Uint("source_version"));
  DOSSIER_ASSIGN_OR_RETURN(p.text_sha256, o.String("text_sha256"));
  uint64_t extractor_version = 0;
  DOSSIER_ASSIGN_OR_RETURN(extractor_version, o.Uint("extractor_version"));
  p.extractor_version = static_cast<int>(extractor_version);
  DOSSIER_ASSIGN_OR_RETURN(p.gazetteer_sha256, o.String("gazetteer_sha256"));
  DOSSIER_ASSIGN_OR_RETURN(p.published, o.OptionalString("published"));
  std::vector<JsonObject> items;
  DOSSIER_ASSIGN_OR_RETURN(items, o.ObjectArray("claims"));
  for (size_t i = 0; i < items.size(); ++i) {
    Result<ExtractedClaim> claim = DecodeClaim(items[i]);
    if (!claim.ok()) return claim.status().WithContext(fmt::format("claims[{}]", i));
    p.claims.push_back(std::move(*claim));
  }
  DOSSIER_ASSIGN_OR_RETURN(items, o.ObjectArray("questions"));
  for (size_t i = 0; i < items.size(); ++i) {
    ExtractedQuestion q;
    Result<ByteSpan> span = ReadSpan(items[i], "");
    if (!span.ok()) return span.status().WithContext(fmt::format("questions[{}]", i));
    q.span = *span;
    DOSSIER_ASSIGN_OR_RETURN(q.text, items[i].String("text"));
    p.questions.push_back(std::move(q));
  }
  DOSSIER_ASSIGN_OR_RETURN(items, o.ObjectArray("candidates"));
  for (size_t i = 0; i < items.size(); ++i) {
    CandidateActor c;
    DOSSIER_ASSIGN_OR_RETURN(c.name, items[i].String("name"));
    Result<ByteSpan> span = ReadSpan(items[i], "");
    if (!span.ok()) return span.status().WithContext(fmt::format("candidates[{}]", i));
    c.span = *span;
    p.candidates.push_back(std::move(c));
  }
  return p;
}

}  // namespace dossier
