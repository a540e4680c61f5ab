// ExtractClaims: attributed statements found by reporting patterns, sentence by sentence.
//
// Each sentence is tokenized (claim_words.h) and read for the patterns of RULES.md
// (tests/labels/claims/): a speaker (a gazetteer mention, a pronoun standing for a recent one, or
// an unknown capitalised name) as the subject of a reporting verb; `according to X`; `X: "…"`;
// quotations attributed after them; nouns of stating (`X's point is`); Han reporting verbs; and
// a sentence that points to the next one (`that's his point.`, `From X:`).
#include <algorithm>

#include "extract/claim_reader.h"
#include "extract/reporting_lexicon.h"
#include "extract/sentence_dates.h"
#include "extract/sentences.h"

namespace dossier::extract {
namespace {

// Whether the sentence asks: it ends in ? or ？ before citation markers and closing marks.
bool Asks(std::string_view t, ByteSpan sentence) {
  size_t end = sentence.end;
  for (;;) {
    const size_t before = end;
    while (end > sentence.begin && (t[end - 1] == ' ' || t[end - 1] == '"' || t[end - 1] == '\'' || t[end - 1] == ')')) --end;
    if (end >= sentence.begin + 3 && t.substr(end - 3, 3) == "\xe2\x80\x9d") end -= 3;  // ”
    if (end > sentence.begin && t[end - 1] == ']') {
      const size_t open = t.rfind('[', end);
      if (open != std::string_view::npos && open >= sentence.begin) end = open;
    }
    if (end == before) break;
  }
  return (end > sentence.begin && t[end - 1] == '?') ||
         (end >= sentence.begin + 3 && t.substr(end - 3, 3) == "\xef\xbc\x9f");  // ？
}

}  // namespace

void SentenceReader::Read() {
  const std::string_view sentence = text_.substr(sentence_.begin, sentence_.end - sentence_.begin);
  date_ = DateStated(sentence);
  // The mentions are in text order: this sentence's are found by search, not by a pass over all.
  auto m = std::lower_bound(f_.mentions_.begin(), f_.mentions_.end(), sentence_.begin,
                            [](const ActorMention& a, size_t at) { return a.span.begin < at; });
  for (; m != f_.mentions_.end() && m->span.begin < sentence_.end; ++m) {
    if (m->span.end <= sentence_.end) sentence_mentions_.push_back(*m);
  }
  tokens_ = Tokenize(text_, sentence_);
  SplitTokensAtMentions();
  lower_.reserve(tokens_.size());
  for (const Token& t : tokens_) lower_.push_back(Lower(text_, t));
  ForwardFromBefore();
  QuotationGoesOn();
  const size_t claims_before = f_.out_.claims.size();
  // Source lists cite titles, not statements: "- [2] Mark Cuban on AI's infra investment …".
  if ((Is(0, "-") || Is(0, "\xe2\x80\xa2")) && Is(1, "[")) return;

  AccordingTo();
  Headed();
  SaidAfter();
  QuotationAttributed();
  FramedBy();
  Han();

  for (size_t i = 0; i < n(); ++i) {
    const std::string w = W(i);
    // "that's his actual point." points to the next sentence.
    if ((w == "his" || w == "her" || w == "their") && i >= 1 && (IsWord(i - 1, "'s") || IsWord(i - 1, "is"))) {
      size_t noun = i + 1;
      if (noun + 1 < n() && !IsStatementNounBeforeIs(W(noun))) ++noun;
      if (W(noun) == "point" && noun + 2 >= n()) {
        if (auto speakers = PossessivePronoun(i)) {
          f_.forward_speakers_ = *speakers;
          f_.forward_verb_ = "point";
        }
      }
    }
    // A name is what pronouns stand for from here on, within its own sentence too.
    if (const ActorMention* m = MentionAt(i)) {
      const Speaker s = f_.SpeakerOf(*m);
      if (s.kind == ActorKind::kPerson) f_.person_ = {{s}, index_};
      if (s.kind != ActorKind::kPerson && i <= 2) f_.org_ = {{s}, index_};
      if (s.kind != ActorKind::kPerson && i == 0) f_.plural_ = {{s}, index_};
      if (s.kind != ActorKind::kPerson) f_.company_ = {{s}, index_};
    }
    std::vector<Speaker> speakers;
    size_t after = i;
    if (auto possessive = PossessivePronoun(i)) {
      if (i == 0) Possessive(*possessive, i + 1);  // "His bet is that …"
    } else {
      SpeakerAt(i, &speakers, &after);
    }
    bool claimed = false;
    if (!speakers.empty()) {
      const size_t claims_before = f_.out_.claims.size() + (f_.forward_speakers_.empty() ? 0 : 1);
      const bool study = i >= 2 && IsWord(i - 1, "by") &&
                         (IsWord(i - 2, "study") || IsWord(i - 2, "paper") || IsWord(i - 2, "report") ||
                          IsWord(i - 2, "survey") || IsWord(i - 2, "analysis") || IsWord(i - 2, "research"));
      const bool what_colon = i >= 1 && IsWord(i - 1, "what");  // "What they found: …"
      // "A spokesperson for Meta said …": an unnamed officer speaks for the organisation.
      const bool officer = MentionAt(i) && i >= 3 && (IsWord(i - 1, "for") || IsWord(i - 1, "at") || IsWord(i - 1, "of")) &&
                           IsSpokesperson(W(i - 2)) && (IsWord(i - 3, "a") || IsWord(i - 3, "an") || IsWord(i - 3, "the")) &&
                           IsSubjectPosition(i - 3);
      const bool subject = IsSubjectPosition(i) || study || what_colon || officer;
      if (subject && IsWord(after, "'s") && MentionAt(i)) {
        Possessive(speakers, after + 1);
      } else if (subject && !(what_colon && !IsSubjectPosition(i))) {
        if (!Predicate(speakers, i, after) && MentionAt(i)) Coordinated(speakers, after);
      } else if (what_colon) {
        auto verb = ReportingVerbAt(text_, tokens_, after);
        if (verb && Is(after + verb->tokens, ":")) {
          if (auto span = ContentFrom(after + verb->tokens + 1)) Add(speakers, after, after + verb->tokens, *span);
        }
      }
      claimed = f_.out_.claims.size() + (f_.forward_speakers_.empty() ? 0 : 1) > claims_before;
    }
    // Each use of a pronoun renews what it stands for; a candidate who spoke becomes a person
    // pronouns may stand for.
    const bool candidate = !speakers.empty() && speakers.front().mention.actor_id.empty() &&
                           speakers.front().mention.span.begin == T(i).begin;
    if (MentionAt(i) != nullptr) {
      i = MentionEnd(i) - 1;  // the rest of the name
    } else if (claimed && candidate) {
      f_.person_ = {speakers, index_};
    } else if (w == "the" && after == i + 2 && IsOrganizationNoun(W(i + 1))) {
      f_.company_.sentence = index_;
    } else if ((w == "he" || w == "she" || w == "his" || w == "her" || w == "him") && f_.person_.Valid(index_, kPronounReach)) {
      f_.person_.sentence = index_;
    } else if ((w == "they" || w == "their" || w == "them") && f_.plural_.Valid(index_, kPronounReach)) {
      f_.plural_.sentence = index_;
    }
  }
  QuotationFollows(claims_before);
}

void SentenceReader::SplitTokensAtMentions() {
  std::vector<size_t> cuts;
  for (const ActorMention& m : sentence_mentions_) {
    cuts.push_back(m.span.begin);
    cuts.push_back(m.span.end);
  }
  std::vector<Token> split;
  for (const Token& t : tokens_) {
    size_t begin = t.begin;
    for (size_t cut : cuts) {
      if (cut > begin && cut < t.end) {
        split.push_back({begin, cut, t.word});
        begin = cut;
      }
    }
    split.push_back({begin, t.end, t.word});
  }
  tokens_ = std::move(split);
  for (const ActorMention& m : sentence_mentions_) {
    auto first = std::find_if(tokens_.begin(), tokens_.end(), [&](const Token& t) { return t.begin == m.span.begin; });
    if (first == tokens_.end()) continue;
    auto after = std::find_if(first, tokens_.end(), [&](const Token& t) { return t.begin >= m.span.end; });
    mention_at_[static_cast<size_t>(first - tokens_.begin())] = {m, static_cast<size_t>(after - tokens_.begin())};
  }
}

void SentenceReader::Add(const std::vector<Speaker>& speakers, size_t verb_begin, size_t verb_end, ByteSpan span) {
  Add(speakers, std::string(text_.substr(T(verb_begin).begin, T(verb_end - 1).end - T(verb_begin).begin)), span);
}

void SentenceReader::Add(const std::vector<Speaker>& speakers, std::string verb, ByteSpan span) {
  Add(speakers, std::move(verb), span, sentence_);
}

void SentenceReader::Add(const std::vector<Speaker>& speakers, std::string verb, ByteSpan span, ByteSpan sentence) {
  for (const Speaker& s : speakers) {
    Claim claim;
    claim.speaker = s.mention;
    claim.verb = verb;
    claim.span = span;
    claim.sentence = sentence;
    claim.date = date_;
    f_.out_.claims.push_back(std::move(claim));
  }
  if (speakers.size() > 1) f_.plural_ = {speakers, index_};
  if (sentence == sentence_ && span.begin > sentence_.begin && IsOpeningQuoteBefore(span.begin)) {
    f_.quote_speakers_ = speakers;
    f_.quote_sentence_ = index_;
    f_.quote_open_ = !QuoteBetween(span.end, sentence_.end);
  }
  for (const Speaker& s : speakers) {
    const std::string& name = s.mention.surface;
    const size_t space = name.rfind(' ');
    if (s.mention.actor_id.empty() && space != std::string::npos) f_.candidate_surnames_.insert(name.substr(space + 1));
  }
}

ClaimExtraction ClaimFinder::Run() {
  sentences_ = SplitSentences(text_);
  for (size_t s = 0; s < sentences_.size(); ++s) {
    SentenceReader(*this, sentences_[s], s).Read();
    if (Asks(text_, sentences_[s])) out_.questions.push_back(sentences_[s]);
  }
  // One claim per speaker and span: the patterns may find the same one twice, and a claim inside
  // another of the same speaker's is part of it.
  std::vector<Claim> kept;
  std::map<std::string, std::vector<ByteSpan>> spans_of;  // by actor id, or "?" and a candidate's name
  for (Claim& claim : out_.claims) {
    std::vector<ByteSpan>& spans =
        spans_of[claim.speaker.actor_id.empty() ? "?" + claim.speaker.surface : claim.speaker.actor_id];
    const bool covered = std::any_of(spans.begin(), spans.end(), [&](const ByteSpan& k) {
      return k.begin < claim.span.end && claim.span.begin < k.end;
    });
    if (covered) continue;
    spans.push_back(claim.span);
    kept.push_back(std::move(claim));
  }
  std::stable_sort(kept.begin(), kept.end(), [](const Claim& a, const Claim& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.speaker.span.begin < b.speaker.span.begin;
  });
  out_.claims = std::move(kept);
  std::set<std::string_view> seen;
  for (const Claim& claim : out_.claims) {
    if (claim.speaker.actor_id.empty() && seen.insert(claim.speaker.surface).second) {
      out_.candidates.push_back(claim.speaker);
    }
  }
  return std::move(out_);
}

}  // namespace dossier::extract

namespace dossier {

ClaimExtraction ExtractClaims(std::string_view text, const Gazetteer& gazetteer) {
  return extract::ClaimFinder(text, gazetteer).Run();
}

}  // namespace dossier
