#include "brief/story_people.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "brief/candidate_names.h"
#include "brief/quotation_marks.h"
#include "brief/same_thing.h"
#include "extract/reporting_lexicon.h"
#include "extract/text_bytes.h"
#include "util/sha256.h"

namespace dossier {
namespace {

constexpr size_t kQuoteMinBytes = 40, kQuoteMaxBytes = 300;
constexpr size_t kClaimOnlyQuotes = 6;

// "raised", "warned": a word of five letters or more in -ed, not -eed ("feed") nor hyphenated ("op-ed").
bool PastTense(std::string_view lower_word) {
  return lower_word.size() >= 5 && extract::EndsWith(lower_word, "ed") && !extract::EndsWith(lower_word, "eed") &&
         lower_word.find('-') == std::string_view::npos;
}

// Whether `word` (capitalised, at the start of a summary) reads as a verb whose subject is the actor.
bool OpensWithVerb(std::string_view word, const NameWords& names) {
  if (word.size() < 2 || !extract::IsUpper(word[0])) return false;
  if (!std::all_of(word.begin() + 1, word.end(), extract::IsLower)) return false;
  const std::string lower = extract::Lowercase(word);
  if (names.count(lower) != 0) return false;
  if (extract::FiniteReportingVerb(lower)) return true;  // "Reports that …", though reports may be a noun
  if (extract::IsCommonCapitalizedWord(lower)) return false;
  // A past tense: "Took a price of …", "Lobbied for …".
  for (std::string_view past : {"took", "gave", "made", "said", "saw", "held", "kept", "found", "told", "wrote",
                                "put", "set", "got", "sold", "built", "spent", "drew", "chose", "led", "began"}) {
    if (lower == past) return true;
  }
  if (PastTense(lower)) return true;
  if (!extract::EndsWith(lower, "s")) return false;
  for (std::string_view not_verb : {"ss", "us", "is", "ways", "wards", "times"}) {
    if (extract::EndsWith(lower, not_verb)) return false;
  }
  return true;
}

// Whether `text` holds a reference marker of its source's page: "[2]", "\[".
bool HasReferenceMarker(std::string_view text) {
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    if ((text[i] == '[' && extract::IsDigit(text[i + 1])) || (text[i] == '\\' && text[i + 1] == '[')) return true;
  }
  return false;
}

// Whether `text` runs words together as scraped page furniture does ("a mere 7Open source hub"):
// a digit directly before a capitalised word.
bool RunsWordsTogether(std::string_view text) {
  for (size_t i = 0; i + 2 < text.size(); ++i) {
    if (extract::IsDigit(text[i]) && extract::IsUpper(text[i + 1]) && extract::IsLower(text[i + 2])) return true;
    // "how they play.In the league": a sentence run into the next.
    if (extract::IsLower(text[i]) && text[i + 1] == '.' && extract::IsUpper(text[i + 2])) return true;
  }
  return false;
}

// Whether every quotation opened inside `text` closes there too (a straight mark opens one only
// before a letter or digit).
bool Balanced(std::string_view text) {
  bool straight_open = false;
  int curly_open = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '"') {
      const bool before_word = i + 1 < text.size() && (extract::IsAsciiLetter(text[i + 1]) || extract::IsDigit(text[i + 1]));
      straight_open = straight_open ? false : before_word;
    } else if (text.compare(i, 3, "\xE2\x80\x9C") == 0) {
      ++curly_open;
    } else if (text.compare(i, 3, "\xE2\x80\x9D") == 0 && curly_open > 0) {
      --curly_open;
    }
  }
  return !straight_open && curly_open == 0;
}

// Whether the quotations of `text` are Balanced as they stand ("the result was “the best night”")
// or besides one the span opens or closes on (the source's own marks around it): `noted that "both
// fell short` would print a quotation never closed.
bool QuotationsClose(std::string_view text) {
  if (Balanced(text)) return true;
  for (std::string_view open : {"\"", "\xE2\x80\x9C"}) {
    if (text.substr(0, open.size()) == open) text.remove_prefix(open.size());
  }
  for (std::string_view close : {"\"", "\xE2\x80\x9D"}) {
    if (extract::EndsWith(text, close)) text.remove_suffix(close.size());
  }
  return Balanced(text);
}

// Words after which a quotation is the verb's object as it stands ("explained why …").
bool OpensOwnClause(std::string_view quote) {
  const std::string first = extract::Lowercase(quote.substr(0, quote.find(' ')));
  for (std::string_view word : {"that", "why", "how", "what", "whether", "if", "when", "where", "who"}) {
    if (first == word) return true;
  }
  return false;
}

// Whether `text` holds "he says", "she argued", "they said": a pronoun and a reporting verb.
bool ReportsSpeech(std::string_view text) {
  std::string_view previous;
  for (size_t at = 0; at < text.size();) {
    size_t end = at;
    while (end < text.size() && extract::IsAsciiLetter(text[end])) ++end;
    const std::string_view word = text.substr(at, end - at);
    if (!word.empty()) {
      if ((previous == "he" || previous == "she" || previous == "they") && extract::FiniteReportingVerb(extract::Lowercase(word))) {
        return true;
      }
      previous = word;
    }
    at = end == at ? at + 1 : end;
  }
  return false;
}

// Whether `text` ends with an attribution of its own: ", CNBC reported", ", Amazon said.".
bool EndsWithAttribution(std::string_view text) {
  while (!text.empty() && (text.back() == '.' || text.back() == ' ' || text.back() == '"')) text.remove_suffix(1);
  const size_t comma = text.rfind(',');
  if (comma == std::string_view::npos) return false;
  std::vector<std::string_view> words;
  for (size_t at = comma + 1; at < text.size();) {
    while (at < text.size() && text[at] == ' ') ++at;
    size_t end = at;
    while (end < text.size() && text[end] != ' ') ++end;
    if (end > at) words.push_back(text.substr(at, end - at));
    at = end;
  }
  if (words.size() < 2 || words.size() > 4 || !extract::FiniteReportingVerb(extract::Lowercase(words.back()))) return false;
  return std::all_of(words.begin(), words.end() - 1, [](std::string_view w) { return extract::IsUpper(w[0]); });
}

bool IsAccordingTo(const std::string& verb) { return extract::Lowercase(verb) == "according to"; }

// A claim with no verb of English that its speaker said: a transcript's label (`Dyche: "…"`), a
// quotation carried on from the one its tag followed, or a Han reporting verb (说, 表示).
bool SaidWithoutVerb(const std::string& verb) { return verb == ":" || verb == "\"" || IsHanReportingVerb(verb); }

// `text` without a closing full stop or comma, for a sentence of our own around it.
std::string_view WithoutFinalStop(std::string_view text) {
  while (!text.empty() && (text.back() == '.' || text.back() == ',' || text.back() == ' ')) text.remove_suffix(1);
  return text;
}

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

// Whether a candidate speaker's name holds a weekday: a time phrase read for a name ("Late Sunday,
// Mexico's National Electoral Institute announced …" had made "Late Sunday" a speaker beside the
// institute). (Months are not: "May" is a surname.)
bool NamesADay(std::string_view name) {
  for (std::string_view day : {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}) {
    const size_t at = name.find(day);
    if (at != std::string_view::npos && (at == 0 || name[at - 1] == ' ') &&
        (at + day.size() == name.size() || name[at + day.size()] == ' ')) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool EndsWithQuotedStop(std::string_view words) {
  for (std::string_view close : {"\"", "\xE2\x80\x9D"}) {
    if (!extract::EndsWith(words, close)) continue;
    const std::string_view before = words.substr(0, words.size() - close.size());
    return !before.empty() && (before.back() == '.' || before.back() == '!' || before.back() == '?');
  }
  return false;
}

size_t ConnectiveLength(std::string_view words) {
  for (std::string_view connective : {"However, ", "But ", "Still, ", "Yet ", "And ", "Meanwhile, ", "Moreover, ",
                                      "Also, ", "Nevertheless, ", "Indeed, ", "Instead, "}) {
    if (words.size() > connective.size() && words.substr(0, connective.size()) == connective) return connective.size();
  }
  return 0;
}

std::string StanceWords(Stance stance) {
  std::string words = ToString(stance);
  std::replace(words.begin(), words.end(), '_', ' ');
  return words;
}

std::string ActorName(const StoryViews& views, const std::string& id) {
  const Actor* actor = FindActor(views.actors, id);
  return actor ? actor->name : id;
}

std::string NameSlug(std::string_view name) {
  constexpr size_t kLongest = 48;
  std::string out;
  bool dash = false;
  for (char c : NameKey(name)) {  // "Óscar Puente" as "oscar puente", not "scar-puente"
    if (extract::IsAsciiLetter(c) || extract::IsDigit(c)) {
      const bool new_word = dash && !out.empty();
      if (out.size() + (new_word ? 2 : 1) > kLongest) {  // whole words only: not "…-exporting-countrie"
        if (!new_word && out.rfind('-') != std::string::npos) out.resize(out.rfind('-'));
        break;
      }
      if (new_word) out += '-';
      out += extract::IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
      dash = false;
    } else {
      dash = true;
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  // A name in another script ("馬克·庫班") gets an id of its own all the same.
  return out.empty() ? "speaker-" + Sha256Hex(name).substr(0, 8) : out;
}

std::vector<StoryActor> StoryActors(const std::string& slug, const StoryViews& views, const BriefLineWriter& writer) {
  return StoryActors(slug, views, [&](const std::string& source_id) { return writer.SourceNumber(source_id); });
}

std::vector<StoryActor> StoryActors(const std::string& slug, const StoryViews& views,
                                    const std::function<int(const std::string&)>& source_number) {
  std::map<std::string, StoryActor> by_id;
  for (const PerspectiveEntry& p : views.perspectives) {
    if (p.perspective.story == slug) by_id[p.perspective.actor].perspectives.push_back(&p);
  }
  std::vector<std::string> candidate_names;
  for (const ClaimEntry& c : views.claims) {
    if (!c.claim.speaker && source_number(c.source_id) != 0) candidate_names.push_back(c.claim.speaker_name);
  }
  const std::map<std::string, std::string> merged = MergeCandidateNames(candidate_names, views.actors);
  std::map<std::string, std::string> candidates;  // id → name, of the speakers no actor is
  for (const ClaimEntry& c : views.claims) {
    if (c.retraction || source_number(c.source_id) == 0 || (!c.claim.speaker && NamesADay(c.claim.speaker_name))) continue;
    // A candidate's claim read through a pronoun ("He acknowledges …") was carried over from an
    // earlier sentence's name, which for a name no actor has is too often the wrong person. A name
    // after the sentence is its tag (“……。”林海说。), which closes the quotation's sentence in Chinese.
    if (!c.claim.speaker && c.claim.speaker_span.begin < c.claim.sentence.begin) continue;
    std::string id;
    if (c.claim.speaker) {
      id = *c.claim.speaker;
    } else {
      const std::string& name = merged.at(c.claim.speaker_name);
      if (const Actor* actor = FindActor(views.actors, name)) {  // confirmed since it was extracted
        id = actor->id;
      } else {
        id = NameSlug(name);
        candidates.emplace(id, name);
      }
    }
    by_id[id].claims.push_back(&c);
  }
  std::vector<StoryActor> out;
  for (auto& [id, actor] : by_id) {
    actor.id = id;
    const bool known = FindActor(views.actors, id) != nullptr;
    auto candidate = candidates.find(id);
    actor.confirmed = known || candidate == candidates.end();
    actor.name = actor.confirmed ? ActorName(views, id) : candidate->second;
    std::set<std::string> quoting;
    for (const ClaimEntry* c : actor.claims) {
      quoting.insert(c->source_id);
      actor.figures += c->claim.figure_ids.size();
    }
    actor.sources_quoting = quoting.size();
    std::stable_sort(actor.perspectives.begin(), actor.perspectives.end(), [](const auto* a, const auto* b) {
      return std::tie(a->perspective.date, a->position) < std::tie(b->perspective.date, b->position);
    });
    using ClaimKey = std::tuple<std::string, int, uint64_t>;  // date, source number, span
    std::vector<std::pair<ClaimKey, const ClaimEntry*>> keyed;
    keyed.reserve(actor.claims.size());
    for (const ClaimEntry* c : actor.claims) {
      keyed.push_back({{DateKey(c->claim.date), source_number(c->source_id), c->claim.span.begin}, c});
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
      if (end > at) words.insert(extract::Lowercase(name.substr(at, end - at)));
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
  std::string_view first = std::string_view(summary).substr(0, space);
  if (!first.empty() && (first.back() == ':' || first.back() == ',')) first.remove_suffix(1);  // `Said: "…"`
  if (space == std::string::npos || !OpensWithVerb(first, names)) {
    return name + ": " + summary;
  }
  std::string text = name + " " + summary;
  text[name.size() + 1] = static_cast<char>(summary[0] - 'A' + 'a');
  return text;
}

bool QuotableClaim(const ExtractedClaim& claim, const std::string& name, bool according_to) {
  const std::string& q = claim.text;
  if (q.size() < kQuoteMinBytes || q.size() > kQuoteMaxBytes) return false;
  if (q.find_first_of("\r\n;") != std::string::npos || HasReferenceMarker(q) || RunsWordsTogether(q) ||
      !QuotationsClose(q)) {
    return false;
  }
  if (WithoutFinalStop(q).back() == '?') return false;  // a question asked, not a claim made
  // Words that name their own speaker, or report them ("Smart move, he says, …"), are the writer's
  // account of them, not theirs.
  const std::string_view surname = std::string_view(name).substr(name.rfind(' ') + 1);
  if (extract::HasWholeWord(q, name) || extract::HasWholeWord(q, surname) || ReportsSpeech(q) || EndsWithAttribution(q)) return false;
  return extract::FiniteReportingVerb(extract::Lowercase(claim.verb)).has_value() || SaidWithoutVerb(claim.verb) ||
         (according_to && IsAccordingTo(claim.verb));
}

bool IsHanReportingVerb(const std::string& verb) {
  return !verb.empty() && extract::HanReportingVerbAt(verb, 0) == verb.size();
}

std::string ReportedVerb(const std::string& verb, bool verb_before_words) {
  const std::string lower = extract::Lowercase(verb);
  if (verb_before_words || extract::FiniteReportingVerb(lower) != extract::VerbClass::kTelling) return lower;
  return extract::EndsWith(lower, "s") ? "says" : "said";
}

bool WritesTheBefore(std::string_view text, std::string_view name) {
  if (name.empty()) return false;
  for (size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
    if (at < 4 || text[at - 1] != ' ' || extract::Lowercase(text.substr(at - 4, 3)) != "the" ||
        (at > 4 && extract::IsAsciiLetter(text[at - 5]))) {
      continue;
    }
    // "the" goes with the name only where the name ends its noun phrase: "the BBC said", "the
    // National Grid's", not "the Bloomberg op-ed argues" or "the National Grid ESO".
    size_t after = at + name.size();
    if (after < text.size() && extract::IsAsciiLetter(text[after])) continue;  // a longer word
    if (after + 1 >= text.size() || text[after] != ' ') return true;           // punctuation or the end
    ++after;
    if (text[after] == '(') return true;  // its acronym in brackets: "the World Health Organisation (WHO) said"
    size_t end = after;
    while (end < text.size() && (extract::IsAsciiLetter(text[end]) || text[end] == '-')) ++end;
    const std::string next = extract::Lowercase(text.substr(after, end - after));
    if (next.empty() || extract::IsUpper(text[after])) continue;
    if (extract::FiniteReportingVerb(next) || extract::IsAuxiliaryOrAdverb(next) || extract::IsFormOfBe(next) ||
        extract::IsPreposition(next) || extract::OpensClause(next) || next == "and" || next == "or" ||
        PastTense(next)) {
      return true;
    }
  }
  return false;
}

QuotationReader::QuotationReader(const std::vector<BriefSource>& sources, const EventStore& store)
    : sources_(sources), store_(store) {}

const std::string& QuotationReader::Text(const ClaimEntry& claim) {
  auto text = texts_.find(claim.source_id);
  if (text == texts_.end()) {
    std::string read;
    for (const BriefSource& s : sources_) {
      if (s.source_id != claim.source_id || s.version != claim.source_version) continue;
      Result<std::string> blob = store_.GetBlob(s.text_sha256);
      if (blob.ok()) read = std::move(*blob);
    }
    text = texts_.emplace(claim.source_id, std::move(read)).first;
  }
  return text->second;
}

bool QuotationReader::Quoted(const ClaimEntry& claim) { return Enclosed(Text(claim), claim.claim.span); }

bool QuotationReader::ThatBefore(const ClaimEntry& claim) {
  const std::string& text = Text(claim);
  size_t at = std::min<size_t>(claim.claim.span.begin, text.size());
  while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == ',' || text[at - 1] == '"')) --at;
  if (at >= 3 && text.compare(at - 3, 3, "\xE2\x80\x9C") == 0) at -= 3;  // an opening curly quotation mark
  while (at > 0 && text[at - 1] == ' ') --at;
  return at >= 4 && extract::Lowercase(std::string_view(text).substr(at - 4, 4)) == "that" &&
         (at == 4 || !extract::IsAsciiLetter(text[at - 5]));
}

bool QuotationReader::VerbBefore(const ClaimEntry& claim) {
  const std::string& text = Text(claim);
  const std::string& verb = claim.claim.verb;
  size_t at = std::min<size_t>(claim.claim.span.begin, text.size());
  while (at > 0 && text[at - 1] == ' ') --at;
  return !verb.empty() && at >= verb.size() &&
         extract::Lowercase(std::string_view(text).substr(at - verb.size(), verb.size())) == extract::Lowercase(verb) &&
         (at == verb.size() || !extract::IsAsciiLetter(text[at - verb.size() - 1]));
}

bool QuotationReader::WritesTheBefore(const ClaimEntry& claim) {
  return dossier::WritesTheBefore(Text(claim), claim.claim.speaker_name);
}

size_t QuotationReader::LowercaseOpener(const ClaimEntry& claim, std::string_view words) {
  const std::string_view first = words.substr(0, words.find_first_of(" ,"));
  if (first.size() == words.size() || first.empty() || !extract::IsUpper(first[0])) return 0;
  for (std::string_view word : {"The", "A", "An", "This", "That", "These", "Those", "It", "Its", "His", "Her", "Their", "There", "Former",
                                "Some", "Many", "Most", "Several", "All", "No", "Each", "Every", "Both", "Such",
                                "As", "In", "On", "At", "By", "For", "Of", "With", "After", "Before", "Since",
                                "During", "Over", "Under", "From", "If", "When", "While", "Although",
                                // "About 64 per cent of the members voted …": a figure's hedge
                                "About", "Around", "Nearly", "Almost", "Roughly", "Approximately", "More",
                                "Fewer", "Less", "Only", "Just",
                                // "Despite high inflation, prices …": a subordinate clause's opener
                                "Despite", "Though", "Because", "Unless", "Until", "Once", "Amid", "Given", "Without"}) {
    if (first == word) return first.size() + 1;
  }
  // "Measles cases rose", "Day-ahead prices": a word the source also writes in lowercase is no name.
  if (first.size() < 2 || !std::all_of(first.begin() + 1, first.end(), [](char c) { return extract::IsLower(c) || c == '-'; })) {
    return 0;
  }
  std::string lower(first);
  lower[0] = extract::ToLowerAscii(lower[0]);
  return extract::HasWholeWord(Text(claim), lower) ? first.size() + 1 : 0;
}

std::string QuotationReader::NamedAs(const ClaimEntry& claim) {
  // Not speaker_name: that is the fullest name the source gives ("Rui Mendes" for "Mendes said").
  const std::string& text = Text(claim);
  const ByteSpan span = claim.claim.speaker_span;
  if (span.begin > span.end || span.end > text.size()) return std::string();
  return text.substr(span.begin, span.end - span.begin);
}

std::string QuotationReader::Reporter(const ClaimEntry& claim) const {
  for (const BriefSource& s : sources_) {
    if (s.source_id == claim.source_id && s.outlet) return "as " + *s.outlet + " reports it";
  }
  return "as reported";
}

namespace {

// Whether a name is a public body's by its noun, which English names with "the": the noun last
// ("the Supreme Electoral Board", "the European Commission") or first before "of" ("the Ministry of
// Health"); a company's name is not ("Harbor Power Group").
bool NamesPublicBody(std::string_view name) {
  const std::string_view last = name.substr(name.rfind(' ') + 1);
  const size_t space = name.find(' ');
  const std::string_view first = name.substr(0, space);
  const bool first_of = space != std::string_view::npos && name.compare(space, 4, " of ") == 0;
  for (std::string_view noun : {"Board", "Commission", "Council", "Committee", "Ministry", "Department", "Agency",
                                "Office", "Bureau", "Authority", "Court", "Tribunal", "Reserve", "Treasury", "Service",
                                "Services", "Administration", "Directorate", "Inspectorate", "Federation",
                                "Association", "Union", "Institute", "Party", "Police", "Organisation", "Organization"}) {
    if (last == noun || (first_of && first == noun)) return true;
  }
  return false;
}

// The surname of a confirmed person named by two plain words ("Nsanzimana" of "Sabin Nsanzimana"),
// for the later lines of their paragraph, when a source names them by it alone ("Nsanzimana said"):
// a two-word organisation proposed as a person ("Cornwall Insight") is never "Insight". Nullopt for
// an organisation, a candidate, or a name whose surname is not plainly its last word.
std::optional<std::string> SurnameOf(const StoryActor& actor, const StoryViews& views, QuotationReader& quotes) {
  const Actor* known = actor.confirmed ? FindActor(views.actors, actor.id) : nullptr;
  if (!known || known->kind != ActorKind::kPerson) return std::nullopt;
  const size_t space = actor.name.find(' ');
  if (space == std::string::npos || actor.name.find(' ', space + 1) != std::string::npos) return std::nullopt;
  const std::string_view given = std::string_view(actor.name).substr(0, space);
  const std::string_view surname = std::string_view(actor.name).substr(space + 1);
  auto plain = [](std::string_view word) {
    return word.size() >= 2 && extract::IsUpper(word[0]) &&
           std::all_of(word.begin() + 1, word.end(), [](char c) { return extract::IsAsciiLetter(c) || c == '-'; });
  };
  if (!plain(given) || !plain(surname)) return std::nullopt;
  const bool named_so = std::any_of(actor.claims.begin(), actor.claims.end(),
                                    [&](const ClaimEntry* c) { return quotes.NamedAs(*c) == surname; });
  if (!named_so) return std::nullopt;
  return std::string(surname);
}

}  // namespace

// How a line names a claim's speaker: `label`, after "the" where the source writes it or where the
// name is a public body's ("the Supreme Electoral Board"), but an unnamed source by the source's own words ("two OPEC+ sources", "a
// person familiar with the matter"), which no actor stands for.
std::string SpeakerLabel(const ExtractedClaim& claim, const std::string& label, QuotationReader& quotes,
                         const ClaimEntry& entry) {
  if (claim.speaker || claim.speaker_name != kAnonymousSpeaker) {
    const bool has_article = label.compare(0, 4, "the ") == 0 || label.compare(0, 4, "The ") == 0;
    const bool institution = claim.speaker_name.find(' ') != std::string::npos && NamesPublicBody(claim.speaker_name);
    return !has_article && (institution || quotes.WritesTheBefore(entry)) ? "the " + label : label;
  }
  const std::string named = quotes.NamedAs(entry);
  return named.empty() || named == kAnonymousSpeaker ? "unnamed sources" : named;
}

std::optional<BriefText> ClaimLine(const ClaimEntry& claim, const std::string& speaker, QuotationReader& quotes,
                                   BriefLineWriter& writer) {
  const ExtractedClaim& c = claim.claim;
  const std::string label = SpeakerLabel(c, speaker, quotes, claim);
  const bool quoted = quotes.Quoted(claim);
  std::string_view words = c.text;
  // The quotation marks of the source go around the words, not inside them.
  auto strip = [&](std::string_view open, std::string_view close) {
    if (words.size() > open.size() + close.size() && words.substr(0, open.size()) == open &&
        words.substr(words.size() - close.size()) == close) {
      words = words.substr(open.size(), words.size() - open.size() - close.size());
    }
  };
  strip("\"", "\"");
  strip("\xE2\x80\x9C", "\xE2\x80\x9D");
  if (quoted) {  // a span that opens or closes on the source's own mark
    for (std::string_view mark : {"\"", "\xE2\x80\x9C"}) {
      if (words.substr(0, mark.size()) == mark) words.remove_prefix(mark.size());
    }
    for (std::string_view mark : {"\"", "\xE2\x80\x9D"}) {
      if (words.size() >= mark.size() && words.substr(words.size() - mark.size()) == mark) {
        words.remove_suffix(mark.size());
      }
    }
  }
  if (!quoted) words = WithoutFinalStop(words);
  if (!quoted) words.remove_prefix(ConnectiveLength(words));  // "reports it carries risks", not "reports However, it …"
  const auto verb_class = extract::FiniteReportingVerb(extract::Lowercase(c.verb));
  const bool asks = verb_class == extract::VerbClass::kAsking && !quoted && !OpensOwnClause(words);
  const std::string close = quoted ? "\"." : asks ? "?" : EndsWithQuotedStop(words) ? "" : ".";
  const bool statement =
      verb_class && (*verb_class == extract::VerbClass::kStatement || *verb_class == extract::VerbClass::kTelling);
  // "that" where the source writes it ("argues that …"), not before an object ("expects costs to fall").
  const std::string that = !OpensOwnClause(words) && quotes.ThatBefore(claim) ? " that " : " ";
  std::string lead;
  if (quoted) {
    if (IsAccordingTo(c.verb)) {
      lead = "According to " + label + ", \"";
    } else if (verb_class) {
      lead = label + " " + ReportedVerb(c.verb, quotes.VerbBefore(claim)) +
             (statement && that != " " ? that + "\"" : std::string(": \""));
    } else if (SaidWithoutVerb(c.verb)) {
      lead = label + " said: \"";
    } else {
      lead = "In " + label + "'s words, \"";
    }
  } else {
    // ", as CNBC reports it,": left out where the outlet reports its own words.
    const std::string reporter = quotes.Reporter(claim);
    const auto reports = [&](const std::string& name) {
      return extract::Lowercase(reporter) == "as " + extract::Lowercase(name) + " reports it";
    };
    const bool own_words = reports(c.speaker_name) || reports(label);
    const std::string aside = own_words ? "" : ", " + reporter + ",";
    if (verb_class == extract::VerbClass::kAsking) {
      lead = label + aside + " " + extract::Lowercase(c.verb) + (OpensOwnClause(words) ? " " : ": ");
    } else if (IsHanReportingVerb(c.verb)) {
      lead = label + aside + " said ";
    } else if (IsAccordingTo(c.verb) || !verb_class) {
      lead = "According to " + label + (own_words ? "," : aside) + " ";
    } else {
      lead = label + aside + " " + ReportedVerb(c.verb, quotes.VerbBefore(claim)) + (statement ? that : " ");
    }
  }
  const uint64_t offset = static_cast<uint64_t>(words.data() - c.text.data());
  std::vector<FigureMark> marks;
  for (const std::string& id : c.figure_ids) {
    const ExtractedFigure* f = writer.Figure(id);
    if (!f || f->figure.span.begin < c.span.begin + offset || f->figure.span.end > c.span.begin + offset + words.size()) {
      continue;
    }
    const uint64_t at = f->figure.span.begin - c.span.begin - offset;
    marks.push_back({lead.size() + at, lead.size() + at + (f->figure.span.end - f->figure.span.begin), id});
  }
  if (!lead.empty() && extract::IsLower(lead[0])) lead[0] = static_cast<char>(lead[0] - 'a' + 'A');  // opens a sentence
  std::string said(words);
  // Reported speech lowercases the source's sentence-opening "The"; the words marked as the
  // source's own bytes then begin after it.
  const size_t recased = quoted ? 0 : quotes.LowercaseOpener(claim, words);
  if (recased > 0) said[0] = extract::ToLowerAscii(said[0]);
  std::optional<BriefText> line = writer.Line(lead + said + close, {CiteClaim(claim)}, "extracted", std::move(marks));
  if (line) {
    QuoteMark quote;
    quote.begin = lead.size() + recased;
    quote.end = lead.size() + words.size();
    quote.source_number = writer.SourceNumber(claim.source_id);
    quote.source_begin = c.span.begin + offset + recased;
    quote.source_end = c.span.begin + offset + words.size();
    quote.claim_id = c.id;
    quote.named_as = quotes.NamedAs(claim);
    quote.named_begin = c.speaker_span.begin;
    quote.named_end = c.speaker_span.end;
    line->quotes.push_back(std::move(quote));
  }
  return line;
}

std::optional<BriefText> PerspectiveLine(const PerspectiveEntry& entry, const std::string& name, const StoryViews& views,
                                         const NameWords& names, BriefLineWriter& writer) {
  // A public body is the subject with its article: "The Ministry of Health confirmed …".
  const bool has_article = name.compare(0, 4, "The ") == 0 || name.compare(0, 4, "the ") == 0;
  const bool body = name.find(' ') != std::string::npos && NamesPublicBody(name) && !has_article;
  return writer.Line(ProseSubject(body ? "The " + name : name, entry.perspective.summary, names),
                     views.resolver->ResolveAll(entry.perspective.citations), "curated");
}

bool SaidAlready(const ClaimEntry& claim, const std::vector<std::string_view>& quoted) {
  return std::any_of(quoted.begin(), quoted.end(),
                     [&](std::string_view other) { return QuoteTheSameStatement(other, claim.claim.text); });
}

const ClaimEntry* BestClaim(const StoryActor& actor, bool according_to, const BriefLineWriter& writer,
                            const std::function<bool(const ClaimEntry&)>& skip) {
  // The longest quotable claim says the most; the first of equals wins.
  const ClaimEntry* best = nullptr;
  for (const ClaimEntry* c : actor.claims) {
    if (best && c->claim.text.size() <= best->claim.text.size()) continue;
    if (skip && skip(*c)) continue;
    if (QuotableClaim(c->claim, actor.name, according_to) && writer.Backed(c->claim.text, {CiteClaim(*c)})) best = c;
  }
  return best;
}

std::vector<std::vector<BriefText>> Narrative(const std::vector<StoryActor>& actors, const StoryViews& views,
                                              const NameWords& names, QuotationReader& quotes, BriefLineWriter& writer) {
  std::vector<std::vector<BriefText>> paragraphs;
  std::vector<StoryActor> claims_only;
  for (const StoryActor& actor : actors) {
    std::vector<BriefText> paragraph;
    // Named in full once, then as an editor writes a person: by surname.
    const std::string later_name = SurnameOf(actor, views, quotes).value_or(actor.Label());
    for (const PerspectiveEntry* p : actor.perspectives) {
      const std::string& name = paragraph.empty() ? actor.name : later_name;
      if (auto line = PerspectiveLine(*p, name, views, names, writer)) paragraph.push_back(std::move(*line));
    }
    if (paragraph.empty()) {
      claims_only.push_back(actor);
      continue;
    }
    // (An actor's claims are all in listed sources, so its line is made once, for the one chosen.)
    // A claim the perspectives already cite would say the same thing twice.
    std::vector<CitedSpan> cited;
    for (const PerspectiveEntry* p : actor.perspectives) {
      for (CitedSpan& c : views.resolver->ResolveAll(p->perspective.citations)) cited.push_back(std::move(c));
    }
    const ClaimEntry* best = BestClaim(actor, /*according_to=*/false, writer, [&](const ClaimEntry& claim) {
      return std::any_of(cited.begin(), cited.end(), [&](const CitedSpan& c) {
        return c.source_id == claim.source_id && c.span.begin < claim.claim.span.end && claim.claim.span.begin < c.span.end;
      });
    });
    if (best) {
      if (auto line = ClaimLine(*best, later_name, quotes, writer)) paragraph.push_back(std::move(*line));
    }
    paragraphs.push_back(std::move(paragraph));
  }
  // The speakers with only claims: the most salient, balanced across sources, one quotation each,
  // and not one that says again what an earlier one said (outlets quote one statement with a word
  // changed, and a misspelt name makes its speaker a second actor).
  std::vector<BriefText> last;
  std::vector<std::string_view> quoted;
  for (const StoryActor* actor : SalientActors(claims_only, kClaimOnlyQuotes, [&writer](const StoryActor& a) {
         const ClaimEntry* best = BestClaim(a, /*according_to=*/true, writer);
         return best ? best->source_id : std::string();
       })) {
    const ClaimEntry& best = *BestClaim(*actor, true, writer);
    if (SaidAlready(best, quoted)) continue;
    if (auto line = ClaimLine(best, actor->Label(), quotes, writer)) {
      last.push_back(std::move(*line));
      quoted.push_back(best.claim.text);
    }
  }
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
