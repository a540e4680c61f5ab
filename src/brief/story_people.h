// The people of a story as a briefing shows them: each actor with perspectives on the story or
// claims in its listed sources, their lines (claims as `Name argues that "claimed words".`,
// perspectives as `Name points out that …`), and their stance evolution in words.
#pragma once

#include <algorithm>
#include <functional>
#include <map>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "brief/line_writer.h"
#include "project/story_views.h"

namespace dossier {

struct StoryActor {
  std::string id;    // the actor id; for a candidate, NameSlug of its name
  std::string name;
  bool confirmed = true;  // false: a candidate speaker, a name extraction found quoting that no actor has
  std::string first_date;                         // of their first perspective or dated claim; "" if none
  std::vector<const PerspectiveEntry*> perspectives;  // of the story, by date then log position
  std::vector<const ClaimEntry*> claims;          // in listed sources, by date, source, span; no repeated text
  size_t sources_quoting = 0;  // how many listed sources their claims come from
  size_t figures = 0;          // how many figures their claims state

  // How lines name them: the name, and "(unconfirmed)" after a candidate's.
  std::string Label() const { return confirmed ? name : name + " (unconfirmed)"; }
  // Salience: how many sources quote them, then how many claims and figures.
  std::tuple<size_t, size_t, size_t> Salience() const { return {sources_quoting, claims.size(), figures}; }
};

// The actors of story `slug`, by first date (undated last), then name: the gazetteer's actors with
// perspectives or claims, and the candidate speakers of claims (their names merged as
// MergeCandidateNames does; a name the gazetteer now knows counts as that actor's; a candidate's
// claim whose speaker is named in another sentence (carried over through a pronoun) is left out).
std::vector<StoryActor> StoryActors(const std::string& slug, const StoryViews& views, const BriefLineWriter& writer);
// The same with `source_number` numbering the listed sources (0: not listed).
std::vector<StoryActor> StoryActors(const std::string& slug, const StoryViews& views,
                                    const std::function<int(const std::string&)>& source_number);

// "mark-cuban" for "Mark Cuban": ASCII letters and digits lowercased, accents dropped ("pedro-sanchez"
// for "Pedro Sánchez"), anything else a dash between words, at most 48 bytes; for a name with no ASCII letter or digit, "speaker-" and 8 hex digits of
// its SHA-256.
std::string NameSlug(std::string_view name);


// The most salient of `actors` (StoryActor::Salience), at most `count`, balanced across sources:
// each pick prefers an actor whose `source_of` (the source of the line they would get, "" for none)
// no earlier pick used. Actors for whom `source_of` is "" are skipped.
template <typename SourceOf>
std::vector<const StoryActor*> SalientActors(const std::vector<StoryActor>& actors, size_t count, SourceOf source_of);

// The bytes of a connective opening a claim's words ("However, ", "But "), which ties the source's
// sentence to the one before it and reads wrong inside a sentence of ours; 0 when none does.
size_t ConnectiveLength(std::string_view words);

// Whether `words` end a sentence inside a quotation they close (`… to provide the doses.”`): a
// sentence of ours around them needs no stop of its own after the mark.
bool EndsWithQuotedStop(std::string_view words);

// "strongly against" for Stance::kStronglyAgainst.
std::string StanceWords(Stance stance);

// An actor's name from the gazetteer, else the id as written.
std::string ActorName(const StoryViews& views, const std::string& id);

// The words of the gazetteer's names and aliases, lowercase: a summary opening with one of them
// opens with a name, not a verb.
using NameWords = std::unordered_set<std::string>;
NameWords GazetteerWords(const std::vector<Actor>& actors);

// Whether a claim's verb is a Han reporting verb (说, 表示, 指出…), which a line words as "said".
bool IsHanReportingVerb(const std::string& verb);

// The claim's reporting verb as a sentence of ours uses it, lowercase: a telling verb whose object
// the claim leaves out ("told residents that …") becomes "said" (or "says"); one whose words begin
// with the ones told (`verb_before_words`: "urged consumers to shop around") stays as it is.
std::string ReportedVerb(const std::string& verb, bool verb_before_words);

// Whether `text` writes "the" before `name` where the name ends its noun phrase ("the Texas
// Department of State Health Services said", "the BBC's"), as a line naming that speaker should
// too; not where the name only modifies a noun ("the Bloomberg op-ed argues") or opens a longer name.
bool WritesTheBefore(std::string_view text, std::string_view name);

// Whether the sources quote a claim's words: quotation marks around its span in the listed text.
class QuotationReader {
 public:
  // REQUIRES: both outlive the reader.
  QuotationReader(const std::vector<BriefSource>& sources, const EventStore& store);
  // False too when the text cannot be read.
  bool Quoted(const ClaimEntry& claim);
  // Whether the source writes "that" just before the claimed words ("argues that …").
  bool ThatBefore(const ClaimEntry& claim);
  // Whether the source writes the claim's verb just before the claimed words ("urged consumers to …").
  bool VerbBefore(const ClaimEntry& claim);
  // Who reports the claim: "as CNBC reports it" (its source's outlet), else "as reported".
  std::string Reporter(const ClaimEntry& claim) const;
  // How the source names the claim's speaker, as written at its speaker span ("Mendes", "he").
  std::string NamedAs(const ClaimEntry& claim);
  // The bytes of `words`' first word and the space or comma after it when the word is capitalised
  // only because it opened the source's sentence, as reported speech writes it in lowercase: a
  // function word ("said the operators agreed", "according to X, as of Friday", "holds that despite
  // …") or a word the source also writes in lowercase ("measles"); 0 for any other word, which may
  // be a name.
  size_t LowercaseOpener(const ClaimEntry& claim, std::string_view words);
  // WritesTheBefore in the claim's listed text, for its speaker's name.
  bool WritesTheBefore(const ClaimEntry& claim);

 private:
  const std::string& Text(const ClaimEntry& claim);  // its listed text, "" when unreadable

  const std::vector<BriefSource>& sources_;
  const EventStore& store_;
  std::map<std::string, std::string> texts_;  // source id → listed text, read once
};

// The claim as a grammatical sentence, marking its own figures. Words the source quotes stay in
// quotation marks: `Name argues that "claimed words".` for a statement or telling verb the source
// follows with "that", `Name asked: "…".` for other finite reporting verbs of the lexicon, `According to Name, "…".`, else
// `In Name's words, "…".`. A paraphrase is reported speech, never put in quotation marks:
// `Name, as CNBC reports it, argues that claimed words.`, `Name, as reported, challenges claimed
// words.`, `Name, as reported, asked: question words?`, `According to Name, as reported, claimed words.`. `label` names the speaker (StoryActor::Label). Nullopt if its source is not listed.
std::optional<BriefText> ClaimLine(const ClaimEntry& claim, const std::string& label, QuotationReader& quotes,
                                   BriefLineWriter& writer);

// The summary with the actor as its subject, cited: `Name points out that …` when the summary opens
// with a verb (see ProseSubject), else `Name: summary`.
std::optional<BriefText> PerspectiveLine(const PerspectiveEntry& entry, const std::string& name, const StoryViews& views,
                                         const NameWords& names, BriefLineWriter& writer);
// "Chamath Palihapitiya points out that …" for ("Chamath Palihapitiya", "Points out that …"): the
// first word is taken for a verb, and lowercased, when it is capitalised plain ASCII letters and
// either a finite reporting verb of the lexicon ("Argued", "Reports") or, failing that, a
// third-person -s form (not -ss, -us, -is, -ways, -wards, -times) or a past tense ("Took", a word of
// five letters or more in -ed but not -eed: "Lobbied") that is no common sentence opener of the
// lexicon ("This", "Analysts"); never a word of the gazetteer's names ("Sachs"). Otherwise
// `Name: summary`.
std::string ProseSubject(const std::string& name, const std::string& summary, const NameWords& names);

// Narrative: a paragraph per actor with listed perspectives, in actor order: each perspective as
// prose, then at most one quotation (their longest QuotableClaim that no perspective of theirs
// already cites, the first of equals); then one
// paragraph of the actors with only claims, one quotation each (according-to counts too), by source
// number and position, at most six.
std::vector<std::vector<BriefText>> Narrative(const std::vector<StoryActor>& actors, const StoryViews& views,
                                              const NameWords& names, QuotationReader& quotes, BriefLineWriter& writer);

// Whether `claim` says what one of `quoted` (claims' texts a briefing section shows) said already
// (QuoteTheSameStatement): outlets quote one statement with a word changed.
bool SaidAlready(const ClaimEntry& claim, const std::vector<std::string_view>& quoted);

// The actor's longest QuotableClaim (according-to counts when `according_to`), the first of equals,
// leaving out those `skip` names and those stating a number no figure `writer` lists backs (their
// line would fail `brief check`).
const ClaimEntry* BestClaim(const StoryActor& actor, bool according_to, const BriefLineWriter& writer,
                            const std::function<bool(const ClaimEntry&)>& skip = nullptr);

// Whether a claim of the actor `name` reads as a quotation in prose: a finite reporting verb of the
// lexicon (or "according to" when `according_to`); 40–300 bytes on one line, no semicolon (a second
// clause, often another speaker's), not a question; no reference marker
// ("[2]", "\["), no words run together ("7Open"); not naming its speaker (full name or surname)
// nor reporting speech itself ("he says", ", CNBC reported"): those are the writer's paraphrase.
bool QuotableClaim(const ExtractedClaim& claim, const std::string& name, bool according_to);

// The stance change each perspective made on its topic (by log position): shifted or reversed, from
// what. Perspectives that made none are not in it.
struct StanceShift {
  StanceChange change = StanceChange::kShifted;
  Stance from = Stance::kNeutral;
};
std::unordered_map<uint64_t, StanceShift> StanceShifts(const std::vector<StoryActor>& actors);

// Each actor with a perspective: the latest, the evolution of each topic, and the points by date.
std::vector<BriefPerspective> Perspectives(const std::vector<StoryActor>& actors, const StoryViews& views,
                                           BriefLineWriter& writer);

template <typename SourceOf>
std::vector<const StoryActor*> SalientActors(const std::vector<StoryActor>& actors, size_t count, SourceOf source_of) {
  std::vector<std::pair<const StoryActor*, std::string>> ranked;
  for (const StoryActor& a : actors) {
    std::string source = source_of(a);
    if (!source.empty()) ranked.emplace_back(&a, std::move(source));
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.first->Salience() > b.first->Salience(); });
  std::vector<const StoryActor*> out;
  std::vector<std::string> used;
  while (out.size() < count && !ranked.empty()) {
    auto pick = std::find_if(ranked.begin(), ranked.end(), [&](const auto& r) {
      return std::find(used.begin(), used.end(), r.second) == used.end();
    });
    if (pick == ranked.end()) pick = ranked.begin();  // every source used: the most salient left
    out.push_back(pick->first);
    used.push_back(pick->second);
    ranked.erase(pick);
  }
  return out;
}

}  // namespace dossier
