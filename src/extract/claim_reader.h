// The claim recognizer's insides (src/extract/claims.cc and its claim_*.cc): ExtractClaims reads a
// text twice, the first time to find the names that speak in it (claim_names.h), the second with
// those names as mentions. A ClaimFinder walks a text's sentences, keeping what carries from one to the next (who a pronoun stands for, an open
// quotation, a sentence that announces the next); a SentenceReader applies the patterns of
// tests/labels/claims/RULES.md to one tokenized sentence:
//   claim_speakers.cc   who speaks: gazetteer names, pronouns and descriptions, unknown names,
//                       unnamed sources, the author's first person;
//   claim_patterns.cc   how: reporting verbs, nouns of stating, according to, X:, Han verbs;
//   claim_quotations.cc quotations attributed before, after or across sentences, dash lines and
//                       captions;
//   claim_turns.cc      transcript turns (NAME:, Q:/A:);
//   claim_documents.cc  the issuers of a press release, whose "we" it is;
//   claim_spans.cc      where what is claimed begins and ends.
#pragma once

#include <cstdint>
#include <cstring>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/claim.h"
#include "extract/claim_names.h"
#include "extract/claim_words.h"
#include "extract/reporting_lexicon.h"
#include "extract/word_set.h"

namespace dossier::extract {

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
constexpr size_t kPronounReach = 3;
// How far back "he" or "she" may reach the person last named when no other person is named between
// ("Okafor said …. [four sentences of background] \"…,\" he told a briefing").
constexpr size_t kLonePersonReach = 6;

inline bool IsPunct(std::string_view text, const Token& t, std::string_view p) {
  return !t.word && text.substr(t.begin, t.end - t.begin) == p;
}

inline bool IsDash(std::string_view text, const Token& t) {  // — –, compared byte by byte: asked in many loops
  return !t.word && t.end - t.begin == 3 && text[t.begin] == '\xe2' && text[t.begin + 1] == '\x80' &&
         (text[t.begin + 2] == '\x94' || text[t.begin + 2] == '\x93');
}

// claim_spans.cc: how many tokens a wire dateline (datelines.h: "MEXICO CITY, Jan 21 (Reuters) -",
// "TORONTO (AP) —", "(CNN)", "新华社北京3月5日电") takes at the start of a sentence that opens its
// line, or a live page's time stamp ("14:05", "14:05 GMT -", "10.42am:"); 0 if the sentence opens
// otherwise; at `lead`, the text's first paragraph below its headline (FirstBodyParagraph), also a
// place in capitals and a colon ("NEW DELHI: "). The report starts after it: the dateline
// attributes nothing.
size_t DatelineTokens(std::string_view text, const std::vector<Token>& tokens, size_t lead);

class SentenceReader;

// A token's lowercase form. Compared with a string literal (a char array: its length less the NUL)
// the length is known when compiled and the compare inlines, where string_view's == (taking the
// shorter of two lengths) called memcmp for every token of every test ("his", "the", "said"…).
struct LowerWord : std::string_view {
  LowerWord(std::string_view word) : std::string_view(word) {}
  LowerWord(const char* word) : std::string_view(word) {}
  template <size_t N>
  bool operator==(const char (&literal)[N]) const {
    return size() == N - 1 && std::memcmp(data(), literal, N - 1) == 0;
  }
  template <size_t N>
  bool operator!=(const char (&literal)[N]) const {
    return !(*this == literal);
  }
};

// The rarer words and marks that some pattern needs before it can apply, found in one pass over a
// sentence's tokens: a pattern whose cue the sentence lacks is not tried, where each used to walk
// every token looking for its own words.
enum SentenceCue : uint32_t {
  kCueQuote = 1u << 0,      // a quotation mark (IsQuote): quotations attributed, opened, closed
  kCueAccording = 1u << 1,  // "according" or "per": AccordingTo
  kCueBy = 1u << 2,         // "by": "a challenge posed by X: …"
  kCueComma = 1u << 3,      // ",": "…, said Mark Cuban."
};
uint32_t SentenceCues(std::string_view text, const std::vector<Token>& tokens, const std::string_view* lower);

// What a word may be to the speaker rules, asked once per token and read by every rule (each rule
// used to look the word up in its own lists at every token): a bit per class of word, from its
// lowercase form.
enum WordClass : uint16_t {
  // "i", "we", "he", "she", "they", "it", "his", "her", "one", "a", "an", "the": the first words of
  // a pronoun, possessive or description Pronoun reads.
  kWordPronounStart = 1u << 0,
  kWordOrganizationNoun = 1u << 1,  // IsOrganizationNoun
  kWordBodyWord = 1u << 2,          // a word of a described body ("state", "health", "officials")
  kWordAnonymousStart = 1u << 3,    // a count or noun that may open an unnamed source ("two", "sources")
  kWordRoleBeforeName = 1u << 4,    // IsRoleBeforeName
  kWordPossessivePronoun = 1u << 5,  // "his", "her", "him", "their", "them": PossessivePronoun's
  kWordDocumentNoun = 1u << 6,      // IsDocumentNoun: "report", "study", "statement"
  kWordNameWord = 1u << 7,          // NameWordAt: asked of a token by most speaker rules, many times over
};
uint16_t WordClassesOf(std::string_view lower);
// Whether tokens[i] is a word a name may hold: capitalised, or "al-Naimi"; not the pronoun "I"
// ("Honestly I think"), which an initial's stop would follow. Not a class of the lowercase word:
// set beside WordClassesOf's bits.
bool NameWordAt(std::string_view text, const std::vector<Token>& tokens, size_t i);
// claim_speakers.cc: the word lists of a described body and of an unnamed source's count.
bool IsDescribedBodyWord(std::string_view lower);
bool IsAnonymousCount(std::string_view lower);
// claim_quotations.cc: a title or role word before a name, in the plural too ("Goldman Sachs
// strategists Dominic Wilson and Vicki Chang").
bool IsRoleBeforeName(std::string_view lower);

// What both readings of a text find alike in a sentence, worked out once for the two: its tokens,
// each lowercased, the date it states, its cues and its dateline.
// Not copied: `lower` views `lower_bytes`, which a short sentence keeps inside the object.
struct SentenceWords {
  SentenceWords() = default;
  SentenceWords(const SentenceWords&) = delete;
  SentenceWords& operator=(const SentenceWords&) = delete;

  std::vector<Token> tokens;
  std::string lower_bytes;                 // every token lowercased, one after another
  std::vector<std::string_view> lower;     // each token's, in lower_bytes
  std::vector<uint16_t> classes;           // each token's WordClass bits
  std::optional<std::string> date;
  uint32_t cues = 0;  // SentenceCue bits
  size_t dateline = 0;  // DatelineTokens of its tokens
  bool han = false;  // a byte that opens a Han character (E3–E9) is in it: the Han patterns may apply
};

std::vector<SentenceWords> ReadSentenceWords(std::string_view text, const std::vector<ByteSpan>& sentences);

// The state of one text's extraction, read sentence by sentence: the claims so far and what
// pronouns, descriptions and open quotations carry into the next sentence.
class ClaimFinder {
 public:
  // A first reading (`names` null) collects the text's runs of capitalised words and its lowercase
  // words; a second reads with `mentions` holding the names of `names` too, and gives each
  // candidate its fullest name.
  ClaimFinder(std::string_view text, const Gazetteer& gazetteer, const ClaimSource& source,
              const std::vector<ByteSpan>& sentences, const std::vector<SentenceWords>& words,
              std::vector<ActorMention> mentions, const NameIndex* names)
      : text_(text), gazetteer_(gazetteer), source_(source), mentions_(std::move(mentions)), sentences_(sentences),
        words_(words), names_(names) {}

  ClaimExtraction Run();
  // The paragraphs a quotation ran through before the one that names its speaker: each opens with
  // a quotation mark and closes none (the convention for a quotation of several paragraphs), and
  // each of their sentences is a claim of that speaker. Added to `claims`.
  void AddQuotationParagraphsBefore(std::vector<Claim>* claims) const;
  std::vector<NameRun> TakeRuns() { return std::move(runs_); }
  GrowingWordSet TakeLowercaseWords() { return std::move(lowercase_words_); }

 private:
  friend class SentenceReader;
  Speaker SpeakerOf(const ActorMention& mention) const {
    Speaker s{mention, ActorKind::kPerson};
    if (const Actor* actor = gazetteer_.Find(mention.actor_id)) s.kind = actor->kind;
    else if (mention.actor_id.empty() && names_ != nullptr) s.kind = names_->KindOf(mention.surface);
    return s;
  }
  // claim_turns.cc: the person an interview's "A:" turns belong to (none if the text has no "Q:"),
  // and whether a label opens two lines or more.
  const std::vector<Speaker>& Interviewee();
  const std::vector<Speaker>& HanAnswerer();
  bool OpensTwoLines(std::string_view label) const;
  // Whether two lines or more open with a turn's label: in capitals with a colon ("FERREIRA:", "DR.
  // QUDDUS:") or a question's ("Q:", "Q."). A transcript's turns, where one such line alone ("ABC
  // NEWS:", "MARKET REACTION:") is a credit or a section's heading.
  bool TurnLabelsOpenTwoLines() const;
  // Whether a line before byte `at` opens with a reporter's question ("记者:", "问:").
  bool AsksBefore(size_t at) const;
  // claim_documents.cc: the organisations a press release's boilerplate names ("About Calder
  // Energy"), whose "we" it is; none in other texts.
  const std::vector<Speaker>& Issuers();
  // Whether a candidate name is a person's: a name of two words or more, or the last word of one
  // the text gives, and not an organisation's or outlet's.
  bool IsPersonName(std::string_view name) const;
  bool MayBeSurname(std::string_view name) const;
  // The person last named becomes the one "he" and "she" stand for; the one before is kept, for a
  // pronoun of the other gender ("Leo Harrington … Ada Moss … she told me").
  void SetPerson(std::vector<Speaker> speakers, size_t sentence);
  // Who "he" ('m') or "she" ('f') stands for at sentence `now`: the person last named, unless a
  // pronoun of the other gender stood for them and the person before fits; `gender` is recorded.
  const Antecedent& PersonFor(char gender, size_t now) const;
  // How many sentences back the person last named may be for "he" or "she" at sentence `now`:
  // kPronounReach, or kLonePersonReach when no other person's name stands between.
  size_t PersonReach(size_t now) const;
  bool Titled(ByteSpan name) const;
  bool MayBeName(std::string_view word, bool surname = false) const {
    return names_ != nullptr ? names_->MayBeName(word, surname) : MayBeNameWord(word, lowercase_words_, surname);
  }

  std::string_view text_;
  const Gazetteer& gazetteer_;
  const ClaimSource& source_;
  std::vector<ActorMention> mentions_;
  const std::vector<ByteSpan>& sentences_;
  const std::vector<SentenceWords>& words_;  // by sentence
  const NameIndex* names_;
  std::vector<NameRun> runs_;                          // first reading: the runs of capitalised words
  // First reading: the run of the one person the last sentence named, for a "She" opening the next.
  size_t lone_person_run_ = std::string::npos;
  size_t lone_person_sentence_ = 0;
  GrowingWordSet lowercase_words_;  // first reading: words written in lowercase
  bool in_quotation_ = false;  // a quotation opened and not closed before the sentence being read
  ClaimExtraction out_;
  Antecedent person_, plural_, org_;
  Antecedent previous_person_;                       // the person named before person_
  mutable int turn_label_lines_ = -1;                 // TurnLabelsOpenTwoLines, once asked
  // The lowercase words of organisations_' names, for OrganisationByItsWords, as of how many were named.
  mutable GrowingWordSet organisation_words_;
  mutable size_t organisation_words_of_ = 0;
  // PersonReach, once per sentence: the sentence asked about, the person's sentence, the answer.
  mutable size_t person_reach_at_ = SIZE_MAX, person_reach_of_ = 0, person_reach_ = 0;
  mutable std::map<std::string, char> genders_;      // by candidate name: 'm' or 'f', once a pronoun said so
  Antecedent company_;  // the organisation last named anywhere, for "the company said"
  // Every organisation named so far, last last, for a description by its head noun ("the ministry"
  // → "Ministry of Trade", "the agency" → "Northern Health Security Agency") however far back.
  std::vector<Antecedent> organisations_;
  // The organisation "the company" stands for when no name holds its noun: company_ while it is in
  // reach, else the one last named in reach (in the first reading, any capitalised organisation).
  const Antecedent* NearbyOrganisation(size_t now, bool business = false) const;
  // A sentence that announces the next one ("From X:", "that's his point."): its speakers and verb.
  std::vector<Speaker> forward_speakers_;
  std::string forward_verb_;
  bool forward_list_ = false;  // they announced a list: each item opening a line after it is theirs
  // The last quotation attributed, for the quoted sentences that go on after it.
  std::vector<Speaker> quote_speakers_;
  size_t quote_sentence_ = 0;
  bool quote_open_ = false;  // its closing mark is still to come
  // The speakers of the last claim and its sentence, for a quotation paragraph with no tag after it.
  std::vector<Speaker> last_speakers_;
  size_t last_claim_sentence_ = 0;
  // The person a sentence opened with as its subject while claiming nothing ("Walensky painted a
  // grim picture."), for a quotation paragraph with no tag right after it.
  std::vector<Speaker> subject_speakers_;
  size_t subject_sentence_ = 0;
  // Whether that sentence is a Han one introducing its person anywhere in its paragraph ("赛后，…主帅
  // 马特里恰尼出席了新闻发布会。" closing it), not only opening it.
  bool subject_anywhere_ = false;
  // The speaker of a transcript's turn ("Gillian Achebe -- Chief Executive Officer: …") until the
  // line ends.
  std::vector<Speaker> turn_speakers_;
  // The speaker of an interview's answer ("A: …"), or of a label alone on its line, whose turn goes
  // on over paragraphs until the next label.
  std::vector<Speaker> answer_speakers_;
  // The answer speakers are a heading's ("GOVERNOR ANDREW BAILEY" over quotation lines): their
  // turn ends at the first line that opens with no quotation mark.
  bool heading_turn_ = false;
  std::optional<std::vector<Speaker>> interviewee_;  // found at the first "A:"
  std::vector<Speaker> header_speakers_;  // the last speaker heading ("Coach Sam Ilves"): whose "A:" is
  std::optional<std::vector<Speaker>> han_answerer_;  // found at the first "答:"
  std::optional<std::vector<Speaker>> issuers_;      // found at the first "we"
  // The last words of unknown names that spoke ("Jane Doe" → "Doe"), which may open a sentence.
  GrowingWordSet candidate_surnames_;
};

// The patterns, applied to one sentence.
class SentenceReader {
 public:
  SentenceReader(ClaimFinder& finder, ByteSpan sentence, size_t index)
      : f_(finder), text_(finder.text_), sentence_(sentence), index_(index),
        dateline_(finder.words_[index].dateline),
        sentence_mentions_(MentionsIn(finder, sentence, ReportBegin(finder.words_[index].tokens, sentence, dateline_))),
        split_tokens_(SplitAtMentions(finder.words_[index].tokens, dateline_, sentence_mentions_)),
        tokens_(split_tokens_.empty() ? finder.words_[index].tokens : split_tokens_), n_(tokens_.size()) {}

  void Read();

 private:
  // The sentence's tokens, and the gazetteer mentions that start at them.
  size_t n() const { return n_; }
  const Token& T(size_t i) const { return tokens_[i]; }
  // The token lowercased ("" past the end).
  LowerWord W(size_t i) const { return i < n() ? lower_[i] : std::string_view(); }
  bool Is(size_t i, std::string_view p) const { return i < n() && IsPunct(text_, tokens_[i], p); }
  // The same for a literal (",", "\xe2\x80\x9c"): its length known when compiled, the compare
  // inlines, where the string_view compare called memcmp for every token of every pattern.
  template <size_t N>
  bool Is(size_t i, const char (&p)[N]) const {
    return i < n() && !tokens_[i].word && tokens_[i].end - tokens_[i].begin == N - 1 &&
           std::memcmp(text_.data() + tokens_[i].begin, p, N - 1) == 0;
  }
  // A colon that may open or close a clause: not one inside a time or a score ("7:30", "2:1").
  bool IsClauseColon(size_t i) const {
    const auto digit = [&](size_t at) { return text_[at] >= '0' && text_[at] <= '9'; };
    return Is(i, ":") && !(i > 0 && i + 1 < n() && T(i - 1).end == T(i).begin && T(i).end == T(i + 1).begin &&
                           digit(T(i - 1).end - 1) && digit(T(i + 1).begin));
  }
  // claim_speakers.cc: where "MP" of "the Stourbridge MP" stands after "the" at token i, or 0.
  size_t MemberLettersAfter(size_t i) const;
  // A word a name may hold: capitalised, or "al-Naimi" (NameWordAt, worked out once per token).
  bool IsNameWord(size_t i) const { return (Classes(i) & kWordNameWord) != 0; }
  // Tokens [begin, end) lowercased and joined by one space, as the lexicon writes a verb ("was adamant").
  std::string VerbWords(size_t begin, size_t end) const {
    std::string words(W(begin));
    for (size_t i = begin + 1; i < end; ++i) (words += ' ') += W(i);
    return words;
  }
  template <size_t N>
  bool IsWord(size_t i, const char (&w)[N]) const { return i < n() && tokens_[i].word && W(i) == w; }
  bool IsWord(size_t i, std::string_view w) const { return i < n() && tokens_[i].word && W(i) == w; }
  // The token's WordClass bits (none past the end).
  uint16_t Classes(size_t i) const { return i < n() ? classes_[i] : 0; }
  bool RoleBeforeNameAt(size_t i) const { return (Classes(i) & kWordRoleBeforeName) != 0; }
  const ActorMention* MentionAt(size_t i) const {
    if (mention_at_.empty()) return nullptr;  // most sentences, and every one of a first reading with no gazetteer
    auto it = mention_at_.find(i);
    return it == mention_at_.end() ? nullptr : &it->second.first;
  }
  size_t MentionEnd(size_t i) const { return mention_at_.at(i).second; }
  // Where the sentence's report begins: after a wire's dateline ("LONDON, Dec 2 (Reuters) -") of
  // `dateline` tokens, which is read as no part of it.
  static size_t ReportBegin(const std::vector<Token>& tokens, ByteSpan sentence, size_t dateline) {
    return dateline > 0 ? tokens[dateline].begin : sentence.begin;
  }
  // The reading's mentions that lie inside `sentence`, from `from` on.
  static std::vector<ActorMention> MentionsIn(const ClaimFinder& finder, ByteSpan sentence, size_t from);
  // `tokens` from `first` on, cut where a mention starts or ends inside one; none when that leaves
  // them as they are.
  static std::vector<Token> SplitAtMentions(const std::vector<Token>& tokens, size_t first,
                                            const std::vector<ActorMention>& mentions);
  void IndexMentions();  // mention_at_, by token

  // claims.cc: recording a claim (and what it carries into the next sentence).
  void Add(const std::vector<Speaker>& speakers, size_t verb_begin, size_t verb_end, ByteSpan span);
  void Add(const std::vector<Speaker>& speakers, std::string verb, ByteSpan span);
  void Add(const std::vector<Speaker>& speakers, std::string verb, ByteSpan span, ByteSpan sentence);

  // claim_speakers.cc
  // Where the portfolio of a title before the name at token i starts, at its "of" ("Secretary of
  // State Ana Ruiz", "Minister of the Economy Luis Caputo": the words are no part of the name), or i.
  size_t PortfolioOf(size_t i) const;
  bool IsSubjectPosition(size_t i) const;
  bool HeadAfter(size_t k) const;
  size_t OutletDescriptionStart(size_t i) const;
  size_t Group(size_t i, std::vector<Speaker>* speakers) const;
  bool SpeakerAt(size_t i, std::vector<Speaker>* speakers, size_t* after) const;
  // Whether any speaker SpeakerAt reads may start at token i (what each of its readers asks first),
  // and whether a pronoun or description Pronoun reads may: most tokens open neither.
  bool MayOpenSpeaker(size_t i) const;
  bool MayOpenPronoun(size_t i) const;
  bool SpeakerBeforePlaceAt(size_t i, std::vector<Speaker>* speakers, size_t* after) const;
  size_t AfterPlace(size_t k) const;
  std::optional<std::vector<Speaker>> Pronoun(size_t i, size_t* after) const;
  bool MayDescribeBody(size_t i) const;
  std::optional<std::vector<Speaker>> DescribedBody(size_t i, size_t* after) const;
  std::optional<std::vector<Speaker>> DescribedBodyFor(size_t first, size_t noun, size_t kind, bool officer, ByteSpan mention) const;
  size_t QualifiedOrganisationNoun(size_t i) const;
  std::optional<std::vector<Speaker>> QualifiedOrganisation(size_t i, size_t* after) const;
  bool AgeAfter(size_t k) const;
  bool EndsInPronounTag() const;
  bool NameAloneInBrackets(size_t i) const;
  size_t JoinedDescriptorEnd(size_t k) const;
  bool TitleOrJoinedAt(size_t t) const;
  bool AfterPrepositionAndTitles(size_t i) const;
  std::optional<std::vector<Speaker>> PossessivePronoun(size_t i) const;
  std::optional<std::vector<Speaker>> CompanyBefore(size_t i) const;
  std::optional<std::vector<Speaker>> OrganisationFor(size_t noun, ByteSpan mention, bool nearby = true, bool public_body = false) const;
  std::optional<std::vector<Speaker>> OrganisationByItsWords(size_t i, size_t* after) const;
  bool CapitalisedOrganisationNoun(size_t k) const;
  bool UnknownName(size_t i, std::vector<Speaker>* speakers, size_t* after) const;
  size_t NameEnd(size_t i) const;
  std::optional<size_t> AnonymousEnd(size_t i, bool verb_follows) const;
  std::optional<size_t> AnonymousPhraseEnd(size_t i, bool verb_follows) const;  // AnonymousEnd past its first test
  std::optional<std::vector<Speaker>> FirstPerson(size_t i) const;
  std::optional<std::vector<Speaker>> Role(size_t i, size_t* after) const;
  bool LineEndsInDashedName() const;
  std::optional<size_t> UnnamedIntroduction(std::string_view noun, bool* named) const;
  bool FirstNamedWith(const Speaker& speaker, std::string_view word) const;
  bool InsideQuotation(size_t i) const;
  bool InTitleCase() const;
  bool JoinedDescriptorAt(size_t k) const;
  bool LinksToAnotherStory() const;
  void CollectNames();
  void GivePronouns(size_t first_run, const std::vector<std::pair<size_t, size_t>>& run_tokens);

  // claim_patterns.cc
  bool InSkippedAppositive(size_t i) const;
  size_t OnOnesPartAt(size_t k) const;
  size_t DateAfterOnAt(size_t k) const;
  bool StatedNounAhead(size_t k) const;
  bool MannerAdverbAt(size_t k) const;
  bool VerbFollows(size_t k) const;
  size_t DocumentVerbAt(size_t k) const;
  size_t SeenDocumentAt(size_t k) const;
  std::optional<std::vector<Speaker>> DocumentIssuerSpeakers() const;
  std::optional<std::vector<Speaker>> DocumentIssuer(size_t i, size_t* after) const;
  bool Predicate(const std::vector<Speaker>& speakers, size_t group_begin, size_t k);
  bool QuotedAsSaying(size_t k);
  std::optional<size_t> AfterObject(const ReportingVerb& verb, size_t c) const;
  std::optional<size_t> ClauseAfterAdverbial(size_t c) const;
  size_t ToldObjectEnd(size_t c) const;
  size_t AffiliateEnd(size_t end) const;
  size_t AffiliationEnd(size_t k) const;
  size_t DomainEnd(size_t k) const;
  size_t DescribedSpeakerComma(size_t start, size_t comma) const;
  bool Coordinated(const std::vector<Speaker>& speakers, size_t k);
  bool NewAttributionAt(size_t k) const;
  bool SpeakerFollows(size_t k) const;
  size_t DescriptionBeforeName(size_t i) const;
  size_t DescribingNounAfterName(size_t k) const;
  bool InvertedSpeakerAt(size_t subject, std::vector<Speaker>* speakers, size_t* after) const;
  void AddedThat(const std::vector<Speaker>& speakers, size_t from);
  bool GerundThatAt(size_t k) const;
  std::optional<size_t> GerundThat(size_t k) const;
  bool SecondVerbThatAt(size_t k) const;
  std::optional<size_t> ForecastGerundObject(size_t k) const;
  std::optional<size_t> SecondVerbThat(size_t k) const;
  bool SecondTellingAt(size_t k) const;
  bool Possessive(const std::vector<Speaker>& speakers, size_t k);
  void AccordingTo();
  void Headed();
  bool HeadlineCredit();
  bool TitleCaseHeadline();
  size_t CreditColon() const;
  void SaidAfter();
  void FramedBy();
  void Han();
  void HanDiscovered();
  const ActorMention* SubjectOfFirstClause(size_t before) const;
  void HanNamedSubject();  // claim_patterns.cc: a titled person as a clause's subject, for 他 after it
  // claim_patterns.cc: the sentences after this one that a colon's unquoted speech runs through.
  void HanSpeechGoesOn(const std::vector<Speaker>& speakers, const std::string& verb, size_t from);
  // "安華(Anwar Ibrahim)和慕尤丁都稱", "李明、王芳與張偉均表示": the names joined before the one
  // at byte `name` as one subject (RULES: one claim per actor), put before `speakers`.
  void CoSubjects(size_t name, std::vector<Speaker>* speakers) const;
  void HanQuotationAttributed();  // claim_han_quotations.cc
  void HanQuotationRunsOn();
  void HanQuotationAfterSubject(size_t claims_before);
  void HanHeadline();
  bool Relative(const std::vector<Speaker>& speakers, size_t k);
  void ForwardFromBefore();
  bool IsBulletAt(size_t k) const;

  // claim_turns.cc
  // kNobody: the interviewer, an operator; kHeading: a name in capitals over quotation lines.
  enum class TurnKind { kNone, kSpeaker, kAnswer, kNobody, kHeading };
  TurnKind TurnLabel(size_t* colon, std::vector<Speaker>* speakers);
  bool HeadingName(std::vector<Speaker>* speakers) const;
  bool HanAttributesItself() const;  // claim_turns.cc: a paragraph that says whose it is
  bool Turn();

  // claim_quotations.cc
  void QuotationAttributed();
  std::optional<ReportingVerb> TagVerbAt(size_t k) const;
  bool IsToldAt(size_t k) const;
  size_t AfterRole(size_t k) const;
  bool PersonNounBeforeName(size_t k) const;  // claim_quotations.cc
  size_t AppositiveNameAfter(size_t k) const;  // claim_speakers.cc
  bool DescribedBeforeName(size_t i) const;    // claim_speakers.cc
  size_t AfterSuffixStop(size_t k) const;      // claim_speakers.cc
  size_t OfficerBodyAfter(size_t k) const;     // claim_speakers.cc
  size_t LettersEnd(size_t k) const;           // claim_speakers.cc
  size_t RoleStart(size_t i) const;
  bool DashLine();
  bool Caption();
  bool LineSpeakerAt(size_t k, std::vector<Speaker>* speakers, size_t* after) const;
  bool QuotedHeadline();
  void AttributeAbove(size_t first, const std::vector<Speaker>& speakers, const std::string& verb);
  void QuotationGoesOn();
  void QuotationFollows(size_t claims_before);
  bool IsOpeningQuoteBefore(size_t at) const;
  std::optional<ByteSpan> QuotationEndingBefore() const;
  bool QuoteBetween(size_t begin, size_t end) const;

  // claim_spans.cc
  size_t TrimEnd(size_t begin, size_t end, bool at_sentence_end) const;
  std::optional<ByteSpan> Content(size_t begin, bool relative) const;
  std::optional<ByteSpan> Quoted(size_t open_token) const;
  std::optional<ByteSpan> ContentFrom(size_t k) const;  // at token k: a quotation or the rest
  std::optional<ByteSpan> Before(size_t start, size_t comma) const;
  std::optional<size_t> OpeningDashBefore(size_t group) const;
  bool ClauseAfter(size_t k) const;
  bool FiniteClauseAt(size_t k) const;
  bool DocumentBeforeSubject(size_t group) const;
  bool TrailsSentence(size_t k) const;
  bool SingleWordThenComma(size_t k) const;
  bool AddsCountOrScore(size_t k) const;
  bool NamesAFactOnly(size_t k) const;
  bool AuthorAsideAt(size_t k) const;
  bool TrailingAttributionAt(size_t k) const;
  bool ClauseOfItsOwnAt(size_t k) const;
  bool AdverbialOnly(size_t k) const;

  ClaimFinder& f_;
  std::string_view text_;
  ByteSpan sentence_;
  size_t index_;
  size_t dateline_;  // tokens of a wire's dateline opening the sentence, skipped
  std::vector<ActorMention> sentence_mentions_;
  std::vector<Token> split_tokens_;  // the tokens past a dateline or cut at mentions, when either applies
  // The sentence's tokens: SentenceWords' (not copied for each reading), or split_tokens_.
  const std::vector<Token>& tokens_;
  size_t n_;  // tokens_.size(), kept: asked before nearly every look at a token
  std::vector<std::string> split_lower_;  // split_tokens_ lowercased
  std::vector<std::string_view> split_lower_views_;
  const std::string_view* lower_ = nullptr;  // each token, Lower()ed once: SentenceWords', or split_lower_'s
  std::vector<uint16_t> split_classes_;      // split_lower_'s WordClass bits
  const uint16_t* classes_ = nullptr;        // each token's WordClass bits: SentenceWords', or split_classes_
  uint32_t cues_ = 0;  // SentenceCue bits of tokens_
  std::map<size_t, std::pair<ActorMention, size_t>> mention_at_;  // token -> mention, token after it
  std::optional<std::string> date_;
  bool quoted_at_start_ = false;  // the sentence begins inside a quotation
  std::vector<std::pair<size_t, size_t>> appositives_;  // tokens of the commas around one a verb skipped
};

}  // namespace dossier::extract
