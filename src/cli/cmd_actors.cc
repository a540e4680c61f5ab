// dossier actors: the gazetteer as recorded, or (--candidates) the unknown names that extraction
// found in attribution positions, for a researcher to confirm by annotation.
#include <map>

#include <fmt/format.h>

#include "cli/story_output.h"

namespace dossier::cli {
namespace {

struct CandidateSeen {
  std::vector<CitedSpan> mentions;  // its first mention in each source
  size_t claims = 0;
};

// An unnamed source ("a person familiar with the matter") is a speaker of its own kind, not a
// name to confirm.
const char* CandidateKind(std::string_view name) { return name == kAnonymousSpeaker ? "anonymous" : "name"; }

int PrintCandidates(const Context& context, const StoryViews& views) {
  Result<std::vector<SourceClaims>> extractions = views.claims_projection.Extractions(views.filter);
  if (!extractions.ok()) return Fail(extractions.status());
  std::map<std::string, CandidateSeen> candidates;
  for (const SourceClaims& source : *extractions) {
    for (const CandidateActor& candidate : source.extracted.candidates) {
      if (FindActor(views.actors, candidate.name) != nullptr) continue;  // confirmed since
      CitedSpan mention;
      mention.source_id = source.extracted.source_id;
      mention.version = source.extracted.source_version;
      mention.span = candidate.span;
      mention.quote = candidate.name;
      candidates[candidate.name].mentions.push_back(std::move(mention));
    }
  }
  // Each candidate is one name across the story (its fullest form in each source), with its claims.
  for (const ClaimEntry& c : views.claims) {
    if (c.claim.speaker) continue;
    auto it = candidates.find(c.claim.speaker_name);
    if (it != candidates.end()) ++it->second.claims;
  }
  if (context.json) {
    JsonWriter w;
    w.BeginArray();
    for (const auto& [name, seen] : candidates) {
      w.BeginObject().Key("name").String(name).Key("kind").String(CandidateKind(name)).Key("origin").String("extracted")
          .Key("confirmed").Bool(false).Key("claims").Uint(seen.claims).Key("mentions");
      WriteCitationsJson(w, seen.mentions);
      w.EndObject();
    }
    w.EndArray();
    Print("{}\n", w.str());
    return kExitOk;
  }
  for (const auto& [name, seen] : candidates) {
    Print("{}  ({} source{}, {} claim{}{})\n", OneLine(name), seen.mentions.size(), seen.mentions.size() == 1 ? "" : "s",
          seen.claims, seen.claims == 1 ? "" : "s", name == kAnonymousSpeaker ? ", unnamed sources" : ", unconfirmed");
    PrintCitations(seen.mentions, "    ");
  }
  Print("{} candidate actor{}\n", candidates.size(), candidates.size() == 1 ? "" : "s");
  return kExitOk;
}

}  // namespace

int RunActors(Context& context) {
  int exit_code = kExitOk;
  std::unique_ptr<StoryViews> views = LoadViewsOrFail(context, &exit_code);
  if (!views) return exit_code;
  if (context.args.Has("candidates")) return PrintCandidates(context, *views);

  std::map<std::string, size_t> claims_by_speaker;
  for (const ClaimEntry& c : views->claims) {
    if (c.claim.speaker) ++claims_by_speaker[*c.claim.speaker];
  }
  if (context.json) {
    JsonWriter w;
    w.BeginArray();
    for (const Actor& a : views->actors) {
      w.BeginObject().Key("id").String(a.id).Key("name").String(a.name).Key("kind").String(ToString(a.kind))
          .Key("origin").String("curated").Key("aliases").BeginArray();
      for (const std::string& alias : a.aliases) w.String(alias);
      w.EndArray().Key("affiliation").OptionalString(a.affiliation).Key("claims").Uint(claims_by_speaker[a.id]).EndObject();
    }
    w.EndArray();
    Print("{}\n", w.str());
    return kExitOk;
  }
  for (const Actor& a : views->actors) {
    std::string aliases;
    for (const std::string& alias : a.aliases) aliases += (aliases.empty() ? "" : ", ") + OneLine(alias);
    Print("{:<24}  {:<28}  {:<12}  {:>3} claims  {}\n", a.id, OneLine(a.name), ToString(a.kind),
          claims_by_speaker[a.id], aliases);
  }
  Print("{} actor{}\n", views->actors.size(), views->actors.size() == 1 ? "" : "s");
  return kExitOk;
}

}  // namespace dossier::cli
