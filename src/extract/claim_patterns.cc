// How a claim is attributed: a reporting verb after its speaker, a noun of stating after a
// possessive, `according to X`, `X: "…"`, `a challenge posed by X: …`, `In his framing, …`, Han
// reporting verbs, and a sentence that points to the next one.
#include <algorithm>
#include <cctype>
#include <set>

#include <unicode/utf8.h>

#include "extract/claim_reader.h"
#include "extract/lexicon.h"
#include "extract/reporting_lexicon.h"
#include "extract/scripts.h"
#include "extract/text_bytes.h"

namespace dossier::extract {

namespace {

// Whether a word after "it" or "this" is the verb of a clause it opens ("said it would hire", "said
// it supported the plan", "said it expects"), not an adverbial after it as an object ("said it
// again", "saying it for months").
bool IsVerbAfterSubject(std::string_view lower) {
  static const WordSet kAuxiliaries = {"is", "was", "are", "were", "has", "had", "have", "will", "would", "could",
                                       "may", "might", "can", "should", "must", "did", "does", "'s", "'d", "'ll"};
  if (kAuxiliaries.count(lower) != 0) return true;
  if (lower.size() < 4 || IsPreposition(lower) || IsAdverbialOpener(lower)) return false;
  const std::string_view end = lower.substr(lower.size() - 2);
  return end == "ed" || (lower.back() == 's' && end != "ss" && end != "us");
}

// A promise's finite forms: it states what the speaker will do, with or without `that` ("vowed to
// block the bill", "pledged aid for the towns").
bool IsPromise(std::string_view lower) {
  static const WordSet kPromises = {"promise", "promises", "promised", "pledge", "pledges", "pledged", "vow", "vows", "vowed"};
  return kPromises.count(lower) != 0;
}

}  // namespace

// Where the content starts past the verb's object, if it does: "asked the question …: shouldn't
// …", "told Reuters that …", "said in an interview that …", "said the opposite, that …", "wrote a
// blog post asking for …", "called the offer \"an insult\"". Token c is the one after the verb.
std::optional<size_t> SentenceReader::AfterObject(const ReportingVerb& verb, size_t c) const {
  // "said earlier this month the cap was a plaster that would not last": a clause after a time
  // phrase has begun, and a `that` in it is its own.
  const std::optional<size_t> clause = verb.verb_class == VerbClass::kStatement ? ClauseAfterAdverbial(c) : std::nullopt;
  // "said this will be the first time since 2019 that customers pay": "this" opens the clause, whose
  // own `that` follows; only "this week", "last month" are adverbials.
  static const WordSet kPeriods = {"week", "month", "year", "morning", "afternoon", "evening", "weekend", "quarter",
                                   "spring", "summer", "autumn", "fall", "winter", "time"};
  // ("said just before midnight that …": a degree word before the adverbial.)
  const size_t opener = IsWord(c, "just") || IsWord(c, "only") ? c + 1 : c;
  const bool adverbial = IsAdverbialOpener(W(opener)) && !((IsWord(opener, "this") || IsWord(opener, "last")) && kPeriods.count(W(opener + 1)) == 0);
  size_t stops = 0;  // an abbreviation's stops ("5 p.m."), read past without counting as words
  for (size_t j = c; j < n() && j < c + 12 + stops && !(clause && j > *clause); ++j) {
    // "warned Matt Hancock, who replaced Jeremy Hunt this week, that …": a relative clause on the
    // one told is read past, its words not counted.
    if (verb.verb_class == VerbClass::kTelling && j > c && Is(j, ",") && (IsWord(j + 1, "who") || IsWord(j + 1, "which"))) {
      size_t close = j + 2;
      while (close < n() && close < j + 24 && !Is(close, ",") && !Is(close, ".") && !Is(close, ";")) ++close;
      if (Is(close, ",") && IsWord(close + 1, "that")) {
        stops += close - j;
        j = close;
        continue;
      }
    }
    // Not past another attribution: "urged lenders to be patient, she said that …"; nor past a
    // second claim's gerund: "said the ward had reopened, adding: \"…\"".
    const std::optional<size_t> gerund = Is(j, ",") ? GerundThat(j + 1) : std::nullopt;
    if (Is(j, ",") && (ClauseOfItsOwnAt(j + 1) || NewAttributionAt(j + 1) || (gerund && Is(*gerund, ":")))) break;
    // Not a headline's credit: "OPEC finds consensus to hold output: minister".
    if (IsClauseColon(j)) return ClauseAfter(j + 1) || (j + 1 < n() && IsQuote(text_, T(j + 1))) ? std::optional<size_t>(j + 1) : std::nullopt;
    // "told reporters in the capital on Saturday that": the one told and an adverbial before `that`.
    const size_t reach = (adverbial && IsPreposition(W(opener))) || verb.verb_class == VerbClass::kTelling ? 10 : 6;
    // (Not "pledge to cut bills, so that the UK has …": a purpose, not what is said; nor "a tougher
    // stance than that of the government": a pronoun.)
    const bool that = IsWord(j, "that") && j < c + reach + stops && ClauseAfter(j + 1) && !IsWord(j - 1, "so") &&
                      !IsWord(j - 1, "than") && !IsWord(j + 1, "of") &&
                      (verb.verb_class != VerbClass::kStatement || Is(j - 1, ",") || adverbial || W(c) == "early");
    if (that) return (Is(j + 1, ",") || Is(j + 1, ":")) && j + 2 < n() && IsQuote(text_, T(j + 2)) ? j + 2 : j + 1;
    // An opening mark: "called the offer \"an insult\"", not the close of "\"… see a problem,\" X said".
    if (verb.verb_class == VerbClass::kFraming && IsQuote(text_, T(j)) && j + 1 < n() && T(j + 1).word && !InsideQuotation(j)) return j;
    if (j > c && j < c + 6) {
      auto inner = ReportingVerbAt(text_, tokens_, j);
      // Not after a comma: "…, flagging cache hits" elaborates, it is not the object's content.
      // (Not "said a heavy rainfall warning has been issued": a noun, the clause's subject.)
      const size_t next = j + (inner ? inner->tokens : 0);
      const bool subject = next < n() && T(next).word && (IsFormOfBe(W(next)) || IsWord(next, "has") || IsWord(next, "had") ||
                                                          IsWord(next, "have") || IsWord(next, "will") || IsWord(next, "would"));
      if (inner && inner->gerund && verb.verb_class == VerbClass::kStatement && !Is(j - 1, ",") && !subject) return j + inner->tokens;
    }
    // (A stop after one letter abbreviates: "said in its 11 a.m. update that …", "in the U.S. that".)
    if (Is(j, ".") && j > c && T(j - 1).word && T(j - 1).end - T(j - 1).begin == 1) {
      stops += 2;  // the letter and its stop
      continue;
    }
    if (Is(j, ".") || Is(j, ";")) break;
  }
  return std::nullopt;
}

// Whether token i lies inside an appositive that an earlier subject's verb skipped: a name there
// describes that subject ("Ada Obi, Minister of Trade, Tourism and Culture, said": not Tourism's
// verb, and not whom "she" stands for next).
bool SentenceReader::InSkippedAppositive(size_t i) const {
  return std::any_of(appositives_.begin(), appositives_.end(),
                     [&](const std::pair<size_t, size_t>& a) { return i > a.first && i < a.second; });
}

// "on her part", "for his part": an aside between a subject and its verb; its length in tokens, or 0.
size_t SentenceReader::OnOnesPartAt(size_t k) const {
  static const std::set<std::string_view> kPossessives = {"her", "his", "their", "its", "my", "our"};
  const bool aside = (IsWord(k, "on") || IsWord(k, "for")) && kPossessives.count(W(k + 1)) != 0 && IsWord(k + 2, "part");
  return aside ? (Is(k + 3, ",") ? 4 : 3) : 0;
}

// Whether token k is a manner adverb right before a reporting verb: "Kennedy inaccurately
// suggested", "the minister angrily denied". An "-ly" word after a possessive is a noun ("Kim's
// family said").
bool SentenceReader::MannerAdverbAt(size_t k) const {
  if (k + 1 >= n() || !T(k).word) return false;
  const LowerWord w = W(k);
  if (w.size() < 5 || w.compare(w.size() - 2, 2, "ly") != 0) return false;
  return !IsCapitalized(text_, T(k)) && !(k > 0 && IsWord(k - 1, "'s")) && ReportingVerbAt(text_, tokens_, k + 1).has_value();
}

// Whether a noun that states something ("forecast", "innocence") lies in the phrase from token k
// to its clause's end: "maintained its forecast of 2% growth".
bool SentenceReader::StatedNounAhead(size_t k) const {
  static const WordSet kStated = {"forecast", "forecasts", "estimate", "estimates", "projection", "projections",
                                  "prediction", "predictions", "outlook", "guidance", "innocence"};
  for (; k < n() && !Is(k, ",") && !Is(k, ".") && !Is(k, ";"); ++k) {
    if (kStated.count(W(k)) != 0) return true;
  }
  return false;
}

// "on October 15", "on 15 October": a date after `on` at token k; its length in tokens, or 0.
size_t SentenceReader::DateAfterOnAt(size_t k) const {
  if (!IsWord(k, "on") || k + 2 >= n()) return 0;
  const auto number = [&](size_t t) { return T(t).word && std::isdigit(static_cast<unsigned char>(text_[T(t).begin])) && T(t).end - T(t).begin <= 2; };
  return (IsMonthName(W(k + 1)) && number(k + 2)) || (number(k + 1) && IsMonthName(W(k + 2))) ? 3 : 0;
}

// Whether a reporting verb follows token k after auxiliaries, adverbs, a date and an "on her part".
bool SentenceReader::VerbFollows(size_t k) const {
  for (size_t limit = k + 6; k < n() && k < limit;) {
    if (ReportingVerbAt(text_, tokens_, k)) return true;
    if (const size_t aside = OnOnesPartAt(k)) {
      k += aside;
    } else if (const size_t date = DateAfterOnAt(k)) {
      k += date;
    } else if (T(k).word && (IsAuxiliaryOrAdverb(W(k)) || MannerAdverbAt(k))) {
      ++k;
    } else {
      return false;
    }
  }
  return false;
}

// After a subject (tokens [group_begin, k)): auxiliaries, a reporting verb and what it reports.
// Where a document's verb starts when a document the one before token k issued is the subject at
// k: a lowercase document noun after at most two lowercase modifiers ("annual report", "research
// note"), then its reporting verb (or an auxiliary or adverb before it); else k.
size_t SentenceReader::DocumentVerbAt(size_t k) const {
  // Asked after every "the": most have no document noun in reach.
  if (((Classes(k) | Classes(k + 1) | Classes(k + 2)) & kWordDocumentNoun) == 0) return k;
  size_t noun = k;
  while (noun < k + 2 && noun + 1 < n() && T(noun).word && !IsCapitalized(text_, T(noun)) && !IsDocumentNoun(W(noun)) &&
         !ReportingVerbAt(text_, tokens_, noun) && !IsAuxiliaryOrAdverb(W(noun)) && !OpensClause(W(noun)) && !IsPreposition(W(noun))) {
    ++noun;
  }
  // "the report, released on Monday, said" is Predicate's appositive after the noun.
  if (noun >= n() || !T(noun).word || IsCapitalized(text_, T(noun)) || !IsDocumentNoun(W(noun))) return k;
  // "research note said": a document noun of two words (the second may be a verb too: "note").
  if (noun + 2 < n() && T(noun + 1).word && IsDocumentNoun(W(noun + 1)) &&
      (ReportingVerbAt(text_, tokens_, noun + 2) || IsAuxiliaryOrAdverb(W(noun + 2)))) {
    ++noun;
  }
  // "a Kestrel poll of analysts showed", "its survey of 2,000 voters found": whom the document asked.
  size_t verb = noun + 1;
  if (IsWord(verb, "of")) {
    size_t end = verb + 1;
    while (end < n() && end < verb + 4 && T(end).word && !ReportingVerbAt(text_, tokens_, end) && !IsAuxiliaryOrAdverb(W(end))) ++end;
    if (end > verb + 1) verb = end;
  }
  if (!(ReportingVerbAt(text_, tokens_, verb) || IsAuxiliaryOrAdverb(W(verb)))) return k;
  return verb;
}

// Whether a document or data the subject at token `group` made stands before it ("A study by X finds",
// "data from the Velmar Grid Agency showed"): then the subject's verb reports a finding.
bool SentenceReader::DocumentBeforeSubject(size_t group) const {
  if (group >= 1 && IsWord(group - 1, "the")) --group;
  return group >= 2 && (IsWord(group - 1, "by") || IsWord(group - 1, "from")) &&
         (IsDocumentNoun(W(group - 2)) || IsSourcedNoun(W(group - 2)));
}

// Who issued the document a sentence calls "the report" or "the study", in a pronoun's reach and
// before this sentence (one the sentence itself names is what the document speaks of): the
// organisation or outlet that made the last claim ("…, The Information reported. …, the report
// said."), or the organisation named after it ("Meridian Power issued a statement on Monday. “…,”
// the statement read."); none when neither is in reach.
std::optional<std::vector<Speaker>> SentenceReader::DocumentIssuerSpeakers() const {
  const Antecedent* named = nullptr;
  for (auto it = f_.organisations_.rbegin(); it != f_.organisations_.rend() && named == nullptr; ++it) {
    if (it->sentence < index_ && it->Valid(index_, kPronounReach)) named = &*it;
  }
  const std::vector<Speaker>& last = f_.last_speakers_;
  const bool claimed = !last.empty() && last.front().kind != ActorKind::kPerson && last.front().mention.surface != kAnonymousSpeaker &&
                       f_.last_claim_sentence_ < index_ && f_.last_claim_sentence_ + kPronounReach >= index_;
  if (claimed && (named == nullptr || named->sentence <= f_.last_claim_sentence_)) return last;
  if (named != nullptr) return named->speakers;
  return std::nullopt;
}

// "the report said", "its annual survey found", "the ruling stated": a document with no owner
// before it speaks for its issuer (DocumentIssuerSpeakers).
std::optional<std::vector<Speaker>> SentenceReader::DocumentIssuer(size_t i, size_t* after) const {
  if (!IsWord(i, "the") && !IsWord(i, "its") && !IsWord(i, "their")) return std::nullopt;
  const size_t verb = DocumentVerbAt(i + 1);
  if (verb == i + 1) return std::nullopt;
  std::optional<std::vector<Speaker>> issuer = DocumentIssuerSpeakers();
  if (!issuer) return std::nullopt;
  std::vector<Speaker> speakers = std::move(*issuer);
  for (Speaker& s : speakers) {
    if (!s.mention.actor_id.empty()) s.mention.surface = std::string(text_.substr(T(i).begin, T(verb - 1).end - T(i).begin));
    s.mention.span = {T(i).begin, T(verb - 1).end};
  }
  *after = verb;
  return speakers;
}

bool SentenceReader::Predicate(const std::vector<Speaker>& speakers, size_t group_begin, size_t k) {
  if (InSkippedAppositive(group_begin)) return false;
  const size_t subject_end = k;  // the token after the subject's name, before any appositive
  // "Calder Energy plc today announced": a company's legal suffix is part of its name.
  static const WordSet kSuffixes = {"plc", "inc", "ltd", "llc", "ag", "sa", "nv", "corp",
                                    "gmbh", "bv", "spa", "se", "oyj", "asa"};
  if (k < n() && T(k).word && kSuffixes.count(W(k)) != 0) k += Is(k + 1, ".") ? 2 : 1;
  // A press release's ticker and short names: "Velmar Inc. (NYSE: VLM) (\"Velmar\" or the
  // \"Company\"), a maker of valves, announces that …".
  for (size_t group = 0; group < 2 && Is(k, "("); ++group) {
    size_t close = k + 1;
    while (close < n() && close < k + 10 && !Is(close, ")")) ++close;
    if (!Is(close, ")")) break;
    k = close + 1;
  }
  // "Robert Kennedy Jr. said", "Pfizer Inc. said": a generational or legal suffix's stop, when the
  // name read takes the suffix in.
  if (Is(k, ".") && k > group_begin && (IsWord(k - 1, "jr") || IsWord(k - 1, "sr") || kSuffixes.count(W(k - 1)) != 0)) ++k;
  // "the Xinhua news agency reported", "Brill Capital analysts said": what the name is, or its
  // unnamed officers speaking for it.
  const bool document = DocumentBeforeSubject(group_begin) || DocumentVerbAt(k) > k;
  if (const size_t verb = DocumentVerbAt(k); verb > k) k = verb;  // "the IEA report said", "Acme's annual report found"
  else if (IsWord(k, "news") && (IsWord(k + 1, "agency") || IsWord(k + 1, "service") || IsWord(k + 1, "channel"))) k += 2;
  else if (IsWord(k, "newspaper") || IsWord(k, "broadcaster") || IsWord(k, "agency") || IsWord(k, "daily")) ++k;
  // "The Metaalbond union said", "the Harlow group said": what the name is, in lowercase (not a word
  // opening the sentence alone: "Combined company expected").
  // "The Gillespie campaign said": a person's campaign speaks for the person.
  else if (const size_t noun = DescribingNounAfterName(k); noun > k && (group_begin > 0 || k > 1)) {
    k = noun;
  }
  else if (k + 1 < n() && T(k).word && !IsCapitalized(text_, T(k)) && IsSpokesperson(W(k)) &&
           // (a plural, "JM Eagle attorneys", "Boeing executives": no person has them)
           (speakers.front().kind != ActorKind::kPerson || LooksLikeOrganization(speakers.front().mention.surface) || W(k).back() == 's') &&
           (ReportingVerbAt(text_, tokens_, k + 1) || IsAuxiliaryOrAdverb(W(k + 1)))) {
    ++k;
  }
  // "Kestrel Analytics, which has forecast a shortage …, said …": the relative clause is a claim too.
  if (Is(k, ",") && (IsWord(k + 1, "which") || IsWord(k + 1, "who"))) Relative(speakers, k + 2);
  // An age: "Kwabena Adjei, 47, said …", "Kwabena Adjei, 47, a bus driver from Calderbridge, said …".
  const auto age = [&](size_t t) {
    const LowerWord w = W(t);
    return t < n() && T(t).word && !w.empty() && w.size() <= 3 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (Is(k, ",") && k + 2 < n() && age(k + 1) && Is(k + 2, ",")) {
    k += 2;
    if (ReportingVerbAt(text_, tokens_, k + 1) || IsAuxiliaryOrAdverb(W(k + 1))) ++k;
  }
  // An appositive between commas: "Sam Altman, OpenAI's chief executive, said …"; a title whose
  // portfolio lists with commas of its own ("Ada Obi, Minister of Trade, Tourism and Culture,
  // said") closes at the comma the verb follows.
  if (Is(k, ",") && ReportingVerbAt(text_, tokens_, k + 1) && !IsWord(k + 2, "to") && DescribedBeforeName(group_begin)) {
    ++k;  // "Its chair, Mara Denholm, said, \"…\"": the comma closes the apposition the name stands in
  } else if (Is(k, ",")) {
    size_t close = k + 1;
    // Up to 15 tokens, or 19 and an acronym in parentheses aside in a description ("…, the secretary general of the Gulf
    // Exporters Group (GEG) and a former deputy minister, said").
    const bool described = T(k + 1).word && !IsCapitalized(text_, T(k + 1));  // not a dateline's "Dec 2 (Reuters)"
    for (size_t counted = 1; close < n() && counted < (described ? 20 : 16) && !Is(close, ","); ++close) {
      if (described && Is(close, "(") && close + 2 < n() && Is(close + 2, ")")) close += 2;
      else ++counted;
    }
    const bool title_list = T(k + 1).word && IsTitle(W(k + 1)) && Is(close, ",") && !VerbFollows(close + 1) &&
                            !IsWord(close + 1, "which") && !IsWord(close + 1, "who");
    for (size_t later = close + 1; title_list && later < n() && later < k + 24; ++later) {
      if (Is(later, ";") || Is(later, ".") || IsQuote(text_, T(later))) break;
      if (Is(later, ",") && VerbFollows(later + 1)) {
        close = later;
        break;
      }
    }
    // No second comma: this one closes an appositive the speaker stands in ("Meta's chief
    // executive, Jane Doe, said …").
    if (title_list && VerbFollows(close + 1)) appositives_.emplace_back(k, close);
    // "Mara Velt, President of the Orland Bank said": a title's organisation closed by the verb, the
    // writer having left its comma out.
    // "Magnus Ek, Sweden's state epidemiologist said", "Ada Obi, the chair of the agency's
    // emergency committee told reporters": a person's description, ending in its role or body,
    // closed by the verb as well.
    const bool described_person = IsWord(k + 2, "'s") || ((IsWord(k + 1, "the") || IsWord(k + 1, "a")) && k + 2 < n() && T(k + 2).word);
    bool closed_by_verb = false;
    if (!Is(close, ",") && T(k + 1).word && (IsTitle(W(k + 1)) || described_person)) {
      bool of = false;
      for (size_t v = k + 2; v < n() && v < k + 12 && !Is(v, ",") && !closed_by_verb; ++v) {
        of |= IsWord(v, "of");
        const bool role_before = T(v - 1).word && (IsPersonNoun(W(v - 1)) || IsRoleWord(W(v - 1)) || IsOrganizationNoun(W(v - 1)));
        closed_by_verb = ((of && T(v - 1).word && IsCapitalized(text_, T(v - 1))) || (described_person && role_before)) &&
                         ReportingVerbAt(text_, tokens_, v);
        if (closed_by_verb) close = v - 1;
      }
    }
    k = Is(close, ",") || closed_by_verb ? close + 1 : k + 1;
    // "Hollis Grant, an analyst at Pembury Securities, which has forecast a fall …, cautioned": the
    // relative clause is the claim of the name that ends the appositive, and the verb comes after it.
    if (Is(close, ",") && (IsWord(k, "which") || IsWord(k, "who"))) {
      size_t name = close;
      while (name > 0 && IsCapitalized(text_, T(name - 1)) && T(name - 1).word) --name;
      std::vector<Speaker> owner;
      size_t owner_end;
      if (name < close && SpeakerAt(name, &owner, &owner_end) && owner_end == close) Relative(owner, k + 1);
      size_t end = k + 1;
      while (end < n() && end < k + 24 && !Is(end, ",")) ++end;
      if (Is(end, ",")) k = end + 1;
    }
  }
  // "Members of Dalmor - a group of oil producers - said": an appositive between dashes.
  const auto dash = [&](size_t at) {  // — –, or a hyphen with spaces around it
    return at < n() && (IsDash(text_, T(at)) || (Is(at, "-") && at > 0 && T(at - 1).end < T(at).begin && at + 1 < n() && T(at + 1).begin > T(at).end));
  };
  if (dash(k) && k + 1 < n() && T(k + 1).word && !IsCapitalized(text_, T(k + 1))) {
    size_t close = k + 1;
    while (close < n() && close < k + 16 && !dash(close) && !Is(close, ".")) ++close;
    if (dash(close) && VerbFollows(close + 1)) k = close + 1;
  }
  if (k < n() && T(k).word) k = AffiliationEnd(k);
  bool after_be = false;
  std::optional<ReportingVerb> verb;
  for (; k < n(); ++k) {
    // "Reuters quoted Colin Gillis, an analyst at BGC, as saying …": the one quoted speaks.
    if (!after_be && IsWord(k, "quoted")) return QuotedAsSaying(k + 1);
    // "was adamant the referee was right", "are confident that …": a stance, read as one verb of two
    // words (TakesClauseOnly holds it to a clause).
    if (IsFormOfBe(W(k)) && k + 1 < n() && T(k + 1).word && IsStanceAdjective(W(k + 1))) {
      verb = ReportingVerb{2, VerbClass::kStatement, false, false};
      break;
    }
    if ((verb = ReportingVerbAt(text_, tokens_, k))) break;
    if (const size_t aside = OnOnesPartAt(k)) {
      k += aside - 1;
      continue;
    }
    // "Narendra Tomar on October 15 said", "… on 15 October said": a date between subject and verb
    // (a weekday is an adverb of IsAuxiliaryOrAdverb's).
    if (const size_t date = DateAfterOnAt(k)) {
      k += date - 1;
      continue;
    }
    const LowerWord w = W(k);
    // "X was quoted as saying …", "X was quoted by Interfax as saying …": X speaks, reported by another.
    if (after_be && w == "quoted") {
      size_t as = k + 1;
      if (IsWord(as, "by")) {
        while (as < n() && as < k + 7 && !IsWord(as, "as") && !Is(as, ",") && !Is(as, ".")) ++as;
      }
      if (IsWord(as, "as") && ReportingVerbAt(text_, tokens_, as + 1)) {
        k = as;
        after_be = false;
        continue;
      }
    }
    // "laughed and said", "paused and added": a gesture before the report.
    static const WordSet kGestures = {"laughed", "smiled", "shrugged", "paused", "nodded", "sighed",
                                      "grinned", "chuckled", "winced", "frowned", "hesitated", "beamed"};
    if (kGestures.count(w) != 0 && IsWord(k + 1, "and")) {
      ++k;
      continue;
    }
    // "Reyes chuckled: \"…\"", "Whitlock smiled, \"…\"": a gesture introducing a quotation.
    if (kGestures.count(w) != 0 && (Is(k + 1, ":") || Is(k + 1, ",")) && k + 2 < n() && IsQuote(text_, T(k + 2)) &&
        !InsideQuotation(k)) {
      if (auto span = Quoted(k + 2)) {
        Add(speakers, k, k + 1, *span);
        return true;
      }
    }
    if (MannerAdverbAt(k)) continue;
    // "Bradley sounded optimistic: \"…\"", "Okafor was blunt: \"…\"": a short predicate of the
    // speaker's manner, then a colon, introduces the quotation.
    // One word only as a past tense ("He continued: \"…\"", "She recalled: \"…\""; not "Key points:").
    // A description after the name's comma too ("Ana Ruiz, Chief Economist at Harbor: \"…\""), after a
    // full name (not "Overall, Ines Marr …").
    const bool full_name = speakers.front().mention.surface.find(' ') != std::string::npos;
    if (T(k).word && !IsNegation(w) && !InsideQuotation(k) && !(Is(k - 1, ",") && IsCapitalized(text_, T(k)) && !full_name)) {
      // A past tense takes an object of up to seven words before its colon: "Ruiz also reaffirmed
      // his confidence in the plan: \"…\"".
      const bool past = w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0;
      size_t colon = k + 1;
      while (colon < n() && colon < k + (past ? 8 : 4) && T(colon).word && !RoleBeforeNameAt(colon)) ++colon;
      if (!RoleBeforeNameAt(k) && (colon >= k + 2 || past) && Is(colon, ":") && colon + 1 < n() && IsQuote(text_, T(colon + 1))) {
        if (auto span = Quoted(colon + 1)) {
          Add(speakers, k, k + 1, *span);
          return true;
        }
      }
    }
    if (!T(k).word || IsNegation(w) || !IsAuxiliaryOrAdverb(w)) {
      // "He blamed equipment deliveries, noting that …": the speaker's own clause goes on to a report.
      if (T(k).word && !IsNegation(w) && !IsFormOfBe(w)) {
        for (size_t j = k + 1; j + 2 < n() && !Is(j, ";") && !Is(j, ":") && !IsQuote(text_, T(j)); ++j) {
          // ", and Prime Minister X conceded, telling …": another subject's clause; "Mexican central
          // bank chief Agustin Carstens said …, adding that …": another subject's verb.
          if (Is(j, ",") && (IsWord(j + 1, "and") || IsWord(j + 1, "but"))) break;
          // (Not "raised her forecast, noting that …", "sued in state court, claiming …": after an
          // article, a possessive or a preposition it is a noun.)
          const LowerWord before = W(j - 1);
          const bool determined = before == "her" || before == "his" || before == "its" || before == "their" || before == "the" ||
                                  before == "a" || before == "an" || before == "our";
          const bool noun = determined || IsPreposition(before);
          if (const auto finite = ReportingVerbAt(text_, tokens_, j); finite && !finite->gerund && !noun) break;
          // "The Fund published its outlook on Tuesday predicting a 149% rate": a forecast's gerund
          // takes its object as what is claimed (RULES: `forecasting a further 90 percent …`).
          if (const std::optional<size_t> object = determined ? std::nullopt : ForecastGerundObject(j)) {
            if (auto span = Content(T(*object).begin, false)) Add(speakers, j, j + 1, *span);
            return true;
          }
          // (A bare "saying" needs no comma: "Podesta addressed the crowd saying the race was close".)
          if (!(Is(j, ",") || (T(j).word && IsWord(j + 1, "saying"))) || !GerundThatAt(j + 1)) continue;
          const size_t that = *GerundThat(j + 1);
          if (auto span = Content(T(that + 1).begin, false)) Add(speakers, j + 1, j + 1 + ReportingVerbAt(text_, tokens_, j + 1)->tokens, *span);
          AddedThat(speakers, that + 1);  // "…, noting that A and adding that B"
          return true;
        }
      }
      return false;
    }
    if (IsFormOfBe(w)) after_be = true;
  }
  if (!verb || (after_be && verb->past_participle)) return false;  // "was asked": the object
  // "…, Edo, Taraba and Ebonyi states": two subjects never take a verb's -s form; it is a plural noun.
  // ("A study by X and Y finds": the study is the subject.)
  if (speakers.size() > 1 && k == subject_end && !(group_begin > 0 && IsWord(group_begin - 1, "by")) && !verb->gerund && !verb->past_participle && W(k).size() > 3 &&
      W(k).back() == 's' && FiniteReportingVerb(W(k)).has_value()) {
    return false;
  }
  // "has agreed to vote in favour": an act, not a statement. A promise states what the speaker
  // will do, whatever its form: "promised that …", "vowed to block the bill", "pledged aid for the
  // towns" (RULES); the span is what is promised.
  if ((W(k) == "agreed" || W(k) == "agrees" || W(k) == "agree") && IsWord(k + 1, "to")) return false;
  // "agree in return to concessions", "agreed on a deal", "will testify against them": acts; "agreed
  // with the board that …", "testified in court that …" state.
  static const WordSet kActsWithPreposition = {"agree", "agrees", "agreed", "testify", "testifies", "testified"};
  static const WordSet kPrepositions = {"in", "on", "to", "with", "against", "for", "before", "at", "upon"};
  if (kActsWithPreposition.count(W(k)) != 0 && k + 1 < n() && T(k + 1).word && kPrepositions.count(W(k + 1)) != 0) {
    size_t that = k + 2;
    while (that < n() && that < k + 8 && T(that).word && !IsWord(that, "that")) ++that;
    if (!IsWord(that, "that")) return false;
  }
  // "when I asked her": the author asking is the interview, not a claim.
  if (verb->verb_class == VerbClass::kAsking && IsWord(group_begin, "i")) return false;
  // "When Morgan asked Ronaldo about the coach, …": a topic asked about is no question stated.
  if (verb->verb_class == VerbClass::kAsking) {
    size_t about = k + verb->tokens;
    while (about < n() && about < k + verb->tokens + 4 && T(about).word && !IsWord(about, "about") &&
           (IsCapitalized(text_, T(about)) || IsWord(about, "him") || IsWord(about, "her") || IsWord(about, "them"))) {
      ++about;
    }
    if (IsWord(about, "about")) return false;
  }
  const size_t verb_begin = k, verb_end = k + verb->tokens;
  size_t c = verb_end;
  // "felt the red card decided it", "was adamant the coalition would hold": feeling and stance state a
  // clause; "felt pain", "was confident of victory" and a quotation's tag ("…,\" he felt.") do not.
  const std::string verb_words = VerbWords(verb_begin, verb_end);
  if (ShowsFinding(verb_words) && !document) return false;  // "Kane showed his class": no finding
  if (TakesClauseOnly(verb_words) && !(IsWord(c, "that") ? ClauseAfter(c + 1) : FiniteClauseAt(c))) {
    // ("conceded shortly after 2 a.m., telling supporters that …": the gerund's clause.)
    const size_t claims_before = f_.out_.claims.size();
    AddedThat(speakers, c);
    return f_.out_.claims.size() > claims_before;
  }
  // "repeated his warning that the reservoirs would run dry": the warning's clause.
  if (verb->verb_class == VerbClass::kStatement && (IsWord(c, "his") || IsWord(c, "her") || IsWord(c, "its") || IsWord(c, "their")) &&
      IsStatementNounBeforeThat(W(c + 1)) && IsWord(c + 2, "that") && ClauseAfter(c + 3)) {
    c += 2;
  }
  const std::string_view before_subject = group_begin > 0 ? W(group_begin - 1) : "";
  const bool relative = before_subject == "which" || before_subject == "that" || before_subject == "who";
  // "What Berg said was that wages would lag", "The other concern Lowe flagged was the escalation of
  // …": a cleft, whose claim follows its copula.
  size_t cleft = group_begin;  // the word before the subject and its titles ("concern Dr Lowe flagged")
  while (cleft > 0 && (Is(cleft - 1, ".") || (T(cleft - 1).word && IsTitle(W(cleft - 1))))) --cleft;
  const std::string_view before_titles = cleft > 0 ? W(cleft - 1) : "";
  if ((before_titles == "what" || IsStatementNounBeforeIs(before_titles)) && c + 1 < n() && (IsWord(c, "was") || IsWord(c, "is"))) {
    const size_t from = IsWord(c + 1, "that") ? c + 2 : c + 1;
    if (from >= n() || !ClauseAfter(from)) return false;
    if (const std::optional<ByteSpan> span = Content(T(from).begin, false)) Add(speakers, verb_begin, verb_end, *span);
    return true;
  }

  // "… as Andreessen suggests, …": the clause before `as` is the claim, without its "If".
  if (before_subject == "as" && (c >= n() || Is(c, ",") || Is(c, ")") || IsDash(text_, T(c)))) {
    size_t start = group_begin - 1;
    while (start > 0 && !Is(start - 1, ",") && !IsClauseColon(start - 1) && !Is(start - 1, ";") && !IsDash(text_, T(start - 1))) --start;
    if (IsConditional(W(start))) ++start;
    if (start >= group_begin - 1) return false;
    const size_t end = TrimEnd(T(start).begin, T(group_begin - 2).end, false);
    Add(speakers, verb_begin, verb_end, {T(start).begin, end});
    return true;
  }
  // Attribution inside its content: "Smart move, he says, but …"; "If …, he asked, what …";
  // "if you're just a consumer …, Nadella isn't sure how …": the whole clause is the claim.
  // "…, the regional operator Kestrel Valley Rail said": the subject's description opens the tag.
  const size_t tag_group = DescriptionBeforeName(group_begin);
  const bool after_comma = tag_group > 0 && (Is(tag_group - 1, ",") || (IsWord(tag_group - 1, "and") && tag_group > 1 && Is(tag_group - 2, ",")));
  // "\"…,\" Vance said of the billboards, which …": the quotation is the claim (QuotationAttributed's),
  // not the adverbial after the verb.
  // "\"…,\" Foreign Minister Abbas Rad told state television.": a role may open the tag.
  const size_t tag_begin = RoleStart(group_begin);
  const bool quote_first = tag_begin >= 2 && (IsQuote(text_, T(tag_begin - 1)) || (Is(tag_begin - 1, ",") && IsQuote(text_, T(tag_begin - 2))));
  // Nor is what follows a quote-first verb without `that` or a colon: "told supporters.", "said,
  // standing in a field …".
  // ("\"…,\" Kharge said, adding that the guarantees had worked": the gerund's clause is a claim of its own.)
  if (quote_first && c < n() && !IsWord(c, "that") && !Is(c, ":")) {
    if (Is(c, ",") && GerundThatAt(c + 1)) AddedThat(speakers, c);
    return true;
  }
  // "\"Can't we?\" Mr. Podesta said on the stage …": the sentence before, split off after its mark.
  if ((group_begin == 0 || AfterRole(0) == group_begin) && !IsWord(c, "that") && !Is(c, ":") && (c >= n() || !IsQuote(text_, T(c)))) {
    if (const std::optional<ByteSpan> asked = QuotationEndingBefore()) {
      auto& claims = f_.out_.claims;  // a quotation taken for the last speaker going on is this one's
      claims.erase(std::remove_if(claims.begin(), claims.end(), [&](const Claim& claim) {
                     return claim.verb == "\"" && claim.span.begin >= asked->begin && claim.span.end <= asked->end;
                   }),
                   claims.end());
      Add(speakers, std::string(text_.substr(T(verb_begin).begin, T(verb_end - 1).end - T(verb_begin).begin)), *asked,
          f_.sentences_[index_ - 1]);
      f_.last_speakers_ = speakers;  // a quoted sentence after this one goes on with them
      f_.last_claim_sentence_ = index_;
      return true;
    }
  }
  // "Prices will rise — the bank's economist, Lena Marsh, said on Thursday — before easing.": an
  // attribution set off by dashes inside its content; the whole sentence is the claim (RULES,
  // attribution inside the content), or what comes before the first dash when nothing follows.
  if (const std::optional<size_t> dash = OpeningDashBefore(group_begin)) {
    size_t close = c;
    while (close < n() && close < c + 8 && T(close).word && (close > c || IsAdverbialOpener(W(close)))) ++close;
    const size_t first = Is(0, "-") || Is(0, "*") || Is(0, "\xe2\x80\xa2") ? 1 : 0;  // a list item's bullet
    std::optional<ByteSpan> span;
    if (close < n() && IsDash(text_, T(close)) && close + 1 < n() && T(close + 1).word) {
      const size_t end = TrimEnd(T(first).begin, sentence_.end, true);
      if (end > T(first).begin) span = ByteSpan{T(first).begin, end};
    } else if (TrailsSentence(c)) {
      span = Before(first, *dash);
    }
    if (span) {
      Add(speakers, verb_begin, verb_end, *span);
      return true;
    }
  }
  if (after_comma) {
    size_t start = tag_group - 1;
    while (start > 0 && !IsClauseColon(start - 1)) --start;
    // "Prices will rise, Acme said (on Tuesday)." — the content comes before the attribution.
    // ", the broadcaster projected, with 141 seats declared": an adverbial after a comma trails too.
    // ", three delegates said, asking not to be identified": a participle's clause trails as well.
    const LowerWord next = W(c + 1);
    const bool participle = Is(c, ",") && next.size() > 4 && next.compare(next.size() - 3, 3, "ing") == 0 && !GerundThatAt(c + 1);
    // ", Ian Moss, the governor, told lawmakers on Tuesday.": the ones told, then what trails.
    // ", Marek Belka told the central bank's news website in an interview posted on Tuesday."
    size_t told = verb->verb_class == VerbClass::kTelling ? ToldObjectEnd(c) : c;
    // "…, sources told Reuters this week, with a decision expected on Thursday.": a time after them.
    static const std::set<std::string_view> kTimes = {"week", "month", "year", "morning", "afternoon", "evening", "weekend"};
    if (told > c && (IsWord(told, "this") || IsWord(told, "last")) && told + 1 < n() && kTimes.count(W(told + 1)) != 0) told += 2;
    const bool told_trails = told > c && (TrailsSentence(told) || AdverbialOnly(told) || (Is(told, ",") && AdverbialOnly(told + 1)));
    // "Her rival, Rep. Daniel Merrow, conceded shortly after midnight.": two words before the
    // comma are the subject's description, not content, when a determiner opens them or the name
    // stands in apposition; "Cases rose, Pim Osei told reporters." reports two words.
    size_t content_words = 0;
    for (size_t j = start; j + 1 < tag_group && content_words < 3; ++j) content_words += T(j).word ? 1 : 0;
    static const std::set<std::string_view> kDeterminers = {"the", "a", "an", "his", "her", "its", "their", "our",
                                                            "my", "your", "this", "that", "these", "those"};
    const bool short_clause = content_words == 2 && !Is(subject_end, ",") && T(start).word && kDeterminers.count(W(start)) == 0;
    const bool content = content_words >= 3 || short_clause || IsQuote(text_, T(start)) || IsQuote(text_, T(tag_group - 2));
    // (Not "In a sign of demand, BP said on Tuesday it will invest …": a clause after the adverbial.)
    const bool adverbial_trails = AdverbialOnly(c) && !ClauseAfterAdverbial(c);
    if ((TrailsSentence(c) || told_trails || adverbial_trails || (Is(c, ",") && AdverbialOnly(c + 1)) || participle) && start + 1 < tag_group &&
        !IsWord(tag_group - 1, "and") && content) {
      if (auto span = Before(start, DescribedSpeakerComma(start, tag_group - 1))) Add(speakers, verb_begin, verb_end, *span);
      return true;
    }
    // "Cases rose, Pim Osei told the board.": after the comma the ones told end the sentence; they
    // are no claim, whatever the words before are.
    if (told_trails) return true;
    // "…, he said, noting that …": the content before, and a second claim after.
    const bool joined_gerund = (IsWord(c + 1, "while") || IsWord(c + 1, "before")) && GerundThatAt(c + 2);
    if (Is(c, ",") && (GerundThatAt(c + 1) || joined_gerund) && start + 1 < tag_group && !IsWord(tag_group - 1, "and")) {
      if (auto span = Before(start, tag_group - 1)) Add(speakers, verb_begin, verb_end, *span);
      AddedThat(speakers, c);
      return true;
    }
    // "In a statement, Wendle said, \"…\"": the quotation after the verb is the claim.
    const bool parenthetical = (Is(c, ",") && !(c + 1 < n() && IsQuote(text_, T(c + 1)))) ||
                               ((IsWord(c, "it") || IsWord(c, "so") || IsWord(c, "this")) &&
                                              (Is(c + 1, ",") || (c + 2 < n() && T(c + 1).word && Is(c + 2, ","))));
    // "If …, he asked, what …" is all one claim; "When analysts asked him …, he said he …" reports
    // the clause after the verb (a subject or `that` starts it).
    static const std::set<std::string_view> kClauseStarts = {"that", "he", "she", "it", "they", "we", "i", "you", "the",
                                                             "there", "this", "his", "her", "its", "their", "our"};
    // "When asked about the files, he said: \"…\"" (or ", \"…\""): the quotation after the colon is the claim.
    const bool quotation_after = (c < n() && IsQuote(text_, T(c))) || (Is(c, ",") && c + 1 < n() && IsQuote(text_, T(c + 1)));
    const bool conditional = IsConditional(W(start)) && !(c < n() && T(c).word && kClauseStarts.count(W(c)) != 0) &&
                             !Is(c, ":") && !quotation_after;
    if ((parenthetical || conditional) && start + 1 < tag_group) {
      if (auto span = Content(T(start).begin, false)) Add(speakers, verb_begin, verb_end, *span);
      return true;
    }
  }
  if (c >= n()) return false;
  // "Hospitals told to prepare", "were warned to stay indoors": the subject is the one told.
  if (verb->verb_class == VerbClass::kTelling && IsWord(c, "to")) return false;
  // "she said in an interview.", "told Pitchside after training on Thursday.": nothing reported here
  // (but "said on Tuesday the economy was strong" reports the clause after its adverbial).
  if (TrailsSentence(c) && !ClauseAfterAdverbial(c)) return false;
  static const std::set<std::string_view> kTold = {"me", "us", "him", "her", "them", "reporters", "journalists", "investors",
                                                    "analysts", "lawmakers", "legislators", "senators", "delegates",
                                                    "supporters", "shareholders", "staff", "employees", "workers", "voters"};
  // "told the jury", "told a news conference": a gathering told, its noun after an article and a word.
  static const std::set<std::string_view> kGatherings = {"jury", "court", "committee", "hearing", "conference", "briefing",
                                                         "meeting", "audience", "crowd", "summit", "forum", "panel", "inquiry",
                                                         "tribunal", "rally", "parliament", "assembly"};
  auto gathering_end = [&](size_t k) -> size_t {  // the token after "the jury" / "a news conference", or k
    if (!(IsWord(k, "the") || IsWord(k, "a"))) return k;
    for (size_t e = k + 1; e < n() && e <= k + 2 && T(e).word && !IsCapitalized(text_, T(e)); ++e) {
      if (kGatherings.count(W(e)) != 0) return e + 1;
    }
    return k;
  };
  // "warns suppliers they must …", "told the board it would …": whoever is told, in a few plain
  // words, then the clause its pronoun opens.
  static const std::set<std::string_view> kPronounSubjects = {"he", "she", "it", "they", "we", "there"};
  if (verb->verb_class == VerbClass::kTelling && T(c).word && !IsCapitalized(text_, T(c)) && kTold.count(W(c)) == 0 &&
      kPronounSubjects.count(W(c)) == 0 && !IsWord(c, "that")) {
    for (size_t p = c + 1; p < n() && p <= c + 3 && T(p).word && !IsWord(p, "that") && !IsWord(p, "to"); ++p) {
      if (kPronounSubjects.count(W(p)) != 0 && p + 1 < n() && T(p + 1).word && IsVerbAfterSubject(W(p + 1))) {
        c = p;
        break;
      }
    }
  }
  if (verb->verb_class == VerbClass::kTelling && T(c).word &&
      (MentionAt(c) || IsCapitalized(text_, T(c)) || kTold.count(W(c)) != 0 || gathering_end(c) > c)) {
    // "told The Indian Express": the article is part of the name.
    const size_t told = IsWord(c, "the") && c + 1 < n() && IsCapitalized(text_, T(c + 1)) ? c + 1 : c;
    size_t object_end = MentionAt(told)                  ? MentionEnd(told)
                        : IsCapitalized(text_, T(told))  ? NameEnd(told)
                        : gathering_end(told) > told     ? gathering_end(told)
                                                         : told + 1;
    if (object_end > told) object_end = AffiliateEnd(object_end);
    // "told reporters at the White House he thought …": a clause after an adverbial after them.
    const std::optional<size_t> clause_after_adverbial =
        object_end < n() && T(object_end).word && IsPreposition(W(object_end)) ? ClauseAfterAdverbial(object_end) : std::nullopt;
    if (!clause_after_adverbial && TrailsSentence(object_end)) return false;
    // "told CBS News Saccone was …": the clause's subject ends the capitalised run.
    if (!MentionAt(told) && object_end > told + 1 && object_end < n() && (IsFormOfBe(W(object_end)) || IsAuxiliaryOrAdverb(W(object_end)))) --object_end;
    // "told Reuters the deal was dead": the clause after the one told, without `that`, or after
    // their adverbial.
    if (object_end < n() && T(object_end).word && !IsWord(object_end, "that") && !IsPreposition(W(object_end)) &&
        ClauseAfter(object_end) && !AfterObject(*verb, c)) {
      c = object_end;
    } else if (clause_after_adverbial && !AfterObject(*verb, c)) {
      c = *clause_after_adverbial;
    }
  }
  // "denied reports that …", "repeated claims that …": the clause is what is stated.
  static const std::set<std::string_view> kReportNouns = {"reports", "claims", "suggestions", "allegations",
                                                          "accusations", "rumours", "rumors", "speculation", "fears", "concerns"};
  if (verb->verb_class == VerbClass::kStatement && c + 2 < n() && T(c).word && kReportNouns.count(W(c)) != 0 &&
      IsWord(c + 1, "that") && ClauseAfter(c + 2)) {
    ++c;
  }
  // What is reported starts after `that`, a colon or comma, or at a quotation.
  std::optional<ByteSpan> span;
  if (IsWord(c, "that")) {
    // "said that, \"I'm …\"", "told lawmakers that: \"…\"": the quotation after the stray mark.
    if ((Is(c + 1, ",") || Is(c + 1, ":")) && c + 2 < n() && IsQuote(text_, T(c + 2))) ++c;
    if (!ClauseAfter(c + 1)) return false;  // "disputes that figure": points back, says nothing
    span = IsQuote(text_, T(c + 1)) ? ContentFrom(c + 1) : Content(T(c + 1).begin, relative);
  } else if (Is(c, ",")) {
    // "I estimate, from the company's filings, that …": the content follows the aside's `that`.
    size_t close = c + 1;
    while (close < n() && close < c + 14 && !Is(close, ",")) ++close;
    span = Is(close, ",") && IsWord(close + 1, "that") && ClauseAfter(close + 2) ? Content(T(close + 2).begin, false)
                                                                                  : ContentFrom(c + 1);
  } else if (Is(c, ":")) {
    // "He said:" ending its sentence announces the quotation that follows, often as a paragraph of its own.
    if (c + 1 >= n()) {
      f_.forward_speakers_ = speakers;
      f_.forward_verb_ = std::string(text_.substr(T(verb_begin).begin, T(verb_end - 1).end - T(verb_begin).begin));
      return true;
    }
    // "He said:\n- Growth will slow.\n- Inflation will stay high.": each item of the list is a claim.
    if (IsBulletAt(c + 1)) {
      span = Content(T(c + 2).begin, relative);
      f_.forward_speakers_ = speakers;
      f_.forward_verb_ = std::string(text_.substr(T(verb_begin).begin, T(verb_end - 1).end - T(verb_begin).begin));
      f_.forward_list_ = true;
    } else {
      span = ContentFrom(c + 1);
    }
  } else if (IsQuote(text_, T(c))) {
    span = ContentFrom(c);
  } else {
    const std::optional<size_t> after_object = AfterObject(*verb, c);
    switch (verb->verb_class) {
      case VerbClass::kFraming:
        // "announced it has bought a site": an announcement's clause without `that`.
        if (!after_object && W(verb_begin).substr(0, 8) == "announce" &&
            (IsWord(c, "it") || IsWord(c, "they") || IsWord(c, "we") || IsWord(c, "he") || IsWord(c, "she")) &&
            c + 1 < n() && T(c + 1).word && IsAuxiliaryOrAdverb(W(c + 1)) && ClauseAfter(c)) {
          span = Content(T(c).begin, relative);
          break;
        }
        // "framed A as B", "read it as B": no statement; "conceded shortly after 2 a.m., telling
        // supporters that …": the gerund's.
        if (!after_object) {
          const size_t claims_before = f_.out_.claims.size();
          AddedThat(speakers, c);
          return f_.out_.claims.size() > claims_before;
        }
        break;
      case VerbClass::kContest:  // "challenges Cuban's figure", not "challenges the CPU architecture"
        if (!after_object && MentionAt(c) == nullptr && !IsWord(c, "whether")) return false;
        break;
      default:
        break;
    }
    if (span) {
      // an announcement's clause, read above
    } else if (after_object && verb->verb_class == VerbClass::kFraming && IsQuote(text_, T(*after_object))) {
      // "called the cut \"a mistake\" and vowed to fight it": the quoted words, and after them "and
      // said its members would protest", "and vowed to fight it", a claim of its own.
      span = Quoted(*after_object);
      size_t close = *after_object + 1;
      while (close < n() && !IsQuote(text_, T(close))) ++close;
      const std::optional<ReportingVerb> second = IsWord(close + 1, "and") ? ReportingVerbAt(text_, tokens_, close + 2) : std::nullopt;
      if (span && second && !second->gerund && second->verb_class == VerbClass::kStatement) {
        const size_t from = close + 2 + second->tokens + (IsWord(close + 2 + second->tokens, "that") ? 1 : 0);
        const bool clause = from < n() && (!IsWord(from, "to") || IsPromise(W(close + 2))) && ClauseAfter(from);
        if (const std::optional<ByteSpan> said = clause ? Content(T(from).begin, false) : std::nullopt) {
          Add(speakers, verb_begin, verb_end, *span);
          Add(speakers, close + 2, close + 2 + second->tokens, *said);
          return true;
        }
      }
    } else if (after_object) {
      span = ContentFrom(*after_object);
    } else {
      if (W(verb_begin).substr(0, 3) == "add" && AddsCountOrScore(c)) return false;
      const LowerWord verb_word = W(verb_begin);
      if (verb_word.substr(0, 7) == "confirm" && NamesAFactOnly(c)) return false;  // "confirmed the death"
      // "explained the process behind the design", "clarified the last details of the transfer",
      // "repeated its earlier stand": a topic named, or a stand pointed back to, states nothing
      // (RULES: actions that are not statements; an object that only points back).
      const bool topic_verb = verb_word.substr(0, 7) == "explain" || verb_word.substr(0, 6) == "clarif" || verb_word.substr(0, 6) == "repeat";
      if (topic_verb && NamesAFactOnly(c)) return false;
      // "maintained its benchmark rate at 6.5%" keeps a rate; "maintained its forecast of 2% growth"
      // and "maintained his innocence" still state something.
      if (verb_word.substr(0, 8) == "maintain" && NamesAFactOnly(c) && !StatedNounAhead(c)) return false;
      // "Vesk says goodbye to fans": a farewell, not a statement.
      if (IsWord(c, "goodbye") || IsWord(c, "farewell")) return false;
      // "Kovac claims victory", "claimed credit for the deal": taking something, not stating it.
      static const std::set<std::string_view> kTaken = {"victory", "credit", "win", "success"};
      if (verb_word.substr(0, 5) == "claim" && kTaken.count(W(c)) != 0) return false;
      // "Sacks has been saying it for months." points to the next sentence; "Meta said it would
      // hire.", "Acme said it supported the plan." is a short clause whose subject is "it".
      if ((IsWord(c, "it") || IsWord(c, "this")) && c + 5 >= n() && !(c + 1 < n() && IsVerbAfterSubject(W(c + 1)))) {
        f_.forward_speakers_ = speakers;
        f_.forward_verb_ = std::string(text_.substr(T(verb_begin).begin, T(verb_end - 1).end - T(verb_begin).begin));
        return true;
      }
      // "has said little.", "said nothing more": no content of its own.
      if ((IsWord(c, "little") || IsWord(c, "nothing")) && (c + 2 >= n() || IsWord(c + 1, "more") || IsWord(c + 1, "else"))) return false;
      // "explained why this week on All-In": the why is not here.
      const LowerWord w = W(c), next = W(c + 1);
      if ((w == "why" || w == "how" || w == "what") &&
          (next == "this" || next == "last" || next == "today" || next == "yesterday" || next == "on")) {
        return false;
      }
      const std::optional<size_t> clause = ClauseAfterAdverbial(c);
      if (!clause && SingleWordThenComma(c)) return false;
      span = clause && IsQuote(text_, T(*clause)) ? ContentFrom(*clause) : Content(T(clause ? *clause : c).begin, relative);
    }
  }
  if (!span) return false;
  // "When Hancock said their verdict must be unanimous, the jury understood …": a clause the
  // sentence opens with as its time or cause ends at its comma, where the main clause begins.
  static const WordSet kSubordinators = {"when", "after", "before", "once", "since", "because", "although", "though", "until"};
  if (group_begin == 1 && T(0).word && kSubordinators.count(W(0)) != 0) {
    for (size_t j = verb_end; j < n() && T(j).begin < span->end; ++j) {
      if (T(j).begin <= span->begin || !Is(j, ",") || InsideQuotation(j)) continue;
      const size_t end = TrimEnd(span->begin, T(j).begin, false);
      if (end > span->begin) span->end = end;
      break;
    }
  }
  Add(speakers, verb_begin, verb_end, *span);
  AddedThat(speakers, verb_end);
  return true;
}

// The comma that ends content placed before its speaker: the one before a description in
// apposition to the name ("…, the head of its emergencies programme, Mike Ryan, said"), else `comma`.
size_t SentenceReader::DescribedSpeakerComma(size_t start, size_t comma) const {
  static const std::set<std::string_view> kDeterminers = {"the", "a", "an", "its", "his", "her", "their"};
  for (size_t p = comma; p-- > start + 1 && p + 12 > comma;) {
    if (IsQuote(text_, T(p)) || ReportingVerbAt(text_, tokens_, p)) return comma;
    if (Is(p, ",")) return p + 1 < comma && kDeterminers.count(W(p + 1)) != 0 ? p : comma;
  }
  return comma;
}

// The token after the one told by a telling verb whose object starts at token c ("told Pitchside",
// "told reporters", "told the bank's own podcast", "told The Orsova Times"), up to an adverbial or
// `that`; c itself when no object starts there.
size_t SentenceReader::ToldObjectEnd(size_t c) const {
  if (c >= n() || !T(c).word || IsWord(c, "that") || IsAdverbialOpener(W(c))) return c;
  // "told Reuters"; but "told Harbor Athletic's club website": a name owning the ones told goes on.
  if (MentionAt(c) && !IsWord(MentionEnd(c), "'s")) return AffiliateEnd(MentionEnd(c));
  size_t end = MentionAt(c) ? MentionEnd(c) : c + 1;
  while (end < n() && end < c + 6 && T(end).word && !IsAdverbialOpener(W(end)) && !IsWord(end, "that") &&
         !ReportingVerbAt(text_, tokens_, end)) {
    end = MentionAt(end) ? MentionEnd(end) : end + 1;
  }
  if (Is(end, ".")) end = DomainEnd(end);  // "told NJ.com"
  // "told the official Saudi Press Agency (SPA)": the one told's acronym aside.
  if (Is(end, "(") && end + 2 < n() && T(end + 1).word && IsCapitalized(text_, T(end + 1)) && Is(end + 2, ")")) end += 3;
  return end;
}

// "Aisha Monroe of Westmark State University said", "Kenneth Gold with Parrish Bank said", "Shannon
// Gilreath of the U.S. Coast Guard said": the token after the affiliation that follows a name at token
// k (the verb's), or k when none does.
size_t SentenceReader::AffiliationEnd(size_t k) const {
  const size_t affiliation = IsWord(k + 1, "the") ? k + 2 : k + 1;
  if (!(IsWord(k, "of") || IsWord(k, "at") || IsWord(k, "from") || IsWord(k, "with")) || affiliation >= n() ||
      !IsCapitalized(text_, T(affiliation))) {
    return k;
  }
  size_t end = affiliation;
  // (An initialism's stops, "U.S.", are part of the name.)
  const auto abbreviation_stop = [&](size_t at) {
    return Is(at, ".") && T(at - 1).word && T(at - 1).end == T(at).begin && T(at - 1).end - T(at - 1).begin == 1 &&
           IsCapitalized(text_, T(at - 1));
  };
  while (end < n() && end < k + 8 && (IsCapitalized(text_, T(end)) || Is(end, "&") || IsWord(end, "of") || abbreviation_stop(end))) {
    end = MentionAt(end) ? MentionEnd(end) : end + 1;
  }
  // "Ali al-Nuaimi of OPEC kingpin Saudi Arabia said": a few more words of the affiliation, a name
  // last, before the verb.
  if (!VerbFollows(end)) {
    size_t p = end;
    while (p < n() && p < end + 4 && T(p).word && !VerbFollows(p)) ++p;
    if (p > end && VerbFollows(p) && IsCapitalized(text_, T(p - 1))) end = p;
  }
  return end;
}

// Past the rest of a web address whose name ends before token k ("NJ.com", "Salon.com": a stop and
// a domain's ending written with no space), or k.
size_t SentenceReader::DomainEnd(size_t k) const {
  static const WordSet kEndings = {"com", "org", "net", "co", "io", "news", "uk", "au", "ca", "in"};
  return k > 0 && k + 1 < n() && Is(k, ".") && T(k - 1).end == T(k).begin && T(k).end == T(k + 1).begin && T(k + 1).word &&
                 kEndings.count(W(k + 1)) != 0
             ? k + 2
             : k;
}

// "told CNN affiliate WSB.", "told Fox station KTVU that …": past an outlet's name ending at token
// `end`, the member of it that is the one told; else `end`.
size_t SentenceReader::AffiliateEnd(size_t end) const {
  static const WordSet kAffiliates = {"affiliate", "station", "channel", "programme", "program", "newspaper"};
  if (end + 1 < n() && kAffiliates.count(W(end)) != 0 && IsCapitalized(text_, T(end + 1))) return NameEnd(end + 1);
  return end;
}

// Where the clause starts after one or two short adverbials that follow a verb without `that`:
// "said in a statement there was …", "said on Tuesday the bank would …", "said in his last email
// with Van Campen, the challenger had …". None if no subject opens a clause after them.
std::optional<size_t> SentenceReader::ClauseAfterAdverbial(size_t c) const {
  static const std::set<std::string_view> kDeterminers = {"a", "an", "the", "his", "her", "its", "their", "our", "my", "this", "last"};
  static const std::set<std::string_view> kSubjects = {"there", "it", "he", "she", "they", "we", "i", "the", "its", "his",
                                                       "her", "their", "this", "these", "those", "a", "an"};
  // Prepositions proper (IsPreposition also holds the time words an adverbial may be: "on Tuesday").
  static const std::set<std::string_view> kPrepositions = {"in", "on", "at", "during", "to", "for", "after", "before", "via",
                                                           "through", "with", "from", "over", "under", "by", "of"};
  // "said Tuesday the economy was strong": a day alone, as American wires write it.
  static const std::set<std::string_view> kDays = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                                   "sunday", "yesterday", "today", "tonight"};
  // "said last week there's …", "said earlier this month the unit …": a time phrase of its own.
  static const std::set<std::string_view> kPeriods = {"week", "month", "year", "morning", "afternoon", "evening",
                                                      "night", "weekend", "spring", "summer", "autumn", "fall", "winter"};
  size_t time_end = c;
  if (IsWord(time_end, "earlier") || IsWord(time_end, "later")) ++time_end;
  if ((IsWord(time_end, "this") || IsWord(time_end, "last")) && time_end + 1 < n() && kPeriods.count(W(time_end + 1)) != 0) {
    time_end += 2;
  }
  if (time_end == c && c < n() && T(c).word && kDays.count(W(c)) != 0) time_end = c + 1;
  // A subject opens the clause; not "this winter" of "warned of gas shortages this winter", a time.
  const auto clause_at = [&](size_t j) {
    const bool time = (IsWord(j, "this") || IsWord(j, "last")) && kPeriods.count(W(j + 1)) != 0;
    return j < n() && T(j).word && kSubjects.count(W(j)) != 0 && !time && ClauseAfter(j);
  };
  // "said Tuesday, \"We are …\"", "said in a statement Tuesday, \"…\"": the quotation after the
  // adverbial's comma.
  const auto opening_quotation = [&](size_t j) { return j + 1 < n() && IsQuote(text_, T(j)) && T(j + 1).word; };
  if (time_end > c) {
    const size_t j = Is(time_end, ",") ? time_end + 1 : time_end;
    if (j > time_end && opening_quotation(j)) return j;
    if (clause_at(j)) return j;
    if (j < n() && T(j).word && kPrepositions.count(W(j)) != 0) return ClauseAfterAdverbial(j);
  }
  size_t j = c;
  for (size_t phrase = 0; phrase < 2 && j < n() && T(j).word && kPrepositions.count(W(j)) != 0; ++phrase) {
    // "claimed to have had a call with …": an infinitive, not an adverbial.
    if (W(j) == "to" && j + 1 < n() && kDeterminers.count(W(j + 1)) == 0 && !IsCapitalized(text_, T(j + 1))) return std::nullopt;
    ++j;
    while (j < n() && kDeterminers.count(W(j)) != 0) ++j;
    // "said on Monday as it raised its alert": a clause of its own after a conjunction is no claim.
    static const std::set<std::string_view> kConjunctions = {"as", "when", "while", "because", "since", "if",
                                                             "although", "though", "where", "whereas", "until"};
    size_t words = 0;
    while (j < n() && words < 3 && T(j).word && kSubjects.count(W(j)) == 0 && kPrepositions.count(W(j)) == 0 &&
           !ReportingVerbAt(text_, tokens_, j)) {
      if (kConjunctions.count(W(j)) != 0) return std::nullopt;
      ++j;
      ++words;
    }
    if (words == 0) return std::nullopt;
    if (Is(j, ",")) {
      if (opening_quotation(j + 1)) return j + 1;
      ++j;
    }
    if (clause_at(j)) return j;
  }
  return std::nullopt;
}

// After "X quoted" (token k): the one quoted and, past an appositive, "as saying" what they said.
bool SentenceReader::QuotedAsSaying(size_t k) {
  std::vector<Speaker> quoted;
  size_t as;
  if (!SpeakerAt(k, &quoted, &as)) return false;
  if (Is(as, ",")) {  // "Colin Gillis, an analyst at BGC Financial(,) as saying"
    const size_t limit = as + 16;
    while (as < n() && as < limit && !IsWord(as, "as") && !Is(as, ".")) ++as;
  }
  if (!IsWord(as, "as")) return false;
  const auto said = ReportingVerbAt(text_, tokens_, as + 1);
  if (!said) return false;
  size_t from = as + 1 + said->tokens;
  if (IsWord(from, "that")) ++from;
  auto span = ContentFrom(from);
  if (!span) return false;
  Add(quoted, as + 1, as + 1 + said->tokens, *span);
  return true;
}

// The speaker of an inverted attribution whose verb ends before token `subject`, ending its sentence
// or clause ("…, said Jane Doe."), into `speakers`:
// "…, said Cal Fire analyst Steve Volmer.": the name after the role phrase speaks.
// "…, says its maker, Corvane Bio.": the name in apposition to the description speaks.
// "…, said a spokesman for Harlow Foods.": the body the unnamed officer speaks for.
bool SentenceReader::InvertedSpeakerAt(size_t subject, std::vector<Speaker>* speakers, size_t* after) const {
  const size_t role = AfterRole(subject), officer = OfficerBodyAfter(subject),
               named = role > subject ? role : officer > subject ? officer : AppositiveNameAfter(subject);
  if (named > subject && SpeakerAt(named, speakers, after) && (TrailsSentence(*after) || Is(*after, ","))) return true;
  speakers->clear();
  return SpeakerAt(subject, speakers, after) && (TrailsSentence(*after) || Is(*after, ","));
}

// Whether an inverted attribution's speaker starts at token k ("…, said the union.", "…, says
// transit analyst Jane Doe,"): not the subject's second verb.
bool SentenceReader::SpeakerFollows(size_t k) const {
  static const WordSet kDeterminers = {"the", "a", "an", "its", "his", "her", "their", "our"};
  std::vector<Speaker> speakers;
  size_t after = k;
  if (InvertedSpeakerAt(k, &speakers, &after)) return true;
  if (k >= n() || kDeterminers.count(W(k)) == 0) return false;
  after = k + 1;  // "the union", "its chief executive": a description that names no one known
  while (after < n() && after < k + 4 && T(after).word && !IsCapitalized(text_, T(after)) && !IsAuxiliaryOrAdverb(W(after))) ++after;
  return after >= n() || Is(after, ",") || TrailsSentence(after);
}

// "X framed A as B and noted that …": a reporting verb with `that` later in the same predicate.
bool SentenceReader::Coordinated(const std::vector<Speaker>& speakers, size_t k) {
  // "Rovers manager Ian Pryce criticised … and said": the name only qualifies the one who speaks.
  if (k < n() && T(k).word && (IsTitle(W(k)) || IsRoleWord(W(k)) || IsPersonNoun(W(k)) || IsNameWord(k))) return false;
  // "Ines Marr, the chief executive, did not comment but said …": past the appositive.
  if (Is(k, ",")) {
    size_t close = k + 1;
    while (close < n() && close < k + 10 && T(close).word) ++close;
    if (close > k + 1 && Is(close, ",")) k = close + 1;
  }
  // (The comma for "and" only after a subject that opens the sentence: not "Nick Woodley, lead designer
  // at the firm's London centre, said".)
  const size_t first = dateline_ < n() ? dateline_ : 0;
  const bool opens = n() > 0 && !speakers.empty() && speakers.front().mention.span.begin == T(first).begin;
  for (size_t j = k; j + 1 < n(); ++j) {
    if (Is(j, ".") || Is(j, ";") || Is(j, ":")) return false;
    const bool but = IsWord(j, "but");
    // "Quillstack cuts prices, says demand is insane": a headline's comma for "and" (the first one
    // after the verb; not "…, said the union", whose speaker follows).
    const bool comma = Is(j, ",") && (IsWord(j + 1, "says") || IsWord(j + 1, "said")) && opens && !SpeakerFollows(j + 2);
    if (!IsWord(j, "and") && !but && !comma) continue;
    size_t v = j + 1;
    while (v < n() && IsAuxiliaryOrAdverb(W(v))) ++v;
    auto verb = ReportingVerbAt(text_, tokens_, v);
    if (!verb || verb->gerund) continue;
    // "X criticised the referee and said the penalty was wrong": "said" or "added" with a clause of
    // its own needs no `that` (not "and said so", "and said it plainly"), in the subject's own
    // clause (not "Asked about it in May, Vance laughed and said …"). After a refusal, "but" opens
    // what the subject did state: "did not name the firm, but said …", "… but insisted the
    // players had earned it".
    // "apologised for the delay, but warned it would not be the last": a warning with no one told,
    // its clause opened by a pronoun.
    const size_t c = v + verb->tokens;
    static const std::set<std::string_view> kPronounSubjects = {"he", "she", "it", "they", "we", "there"};
    const bool warns = verb->verb_class == VerbClass::kTelling && W(v).substr(0, 4) == "warn" && kPronounSubjects.count(W(c)) != 0;
    // "was unhappy with the result and believes his side must improve": any statement verb whose
    // clause has its own subject and verb (not "and noted the drop in sales", "and added a second";
    // nor, after "but", a verb of feeling or conceding with a noun: "but concedes defeat to …").
    if (W(v).substr(0, 3) == "add" && AddsCountOrScore(c)) continue;
    const bool says = IsWord(v, "said") || IsWord(v, "says") || IsWord(v, "added") || IsWord(v, "adds") || warns ||
                      (but && verb->verb_class == VerbClass::kStatement && !TakesClauseOnly(VerbWords(v, c))) ||
                      (verb->verb_class == VerbClass::kStatement && FiniteClauseAt(c));
    // "he exclaimed, and said: \"…\"": a quotation after the colon, a comma before "and" or not.
    const bool colon_quote = Is(c, ":") && c + 1 < n() && IsQuote(text_, T(c + 1));
    // ("and said it would", "but warned it would" open a clause with "it": a verb follows it.)
    const bool subject_it = (IsWord(c, "it") || IsWord(c, "this")) && c + 1 < n() && IsVerbAfterSubject(W(c + 1));
    const bool points = (IsWord(c, "it") || IsWord(c, "this") || IsWord(c, "so") || IsWord(c, "as") || IsWord(c, "nothing")) && !subject_it;
    const bool that = IsWord(c, "that") && c + 1 < n();
    bool own_clause = true;
    for (size_t m = k; m < j && own_clause; ++m) own_clause = !Is(m, ",") || ((but || comma || colon_quote) && m + 1 == j);
    if (colon_quote && own_clause) {
      if (auto span = ContentFrom(c + 1)) {
        Add(speakers, v, v + verb->tokens, *span);
        return true;
      }
    }
    // "was not impressed and labelled the goal a \"disgrace\"": a name given in quoted words.
    if (verb->verb_class == VerbClass::kFraming && own_clause) {
      const std::optional<size_t> object = AfterObject(*verb, c);
      if (object && IsQuote(text_, T(*object))) {
        if (auto span = Quoted(*object)) {
          Add(speakers, v, v + verb->tokens, *span);
          return true;
        }
      }
    }
    if (!that && (!says || points || !own_clause || !ClauseAfter(c))) continue;
    if (auto span = Content(T(that ? c + 1 : c).begin, false)) {
      Add(speakers, v, v + verb->tokens, *span);
      return true;
    }
  }
  return false;
}

// ", which has forecast a shortage of chips through 2027," after a speaker: token k is after `which`.
bool SentenceReader::Relative(const std::vector<Speaker>& speakers, size_t k) {
  static const std::set<std::string_view> kModals = {"will", "would", "may", "might", "could", "should", "can"};
  bool after_be = false;
  for (; k < n() && IsAuxiliaryOrAdverb(W(k)); ++k) {
    if (kModals.count(W(k)) != 0) return false;  // "which will reveal …": not yet said
    after_be |= IsFormOfBe(W(k));
  }
  auto verb = ReportingVerbAt(text_, tokens_, k);
  if (!verb || (after_be && verb->past_participle) || verb->verb_class == VerbClass::kFraming) return false;
  size_t c = k + verb->tokens;
  // "who said on Monday that …", "who told reporters that …": the content past the adverbial or the
  // one told.
  const std::optional<size_t> content = IsWord(c, "that") ? std::optional<size_t>(c + 1) : AfterObject(*verb, c);
  // "which advises consuming countries,": a telling verb states something only with `that` or what
  // it urges ("who has long urged the council to act").
  if (verb->verb_class == VerbClass::kTelling && !content) {
    size_t to = c;
    while (to < n() && !Is(to, ",") && !IsWord(to, "to")) ++to;
    if (!IsWord(to, "to")) return false;
  }
  if (content) c = *content;
  if (c >= n() || !ClauseAfter(c)) return false;
  auto span = Content(T(c).begin, true);
  if (!span) return false;
  Add(speakers, k, k + verb->tokens, *span);
  return true;
}

// Where the lowercase words after a name at token k that say what it is end ("The Metaalbond union
// said", "the INDEC national statistics bureau reported", "The Gillespie campaign said": a person's
// campaign speaks for the person): up to three words, the last an organisation's noun, then a verb;
// k when none stand there.
size_t SentenceReader::DescribingNounAfterName(size_t k) const {
  static const WordSet kDeterminers = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"};
  for (size_t end = k; end < n() && end < k + 3 && T(end).word && !IsCapitalized(text_, T(end)); ++end) {
    if ((IsOrganizationNoun(W(end)) || W(end) == "campaign") && VerbFollows(end + 1)) return end + 1;
    if (kDeterminers.count(W(end)) != 0 || IsPreposition(W(end)) || ReportingVerbAt(text_, tokens_, end)) break;
  }
  return k;
}

// Where a description of the name at token i starts after a comma ("…, the regional operator Kestrel
// Valley Rail said", "…, utility firm Orvel Power said"): an optional article or possessive, up to
// three lowercase words, the last an organisation's or a person's noun; i when none stands there.
size_t SentenceReader::DescriptionBeforeName(size_t i) const {
  static const WordSet kOpeners = {"the", "a", "an", "its", "their"};
  size_t begin = i;
  while (begin > 0 && begin + 3 > i && T(begin - 1).word && !IsCapitalized(text_, T(begin - 1)) && kOpeners.count(W(begin - 1)) == 0) --begin;
  if (begin > 0 && kOpeners.count(W(begin - 1)) != 0) --begin;
  if (begin == i || begin == 0 || !Is(begin - 1, ",")) return i;
  // ("…, the statistics agency INDEC said": a subject group may open at its description's own
  // noun, a media word; then that noun ends the description.)
  const LowerWord noun = T(i).word && !IsCapitalized(text_, T(i)) ? W(i) : W(i - 1);
  return IsOrganizationNoun(noun) || IsPersonNoun(noun) || IsRoleWord(noun) ? begin : i;
}

// Whether "and he warned that …" starts at token k: a second claim, not part of the first. A
// concession or contrast opens one too: "…, though he suggested it will start declining", "…,
// although he stressed that …", "…, while she warned that …".
bool SentenceReader::NewAttributionAt(size_t k) const {
  static const WordSet kJoiners = {"and", "but", "though", "although", "while", "whereas"};
  if (k >= n() || !T(k).word || kJoiners.count(W(k)) == 0) return false;
  std::vector<Speaker> speakers;
  size_t v;
  // "…, but police and witnesses said …": unnamed people, up to four lowercase words.
  static const std::set<std::string_view> kPeople = {"police", "witnesses", "critics", "experts", "observers", "opponents",
                                                     "supporters", "economists", "doctors", "scientists", "campaigners"};
  size_t people = k + 1;
  while (people < n() && people < k + 5 && T(people).word && !IsCapitalized(text_, T(people)) && !ReportingVerbAt(text_, tokens_, people)) {
    ++people;
  }
  const bool unnamed = people > k + 1 && (kPeople.count(W(people - 1)) != 0 || IsAnonymousNoun(W(people - 1)));
  if (unnamed) {
    v = people;
  } else if (!SpeakerAt(k + 1, &speakers, &v)) {
    // "…, and her lawyer, Tom Hale, said …": a description, then the speaker's name between commas.
    size_t comma = k + 1;
    while (comma < n() && comma < k + 5 && T(comma).word) ++comma;
    if (!Is(comma, ",") || !SpeakerAt(comma + 1, &speakers, &v) || !Is(v, ",")) return false;
    ++v;
  }
  while (v < n() && IsAuxiliaryOrAdverb(W(v))) ++v;
  auto verb = ReportingVerbAt(text_, tokens_, v);
  // "…, but she said both were licensed": a finite verb and a clause of its own (not "and he says
  // it plainly").
  const size_t c = verb ? v + verb->tokens : v;
  // ("…, though he suggested it will start declining": "it" opening a clause with its verb.)
  const bool subject_it = (IsWord(c, "it") || IsWord(c, "this")) && c + 1 < n() && IsVerbAfterSubject(W(c + 1));
  const bool points = (IsWord(c, "it") || IsWord(c, "this") || IsWord(c, "so") || IsWord(c, "as") || IsWord(c, "nothing")) && !subject_it;
  // ("…, but she labelled the second goal \"a proper team move\"": a name given in quoted words.)
  const std::optional<size_t> object = verb && verb->verb_class == VerbClass::kFraming ? AfterObject(*verb, c) : std::nullopt;
  return verb && (IsWord(c, "that") || Is(c, ":") ||
                  (!verb->gerund && verb->verb_class == VerbClass::kStatement && !points && ClauseAfter(c)) ||
                  (object && IsQuote(text_, T(*object))));
}

// ", adding that …", ", noting that …" after an attribution, or "… and conceded that …": a second
// claim of the same speaker.
void SentenceReader::AddedThat(const std::vector<Speaker>& speakers, size_t from) {
  for (size_t j = from; j + 2 < n(); ++j) {
    if (SecondTellingAt(j)) {
      const size_t object = j + 1 + ReportingVerbAt(text_, tokens_, j + 1)->tokens;
      if (auto span = Content(T(object).begin, false)) Add(speakers, j + 1, object, *span);
      return;
    }
    if (const std::optional<size_t> that = SecondVerbThat(j)) {
      if (auto span = Content(T(*that + 1).begin, false)) Add(speakers, j + 1, j + 1 + ReportingVerbAt(text_, tokens_, j + 1)->tokens, *span);
      return;
    }
    // ", adding that …", ",\" adding that …" after a quotation's closing mark, "… and adding that …",
    // ", while warning that …", ", before adding that …".
    const bool joined = Is(j, ",") && (IsQuote(text_, T(j + 1)) || IsWord(j + 1, "while") || IsWord(j + 1, "before"));
    const size_t gerund = joined ? j + 2 : j + 1;
    if ((!Is(j, ",") && !IsWord(j, "and")) || !GerundThatAt(gerund)) continue;
    const size_t that = *GerundThat(gerund);
    if (auto span = ContentFrom(that + 1)) Add(speakers, gerund, gerund + ReportingVerbAt(text_, tokens_, gerund)->tokens, *span);
    return;
  }
}

// Whether "and urged drivers not to …" or "and pledged a review" starts at token k: the subject's
// second verb telling someone to act, or promising; what follows the verb is the claim (RULES:
// `urged`, `pledged` take their object).
bool SentenceReader::SecondTellingAt(size_t k) const {
  if (!IsWord(k, "and")) return false;
  auto verb = ReportingVerbAt(text_, tokens_, k + 1);
  if (!verb || verb->gerund || IsWord(k + 1 + verb->tokens, "that")) return false;
  if (IsPromise(W(k + 1))) return ClauseAfter(k + 1 + verb->tokens);  // "and promised a review of night buses"
  if (verb->verb_class != VerbClass::kTelling) return false;
  for (size_t to = k + 1 + verb->tokens; to < n() && to < k + 8 && T(to).word; ++to) {
    if (IsWord(to, "to")) return to > k + 1 + verb->tokens;
  }
  return false;
}

bool SentenceReader::SecondVerbThatAt(size_t k) const { return SecondVerbThat(k).has_value(); }

// The `that` of "and conceded that …", "but added that …" or "and told those at the event that …"
// at token k: the subject's second reporting verb, finite, and the one told before `that` (or the
// `of` of "and warned of …", or the "said" of "and said there will be …").
std::optional<size_t> SentenceReader::SecondVerbThat(size_t k) const {
  if (!IsWord(k, "and") && !IsWord(k, "but")) return std::nullopt;
  auto verb = ReportingVerbAt(text_, tokens_, k + 1);
  if (!verb || verb->gerund) return std::nullopt;
  size_t that = k + 1 + verb->tokens;
  // Whom a telling verb tells, or an adverbial ("but stressed in prepared remarks that …").
  if (verb->verb_class == VerbClass::kTelling || (that < n() && T(that).word && IsAdverbialOpener(W(that)))) {
    while (that < n() && that < k + 1 + verb->tokens + 8 && T(that).word && !IsWord(that, "that")) ++that;
  }
  // "said the bank would hold rates and warned of a slowdown": the warning's object is what it states.
  if (W(k + 1).substr(0, 4) == "warn" && IsWord(k + 1 + verb->tokens, "of") && ClauseAfter(k + 2 + verb->tokens)) return k + 1 + verb->tokens;
  // "said it was astounding and said there will be sanctions": a second "said" needs no `that`; its
  // clause opens with a subject (not "and said so", "and said goodbye").
  static const WordSet kSubjects = {"the", "there", "he", "she", "it", "they", "we", "i", "his", "her", "its", "their", "this"};
  if ((IsWord(k + 1, "said") || IsWord(k + 1, "says")) && kSubjects.count(W(that)) != 0 && ClauseAfter(that)) return that - 1;
  if (!IsWord(that, "that") || !ClauseAfter(that + 1)) return std::nullopt;
  return that;
}

bool SentenceReader::GerundThatAt(size_t k) const { return GerundThat(k).has_value(); }

// Where a forecast's gerund at token k has its object or clause: "predicting a 149% rate",
// "forecasting growth of 2%", "projecting $1 billion", "predicting that …"; not a preposition
// ("predicting for years") nor a question ("estimating how many").
std::optional<size_t> SentenceReader::ForecastGerundObject(size_t k) const {
  static const WordSet kForecasts = {"predicting", "forecasting", "projecting", "estimating", "anticipating"};
  if (k + 2 >= n() || !T(k).word || kForecasts.count(W(k)) == 0) return std::nullopt;
  if (IsWord(k + 1, "that")) return ClauseAfter(k + 2) ? std::optional<size_t>(k + 2) : std::nullopt;
  const bool object = T(k + 1).word ? !IsPreposition(W(k + 1)) && !IsWord(k + 1, "to") && !IsWord(k + 1, "how") &&
                                          !IsWord(k + 1, "whether") && !IsWord(k + 1, "what")
                                    : !Is(k + 1, ",") && !Is(k + 1, ".") && !Is(k + 1, ";") && !Is(k + 1, ":") && !IsQuote(text_, T(k + 1));
  return object ? std::optional<size_t>(k + 1) : std::nullopt;
}

// The `that` of ", adding that …" or ", telling supporters in Bergholm that …" at token k (a telling
// verb's object and an adverbial may come first); for ", saying world markets were …", whose clause
// follows with no `that`, the gerund itself. The content starts after the token returned.
std::optional<size_t> SentenceReader::GerundThat(size_t k) const {
  auto verb = ReportingVerbAt(text_, tokens_, k);
  if (!verb || !verb->gerund) return std::nullopt;
  size_t that = k + verb->tokens;
  // (A suit's or a complaint's: "sued Tarrow in state court, claiming the outage cost it …".)
  static const std::set<std::string_view> kBareGerunds = {"saying", "adding", "arguing", "insisting", "predicting", "noting",
                                                           "stressing", "suggesting", "claiming", "alleging", "contending",
                                                           "asserting"};
  // Words a gerund takes as its object, not a clause's subject: "saying goodbye to the fans".
  static const std::set<std::string_view> kObjects = {"goodbye", "sorry", "nothing", "something", "anything", "so", "yes",
                                                      "no", "hello", "thanks", "thank", "farewell", "grace", "little", "much",
                                                      "more", "less", "to", "up", "on", "in", "for", "about", "of", "with", "that"};
  // (A quantifier too: ", saying many thought the increase was excessive".)
  static const std::set<std::string_view> kSubjects = {"he", "she", "it", "they", "we", "i", "there", "the", "a", "an",
                                                       "his", "her", "its", "their", "our", "this", "these", "those",
                                                       "many", "most", "some", "few", "several", "others", "both"};
  const bool subject = that < n() && ((T(that).word && kObjects.count(W(that)) == 0 && (kSubjects.count(W(that)) != 0 || IsCapitalized(text_, T(that)))) ||
                                      IsQuote(text_, T(that)));
  if (verb->tokens == 1 && kBareGerunds.count(W(k)) != 0 && subject && ClauseAfter(that)) {
    return that - 1;
  }
  if (Is(that, ":") && that + 1 < n()) return that;  // ", adding: \"We are back to normal.\""
  if (Is(that, ",") && that + 1 < n() && IsQuote(text_, T(that + 1))) return that;  // ", adding, \"and so we will act.\""
  if (verb->verb_class == VerbClass::kTelling) {
    while (that < n() && that < k + verb->tokens + 6 && T(that).word && !IsWord(that, "that")) ++that;
  }
  if (!IsWord(that, "that") || that + 1 >= n()) return std::nullopt;
  return that;
}

// After "X's" (token k is the token after 's): nouns of stating, a possession that speaks for its
// owner ("ARM's CEO has argued", "DeepSeek's V3 model … claimed"), and "X's framing of '…'".
bool SentenceReader::Possessive(const std::vector<Speaker>& speakers, size_t k) {
  size_t noun = k;
  while (noun < k + 3 && noun < n() && T(noun).word && !IsStatementNounBeforeThat(W(noun)) &&
         !IsStatementNounBeforeIs(W(noun)) && noun + 1 < n() && T(noun + 1).word &&
         !ReportingVerbAt(text_, tokens_, noun)) {
    ++noun;  // adjectives: "blunt assessment", "actual point"
  }
  const LowerWord w = W(noun);
  size_t c = noun + 1;
  // "His math suggests …", "Her reading implies that …".
  if (IsStatementNounBeforeIs(w) && (IsWord(c, "suggests") || IsWord(c, "implies") || IsWord(c, "shows") || IsWord(c, "means"))) {
    const size_t from = IsWord(c + 1, "that") ? c + 2 : c + 1;
    if (auto span = ContentFrom(from)) {
      Add(speakers, noun, c + 1, *span);
      return true;
    }
  }
  if (IsStatementNounBeforeIs(w) && IsWord(c, "is")) {
    ++c;
    if (IsWord(c, "that")) ++c;
    if (auto span = ContentFrom(c)) {
      Add(speakers, noun, noun + 1, *span);
      return true;
    }
  }
  if ((IsStatementNounBeforeThat(w) || IsStatementNounBeforeIs(w)) && Is(c, ":")) {
    if (auto span = ContentFrom(c + 1)) {
      Add(speakers, noun, noun + 1, *span);
      return true;
    }
  }
  if (IsStatementNounBeforeThat(w) && IsWord(c, "that") && c + 1 < n()) {
    // The clause ends where the noun phrase does: "… may never be recovered has sent shockwaves".
    size_t end = n();
    for (size_t j = c + 4; j + 1 < n(); ++j) {
      const LowerWord aux = W(j), next = W(j + 1);
      const bool participle = next.size() > 2 && (next.compare(next.size() - 2, 2, "ed") == 0 || next == "sent" ||
                                                  next == "been" || next == "become" || next == "made" || next == "drawn");
      if ((aux == "has" || aux == "have" || aux == "had") && participle) {
        end = j;
        break;
      }
    }
    std::optional<ByteSpan> span;
    if (end == n()) {
      span = Content(T(c + 1).begin, false);
    } else {
      const size_t stop = TrimEnd(T(c + 1).begin, T(end).begin, false);
      if (stop > T(c + 1).begin) span = ByteSpan{T(c + 1).begin, stop};
    }
    if (span) {
      Add(speakers, noun, noun + 1, *span);
      return true;
    }
  }
  const size_t quote = IsWord(c + 1, "a") || IsWord(c + 1, "an") || IsWord(c + 1, "the") ? c + 2 : c + 1;
  if (w == "framing" && IsWord(c, "of") && quote < n() && IsQuote(text_, T(quote))) {
    if (auto span = Quoted(quote)) {
      Add(speakers, noun, noun + 1, *span);
      return true;
    }
  }
  // A possession speaking for its owner: up to three words, an appositive, then the verb.
  for (size_t v = k; v < k + 3 && v < n() && T(v).word; ++v) {
    // "Acme's Jane Doe said": a named person speaks, not the company.
    if (v == k && IsCapitalized(text_, T(v)) && !IsTitle(W(v)) && IsCapitalized(text_, T(std::min(v + 1, n() - 1))) &&
        v + 1 < n()) {
      return false;
    }
    // "Fed's Harlow says", "Carnia's Ambrose told": a person named by surname after the owner
    // speaks for herself; the owner only places her.
    if (v == k && IsCapitalized(text_, T(v)) && !IsTitle(W(v)) && !IsRoleWord(W(v)) && !IsPersonNoun(W(v)) &&
        !IsOrganizationNoun(W(v)) && (MentionAt(v) == nullptr || f_.SpeakerOf(*MentionAt(v)).kind == ActorKind::kPerson) &&
        (ReportingVerbAt(text_, tokens_, v + 1) || (v + 1 < n() && IsAuxiliaryOrAdverb(W(v + 1))))) {
      return false;
    }
    if (ReportingVerbAt(text_, tokens_, v) || IsAuxiliaryOrAdverb(W(v))) {
      if (v == k) return false;
      return Predicate(speakers, k > 0 ? k - 1 : 0, v);
    }
    if (Is(v + 1, ",")) {
      // "Acme's chief executive, Jane Doe, said": the name is the speaker, not the company.
      if (MentionAt(v + 2) || IsCapitalized(text_, T(std::min(v + 2, n() - 1)))) return false;
      return Predicate(speakers, k > 0 ? k - 1 : 0, v + 1);
    }
  }
  return false;
}

// "according to X, …" and "…, according to X".
// Where a document phrase after "according to" at token k says who saw it ("a memo seen by the
// Ledger", "documents obtained by Reuters"): the token of "seen" or "obtained", or 0.
size_t SentenceReader::SeenDocumentAt(size_t k) const {
  for (size_t j = k; j + 1 < n() && j < k + 6 && !Is(j, ","); ++j) {
    const std::string_view word = W(j);
    if (!IsDocumentNoun(word) && !(word.size() > 4 && word.back() == 's' && IsDocumentNoun(word.substr(0, word.size() - 1)))) continue;
    const size_t seen = j + 1;
    const bool saw = IsWord(seen, "seen") || IsWord(seen, "obtained") || IsWord(seen, "reviewed") || IsWord(seen, "viewed");
    return saw && IsWord(seen + 1, "by") ? seen : 0;
  }
  return 0;
}

void SentenceReader::AccordingTo() {
  if ((cues_ & (kCueAccording | kCueBy)) == 0) return;
  for (size_t i = 0; i + 1 < n(); ++i) {
    // "according to X", "as per X", ", per X" (a comma before: not "per cent", "per share") and
    // ", as reported by X".
    const bool according = IsWord(i, "according") && IsWord(i + 1, "to");
    const bool as_per = IsWord(i, "as") && IsWord(i + 1, "per");
    const bool per = IsWord(i + 1, "per") && !IsCapitalized(text_, T(i + 1)) && Is(i, ",") && i + 2 < n() &&
                     IsCapitalized(text_, T(i + 2));  // not the name "Per Arne Kvist"
    const bool as_reported = i > 0 && Is(i - 1, ",") && IsWord(i, "as") && IsWord(i + 1, "reported") && IsWord(i + 2, "by");
    if (!according && !as_per && !per && !as_reported) continue;
    const std::string verb = according ? "according to" : as_per ? "as per" : as_reported ? "as reported by" : "per";
    if (per) ++i;  // the phrase starts at "per", after its comma
    size_t j = i + (per ? 1 : as_reported ? 3 : 2);
    const size_t phrase = j;
    const ActorMention* m = nullptr;
    std::optional<size_t> unnamed = AnonymousEnd(phrase, false);
    size_t unnamed_at = phrase;
    if (const size_t seen = SeenDocumentAt(phrase); !unnamed && seen != 0) {
      // "according to a memo seen by the Ledger and an official familiar with the matter": the outlet
      // only saw the document, which names no one; the unnamed source beside it speaks.
      size_t k = seen;
      while (k < n() && k < seen + 8 && !Is(k, ",") && !Is(k, ".") && !IsWord(k, "and")) ++k;
      unnamed = IsWord(k, "and") ? AnonymousEnd(k + 1, false) : std::nullopt;
      if (!unnamed) continue;
      unnamed_at = k + 1;
    }
    for (; !unnamed && j < n() && !Is(j, ",") && !Is(j, ".") && !Is(j, ";"); ++j) {
      if ((m = MentionAt(j))) break;
    }
    if (unnamed) j = *unnamed;
    std::vector<Speaker> speakers;
    if (auto end = unnamed) {
      speakers.push_back({{"", std::string(kAnonymousSpeaker), {T(unnamed_at).begin, T(*end - 1).end}}, ActorKind::kGroup});
    } else if (m) {
      speakers.push_back(f_.SpeakerOf(*m));
    } else if ((IsWord(phrase, "him") || IsWord(phrase, "her") || IsWord(phrase, "them")) && (Is(phrase + 1, ",") || Is(phrase + 1, "."))) {
      // "According to her, …": whom the pronoun stands for.
      const Antecedent& antecedent = IsWord(phrase, "them") ? f_.plural_ : f_.PersonFor(IsWord(phrase, "her") ? 'f' : 'm', index_);
      if (!antecedent.Valid(index_, kPronounReach)) continue;
      speakers = antecedent.speakers;
      for (Speaker& s : speakers) {  // a candidate keeps its name, as in Pronoun
        if (!s.mention.actor_id.empty()) s.mention.surface = std::string(text_.substr(T(phrase).begin, T(phrase).end - T(phrase).begin));
        s.mention.span = {T(phrase).begin, T(phrase).end};
      }
      j = phrase + 1;
    } else if (auto named = IsWord(phrase, "the") && IsOrganizationNoun(W(phrase + 1))
                                ? OrganisationFor(phrase + 1, {T(phrase).begin, T(phrase + 1).end}, false)
                                : std::nullopt) {
      speakers = *named;  // "according to the agency": the Northern Health Security Agency
    } else if (IsWord(phrase, "the") && IsOrganizationNoun(W(phrase + 1)) && CompanyBefore(i)) {
      speakers = *CompanyBefore(i);  // "according to the company"
      for (Speaker& s : speakers) {  // the description is the mention; a candidate keeps its name
        if (!s.mention.actor_id.empty()) s.mention.surface = std::string(text_.substr(T(phrase).begin, T(phrase + 1).end - T(phrase).begin));
        s.mention.span = {T(phrase).begin, T(phrase + 1).end};
      }
    } else if ((IsWord(phrase, "the") || IsWord(phrase, "its") || IsWord(phrase, "a")) && IsDocumentNoun(W(phrase + 1)) &&
               (phrase + 2 >= n() || Is(phrase + 2, ",") || Is(phrase + 2, ".")) && DocumentIssuerSpeakers()) {
      speakers = *DocumentIssuerSpeakers();  // "according to the report", "according to a statement": its issuer
      for (Speaker& s : speakers) {
        if (!s.mention.actor_id.empty()) s.mention.surface = std::string(text_.substr(T(phrase).begin, T(phrase + 1).end - T(phrase).begin));
        s.mention.span = {T(phrase).begin, T(phrase + 1).end};
      }
      j = phrase + 2;
    } else {  // an unknown name: "according to Jane Doe", "according to outgoing chief executive Jane Doe"
      size_t name = phrase;
      // "according to data from the Office for National Statistics", "according to a report by
      // Harbor Research", "according to a pre-vote note from Kell & Co", "according to a statement
      // from …", "according to projections of ZDF": whom the data or document comes from (two
      // lowercase modifiers may come first).
      size_t noun = IsWord(name, "a") || IsWord(name, "an") || IsWord(name, "the") ? name + 1 : name;
      for (size_t modifiers = 0; noun + 1 < n() && modifiers < 4 && !IsSourcedNoun(W(noun)) && !IsDocumentNoun(W(noun)) &&
                                 ((T(noun).word && !IsCapitalized(text_, T(noun))) || Is(noun, "-"));
           ++modifiers) {
        ++noun;
      }
      if (noun < n() && (IsSourcedNoun(W(noun)) || IsDocumentNoun(W(noun)))) {
        for (size_t k = noun + 1; k < n() && k < noun + 8 && !Is(k, ","); ++k) {
          if (IsWord(k, "from") || IsWord(k, "by") || (IsWord(k, "of") && k + 1 < n() && IsCapitalized(text_, T(k + 1)))) {
            name = k + 1;
            break;
          }
        }
      }
      // "a note from analysts at Harwick Partners": the analysts speak for their firm.
      if (IsSpokesperson(W(name)) && (IsWord(name + 1, "at") || IsWord(name + 1, "of") || IsWord(name + 1, "from"))) name += 2;
      if (IsWord(name, "the")) ++name;
      name = AfterRole(name);
      // "according to market intelligence firm ICIS", "according to data firm Kpler": a
      // description ending in an organisation's noun stands before the organisation's name.
      for (size_t k = name; k < name + 4 && k + 1 < n() && T(k).word && !IsCapitalized(text_, T(k)); ++k) {
        if (IsOrganizationNoun(W(k)) && IsCapitalized(text_, T(k + 1))) {
          name = k + 1;
          break;
        }
      }
      const size_t end = name < n() && IsCapitalized(text_, T(name)) ? NameEnd(name) : name;
      if (end == name || (end == name + 1 && !f_.MayBeName(text_.substr(T(name).begin, T(name).end - T(name).begin)))) continue;
      const ByteSpan at{T(name).begin, T(end - 1).end};
      speakers.push_back({{"", std::string(text_.substr(at.begin, at.end - at.begin)), at}, ActorKind::kPerson});
    }
    size_t first = 0;  // the sentence's own first token, after a list or date prefix
    while (first < i && (!T(first).word || Is(first + 1, ":") || Is(first + 1, "-"))) ++first;
    std::optional<ByteSpan> span;
    // "However, according to X, …", "But according to X, …": a connective before the phrase is no content.
    const bool connective = first < i && T(first).word && OpensClause(W(first)) && (i == first + 1 || (i == first + 2 && Is(first + 1, ",")));
    if (first == i || connective) {  // at the start: the content follows the phrase's comma
      size_t comma = j;
      while (comma < n() && !Is(comma, ",")) ++comma;
      if (comma + 1 < n()) span = ContentFrom(comma + 1);
    } else if (const size_t comma = i > 0 && Is(i - 1, ",") ? i - 1
                                    // 'closed due to "overwhelming demand," according to X': the
                                    // comma inside the closing mark.
                                    : i > 1 && IsQuote(text_, T(i - 1)) && Is(i - 2, ",") ? i - 2
                                                                                           : 0;
               comma > 0) {  // at the end: the content is what comes before
      size_t start = 0;
      for (size_t k = 0; k + 1 < comma; ++k) {
        if (Is(k, ":") && k + 1 < comma) start = k + 1;
      }
      if (comma + 2 == i && IsQuote(text_, T(start))) ++start;  // the quotation is all of it: inside its marks
      const size_t end = TrimEnd(T(start).begin, T(comma).begin, false);
      if (end > T(start).begin) span = ByteSpan{T(start).begin, end};
    }
    if (span) Add(speakers, verb, *span);
  }
}

// "Prices will rise, said Mark Cuban." — the verb before its speaker, after the content. (With a
// quotation before the comma it is QuotationAttributed's.)
void SentenceReader::SaidAfter() {
  if ((cues_ & kCueComma) == 0) return;
  for (size_t j = 1; j + 2 < n(); ++j) {
    if (!Is(j, ",") || IsQuote(text_, T(j - 1))) continue;
    auto verb = ReportingVerbAt(text_, tokens_, j + 1);
    std::vector<Speaker> speakers;
    // "…, told Reuters.": the one told is not the speaker.
    if (!verb || IsToldAt(j + 1)) continue;
    size_t after;
    if (!InvertedSpeakerAt(j + 1 + verb->tokens, &speakers, &after)) continue;
    size_t start = 0;
    for (size_t k = 0; k + 1 < j; ++k) {
      if (Is(k, ":")) start = k + 1;
    }
    // "As private firms, says Irene Cornell, they are not covered …": an attribution inside its
    // content; the whole sentence is the claim (RULES).
    std::optional<ByteSpan> span = Before(start, j);
    // (A clause: a verb within its first words; not "…, says Jane Orr, an analyst at Acme" nor "…, who
    // heads research".)
    const auto clause_goes_on = [&](size_t k) {
      if (k >= n() || !T(k).word || IsWord(k, "who") || IsWord(k, "which") || IsWord(k, "whose") || IsWord(k, "and") ||
          IsWord(k, "but")) {
        return false;
      }
      // "…, said Patrick Pouyanne, CEO of TotalEnergies in France quoted by CNews": the speaker's
      // description in apposition, not a clause.
      if (IsTitle(W(k)) || IsPersonNoun(W(k)) || IsRoleWord(W(k)) || IsWord(k, "a") || IsWord(k, "an")) return false;
      for (size_t v = k; v < n() && v < k + 6 && T(v).word; ++v) {
        if (!IsCapitalized(text_, T(v)) && IsVerbAfterSubject(W(v))) return true;
      }
      return false;
    };
    if (Is(after, ",") && clause_goes_on(after + 1)) {
      const size_t end = TrimEnd(T(start).begin, sentence_.end, true);
      if (end > T(start).begin) span = ByteSpan{T(start).begin, end};
    }
    if (span) Add(speakers, j + 1, j + 1 + verb->tokens, *span);
    return;
  }
}

// `X: "…"` at the start of a sentence or list item, `Burnley manager Sean Dyche: "…"` (a role
// before the name), `— Lee Park, CEO of Harbor: "…"` (a dash line naming its speaker before an
// appositive), and `From X:` ending one (its next sentence is X's).
void SentenceReader::Headed() {
  // Every shape below has its colon within its first words; most sentences have none.
  size_t first_colon = 0;
  while (first_colon < n() && first_colon < 32 && !Is(first_colon, ":")) ++first_colon;
  if (first_colon == n() || first_colon == 32) return;
  size_t i = Is(0, "-") || Is(0, "*") || Is(0, "\xe2\x80\xa2") ? 1 : 0;  // a list item: - • *
  const bool dash = n() > 0 && IsDash(text_, T(0));
  if (dash) i = 1;
  if (IsWord(i, "from")) ++i;
  // "Coach: \"We were poor\"": a line opened by a role alone quotes the one person the story
  // introduces with that role (none when two hold it), as a headline's credit after a colon does.
  if (f_.names_ != nullptr && !dash && first_colon > i && first_colon <= i + 2 && IsCapitalized(text_, T(i)) &&
      T(first_colon - 1).word && first_colon + 1 < n() && IsQuote(text_, T(first_colon + 1))) {
    if (std::optional<std::string> name = f_.names_->ByRole(W(first_colon - 1))) {
      const ByteSpan role{T(i).begin, T(first_colon - 1).end};
      if (auto span = Quoted(first_colon + 1)) Add({{{"", *name, role}, ActorKind::kPerson}}, ":", *span);
      return;
    }
  }
  const size_t named = MentionAt(i) ? i : AfterRole(i);
  const bool role = named > i;  // a role names its holder: "Manager Dyche:" is no heading
  i = named;
  std::vector<Speaker> speakers;
  size_t colon = i;
  if (const ActorMention* m = MentionAt(i)) {
    speakers.push_back(f_.SpeakerOf(*m));
    colon = MentionEnd(i);
  } else if (!UnknownName(i, &speakers, &colon) || (!dash && !role && colon - i < 2)) {
    return;
  }
  // "Lund on the winner: \"…\"": the topic between the name and the colon, as a press report lists
  // what was said on what.
  if (!dash && IsWord(colon, "on") && first_colon > colon + 1 && first_colon <= colon + 10 && first_colon + 1 < n() &&
      IsQuote(text_, T(first_colon + 1))) {
    colon = first_colon;
  }
  // The speaker's appositive, up to the colon: on a dash line, or before a quotation ("Jana Orlik,
  // chief executive of Velmar: \"…\""), with no verb of its own ("…, said:" is Predicate's).
  if (Is(colon, ",") && (dash || (first_colon + 1 < n() && IsQuote(text_, T(first_colon + 1))))) {
    size_t j = colon + 1;
    while (j < n() && j < colon + 16 && !Is(j, ":") && !IsQuote(text_, T(j)) && (dash || !ReportingVerbAt(text_, tokens_, j))) ++j;
    colon = j;
  }
  if (!Is(colon, ":")) return;
  if (colon + 1 >= n()) {
    if (MentionAt(i) == nullptr) return;
    f_.forward_speakers_ = speakers;
    f_.forward_verb_ = ":";
  } else if (IsQuote(text_, T(colon + 1))) {
    if (auto span = Quoted(colon + 1)) Add(speakers, ":", *span);
  }
}

// A headline's credit after a colon, on a line of its own: "OPEC finds consensus to hold output:
// minister", "Rates to stay on hold until summer: governor", "Deal near: sources". What comes
// before the colon is the claim of whom the credit names: the person the story introduces with
// that role, or unnamed sources. The headline's own verb reports nothing more.
bool SentenceReader::HeadlineCredit() {
  const size_t colon = CreditColon();
  if (colon == n()) return false;
  if (f_.names_ == nullptr) return true;  // the first reading: names are not known yet
  const LowerWord credit = W(n() - 1);
  const ByteSpan mention{T(colon + 1).begin, T(n() - 1).end};
  std::vector<Speaker> speakers;
  if (credit == "sources" || credit == "source") {
    speakers.push_back({{"", std::string(kAnonymousSpeaker), mention}, ActorKind::kGroup});
  } else if (std::optional<std::string> name = f_.names_->ByRole(credit)) {
    speakers.push_back({{"", *name, mention}, ActorKind::kPerson});
  }
  const size_t end = TrimEnd(T(0).begin, T(colon).begin, false);
  if (!speakers.empty() && end > T(0).begin) Add(speakers, ":", {T(0).begin, end});
  return true;
}

// A headline in title case: "Kell Says Prices Will Fall Next Year", "Acme Chief Maria Kell Warns Of
// Weaker Demand", "Prices Will Fall, Minister Says". Title case capitalises the verb too, so no name
// run ends at it: the verb is looked for among the words, and its speaker is a name the story gives
// that ends right before it (after a role, or after the content's comma), or the person the story
// introduces with the role the headline uses ("Minister").
bool SentenceReader::TitleCaseHeadline() {
  static const WordSet kHeadlineVerbs = {"says", "warns", "predicts", "claims", "insists", "urges", "denies", "confirms",
                                         "expects", "sees", "tells", "vows", "pledges", "argues", "admits", "believes",
                                         "forecasts", "signals", "hints", "promises", "suggests", "stresses"};
  if (f_.names_ == nullptr || !InTitleCase()) return false;
  for (size_t v = 1; v < n(); ++v) {
    if (!T(v).word || kHeadlineVerbs.count(W(v)) == 0) continue;
    // The content's comma before the speaker: "Prices Will Fall, Minister Says".
    size_t comma = v;
    while (comma > 0 && !Is(comma - 1, ",")) --comma;
    const size_t first = comma > 0 ? comma : AfterRole(0) < v ? AfterRole(0) : 0;
    std::vector<Speaker> speakers;
    // (Title case collects no names, so the line holds no mention: the words are matched against
    // the fullest names of the story's speakers.)
    bool name = first < v && v - first <= 4;
    for (size_t w = first; name && w < v; ++w) name = T(w).word && IsCapitalized(text_, T(w));
    const ByteSpan written{T(first).begin, T(v - 1).end};
    const std::string fullest = name ? f_.names_->Fullest(text_.substr(written.begin, written.end - written.begin)) : "";
    const auto spoke = std::find_if(f_.mentions_.begin(), f_.mentions_.end(), [&](const ActorMention& m) { return m.surface == fullest; });
    if (name && spoke != f_.mentions_.end()) {
      Speaker speaker = f_.SpeakerOf(*spoke);
      speaker.mention.span = written;
      speakers.push_back(std::move(speaker));
    } else if (IsRoleWord(W(v - 1)) || IsTitle(W(v - 1))) {  // "Minister Says", "Marrow Foods Chief Says"
      const std::optional<std::string> name = f_.names_->ByRole(W(v - 1));
      if (name) speakers.push_back({{"", *name, {T(v - 1).begin, T(v - 1).end}}, ActorKind::kPerson});
    }
    if (speakers.empty()) continue;
    std::optional<ByteSpan> span;
    if (comma > 0) {
      // "… From Riders – Transport Secretary, Okonjo Pledges": the speaker's role after a dash is
      // no part of what is claimed.
      size_t end = comma - 1;
      for (size_t d = end; d-- > 1;) {
        if (!IsDash(text_, T(d))) continue;
        bool role = d + 1 < end && T(end - 1).word && (IsRoleWord(W(end - 1)) || IsTitle(W(end - 1)));
        for (size_t w = d + 1; role && w < end; ++w) role = T(w).word && IsCapitalized(text_, T(w));
        if (role) end = d;
        break;
      }
      if (v + 1 >= n() || TrailsSentence(v + 1)) span = Before(0, end);
    } else if (v + 1 < n()) {
      span = Content(T(IsWord(v + 1, "that") ? v + 2 : v + 1).begin, false);
    }
    if (!span) continue;
    Add(speakers, v, v + 1, *span);
    return true;
  }
  return false;
}

// The colon of a headline's credit ("…: minister", "…: sources"): a line of its own that ends
// in one or two lowercase words after a colon, with no final punctuation; n() if none.
size_t SentenceReader::CreditColon() const {
  if (n() < 4) return n();
  const size_t colon = Is(n() - 2, ":") ? n() - 2 : Is(n() - 3, ":") ? n() - 3 : n();
  if (colon == n() || (T(0).begin > 0 && text_[T(0).begin - 1] != '\n')) return n();
  for (size_t j = colon + 1; j < n(); ++j) {
    if (!T(j).word || IsCapitalized(text_, T(j))) return n();
  }
  const size_t line_end = text_.find('\n', T(n() - 1).end);
  const std::string_view rest =
      text_.substr(T(n() - 1).end, (line_end == std::string_view::npos ? text_.size() : line_end) - T(n() - 1).end);
  return rest.find_first_not_of(" \t\r") == std::string_view::npos ? colon : n();
}

// "a challenge posed by X: …", "In X's framing, …", "In his words, …", "For him, …".
void SentenceReader::FramedBy() {
  for (size_t i = 0; (cues_ & kCueBy) != 0 && i + 2 < n(); ++i) {
    if ((IsWord(i, "posed") || IsWord(i, "raised") || IsWord(i, "issued")) && IsWord(i + 1, "by") && MentionAt(i + 2)) {
      const size_t colon = MentionEnd(i + 2);
      if (Is(colon, ":")) {
        if (auto span = ContentFrom(colon + 1)) Add({f_.SpeakerOf(*MentionAt(i + 2))}, i, i + 2, *span);
      }
    }
  }
  // At the start of the sentence.
  static const std::vector<std::string_view> kViews = {"framing", "words", "view", "telling", "account",
                                                       "reading", "estimation", "assessment", "opinion"};
  if (IsWord(0, "in")) {
    std::optional<std::vector<Speaker>> speakers;
    size_t noun = 0;
    if (MentionAt(1) && IsWord(MentionEnd(1), "'s")) {
      speakers = std::vector<Speaker>{f_.SpeakerOf(*MentionAt(1))};
      noun = MentionEnd(1) + 1;
    } else if ((speakers = PossessivePronoun(1))) {
      noun = 2;
    }
    if (speakers && std::find(kViews.begin(), kViews.end(), W(noun)) != kViews.end() && Is(noun + 1, ",")) {
      if (auto span = ContentFrom(noun + 2)) Add(*speakers, 0, noun + 1, *span);
    }
  }
  // "For him, …" (not "For his part, X said": an aside, no view of his).
  if (IsWord(0, "for") && n() > 3 && (IsWord(1, "him") || IsWord(1, "them") || Is(2, ","))) {
    if (auto speakers = PossessivePronoun(1)) {
      if (auto span = ContentFrom(Is(2, ",") ? 3 : 2)) Add(*speakers, 0, 2, *span);
    }
  }
}

namespace {

// Unpunctuated, a verb with a short object reports an act ("特区政府表示欢迎", "他表示感谢"), not what
// was said: the object of a claim with no mark after its verb is six Han characters at least.
constexpr size_t kShortestUnpunctuated = 18;

constexpr std::string_view kHanFullStops[] = {"\xe3\x80\x82", "\xef\xbc\x81", "\xef\xbc\x9f"};  // 。！？

// `span` cut at its first Han full stop outside quotation marks: ICU leaves "…督查。(央视新闻)" one
// sentence, and the claim ends with its own.
ByteSpan ToHanFullStop(std::string_view text, ByteSpan span) {
  int depth = 0;
  for (size_t at = span.begin; at + 3 <= span.end; ++at) {
    const std::string_view c = text.substr(at, 3);
    if (c == "\xe2\x80\x9c" || c == "\xe3\x80\x8c") ++depth;  // “ 「
    else if ((c == "\xe2\x80\x9d" || c == "\xe3\x80\x8d") && depth > 0) --depth;  // ” 」
    else if (depth == 0 && std::find(std::begin(kHanFullStops), std::end(kHanFullStops), c) != std::end(kHanFullStops)) {
      return {span.begin, at};
    }
  }
  return span;
}

// Whether a Han colon (：) or an ASCII one starts at `at`: its length, else 0.
size_t ColonAt(std::string_view text, size_t at) {
  if (text.substr(at, 1) == ":") return 1;
  // ： and the presentation form ︰ that Hong Kong papers set after 說 ("領隊高普說︰「…」").
  return text.substr(at, 3) == "\xef\xbc\x9a" || text.substr(at, 3) == "\xef\xb8\xb0" ? 3 : 0;
}

// The length of a word of refusal that ends right before a Han verb at `at` (拒绝承认, 不愿透露,
// 不肯说), after `floor`; 0 if none.
size_t RefusalBefore(std::string_view text, size_t floor, size_t at) {
  for (std::string_view refusal : {"拒绝", "拒絕", "不愿", "不願", "不肯"}) {
    if (at >= floor + refusal.size() && text.substr(at - refusal.size(), refusal.size()) == refusal) return refusal.size();
  }
  return 0;
}

// Whether 他 or 她 ends right before `at` as its clause's subject: after the sentence's start, a
// comma or a full stop ("…，他认为…").
bool PronounSubjectBefore(std::string_view text, size_t sentence_begin, size_t at) {
  // "她又指…", "他也認為…": an adverb of one character between the pronoun and its verb.
  static constexpr std::string_view kAdverbs[] = {"又", "也", "还", "還", "则", "則", "亦", "更", "再", "并", "並"};
  if (at >= sentence_begin + 6 &&
      std::any_of(std::begin(kAdverbs), std::end(kAdverbs), [&](std::string_view w) { return text.substr(at - 3, 3) == w; })) {
    at -= 3;
  }
  if (at < sentence_begin + 3) return false;
  const std::string_view pronoun = text.substr(at - 3, 3);
  if (pronoun != "\xe4\xbb\x96" && pronoun != "\xe5\xa5\xb9") return false;  // 他 她
  const size_t before = at - 3;
  if (before == sentence_begin) return true;
  const std::string_view mark = before >= 3 ? text.substr(before - 3, 3) : std::string_view();
  return text[before - 1] == ',' || mark == "\xef\xbc\x8c" || mark == "\xe3\x80\x82";  // ， 。
}

bool NamesSpeakerUnpunctuated(std::string_view text, size_t clause, const HanSpeaker& speaker);
bool IsClauseVerb(std::string_view verb);
bool IsHanAdverbBeforeVerb(std::string_view character);

// Whether a Han phrase opens with a conjunction or an adverb, as no name does ("因及時發現，",
// "也從八月預測的…"). (Not 于 nor 和, which are surnames too.)
bool OpensWithConjunction(std::string_view phrase) {
  static constexpr std::string_view kOpeners[] = {"因", "但", "而", "并", "並", "且", "如", "若", "也", "从", "從", "在",
                                                  "於", "对", "對", "将", "將", "较", "較", "由", "被", "与", "與", "及",
                                                  "或", "就", "才", "都", "还", "還", "又", "再", "已", "仍", "即", "便", "却", "卻"};
  return std::any_of(std::begin(kOpeners), std::end(kOpeners), [&](std::string_view w) { return phrase.substr(0, w.size()) == w; });
}

// Where the clause holding byte `at` begins: after the last comma, colon, full stop, space or line
// break before it, or at `floor`.
size_t HanClauseBegin(std::string_view text, size_t floor, size_t at) {
  while (at > floor) {
    const char c = text[at - 1];
    if (c == ',' || c == ';' || c == ':' || c == ' ' || c == '\n') break;
    const std::string_view mark = at >= floor + 3 ? text.substr(at - 3, 3) : std::string_view();
    if (mark == "\xef\xbc\x8c" || mark == "\xef\xbc\x9b" || mark == "\xef\xbc\x9a" || mark == "\xe3\x80\x82") break;  // ，；：。
    --at;
  }
  return at;
}

// `span` cut before a later clause of the sentence that attributes itself ("中經院認為A，張傳章說明，B",
// "李明指出，A，他認為B"): a speaker and a reporting verb with its punctuation, or 他 or 她 and a verb.
// That clause is a claim of its own.
ByteSpan ToNextHanSpeaker(std::string_view text, ByteSpan span) {
  int depth = 0;
  for (size_t at = span.begin; at + 3 <= span.end; ++at) {
    const std::string_view c = text.substr(at, 3);
    if (c == "\xe2\x80\x9c" || c == "\xe3\x80\x8c") ++depth;  // “ 「
    else if ((c == "\xe2\x80\x9d" || c == "\xe3\x80\x8d") && depth > 0) --depth;  // ” 」
    const size_t comma = c == "\xef\xbc\x8c" || c == "\xef\xbc\x9b" ? 3 : text[at] == ',' || text[at] == ';' ? 1 : 0;  // ， ；
    if (depth > 0 || comma == 0) continue;
    const size_t clause = at + comma;
    for (size_t p = clause; p < span.end && p < clause + 13 * 3; ++p) {
      const std::string_view mark = text.substr(p, 3);
      if (mark == "\xef\xbc\x8c" || mark == "\xe3\x80\x82" || mark == "\xe2\x80\x9c" || mark == "\xe3\x80\x8c") break;
      const size_t verb = HanReportingVerbAt(text, p);
      if (verb == 0 || p == clause) continue;
      // "他稱A,又指B", "李明表示A,并称B": an adverb and a second verb, a second claim.
      if (p == clause + 3 && IsHanAdverbBeforeVerb(text.substr(clause, 3)) && IsClauseVerb(text.substr(p, verb))) return {span.begin, at};
      const bool punctuated = ColonAt(text, p + verb) > 0 || text.substr(p + verb, 3) == "\xef\xbc\x8c" || text.substr(p + verb, 1) == ",";
      if (!punctuated && !PronounSubjectBefore(text, clause, p)) continue;
      const std::optional<HanSpeaker> speaker = HanSpeakerBefore(text, clause, p);
      if (speaker && (speaker->pronoun || NamesSpeakerUnpunctuated(text, clause, *speaker))) return {span.begin, at};
    }
  }
  return span;
}

// A Han claim's span from its content: within the quotation when the content opened one and it
// closes before punctuation (`quoted`, "台積電強調「需求強勁」，不過…" is the quotation), to the first full stop, and before a later clause
// that attributes itself.
ByteSpan HanClaimSpan(std::string_view text, ByteSpan span, bool quoted) {
  if (quoted) {
    int depth = 0;
    for (size_t at = span.begin; at + 3 <= span.end; ++at) {
      const std::string_view c = text.substr(at, 3);
      if (c == "\xe2\x80\x9c" || c == "\xe3\x80\x8c") ++depth;  // “ 「
      else if ((c == "\xe2\x80\x9d" || c == "\xe3\x80\x8d") && depth-- == 0) {  // ” 」
        // "认为，“海鸥”强度大…": a quoted word that opens the clause, not the quotation of it.
        int32_t i = static_cast<int32_t>(at + 3);
        UChar32 next = -1;
        if (at + 3 < text.size()) U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), next);
        if (next < 0 || !IsUnspacedScript(next)) span.end = at;
        else span.begin -= 3;  // the clause, its opening mark with it
        break;
      }
    }
  }
  return ToNextHanSpeaker(text, ToHanFullStop(text, span));
}

// 表示,"……" in straight marks, as some pages print a Han quotation: past the opening mark at
// `*begin`, where its closing one stands (npos when none opens there).
size_t PastStraightQuote(std::string_view text, size_t* begin) {
  if (*begin >= text.size() || text[*begin] != '"') return std::string_view::npos;
  ++*begin;
  return text.find('"', *begin);
}

// "虽然王明表示球队已经尽力，但结果令人失望": said in a clause of concession, the claim ends where the
// main clause turns against it (at ，但 / ，却 / ，可是); `clause` is where the speaker's clause begins.
ByteSpan WithoutConcession(std::string_view text, size_t clause, ByteSpan span) {
  static constexpr std::string_view kConcessions[] = {"虽然", "雖然", "尽管", "儘管", "虽", "雖"};
  if (std::none_of(std::begin(kConcessions), std::end(kConcessions), [&](std::string_view w) { return text.substr(clause, w.size()) == w; })) {
    return span;
  }
  for (std::string_view comma : {"\xef\xbc\x8c", ","}) {  // ，
    for (std::string_view turn : {"但", "却", "卻", "可是", "然而"}) {
      const std::string joint = std::string(comma) + std::string(turn);
      const size_t at = text.substr(span.begin, span.end - span.begin).find(joint);
      if (at != std::string_view::npos && at > 0) span.end = span.begin + at;
    }
  }
  return span;
}

// "还特别提到现场两万名球迷带来的气氛：“…”": what a verb speaks of, then a colon opening a
// quotation. Where that colon stands when a topic of at most thirty characters of its clause
// leads to it, else `at`.
size_t TopicBeforeQuotation(std::string_view text, size_t at, size_t sentence_end) {
  constexpr int kLongestTopic = 30;
  size_t k = at;
  for (int chars = 0; chars <= kLongestTopic && k < sentence_end; ++chars) {
    if (const size_t colon = ColonAt(text, k); colon > 0) {
      const std::string_view mark = text.substr(k + colon, 3);
      return k > at && (mark == "\xe2\x80\x9c" || mark == "\xe3\x80\x8c") ? k : at;  // “ 「
    }
    int32_t i = static_cast<int32_t>(k);
    UChar32 c;
    U8_NEXT(text.data(), i, static_cast<int32_t>(sentence_end), c);
    if (c < 0 || !(IsUnspacedScript(c) || (c >= '0' && c <= '9') || c == '.')) return at;  // a comma, a mark: the clause ends
    k = static_cast<size_t>(i);
  }
  return at;
}

// "用四个关键词评价一季度经济：第一…": a Han verb of judging or summing up whose words follow a colon
// after its object, within a short clause; the colon's position, or 0. (Without the colon, 评价 and
// 形容 are as often nouns or take a noun alone.)
size_t FramingColonAfter(std::string_view text, size_t at, size_t sentence_end) {
  static constexpr std::string_view kFraming[] = {"评价", "評價", "概括", "总结", "總結", "形容"};
  const auto verb = std::find_if(std::begin(kFraming), std::end(kFraming), [&](std::string_view v) { return text.substr(at, v.size()) == v; });
  if (verb == std::end(kFraming)) return 0;
  constexpr int kLongestObject = 30;
  size_t k = at + verb->size();
  for (int chars = 0; chars <= kLongestObject && k < sentence_end; ++chars) {
    if (ColonAt(text, k) > 0) return k;
    int32_t i = static_cast<int32_t>(k);
    UChar32 c;
    U8_NEXT(text.data(), i, static_cast<int32_t>(sentence_end), c);
    if (c < 0 || !(IsUnspacedScript(c) || (c >= '0' && c <= '9'))) return 0;
    k = static_cast<size_t>(i);
  }
  return 0;
}

// Han verbs of judging and stating that run straight into their clause ("中經院預估2021年…",
// "魏哲家表示全年…"), unlike 說明, 介紹, 宣布 or 報導, which as often take a noun or open a phrase.
bool IsClauseVerb(std::string_view verb) {
  static constexpr std::string_view kVerbs[] = {"认为", "認為", "预测", "預測", "预估", "預估", "预期", "預期", "估计", "估計",
                                                "预计", "預計", "表示", "指出", "强调", "強調", "坦言", "直言", "透露", "警告",
                                                "发现", "發現", "承认", "承認", "否认", "否認", "声称", "聲稱", "坦承", "重申",
                                                // 警方其後指他提供虛假資料 (Hong Kong's and Taiwan's 指 "says")
                                                "指",
                                                // "李明稱本身的聯盟可以…", "王芳说这家公司明年会上市" (the plainest
                                                // verbs; a name must open the clause, so 可以说 and 堪称 stay out)
                                                "称", "稱", "说", "說", "説"};
  return std::find(std::begin(kVerbs), std::end(kVerbs), verb) != std::end(kVerbs);
}

// The adverbs that join a second verb of saying to the clause before ("又指", "並稱", "还说", "只說").
bool IsHanAdverbBeforeVerb(std::string_view character) {
  static constexpr std::string_view kAdverbs[] = {"又", "并", "並", "还", "還", "也", "亦", "更", "再", "只", "另"};
  return std::find(std::begin(kAdverbs), std::end(kAdverbs), character) != std::end(kAdverbs);
}

// Whether the verb at byte `p` is what something is measured against, a noun: 如預期 ("as
// expected"), 符合预期, 超预期, 超出預期, 低于预期, 優於預期, 不及預期.
bool ComparedWith(std::string_view text, size_t p) {
  static constexpr std::string_view kBefore[] = {"如", "合", "超", "出", "于", "於", "及"};
  return p >= 3 && std::find(std::begin(kBefore), std::end(kBefore), text.substr(p - 3, 3)) != std::end(kBefore);
}

// Whether a speaker found before an unpunctuated verb, or inside another's claim, is plainly a name:
// the subject its clause (from byte `clause`) opens with, an organisation's or two to four characters
// that are not a measure ("毛利率預估介於…", "營收預期…"), a crowd ("市場預期", "外界認為"), nor a
// phrase a conjunction or an adverb opens ("但因及時發現，", "也從八月預測的…").
bool NamesSpeakerUnpunctuated(std::string_view text, size_t clause, const HanSpeaker& speaker) {
  if (speaker.anonymous || speaker.pronoun || speaker.company) return false;
  const std::string_view name = text.substr(speaker.span.begin, speaker.span.end - speaker.span.begin);
  // What stands before the name in its clause: nothing, or a word that opens a clause ("不過美國總統川普").
  const std::string_view before = text.substr(clause, speaker.span.begin - clause);
  if (before.find("\xe7\x9a\x84") != std::string_view::npos) return false;  // 的: "發布的基準預測值"
  if (OpensWithConjunction(name)) return false;
  if (LooksLikeOrganization(name) || speaker.organization) return true;
  const auto length = std::count_if(name.begin(), name.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
  if (length < 2 || length > 4) return false;
  // 警方, 控方, 辯方, 校方, 中方: a side that speaks as one (not 對方, 雙方, 多方, whoever they are).
  static constexpr std::string_view kSides[] = {"警方", "控方", "辯方", "辩方", "檢方", "检方", "校方", "院方", "資方", "资方",
                                                "勞方", "劳方", "軍方", "军方", "中方", "美方", "港方", "台方", "日方", "俄方"};
  if (std::find(std::begin(kSides), std::end(kSides), name) != std::end(kSides)) return true;
  static constexpr std::string_view kNotWho[] = {"率", "额", "額", "量", "值", "价", "價", "数", "數", "幅", "收", "益", "润",
                                                 "潤", "本", "场", "場", "界", "方", "面", "们", "們", "者", "家",
                                                 "人"};  // 很多人说, 有人称: people at large
  for (std::string_view end : kNotWho) {
    if (EndsWith(name, end)) return false;
  }
  return true;
}

// Whether the Han verb ending at `at` opens a when-clause that another reporting verb follows in the
// same clause ("回应记者提问时说", "回答記者提問時表示"): the verb is the occasion, not the statement.
bool OccasionVerbAt(std::string_view text, size_t at, size_t sentence_end) {
  for (size_t k = at, count = 0; k < sentence_end && count < 24; ++count) {
    int32_t i = static_cast<int32_t>(k);
    UChar32 c;
    U8_NEXT(text.data(), i, static_cast<int32_t>(sentence_end), c);
    if (c < 0 || (!IsUnspacedScript(c) && !(c >= '0' && c <= '9'))) return false;  // "介绍2022年业绩指引时表示"
    if ((c == 0x65F6 || c == 0x6642) && HanReportingVerbAt(text, static_cast<size_t>(i)) != 0) return true;  // 时 時
    k = static_cast<size_t>(i);
  }
  return false;
}

// Whether a verb that as often takes a noun (介绍, 说明) is followed with no mark by the topic it
// presents, an act ("张兴旺介绍2024年前三季度农业农村经济运行情况", "局長說明新制的推動進展"), not a
// statement.
bool IntroducesTopic(std::string_view verb, std::string_view content) {
  static constexpr std::string_view kPresents[] = {"介绍", "介紹", "说明", "說明"};
  static constexpr std::string_view kTopics[] = {"情况", "情況", "进展", "進展", "工作", "措施", "举措", "舉措", "成效",
                                                 "经验", "經驗", "做法", "安排", "有关", "有關", "内容", "內容"};
  if (std::find(std::begin(kPresents), std::end(kPresents), verb) == std::end(kPresents)) return false;
  return std::any_of(std::begin(kTopics), std::end(kTopics), [&](std::string_view t) { return EndsWith(content, t); });
}

// Whether a verb of admitting or denying takes a charge (承認誤殺罪, 否認控罪, 承认了全部罪名): a plea
// in court, an act, not a statement.
bool PleadsToCharge(std::string_view verb, std::string_view content) {
  static constexpr std::string_view kPleas[] = {"承认", "承認", "否认", "否認"};
  if (std::find(std::begin(kPleas), std::end(kPleas), verb) == std::end(kPleas)) return false;
  size_t clause = content.size();
  for (std::string_view mark : {",", "\xef\xbc\x8c", "\xe3\x80\x82"}) clause = std::min(clause, content.find(mark));  // ， 。
  const std::string_view object = content.substr(0, clause);
  constexpr size_t kLongestCharge = 30;  // ten characters
  return object.size() <= kLongestCharge && (EndsWith(object, "罪") || EndsWith(object, "罪名") || EndsWith(object, "控罪") ||
                                             EndsWith(object, "指控"));
}

// A source of counted data after 据 or 根据 ("据国家统计局统计，", "根據疾管署統計,", "据中汽协测算，"),
// or of news, a notice or data in wire copy ("据安徽省应急管理厅消息，", "据交警通报，", "据海关数据，",
// "據台電資料，"): the length of its verb at `at`, followed by its comma, else 0. The clause must open
// with 据.
size_t CountingSourceVerbAt(std::string_view text, size_t sentence_begin, size_t at) {
  static constexpr std::string_view kCounts[] = {"统计", "統計", "测算", "測算", "监测", "監測", "调查", "調查", "消息",
                                                 "通报", "通報", "数据", "數據", "资料", "資料"};
  size_t verb = 0;
  for (std::string_view count : kCounts) {
    if (text.substr(at, count.size()) == count) verb = count.size();
  }
  if (verb == 0) return 0;
  const std::string_view after = text.substr(at + verb, 3);
  if (after.substr(0, 1) != "," && after != "\xef\xbc\x8c") return 0;  // ，
  // Back to the clause's start: a comma, a full stop or the sentence's start.
  size_t begin = at;
  while (begin > sentence_begin) {
    const std::string_view mark = begin >= 3 ? text.substr(begin - 3, 3) : std::string_view();
    if (text[begin - 1] == ',' || text[begin - 1] == '\n' || mark == "\xef\xbc\x8c" || mark == "\xe3\x80\x82") break;
    --begin;
  }
  for (std::string_view according : {"据", "據", "根据", "根據"}) {
    if (text.substr(begin, according.size()) == according && at > begin + according.size()) return verb;
  }
  return 0;
}

// Where a role that points back to the last speaker ends its clause's subject before `verb`
// ("发言人说", "该负责人还表示", "這位官員則指出"): the role's start, else npos.
size_t RoleBackBefore(std::string_view text, size_t sentence_begin, size_t verb) {
  static constexpr std::string_view kTrailers[] = {"还", "還", "也", "并", "並", "同时", "同時", "则", "則", "进一步", "進一步", "随后", "隨後"};
  static constexpr std::string_view kRoles[] = {"发言人", "發言人", "负责人", "負責人", "官员", "官員", "主管"};
  static constexpr std::string_view kPointers[] = {"该", "該", "这位", "這位", "上述", ""};
  for (std::string_view trailer : kTrailers) {
    if (verb >= sentence_begin + trailer.size() && text.substr(verb - trailer.size(), trailer.size()) == trailer) {
      verb -= trailer.size();
      break;
    }
  }
  for (std::string_view role : kRoles) {
    if (verb < sentence_begin + role.size() || text.substr(verb - role.size(), role.size()) != role) continue;
    for (std::string_view pointer : kPointers) {
      const size_t begin = verb - role.size() - pointer.size();
      if (verb < sentence_begin + role.size() + pointer.size() || text.substr(begin, pointer.size()) != pointer) continue;
      const std::string_view mark = begin >= 3 ? text.substr(begin - 3, 3) : std::string_view();
      if (begin == sentence_begin || text[begin - 1] == ',' || mark == "\xef\xbc\x8c" || mark == "\xe3\x80\x82") return begin;
    }
  }
  return std::string_view::npos;
}

}  // namespace

// Han: 馬克·庫班警告:…, 億萬富翁投資人馬克·庫班公開警告,…, AINews 分析認為,…
void SentenceReader::Han() {
  for (const ActorMention& m : sentence_mentions_) {
    size_t p = m.span.end;
    if (text_.substr(p, 3) == "\xe3\x80\x8b") p += 3;  // 《港島商報》報道指: past the title's closing mark
    while (p < sentence_.end && text_[p] == ' ') ++p;
    size_t verb = 0;
    for (int gap = 0; gap <= 2 && p < sentence_.end; ++gap) {
      if ((verb = HanReportingVerbAt(text_, p)) || (verb = CountingSourceVerbAt(text_, sentence_.begin, p))) break;
      while (p < sentence_.end && text_[p] >= '0' && text_[p] <= '9') ++p;  // a date's digits: "經濟部27日宣布"
      int32_t i = static_cast<int32_t>(p);
      UChar32 c;
      U8_NEXT(text_.data(), i, static_cast<int32_t>(sentence_.end), c);
      if (c < 0 || !IsUnspacedScript(c)) break;
      p = static_cast<size_t>(i);
    }
    if (verb == 0 || OccasionVerbAt(text_, p + verb, sentence_.end) || ComparedWith(text_, p) || RefusalBefore(text_, m.span.end, p) > 0) {
      continue;
    }
    size_t begin = p + verb;
    for (;;) {
      const std::string_view rest = text_.substr(begin);
      size_t skip = 0;
      for (std::string_view mark : {":", ",", " ", "\xef\xbc\x9a", "\xef\xb8\xb0", "\xef\xbc\x8c", "\xe3\x80\x81"}) {
        if (rest.substr(0, mark.size()) == mark) skip = mark.size();
      }
      if (skip == 0 || begin >= sentence_.end) break;
      begin += skip;
    }
    // 坦言：“……”: the quotation's words, as HanDiscovered reads them.
    const bool quoted = text_.substr(begin, 3) == "\xe2\x80\x9c" || text_.substr(begin, 3) == "\xe3\x80\x8c";
    if (quoted) begin += 3;
    const size_t straight_close = quoted ? std::string_view::npos : PastStraightQuote(text_, &begin);
    const std::optional<ByteSpan> span = Content(begin, false);
    if (span && (begin > p + verb || (span->end - span->begin >= kShortestUnpunctuated && !IntroducesTopic(text_.substr(p, verb), text_.substr(span->begin, span->end - span->begin))))) {
      const Speaker speaker = f_.SpeakerOf(m);
      std::vector<Speaker> speakers = {speaker};
      CoSubjects(m.span.begin, &speakers);
      ByteSpan claim = WithoutConcession(text_, HanClauseBegin(text_, sentence_.begin, m.span.begin), HanClaimSpan(text_, *span, quoted));
      if (straight_close < claim.end) claim.end = TrimEnd(claim.begin, straight_close, false);
      Add(speakers, std::string(text_.substr(p, verb)), claim);
      // "財務長蔡佩玲則指出,…,但她強調": whom a 他 or 她 later in this sentence stands for; what a
      // later 该公司 stands for.
      if (speaker.kind == ActorKind::kPerson) f_.SetPerson({speaker}, index_);
      else f_.company_ = {{speaker}, index_};
    }
  }
}

void SentenceReader::CoSubjects(size_t name, std::vector<Speaker>* speakers) const {
  constexpr size_t kMostJoined = 4;
  for (bool joined = true; joined && speakers->size() < kMostJoined;) {
    joined = false;
    for (std::string_view joint : {"和", "与", "與", "及", "\xe3\x80\x81"}) {  // 、
      if (name < sentence_.begin + joint.size() || text_.substr(name - joint.size(), joint.size()) != joint) continue;
      // The name before may carry its own spelling in parentheses: "安華(Anwar Ibrahim)和".
      size_t end = name - joint.size();
      if (const size_t aside = ParenthesisOpening(text_, sentence_.begin, end); aside != std::string_view::npos) end = aside;
      for (const ActorMention& m : sentence_mentions_) {
        if (m.span.end != end) continue;
        speakers->insert(speakers->begin(), f_.SpeakerOf(m));
        name = m.span.begin;
        joined = true;
        break;
      }
      // A name the text gives nowhere else: plainly one, opening the clause (as before an unpunctuated verb).
      if (const std::optional<HanSpeaker> other = joined ? std::nullopt : HanSpeakerBefore(text_, sentence_.begin, end);
          other && other->span.end == end && NamesSpeakerUnpunctuated(text_, HanClauseBegin(text_, sentence_.begin, other->span.begin), *other)) {
        const std::string written(text_.substr(other->span.begin, other->span.end - other->span.begin));
        speakers->insert(speakers->begin(), {{"", written, other->span}, LooksLikeOrganization(written) ? ActorKind::kOrganization : ActorKind::kPerson});
        name = other->span.begin;
        joined = true;
      }
      break;
    }
  }
}

// A person a Han sentence introduces by a title as the subject of one of its clauses, who says
// nothing in it ("申花主帅罗伟在发布会上显得有些失落。", "赛后,成都队主教练徐正源出席了新闻发布会。",
// "新闻发布会上,中邦主教练马良行首先发言,他说:…"): whom the next 他 or 她 stands for, and whose a
// quotation paragraph with no tag right after it is.
void SentenceReader::HanNamedSubject() {
  static constexpr std::string_view kActs[] = {"在", "于", "於", "出席", "接受", "发言", "發言", "显得", "顯得", "当天",
                                               "當天", "日前", "随后", "隨後", "率队", "率隊", "带领", "帶領", "首先", "率先", "也", "亦",
                                               // 金卿文依然展現風度, 稻葉篤紀首度率隊, 陳子威賽後感謝: adverbs after who.
                                               "依然", "仍然", "首度", "首次", "再次", "赛后", "賽後", "会后", "會後", "亲自", "親自",
                                               // 楊金龍對於降息條件有鬆動: what the clause is about.
                                               "对于", "對於", "关于", "關於",
                                               // 前副總理安華現身檳城的票站投票: where the person turns up.
                                               "现身", "現身", "出现", "出現", "抵达", "抵達", "前往"};
  const auto clause_end_from = [&](size_t at) {
    while (at < sentence_.end && text_.substr(at, 3) != "\xef\xbc\x8c" && text_.substr(at, 3) != "\xe3\x80\x82" && text_[at] != ',' &&
           text_[at] != '\n') {
      ++at;
    }
    return at;
  };
  for (size_t clause_begin = sentence_.begin; clause_begin < sentence_.end;) {
    const size_t clause_end = clause_end_from(clause_begin);
    for (size_t k = clause_begin + 9; k < clause_end; ++k) {
      // Every act opens with a Han character (lead byte E4–E9): most bytes are rejected here.
      const auto lead = static_cast<unsigned char>(text_[k]);
      if (lead < 0xE4 || lead > 0xE9) continue;
      const bool act = std::any_of(std::begin(kActs), std::end(kActs), [&](std::string_view w) { return text_.substr(k, w.size()) == w; });
      if (!act) continue;
      std::string_view phrase = text_.substr(clause_begin, k - clause_begin);
      // "候選人侯友宜13日當天", "董事長周志明昨（27）日親自": the day after the name is no part of it.
      if (const std::optional<HanSpeaker> who = HanSpeakerBefore(text_, clause_begin, k); who && who->span.end > clause_begin) {
        phrase = text_.substr(clause_begin, who->span.end - clause_begin);
      }
      if (const size_t name = HanNameAfterTitle(phrase); name > 0) {
        const ByteSpan span{clause_begin + name, clause_begin + phrase.size()};
        const std::vector<Speaker> person = {{{"", std::string(text_.substr(span.begin, span.end - span.begin)), span}, ActorKind::kPerson}};
        f_.SetPerson(person, index_);
        // …and says the quotation paragraph with no tag after this sentence, as an English subject does.
        f_.subject_speakers_ = person;
        f_.subject_sentence_ = index_;
        f_.subject_anywhere_ = true;
        return;
      }
    }
    if (clause_end >= sentence_.end) break;
    clause_begin = clause_end + (text_[clause_end] == ',' || text_[clause_end] == '\n' ? 1 : 3);
  }
}

// Speech a colon opens without a quotation mark ("他表示:A。B。", "队长周定洋在接受采访时表示:" ending
// its paragraph, the speech the next one) runs to the end of its paragraph: each of its sentences
// after this one is a claim, until one that attributes itself (a reporting verb, a quotation mark).
void SentenceReader::HanSpeechGoesOn(const std::vector<Speaker>& speakers, const std::string& verb, size_t from) {
  while (from < text_.size() && (text_[from] == ' ' || text_[from] == '\n')) ++from;
  if (text_.substr(from, 3) == "\xe2\x80\x9c" || text_.substr(from, 3) == "\xe3\x80\x8c") return;  // quoted: its marks bound it
  const size_t paragraph_end = std::min(text_.find('\n', from), text_.size());
  for (size_t s = index_ + 1; s < f_.sentences_.size(); ++s) {
    const ByteSpan next = f_.sentences_[s];
    if (next.begin >= paragraph_end) break;
    if (next.end <= from) continue;
    const size_t begin = std::max(next.begin, from);
    const size_t stop = std::min(next.end, paragraph_end);
    for (size_t at = begin; at < stop; ++at) {
      const std::string_view c = text_.substr(at, 3);
      if (HanReportingVerbAt(text_, at) != 0 || c == "\xe2\x80\x9c" || c == "\xe3\x80\x8c") return;
    }
    const size_t end = TrimEnd(begin, stop, true);
    if (end > begin) Add(speakers, verb, {begin, end}, next);
  }
}

// The person mentioned first in the sentence, when that mention stands in its first clause (before
// any comma) and before `before`; else null.
const ActorMention* SentenceReader::SubjectOfFirstClause(size_t before) const {
  const std::string_view sentence = text_.substr(sentence_.begin, sentence_.end - sentence_.begin);
  const size_t comma = std::min(sentence.find(','), sentence.find("\xef\xbc\x8c"));  // ，
  if (comma == std::string_view::npos || sentence_mentions_.empty()) return nullptr;
  const ActorMention& first = sentence_mentions_.front();
  if (first.span.end > sentence_.begin + comma || first.span.end > before) return nullptr;
  return f_.SpeakerOf(first).kind == ActorKind::kPerson ? &first : nullptr;
}

// Han speakers the gazetteer does not know, before a reporting verb followed by its punctuation:
// 国家统计局发言人王立新表示,… → 王立新; 多位银行业人士称,… → anonymous. 他 or 她 opening a clause
// needs no punctuation after the verb ("…,他认为是因为…").
void SentenceReader::HanDiscovered() {
  for (size_t p = sentence_.begin; p < sentence_.end;) {
    // The Han verbs all start with a three-byte character (lead byte E3–E9).
    const auto lead = static_cast<unsigned char>(text_[p]);
    if (lead < 0xE3 || lead > 0xE9) {
      ++p;
      continue;
    }
    size_t verb = HanReportingVerbAt(text_, p);
    if (verb == 0) verb = CountingSourceVerbAt(text_, sentence_.begin, p);
    const size_t framing_colon = verb == 0 ? FramingColonAfter(text_, p, sentence_.end) : 0;
    if (framing_colon > 0) verb = 6;  // 评价, 總結: two characters
    if (verb == 0) {
      ++p;
      continue;
    }
    if (OccasionVerbAt(text_, p + verb, sentence_.end)) {
      p += verb;
      continue;
    }
    // "安華拒絕承認落敗,指有舞弊行為", "安华不愿透露…,只说…": what someone refuses to say is not
    // their claim; they stay the subject a verb after the comma speaks for.
    if (const size_t refusal = RefusalBefore(text_, sentence_.begin, p); refusal > 0) {
      const std::optional<HanSpeaker> who = HanSpeakerBefore(text_, sentence_.begin, p - refusal);
      if (who && !who->pronoun && !who->company && !who->anonymous) {
        const std::string name(text_.substr(who->span.begin, who->span.end - who->span.begin));
        f_.subject_speakers_ = {{{"", name, who->span}, LooksLikeOrganization(name) ? ActorKind::kOrganization : ActorKind::kPerson}};
        f_.subject_sentence_ = index_;
        f_.subject_anywhere_ = true;
      }
      p += verb;
      continue;
    }
    size_t begin = p + verb;
    begin = framing_colon > 0 ? framing_colon : TopicBeforeQuotation(text_, begin, sentence_.end);  // 提到…的气氛：“…”: from its colon
    const std::string_view after = text_.substr(begin, 3);
    const size_t colon = ColonAt(text_, begin);
    const size_t punctuation = colon > 0 ? colon : after.substr(0, 1) == "," ? 1 : after == "\xef\xbc\x8c" ? 3 : 0;  // ，
    const bool mentioned = std::any_of(sentence_mentions_.begin(), sentence_mentions_.end(),
                                       [&](const ActorMention& m) {
                                         // Han() reads two Han characters between, not a comma ("宿茂臻,他表示").
                                         const std::string_view between = m.span.end <= p ? text_.substr(m.span.end, p - m.span.end) : "";
                                         // ("「路透社」報導": the closing bracket is read below, with the name.)
                                         return m.span.end <= p && p <= m.span.end + 6 && between.find(',') == std::string_view::npos &&
                                                between.find("\xef\xbc\x8c") == std::string_view::npos &&
                                                between.find("\xe3\x80\x8d") == std::string_view::npos;
                                       });
    const bool pronoun_subject = punctuation == 0 && PronounSubjectBefore(text_, sentence_.begin, p);
    std::optional<HanSpeaker> speaker;
    if ((punctuation > 0 || pronoun_subject) && !mentioned) speaker = HanSpeakerBefore(text_, sentence_.begin, p);
    // "中經院預估2021年經濟成長率…", "展望2026年，台積電預測全年…": a verb of judging runs into its clause
    // with no comma; who judges must then be plainly a name.
    // (預測值, 預估數, 預期的: the verb is a noun's or an adjective's.)
    // (預測結果凸顯…: a forecast's results, the verb a noun's too.)
    const std::string_view after_two = text_.substr(begin, 6);
    const bool noun = after == "\xe5\x80\xbc" || after == "\xe6\x95\xb8" || after == "\xe6\x95\xb0" || after == "\xe7\x9a\x84" ||  // 值 數 数 的
                      after_two == "结果" || after_two == "結果" || ComparedWith(text_, p);
    const bool unpunctuated = punctuation == 0 && !pronoun_subject && !mentioned && !noun && IsClauseVerb(text_.substr(p, verb));
    if (unpunctuated) {
      speaker = HanSpeakerBefore(text_, sentence_.begin, p);
      if (speaker && !NamesSpeakerUnpunctuated(text_, HanClauseBegin(text_, sentence_.begin, p), *speaker)) speaker.reset();
    }
    begin += punctuation;
    // 说:“……”: the quotation's words; 表示,"……" in straight marks too, to the closing one.
    const bool quoted = text_.substr(begin, 3) == "\xe2\x80\x9c" || text_.substr(begin, 3) == "\xe3\x80\x8c";
    if (quoted) begin += 3;
    const size_t straight_close = quoted ? std::string_view::npos : PastStraightQuote(text_, &begin);
    const std::string verb_text(text_.substr(p, verb));
    std::vector<Speaker> speakers;
    // "特区政府发言人表示,…。发言人说:…": a bare role after a claim speaks for whoever made it.
    if (const size_t role = !speaker && punctuation > 0 && !mentioned ? RoleBackBefore(text_, sentence_.begin, p) : std::string_view::npos;
        role != std::string_view::npos && !f_.last_speakers_.empty() && f_.last_claim_sentence_ + 2 >= index_) {
      speakers = f_.last_speakers_;
      for (Speaker& s : speakers) s.mention.span = {role, p};
    }
    // "董事長周志明親自定調，強調…": a verb right after a comma, or after a comma and an adverb ("安華
    // 拒絕透露,只說「…」"), says for the titled subject of the sentence's clause before; "他稱A,又指B":
    // for whoever said the sentence's claim before it (a second verb, a second claim).
    const size_t adverb = p >= sentence_.begin + 3 && IsHanAdverbBeforeVerb(text_.substr(p - 3, 3)) ? 3 : 0;
    const bool after_comma = p >= sentence_.begin + 3 + adverb &&
                             (text_.substr(p - adverb - 3, 3) == "\xef\xbc\x8c" || text_[p - adverb - 1] == ',');
    if (!speaker && speakers.empty() && after_comma && !mentioned && (punctuation > 0 || IsClauseVerb(text_.substr(p, verb)))) {
      if (f_.subject_anywhere_ && f_.subject_sentence_ == index_) {
        speakers = f_.subject_speakers_;
      } else if (f_.last_claim_sentence_ == index_ && adverb > 0) {
        speakers = f_.last_speakers_;
      }
    }
    // "法官郭伟健…。法官指…": a title alone stands for whom the text last named with it.
    if (!speaker && speakers.empty() && !mentioned && !pronoun_subject && (punctuation > 0 || unpunctuated)) {
      if (const std::optional<HanTitleHolder> holder = HanTitleHolderBefore(text_, HanClauseBegin(text_, sentence_.begin, p), p)) {
        const std::string name(text_.substr(holder->name.begin, holder->name.end - holder->name.begin));
        speakers = {{{"", name, holder->title}, ActorKind::kPerson}};
        f_.SetPerson(speakers, index_);
      }
    }
    // "失利並沒有擊倒宿茂臻,他表示": a person the clause just before names, last, is whom 他 stands for.
    const ActorMention* named_before = nullptr;
    if (speaker && speaker->pronoun) {
      const size_t comma = speaker->span.begin >= 3 && text_.substr(speaker->span.begin - 3, 3) == "\xef\xbc\x8c" ? speaker->span.begin - 3
                           : speaker->span.begin >= 1 && text_[speaker->span.begin - 1] == ','                ? speaker->span.begin - 1
                                                                                                               : std::string_view::npos;
      for (const ActorMention& m : sentence_mentions_) {
        if (m.span.end == comma && f_.SpeakerOf(m).kind == ActorKind::kPerson) named_before = &m;
      }
      // "候選人王義川,上午10時則在…陪同下,前往…投票,他受訪表示": the person the sentence opens with, in its
      // first clause, is whom 他 after it stands for, unless someone spoke earlier in the sentence
      // ("發言人李昱廷指出,…,他認為").
      if (named_before == nullptr && f_.person_.sentence != index_) named_before = SubjectOfFirstClause(speaker->span.begin);
    }
    if (named_before != nullptr) {
      Speaker named = f_.SpeakerOf(*named_before);
      named.mention.span = speaker->span;
      speakers = {named};
      f_.SetPerson(speakers, index_);
    } else if (speaker && (speaker->pronoun || speaker->company)) {  // 他说, 该公司表示: the one last spoken of
      Antecedent& antecedent = speaker->pronoun ? f_.person_ : f_.company_;
      if (antecedent.Valid(index_, kPronounReach)) {
        speakers = antecedent.speakers;
        for (Speaker& s : speakers) s.mention.span = speaker->span;
        antecedent.sentence = index_;
      }
    } else if (speaker && !pronoun_subject &&
               (speaker->anonymous || !OpensWithConjunction(text_.substr(speaker->span.begin, speaker->span.end - speaker->span.begin)))) {
      const std::string name = speaker->anonymous ? std::string(kAnonymousSpeaker)
                                                  : std::string(text_.substr(speaker->span.begin, speaker->span.end - speaker->span.begin));
      const ActorKind kind = speaker->anonymous ? ActorKind::kGroup
                             : speaker->organization || LooksLikeOrganization(name) ? ActorKind::kOrganization : ActorKind::kPerson;
      speakers = {{{"", name, speaker->span}, kind}};
      CoSubjects(speaker->span.begin, &speakers);
      // "李昱廷指出,…,他认为…": whom a 他 later in this sentence stands for; "星驰汽车在声明中称,…。
      // 该公司还表示": what 该公司 stands for.
      if (kind == ActorKind::kPerson) f_.SetPerson(speakers, index_);
      if (kind == ActorKind::kOrganization) f_.company_ = {speakers, index_};
    }
    if (!speakers.empty()) {
      const std::optional<ByteSpan> span = Content(begin, false);
      if (span && (!(pronoun_subject || unpunctuated) || span->end - span->begin >= kShortestUnpunctuated) &&
          !PleadsToCharge(verb_text, text_.substr(span->begin, span->end - span->begin))) {
        ByteSpan claim = WithoutConcession(text_, HanClauseBegin(text_, sentence_.begin, p), HanClaimSpan(text_, *span, quoted));
        if (straight_close < claim.end) claim.end = TrimEnd(claim.begin, straight_close, false);
        Add(speakers, verb_text, claim);
      }
      if (colon > 0) HanSpeechGoesOn(speakers, verb_text, p + verb + colon);
    }
    p += verb;
  }
}

// The claim a sentence before announced: this whole sentence, after a heading ("Open-Weight: ").
// Whether token k is a list item's bullet opening its line ("- ", "• ", "* "), with words after it.
bool SentenceReader::IsBulletAt(size_t k) const {
  if (k + 1 >= n() || !(Is(k, "-") || Is(k, "\xe2\x80\xa2") || Is(k, "*")) || !T(k + 1).word) return false;
  size_t before = T(k).begin;
  while (before > 0 && (text_[before - 1] == ' ' || text_[before - 1] == '\t')) --before;
  return before == 0 || text_[before - 1] == '\n';
}

void SentenceReader::ForwardFromBefore() {
  if (f_.forward_speakers_.empty()) return;
  // The items of a list announced by "said:", while they go on.
  if (f_.forward_list_ || IsBulletAt(0)) {
    if (!IsBulletAt(0)) {
      f_.forward_speakers_.clear();
      f_.forward_list_ = false;
      return;
    }
    f_.forward_list_ = true;
    if (auto span = Content(T(1).begin, false)) Add(f_.forward_speakers_, f_.forward_verb_, *span);
    return;
  }
  size_t start = 0;
  if (n() > 2 && Is(1, ":") && T(0).word) start = 2;
  if (start < n()) {
    // A quotation: its words inside the marks, and its sentences after this one while it stays open.
    const std::optional<ByteSpan> span = IsQuote(text_, T(start)) ? Quoted(start) : Content(T(start).begin, false);
    if (span) Add(f_.forward_speakers_, f_.forward_verb_, *span);
  }
  f_.forward_speakers_.clear();
}

}  // namespace dossier::extract
