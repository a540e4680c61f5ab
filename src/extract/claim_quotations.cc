// Quotations: `"…," X said` and `"…," said X` (also split by its attribution: `"A," she said,
// "B."`), a quotation running over several sentences to its attribution, quoted sentences and
// topic lines that go on after an attributed one, and the dash or caption line under a quotation
// or a post that names its speaker.
#include <algorithm>
#include <cctype>
#include <set>

#include "extract/claim_reader.h"
#include "extract/reporting_lexicon.h"
#include "extract/text_bytes.h"
#include "extract/word_set.h"

namespace dossier::extract {
namespace {

// The sentences of the paragraph before sentence `index` (back to a blank line, at most six).
size_t ParagraphStart(std::string_view text, const std::vector<ByteSpan>& sentences, size_t index) {
  size_t first = index;
  while (first > 0 && index - first < 6 &&
         text.substr(sentences[first - 1].end, sentences[first].begin - sentences[first - 1].end).find("\n\n") == std::string_view::npos) {
    --first;
  }
  return first;
}

}  // namespace

bool IsRoleBeforeName(std::string_view w) {
  if (IsTitle(w) || IsRoleWord(w)) return true;
  const std::string_view singular = w.size() > 4 && w.back() == 's' ? w.substr(0, w.size() - 1) : std::string_view();
  return !singular.empty() && (IsTitle(singular) || IsRoleWord(singular));
}

// `"…," X said` and `"…," said X`, also when the quotation began sentences earlier: each of its
// sentences is a claim of the one attribution (RULES: held-out).
void SentenceReader::QuotationAttributed() {
  if (DashLine() || (cues_ & kCueQuote) == 0) return;
  for (size_t close = 0; close < n(); ++close) {
    if (!IsQuote(text_, T(close)) || close == 0) continue;
    size_t k = close + 1;
    if (Is(k, ",")) ++k;
    std::vector<Speaker> speakers;
    size_t verb_at, after;
    // `"…" — Lee Park, CEO of Harbor Asset Management`: a dash line names the quotation's speaker.
    if (k < n() && IsDash(text_, T(k)) && SpeakerAt(k + 1, &speakers, &after) && (after >= n() || Is(after, ",") || TrailsSentence(after))) {
      std::optional<size_t> open;
      for (size_t j = close; j-- > 0;) {
        if (IsQuote(text_, T(j))) {
          open = j;
          break;
        }
      }
      const size_t begin = open ? T(*open).end : T(0).begin;
      const size_t end = TrimEnd(begin, T(close).begin, false);
      if (end > begin) Add(speakers, "\xe2\x80\x94", {begin, end});
      return;
    }
    speakers.clear();
    // "…," Jane Doe said; "…," Harbourside head coach Jane Doe said.
    // "…," Priya Kandel, the founder of Rovio Home, stated: an appositive between the two.
    const auto speaker_then_verb = [&](size_t at) {
      speakers.clear();
      if (!SpeakerAt(at, &speakers, &verb_at)) return false;
      // "…," Jerry Lanz with Orvel Fire Service told; "…," the Orvel Rail message said.
      verb_at = AffiliationEnd(verb_at);
      verb_at = DocumentVerbAt(verb_at);
      // (A finite verb: not "Sarah Park, state epidemiologist".)
      if (Is(verb_at, ",") && TagVerbAt(verb_at + 1) && FiniteReportingVerb(W(verb_at + 1))) {
        ++verb_at;  // "…," the district's commander, Col. Ana Ruiz, said
      } else if (Is(verb_at, ",")) {
        size_t close = verb_at + 1;
        while (close < n() && close < verb_at + 16 && !Is(close, ",") && !IsQuote(text_, T(close))) ++close;
        if (Is(close, ",")) {
          verb_at = close + 1;
        } else if (T(verb_at + 1).word && (!IsCapitalized(text_, T(verb_at + 1)) || IsWord(verb_at + 2, "'s"))) {
          // "…," Andrey Vell, an analyst at Brisk Capital in London said: a description whose
          // closing comma the writer left out ends at a plain "said" or "told" ("…," Magnus Ek,
          // Sweden's state epidemiologist said).
          for (size_t j = verb_at + 3; j < close; ++j) {
            if (IsWord(j, "said") || IsWord(j, "says") || IsWord(j, "told")) {
              verb_at = j;
              break;
            }
          }
        }
      }
      while (verb_at < n() && IsAuxiliaryOrAdverb(W(verb_at))) ++verb_at;
      return TagVerbAt(verb_at).has_value();
    };
    // "…," said a statement from Google: the document's issuer. "…," read a statement on the Orvel
    // Clinic web site: the site's owner. "…," detailed the Velmora report; "…," stated the latest
    // report from the consulting firm Tarel (a description before the name).
    const auto document_from = [&](size_t at) {
      if (!(IsWord(at, "a") || IsWord(at, "the"))) return false;
      size_t noun = at + 1;
      while (noun < at + 3 && noun < n() && T(noun).word && !IsCapitalized(text_, T(noun)) && !IsDocumentNoun(W(noun))) ++noun;
      // The maker's name before the noun: up to four capitalised words ("the Velmora Group report").
      size_t name_end = noun;
      while (name_end < noun + 4 && name_end < n() && T(name_end).word && IsCapitalized(text_, T(name_end))) ++name_end;
      if (name_end > noun && name_end < n() && T(name_end).word && IsDocumentNoun(W(name_end))) {
        const ByteSpan name{T(noun).begin, T(name_end - 1).end};
        if (const ActorMention* mention = MentionAt(noun)) speakers.push_back(f_.SpeakerOf(*mention));
        else speakers.push_back({{"", std::string(text_.substr(name.begin, name.end - name.begin)), name}, ActorKind::kOrganization});
        after = name_end + 1;
        return true;
      }
      if (noun >= n() || !T(noun).word || !IsDocumentNoun(W(noun))) return false;
      at = noun - 1;  // past the modifiers ("the latest report"): "from" or "on" two tokens on
      if (IsWord(at + 2, "from") || IsWord(at + 2, "by")) {
        size_t name = at + 3;
        if (IsWord(name, "the") || IsWord(name, "a")) {
          size_t next = name + 1;
          while (next < name + 4 && next < n() && T(next).word && !IsCapitalized(text_, T(next))) ++next;
          if (next > name + 1 && next < n() && IsCapitalized(text_, T(next)) && SpeakerAt(next, &speakers, &after)) return true;
          speakers.clear();
        }
        return SpeakerAt(name, &speakers, &after);
      }
      if (!IsWord(at + 2, "on") || !SpeakerAt(IsWord(at + 3, "the") ? at + 4 : at + 3, &speakers, &after)) return false;
      static const WordSet kSites = {"web", "site", "website", "page", "account", "feed", "blog"};
      while (after < n() && T(after).word && kSites.count(W(after)) != 0) ++after;
      return true;
    };
    // "…," the district's commander, Col. Ana Ruiz, said: a description, then the name in apposition.
    const auto name_after_description = [&](size_t at) {
      static const WordSet kOpeners = {"the", "a", "an", "its", "his", "her", "their"};
      if (at >= n() || kOpeners.count(W(at)) == 0) return at;
      size_t comma = at + 1;
      while (comma < n() && comma < at + 7 && T(comma).word && !IsCapitalized(text_, T(comma))) ++comma;
      if (comma == at + 1 || !Is(comma, ",") || !IsNameWord(comma + 1)) return at;
      const LowerWord role = W(comma - 1);  // (not "“I don’t see” a deal before summer, Lund told")
      return IsPersonNoun(role) || IsRoleWord(role) || IsTitle(role) || IsSpokesperson(role) ? AfterRole(comma + 1) : at;
    };
    if (speaker_then_verb(k) || (AfterRole(k) != k && speaker_then_verb(AfterRole(k))) ||
        (name_after_description(k) != k && speaker_then_verb(name_after_description(k)))) {
      after = 0;
    } else if (auto verb = TagVerbAt(k);
               verb && !IsToldAt(k) &&
               (document_from(k + verb->tokens) ||
                // "…," said Congo's Health Minister, Samuel Kamba: the name in apposition to the office.
                (AppositiveNameAfter(k + verb->tokens) > k + verb->tokens && SpeakerAt(AppositiveNameAfter(k + verb->tokens), &speakers, &after)) ||
                SpeakerAt(AfterRole(k + verb->tokens), &speakers, &after) ||
                // "…," said a spokesman for Harlow Foods: the body the unnamed officer speaks for.
                (OfficerBodyAfter(k + verb->tokens) > k + verb->tokens && SpeakerAt(OfficerBodyAfter(k + verb->tokens), &speakers, &after)) ||
                SpeakerAt(k + verb->tokens, &speakers, &after))) {
      verb_at = k;  // "…," said Jane Doe; "…," said Acme Chief Executive Officer Jane Doe
    } else {
      continue;
    }
    auto verb = TagVerbAt(verb_at);
    if (!verb || speakers.empty()) continue;
    size_t rest = after != 0 ? after : verb_at + verb->tokens;
    // "told Pitchside after training", "told reporters on Friday": the one told, then an adverbial.
    if (verb->verb_class == VerbClass::kTelling) rest = ToldObjectEnd(rest);
    // What follows is an adverbial ("said of the billboards, which …", "stated during a panel
    // titled '…?'"), an appositive ("said Jane Doe, chief economist at Acme") or the quotation
    // going on.
    // A dash may close the tag, the sentence going on in the author's words: "Harlow was blunt —
    // \"we are not there yet,\" she said — and left the room."
    if (!TrailsSentence(rest) && !Is(rest, ",") && !(rest < n() && (IsDash(text_, T(rest)) || IsAdverbialOpener(W(rest)) || IsWord(rest, "of") || IsWord(rest, "about")))) {
      continue;
    }
    // The opening mark: in this sentence (marks before the closing one come in pairs) or before it.
    std::optional<size_t> open;
    for (size_t j = close; j-- > 0;) {
      if (!IsQuote(text_, T(j))) continue;
      if (open) {
        open.reset();  // a pair: the closing mark opened nothing here
        continue;
      }
      open = j;
    }
    const size_t verb_end = verb_at + verb->tokens;
    // The one named after a quotation is whom "she" stands for next ("…," said Dr. Helena Varga. She said …).
    if (speakers.size() == 1 && speakers.front().kind == ActorKind::kPerson && speakers.front().mention.surface != kAnonymousSpeaker &&
        MentionAt(verb_at < k ? verb_at : k) == nullptr && !IsWord(k, "he") && !IsWord(k, "she") && !IsWord(verb_at + verb->tokens, "he") &&
        !IsWord(verb_at + verb->tokens, "she")) {
      f_.SetPerson(speakers, index_);
    }
    // The quotation going on that QuotationGoesOn gave the last speaker is this attribution's.
    auto& claims = f_.out_.claims;
    claims.erase(std::remove_if(claims.begin(), claims.end(), [&](const Claim& c) {
                   return c.verb == "\"" && sentence_.begin <= c.span.begin && c.span.end <= T(close).begin;
                 }),
                 claims.end());
    if (open) {
      // 'Rates will stay high "for some time," Moss said': the words before the marks are the claim's.
      size_t from = T(*open).end;
      if (*open > 0 && T(*open - 1).word) {
        // (A verb of framing reports nothing here: "the company also saw a slowdown, with business
        // in Italy \"particularly poor,\" Cook said" is Cook's from its first word.)
        const auto reports = [&](size_t i) {
          const auto verb = ReportingVerbAt(text_, tokens_, i);
          return verb && verb->verb_class != VerbClass::kFraming;
        };
        size_t first = *open;
        while (first > 0 && !IsClauseColon(first - 1) && !IsQuote(text_, T(first - 1)) && !reports(first - 1)) --first;
        if (first == 0) from = T(0).begin;
      }
      const size_t end = TrimEnd(from, T(close).begin, false);
      if (end > from) Add(speakers, verb_at, verb_end, {from, end});
      // A quotation split by its attribution: "A," she said, "B."
      if (Is(rest, ",") && rest + 1 < n() && IsQuote(text_, T(rest + 1))) {
        if (auto span = Quoted(rest + 1)) Add(speakers, verb_at, verb_end, *span);
        return;
      }
      AddedThat(speakers, rest);
      return;
    }
    if (close > 0) {
      const size_t end = TrimEnd(T(0).begin, T(close).begin, false);
      if (end > T(0).begin) Add(speakers, verb_at, verb_end, {T(0).begin, end});
    }
    // The sentences before, back to the one whose quotation is left open; a quotation taken there
    // for the last speaker going on is this one's.
    const std::string verb_text(text_.substr(T(verb_at).begin, T(verb_end - 1).end - T(verb_at).begin));
    for (size_t back = 1; back <= 4 && back <= index_; ++back) {
      const ByteSpan earlier = f_.sentences_[index_ - back];
      const std::vector<Token> tokens = Tokenize(text_, earlier);
      size_t marks = 0, last_mark = 0;
      for (size_t j = 0; j < tokens.size(); ++j) {
        if (IsQuote(text_, tokens[j])) {
          ++marks;
          last_mark = j;
        }
      }
      if (marks % 2 == 0 && marks > 0) break;  // closed there: no quotation runs on from it
      const size_t begin = marks % 2 == 1 ? tokens[last_mark].end : earlier.begin;
      const size_t end = TrimEnd(begin, earlier.end, true);
      claims.erase(std::remove_if(claims.begin(), claims.end(), [&](const Claim& c) {
                     return c.verb == "\"" && earlier.begin <= c.span.begin && c.span.end <= earlier.end;
                   }),
                   claims.end());
      if (end > begin) Add(speakers, verb_text, {begin, end}, earlier);
      if (marks % 2 == 1) break;
    }
    return;
  }
}

// A quotation going on from the sentence before: inside it until its closing mark, this sentence is
// the same speaker's.
void SentenceReader::QuotationGoesOn() {
  if (!f_.quote_open_ || f_.quote_speakers_.empty() || f_.quote_sentence_ + 1 != index_) return;
  // A quotation goes on into a new paragraph only with an opening mark there (a paragraph that
  // opens without one is the reporter's again).
  if (text_.substr(f_.sentences_[index_ - 1].end, sentence_.begin - f_.sentences_[index_ - 1].end).find('\n') != std::string_view::npos &&
      (n() == 0 || !IsQuote(text_, T(0)))) {
    f_.quote_open_ = false;
    return;
  }
  size_t close = 0;
  while (close < n() && !IsQuote(text_, T(close))) ++close;
  const size_t end = TrimEnd(sentence_.begin, close < n() ? T(close).begin : sentence_.end, close == n());
  const std::vector<Speaker> speakers = f_.quote_speakers_;
  if (end > sentence_.begin) Add(speakers, "\"", {sentence_.begin, end});
  f_.quote_speakers_ = speakers;
  f_.quote_sentence_ = index_;
  f_.quote_open_ = close == n();
}

// A sentence that is all quotation, right after an attributed one, and attributed to no one here:
// the same speaker going on ("\"A,\" she said. \"B.\"").
// Also a quotation paragraph with no tag right after a claim that is not quoted ("He added that
// … . “This is home.”"): its speaker goes on.
// A topic line goes on the same way: "On her fly-half: \"He has kicked in the wet all month.\"".
void SentenceReader::QuotationFollows(size_t claims_before) {
  if (f_.out_.claims.size() != claims_before || Caption() || QuotedHeadline()) return;
  size_t open = 0;
  if (IsWord(0, "on")) {
    while (open < n() && open < 8 && !Is(open, ":")) ++open;
    if (!Is(open, ":")) return;
    ++open;
  }
  if (n() < open + 2 || !IsQuote(text_, T(open)) || Is(open, "\xe2\x80\x9d")) return;
  // "\"…,\" she added" where no one in reach is "she" (PersonFor): a tag of its own, not the last
  // speaker going on.
  for (size_t k = open + 1; k + 2 < n(); ++k) {
    if (IsQuote(text_, T(k)) && (IsWord(k + 1, "she") || IsWord(k + 1, "he")) && TagVerbAt(k + 2)) return;
  }
  std::vector<Speaker> speakers;
  if (!f_.quote_speakers_.empty() && f_.quote_sentence_ + 1 == index_) speakers = f_.quote_speakers_;
  else if (!f_.last_speakers_.empty() && f_.last_claim_sentence_ + 1 == index_) speakers = f_.last_speakers_;
  // After a paragraph about a person that claims nothing ("Walensky painted a grim picture."), the
  // quotation paragraph with no tag is theirs.
  else if (!f_.subject_speakers_.empty() && f_.subject_sentence_ + 1 == index_ && open == 0 && index_ > 0 && !LineEndsInDashedName() &&
           text_.substr(f_.sentences_[index_ - 1].end, sentence_.begin - f_.sentences_[index_ - 1].end).find('\n') != std::string_view::npos &&
           (f_.subject_anywhere_ || ParagraphStart(text_, f_.sentences_, index_ - 1) == index_ - 1)) {
    speakers = f_.subject_speakers_;
  }
  if (speakers.empty()) return;
  if (auto span = Quoted(open)) Add(speakers, "\"", *span);
}

// The verb of a tag after a quotation ("\"…,\" X said"): a reporting verb, or one that reports only
// there ("\"…,\" Pena shared at the press conference", "opined", "recalled", "laughed").
std::optional<ReportingVerb> SentenceReader::TagVerbAt(size_t k) const {
  if (auto verb = ReportingVerbAt(text_, tokens_, k)) return verb;
  static const std::set<std::string_view> kTagVerbs = {"shared", "opined", "recalled", "mused", "offered", "continued",
                                                       "laughed", "smiled", "sighed", "shrugged", "detailed"};
  if (k < n() && T(k).word && kTagVerbs.count(W(k)) != 0) return ReportingVerb{1, VerbClass::kStatement, false, false};
  return std::nullopt;
}

// Whether token k is "told" or "informed" (any form): inverted after content ("…, told Reuters"),
// the one named after it was told, and speaks not. "…, warned Jane Doe" and "urged" are hers.
bool SentenceReader::IsToldAt(size_t k) const {
  static const std::set<std::string_view> kTold = {"tell", "tells", "told", "telling", "inform", "informs", "informed"};
  return k < n() && T(k).word && kTold.count(W(k)) != 0;
}

// Token k moved past a role before a name: "Harbourside head coach Maria Ostrowski", "CDC Director
// Dr. Anne Roe", "Digital Realty Chief Executive Officer A. William Stein", "Saudi Energy Minister
// Prince Abdulaziz": up to three words of the owner's name, then role and title words (and their
// abbreviation stops, and the capitalised words and "and" between them: "President and Chief
// Operating Officer Jon Gray"), then the name after the last of them.
size_t SentenceReader::AfterRole(size_t k) const {
  if (const size_t name = JoinedDescriptorEnd(k); name > k) return name;  // "Zurich-based Larch Capital"
  // "U.S. Senator Rand Paul": a country's dotted letters before the owner or the role.
  const size_t owner = LettersEnd(k) >= k + 4 ? LettersEnd(k) : k;
  size_t j = owner;
  // The owner: up to five capitalised words, and the joiners, abbreviation stops and channel numbers
  // between them ("Bank of Kandara", "Brisk Research and Strategy", "FOX 8", "St. Joseph County
  // Health Department").
  const auto owner_word = [&](size_t at) {
    return at < n() && T(at).word && IsCapitalized(text_, T(at)) && !IsTitle(W(at)) && !IsRoleWord(W(at));
  };
  for (size_t words = 0; words < 5 && owner_word(j); ++words) {
    ++j;
    // ("Movement for the Rebirth of Cameroon (MRC) candidate X": "for" and "the" join it too.)
    const bool joined = (IsWord(j, "of") || IsWord(j, "for")) && (owner_word(j + 1) || (IsWord(j + 1, "the") && owner_word(j + 2)));
    if (joined) {
      j += IsWord(j + 1, "the") ? 2 : 1;
    } else if (Is(j, ".") && T(j - 1).end - T(j - 1).begin <= 2 && owner_word(j + 1)) {
      ++j;
    } else if ((IsWord(j, "and") || Is(j, "&")) && owner_word(j + 1)) {
      ++j;
    } else if (j < n() && T(j).word && std::isdigit(static_cast<unsigned char>(text_[T(j).begin])) && T(j).end - T(j).begin <= 2) {
      ++j;
    }
  }
  // "Zimbabwe Electoral Commission (ZEC) chairwoman": the owner's acronym aside.
  if (j > k && Is(j, "(") && j + 2 < n() && Is(j + 2, ")") && T(j + 1).word && IsCapitalized(text_, T(j + 1))) j += 3;
  // "senior economist", "health officer", "outgoing county health director": up to three words before the role.
  for (size_t m = j; m < j + 3 && m + 1 < n() && T(m).word && !IsCapitalized(text_, T(m)) && !RoleBeforeNameAt(m); ++m) {
    if (RoleBeforeNameAt(m + 1)) {
      j = m + 1;
      break;
    }
  }
  size_t name = k;
  for (size_t t = j; t < n() && t < j + 8; ++t) {
    if (T(t).word && RoleBeforeNameAt(t)) {
      name = Is(t + 1, ".") ? t + 2 : t + 1;
      continue;
    }
    if (Is(t, ".") && name == t + 1) continue;
    // "said Samsung president of mobile communications business DJ Koh": what the role is of, in a
    // few words with a lowercase one last, then a name of two to four tokens that ends the clause.
    if (name == t && name > k && (IsWord(t, "of") || IsWord(t, "for"))) {
      for (size_t s = t + 2; s < n() && s < t + 8 && T(s - 1).word; ++s) {
        if (!IsNameWord(s) || IsCapitalized(text_, T(s - 1)) || ReportingVerbAt(text_, tokens_, s - 1)) continue;
        const size_t end = MentionAt(s) ? MentionEnd(s) : NameEnd(s);
        if (end >= s + 2 && end <= s + 4 && (end >= n() || Is(end, ",") || TrailsSentence(end))) return s;
      }
      // "Secretary of State Ana Ruiz said", "said Minister of Economy Luis Caputo.": a capitalised
      // portfolio, then a name that ends the clause, taken as its last two words (a portfolio's words
      // and a first name look alike).
      const size_t run = IsWord(t + 1, "the") ? t + 2 : t + 1;
      size_t end = run;
      while (end < n() && end < run + 7 && T(end).word && IsCapitalized(text_, T(end)) && !ReportingVerbAt(text_, tokens_, end)) {
        ++end;
        if ((IsWord(end, "and") || Is(end, "&")) && end + 1 < n() && T(end + 1).word && IsCapitalized(text_, T(end + 1))) ++end;
      }
      if (end >= run + 3 && (end >= n() || Is(end, ",") || TrailsSentence(end) || ReportingVerbAt(text_, tokens_, end)) &&
          IsNameWord(end - 2) && IsNameWord(end - 1)) {
        return end - 2;
      }
      break;
    }
    // "former health director": a word or two after a role that lead to the next role.
    const auto role_at = [&](size_t r) { return r < n() && T(r).word && RoleBeforeNameAt(r); };
    const bool lowercase = T(t).word && !IsCapitalized(text_, T(t));
    if (name == t && lowercase && (role_at(t + 1) || (t + 1 < n() && T(t + 1).word && !IsCapitalized(text_, T(t + 1)) && role_at(t + 2)))) {
      name = t + 1;
      continue;
    }
    const bool between = name > k && ((T(t).word && IsCapitalized(text_, T(t))) || IsWord(t, "and") || Is(t, "&"));
    if (!between) break;
  }
  if (name == k) {
    // "said Iran's Bijan Zangeneh.": an owner's possessive before a name that ends the clause (not
    // "the Reserve Board's July meeting").
    if (j > owner && j <= owner + 2 && IsWord(j, "'s") && IsNameWord(j + 1) && T(j + 1).word) {
      const size_t end = MentionAt(j + 1) ? MentionEnd(j + 1) : NameEnd(j + 1);
      if (end >= n() || Is(end, ",") || TrailsSentence(end)) return j + 1;
    }
    // "said supporter Pete Hedman", "said union negotiator Ann Ruiz": one or two lowercase nouns of
    // who the person is, no role of the list, before a name of two words or more.
    if (PersonNounBeforeName(k)) return !IsNameWord(k + 1) ? k + 2 : k + 1;
    // "said Argentine consultancy Eco Go", "U.S. lender Wells Fargo said": the same after a
    // capitalised word or two of where it is from.
    if (j > k && j <= owner + 2 && PersonNounBeforeName(j)) return !IsNameWord(j + 1) ? j + 2 : j + 1;
  }
  return name > k && name < n() && IsCapitalized(text_, T(name)) ? name : k;
}

// Whether one or two lowercase nouns at token k say who the person named after them is ("supporter
// Pete Hedman", "union negotiator Ann Ruiz"): no determiner, adverb, preposition or verb, and a name
// of two words or more after them.
bool SentenceReader::PersonNounBeforeName(size_t k) const {
  static const WordSet kNotNouns = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this",
                                    "that", "these", "those", "then", "also", "later", "earlier", "today", "yesterday",
                                    "tonight", "again", "now", "recently", "previously", "instead", "last", "next",
                                    "both", "all", "each", "and", "or", "but", "not", "never", "ever", "once", "twice",
                                    "he", "she", "it", "they", "we", "i", "you", "who", "which", "what", "there"};
  const auto noun = [&](size_t at) {
    if (at >= n() || !T(at).word || IsCapitalized(text_, T(at))) return false;
    const LowerWord w = W(at);
    return w.size() >= 3 && kNotNouns.count(w) == 0 && !IsPreposition(w) && !IsAuxiliaryOrAdverb(w) && !OpensClause(w) &&
           !IsConditional(w) && !EndsWith(w, "ly") && !ReportingVerbAt(text_, tokens_, at);
  };
  if (!noun(k)) return false;
  const size_t name = noun(k + 1) ? k + 2 : k + 1;  // "said union negotiator Corliss Abernethy"
  if (name + 1 >= n() || !T(name).word || !T(name + 1).word) return false;
  return IsNameWord(name) && IsNameWord(name + 1) && !IsTitle(W(name)) && !IsRoleWord(W(name)) &&
         (MentionAt(name) ? MentionEnd(name) >= name + 2 : NameEnd(name) >= name + 2);
}

// Where a role phrase before the name at token i starts, or i: "…, BNR governor Mugur Isarescu
// said", "…, President and Chief Operating Officer Jon Gray said" (AfterRole read backwards).
size_t SentenceReader::RoleStart(size_t i) const {
  if (i >= 1 && JoinedDescriptorEnd(i - 1) == i) return i - 1;  // "Zurich-based Larch Capital"
  size_t begin = PortfolioOf(i);  // "…, Secretary of State Ana Ruiz said": back to the title
  bool role = false;
  while (begin > 0 && begin + 10 > i) {
    const size_t t = begin - 1;
    if (T(t).word && RoleBeforeNameAt(t)) {
      role = true;
    } else if (!(Is(t, ".") && t > 0 && IsTitle(W(t - 1))) &&
               !(role && ((T(t).word && IsCapitalized(text_, T(t))) || IsWord(t, "and") || Is(t, "&"))) &&
               !(role && IsWord(t, "'s") && t > 0 && IsCapitalized(text_, T(t - 1))) &&  // "Mexico's Energy Minister"
               // "Bank of Japan Governor", "Bank of the Philippine Islands Governor": the owner's "of".
               !(role && IsWord(t, "of") && t > 0 && T(t - 1).word && IsCapitalized(text_, T(t - 1)) &&
                 (IsCapitalized(text_, T(t + 1)) || (IsWord(t + 1, "the") && IsCapitalized(text_, T(t + 2))))) &&
               !(role && IsWord(t, "the") && t > 1 && IsWord(t - 1, "of") && IsCapitalized(text_, T(t - 2)) &&
                 IsCapitalized(text_, T(t + 1))) &&
               // "builders' federation chief": a plural's possessive and its owner.
               !(role && (Is(t, "'") || Is(t, "\xe2\x80\x99")) && t > 0 && T(t - 1).word && W(t - 1).back() == 's') &&
               !(role && T(t).word && t + 1 < n() && (Is(t + 1, "'") || Is(t + 1, "\xe2\x80\x99")) && W(t).back() == 's') &&
               !(role && T(t).word && RoleBeforeNameAt(t + 1) && !IsConditional(W(t)) && !OpensClause(W(t)) &&
                 !IsPreposition(W(t)))) {  // "sporting director", "managing director"
      break;
    }
    --begin;
  }
  return role ? begin : i;
}

// A dash line under a quotation or a post names its speaker: "— Lee Park, CEO of Harbor" under
// "\"Rates will stay high.\"", "— Sam Okafor (@samokafor) May 3, 2026" under a post. Each sentence
// of the paragraph above is the speaker's (a quotation's inside its marks); a quotation the sentence
// before had taken for the last speaker going on is this one's instead.
bool SentenceReader::DashLine() {
  size_t k = 0;
  if (n() > 1 && IsDash(text_, T(0))) k = 1;
  else if (n() > 2 && Is(0, "-") && Is(1, "-")) k = 2;  // "--Tom Ruiz, editor"
  else return false;
  std::vector<Speaker> speakers;
  size_t after;
  if (!LineSpeakerAt(k, &speakers, &after) && !LineSpeakerAt(AfterRole(k), &speakers, &after)) return false;
  bool post = false;  // a post's handle: "(@GwenAbernethy)"
  for (size_t i = k; i < n(); ++i) post |= text_[T(i).begin] == '@';
  if (!(after >= n() || Is(after, ",") || post) || index_ == 0) return false;
  const size_t first = ParagraphStart(text_, f_.sentences_, index_);
  if (first == index_) return false;
  // Above a dash line that is not a post's, the paragraph is one quotation.
  const std::vector<Token> opening = Tokenize(text_, f_.sentences_[first]);
  if (!post && (opening.empty() || !IsQuote(text_, opening.front()))) return false;
  AttributeAbove(first, speakers, std::string(text_.substr(T(0).begin, T(k - 1).end - T(0).begin)));
  return true;
}

// A headline that quotes the person it ends with names its speaker: "\"We are building a grid for
// weather we have never had\": a conversation with Gridwell's Talia Ferreira".
bool SentenceReader::QuotedHeadline() {
  if (index_ != 0 || n() < 4 || !IsQuote(text_, T(0))) return false;
  size_t close = 1;
  while (close < n() && !IsQuote(text_, T(close))) ++close;
  if (!Is(close + 1, ":")) return false;
  for (size_t j = close + 2; j < n(); ++j) {
    std::vector<Speaker> speakers;
    size_t after;
    if (!IsCapitalized(text_, T(j)) || !SpeakerAt(j, &speakers, &after) || after < n()) continue;
    if (speakers.size() != 1 || speakers.front().kind != ActorKind::kPerson) return false;
    if (auto span = Quoted(0)) Add(speakers, "headline", *span);
    return true;
  }
  return false;
}

// A caption line under a quotation names its speaker: "\"We will be underdogs.\"" and, on the next
// line, "Rui Mendonça, Ashgrove manager". Each sentence of the quotation is the speaker's.
bool SentenceReader::Caption() {
  if (index_ == 0 || n() < 2) return false;
  const ByteSpan before = f_.sentences_[index_ - 1];
  const std::string_view gap = text_.substr(before.end, sentence_.begin - before.end);
  if (gap.find('\n') == std::string_view::npos || gap.find("\n\n") != std::string_view::npos) return false;
  // The quotation: the lines above, back to the blank line, opening and closing with a mark (asked
  // first: most lines under another are no caption, and the speaker search costs more).
  const size_t first = ParagraphStart(text_, f_.sentences_, index_);
  const std::vector<Token>& opening = f_.words_[first].tokens;
  const std::vector<Token>& closing = f_.words_[index_ - 1].tokens;
  if (first == index_ || opening.empty() || !IsQuote(text_, opening.front()) || closing.empty()) return false;
  size_t last = closing.size() - 1;
  while (last > 0 && !closing[last].word && !IsQuote(text_, closing[last])) --last;
  if (!IsQuote(text_, closing[last])) return false;
  std::vector<Speaker> speakers;
  size_t after;
  if (!LineSpeakerAt(0, &speakers, &after) && !LineSpeakerAt(AfterRole(0), &speakers, &after)) return false;
  if (!(after >= n() || Is(after, ","))) return false;
  for (size_t i = after; i < n(); ++i) {
    if (ReportingVerbAt(text_, tokens_, i)) return false;  // a sentence of its own, not a caption
  }
  AttributeAbove(first, speakers, "(caption)");
  return true;
}

// The one speaker a dash or caption line names at token k: a name, then its role after a comma
// ("Niall Brennock, Colbury manager" names Brennock alone, not Brennock and Colbury).
bool SentenceReader::LineSpeakerAt(size_t k, std::vector<Speaker>* speakers, size_t* after) const {
  if (const ActorMention* m = MentionAt(k)) {
    speakers->push_back(f_.SpeakerOf(*m));
    *after = MentionEnd(k);
    return true;
  }
  return SpeakerAt(k, speakers, after);
}

// Each sentence from sentence `first` to the one before this is the speakers' (a quotation's words
// inside its marks); a quotation taken for the last speaker going on is theirs instead.
void SentenceReader::AttributeAbove(size_t first, const std::vector<Speaker>& speakers, const std::string& verb) {
  const ByteSpan above{f_.sentences_[first].begin, f_.sentences_[index_ - 1].end};
  auto& claims = f_.out_.claims;
  claims.erase(std::remove_if(claims.begin(), claims.end(), [&](const Claim& c) {
                 return c.verb == "\"" && above.begin <= c.span.begin && c.span.end <= above.end;
               }),
               claims.end());
  for (size_t s = first; s < index_; ++s) {
    const ByteSpan sentence = f_.sentences_[s];
    size_t begin = sentence.begin;
    const std::vector<Token>& tokens = f_.words_[s].tokens;
    if (!tokens.empty() && IsQuote(text_, tokens.front())) begin = tokens.front().end;
    const size_t end = TrimEnd(begin, sentence.end, true);
    if (end > begin) Add(speakers, verb, {begin, end}, sentence);
  }
}

// The quotation that ends the sentence before in a question or exclamation inside its marks, on
// the same line ("\"Can't we?\" Mr. Podesta said", which ICU ends after the mark): its words.
std::optional<ByteSpan> SentenceReader::QuotationEndingBefore() const {
  if (index_ == 0) return std::nullopt;
  const ByteSpan before = f_.sentences_[index_ - 1];
  if (text_.substr(before.end, sentence_.begin - before.end).find('\n') != std::string_view::npos) return std::nullopt;
  const std::vector<Token>& tokens = f_.words_[index_ - 1].tokens;
  if (tokens.size() < 3 || !IsQuote(text_, tokens.back())) return std::nullopt;
  const Token& stop = tokens[tokens.size() - 2];
  if (!IsPunct(text_, stop, "?") && !IsPunct(text_, stop, "!")) return std::nullopt;
  size_t open = tokens.size() - 2;
  while (open > 0 && !IsQuote(text_, tokens[open - 1])) --open;
  const size_t begin = open > 0 ? tokens[open - 1].end : before.begin;
  const size_t end = TrimEnd(begin, tokens.back().begin, false);
  if (end <= begin) return std::nullopt;
  return ByteSpan{begin, end};
}

bool SentenceReader::IsOpeningQuoteBefore(size_t at) const {
  for (std::string_view mark : {"\"", "\xe2\x80\x9c", "\xe2\x80\x98", "'", "\xc2\xab", "\xe3\x80\x8c"}) {
    if (at >= mark.size() && text_.substr(at - mark.size(), mark.size()) == mark) return true;
  }
  return false;
}

bool SentenceReader::QuoteBetween(size_t begin, size_t end) const {
  for (const Token& t : tokens_) {
    if (t.begin >= begin && t.end <= end && IsQuote(text_, t)) return true;
  }
  return false;
}

}  // namespace dossier::extract
