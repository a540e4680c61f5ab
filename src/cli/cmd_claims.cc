// dossier claims: what the sources claim, by speaker, with corrections and retractions marked.
#include <fmt/format.h>

#include "cli/json_array_out.h"
#include "cli/story_output.h"
#include "project/source_reader.h"

namespace dossier::cli {
namespace {

void WriteClaimJson(JsonWriter& w, const ClaimEntry& e) {
  const ExtractedClaim& c = e.claim;
  w.BeginObject()
      .Key("id").String(c.id)
      .Key("origin").String("extracted")
      .Key("source_id").String(e.source_id)
      .Key("source_version").Uint(e.source_version)
      .Key("speaker").OptionalString(c.speaker)
      .Key("speaker_name").String(c.speaker_name)
      .Key("verb").String(c.verb)
      .Key("start").Uint(c.span.begin)
      .Key("end").Uint(c.span.end)
      .Key("text").String(c.text)
      .Key("date").OptionalString(c.date)
      .Key("figures").BeginArray();
  for (const std::string& id : c.figure_ids) w.String(id);
  w.EndArray().Key("corrections").BeginArray();
  for (const AppliedCorrection& k : e.corrections) {
    w.BeginObject().Key("origin").String("curated").Key("field").String(k.field).Key("value").Raw(k.value_json)
        .Key("reason").String(k.reason).Key("position").Uint(k.position).EndObject();
  }
  w.EndArray().Key("retracted").OptionalString(e.retraction)
      .Key("position").Uint(e.position)
      .Key("recorded_at").String(e.recorded_at)
      .EndObject();
}

void PrintClaim(const std::vector<Actor>& actors, const ClaimEntry& e) {
  const ExtractedClaim& c = e.claim;
  const std::string speaker = c.speaker ? ActorLabel(actors, *c.speaker) : OneLine(c.speaker_name) + " (candidate)";
  Print("{}  {}  {} {}{}\n", c.id, c.date.value_or("undated"), speaker, OneLine(c.verb),
        e.retraction ? "  [retracted: " + OneLine(*e.retraction) + "]" : "");
  CitedSpan cited = CiteClaim(e);
  cited.via.clear();  // the claim's id heads its entry
  Print("    {}\n", FormatCitation(cited));
  for (const AppliedCorrection& k : e.corrections) {
    Print("    corrected {} to {} (curated, position {}): {}\n", k.field, OneLine(k.value_json), k.position,
          OneLine(k.reason));
  }
}

// Every claim, printed source by source (in source id order, as Claims gives them): memory holds one
// source's claims, whatever the store holds.
int StreamClaims(const Context& context, const InPlaceReader& reader, const ClaimsProjection& projection) {
  std::optional<JsonArrayOut> json;
  if (context.json) json.emplace();
  uint64_t listed = 0;
  Status failed = Status::OK();
  Status scanned = projection.ScanSourceIds([&](const std::string& source_id) {
    Result<std::vector<ClaimEntry>> claims =
        projection.ClaimsOfSourcesNamedBy(reader.filter, {ClaimsProjection::SourceTerm(source_id)});
    if (!claims.ok()) {
      failed = claims.status();
      return false;
    }
    for (const ClaimEntry& e : *claims) {
      if (json) {
        WriteClaimJson(json->Next(), e);
        json->Flush();
      } else {
        PrintClaim(reader.actors, e);
      }
    }
    listed += claims->size();
    return true;
  });
  if (failed.ok()) failed = scanned;
  if (!failed.ok()) return Fail(failed);
  if (json) {
    json->Close();
  } else {
    Print("{} claim{}\n", listed, listed == 1 ? "" : "s");
  }
  return kExitOk;
}

}  // namespace

int RunClaims(Context& context) {
  int exit_code = kExitOk;
  std::optional<InPlaceReader> reader = OpenInPlaceOrFail(context, &exit_code);
  if (!reader) return exit_code;
  EventStore* store = reader->store.get();

  // Rows of the sources an actor, a candidate or a source names; every claim when none is named.
  std::vector<std::string> terms;
  std::optional<std::string> actor_id, speaker_name;
  if (std::optional<std::string> reference = context.args.Get("actor")) {
    if (const Actor* actor = FindActor(reader->actors, *reference)) {
      actor_id = actor->id;
      terms.push_back(ClaimsProjection::SpeakerTerm(*actor_id));
    } else {
      speaker_name = *reference;  // a candidate, by the name as written
      terms.push_back(ClaimsProjection::NameTerm(*speaker_name));
    }
  }
  std::optional<std::string> source_id;
  if (std::optional<std::string> reference = context.args.Get("source")) {
    Result<SourcesProjection> sources = OpenSources(store);
    if (!sources.ok()) return Fail(sources.status());
    Result<const SourceSummary*> source = sources->Resolve(*reference);
    if (!source.ok()) return Fail(source.status());
    source_id = (*source)->source_id;
    if (terms.empty()) terms.push_back(ClaimsProjection::SourceTerm(*source_id));
  }
  Result<ClaimsProjection> projection = OpenClaims(store);
  if (!projection.ok()) return Fail(projection.status());
  if (terms.empty()) return StreamClaims(context, *reader, *projection);
  Result<std::vector<ClaimEntry>> claims = projection->ClaimsOfSourcesNamedBy(reader->filter, terms);
  if (!claims.ok()) return Fail(claims.status());

  std::vector<const ClaimEntry*> selected;
  for (const ClaimEntry& e : *claims) {
    if (actor_id && e.claim.speaker != actor_id) continue;
    if (speaker_name && (e.claim.speaker || e.claim.speaker_name != *speaker_name)) continue;
    if (source_id && e.source_id != *source_id) continue;
    selected.push_back(&e);
  }
  if (speaker_name && selected.empty()) {
    return Fail(Status::NotFound(fmt::format(
        "--actor `{}`: no actor or candidate of that name (`dossier actors` and `dossier actors --candidates` list them)",
        *speaker_name)));
  }
  if (context.json) {
    JsonWriter w;
    w.BeginArray();
    for (const ClaimEntry* e : selected) WriteClaimJson(w, *e);
    w.EndArray();
    Print("{}\n", w.str());
    return kExitOk;
  }
  for (const ClaimEntry* e : selected) PrintClaim(reader->actors, *e);
  Print("{} claim{}\n", selected.size(), selected.size() == 1 ? "" : "s");
  return kExitOk;
}

}  // namespace dossier::cli
