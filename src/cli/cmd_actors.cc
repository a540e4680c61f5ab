// dossier actors: the gazetteer as recorded with each actor's claims (read in place), or
// (--candidates) the unknown names that extraction found in attribution positions, for a
// researcher to confirm by annotation.
#include <map>
#include <optional>
#include <set>

#include <fmt/format.h>

#include "brief/candidate_names.h"
#include "cli/story_output.h"
#include "project/source_reader.h"

namespace dossier::cli {
namespace {

struct CandidateSeen {
  std::vector<CitedSpan> mentions;  // its first mention in each source
  size_t claims = 0;
  // The other names it was merged from, with how many claims each introduced: a surname or role
  // phrase within a source ("Okafor", "the mayor"), a shorter name in another source.
  std::map<std::string, size_t> merged;
};

// An unnamed source ("a person familiar with the matter") is a speaker of its own kind, not a
// name to confirm.
const char* CandidateKind(std::string_view name) { return name == kAnonymousSpeaker ? "anonymous" : "name"; }

// A pronoun stands for a speaker without naming it: coreference, not a merge of names.
bool IsPronoun(std::string_view written) {
  static const std::set<std::string_view> pronouns = {
      "he", "He", "she", "She", "they", "They", "it", "It", "I", "we", "We", "his", "His", "her", "Her", "their",
      "Their", "him", "them", "ä»", "å¥¹", "ä»ä»¬", "ä»å"};  // 他 她 他们 他們
  return pronouns.count(written) != 0;
}

// What the claims of one name as extraction wrote it (a candidate speaker) add to its candidate:
// how many there are, and the other forms their speaker mentions write, with how many claims each.
struct SpeakerSeen {
  size_t claims = 0;
  std::map<std::string, size_t> written;  // not the name itself, nor a pronoun
};

// Reads one source's newest extraction and claims at the filter's point into `candidates` (its
// first mention of each unknown name) and `speakers` (its claims of candidate speakers, with the
// forms their mentions write, read from its text).
Status CollectSource(const InPlaceReader& reader, const SourcesProjection& sources, ClaimsProjection& claims,
                     const std::string& source_id, std::map<std::string, CandidateSeen>* candidates,
                     std::map<std::string, SpeakerSeen>* speakers) {
  DOSSIER_RETURN_IF_ERROR(claims.LoadSourcesNamedBy({ClaimsProjection::SourceTerm(source_id)}));
  std::vector<SourceClaims> extractions;
  DOSSIER_ASSIGN_OR_RETURN(extractions, claims.Extractions(reader.filter));
  for (const SourceClaims& source : extractions) {
    for (const CandidateActor& candidate : source.extracted.candidates) {
      if (FindActor(reader.actors, candidate.name) != nullptr) continue;  // confirmed since
      CitedSpan mention;
      mention.source_id = source.extracted.source_id;
      mention.version = source.extracted.source_version;
      mention.span = candidate.span;
      mention.quote = candidate.name;
      (*candidates)[candidate.name].mentions.push_back(std::move(mention));
    }
  }
  std::vector<ClaimEntry> entries;
  DOSSIER_ASSIGN_OR_RETURN(entries, claims.Claims(reader.filter));
  std::map<uint64_t, std::string> texts;  // this source's versions the claims cite
  for (const ClaimEntry& c : entries) {
    if (c.claim.speaker) continue;
    SpeakerSeen& seen = (*speakers)[c.claim.speaker_name];
    ++seen.claims;
    auto text = texts.find(c.source_version);
    if (text == texts.end()) {
      SourceSummary summary;
      DOSSIER_ASSIGN_OR_RETURN(summary, sources.Read(c.source_id));
      SourceVersion version;
      DOSSIER_ASSIGN_OR_RETURN(version, ReadSourceVersion(*reader.store, summary, c.source_version));
      text = texts.emplace(c.source_version, std::move(version.text)).first;
    }
    const ByteSpan at = c.claim.speaker_span;
    if (at.end <= at.begin || at.end > text->second.size()) continue;
    const std::string written = text->second.substr(at.begin, at.end - at.begin);
    if (written != c.claim.speaker_name && !IsPronoun(written)) ++seen.written[written];
  }
  return Status::OK();
}

// The candidates across the store: each source's, by its fullest name there, then merged as the
// briefing merges them (MergeCandidateNames: other spellings, titled forms, one-word names into the
// one longer name they are part of); each with its claims and the names
// merged into it (the forms the claims' speaker mentions write, read from the sources' texts).
// Read one source at a time: memory holds the candidates, not the sources.
Result<std::map<std::string, CandidateSeen>> CollectCandidates(const InPlaceReader& reader) {
  SourcesProjection sources;
  DOSSIER_ASSIGN_OR_RETURN(sources, OpenSources(reader.store.get()));
  ClaimsProjection claims;
  DOSSIER_ASSIGN_OR_RETURN(claims, OpenClaims(reader.store.get()));
  std::map<std::string, CandidateSeen> candidates;
  std::map<std::string, SpeakerSeen> speakers;  // by the name as written
  Status collected = Status::OK();
  DOSSIER_RETURN_IF_ERROR(claims.ScanSourceIds([&](const std::string& source_id) {
    collected = CollectSource(reader, sources, claims, source_id, &candidates, &speakers);
    return collected.ok();
  }));
  DOSSIER_RETURN_IF_ERROR(collected);
  std::vector<std::string> names;
  for (const auto& [name, seen] : candidates) {
    if (name != kAnonymousSpeaker) names.push_back(name);
  }
  std::map<std::string, std::string> merged_into;  // a name → the candidate it stands for
  for (const auto& [name, stands_for] : MergeCandidateNames(names, {})) {
    if (stands_for != name && candidates.count(stands_for)) merged_into[name] = stands_for;
  }
  for (const auto& [name, longer] : merged_into) {
    CandidateSeen& into = candidates[longer];
    for (CitedSpan& mention : candidates[name].mentions) into.mentions.push_back(std::move(mention));
    candidates.erase(name);
  }
  // Each claim counts for its candidate; the speaker mention as written, when it is another name.
  for (const auto& [speaker_name, seen] : speakers) {
    auto into = merged_into.find(speaker_name);
    const std::string& name = into != merged_into.end() ? into->second : speaker_name;
    auto it = candidates.find(name);
    if (it == candidates.end()) continue;
    it->second.claims += seen.claims;
    if (into != merged_into.end()) it->second.merged[speaker_name] += seen.claims;
    for (const auto& [written, count] : seen.written) {
      if (written != name) it->second.merged[written] += count;
    }
  }
  return candidates;
}

int PrintCandidates(const Context& context, const InPlaceReader& reader) {
  Result<std::map<std::string, CandidateSeen>> collected = CollectCandidates(reader);
  if (!collected.ok()) return Fail(collected.status());
  const std::map<std::string, CandidateSeen>& candidates = *collected;
  if (context.json) {
    JsonWriter w;
    w.BeginArray();
    for (const auto& [name, seen] : candidates) {
      w.BeginObject().Key("name").String(name).Key("kind").String(CandidateKind(name)).Key("origin").String("extracted")
          .Key("confirmed").Bool(false).Key("claims").Uint(seen.claims).Key("merged").BeginArray();
      for (const auto& [form, claims] : seen.merged) w.BeginObject().Key("name").String(form).Key("claims").Uint(claims).EndObject();
      w.EndArray().Key("mentions");
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
    if (!seen.merged.empty() && name != kAnonymousSpeaker) {
      std::string forms;
      for (const auto& [form, claims] : seen.merged) {
        forms += fmt::format("{}{} ({} claim{})", forms.empty() ? "" : ", ", OneLine(form), claims, claims == 1 ? "" : "s");
      }
      Print("    merged: {}\n", forms);
    }
    PrintCitations(seen.mentions, "    ");
  }
  Print("{} candidate actor{}\n", candidates.size(), candidates.size() == 1 ? "" : "s");
  return kExitOk;
}

// How many claims each actor of `actors` speaks at the filter's point: read in place, from the
// sources of the claims indexed under each actor (as `claims --actor` reads them).
Result<std::map<std::string, size_t>> ClaimsBySpeaker(EventStore* store, const TimeFilter& filter,
                                                      const std::vector<Actor>& actors) {
  ClaimsProjection projection;
  DOSSIER_ASSIGN_OR_RETURN(projection, OpenClaims(store));
  std::map<std::string, size_t> claims_by_speaker;
  for (const Actor& a : actors) {
    std::vector<ClaimEntry> claims;
    DOSSIER_ASSIGN_OR_RETURN(claims, projection.ClaimsOfSourcesNamedBy(filter, {ClaimsProjection::SpeakerTerm(a.id)}));
    size_t& count = claims_by_speaker[a.id];
    for (const ClaimEntry& c : claims) count += c.claim.speaker == a.id ? 1 : 0;
  }
  return claims_by_speaker;
}

}  // namespace

int RunActors(Context& context) {
  int exit_code = kExitOk;
  std::optional<InPlaceReader> reader = OpenInPlaceOrFail(context, &exit_code);
  if (!reader) return exit_code;
  if (context.args.Has("candidates")) return PrintCandidates(context, *reader);
  Result<std::map<std::string, size_t>> counted = ClaimsBySpeaker(reader->store.get(), reader->filter, reader->actors);
  if (!counted.ok()) return Fail(counted.status());
  std::map<std::string, size_t>& claims_by_speaker = *counted;
  const std::vector<Actor>& actors = reader->actors;
  if (context.json) {
    JsonWriter w;
    w.BeginArray();
    for (const Actor& a : actors) {
      w.BeginObject().Key("id").String(a.id).Key("name").String(a.name).Key("kind").String(ToString(a.kind))
          .Key("origin").String("curated").Key("aliases").BeginArray();
      for (const std::string& alias : a.aliases) w.String(alias);
      w.EndArray().Key("affiliation").OptionalString(a.affiliation).Key("claims").Uint(claims_by_speaker[a.id]).EndObject();
    }
    w.EndArray();
    Print("{}\n", w.str());
    return kExitOk;
  }
  for (const Actor& a : actors) {
    std::string aliases;
    for (const std::string& alias : a.aliases) aliases += (aliases.empty() ? "" : ", ") + OneLine(alias);
    Print("{:<24}  {:<28}  {:<12}  {:>3} claims  {}\n", a.id, OneLine(a.name), ToString(a.kind),
          claims_by_speaker[a.id], aliases);
  }
  Print("{} actor{}\n", actors.size(), actors.size() == 1 ? "" : "s");
  return kExitOk;
}

}  // namespace dossier::cli
