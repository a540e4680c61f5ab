// ExtractClaims: attributed statements found by reporting patterns, sentence by sentence.
//
// Each sentence is tokenized (claim_words.h) and read for the patterns of RULES.md
// (tests/labels/claims/): a speaker (a gazetteer mention, a pronoun standing for a recent one, or
// an unknown capitalised name) as the subject of a reporting verb; `according to X`; `X: "…"`;
// quotations attributed after them; nouns of stating (`X's point is`); Han reporting verbs; and
// a sentence that points to the next one (`that's his point.`, `From X:`).
#include <algorithm>
#include <cctype>

#include "extract/claim_reader.h"
#include "extract/datelines.h"
#include "extract/news_outlets.h"
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
  const SentenceWords& words = f_.words_[index_];
  date_ = words.date;
  IndexMentions();
  if (split_tokens_.empty()) {  // no token split: the lowercase words are the sentence's
    lower_ = words.lower.data();
    classes_ = words.classes.data();
  } else {
    split_lower_.reserve(n());  // no reallocation: the views point into its strings
    for (const Token& t : tokens_) split_lower_.push_back(Lower(text_, t));
    split_lower_views_.assign(split_lower_.begin(), split_lower_.end());
    lower_ = split_lower_views_.data();
    split_classes_.reserve(n());
    for (size_t t = 0; t < n(); ++t) {
      split_classes_.push_back((T(t).word ? WordClassesOf(split_lower_views_[t]) : 0) | (NameWordAt(text_, tokens_, t) ? kWordNameWord : 0));
    }
    classes_ = split_classes_.data();
  }
  cues_ = split_tokens_.empty() ? words.cues : SentenceCues(text_, tokens_, lower_);
  // Quotation marks: a paragraph break ends a quotation left open; “ opens, ” closes, " turns.
  if (index_ > 0 && text_.substr(f_.sentences_[index_ - 1].end, sentence_.begin - f_.sentences_[index_ - 1].end).find("\n\n") != std::string_view::npos) {
    f_.in_quotation_ = false;
  }
  // A turn is one paragraph: its lines after the labelled one go on with it.
  if (index_ > 0 && text_.substr(f_.sentences_[index_ - 1].end, sentence_.begin - f_.sentences_[index_ - 1].end).find("\n\n") != std::string_view::npos) {
    f_.turn_speakers_.clear();
  }
  quoted_at_start_ = f_.in_quotation_;
  for (size_t i = 0; (cues_ & kCueQuote) != 0 && i < n(); ++i) {
    if (Is(i, "\xe2\x80\x9c")) f_.in_quotation_ = true;
    else if (Is(i, "\xe2\x80\x9d")) f_.in_quotation_ = false;
    else if (Is(i, "\"")) f_.in_quotation_ = !f_.in_quotation_;
  }
  if (LinksToAnotherStory()) return;
  if (f_.names_ == nullptr) CollectNames();
  if (Turn()) return;
  ForwardFromBefore();
  if (words.han) HanQuotationRunsOn();  // before QuotationGoesOn, which a paragraph without “ ends
  QuotationGoesOn();
  const size_t claims_before = f_.out_.claims.size();
  // Source lists cite titles, not statements: "- [2] Mark Cuban on AI's infra investment …".
  if ((Is(0, "-") || Is(0, "\xe2\x80\xa2")) && Is(1, "[")) return;

  if (HeadlineCredit() || TitleCaseHeadline()) return;
  AccordingTo();
  Headed();
  SaidAfter();
  QuotationAttributed();
  FramedBy();
  if (words.han) {  // every Han reporting verb opens with such a byte
    HanNamedSubject();  // first: 他 later in the same sentence may stand for the one it names
    Han();
    HanDiscovered();
    HanQuotationAttributed();
    HanQuotationAfterSubject(claims_before);
  }
  HanHeadline();

  // Whether a person (or a pronoun for one) was the subject of this sentence, outside a quotation:
  // centring on the subject, whom a later "he" or "the Norwegian" stands for. Not a subordinate
  // clause's ("When Morgan asked Ronaldo about the coach, the Portuguese said": Ronaldo).
  bool person_subject = false;
  static const WordSet kSubordinators = {"when", "as", "after", "while", "before", "once", "until", "if", "because", "since"};
  const auto main_subject = [&](size_t at) { return at == 0 || !T(at - 1).word || kSubordinators.count(W(at - 1)) == 0; };
  // "Ramos said …. Six remain missing as Typhoon Gener neared, he added.": a person the content of a
  // pronoun's tag names does not take the place of the one who spoke just before.
  const bool tag_goes_on = (cues_ & kCueComma) != 0 && f_.last_speakers_.size() == 1 && f_.last_claim_sentence_ + 1 == index_ &&
                           f_.last_speakers_.front().kind == ActorKind::kPerson && !f_.person_.speakers.empty() &&
                           f_.person_.speakers.front().mention.surface == f_.last_speakers_.front().mention.surface && EndsInPronounTag();
  // (A name before a role only says whose the role is: "Ostrava captain Pavel Novak".)
  const auto before_role = [&](size_t next) { return next < n() && T(next).word && (IsTitle(W(next)) || IsRoleWord(W(next))); };
  // "Shin said …. But Samsung, under the leadership of vice chairman Lee Jae-won, kept him. He joked:
  // …": a person named after a preposition, with the titles between, does not displace the person
  // who spoke last as whom a pronoun stands for.
  const auto keeps_last_speaker = [&](size_t i) {
    return !f_.person_.speakers.empty() && f_.last_speakers_.size() == 1 &&
           f_.last_speakers_.front().mention.surface == f_.person_.speakers.front().mention.surface &&
           f_.last_claim_sentence_ + kPronounReach >= index_ && AfterPrepositionAndTitles(i);
  };
  // "(Mark Naftel/UNICEF via AP)", "REUTERS/Pilar Olivares": a photo's credit, the name joined to its
  // agency by a slash, is no one a later "he" stands for.
  const auto photo_credit = [&](size_t begin, size_t end) {
    return (end < n() && Is(end, "/") && T(end).begin == T(end - 1).end) || (begin > 0 && Is(begin - 1, "/") && T(begin - 1).end == T(begin).begin);
  };
  for (size_t i = 0; i < n(); ++i) {
    // Most tokens open no speaker, no possessive and no "quoted": nothing below applies to them.
    if (!MayOpenSpeaker(i) && (Classes(i) & kWordPossessivePronoun) == 0 && !IsWord(i, "quoted")) continue;
    const LowerWord w = W(i);
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
      // "Ana Lopez reached the final with a win over Kenji Sato. \"…,\" the 22-year-old said": a person
      // after a preposition does not displace the sentence's subject as whom a pronoun or a
      // description stands for next; nor does one named inside a quotation its speaker.
      // "Solskjaer hoped …, because United are without Rashford and Cavani. \"…,\" the Norwegian
      // said": nor does one named after the sentence's subject (a speaker among them is taken up
      // again once the sentence's claims are read).
      const bool displaced = !f_.person_.speakers.empty() && f_.person_.speakers.front().mention.surface != s.mention.surface &&
                             ((f_.person_.sentence == index_ && i > 0 && ((T(i - 1).word && IsPreposition(W(i - 1))) || person_subject)) ||
                              (InsideQuotation(i) && f_.quote_sentence_ + 1 >= index_) || tag_goes_on ||
                              keeps_last_speaker(i));
      // "候選人侯友宜…恭喜賴清德當選…。他說": in Han a titled subject, not a name later in its
      // sentence, is whom the next 他 stands for.
      const bool after_han_subject = words.han && f_.subject_anywhere_ && f_.subject_sentence_ == index_ &&
                                     !f_.subject_speakers_.empty() && m->span.begin > f_.subject_speakers_.front().mention.span.begin;
      // "the benchmark rate (Selic)": a name in brackets after a lowercase word names that thing.
      const bool alias = i >= 2 && Is(i - 1, "(") && T(i - 2).word && !IsCapitalized(text_, T(i - 2)) && NameAloneInBrackets(i);
      if (photo_credit(i, MentionEnd(i))) continue;
      if (s.kind == ActorKind::kPerson && displaced) f_.previous_person_ = {{s}, index_};
      else if (s.kind == ActorKind::kPerson && !after_han_subject && !alias) f_.SetPerson({s}, index_);
      person_subject |= s.kind == ActorKind::kPerson && !displaced && !InsideQuotation(i) && IsSubjectPosition(i) && main_subject(i) &&
                        !before_role(MentionEnd(i)) &&
                        f_.person_.sentence == index_ && !f_.person_.speakers.empty() &&
                        f_.person_.speakers.front().mention.surface == s.mention.surface;
      // "Morningstar analyst Ali Mogharabi said": the firm a role before a person's name describes is
      // the person's employer, never what a later "the company" or "it" stands for. "Bank of Ostara
      // Governor Mira Kalnins": a body named with "of" before a capitalised title is the one its holder
      // heads, no employer, and what a later "the central bank" stands for.
      const size_t name_end = MentionEnd(i);
      bool heads = name_end < n() && T(name_end).word && IsCapitalized(text_, T(name_end)) && IsTitle(W(name_end));
      for (size_t k = i + 1; heads && k < name_end && !IsWord(k, "of"); ++k) heads = k + 1 < name_end;
      const bool employer = !heads && AfterRole(i) >= name_end;
      if (s.kind != ActorKind::kPerson && !employer) {
        if (i <= 2) f_.org_ = {{s}, index_};
        if (i == 0) f_.plural_ = {{s}, index_};
        // An outlet reports on companies; "the company" is never the newspaper.
        if (!(m->actor_id.empty() && LooksLikeOutlet(m->surface))) f_.company_ = {{s}, index_};
        f_.organisations_.push_back({{s}, index_});
      }
    }
    // "The paper quoted the minister as saying …": whoever quotes, unnamed or not, the one quoted
    // speaks (a subject that speaks was read before: "Reuters quoted X as saying").
    if (w == "quoted" && i > 0 && !IsFormOfBe(W(i - 1)) && f_.out_.claims.size() == claims_before && QuotedAsSaying(i + 1)) continue;
    std::vector<Speaker> speakers;
    size_t after = i;
    if (auto possessive = PossessivePronoun(i)) {
      if (i == 0) Possessive(*possessive, i + 1);  // "His bet is that …"
      else SpeakerAt(i, &speakers, &after);        // "…, but her spokesman said"
    } else {
      SpeakerAt(i, &speakers, &after);
    }
    bool claimed = false;
    if (!speakers.empty()) {
      const size_t claims_before = f_.out_.claims.size() + (f_.forward_speakers_.empty() ? 0 : 1);
      // "A study by X finds", "a pilot study from the University of Lorne found": the document's maker.
      const bool study = DocumentBeforeSubject(i);
      // "A Reuters poll of analysts showed …", "A Harlan survey found …": the maker names the document.
      const bool owned_document = i >= 1 && (IsWord(i - 1, "a") || IsWord(i - 1, "an")) && IsSubjectPosition(i - 1) &&
                                  DocumentVerbAt(after) > after;
      // "What they found: …"; not "The data was not what Milei expected: …" nor "far from what
      // they hoped: …", where what follows is the opposite of what the speaker thought.
      const bool what_colon = i >= 1 && IsWord(i - 1, "what") &&
                              !(i >= 2 && (IsNegation(W(i - 2)) || IsWord(i - 2, "than") || IsWord(i - 2, "from")));
      // "A spokesperson for Meta said …": an unnamed officer speaks for the organisation.
      // "Analysts at Baxter & Lowe wrote", "Researchers from the University of Tolland wrote".
      const size_t of = i >= 1 && IsWord(i - 1, "the") ? i - 1 : i;
      const bool named = MentionAt(i) || (!speakers.empty() && speakers.front().mention.actor_id.empty() &&
                                          speakers.front().mention.span.begin == T(i).begin);
      // "Tom Brandt, the chief executive of Harbor Power, said …": an officer phrase in apposition
      // to a named speaker describes that speaker; the organisation does not speak too.
      bool appositive_officer = false;
      if (of >= 2) {
        size_t p = of - 2;  // the officer's word; back over its titles and article
        while (p > 0 && TitleOrJoinedAt(p - 1)) --p;  // "the co-founder and chief executive of Brell"
        if (p > 0 && (IsWord(p - 1, "the") || IsWord(p - 1, "a") || IsWord(p - 1, "an"))) --p;
        appositive_officer = p >= 2 && Is(p - 1, ",") && T(p - 2).word && IsCapitalized(text_, T(p - 2));
      }
      const bool officer = named && of >= 2 && !appositive_officer &&
                           (IsWord(of - 1, "for") || IsWord(of - 1, "at") || IsWord(of - 1, "of") || IsWord(of - 1, "from")) &&
                           IsSpokesperson(W(of - 2)) &&
                           (of == 2 ? IsSubjectPosition(0)
                                    : ((IsWord(of - 3, "a") || IsWord(of - 3, "an") || IsWord(of - 3, "the")) && IsSubjectPosition(of - 3)) ||
                                          IsSubjectPosition(of - 2));
      // "Kofi Mensah-Arthur, Kesara's former finance minister, cautioned": the owner in an
      // apposition to a name only describes that name's speaker.
      const bool appositive_owner = i >= 2 && Is(i - 1, ",") && T(i - 2).word && IsCapitalized(text_, T(i - 2)) &&
                                    IsWord(after, "'s") && !MentionAt(i);
      const bool subject = (IsSubjectPosition(i) && !appositive_owner) || study || owned_document || what_colon || officer;
      // Whether the name is what a claim is cited to: "as per CNBC", "according to the Orvel Ledger".
      const auto cited = [&] {
        const size_t from = i > 0 && IsWord(i - 1, "the") ? i - 1 : i;
        return from >= 1 && (IsWord(from - 1, "per") || (from >= 2 && IsWord(from - 1, "to") && IsWord(from - 2, "according")));
      };
      if (officer) f_.plural_ = {speakers, index_};  // "they" are the analysts, who speak for it
      // "the Westmark Herald and CNBC report": the article is part of the subject; "…, analysts at
      // Brill wrote": so is the officer phrase.
      size_t group_begin = i > 0 && IsWord(i - 1, "the") ? i - 1 : OutletDescriptionStart(i);
      // "…, BNR governor Mugur Isarescu said.": a role before the name opens the attribution after a comma.
      if (const size_t role = RoleStart(i); group_begin == i && role < i && role > 0 && Is(role - 1, ",")) group_begin = role;
      if (officer) group_begin = of >= 3 && (IsWord(of - 3, "a") || IsWord(of - 3, "an") || IsWord(of - 3, "the")) ? of - 3 : of - 2;
      // "Moody's said", "McDonald's says": a name ending in 's, its verb right after it (a verb that is
      // no adjective or noun: not "Meta's reported earnings", "the minister's remarks").
      static const std::set<std::string_view> kPlainVerbs = {"said", "says", "told", "warned", "added", "stated", "noted"};
      if (subject && named && IsWord(after, "'s") && speakers.size() == 1 && speakers.front().mention.actor_id.empty() &&
          kPlainVerbs.count(W(after + 1)) != 0) {
        Speaker& s = speakers.front();
        s.mention.span.end = T(after).end;
        s.mention.surface = std::string(text_.substr(s.mention.span.begin, s.mention.span.end - s.mention.span.begin));
        s.kind = ActorKind::kOrganization;
        ++after;
      }
      if (subject && IsWord(after, "'s") && named) {
        // "Acme's annual report said …": the owner's document speaks for it.
        if (DocumentVerbAt(after + 1) > after + 1) Predicate(speakers, group_begin, after + 1);
        else Possessive(speakers, after + 1);
      } else if (subject && !(what_colon && !IsSubjectPosition(i))) {
        // "The government criticised the unions and said …", "He thanked staff and said …": an
        // unnamed subject too, when it opens the sentence.
        const bool opens = group_begin == 0 || group_begin == dateline_;
        if (!Predicate(speakers, group_begin, after) && (named || opens)) Coordinated(speakers, after);
      } else if (named && Is(after, ",") && (IsWord(after + 1, "who") || (IsWord(after + 1, "which") && !cited())) &&
                 !InsideQuotation(i)) {
        // "… was written by Judge Ada Voss, who said that …", "… announced by Tarrow, which says …": the
        // name before the relative pronoun speaks. ("…, as per CNBC, which first reported the talks":
        // the source a claim is cited to, described.)
        Relative(speakers, after + 2);
      } else if (what_colon) {
        auto verb = ReportingVerbAt(text_, tokens_, after);
        if (verb && Is(after + verb->tokens, ":")) {
          if (auto span = ContentFrom(after + verb->tokens + 1)) Add(speakers, after, after + verb->tokens, *span);
        }
      }
      claimed = f_.out_.claims.size() + (f_.forward_speakers_.empty() ? 0 : 1) > claims_before;
      // "The central bank said …. It expects …": an organisation opening a sentence is the next one's
      // "It"; so is one whose attribution follows its claim ("…, the group said.It said …").
      const bool trails = claimed && !f_.out_.claims.empty() && f_.out_.claims.back().sentence.begin == sentence_.begin &&
                          f_.out_.claims.back().span.end <= T(i).begin;
      if (claimed && (i <= 2 || trails) && speakers.size() == 1 && speakers.front().kind != ActorKind::kPerson &&
          speakers.front().mention.surface != kAnonymousSpeaker) {
        f_.org_ = {speakers, index_};
      }
    }
    // Each use of a pronoun renews what it stands for; a candidate who spoke becomes a person
    // pronouns may stand for.
    const bool candidate = !speakers.empty() && speakers.front().mention.actor_id.empty() &&
                           speakers.front().mention.span.begin == T(i).begin;
    if (MentionAt(i) != nullptr) {
      i = MentionEnd(i) - 1;  // the rest of the name
    } else if (claimed && candidate && speakers.front().kind == ActorKind::kPerson) {
      f_.SetPerson(speakers, index_);
      person_subject |= IsSubjectPosition(i) && !InsideQuotation(i);
    } else if (candidate && speakers.size() == 1 && i > 0 && T(i - 1).word && (IsTitle(W(i - 1)) || IsRoleWord(W(i - 1))) &&
               !InsideQuotation(i) && speakers.front().mention.surface.find(' ') != std::string::npos &&
               f_.IsPersonName(speakers.front().mention.surface) && !keeps_last_speaker(i)) {
      // "When analysts asked Meta CEO Mark Zuckerberg …, he said": a name after a title is a person's,
      // whom a "he" after it stands for, wherever it stands.
      f_.SetPerson(speakers, index_);
    } else if (candidate && speakers.size() == 1 && IsSubjectPosition(i) && !InsideQuotation(i) && !IsWord(i - 1, "the") &&
               !InSkippedAppositive(i) && !photo_credit(i, after) &&
               f_.MayBeName(text_.substr(T(i).begin, T(i).end - T(i).begin)) &&
               (f_.IsPersonName(speakers.front().mention.surface) || (AgeAfter(after) && f_.MayBeSurname(speakers.front().mention.surface)))) {
      // A person named as the subject who says nothing yet ("Lindqvist himself kept it short.", "Okafor,
      // 34, was substituted") is still the one "he" or "the 29-year-old" stands for next.
      // ("…, because United are without Rashford": not after the sentence's subject, as above.)
      if (((person_subject && f_.person_.sentence == index_) || tag_goes_on) &&
          f_.person_.speakers.front().mention.surface != speakers.front().mention.surface) {
        f_.previous_person_ = {speakers, index_};
      } else {
        f_.SetPerson(speakers, index_);
        person_subject |= !before_role(after);
      }
    } else if (w == "the" && after == i + 2 && IsOrganizationNoun(W(i + 1))) {
      f_.company_.sentence = index_;
    } else if ((w == "he" || w == "she" || w == "his" || w == "her" || w == "him") && f_.person_.Valid(index_, f_.PersonReach(index_))) {
      // The person the pronoun stands for is the one named last from now on.
      if (&f_.PersonFor(w == "she" || w == "her" ? 'f' : 'm', index_) == &f_.previous_person_) std::swap(f_.person_, f_.previous_person_);
      f_.person_.sentence = index_;
      if ((w == "he" || w == "she") && !InsideQuotation(i) && IsSubjectPosition(i)) person_subject = true;
    } else if ((w == "they" || w == "their" || w == "them") && f_.plural_.Valid(index_, kPronounReach)) {
      f_.plural_.sentence = index_;
    }
  }
  // "Al-Nuaimi told reporters after meeting Ernesto Martens and Olav Akselsen. He said …": the
  // person who spoke in a sentence, not one it names after, is whom "he" stands for next.
  if (f_.out_.claims.size() > claims_before && f_.last_claim_sentence_ == index_ && f_.last_speakers_.size() == 1 &&
      f_.last_speakers_.front().kind == ActorKind::kPerson && f_.person_.sentence == index_ && !f_.person_.speakers.empty() &&
      f_.person_.speakers.front().mention.surface != f_.last_speakers_.front().mention.surface &&
      (person_subject || f_.person_.speakers.front().mention.span.begin > f_.last_speakers_.front().mention.span.begin)) {
    f_.SetPerson(f_.last_speakers_, index_);
  }
  QuotationFollows(claims_before);
  // "Walensky painted a grim picture." opening a paragraph, then "\"Things are fragile.\"": the
  // person the sentence is about says what the quotation paragraph after it says.
  // Also after a short opening phrase: "Speaking to Reuters, BCG analyst Colin Gillis blamed …",
  // "Overall, Bradley sounded optimistic."
  // (Read only when the next sentence opens a paragraph with a quotation mark: QuotationFollows's case.)
  const bool quotation_paragraph_next = [&] {
    if (index_ + 1 >= f_.sentences_.size()) return false;
    const ByteSpan next = f_.sentences_[index_ + 1];
    Token first;
    return text_.substr(sentence_.end, next.begin - sentence_.end).find('\n') != std::string_view::npos &&
           TokenReader(text_, next).Next(&first) && IsQuote(text_, first);
  }();
  if (!quotation_paragraph_next) return;
  size_t opening = 0;
  while (opening < n() && opening < 6 && T(opening).word) ++opening;
  const size_t subject = AfterRole(Is(opening, ",") ? opening + 1 : 0);
  std::vector<Speaker> speakers;
  size_t after = 0;
  // A name the second reading knows, or a full one ("Colin Gillis", not "Speaking" or "Prices").
  const auto person = [&] {
    return speakers.size() == 1 && speakers.front().kind == ActorKind::kPerson &&
           (MentionAt(subject) != nullptr || speakers.front().mention.surface.find(' ') != std::string::npos);
  };
  if (f_.out_.claims.size() == claims_before && subject < n() && subject <= 9 && !quoted_at_start_ && T(0).word &&
      SpeakerAt(subject, &speakers, &after) && person() && after < n() && (T(after).word || Is(after, ","))) {
    f_.subject_speakers_ = speakers;
    f_.subject_sentence_ = index_;
    f_.subject_anywhere_ = false;
  }
}

std::vector<ActorMention> SentenceReader::MentionsIn(const ClaimFinder& finder, ByteSpan sentence, size_t from) {
  std::vector<ActorMention> inside;
  // The mentions are in text order: this sentence's are found by search, not by a pass over all.
  auto m = std::lower_bound(finder.mentions_.begin(), finder.mentions_.end(), sentence.begin,
                            [](const ActorMention& a, size_t at) { return a.span.begin < at; });
  for (; m != finder.mentions_.end() && m->span.begin < sentence.end; ++m) {
    if (m->span.end <= sentence.end && m->span.begin >= from) inside.push_back(*m);
  }
  return inside;
}

std::vector<Token> SentenceReader::SplitAtMentions(const std::vector<Token>& tokens, size_t first,
                                                   const std::vector<ActorMention>& mentions) {
  if (mentions.empty() && first == 0) return {};
  std::vector<size_t> cuts;
  for (const ActorMention& m : mentions) {
    cuts.push_back(m.span.begin);
    cuts.push_back(m.span.end);
  }
  std::vector<Token> split;
  for (auto t = tokens.begin() + static_cast<std::ptrdiff_t>(first); t != tokens.end(); ++t) {
    size_t begin = t->begin;
    for (size_t cut : cuts) {
      if (cut > begin && cut < t->end) {
        split.push_back({begin, cut, t->word});
        begin = cut;
      }
    }
    split.push_back({begin, t->end, t->word});
  }
  if (split.size() == tokens.size()) return {};  // nothing skipped, no cut inside a token: the tokens are the same
  return split;
}

void SentenceReader::IndexMentions() {
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
  const bool quoted = span.begin > sentence_.begin && IsOpeningQuoteBefore(span.begin);
  // A quotation's words, not the blank some writers leave after its mark ("\" I was told …").
  while (span.begin < span.end && (text_[span.begin] == ' ' || text_[span.begin] == '\t')) ++span.begin;
  for (const Speaker& s : speakers) {
    // "新闻发布官向马良行提问", "對記者陳明說": a name right after 向 or 对 is the one spoken to, not who speaks.
    const std::string_view to = s.mention.span.begin >= 3 ? text_.substr(s.mention.span.begin - 3, 3) : std::string_view();
    if (to == "向" || to == "对" || to == "對") continue;
    Claim claim;
    claim.speaker = s.mention;
    claim.verb = verb;
    claim.span = span;
    claim.sentence = sentence;
    claim.date = date_;
    f_.out_.claims.push_back(std::move(claim));
  }
  if (speakers.size() > 1 || speakers.front().mention.surface == kAnonymousSpeaker) f_.plural_ = {speakers, index_};
  if (sentence == sentence_) {
    f_.last_speakers_ = speakers;
    f_.last_claim_sentence_ = index_;
    // A person whose quotation goes on stays whom "he" or "the Portuguese" stands for next.
    const std::vector<Speaker>& person = f_.person_.speakers;
    if (speakers.size() == 1 && person.size() == 1 && person.front().mention.surface == speakers.front().mention.surface) {
      f_.person_.sentence = index_;
    }
  }
  if (sentence == sentence_ && quoted) {
    f_.quote_speakers_ = speakers;
    f_.quote_sentence_ = index_;
    // Open unless a mark closes it, inside the span too ("\"The floor will be 2%\" this year, he said").
    f_.quote_open_ = !QuoteBetween(span.begin, sentence_.end);
  }
  for (const Speaker& s : speakers) {
    const std::string& name = s.mention.surface;
    const size_t space = name.rfind(' ');
    if (s.mention.actor_id.empty() && space != std::string::npos) f_.candidate_surnames_.insert(name.substr(space + 1));
  }
}

// Whether the sentence is a link to another story on the page ("Read more: BOE REACT: Hiking Cycle
// Looks Like It's Over", "Also Read | …", "RELATED: …"): its names are another story's, never the
// speakers or the people a later "he" stands for here.
bool SentenceReader::LinksToAnotherStory() const {
  if (n() < 3 || (sentence_.begin > 0 && text_[sentence_.begin - 1] != '\n')) return false;
  const auto mark = [&](size_t k) { return Is(k, ":") || Is(k, "|") || IsDash(text_, T(k)); };
  if (IsWord(0, "related") || IsWord(0, "recommended")) return mark(1);
  return ((IsWord(0, "read") && (IsWord(1, "more") || IsWord(1, "also"))) || (IsWord(0, "also") && IsWord(1, "read")) ||
          (IsWord(0, "see") && IsWord(1, "also"))) &&
         mark(2);
}

// Whether the sentence is written in title case, as headlines are ("Fares Will Not Be Hidden –
// Transport Secretary, Okonjo Pledges"): four capitalised words or more and no lowercase word but
// the short ones title case leaves small. Its capitalised runs are not names ("Okonjo Pledges").
bool SentenceReader::InTitleCase() const {
  static const WordSet kSmall = {"a", "an", "the", "and", "or", "nor", "but", "of", "to", "in",
                                 "on", "at", "for", "by", "with", "from", "as", "vs", "via"};
  size_t capitalised = 0;
  for (size_t i = 0; i < n(); ++i) {
    // Numbers are neither ("Sharapova Wins First Match After 15-Month Ban").
    if (!T(i).word || std::isdigit(static_cast<unsigned char>(text_[T(i).begin]))) continue;
    if (IsCapitalized(text_, T(i))) {
      ++capitalised;
    } else if (kSmall.count(W(i)) == 0) {
      return false;
    }
  }
  return capitalised >= 4;
}

// The runs of capitalised words of the sentence (the names it may hold) and its lowercase words.
void SentenceReader::CollectNames() {
  // "… Gallin looked tired. She read the results": the one person named before is "she".
  const size_t lone = f_.lone_person_sentence_ + 1 == index_ ? f_.lone_person_run_ : std::string::npos;
  f_.lone_person_run_ = std::string::npos;
  if (lone != std::string::npos && n() > 0 && IsCapitalized(text_, T(0))) {
    f_.runs_[lone].she += IsWord(0, "she");
    f_.runs_[lone].he += IsWord(0, "he");
  }
  if (InTitleCase()) return;
  const size_t first_run = f_.runs_.size();
  std::vector<std::pair<size_t, size_t>> run_tokens;  // each run's first and end token
  for (size_t i = 0; i < n();) {
    if (!IsNameWord(i)) {
      const char c = text_[T(i).begin];
      if (T(i).word && c >= 'a' && c <= 'z' && T(i).end - T(i).begin >= 3) f_.lowercase_words_.insert(W(i));
      ++i;
      continue;
    }
    NameRun run;
    size_t j = i;
    // "U.S.", "D.C.": a dotted initialism opens the name after it ("the U.S. Centers for Disease
    // Control", "J.K. Rowling"), and none before a role or a lowercase word ("U.S. Senator Ana
    // Ruiz", "U.S. officials"), whose readers see the letters for themselves.
    // (After a capitalised "The" too, which the name's readers drop.)
    const size_t opener = IsWord(i, "the") ? i + 1 : i, letters = LettersEnd(opener);
    if (letters >= opener + 4) {
      if (!IsNameWord(letters) || IsTitle(W(letters)) || IsRoleWord(W(letters))) {
        i = letters;
        continue;
      }
      if (opener > i) run.words.push_back({T(i).begin, T(i).end});
      run.words.push_back({T(opener).begin, T(letters - 1).end});
      j = letters;
    }
    while (j < n() && run.words.size() < 8) {
      if (IsNameWord(j) && !(j > i && IsPostNominal(text_.substr(T(j).begin, T(j).end - T(j).begin)))) {
        run.words.push_back({T(j).begin, T(j).end});
        ++j;
        // "John W. Combs", "K. Ramanathan": an initial's stop.
        if (T(j - 1).end - T(j - 1).begin == 1 && Is(j, ".") && j + 1 < n() && IsCapitalized(text_, T(j + 1))) {
          run.words.back().end = T(j).end;
          ++j;
        }
        continue;
      }
      // "University of Tolland"; "Minister of Commerce Li Jianguo" (a title's portfolio); "Office
      // for National Statistics", "Institute for Fiscal Studies" (an organisation's head only).
      const bool head_before = IsOrganizationHead(text_.substr(T(j - 1).begin, T(j - 1).end - T(j - 1).begin));
      const bool of = (IsWord(j, "of") && (head_before || (IsTitle(W(j - 1)) && IsCapitalized(text_, T(j - 1))))) ||
                      (IsWord(j, "for") && (head_before || (IsTitle(W(j - 1)) && IsCapitalized(text_, T(j - 1)))));
      // "Department of Health and Human Services": the words after "and" go on with the name.
      bool and_joins = false;
      if (IsWord(j, "and") && !run.words.empty()) {
        std::vector<std::string_view> before, after;
        for (const ByteSpan& w : run.words) before.push_back(text_.substr(w.begin, w.end - w.begin));
        for (size_t k = j + 1; k < n() && k < j + 5 && IsNameWord(k); ++k) after.push_back(text_.substr(T(k).begin, T(k).end - T(k).begin));
        and_joins = AndJoinsOneName(before, after);
      }
      // "Organization of the Petroleum Exporting Countries": an organisation's "of the".
      const bool of_the = IsWord(j, "the") && IsWord(j - 1, "of") && j >= 2 &&
                          IsOrganizationHead(text_.substr(T(j - 2).begin, T(j - 2).end - T(j - 2).begin));
      // "St Aldric's Hospital": a possessive inside the name joins the word before it.
      if (IsWord(j, "'s") && j + 1 < n() && IsPossessiveInName(text_.substr(run.words.front().begin, run.words.front().end - run.words.front().begin),
                                                               text_.substr(T(j - 1).begin, T(j - 1).end - T(j - 1).begin),
                                                               text_.substr(T(j + 1).begin, T(j + 1).end - T(j + 1).begin))) {
        run.words.back().end = T(j).end;
        ++j;
        continue;
      }
      const bool joiner = Is(j, "&") || of || of_the || and_joins || IsNameParticle(W(j));
      const bool the_next = of && IsWord(j + 1, "the") && head_before && j + 2 < n() && IsCapitalized(text_, T(j + 2));
      // "Mary-Kate van der Berg": particles one after another.
      const bool particles = IsNameParticle(W(j)) && j + 2 < n() && IsNameParticle(W(j + 1)) && IsCapitalized(text_, T(j + 2));
      if (!joiner || j + 1 >= n() || (!IsCapitalized(text_, T(j + 1)) && !the_next && !particles)) break;
      run.words.push_back({T(j).begin, T(j).end});
      ++j;
    }
    // "Robert F. Kennedy, Jr.": a generational suffix after a comma ends the name.
    if (run.words.size() >= 2 && Is(j, ",") && j + 1 < n() && IsGenerationalSuffix(W(j + 1)) && IsCapitalized(text_, T(j + 1))) {
      run.words.push_back({T(j + 1).begin, T(j + 1).end});
      j += 2;
    }
    run.owned = i > 0 && IsWord(i - 1, "'s");
    size_t b = i;
    for (; b > 0 && b + 4 > i; --b) {
      if (Is(b - 1, ".") && b >= 2 && IsTitle(W(b - 2))) --b;  // "Gov. Gavin Newsom": a title's abbreviation
      if (!T(b - 1).word || (!IsRoleWord(W(b - 1)) && !IsTitle(W(b - 1)) && !IsPersonNoun(W(b - 1)))) break;
      run.roles.emplace_back(W(b - 1));
    }
    // "Jamaican sprinter Orrin Blake", "Mexican Luis Ferraro": a nationality is a role too, for a
    // later "the Jamaican said" (SentenceReader::Role).
    if (b > 0 && b < i && IsCapitalized(text_, T(b - 1)) && IsNationality(W(b - 1))) run.roles.emplace_back(W(b - 1));
    if (run.words.size() >= 3 && IsNationality(W(i)) && IsCapitalized(text_, T(i + 1))) run.roles.emplace_back(W(i));
    // "Brackley Home, the furniture and homeware chain,", "Calder Transit, which runs the buses,": an
    // organisation by its description, though no word of its name says so.
    if (Is(j, ",") && IsWord(j + 1, "which")) run.organisation = true;
    // "a Veltro spokeswoman said", "Sound Lines executives said", "a spokeswoman for Sound Lines":
    // whose spokesperson or executives the name has, an organisation.
    const auto officers = [&](size_t k) {
      return IsWord(k, "spokesperson") || IsWord(k, "spokesman") || IsWord(k, "spokeswoman") || IsWord(k, "spokespeople") ||
             IsWord(k, "executives");
    };
    if (officers(j) || (i >= 2 && IsWord(i - 1, "for") && officers(i - 2))) run.organisation = true;
    if (Is(j, ",") && (IsWord(j + 1, "the") || IsWord(j + 1, "a") || IsWord(j + 1, "an"))) {
      for (size_t k = j + 2; k < n() && k < j + 10 && !Is(k, ",") && !IsPersonNoun(W(k)); ++k) {
        const bool head = Is(k + 1, ",") || IsWord(k + 1, "of") || IsWord(k + 1, "in") || IsWord(k + 1, "based") ||
                          IsWord(k + 1, "that") || IsWord(k + 1, "which") || IsWord(k + 1, "with");
        if (T(k).word && !IsCapitalized(text_, T(k)) && IsOrganizationNoun(W(k)) && head) {
          run.organisation = true;
          break;
        }
      }
    }
    // An organisation named, for a later "the ministry said" (OrganisationFor).
    const size_t first = IsWord(i, "the") && j > i + 1 ? i + 1 : i;
    // "Bank of England Governor Andrew Bailey": the organisation ends before the title of its officer.
    size_t last = j;
    for (size_t k = first + 1; k + 1 < j && last == j; ++k) {
      if (IsTitle(W(k)) && IsCapitalized(text_, T(k)) && !HeadAfter(k)) last = k;
    }
    const ByteSpan name{T(first).begin, T(last - 1).end};
    const std::string_view written = text_.substr(name.begin, name.end - name.begin);
    // ("Saudi Energy Minister Prince Abdulaziz": a nationality and a portfolio are no organisation.)
    const bool nationality = last < j && (IsDemonym(W(first)) || IsPluralOfPeopleWord(W(first)));
    if ((!nationality && last > first + 1 && (LooksLikeOrganization(written) || run.organisation)) || LooksLikeOutlet(written)) {
      f_.organisations_.push_back({{{{"", std::string(written), name}, ActorKind::kOrganization}}, index_});
    }
    f_.runs_.push_back(std::move(run));
    run_tokens.emplace_back(i, j);
    i = j;
  }
  GivePronouns(first_run, run_tokens);
}

// The pronouns a sentence gives the people it names (NameRun::she, he): its subject, the first
// person named among its first words ("Energy Minister Clara Penrose defended her remarks"), takes
// the pronouns after it in its clause, up to the next name or quotation mark; and the one person a
// sentence names may be whom the next sentence's opening "She" stands for.
void SentenceReader::GivePronouns(size_t first_run, const std::vector<std::pair<size_t, size_t>>& run_tokens) {
  // What is read below gives a person a gender only through a pronoun of this sentence, or through
  // a "She" or "He" opening the next one (CollectNames): a sentence with neither is passed over.
  // (The next sentence opens after its dateline, and a mention may cut its first word shorter: any
  // word there that begins so counts.)
  const auto gendered = [](LowerWord w) {
    return w == "she" || w == "her" || w == "hers" || w == "herself" || w == "he" || w == "his" || w == "him" || w == "himself";
  };
  bool gives = false;
  for (size_t k = 0; k < n() && !gives; ++k) gives = gendered(W(k));
  if (!gives && index_ + 1 < f_.words_.size()) {
    const SentenceWords& next = f_.words_[index_ + 1];
    const std::string_view opening = next.dateline < next.lower.size() ? next.lower[next.dateline] : std::string_view();
    gives = opening.substr(0, 3) == "she" || opening.substr(0, 2) == "he";
  }
  if (!gives) return;
  // The sentence's first two runs that may name a person, by index in run_tokens: all that is read
  // of them below is the first, whether it is alone, and where the second begins.
  std::vector<size_t> people;
  for (size_t r = 0; r < run_tokens.size() && people.size() < 2; ++r) {
    const NameRun& run = f_.runs_[first_run + r];
    // The name without its titles ("Communications Minister Clara Penrose": "Clara Penrose").
    std::vector<std::string> words;
    for (const ByteSpan& w : run.words) words.emplace_back(text_.substr(w.begin, w.end - w.begin));
    const ByteSpan name{run.words[TitleWords(words)].begin, run.words.back().end};
    const std::string_view written = text_.substr(name.begin, name.end - name.begin);
    if (!run.organisation && !LooksLikeOrganization(written) && !LooksLikeOutlet(written) && !InsideQuotation(run_tokens[r].first)) {
      people.push_back(r);
    }
  }
  if (people.size() == 1) {
    f_.lone_person_run_ = first_run + people.front();
    f_.lone_person_sentence_ = index_;
  }
  if (people.empty() || run_tokens[people.front()].first > 5) return;
  const size_t subject = people.front();
  const size_t end = people.size() > 1 ? run_tokens[people[1]].first : n();
  int she = 0, he = 0;
  for (size_t k = run_tokens[subject].second; k < end && !IsQuote(text_, T(k)); ++k) {
    const LowerWord w = W(k);
    // "Gustavsson said the 29-year-old hurt herself": a person described is the next name.
    if (w == "the" && k + 1 < n() && (IsPersonNoun(W(k + 1)) || W(k + 1).find("-year-old") != std::string_view::npos)) break;
    she += w == "she" || w == "her" || w == "hers" || w == "herself";
    he += w == "he" || w == "his" || w == "him" || w == "himself";
  }
  if ((she == 0) == (he == 0)) return;  // none, or both: "told her husband he …"
  NameRun& run = f_.runs_[first_run + subject];
  run.she += she > 0;
  run.he += he > 0;
}

// Whether token i stands inside quotation marks (so an "I" there is the quoted speaker's).
bool SentenceReader::InsideQuotation(size_t i) const {
  bool inside = quoted_at_start_;
  for (size_t j = 0; j < i && j < n(); ++j) {
    if (Is(j, "\xe2\x80\x9c")) inside = true;
    else if (Is(j, "\xe2\x80\x9d")) inside = false;
    else if (Is(j, "\"")) inside = !inside;
  }
  return inside;
}

ClaimExtraction ClaimFinder::Run() {
  for (size_t s = 0; s < sentences_.size(); ++s) {
    SentenceReader(*this, sentences_[s], s).Read();
    if (Asks(text_, sentences_[s])) out_.questions.push_back(sentences_[s]);
  }
  // A candidate is named by its fullest name in the text ("Okafor" → "Sam Okafor").
  if (names_ != nullptr) {
    for (Claim& claim : out_.claims) {
      const std::string& name = claim.speaker.surface;
      if (!claim.speaker.actor_id.empty() || name == kAnonymousSpeaker || name == source_.author || name == source_.outlet) continue;
      // A press release's issuers keep the name its boilerplate gives them ("About Calder Energy").
      if (issuers_ && std::any_of(issuers_->begin(), issuers_->end(), [&](const Speaker& s) { return s.mention.surface == name; })) continue;
      claim.speaker.surface = names_->Fullest(name);
    }
  }
  // A speaker named inside another speaker's claim is part of what that one says ("Achebe told
  // investors that the company now expects …"), not a claim of its own.
  const auto inside = [](const Claim& inner, const Claim& outer) {
    return &outer != &inner && outer.span.begin <= inner.speaker.span.begin && inner.speaker.span.end <= outer.span.end &&
           !(outer.speaker.actor_id == inner.speaker.actor_id && outer.speaker.surface == inner.speaker.surface);
  };
  // Except behind "according to": in "According to the AP, Elder told supporters that …" and "…,"
  // Zuckerberg told employees, according to a recording …" the source only passes on what the
  // speaker inside said, who keeps the claim. So does a report's tag after its content: "The
  // commission said the count could take a month, Xinhua news agency reported."
  std::vector<bool> passes_on(out_.claims.size(), false);
  for (size_t o = 0; o < out_.claims.size(); ++o) {
    const Claim& outer = out_.claims[o];
    const bool reported_after = (outer.verb == "reported" || outer.verb == "reports") && outer.speaker.span.begin >= outer.span.end;
    if (outer.verb != "according to" && outer.verb != "as per" && outer.verb != "per" && !reported_after) continue;
    passes_on[o] = std::any_of(out_.claims.begin(), out_.claims.end(), [&](const Claim& inner) {
      // Not an argument noun's owner: "His math suggests …, according to Ferreira" is Ferreira's.
      const std::string_view mention = text_.substr(inner.speaker.span.begin, inner.speaker.span.end - inner.speaker.span.begin);
      const bool owner = mention == "His" || mention == "his" || mention == "Her" || mention == "her" || mention == "Their" ||
                         mention == "their" || mention == "Its" || mention == "its";
      // (The report's own tag outside the inner claim: not "X has asked [to leave, BBC Sport reports, …]".)
      return !owner && inner.sentence.begin == outer.sentence.begin && inside(inner, outer) &&
             (!reported_after || inner.span.end <= outer.speaker.span.begin);
    });
  }
  std::vector<bool> kept_out(out_.claims.size(), false);
  for (size_t c = 0; c < out_.claims.size(); ++c) {
    bool nested = passes_on[c];
    for (size_t o = 0; o < out_.claims.size() && !nested; ++o) nested = !passes_on[o] && inside(out_.claims[c], out_.claims[o]);
    kept_out[c] = !nested;
  }
  std::vector<Claim> outside;
  for (size_t c = 0; c < out_.claims.size(); ++c) {
    if (kept_out[c]) outside.push_back(std::move(out_.claims[c]));
  }
  out_.claims = std::move(outside);
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
  AddQuotationParagraphsBefore(&kept);
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

void ClaimFinder::AddQuotationParagraphsBefore(std::vector<Claim>* claims) const {
  constexpr std::string_view kOpen = "\xe2\x80\x9c", kClose = "\xe2\x80\x9d";  // “ ”
  constexpr size_t kMostParagraphs = 5;
  // The length of the opening mark at `at`, 0 if none.
  const auto opening_mark = [&](size_t at) -> size_t {
    if (text_.substr(at, kOpen.size()) == kOpen) return kOpen.size();
    return at < text_.size() && text_[at] == '"' ? 1 : 0;
  };
  const size_t attributed = claims->size();
  for (size_t c = 0; c < attributed; ++c) {
    const Claim& said = (*claims)[c];
    if (said.verb == "\"") continue;  // itself a quotation going on, not where its speaker is named
    size_t mark = said.span.begin;
    while (mark > 0 && text_[mark - 1] == ' ') --mark;
    const size_t mark_size = mark >= kOpen.size() && text_.substr(mark - kOpen.size(), kOpen.size()) == kOpen ? kOpen.size()
                             : mark >= 1 && text_[mark - 1] == '"'                                         ? 1
                                                                                                         : 0;
    if (mark_size == 0) continue;
    size_t paragraph = mark - mark_size;
    if (paragraph > 0 && text_[paragraph - 1] != '\n') continue;  // the quotation opens inside a paragraph
    std::vector<ByteSpan> before;  // the quotation's earlier paragraphs, last first
    while (before.size() < kMostParagraphs && paragraph > 0) {
      size_t end = paragraph;
      while (end > 0 && (text_[end - 1] == '\n' || text_[end - 1] == '\r' || text_[end - 1] == ' ')) --end;
      const size_t newline = end == 0 ? std::string_view::npos : text_.rfind('\n', end - 1);
      const size_t begin = newline == std::string_view::npos ? 0 : newline + 1;
      const size_t open = opening_mark(begin);
      const std::string_view inside = text_.substr(begin + open, end - begin - open);
      if (open == 0 || inside.find(kClose) != std::string_view::npos || inside.find('"') != std::string_view::npos) break;
      before.push_back({begin + open, end});
      paragraph = begin;
    }
    for (const ByteSpan& p : before) {
      for (const ByteSpan& sentence : sentences_) {
        if (sentence.end <= p.begin || sentence.begin >= p.end) continue;
        size_t begin = std::max(sentence.begin, p.begin), end = std::min(sentence.end, p.end);
        while (begin < end && text_[begin] == ' ') ++begin;
        while (end > begin && (text_[end - 1] == ' ' || text_[end - 1] == '.' || text_[end - 1] == ',')) --end;
        if (end <= begin) continue;
        const bool claimed = std::any_of(claims->begin(), claims->end(), [&](const Claim& k) {
          return k.span.begin < end && begin < k.span.end;
        });
        if (claimed) continue;
        Claim carried;
        carried.speaker = (*claims)[c].speaker;
        carried.verb = "\"";
        carried.span = {begin, end};
        carried.sentence = sentence;
        carried.date = (*claims)[c].date;
        claims->push_back(std::move(carried));
      }
    }
  }
}

uint32_t SentenceCues(std::string_view text, const std::vector<Token>& tokens, const std::string_view* lower) {
  uint32_t cues = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const LowerWord w = lower[i];
    if (!tokens[i].word) {
      if (w == ",") cues |= kCueComma;
      else if (IsQuote(text, tokens[i])) cues |= kCueQuote;
    } else if (w == "according" || w == "per") {
      cues |= kCueAccording;
    } else if (w == "by") {
      cues |= kCueBy;
    }
  }
  return cues;
}

uint16_t WordClassesOf(std::string_view lower) {
  const LowerWord w = lower;
  uint16_t classes = 0;
  if (w == "i" || w == "we" || w == "he" || w == "she" || w == "they" || w == "it" || w == "his" || w == "her" ||
      w == "one" || w == "a" || w == "an" || w == "the") {
    classes |= kWordPronounStart;
  }
  if (IsOrganizationNoun(lower)) classes |= kWordOrganizationNoun;
  if (IsDescribedBodyWord(lower)) classes |= kWordBodyWord;
  if (IsAnonymousCount(lower) || IsAnonymousNoun(lower)) classes |= kWordAnonymousStart;
  if (IsRoleBeforeName(lower)) classes |= kWordRoleBeforeName;
  if (IsDocumentNoun(lower)) classes |= kWordDocumentNoun;
  if (w == "his" || w == "her" || w == "him" || w == "their" || w == "them") classes |= kWordPossessivePronoun;
  return classes;
}

bool NameWordAt(std::string_view text, const std::vector<Token>& tokens, size_t i) {
  const Token& t = tokens[i];
  if (t.end == t.begin + 1 && text[t.begin] == 'I' && !(i + 1 < tokens.size() && IsPunct(text, tokens[i + 1], "."))) return false;
  return IsCapitalized(text, t) || (t.word && IsPrefixedName(text.substr(t.begin, t.end - t.begin)));
}

std::vector<SentenceWords> ReadSentenceWords(std::string_view text, const std::vector<ByteSpan>& sentences) {
  std::vector<SentenceWords> all(sentences.size());
  const size_t lead = FirstBodyParagraph(text);
  for (size_t s = 0; s < sentences.size(); ++s) {
    SentenceWords& words = all[s];
    words.tokens = Tokenize(text, sentences[s]);
    words.lower.reserve(words.tokens.size());
    // Room for the whole sentence, set once: lowercasing never lengthens a token and the tokens lie
    // inside it. Shrunk after, which keeps the buffer, so the views stay good.
    words.lower_bytes.resize(sentences[s].end - sentences[s].begin);
    char* const bytes = words.lower_bytes.data();
    size_t used = 0;
    for (const Token& t : words.tokens) {
      const size_t length = LowerInto(text, t, bytes + used);
      words.lower.emplace_back(bytes + used, length);
      used += length;
    }
    words.classes.reserve(words.lower.size());
    for (size_t t = 0; t < words.tokens.size(); ++t) {
      words.classes.push_back((words.tokens[t].word ? WordClassesOf(words.lower[t]) : 0) |  // every class is of words
                              (NameWordAt(text, words.tokens, t) ? kWordNameWord : 0));
    }
    words.lower_bytes.resize(used);
    words.cues = SentenceCues(text, words.tokens, words.lower.data());
    words.dateline = DatelineTokens(text, words.tokens, lead);
    const std::string_view sentence = text.substr(sentences[s].begin, sentences[s].end - sentences[s].begin);
    words.date = DateStated(sentence);
    words.han = std::any_of(sentence.begin(), sentence.end(), [](char c) {
      return static_cast<unsigned char>(c) >= 0xE3 && static_cast<unsigned char>(c) <= 0xE9;
    });
  }
  return all;
}

}  // namespace dossier::extract

namespace dossier {

ClaimExtraction ExtractClaims(std::string_view text, const Gazetteer& gazetteer, const ClaimSource& source) {
  using extract::ClaimFinder;
  // Read with '' as ": every span found in the copy is the same bytes of `text`.
  const std::optional<std::string> marked = extract::DoubledApostrophesAsQuotes(text);
  if (marked) text = *marked;
  const std::vector<ByteSpan> sentences = extract::SplitSentences(text);
  const std::vector<extract::SentenceWords> words = extract::ReadSentenceWords(text, sentences);
  std::vector<ActorMention> known = gazetteer.FindMentions(text);
  // The first reading finds who speaks; the names among them are what the second reads as mentions.
  ClaimFinder first(text, gazetteer, source, sentences, words, known, nullptr);
  ClaimExtraction found = first.Run();
  extract::NameIndex names(text, first.TakeRuns(), first.TakeLowercaseWords());
  for (const Claim& claim : found.claims) {
    const std::string& name = claim.speaker.surface;
    if (claim.speaker.actor_id.empty() && name != source.author && name != source.outlet) names.AddSpeaker(name);
  }
  if (names.empty()) return found;
  std::vector<ActorMention> mentions = std::move(known);
  const size_t gazetteer_mentions = mentions.size();
  for (ActorMention& m : names.Mentions()) {
    const bool overlaps = std::any_of(mentions.begin(), mentions.begin() + static_cast<std::ptrdiff_t>(gazetteer_mentions),
                                      [&](const ActorMention& k) { return k.span.begin < m.span.end && m.span.begin < k.span.end; });
    if (!overlaps) mentions.push_back(std::move(m));
  }
  std::stable_sort(mentions.begin(), mentions.end(),
                   [](const ActorMention& a, const ActorMention& b) { return a.span.begin < b.span.begin; });
  return ClaimFinder(text, gazetteer, source, sentences, words, std::move(mentions), &names).Run();
}

}  // namespace dossier
