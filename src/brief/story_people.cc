#include "brief/story_people.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "extract/reporting_lexicon.h"

namespace dossier {
namespace {

constexpr size_t kQuoteMinBytes = 40, kQuoteMaxBytes = 300;
constexpr size_t kClaimOnlyQuotes = 6;

bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (IsAsciiUpper(c)) c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Whether `word` (capitalised, at the start of a summary) reads as a verb whose subject is the actor.
bool OpensWithVerb(std::string_view word, const NameWords& names) {
  if (word.size() < 2 || !IsAsciiUpper(word[0])) return false;
  if (!std::all_of(word.begin() + 1, word.end(), IsAsciiLower)) return false;
  const std::string lower = AsciiLower(word);
  if (names.count(lower) != 0) return false;
  if (extract::FiniteReportingVerb(lower)) return true;  // "Reports that …", though reports may be a noun
  if (extract::IsCommonCapitalizedWord(lower)) return false;
  if (!EndsWith(lower, "s")) return false;
  for (std::string_view not_verb : {"ss", "us", "is", "ways", "wards", "times"}) {
    if (EndsWith(lower, not_verb)) return false;
  }
  return true;
}

// Whether `text` holds a reference marker of its source's page: "[2]", "\[".
bool HasReferenceMarker(std::string_view text) {
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    if ((text[i] == '[' && IsDigit(text[i + 1])) || (text[i] == '\\' && text[i + 1] == '[')) return true;
  }
  return false;
}

// Whether `text` runs words together as scraped page furniture does ("a mere 7Open source hub"):
// a digit directly before a capitalised word.
bool RunsWordsTogether(std::string_view text) {
  for (size_t i = 0; i + 2 < text.size(); ++i) {
    if (IsDigit(text[i]) && IsAsciiUpper(text[i + 1]) && IsAsciiLower(text[i + 2])) return true;
  }
  return false;
}

// Words after which a quotation is the verb's object as it stands ("explained why …").
bool OpensOwnClause(std::string_view quote) {
  const std::string first = AsciiLower(quote.substr(0, quote.find(' ')));
  for (std::string_view word : {"that", "why", "how", "what", "whether", "if", "when", "where", "who"}) {
    if (first == word) return true;
  }
  return false;
}

bool IsAsciiLetter(char c) { return IsAsciiLower(c) || IsAsciiUpper(c); }

// Whether `word` stands in `text` as a whole word.
bool HasWord(std::string_view text, std::string_view word) {
  for (size_t at = text.find(word); !word.empty() && at != std::string_view::npos; at = text.find(word, at + 1)) {
    const size_t end = at + word.size();
    if ((at == 0 || !IsAsciiLetter(text[at - 1])) && (end == text.size() || !IsAsciiLetter(text[end]))) return true;
  }
  return false;
}

// Whether `text` holds "he says", "she argued", "they said": a pronoun and a reporting verb.
bool ReportsSpeech(std::string_view text) {
  std::string_view previous;
  for (size_t at = 0; at < text.size();) {
    size_t end = at;
    while (end < text.size() && IsAsciiLetter(text[end])) ++end;
    const std::string_view word = text.substr(at, end - at);
    if (!word.empty()) {
      if ((previous == "he" || previous == "she" || previous == "they") && extract::FiniteReportingVerb(AsciiLower(word))) {
        return true;
      }
      previous = word;
    }
    at = end == at ? at + 1 : end;
  }
  return false;
}

bool IsAccordingTo(const std::string& verb) { return AsciiLower(verb) == "according to"; }

// Undated items sort after dated ones.
std::string DateKey(const std::optional<std::string>& date) { return date ? date->substr(0, 10) : "~"; }

// "First appearance on 2026-05-23.", "Consistent since 2026-05-16." or "First appearance on …
// Shifted from against to mixed on 2026-06-01.", with the perspectives it rests on.
std::string DescribeThread(const StanceThread& thread, std::vector<const PerspectiveEntry*>* cited) {
  const PerspectiveEntry& first = thread.perspectives.front();
  cited->push_back(&first);
  const bool consistent = std::all_of(thread.evolution.begin() + 1, thread.evolution.end(),
                                      [](const EvolutionStep& s) { return s.change == StanceChange::kConsistent; });
  if (thread.perspectives.size() > 1 && consistent) return "Consistent since " + first.perspective.date + ".";
  std::string text = "First appearance on " + first.perspective.date + ".";
  for (const EvolutionStep& step : thread.evolution) {
    if (step.change != StanceChange::kShifted && step.change != StanceChange::kReversed) continue;
    const PerspectiveEntry& p = thread.perspectives[step.perspective];
    cited->push_back(&p);
    text += fmt::format(" {} from {} to {} on {}.", step.change == StanceChange::kShifted ? "Shifted" : "Reversed",
                        StanceWords(*step.from), StanceWords(p.perspective.stance), p.perspective.date);
  }
  return text;
}

}  // namespace

std::string StanceWords(Stance stance) {
  std::string words = ToString(stance);
  std::replace(words.begin(), words.end(), '_', ' ');
  return words;
}

std::string ActorName(const StoryViews& views, const std::string& id) {
  const Actor* actor = FindActor(views.actors, id);
  return actor ? actor->name : id;
}

std::vector<StoryActor> StoryActors(const std::string& slug, const StoryViews& views, const BriefLineWriter& writer) {
  std::map<std::string, StoryActor> by_id;
  for (const PerspectiveEntry& p : views.perspectives) {
    if (p.perspective.story == slug) by_id[p.perspective.actor].perspectives.push_back(&p);
  }
  for (const ClaimEntry& c : views.claims) {
    if (c.claim.speaker && !c.retraction && writer.SourceNumber(c.source_id) != 0) {
      by_id[*c.claim.speaker].claims.push_back(&c);
    }
  }
  std::vector<StoryActor> out;
  for (auto& [id, actor] : by_id) {
    actor.id = id;
    actor.name = ActorName(views, id);
    std::stable_sort(actor.perspectives.begin(), actor.perspectives.end(), [](const auto* a, const auto* b) {
      return std::tie(a->perspective.date, a->position) < std::tie(b->perspective.date, b->position);
    });
    using ClaimKey = std::tuple<std::string, int, uint64_t>;  // date, source number, span
    std::vector<std::pair<ClaimKey, const ClaimEntry*>> keyed;
    keyed.reserve(actor.claims.size());
    for (const ClaimEntry* c : actor.claims) {
      keyed.push_back({{DateKey(c->claim.date), writer.SourceNumber(c->source_id), c->claim.span.begin}, c});
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (size_t i = 0; i < keyed.size(); ++i) actor.claims[i] = keyed[i].second;
    std::set<std::string> said;
    actor.claims.erase(std::remove_if(actor.claims.begin(), actor.claims.end(),
                                      [&](const ClaimEntry* c) { return !said.insert(c->claim.text).second; }),
                       actor.claims.end());
    std::string first = "~";
    if (!actor.perspectives.empty()) first = std::min(first, actor.perspectives.front()->perspective.date);
    if (!actor.claims.empty()) first = std::min(first, DateKey(actor.claims.front()->claim.date));
    actor.first_date = first == "~" ? "" : first;
    out.push_back(std::move(actor));
  }
  std::stable_sort(out.begin(), out.end(), [](const StoryActor& a, const StoryActor& b) {
    const std::string ka = a.first_date.empty() ? "~" : a.first_date, kb = b.first_date.empty() ? "~" : b.first_date;
    return std::tie(ka, a.name, a.id) < std::tie(kb, b.name, b.id);
  });
  return out;
}

NameWords GazetteerWords(const std::vector<Actor>& actors) {
  NameWords words;
  auto add = [&](std::string_view name) {
    for (size_t at = 0; at < name.size();) {
      size_t end = name.find(' ', at);
      if (end == std::string_view::npos) end = name.size();
      if (end > at) words.insert(AsciiLower(name.substr(at, end - at)));
      at = end + 1;
    }
  };
  for (const Actor& actor : actors) {
    add(actor.name);
    for (const std::string& alias : actor.aliases) add(alias);
  }
  return words;
}

std::string ProseSubject(const std::string& name, const std::string& summary, const NameWords& names) {
  const size_t space = summary.find(' ');
  if (space == std::string::npos || !OpensWithVerb(std::string_view(summary).substr(0, space), names)) {
    return name + ": " + summary;
  }
  std::string text = name + " " + summary;
  text[name.size() + 1] = static_cast<char>(summary[0] - 'A' + 'a');
  return text;
}

bool QuotableClaim(const ExtractedClaim& claim, const std::string& name, bool according_to) {
  const std::string& q = claim.text;
  if (q.size() < kQuoteMinBytes || q.size() > kQuoteMaxBytes) return false;
  if (q.find_first_of("\r\n") != std::string::npos || HasReferenceMarker(q) || RunsWordsTogether(q)) return false;
  // Words that name their own speaker, or report them ("Smart move, he says, …"), are the writer's
  // account of them, not theirs.
  const std::string_view surname = std::string_view(name).substr(name.rfind(' ') + 1);
  if (HasWord(q, name) || HasWord(q, surname) || ReportsSpeech(q)) return false;
  return extract::FiniteReportingVerb(AsciiLower(claim.verb)).has_value() || (according_to && IsAccordingTo(claim.verb));
}

std::optional<BriefText> ClaimLine(const ClaimEntry& claim, const std::string& name, BriefLineWriter& writer) {
  const ExtractedClaim& c = claim.claim;
  std::string lead = name + ": \"";
  if (IsAccordingTo(c.verb)) {
    lead = "According to " + name + ", \"";
  } else if (auto verb_class = extract::FiniteReportingVerb(AsciiLower(c.verb))) {
    const bool statement = *verb_class == extract::VerbClass::kStatement || *verb_class == extract::VerbClass::kTelling;
    lead = name + " " + AsciiLower(c.verb) + (OpensOwnClause(c.text) ? " \"" : statement ? " that \"" : ": \"");
  }
  std::vector<FigureMark> marks;
  for (const std::string& id : c.figure_ids) {
    const ExtractedFigure* f = writer.Figure(id);
    if (!f || f->figure.span.begin < c.span.begin || f->figure.span.end > c.span.end) continue;
    marks.push_back({lead.size() + f->figure.span.begin - c.span.begin, lead.size() + f->figure.span.end - c.span.begin, id});
  }
  return writer.Line(lead + c.text + "\".", {CiteClaim(claim)}, "extracted", std::move(marks));
}

std::optional<BriefText> PerspectiveLine(const PerspectiveEntry& entry, const std::string& name, const StoryViews& views,
                                         const NameWords& names, BriefLineWriter& writer) {
  return writer.Line(ProseSubject(name, entry.perspective.summary, names),
                     views.resolver->ResolveAll(entry.perspective.citations), "curated");
}

std::vector<std::vector<BriefText>> Narrative(const std::vector<StoryActor>& actors, const StoryViews& views,
                                              const NameWords& names, BriefLineWriter& writer) {
  std::vector<std::vector<BriefText>> paragraphs;
  struct Quoted {
    int source = 0;
    uint64_t begin = 0;
    BriefText line;
  };
  std::vector<Quoted> claims_only;
  for (const StoryActor& actor : actors) {
    std::vector<BriefText> paragraph;
    for (const PerspectiveEntry* p : actor.perspectives) {
      if (auto line = PerspectiveLine(*p, actor.name, views, names, writer)) paragraph.push_back(std::move(*line));
    }
    const bool with_perspectives = !paragraph.empty();
    // The longest quotable claim says the most; the first of equals wins. (An actor's claims are all
    // in listed sources, so its line is made once, for the one chosen.)
    const ClaimEntry* best = nullptr;
    for (const ClaimEntry* c : actor.claims) {
      if (best && c->claim.text.size() <= best->claim.text.size()) continue;
      if (QuotableClaim(c->claim, actor.name, /*according_to=*/!with_perspectives)) best = c;
    }
    std::optional<BriefText> best_line;
    if (best) best_line = ClaimLine(*best, actor.name, writer);
    if (best_line && with_perspectives) {
      paragraph.push_back(std::move(*best_line));
    } else if (best_line) {
      claims_only.push_back({writer.SourceNumber(best->source_id), best->claim.span.begin, std::move(*best_line)});
    }
    if (with_perspectives) paragraphs.push_back(std::move(paragraph));
  }
  std::stable_sort(claims_only.begin(), claims_only.end(), [](const Quoted& a, const Quoted& b) {
    return std::tie(a.source, a.begin) < std::tie(b.source, b.begin);
  });
  if (claims_only.size() > kClaimOnlyQuotes) claims_only.resize(kClaimOnlyQuotes);
  std::vector<BriefText> last;
  for (Quoted& q : claims_only) last.push_back(std::move(q.line));
  if (!last.empty()) paragraphs.push_back(std::move(last));
  return paragraphs;
}

std::unordered_map<uint64_t, StanceShift> StanceShifts(const std::vector<StoryActor>& actors) {
  std::unordered_map<uint64_t, StanceShift> out;
  for (const StoryActor& actor : actors) {
    std::vector<PerspectiveEntry> entries;
    for (const PerspectiveEntry* p : actor.perspectives) entries.push_back(*p);
    for (const StanceThread& thread : StanceThreads(std::move(entries))) {
      for (const EvolutionStep& step : thread.evolution) {
        if ((step.change != StanceChange::kShifted && step.change != StanceChange::kReversed) || !step.from) continue;
        out[thread.perspectives[step.perspective].position] = {step.change, *step.from};
      }
    }
  }
  return out;
}

std::vector<BriefPerspective> Perspectives(const std::vector<StoryActor>& actors, const StoryViews& views,
                                           BriefLineWriter& writer) {
  std::vector<BriefPerspective> out;
  for (const StoryActor& actor : actors) {
    std::vector<PerspectiveEntry> entries;
    for (const PerspectiveEntry* p : actor.perspectives) entries.push_back(*p);
    const std::vector<StanceThread> threads = StanceThreads(std::move(entries));
    BriefPerspective brief;
    brief.actor_id = actor.id;
    brief.name = actor.name;
    std::vector<std::string> described;
    std::vector<const PerspectiveEntry*> cited_entries;
    std::map<uint64_t, std::string> change_at;  // perspective position → its change
    for (const StanceThread& thread : threads) {
      std::vector<const PerspectiveEntry*> cited;
      const std::string text = DescribeThread(thread, &cited);
      bool listed = false;
      for (const PerspectiveEntry* p : cited) {
        for (const CitedSpan& c : views.resolver->ResolveAll(p->perspective.citations)) {
          listed = listed || (c.found && writer.SourceNumber(c.source_id) != 0);
        }
      }
      if (!listed) continue;
      described.push_back(threads.size() > 1 ? thread.topic + ": " + text : text);
      cited_entries.insert(cited_entries.end(), cited.begin(), cited.end());
      for (const EvolutionStep& step : thread.evolution) {
        change_at[thread.perspectives[step.perspective].position] = ToString(step.change);
      }
    }
    for (const PerspectiveEntry* p : actor.perspectives) {
      std::optional<BriefText> summary = writer.Line(p->perspective.summary,
                                                     views.resolver->ResolveAll(p->perspective.citations), "curated");
      if (!summary) continue;
      brief.summary = *summary;  // the latest listed one wins
      brief.points.push_back({p->perspective.date, p->perspective.topic, ToString(p->perspective.stance),
                              change_at[p->position], std::move(*summary)});
    }
    if (brief.points.empty()) continue;
    std::string evolution;
    for (const std::string& d : described) evolution += (evolution.empty() ? "" : " ") + d;
    std::vector<CitedSpan> evolution_citations;
    for (const PerspectiveEntry* p : cited_entries) {
      for (CitedSpan& c : views.resolver->ResolveAll(p->perspective.citations)) evolution_citations.push_back(std::move(c));
    }
    if (auto line = writer.Line(evolution, evolution_citations, "curated")) brief.evolution = std::move(*line);
    out.push_back(std::move(brief));
  }
  return out;
}

}  // namespace dossier
