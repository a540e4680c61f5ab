// ExtractClaims: attributed statements found by reporting patterns, sentence by sentence.
//
// Each sentence is tokenized (claim_words.h) and read for the patterns of RULES.md
// (tests/labels/claims/): a speaker (a gazetteer mention, a pronoun standing for a recent one, or
// an unknown capitalised name) as the subject of a reporting verb; `according to X`; `X: "…"`;
// quotations attributed after them; nouns of stating (`X's point is`); Han reporting verbs; and
// a sentence that points to the next one (`that's his point.`, `From X:`).
#include <algorithm>
#include <cctype>
#include <map>

#include <unicode/utf8.h>

#include "dossier/claim.h"
#include "extract/claim_words.h"
#include "extract/reporting_lexicon.h"
#include "extract/scripts.h"
#include "extract/sentence_dates.h"
#include "extract/sentence_split.h"

namespace dossier {
namespace {

using extract::Token;

struct Speaker {
  ActorMention mention;
  ActorKind kind = ActorKind::kPerson;
};

// Who "he", "they" or a sentence-initial "It" stand for: the actors last named or spoken of.
struct Antecedent {
  std::vector<Speaker> speakers;
  size_t sentence = 0;
  bool Valid(size_t now, size_t reach) const { return !speakers.empty() && now - sentence <= reach; }
};

// How far back a pronoun reaches, in sentences, when each use of it renews its antecedent.
constexpr size_t kPronounReach = 2;

bool IsPunct(std::string_view text, const Token& t, std::string_view p) {
  return !t.word && text.substr(t.begin, t.end - t.begin) == p;
}

bool IsDash(std::string_view text, const Token& t) {
  return IsPunct(text, t, "\xe2\x80\x94") || IsPunct(text, t, "\xe2\x80\x93");  // — –
}

bool IsFinalPunct(std::string_view s) {
  return s == "." || s == "!" || s == "?" || s == ";" || s == ":" || s == "," || s == "\xe3\x80\x82" ||
         s == "\xef\xbc\x81" || s == "\xef\xbc\x9f" || s == "\xe2\x80\xa6" || s == "\xef\xbc\x9b" ||
         s == "\xef\xbc\x9a" || s == "\xef\xbc\x8c";  // 。！？…；：，
}

class SentenceReader;

class ClaimFinder {
 public:
  ClaimFinder(std::string_view text, const Gazetteer& gazetteer)
      : text_(text), gazetteer_(gazetteer), mentions_(gazetteer.FindMentions(text)) {}

  ClaimExtraction Run();

 private:
  friend class SentenceReader;
  Speaker SpeakerOf(const ActorMention& mention) const {
    Speaker s{mention, ActorKind::kPerson};
    if (const Actor* actor = gazetteer_.Find(mention.actor_id)) s.kind = actor->kind;
    return s;
  }

  std::string_view text_;
  const Gazetteer& gazetteer_;
  std::vector<ActorMention> mentions_;
  ClaimExtraction out_;
  Antecedent person_, plural_, org_;
  // A sentence that announces the next one ("From X:", "that's his point."): its speakers and verb.
  std::vector<Speaker> forward_speakers_;
  std::string forward_verb_;
};

// The patterns, applied to one sentence.
class SentenceReader {
 public:
  SentenceReader(ClaimFinder& finder, ByteSpan sentence, size_t index)
      : f_(finder), text_(finder.text_), sentence_(sentence), index_(index) {}

  void Read();

 private:
  // --- tokens and mentions ---
  size_t n() const { return tokens_.size(); }
  const Token& T(size_t i) const { return tokens_[i]; }
  std::string W(size_t i) const { return i < n() ? extract::Lower(text_, tokens_[i]) : std::string(); }
  bool Is(size_t i, std::string_view p) const { return i < n() && IsPunct(text_, tokens_[i], p); }
  bool IsWord(size_t i, std::string_view w) const { return i < n() && tokens_[i].word && W(i) == w; }
  const ActorMention* MentionAt(size_t i) const {
    auto it = mention_at_.find(i);
    return it == mention_at_.end() ? nullptr : &it->second.first;
  }
  size_t MentionEnd(size_t i) const { return mention_at_.at(i).second; }
  void SplitTokensAtMentions();

  // --- spans ---
  size_t TrimEnd(size_t begin, size_t end, bool at_sentence_end) const;
  std::optional<ByteSpan> Content(size_t begin, bool relative) const;
  std::optional<ByteSpan> Quoted(size_t open_token) const;
  std::optional<ByteSpan> ContentFrom(size_t k) const;  // at token k: a quotation or the rest
  void Add(const std::vector<Speaker>& speakers, size_t verb_begin, size_t verb_end, ByteSpan span);
  void Add(const std::vector<Speaker>& speakers, std::string verb, ByteSpan span);

  // --- patterns ---
  bool IsSubjectPosition(size_t i) const;
  bool Predicate(const std::vector<Speaker>& speakers, size_t group_begin, size_t k);
  bool Coordinated(const std::vector<Speaker>& speakers, size_t k);
  bool Possessive(const std::vector<Speaker>& speakers, size_t k);
  size_t Group(size_t i, std::vector<Speaker>* speakers) const;
  std::optional<std::vector<Speaker>> Pronoun(size_t i) const;
  std::optional<std::vector<Speaker>> PossessivePronoun(size_t i) const;
  void AccordingTo();
  void Headed();
  void QuotationFirst();
  void FramedBy();
  void Han();
  void ForwardFromBefore();
  bool SingleWordThenComma(size_t k) const;

  ClaimFinder& f_;
  std::string_view text_;
  ByteSpan sentence_;
  size_t index_;
  std::vector<Token> tokens_;
  std::map<size_t, std::pair<ActorMention, size_t>> mention_at_;  // token -> mention, token after it
  std::vector<ActorMention> sentence_mentions_;
  std::optional<std::string> date_;
};

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

// `end` moved back over blanks, citation markers ("[2]") and, at the sentence's end, its final
// punctuation and closing quotation marks.
size_t SentenceReader::TrimEnd(size_t begin, size_t end, bool at_sentence_end) const {
  for (;;) {
    const size_t before = end;
    while (end > begin && (text_[end - 1] == ' ' || text_[end - 1] == '\t' || text_[end - 1] == '\n' || text_[end - 1] == '\r')) --end;
    if (end > begin && text_[end - 1] == ']') {  // [n]
      size_t open = end - 1;
      while (open > begin && std::isdigit(static_cast<unsigned char>(text_[open - 1]))) --open;
      if (open > begin && open < end - 1 && text_[open - 1] == '[') end = open - 1;
    }
    // The last character, whole.
    size_t last = end;
    while (last > begin && (static_cast<unsigned char>(text_[last - 1]) & 0xC0) == 0x80) --last;
    if (last > begin) --last;
    const std::string_view tail = text_.substr(last, end - last);
    if (end > begin && IsFinalPunct(tail)) end = last;
    if (at_sentence_end && end > begin) {
      const Token t{last, end, false};
      if (tail.size() == end - last && extract::IsQuote(text_, t) && tail != "'") end = last;
      else if (tail == "'" ) end = last;
    }
    if (end == before) return end;
  }
}

// The content from byte `begin` to the end of the sentence (or, in a relative clause, to the dash
// or comma that closes it; or to a `;` after which another actor speaks).
std::optional<ByteSpan> SentenceReader::Content(size_t begin, bool relative) const {
  size_t end = sentence_.end;
  bool at_end = true;
  for (size_t i = 0; i < n(); ++i) {
    if (T(i).begin < begin) continue;
    const bool closes_relative = relative && (IsDash(text_, T(i)) || Is(i, ",") || Is(i, ")") || Is(i, ";"));
    const bool next_speaker = Is(i, ";") && MentionAt(i + 1) != nullptr;
    if (closes_relative || next_speaker) {
      end = T(i).begin;
      at_end = false;
      break;
    }
  }
  end = TrimEnd(begin, end, at_end);
  if (end <= begin) return std::nullopt;
  return ByteSpan{begin, end};
}

// The words inside the quotation that opens at token `open`, without their final punctuation.
std::optional<ByteSpan> SentenceReader::Quoted(size_t open) const {
  for (size_t i = open + 1; i < n(); ++i) {
    if (!extract::IsQuote(text_, T(i))) continue;
    const size_t begin = T(open).end;
    const size_t end = TrimEnd(begin, T(i).begin, false);
    if (end <= begin) return std::nullopt;
    return ByteSpan{begin, end};
  }
  return Content(T(open).end, false);  // unclosed: to the end
}

std::optional<ByteSpan> SentenceReader::ContentFrom(size_t k) const {
  if (k >= n()) return std::nullopt;
  if (extract::IsQuote(text_, T(k)) && (Is(k, "\"") || Is(k, "\xe2\x80\x9c") || Is(k, "\xe2\x80\x98") || Is(k, "'"))) {
    // A quotation that closes before the sentence ends is the claim; one that runs to the end
    // keeps its opening mark (RULES: "… at scale: 'They're shitting …").
    for (size_t i = k + 1; i < n(); ++i) {
      if (!extract::IsQuote(text_, T(i))) continue;
      if (TrimEnd(T(i).end, sentence_.end, true) <= T(i).end) break;  // closes at the end
      return Quoted(k);
    }
    return Quoted(k);
  }
  return Content(T(k).begin, false);
}

void SentenceReader::Add(const std::vector<Speaker>& speakers, size_t verb_begin, size_t verb_end, ByteSpan span) {
  Add(speakers, std::string(text_.substr(T(verb_begin).begin, T(verb_end - 1).end - T(verb_begin).begin)), span);
}

void SentenceReader::Add(const std::vector<Speaker>& speakers, std::string verb, ByteSpan span) {
  for (const Speaker& s : speakers) {
    Claim claim;
    claim.speaker = s.mention;
    claim.verb = verb;
    claim.span = span;
    claim.sentence = sentence_;
    claim.date = date_;
    f_.out_.claims.push_back(std::move(claim));
  }
  if (speakers.size() > 1) f_.plural_ = {speakers, index_};
}

bool SentenceReader::IsSubjectPosition(size_t i) const {
  if (i == 0) return true;
  const Token& before = T(i - 1);
  if (before.word && before.end == T(i).begin && !IsWord(i - 1, "'s")) return true;  // a page's run-together text
  if (!before.word) {
    const std::string_view p = text_.substr(before.begin, before.end - before.begin);
    return p == "," || p == ":" || p == ";" || p == "(" || p == "-" || IsDash(text_, before) ||
           extract::IsQuote(text_, before) || p == "\xe2\x80\xa2" || p == "\xef\xbc\x9a" || p == "\xef\xbc\x8c";
  }
  return extract::OpensClause(W(i - 1));
}

// A run of speakers from token i: "Cuban", "Cuban and Andreessen", "Auyon Siddiq and Niuniu Zhang
// (UCLA Anderson)". Returns the token after it (after a parenthesis that follows), or i.
size_t SentenceReader::Group(size_t i, std::vector<Speaker>* speakers) const {
  const ActorMention* m = MentionAt(i);
  if (m == nullptr) return i;
  speakers->push_back(f_.SpeakerOf(*m));
  size_t k = MentionEnd(i);
  while ((Is(k, ",") || IsWord(k, "and")) && MentionAt(k + 1) != nullptr && !Is(MentionEnd(k + 1), "'s") &&
         !IsWord(MentionEnd(k + 1), "'s")) {
    speakers->push_back(f_.SpeakerOf(*MentionAt(k + 1)));
    k = MentionEnd(k + 1);
  }
  if (Is(k, "(")) {  // an affiliation in parentheses
    size_t close = k + 1;
    while (close < n() && close < k + 8 && !Is(close, ")")) ++close;
    if (Is(close, ")")) k = close + 1;
  }
  return k;
}

// A single word and a comma after the verb: words quoted as words ("He says American, and he says
// trusted"), not a statement.
bool SentenceReader::SingleWordThenComma(size_t k) const {
  return k + 1 < n() && T(k).word && Is(k + 1, ",") && !IsWord(k, "that");
}

// After a subject (tokens [group_begin, k)): auxiliaries, a reporting verb and what it reports.
bool SentenceReader::Predicate(const std::vector<Speaker>& speakers, size_t group_begin, size_t k) {
  // An appositive between commas: "Sam Altman, OpenAI's chief executive, said …".
  if (Is(k, ",")) {
    size_t close = k + 1;
    while (close < n() && close < k + 8 && !Is(close, ",")) ++close;
    if (!Is(close, ",")) return false;
    k = close + 1;
  }
  bool after_be = false;
  std::optional<extract::ReportingVerb> verb;
  for (; k < n(); ++k) {
    if ((verb = extract::ReportingVerbAt(text_, tokens_, k))) break;
    const std::string w = W(k);
    if (!T(k).word || extract::IsNegation(w) || !extract::IsAuxiliaryOrAdverb(w)) return false;
    if (extract::IsFormOfBe(w)) after_be = true;
  }
  if (!verb || (after_be && verb->past_participle)) return false;  // "was asked": the object
  const size_t verb_begin = k, verb_end = k + verb->tokens;
  size_t c = verb_end;
  const std::string before_subject = group_begin > 0 ? W(group_begin - 1) : "";
  const bool relative = before_subject == "which" || before_subject == "that" || before_subject == "who";

  // "… as Andreessen suggests, …": the clause before `as` is the claim, without its "If".
  if (before_subject == "as" && (c >= n() || Is(c, ",") || Is(c, ")") || IsDash(text_, T(c)))) {
    size_t start = group_begin - 1;
    while (start > 0 && !Is(start - 1, ",") && !Is(start - 1, ":") && !Is(start - 1, ";") && !IsDash(text_, T(start - 1))) --start;
    if (extract::IsConditional(W(start))) ++start;
    if (start >= group_begin - 1) return false;
    const size_t end = TrimEnd(T(start).begin, T(group_begin - 2).end, false);
    Add(speakers, verb_begin, verb_end, {T(start).begin, end});
    return true;
  }
  // Attribution inside its content: "Smart move, he says, but …"; "If …, he asked, what …";
  // "if you're just a consumer …, Nadella isn't sure how …": the whole clause is the claim.
  const bool after_comma = group_begin > 0 && (Is(group_begin - 1, ",") || (IsWord(group_begin - 1, "and") && group_begin > 1 && Is(group_begin - 2, ",")));
  if (after_comma) {
    size_t start = group_begin - 1;
    while (start > 0 && !Is(start - 1, ":")) --start;
    const bool parenthetical = Is(c, ",") || ((IsWord(c, "it") || IsWord(c, "so") || IsWord(c, "this")) &&
                                              (Is(c + 1, ",") || (c + 2 < n() && T(c + 1).word && Is(c + 2, ","))));
    const bool conditional = extract::IsConditional(W(start));
    if ((parenthetical || conditional) && start + 1 < group_begin) {
      if (auto span = Content(T(start).begin, false)) Add(speakers, verb_begin, verb_end, *span);
      return true;
    }
  }
  if (c >= n()) return false;
  // What is reported starts after `that`, a colon or comma, or at a quotation.
  std::optional<ByteSpan> span;
  if (IsWord(c, "that")) {
    span = Content(T(c + 1 < n() ? c + 1 : c).begin, relative);
    if (c + 1 >= n()) span.reset();
  } else if (Is(c, ":") || Is(c, ",")) {
    span = ContentFrom(c + 1);
  } else if (extract::IsQuote(text_, T(c))) {
    span = ContentFrom(c);
  } else {
    // The content after an object: "asked the question …: shouldn't …", "told Reuters that …",
    // "wrote a blog post asking for …", "framed it: …".
    std::optional<size_t> after_object;
    for (size_t j = c; j < n() && j < c + 12; ++j) {
      if (Is(j, ":")) {
        after_object = j + 1;
        break;
      }
      if (IsWord(j, "that") && j < c + 5 && verb->verb_class != extract::VerbClass::kStatement) {
        after_object = j + 1;
        break;
      }
      if (j > c && j < c + 6) {
        auto inner = extract::ReportingVerbAt(text_, tokens_, j);
        if (inner && inner->gerund && verb->verb_class == extract::VerbClass::kStatement) {
          after_object = j + inner->tokens;
          break;
        }
      }
      if (Is(j, ".") || Is(j, ";")) break;
    }
    switch (verb->verb_class) {
      case extract::VerbClass::kFraming:
        if (!after_object) return false;  // "framed A as B", "read it as B": no statement
        break;
      case extract::VerbClass::kContest:  // "challenges Cuban's figure", not "challenges the CPU architecture"
        if (!after_object && MentionAt(c) == nullptr && !IsWord(c, "whether")) return false;
        break;
      default:
        break;
    }
    if (after_object) {
      span = ContentFrom(*after_object);
    } else {
      // "Sacks has been saying it for months." points to the next sentence.
      if ((IsWord(c, "it") || IsWord(c, "this") || IsWord(c, "so")) && c + 5 >= n()) {
        f_.forward_speakers_ = speakers;
        f_.forward_verb_ = std::string(text_.substr(T(verb_begin).begin, T(verb_end - 1).end - T(verb_begin).begin));
        return true;
      }
      // "explained why this week on All-In": the why is not here.
      const std::string w = W(c), next = W(c + 1);
      if ((w == "why" || w == "how" || w == "what") &&
          (next == "this" || next == "last" || next == "today" || next == "yesterday" || next == "on")) {
        return false;
      }
      if (SingleWordThenComma(c)) return false;
      span = Content(T(c).begin, relative);
    }
  }
  if (!span) return false;
  Add(speakers, verb_begin, verb_end, *span);
  return true;
}

// "X framed A as B and noted that …": a reporting verb with `that` later in the same predicate.
bool SentenceReader::Coordinated(const std::vector<Speaker>& speakers, size_t k) {
  for (size_t j = k; j + 1 < n(); ++j) {
    if (Is(j, ".") || Is(j, ";") || Is(j, ":")) return false;
    if (!IsWord(j, "and")) continue;
    size_t v = j + 1;
    while (v < n() && extract::IsAuxiliaryOrAdverb(W(v))) ++v;
    auto verb = extract::ReportingVerbAt(text_, tokens_, v);
    if (!verb || !IsWord(v + verb->tokens, "that") || v + verb->tokens + 1 >= n()) continue;
    if (auto span = Content(T(v + verb->tokens + 1).begin, false)) {
      Add(speakers, v, v + verb->tokens, *span);
      return true;
    }
  }
  return false;
}

// After "X's" (token k is the token after 's): nouns of stating, a possession that speaks for its
// owner ("ARM's CEO has argued", "DeepSeek's V3 model … claimed"), and "X's framing of '…'".
bool SentenceReader::Possessive(const std::vector<Speaker>& speakers, size_t k) {
  size_t noun = k;
  while (noun < k + 3 && noun < n() && T(noun).word && !extract::IsStatementNounBeforeThat(W(noun)) &&
         !extract::IsStatementNounBeforeIs(W(noun)) && noun + 1 < n() && T(noun + 1).word &&
         !extract::ReportingVerbAt(text_, tokens_, noun)) {
    ++noun;  // adjectives: "blunt assessment", "actual point"
  }
  const std::string w = W(noun);
  size_t c = noun + 1;
  if (extract::IsStatementNounBeforeIs(w) && IsWord(c, "is")) {
    ++c;
    if (IsWord(c, "that")) ++c;
    if (auto span = ContentFrom(c)) {
      Add(speakers, noun, noun + 1, *span);
      return true;
    }
  }
  if ((extract::IsStatementNounBeforeThat(w) || extract::IsStatementNounBeforeIs(w)) && Is(c, ":")) {
    if (auto span = ContentFrom(c + 1)) {
      Add(speakers, noun, noun + 1, *span);
      return true;
    }
  }
  if (extract::IsStatementNounBeforeThat(w) && IsWord(c, "that") && c + 1 < n()) {
    // The clause ends where the noun phrase does: "… may never be recovered has sent shockwaves".
    size_t end = n();
    for (size_t j = c + 4; j + 1 < n(); ++j) {
      const std::string aux = W(j), next = W(j + 1);
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
  if (w == "framing" && IsWord(c, "of") && quote < n() && extract::IsQuote(text_, T(quote))) {
    if (auto span = Quoted(quote)) {
      Add(speakers, noun, noun + 1, *span);
      return true;
    }
  }
  // A possession speaking for its owner: up to three words, an appositive, then the verb.
  for (size_t v = k; v < k + 3 && v < n() && T(v).word; ++v) {
    if (extract::ReportingVerbAt(text_, tokens_, v) || extract::IsAuxiliaryOrAdverb(W(v))) {
      if (v == k) return false;
      return Predicate(speakers, k > 0 ? k - 1 : 0, v);
    }
    if (Is(v + 1, ",")) return Predicate(speakers, k > 0 ? k - 1 : 0, v + 1);
  }
  return false;
}

// He/She/They/It as a subject, standing for the actor last spoken of.
std::optional<std::vector<Speaker>> SentenceReader::Pronoun(size_t i) const {
  const std::string w = W(i);
  ActorMention pronoun{"", std::string(text_.substr(T(i).begin, T(i).end - T(i).begin)), {T(i).begin, T(i).end}};
  const Antecedent* antecedent = nullptr;
  if (w == "he" || w == "she") antecedent = &f_.person_;
  else if (w == "they") antecedent = &f_.plural_;
  else if (w == "it" && i == 0 && extract::IsCapitalized(text_, T(i))) antecedent = &f_.org_;
  if (antecedent == nullptr) return std::nullopt;
  const size_t reach = antecedent == &f_.org_ ? 1 : kPronounReach;
  if (!antecedent->Valid(index_, reach) || (antecedent == &f_.org_ && antecedent->sentence == index_)) return std::nullopt;
  std::vector<Speaker> speakers = antecedent->speakers;
  for (Speaker& s : speakers) {
    s.mention.surface = pronoun.surface;
    s.mention.span = pronoun.span;
  }
  return speakers;
}

// His/Her/Their, for the patterns of a possessive speaker.
std::optional<std::vector<Speaker>> SentenceReader::PossessivePronoun(size_t i) const {
  const std::string w = W(i);
  const Antecedent* antecedent = nullptr;
  if (w == "his" || w == "her" || w == "him") antecedent = &f_.person_;
  else if (w == "their" || w == "them") antecedent = &f_.plural_;
  if (antecedent == nullptr || !antecedent->Valid(index_, kPronounReach)) return std::nullopt;
  std::vector<Speaker> speakers = antecedent->speakers;
  for (Speaker& s : speakers) {
    s.mention.surface = std::string(text_.substr(T(i).begin, T(i).end - T(i).begin));
    s.mention.span = {T(i).begin, T(i).end};
  }
  return speakers;
}

// "according to X, …" and "…, according to X".
void SentenceReader::AccordingTo() {
  for (size_t i = 0; i + 1 < n(); ++i) {
    if (!IsWord(i, "according") || !IsWord(i + 1, "to")) continue;
    size_t j = i + 2;
    const ActorMention* m = nullptr;
    for (; j < n() && !Is(j, ",") && !Is(j, ".") && !Is(j, ";"); ++j) {
      if ((m = MentionAt(j))) break;
    }
    std::vector<Speaker> speakers;
    if (m) {
      speakers.push_back(f_.SpeakerOf(*m));
    } else {  // an unknown name: "according to Jane Doe"
      size_t name = i + 2;
      if (IsWord(name, "the")) ++name;
      size_t end = name;
      while (end < n() && end < name + 3 && extract::IsCapitalized(text_, T(end))) ++end;
      if (end == name || (end == name + 1 && extract::IsCommonCapitalizedWord(W(name)))) continue;
      const ByteSpan at{T(name).begin, T(end - 1).end};
      speakers.push_back({{"", std::string(text_.substr(at.begin, at.end - at.begin)), at}, ActorKind::kPerson});
    }
    size_t first = 0;  // the sentence's own first token, after a list or date prefix
    while (first < i && (!T(first).word || Is(first + 1, ":") || Is(first + 1, "-"))) ++first;
    std::optional<ByteSpan> span;
    if (first == i) {  // at the start: the content follows the phrase's comma
      size_t comma = j;
      while (comma < n() && !Is(comma, ",")) ++comma;
      if (comma + 1 < n()) span = ContentFrom(comma + 1);
    } else if (i > 0 && Is(i - 1, ",")) {  // at the end: the content is what comes before
      size_t start = 0;
      for (size_t k = 0; k + 1 < i; ++k) {
        if (Is(k, ":") && k + 1 < i - 1) start = k + 1;
      }
      const size_t end = TrimEnd(T(start).begin, T(i - 1).begin, false);
      if (end > T(start).begin) span = ByteSpan{T(start).begin, end};
    }
    if (span) Add(speakers, "according to", *span);
  }
}

// `X: "…"` at the start of a sentence, and `From X:` ending one (its next sentence is X's).
void SentenceReader::Headed() {
  size_t i = IsWord(0, "from") ? 1 : 0;
  const ActorMention* m = MentionAt(i);
  if (m == nullptr) return;
  const size_t colon = MentionEnd(i);
  if (!Is(colon, ":")) return;
  const std::vector<Speaker> speakers{f_.SpeakerOf(*m)};
  if (colon + 1 >= n()) {
    f_.forward_speakers_ = speakers;
    f_.forward_verb_ = ":";
  } else if (extract::IsQuote(text_, T(colon + 1))) {
    if (auto span = Quoted(colon + 1)) Add(speakers, ":", *span);
  }
}

// `"…," X said` and `"…," said X`.
void SentenceReader::QuotationFirst() {
  if (n() < 4 || !extract::IsQuote(text_, T(0))) return;
  size_t close = 1;
  while (close < n() && !extract::IsQuote(text_, T(close))) ++close;
  if (close >= n() || close < 2) return;
  size_t k = close + 1;
  if (Is(k, ",")) ++k;
  std::vector<Speaker> speakers;
  size_t verb_at;
  if (MentionAt(k)) {
    size_t after = Group(k, &speakers);
    verb_at = after;
    while (verb_at < n() && extract::IsAuxiliaryOrAdverb(W(verb_at))) ++verb_at;
  } else if (extract::ReportingVerbAt(text_, tokens_, k) && MentionAt(k + extract::ReportingVerbAt(text_, tokens_, k)->tokens)) {
    verb_at = k;
    Group(k + extract::ReportingVerbAt(text_, tokens_, k)->tokens, &speakers);
  } else {
    return;
  }
  auto verb = extract::ReportingVerbAt(text_, tokens_, verb_at);
  if (!verb || speakers.empty()) return;
  const size_t end = TrimEnd(T(0).end, T(close).begin, false);
  if (end > T(0).end) Add(speakers, verb_at, verb_at + verb->tokens, {T(0).end, end});
}

// "a challenge posed by X: …", "In X's framing, …", "In his words, …", "For him, …".
void SentenceReader::FramedBy() {
  for (size_t i = 0; i + 2 < n(); ++i) {
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
  if (IsWord(0, "for") && n() > 3) {
    if (auto speakers = PossessivePronoun(1)) {
      if (auto span = ContentFrom(Is(2, ",") ? 3 : 2)) Add(*speakers, 0, 2, *span);
    }
  }
}

// Han: 馬克·庫班警告:…, 億萬富翁投資人馬克·庫班公開警告,…, AINews 分析認為,…
void SentenceReader::Han() {
  for (const ActorMention& m : sentence_mentions_) {
    size_t p = m.span.end;
    while (p < sentence_.end && text_[p] == ' ') ++p;
    size_t verb = 0;
    for (int gap = 0; gap <= 2 && p < sentence_.end; ++gap) {
      if ((verb = extract::HanReportingVerbAt(text_, p))) break;
      int32_t i = static_cast<int32_t>(p);
      UChar32 c;
      U8_NEXT(text_.data(), i, static_cast<int32_t>(sentence_.end), c);
      if (c < 0 || !extract::IsUnspacedScript(c)) break;
      p = static_cast<size_t>(i);
    }
    if (verb == 0) continue;
    size_t begin = p + verb;
    for (;;) {
      const std::string_view rest = text_.substr(begin);
      size_t skip = 0;
      for (std::string_view mark : {":", ",", " ", "\xef\xbc\x9a", "\xef\xbc\x8c", "\xe3\x80\x81"}) {
        if (rest.substr(0, mark.size()) == mark) skip = mark.size();
      }
      if (skip == 0 || begin >= sentence_.end) break;
      begin += skip;
    }
    if (auto span = Content(begin, false)) {
      Add({f_.SpeakerOf(m)}, std::string(text_.substr(p, verb)), *span);
    }
  }
}

// The claim a sentence before announced: this whole sentence, after a heading ("Open-Weight: ").
void SentenceReader::ForwardFromBefore() {
  if (f_.forward_speakers_.empty()) return;
  size_t start = 0;
  if (n() > 2 && Is(1, ":") && T(0).word) start = 2;
  if (start < n()) {
    if (auto span = Content(T(start).begin, false)) Add(f_.forward_speakers_, f_.forward_verb_, *span);
  }
  f_.forward_speakers_.clear();
}

void SentenceReader::Read() {
  const std::string_view sentence = text_.substr(sentence_.begin, sentence_.end - sentence_.begin);
  date_ = extract::DateStated(sentence);
  for (const ActorMention& m : f_.mentions_) {
    if (m.span.begin >= sentence_.begin && m.span.end <= sentence_.end) sentence_mentions_.push_back(m);
  }
  tokens_ = extract::Tokenize(text_, sentence_);
  SplitTokensAtMentions();
  ForwardFromBefore();
  // Source lists cite titles, not statements: "- [2] Mark Cuban on AI's infra investment …".
  if ((Is(0, "-") || Is(0, "\xe2\x80\xa2")) && Is(1, "[")) return;

  AccordingTo();
  Headed();
  QuotationFirst();
  FramedBy();
  Han();

  for (size_t i = 0; i < n(); ++i) {
    const std::string w = W(i);
    // "that's his actual point." points to the next sentence.
    if ((w == "his" || w == "her" || w == "their") && i >= 1 && (IsWord(i - 1, "'s") || IsWord(i - 1, "is"))) {
      size_t noun = i + 1;
      if (noun + 1 < n() && !extract::IsStatementNounBeforeIs(W(noun))) ++noun;
      if (W(noun) == "point" && noun + 2 >= n()) {
        if (auto speakers = PossessivePronoun(i)) {
          f_.forward_speakers_ = *speakers;
          f_.forward_verb_ = "point";
        }
      }
    }
    std::vector<Speaker> speakers;
    size_t after = i;
    if (MentionAt(i)) {
      after = Group(i, &speakers);
    } else if (auto pronoun = Pronoun(i)) {
      speakers = *pronoun;
      after = i + 1;
    } else if (auto possessive = PossessivePronoun(i)) {
      if (i == 0) Possessive(*possessive, i + 1);  // "His bet is that …"
    } else if (extract::IsCapitalized(text_, T(i)) && !extract::IsUnspaced(text_, T(i))) {
      // An unknown name: up to three capitalised words, none of them a common sentence opener.
      size_t end = i;
      while (end < n() && end < i + 3 && extract::IsCapitalized(text_, T(end)) && !MentionAt(end)) ++end;
      const bool common = extract::IsCommonCapitalizedWord(w) || w.find('\'') != std::string::npos;
      if (!common && (end - i >= 2 || i > 0) && !(i > 0 && extract::IsCapitalized(text_, T(i - 1)))) {
        const ByteSpan at{T(i).begin, T(end - 1).end};
        speakers.push_back({{"", std::string(text_.substr(at.begin, at.end - at.begin)), at}, ActorKind::kPerson});
        after = end;
      }
    }
    bool claimed = false;
    if (!speakers.empty()) {
      const size_t claims_before = f_.out_.claims.size() + (f_.forward_speakers_.empty() ? 0 : 1);
      const bool study = i >= 2 && IsWord(i - 1, "by") &&
                         (IsWord(i - 2, "study") || IsWord(i - 2, "paper") || IsWord(i - 2, "report") ||
                          IsWord(i - 2, "survey") || IsWord(i - 2, "analysis") || IsWord(i - 2, "research"));
      const bool what_colon = i >= 1 && IsWord(i - 1, "what");  // "What they found: …"
      const bool subject = IsSubjectPosition(i) || study || what_colon;
      if (subject && IsWord(after, "'s") && MentionAt(i)) {
        Possessive(speakers, after + 1);
      } else if (subject && !(what_colon && !IsSubjectPosition(i))) {
        if (!Predicate(speakers, i, after) && MentionAt(i)) Coordinated(speakers, after);
      } else if (what_colon) {
        auto verb = extract::ReportingVerbAt(text_, tokens_, after);
        if (verb && Is(after + verb->tokens, ":")) {
          if (auto span = ContentFrom(after + verb->tokens + 1)) Add(speakers, after, after + verb->tokens, *span);
        }
      }
      claimed = f_.out_.claims.size() + (f_.forward_speakers_.empty() ? 0 : 1) > claims_before;
    }
    // The actors pronouns may stand for next.
    if (const ActorMention* m = MentionAt(i)) {
      const Speaker s = f_.SpeakerOf(*m);
      if (s.kind == ActorKind::kPerson) f_.person_ = {{s}, index_};
      if (s.kind != ActorKind::kPerson && i <= 2) f_.org_ = {{s}, index_};
      if (s.kind != ActorKind::kPerson && i == 0) f_.plural_ = {{s}, index_};
    } else if (claimed && speakers.front().mention.actor_id.empty() && extract::IsCapitalized(text_, T(i)) &&
               !Pronoun(i)) {
      f_.person_ = {speakers, index_};  // a candidate who spoke
    } else if ((w == "he" || w == "she" || w == "his" || w == "her" || w == "him") && f_.person_.Valid(index_, kPronounReach)) {
      f_.person_.sentence = index_;
    } else if ((w == "they" || w == "their" || w == "them") && f_.plural_.Valid(index_, kPronounReach)) {
      f_.plural_.sentence = index_;
    }
    if (after > i + 1 && MentionAt(i)) i = MentionEnd(i) - 1;  // the rest of the name
  }
}

ClaimExtraction ClaimFinder::Run() {
  const std::vector<ByteSpan> sentences = extract::SplitSentences(text_);
  for (size_t s = 0; s < sentences.size(); ++s) {
    SentenceReader(*this, sentences[s], s).Read();
    // Sentences that ask: ending in ? or ？ (before citation markers and closing quotes).
    size_t end = sentences[s].end;
    const std::string_view t = text_;
    for (;;) {
      const size_t before = end;
      while (end > sentences[s].begin && (t[end - 1] == ' ' || t[end - 1] == '"' || t[end - 1] == '\'' || t[end - 1] == ')')) --end;
      if (end >= 3 && t.substr(end - 3, 3) == "\xe2\x80\x9d") end -= 3;  // ”
      if (end > sentences[s].begin && t[end - 1] == ']') {
        size_t open = t.rfind('[', end);
        if (open != std::string_view::npos && open >= sentences[s].begin) end = open;
      }
      if (end == before) break;
    }
    const bool asks = (end > sentences[s].begin && t[end - 1] == '?') ||
                      (end >= sentences[s].begin + 3 && t.substr(end - 3, 3) == "\xef\xbc\x9f");
    if (asks) out_.questions.push_back(sentences[s]);
  }
  // One claim per speaker and span: the patterns may find the same one twice, and a claim inside
  // another of the same speaker's in one sentence is part of it.
  std::vector<Claim> kept;
  for (Claim& claim : out_.claims) {
    const auto same_speaker = [&](const Claim& k) {
      return k.speaker.actor_id == claim.speaker.actor_id &&
             (!claim.speaker.actor_id.empty() || k.speaker.surface == claim.speaker.surface);
    };
    const bool covered = std::any_of(kept.begin(), kept.end(), [&](const Claim& k) {
      return same_speaker(k) && k.span.begin < claim.span.end && claim.span.begin < k.span.end;
    });
    if (!covered) kept.push_back(std::move(claim));
  }
  std::stable_sort(kept.begin(), kept.end(), [](const Claim& a, const Claim& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.speaker.span.begin < b.speaker.span.begin;
  });
  out_.claims = std::move(kept);
  for (const Claim& claim : out_.claims) {
    if (!claim.speaker.actor_id.empty()) continue;
    const bool seen = std::any_of(out_.candidates.begin(), out_.candidates.end(),
                                  [&](const ActorMention& m) { return m.surface == claim.speaker.surface; });
    if (!seen) out_.candidates.push_back(claim.speaker);
  }
  return std::move(out_);
}

}  // namespace

ClaimExtraction ExtractClaims(std::string_view text, const Gazetteer& gazetteer) {
  return ClaimFinder(text, gazetteer).Run();
}

}  // namespace dossier
