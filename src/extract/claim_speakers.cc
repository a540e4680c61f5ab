// Who speaks: a run of gazetteer names, a pronoun or definite description standing for an actor
// named shortly before, or an unknown capitalised name in an attribution position (a candidate).
#include <algorithm>
#include <cctype>
#include <iterator>
#include <set>
#include <vector>

#include "extract/claim_reader.h"
#include "extract/lexicon.h"
#include "extract/news_outlets.h"
#include "extract/reporting_lexicon.h"

namespace dossier::extract {

bool ClaimFinder::IsPersonName(std::string_view name) const {
  if (name.empty() || LooksLikeOrganization(name) || LooksLikeOutlet(name)) return false;
  if (name.find(' ') != std::string_view::npos) return true;
  // "SPA", "OPEC", "BNR": a word in capitals alone is an acronym, never a person's name.
  if (name.size() >= 2 && std::none_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return false;
  if (names_ != nullptr) {
    const std::string fullest = names_->Fullest(name);
    // "Ms. Showalter", "Mr Nunan": a surname the text gives a person's title is a person's.
    if (names_->HasGenderedTitle(fullest)) return true;
    return fullest.find(' ') != std::string::npos && !LooksLikeOrganization(fullest);
  }
  for (const NameRun& run : runs_) {
    const ByteSpan& last = run.words.back();
    if (run.words.size() >= 2 && text_.substr(last.begin, last.end - last.begin) == name) return true;
  }
  return false;
}

namespace {

// An organisation's unnamed officer, who speaks for it: "a Microsoft spokesperson", "the Acme spokesman".
bool IsOfficerNoun(std::string_view lower) {
  return lower == "spokesperson" || lower == "spokesman" || lower == "spokeswoman" || lower == "representative";
}

// The nouns a reporter gives a person they do not name ("a senior official", "an aide", "a source
// close to the talks"), for "the official" that refers back to one.
bool IsUnnamedSourceNoun(std::string_view lower) {
  return IsOfficerNoun(lower) || lower == "official" || lower == "aide" || lower == "source" || lower == "insider" ||
         lower == "diplomat" || lower == "adviser" || lower == "advisor" || lower == "staffer" || lower == "negotiator";
}

// The counts and adjectives that may open an unnamed source ("two people", "a senior official").
const WordSet kAnonymousCounts = {"a", "an", "one", "two", "three", "four", "five", "six", "several", "some",
                                  "multiple", "many", "other", "senior"};

// "the company", "the firm": a business, never the bureau, university or ministry last named.
bool IsBusinessNoun(std::string_view lower) {
  return lower == "company" || lower == "firm" || lower == "business" || lower == "carrier" || lower == "retailer" ||
         lower == "chain" || lower == "maker" || lower == "lender" || lower == "group" || lower == "companies";
}

// The head word of a public body's name ("Ministry", "Hospital", "Court"), as written.
bool IsPublicBodyHead(std::string_view word) {
  static const std::set<std::string_view> heads = {
      "Bureau", "University", "College", "Institute", "School", "Ministry", "Department", "Agency", "Commission",
      "Council", "Court", "Police", "Government", "Parliament", "Senate", "Congress", "Office", "Authority", "Board",
      "Committee", "Hospital", "Clinic", "Party", "Union", "Federation", "Association", "Foundation", "Tribunal"};
  return heads.count(word) != 0;
}

// The head word of an institution that serves people in one place ("Hospital", "School", "Court"), as
// written: only its own noun ("the hospital") stands for it.
bool IsInstitutionHead(std::string_view word) {
  static const std::set<std::string_view> heads = {"Hospital", "Clinic", "School", "University", "College",
                                                   "Court", "Police", "Prison", "Church", "Museum"};
  return heads.count(word) != 0;
}

// A word of a prosecuting office's name ("Attorney's Office", "Department of Justice", "Crown
// Prosecution Service"), as written: the one body "prosecutors" stand for by name.
bool IsProsecutionWord(std::string_view word) {
  return word.rfind("Prosecut", 0) == 0 || word.rfind("Attorney", 0) == 0 || word == "Justice" || word.rfind("Procura", 0) == 0;
}

// Whether a word of `name` passes `test`.
template <typename Test>
bool AnyWord(std::string_view name, Test test) {
  for (size_t from = 0; from < name.size();) {
    size_t space = name.find(' ', from);
    if (space == std::string_view::npos) space = name.size();
    if (test(name.substr(from, space - from))) return true;
    from = space + 1;
  }
  return false;
}

bool IsPublicBody(const std::vector<Speaker>& speakers) {
  return std::any_of(speakers.begin(), speakers.end(), [](const Speaker& s) { return AnyWord(s.mention.surface, IsPublicBodyHead); });
}

// The token after the letters written after a name at token k ("Jane Doe MP"), with the commas
// around them ("Gib Morrow, MD, said", "…, said Gib Morrow, MD."), or k.
size_t AfterPostNominals(std::string_view text, const std::vector<Token>& tokens, size_t k) {
  auto post = [&](size_t at) {
    return at < tokens.size() && tokens[at].word && IsPostNominal(text.substr(tokens[at].begin, tokens[at].end - tokens[at].begin));
  };
  auto punct = [&](size_t at, std::string_view p) { return at < tokens.size() && IsPunct(text, tokens[at], p); };
  while (post(k)) ++k;
  if (!punct(k, ",") || !post(k + 1)) return k;
  size_t end = k + 1;
  while (post(end)) ++end;
  if (punct(end, ",")) return end + 1;
  return end >= tokens.size() || punct(end, ".") ? end : k;
}

}  // namespace

const Antecedent* ClaimFinder::NearbyOrganisation(size_t now, bool business) const {
  if (company_.Valid(now, kPronounReach)) return &company_;
  for (auto it = organisations_.rbegin(); it != organisations_.rend(); ++it) {
    // An outlet is never "the company"; a story about one company calls it "the company" throughout.
    if (!it->Valid(now, kPronounReach) && !(business && !IsPublicBody(it->speakers))) continue;
    if (!LooksLikeOutlet(it->speakers.front().mention.surface)) return &*it;
  }
  return nullptr;
}

void ClaimFinder::SetPerson(std::vector<Speaker> speakers, size_t sentence) {
  // "he" never stands for an organisation a name's kind was guessed wrong for ("SPA", "Acme Bank"):
  // a candidate in Latin letters is a person by a name a person has (IsPersonName), a title before
  // it, or a single word that may be a surname (MayBeSurname); a Han name ("张晓梅") has no spaces
  // to tell by.
  speakers.erase(std::remove_if(speakers.begin(), speakers.end(),
                                [&](const Speaker& s) {
                                  const std::string& name = s.mention.surface;
                                  const bool latin = std::all_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
                                  // (A name of two words or more was given its kind by the words it holds.)
                                  // "county officials", "police": a body described, never "he".
                                  const std::string_view last = std::string_view(name).substr(name.rfind(' ') + 1);
                                  if (s.mention.actor_id.empty() && IsDescription(name) && (IsPluralOfPeopleWord(last) || last == "police" || (IsAnonymousNoun(last) && last.back() == 's'))) {
                                    return true;
                                  }
                                  // "Read more: BOE REACT: …": a label in capitals the text never writes in
                                  // mixed case is a heading's or a link's, never whom "he" stands for.
                                  if (s.mention.actor_id.empty() && latin && name.find(' ') != std::string::npos &&
                                      std::none_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
                                    return true;
                                  }
                                  return s.mention.actor_id.empty() && name.find(' ') == std::string::npos &&
                                         name != kAnonymousSpeaker && latin && !IsPersonName(name) && !Titled(s.mention.span) &&
                                         !MayBeSurname(name);
                                }),
                 speakers.end());
  if (speakers.empty()) return;
  if (!person_.speakers.empty() && person_.speakers.front().mention.surface != speakers.front().mention.surface) {
    previous_person_ = person_;
  }
  person_ = {std::move(speakers), sentence};
}

// Whether a one-word name that spoke may be a person's, whom "he" and "the 34-year-old" stand for next
// ("Mourinho said …. He added"): a word in mixed case (not "SPA"), not an organisation's or outlet's
// by its words or by how the text describes it ("Brackley, the homeware chain,"). A one-word company
// that spoke is taken for a person too: a later "he" may then stand for it.
bool ClaimFinder::MayBeSurname(std::string_view name) const {
  if (name.size() < 3 || IsDescription(name) || LooksLikeOrganization(name) || LooksLikeOutlet(name)) return false;
  if (std::none_of(name.begin() + 1, name.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return false;
  return names_ == nullptr || names_->KindOf(names_->Fullest(name)) == ActorKind::kPerson;
}

// Whether an age in commas follows at token k ("Okafor, 34, was substituted"): the name before it is a
// person's.
bool SentenceReader::AgeAfter(size_t k) const {
  if (!Is(k, ",") || !Is(k + 2, ",") || k + 1 >= n()) return false;
  const std::string_view age = text_.substr(T(k + 1).begin, T(k + 1).end - T(k + 1).begin);
  return age.size() == 2 && std::isdigit(static_cast<unsigned char>(age[0])) && std::isdigit(static_cast<unsigned char>(age[1]));
}

// Whether the sentence ends in a pronoun's tag after its content ("…, he added.", "…, she said on
// Tuesday."): the tag carries on whoever spoke last, whatever person the content names ("…
// as Typhoon Gener neared the coast, he added").
bool SentenceReader::EndsInPronounTag() const {
  for (size_t k = n(); k-- > 1 && k + 12 > n();) {
    if (!Is(k, ",")) continue;
    if (!IsWord(k + 1, "he") && !IsWord(k + 1, "she")) return false;
    const auto verb = ReportingVerbAt(text_, tokens_, k + 2);
    return verb && TrailsSentence(k + 2 + verb->tokens);
  }
  return false;
}

// Whether the capitalised words from token i close the brackets before them ("(Selic)", "(Bank
// Rate)"): a name given alone, as another name for what precedes it.
bool SentenceReader::NameAloneInBrackets(size_t i) const {
  size_t k = i;
  while (k < n() && k < i + 4 && T(k).word && IsCapitalized(text_, T(k))) ++k;
  return k > i && Is(k, ")");
}

// The token after a word joined by a hyphen that describes the name after it at token k
// ("Singapore-based Phillip Futures", "Kremlin-backed Rosgaz": IsJoinedDescriptor), or k.
size_t SentenceReader::JoinedDescriptorEnd(size_t k) const {
  return k + 1 < n() && T(k).word && IsJoinedDescriptor(W(k)) && IsCapitalized(text_, T(k + 1)) ? k + 1 : k;
}

// Whether token t is a title or role word, or the "and" that joins one to the title after it
// ("chairman and CEO", "co-founder and chief executive"): a word of a person's run of titles.
bool SentenceReader::TitleOrJoinedAt(size_t t) const {
  const auto title = [&](size_t k) { return T(k).word && (IsTitle(W(k)) || IsRoleWord(W(k))); };
  return title(t) || (IsWord(t, "and") && t > 0 && title(t - 1));
}

// Whether the name at token i is a preposition's object, titles between ("under the leadership of
// vice chairman Lee", "with coach Ida Berg"): no subject, whom a later pronoun stands for.
bool SentenceReader::AfterPrepositionAndTitles(size_t i) const {
  static const WordSet kPrepositions = {"of", "by", "with", "under", "for", "from", "to", "against", "about", "over", "behind"};
  size_t b = i;
  while (b > 0 && TitleOrJoinedAt(b - 1)) --b;
  return b > 0 && T(b - 1).word && kPrepositions.count(W(b - 1)) != 0;
}

// Whether the word before a name is a person's title or role ("Dr. Weera", "striker Mensah",
// "Governor Tarrow"): a one-word name after it is a person's.
bool ClaimFinder::Titled(ByteSpan name) const {
  size_t end = name.begin;
  while (end > 0 && text_[end - 1] == ' ') --end;
  const bool abbreviated = end > 0 && text_[end - 1] == '.';  // "Dr.", never a sentence's stop
  if (end == name.begin || end == 0) return false;
  if (abbreviated) --end;
  size_t begin = end;
  while (begin > 0 && std::isalpha(static_cast<unsigned char>(text_[begin - 1]))) --begin;
  std::string word(text_.substr(begin, end - begin));
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (word.empty() || (abbreviated && word.size() > 4)) return false;
  return IsTitle(word) || IsRoleWord(word) || IsPersonNoun(word);
}

size_t ClaimFinder::PersonReach(size_t now) const {
  if (person_.speakers.empty() || now <= person_.sentence + kPronounReach || now > person_.sentence + kLonePersonReach ||
      now >= sentences_.size()) {
    return kPronounReach;
  }
  if (person_reach_at_ == now && person_reach_of_ == person_.sentence) return person_reach_;
  person_reach_at_ = now;
  person_reach_of_ = person_.sentence;
  person_reach_ = kPronounReach;
  // Another person named between, in a run of the first reading (a quotation's too), keeps the reach short.
  const size_t from = sentences_[person_.sentence].end, to = sentences_[now].begin;
  auto run = std::lower_bound(runs_.begin(), runs_.end(), from,
                              [](const NameRun& r, size_t at) { return r.words.front().begin < at; });
  const std::string& person = person_.speakers.front().mention.surface;
  for (; run != runs_.end() && run->words.front().begin < to; ++run) {
    const std::string_view name = text_.substr(run->words.front().begin, run->words.back().end - run->words.front().begin);
    const std::string fullest = names_ != nullptr ? names_->Fullest(name) : std::string(name);
    if (fullest != person && IsPersonName(name)) return kPronounReach;
  }
  return person_reach_ = kLonePersonReach;
}

const Antecedent& ClaimFinder::PersonFor(char gender, size_t now) const {
  static const Antecedent kNone;
  // The pronoun the text gives a candidate (NameIndex::GenderOf: "Ms Gallin", "chairwoman", "she"
  // after the name), else the one a pronoun last stood for them with.
  auto told = [&](const Antecedent& a) {
    const ActorMention& m = a.speakers.front().mention;
    return names_ != nullptr && m.actor_id.empty() ? names_->GenderOf(m.surface) : '\0';
  };
  auto known = [&](const Antecedent& a) {
    if (const char g = told(a)) return g;
    auto it = genders_.find(a.speakers.front().mention.surface);
    return it == genders_.end() ? '\0' : it->second;
  };
  const bool previous = previous_person_.Valid(now, kPronounReach);
  const Antecedent* chosen = &person_;
  if (person_.Valid(now, PersonReach(now))) {
    const char last = known(person_);
    if (last == '\0') {
      // "Clara Penrose … a host, David Dunmore, quoted them back to her. \"…,\" she said": the one
      // the text calls "she" over the one it gives no pronoun, unless that one just spoke ("Jane
      // Reid, an analyst, said … \"…,\" she added").
      const bool spoke = !last_speakers_.empty() && last_claim_sentence_ + 1 >= now &&
                         last_speakers_.front().mention.surface == person_.speakers.front().mention.surface;
      if (previous && told(previous_person_) == gender && !spoke) chosen = &previous_person_;
    } else if (last != gender) {
      if (previous && (known(previous_person_) == '\0' || known(previous_person_) == gender)) chosen = &previous_person_;
      else if (told(person_) != '\0') return kNone;  // the text says the pronoun is not theirs
    }
  }
  if (chosen->Valid(now, chosen == &person_ ? PersonReach(now) : kPronounReach) && told(*chosen) == '\0') {
    genders_[chosen->speakers.front().mention.surface] = gender;
  }
  return *chosen;
}

// Where a news outlet's description before the name at token i starts ("the official Xinhua",
// "state broadcaster CCTV"), or i.
size_t SentenceReader::OutletDescriptionStart(size_t i) const {
  static const WordSet kMedia = {"official", "state", "state-run", "state-owned", "government-run",
                                 "broadcaster", "newspaper", "daily", "tabloid", "agency",
                                 "news", "media", "outlet", "website", "magazine", "public",
                                 "national", "regional", "local", "wire"};
  size_t j = i;
  while (j > 0 && T(j - 1).word && !IsCapitalized(text_, T(j - 1)) && kMedia.count(W(j - 1)) != 0) --j;
  // "the Russian news agency Interfax", "the Ostland news agency Tarpress": a nationality or a place
  // before the description.
  if (j < i && j > 0 && T(j - 1).word && IsCapitalized(text_, T(j - 1)) &&
      (IsPluralOfPeopleWord(W(j - 1)) || (j >= 2 && IsWord(j - 2, "the") && !MentionAt(j - 1)))) {
    --j;
  }
  if (j < i && j > 0 && IsWord(j - 1, "the")) --j;
  return j;
}

// Whether an organisation's head word follows the capitalised title at token k in the same run of
// capitalised words ("Retail Investor Council": "Investor" is no officer's title there).
bool SentenceReader::HeadAfter(size_t k) const {
  for (size_t j = k + 1; j < n() && (IsNameWord(j) || IsWord(j, "of") || IsWord(j, "for")); ++j) {
    if (IsOrganizationHead(text_.substr(T(j).begin, T(j).end - T(j).begin))) return true;
  }
  return false;
}

namespace {
// An adjective of how a person looks or feels, by its ending ("delighted", "ecstatic", "jubilant",
// "emotional", "tearful", "furious", "defiant", "combative", "beaming", "bullish"), lowercase.
bool IsMoodAdjective(std::string_view lower) {
  static constexpr std::string_view kEndings[] = {"ed", "ic", "ful", "ous", "ant", "ent", "ive", "al", "ing", "ish"};
  return lower.size() > 4 && std::any_of(std::begin(kEndings), std::end(kEndings), [&](std::string_view e) {
           return lower.compare(lower.size() - e.size(), e.size(), e) == 0;
         });
}
}  // namespace

size_t SentenceReader::PortfolioOf(size_t i) const {
  size_t j = i;
  while (j > 0 && j + 5 > i && T(j - 1).word && IsCapitalized(text_, T(j - 1)) && IsPortfolioWord(W(j - 1))) --j;
  if (j < i && j > 0 && IsWord(j - 1, "the")) --j;
  // "Minister of Economy", "Shadow Minister for Health", "Commissioner for Trade".
  return j < i && j >= 2 && (IsWord(j - 1, "of") || IsWord(j - 1, "for")) && (IsTitle(W(j - 2)) || IsRoleWord(W(j - 2))) ? j - 1 : i;
}

// Whether token k is a word whose last part after a hyphen is in lowercase ("Hills-based",
// "state-owned"): it describes what follows, a place's capitalised word before it too ("Arden
// Hills-based packaging maker X said").
bool SentenceReader::JoinedDescriptorAt(size_t k) const {
  if (k >= n() || !T(k).word) return false;
  const std::string_view word = text_.substr(T(k).begin, T(k).end - T(k).begin);
  const size_t hyphen = word.rfind('-');
  return hyphen != std::string_view::npos && hyphen + 1 < word.size() && word[hyphen + 1] >= 'a' && word[hyphen + 1] <= 'z';
}

bool SentenceReader::IsSubjectPosition(size_t i) const {
  if (i == 0) return true;
  const Token& before = T(i - 1);
  if (before.word && before.end == T(i).begin && !IsWord(i - 1, "'s")) return true;  // a page's run-together text
  if (!before.word) {
    const std::string_view p = text_.substr(before.begin, before.end - before.begin);
    // "Dr. Jane Doe": a title's abbreviation, as a title.
    // "State Sen. Ora Blaine": with the capitalised words before it.
    if (p == "." && i >= 2 && T(i - 2).word && T(i - 2).end == before.begin && IsTitle(W(i - 2))) {
      size_t j = i - 2;
      while (j > 0 && j + 5 > i && T(j - 1).word && IsCapitalized(text_, T(j - 1)) && MentionAt(j - 1) == nullptr) --j;
      return IsSubjectPosition(j);
    }
    // "U.S. Senator Ana Ruiz": a country's dotted letters before the name, as a word before it.
    for (size_t letters = 4; p == "." && letters <= 6 && letters <= i; letters += 2) {
      if (LettersEnd(i - letters) == i) return IsSubjectPosition(i - letters);
    }
    // ("the benchmark rate (Selic) to 13.25%": a name alone in brackets after a lowercase word names
    // that thing; "the rate (Harlow said …)" is an attribution.)
    const bool alias = p == "(" && i >= 2 && T(i - 2).word && !IsCapitalized(text_, T(i - 2)) && NameAloneInBrackets(i);
    return p == "," || p == ":" || p == ";" || (p == "(" && !alias) || p == "-" || IsDash(text_, before) ||
           IsQuote(text_, before) || p == "\xe2\x80\xa2" || (p == "*" && i == 1) || p == "\xef\xbc\x9a" || p == "\xef\xbc\x8c";  // bullets: • *
  }
  // "the Westmark Herald reports": the article opens the subject.
  if (IsWord(i - 1, "the")) return IsSubjectPosition(i - 1);
  if (const size_t j = OutletDescriptionStart(i); j < i) return IsSubjectPosition(j);
  // "A delighted Starmer said", "An emotional Nadal": a sentence opening with an article and an
  // adjective of mood before a name, known by its ending ("a senior Conservative official", "a
  // promise I doubt" are none).
  if (i == 2 && (IsWord(0, "a") || IsWord(0, "an")) && T(1).word && !IsCapitalized(text_, T(1)) && !IsWord(i, "i") &&
      IsMoodAdjective(W(1))) {
    return true;
  }
  // "10:42 The Environment Agency said", "10:42 BST:": a live post's time stamp opens the sentence.
  bool stamp = i <= 6;
  for (size_t j = 0; j < i && stamp; ++j) {
    const LowerWord w = W(j);
    stamp = (T(j).word && !w.empty() && (std::isdigit(static_cast<unsigned char>(w[0])) || w == "am" || w == "pm" || w == "bst" ||
                                         w == "gmt" || w == "cet" || w == "et" || w == "utc" || w == "the")) ||
            Is(j, ":") || Is(j, ".");
  }
  if (stamp && i > 0 && std::isdigit(static_cast<unsigned char>(W(0)[0]))) return true;
  // "German carmaker Volkswagen said", "Top world oil exporter Saudi Arabia said": a description
  // opening the sentence, a few plain words ending in a lowercase noun; also after an opening
  // phrase's comma ("Speaking to reporters, county health officer Alan Merrick said").
  size_t opens = 0;
  for (size_t j = i; j > 0 && j + 7 > i; --j) {
    if (Is(j - 1, ",")) {
      opens = j;
      break;
    }
  }
  // After an opening phrase, a description with its article ("On Monday, the regulator Ofgem said")
  // or ending in an organisation's noun ("…, research firm Parametrix estimates.").
  const auto role_before = [&] {
    return IsRoleWord(W(i - 1)) || IsPersonNoun(W(i - 1)) || IsTitle(W(i - 1)) || IsOrganizationNoun(W(i - 1)) ||
           (opens > 0 && IsWord(opens, "the"));
  };
  if (i - opens <= 6 && T(i - 1).word && !IsCapitalized(text_, T(i - 1)) && !IsWord(i - 1, "'s") && (opens == 0 || role_before())) {
    static const WordSet kFunction = {"in", "of", "at", "on", "for", "with", "to", "by", "from",
                                      "and", "or", "but", "after", "before", "as", "than", "that",
                                      "which", "who", "when", "while", "if", "is", "was", "are",
                                      "were", "has", "have", "had", "will", "would", "not", "into",
                                      "whether", "about", "how", "what", "why", "where", "like"};
    const LowerWord noun = W(i - 1);
    bool description = noun.size() > 2 && noun.compare(noun.size() - 2, 2, "ed") != 0 && noun.compare(noun.size() - 2, 2, "ly") != 0 &&
                       noun.find("-year-old") == std::string::npos;  // "the 22-year-old Spaniard": Role's
    for (size_t j = opens; j < i && description; ++j) {
      const bool stop = !T(j).word && (Is(j, ".") || Is(j, "-")) && j > opens;  // "U.S.", "state-owned"
      // "Plaintiffs' attorney Schultz": a plural's possessive mark.
      const bool plural_mark = (Is(j, "'") || Is(j, "\xe2\x80\x99")) && j > opens && T(j - 1).word && W(j - 1).back() == 's';
      // ("Kesara's state oil company": after an owner or article, "state" is no verb.)
      const bool determined = j > 0 && (IsWord(j - 1, "'s") || IsWord(j - 1, "the") || IsWord(j - 1, "a"));
      description = (T(j).word || stop || plural_mark) && kFunction.count(W(j)) == 0 &&
                    (determined || (!ReportingVerbAt(text_, tokens_, j) && !FiniteReportingVerb(W(j)))) &&
                    !MentionAt(j) && (j == 0 || !IsCapitalized(text_, T(j)) || Is(j - 1, ".") || JoinedDescriptorAt(j) ||
                                      (j + 1 < i && JoinedDescriptorAt(j + 1)));
    }
    if (description) return true;
  }
  // "Acme's Jane Doe": the owner only qualifies the name.
  // "The club's chairman Sharon Brittan said": an organisation's noun as the owner, after "the".
  if (IsWord(i - 1, "'s")) {
    return i >= 2 && (IsCapitalized(text_, T(i - 2)) ||
                      (i >= 3 && IsOrganizationNoun(W(i - 2)) && IsWord(i - 3, "the") && IsSubjectPosition(i - 3)));
  }
  // "…, Harbourside sporting director Ed Carrick said": a role phrase after a comma.
  if (const size_t role = RoleStart(i); role < i && role > 0 && Is(role - 1, ",")) return true;
  // "Acme CEO Jane Doe", "Senator Jane Doe": titles and the organisation's name before a name.
  // "Bank of England policymakers Megan Greene, Clare Lombardelli and Huw Pill": a plural role
  // before a list of names.
  const bool plural_role = T(i - 1).word && !IsCapitalized(text_, T(i - 1)) && W(i - 1).back() == 's' && IsPluralOfPeopleWord(W(i - 1));
  // "Democrat Ellen Marsh", "Zurich-based Larch Capital", "Mexican Luis Ferraro": a party, joined
  // descriptor or nationality, as a title.
  if (IsTitle(W(i - 1)) || IsRoleWord(W(i - 1)) || plural_role ||
      (IsCapitalized(text_, T(i - 1)) && (IsDescriptorBeforeName(W(i - 1)) || IsNationality(W(i - 1))))) {
    size_t j = i - 1;
    // "Bank of Kandara chief economist Ravi Das": the organisation's name, with its "of", too;
    // "Leader of the Opposition Sir Keir Starmer": a title's portfolio, with its "of the";
    // "Assistant U.S. Attorney Jay Rann": a country's dotted letters; "council member Bill Spelman":
    // the body's lowercase noun right before the role.
    while (j > 0 && j + 9 > i) {
      if (IsTitle(W(j - 1)) || IsRoleWord(W(j - 1)) || (IsCapitalized(text_, T(j - 1)) && T(j - 1).word) ||
          (IsWord(j - 1, "of") && j >= 2 && IsCapitalized(text_, T(j - 2))) ||
          (IsWord(j - 1, "the") && j >= 3 && IsWord(j - 2, "of") && IsCapitalized(text_, T(j - 3)) && IsCapitalized(text_, T(j))) ||
          (j + 1 == i && T(j - 1).word && IsOrganizationNoun(W(j - 1))) ||
          ((IsWord(j - 1, "and") || Is(j - 1, "&")) && j >= 2 && IsCapitalized(text_, T(j - 2)) && IsCapitalized(text_, T(j)))) {
        --j;  // ("Moore Insights and Strategy analyst Pat Moor": an "and" inside the owner's name.)
      } else if (j >= 4 && Is(j - 1, ".") && LettersEnd(j - 4) == j) {
        j -= 4;
      } else if (j >= 4 && Is(j - 1, ")") && Is(j - 3, "(") && IsLettersOfBody(text_.substr(T(j - 2).begin, T(j - 2).end - T(j - 2).begin)) &&
                 IsCapitalized(text_, T(j - 4))) {
        j -= 3;  // "Social Democratic Party (SDE) leader Lauri Läänemets": the owner's letters aside
      } else {
        break;
      }
    }
    return IsSubjectPosition(j);
  }
  // "Vice Minister of Commerce Li Jianguo": a title's portfolio before the name.
  // (A capitalised title: "the chief executive of Harbor Power" is an officer of an organisation.)
  // "Minister for Foreign Affairs Ana Ruiz": the portfolio's words between, as PortfolioOf reads them.
  const bool portfolio = i >= 2 && IsWord(i - 1, "of") && IsTitle(W(i - 2)) && IsCapitalized(text_, T(i - 2));
  // ("Chief of Staff Marta Lind": one capitalised word after a title's "of" is its portfolio too.)
  const bool one_word = i >= 3 && IsCapitalized(text_, T(i - 1)) && IsWord(i - 2, "of") && IsTitle(W(i - 3));
  const size_t portfolio_of = portfolio ? i : one_word ? i - 2 : PortfolioOf(i);
  const bool after_portfolio = portfolio_of < i && IsCapitalized(text_, T(portfolio_of - 1));
  if (portfolio || after_portfolio) {
    size_t j = portfolio ? i - 2 : portfolio_of - 1;
    while (j > 0 && (TitleOrJoinedAt(j - 1) || (T(j - 1).word && IsCapitalized(text_, T(j - 1))))) --j;
    // "Mara Velt, President of the Orland Bank, said": in an apposition to a name, closed by its
    // comma or by the verb when the writer left the comma out, the organisation is only the role's;
    // the name speaks ("In Tervel, Minister of Commerce Li Jianguo said": a name after the portfolio).
    const size_t organisation = IsWord(i, "the") ? i + 1 : i;
    const size_t organisation_end = MentionAt(organisation) ? MentionEnd(organisation) : NameEnd(organisation);
    // (The name before the apposition's comma, not an opening "In Tervel,".)
    const auto name_before = [&] {
      size_t named = j - 2;
      while (named > 0 && T(named - 1).word && IsCapitalized(text_, T(named - 1))) --named;
      return !IsCommonCapitalizedWord(W(named)) && (named == 0 || !T(named - 1).word || !IsPreposition(W(named - 1)));
    };
    if (portfolio && j >= 2 && Is(j - 1, ",") && T(j - 2).word && IsCapitalized(text_, T(j - 2)) &&
        (Is(organisation_end, ",") || (ReportingVerbAt(text_, tokens_, organisation_end) && name_before()))) {
      return false;
    }
    return IsSubjectPosition(j);
  }
  return OpensClause(W(i - 1));
}

// The token after the stop of a generational suffix that ends a name at token k ("Mabry Jr., the
// health secretary"), or k; not a stop that ends the text.
size_t SentenceReader::AfterSuffixStop(size_t k) const {
  return k > 0 && Is(k, ".") && k + 1 < n() && T(k - 1).word && IsGenerationalSuffix(W(k - 1)) ? k + 1 : k;
}

// A run of speakers from token i: "Cuban", "Cuban and Andreessen", "Auyon Siddiq and Niuniu Zhang
// (UCLA Anderson)". Returns the token after it (after a parenthesis that follows), or i.
size_t SentenceReader::Group(size_t i, std::vector<Speaker>* speakers) const {
  const ActorMention* m = MentionAt(i);
  if (m == nullptr) return i;
  speakers->push_back(f_.SpeakerOf(*m));
  size_t k = MentionEnd(i);
  if (Is(k, "+") && T(k).begin == T(k - 1).end) ++k;  // "OPEC+ said": the group of a name and its allies
  // "Cuban, Andreessen and Sacks" (an Oxford comma too); "the Committee, Mann said" is no list.
  auto listed_with_and = [&](size_t at) {
    while (Is(at, ",") && MentionAt(at + 1) != nullptr) at = MentionEnd(at + 1);
    if (Is(at, ",")) ++at;
    return IsWord(at, "and");
  };
  while (IsWord(k, "and") || (Is(k, ",") && listed_with_and(k))) {
    size_t next = Is(k, ",") && IsWord(k + 1, "and") ? k + 2 : k + 1;
    if (IsWord(next, "the") && MentionAt(next + 1) != nullptr) ++next;  // "Reuters and The Wall Street Journal"
    if (MentionAt(next) == nullptr || Is(MentionEnd(next), "'s") || IsWord(MentionEnd(next), "'s")) break;
    speakers->push_back(f_.SpeakerOf(*MentionAt(next)));
    k = MentionEnd(next);
  }
  k = AfterSuffixStop(k);
  k = AfterPostNominals(text_, tokens_, k);
  if (Is(k, "(")) {  // an affiliation in parentheses
    size_t close = k + 1;
    while (close < n() && close < k + 8 && !Is(close, ")")) ++close;
    if (Is(close, ")")) k = close + 1;
  }
  return k;
}

// A speaker starting at token i, and where it is ("Police in Lagos said", "The U.S. Embassy in Kyiv
// said", "The National Hurricane Center in Miami said"): *after is the token after the place.
bool SentenceReader::SpeakerAt(size_t i, std::vector<Speaker>* speakers, size_t* after) const {
  if (!SpeakerBeforePlaceAt(i, speakers, after)) return false;
  *after = AfterPlace(*after);
  return true;
}

bool SentenceReader::MayOpenSpeaker(size_t i) const {
  if (i >= n()) return false;
  if (MentionAt(i) != nullptr || IsNameWord(i) || MayOpenPronoun(i)) return true;  // mentions, UnknownName, Pronoun ("the" too)
  return (Classes(i) & kWordAnonymousStart) != 0 || IsWord(i, "its") || IsWord(i, "their");  // AnonymousEnd, DocumentIssuer
}

bool SentenceReader::MayOpenPronoun(size_t i) const {
  return index_ == 0 || (Classes(i) & (kWordPronounStart | kWordOrganizationNoun | kWordBodyWord)) != 0 ||
         (Classes(i + 1) & kWordBodyWord) != 0 || (Is(i + 1, ".") && LettersEnd(i) > i);
}

// The token after "in" and a place's name at token k when a reporting verb follows them, or k
// (not a month: "Acme in March said" is Acme's when).
size_t SentenceReader::AfterPlace(size_t k) const {
  if (!IsWord(k, "in") || k + 2 >= n() || !IsNameWord(k + 1) || IsMonthName(W(k + 1))) return k;
  size_t end = MentionAt(k + 1) ? MentionEnd(k + 1) : NameEnd(k + 1);
  // ("in Marrow County", "Marrow" a mention short for the Marrow County Emergency Office.)
  if (end > k + 1 && end < n() && IsNameWord(end) && !MentionAt(end)) end = NameEnd(end);
  return end > k + 1 && ReportingVerbAt(text_, tokens_, end) ? end : k;
}

// A speaker starting at token i: a run of gazetteer (or discovered) mentions, a pronoun or
// description, an unnamed source, or an unknown name.
bool SentenceReader::SpeakerBeforePlaceAt(size_t i, std::vector<Speaker>* speakers, size_t* after) const {
  if (i >= n()) return false;
  // ("the Bundesliga club": the qualifier of a description read from its article.)
  if (size_t skipped; i > 0 && IsWord(i - 1, "the") && IsCapitalized(text_, T(i)) && QualifiedOrganisation(i - 1, &skipped)) return false;
  if (MentionAt(i)) {
    // "The US officials said": the description read from its article, not "US" within it ("The US
    // Department of Energy said" is a name).
    if (i > 0 && IsWord(i - 1, "the") && LettersEnd(i) > i && MayDescribeBody(i - 1) && !IsCapitalized(text_, T(LettersEnd(i)))) return false;
    // "Oregon health officials say", "Oregon" short for the Oregon Health Authority: the body described.
    if (MentionEnd(i) == i + 1 && MayDescribeBody(i)) {
      if (auto described = DescribedBody(i, after)) {
        *speakers = *described;
        return true;
      }
    }
    *after = Group(i, speakers);
    return true;
  }
  if (auto pronoun = Pronoun(i, after)) {
    *speakers = *pronoun;
    return true;
  }
  if (auto document = DocumentIssuer(i, after)) {  // claim_patterns.cc: "the report said"
    *speakers = *document;
    return true;
  }
  if (auto end = AnonymousEnd(i, true)) {
    speakers->push_back({{"", std::string(kAnonymousSpeaker), {T(i).begin, T(*end - 1).end}}, ActorKind::kGroup});
    *after = *end;
    return true;
  }
  if (IsWord(i, "the") && i + 1 < n() && IsCapitalized(text_, T(i + 1)) && MemberLettersAfter(i) == 0) return SpeakerAt(i + 1, speakers, after);
  return UnknownName(i, speakers, after);
}

// The name in apposition after a description that follows a reporting verb at token k ("says its
// maker, Corvane Bio.", "said the company, Harlow Foods,", "says its chief negotiator, Tomas
// Brandt."): the token where the name starts, or k. The description is a determiner or possessive
// and up to three lowercase words.
size_t SentenceReader::AppositiveNameAfter(size_t k) const {
  static const WordSet kOpeners = {"its", "his", "her", "their", "the", "a", "an"};
  // "said Congo's Health Minister, Samuel Kamba,", "warned the agency's Director-General, Jean
  // Kaseya,": a possessor's office, capitalised as titles are, ending in a person's noun.
  size_t owner = k;
  while (owner < n() && owner < k + 4 && T(owner).word && !IsWord(owner, "'s")) ++owner;
  if (owner > k && IsWord(owner, "'s")) {
    size_t comma = owner + 1;
    while (comma < n() && comma < owner + 5 && (T(comma).word || Is(comma, "-"))) ++comma;
    // ("Director-General": the noun that ends the compound.)
    const std::string_view last = comma > owner + 1 && T(comma - 1).word ? W(comma - 1).substr(W(comma - 1).rfind('-') + 1) : std::string_view();
    const bool office = !last.empty() && (IsPersonNoun(last) || IsTitle(last));
    return office && Is(comma, ",") && comma + 1 < n() && IsNameWord(comma + 1) ? comma + 1 : k;
  }
  if (k >= n() || kOpeners.count(W(k)) == 0) return k;
  size_t comma = k + 1;
  while (comma < n() && comma < k + 5 && T(comma).word && !IsCapitalized(text_, T(comma))) ++comma;
  if (comma == k + 1 || !Is(comma, ",") || comma + 1 >= n() || !IsNameWord(comma + 1)) return k;
  return comma + 1;
}

// Whether the sentence opens with a description of the person named at token i, in apposition
// before the name ("Its chair, Mara Denholm, said", "The club's captain, Ida Berg, told"): a
// determiner or possessive, up to three lowercase words ending in a role or a person's noun, a comma.
bool SentenceReader::DescribedBeforeName(size_t i) const {
  static const WordSet kOpeners = {"its", "his", "her", "their", "the", "a", "an"};
  if (i < 3 || i > 6 || !Is(i - 1, ",") || kOpeners.count(W(0)) == 0) return false;
  size_t k = 1;
  if (IsWord(k + 1, "'s") && T(k).word) k += 2;  // "The club's captain"
  for (; k + 1 < i; ++k) {
    if (!T(k).word || IsCapitalized(text_, T(k))) return false;
  }
  const LowerWord role = W(i - 2);
  return IsPersonNoun(role) || IsRoleWord(role) || IsSpokesperson(role);
}

// Where the body's name starts after an unnamed officer that follows a reporting verb at token k
// ("said a spokesman for Harlow Foods", "say officials at the Utah Department of Health", "said
// analysts at Brill Capital"), or k: the officer speaks for the body.
size_t SentenceReader::OfficerBodyAfter(size_t k) const {
  size_t j = IsWord(k, "a") || IsWord(k, "an") || IsWord(k, "the") ? k + 1 : k;
  for (size_t words = 0; words < 2 && j < n() && T(j).word && !IsCapitalized(text_, T(j)) && !IsSpokesperson(W(j)); ++words) ++j;  // "a senior"
  if (j >= n() || !T(j).word || IsCapitalized(text_, T(j)) || !IsSpokesperson(W(j))) return k;
  ++j;
  if (!IsWord(j, "for") && !IsWord(j, "at") && !IsWord(j, "of") && !IsWord(j, "from") && !IsWord(j, "with")) return k;
  ++j;
  if (IsWord(j, "the")) ++j;
  return j < n() && IsNameWord(j) ? j : k;
}

// Where the letters of a member of a parliament ("MP", "MEP", "MSP", "MLA") stand after "the" at
// token i, with up to two capitalised words between ("the MP", "the Stourbridge MP", "the Labour
// MEP") and no name after them, or 0: a role phrase for the person named last, never a name ("the
// Devizes MP" is no "Devizes").
size_t SentenceReader::MemberLettersAfter(size_t i) const {
  if (!IsWord(i, "the")) return 0;
  for (size_t j = i + 1; j < n() && j <= i + 3 && T(j).word && IsCapitalized(text_, T(j)); ++j) {
    const std::string_view word = text_.substr(T(j).begin, T(j).end - T(j).begin);
    // Not "the Labour MP Jane Doe": the name after the letters speaks.
    if (word == "MP" || word == "MEP" || word == "MSP" || word == "MLA") return IsNameWord(j + 1) ? 0 : j;
  }
  return 0;
}

// The end of the name that starts at token i: up to four capitalised words, with the joiners of a
// name between them ("Baxter & Lowe", "University of Tolland", "Ursula von Lind").
size_t SentenceReader::NameEnd(size_t i) const {
  size_t end = i, words = 0;
  // A person's name has up to four words; an organisation's joined by "of" or "for" up to six
  // ("Texas Department of State Health Services").
  bool joined = false;
  while (end < n() && words < (joined ? 6u : 4u) && IsNameWord(end) && !MentionAt(end) &&
         !(words > 0 && IsPostNominal(text_.substr(T(end).begin, T(end).end - T(end).begin)))) {
    ++end;
    ++words;
    // "John W. Combs": a middle initial; "K. Ramanathan": a first one.
    if (T(end - 1).end - T(end - 1).begin == 1 && Is(end, ".") && IsCapitalized(text_, T(std::min(end + 1, n() - 1))) && end + 1 < n()) {
      ++end;
      continue;
    }
    // "University of Tolland", "Office for National Statistics": after an organisation's head.
    const bool of = (IsWord(end, "of") || IsWord(end, "for")) &&
                    IsOrganizationHead(text_.substr(T(end - 1).begin, T(end - 1).end - T(end - 1).begin));
    // "Organization of the Petroleum Exporting Countries", "Bank of the Philippine Islands".
    if (IsWord(end, "of") && IsWord(end + 1, "the") && end + 2 < n() && IsCapitalized(text_, T(end + 2)) &&
        IsOrganizationHead(text_.substr(T(end - 1).begin, T(end - 1).end - T(end - 1).begin))) {
      end += 2;
      continue;
    }
    // "St Aldric's Hospital": a possessive inside an organisation's name.
    if (IsWord(end, "'s") && end + 1 < n() &&
        IsPossessiveInName(text_.substr(T(i).begin, T(i).end - T(i).begin), text_.substr(T(end - 1).begin, T(end - 1).end - T(end - 1).begin),
                           text_.substr(T(end + 1).begin, T(end + 1).end - T(end + 1).begin))) {
      ++end;
      continue;
    }
    const bool particle = end < n() && T(end).word && !IsCapitalized(text_, T(end)) && IsNameParticle(W(end));  // "Faisal bin Karim"
    if ((Is(end, "&") || of || particle) && end + 1 < n() && IsCapitalized(text_, T(end + 1))) {
      joined |= of;
      ++end;
    }
  }
  // "Central Utah Public Health Department": a body's name of five or six words ends with its head.
  if (words == 4 && !joined) {
    size_t more = end;
    while (more < n() && more < end + 2 && IsNameWord(more) && !MentionAt(more)) ++more;
    for (size_t last = more; last > end; --last) {
      if (IsOrganizationHead(text_.substr(T(last - 1).begin, T(last - 1).end - T(last - 1).begin))) {
        end = last;
        break;
      }
    }
  }
  if (words > 0 && Is(end, ".")) end = DomainEnd(end);  // "NJ.com"
  // "Robert F. Kennedy, Jr.": a generational suffix after a comma is the name's last word.
  if (words >= 2 && Is(end, ",") && end + 1 < n() && IsGenerationalSuffix(W(end + 1)) && IsCapitalized(text_, T(end + 1))) end += 2;
  return end;
}

// An unknown name (a candidate) at token i, or several joined by "and" ("the Times and CNBC").
// A lone word must look like a name (MayBeName); at the start of a sentence it is taken only when
// it may be one.
// Whether token k is an organisation's noun capitalised alone after "the" ("The Bank said", "the
// Company's statement"): the organisation named before, as "the bank" is, never a name of its own
// ("Bank"); not the head of a name ("the Bank of Kandara", "the Union Pacific").
bool SentenceReader::CapitalisedOrganisationNoun(size_t k) const {
  return k > 0 && k < n() && IsWord(k - 1, "the") && T(k).word && IsCapitalized(text_, T(k)) && IsOrganizationNoun(W(k)) &&
         !IsNameWord(k + 1) && !IsWord(k + 1, "of");
}

// The token of an organisation's lowercase noun after "the" at token i and up to three capitalised
// words that qualify it, before a verb ("the Bundesliga club said", "The Swiss bank added"), or 0.
size_t SentenceReader::QualifiedOrganisationNoun(size_t i) const {
  if (!IsWord(i, "the")) return 0;
  size_t q = i + 1;
  while (q < n() && q < i + 4 && T(q).word && IsCapitalized(text_, T(q)) && !IsOrganizationNoun(W(q))) ++q;
  if (q == i + 1 || q + 1 >= n() || !T(q).word || IsCapitalized(text_, T(q)) || !IsOrganizationNoun(W(q))) return 0;
  return ReportingVerbAt(text_, tokens_, q + 1) || IsAuxiliaryOrAdverb(W(q + 1)) ? q : 0;
}

// "the Bundesliga club said", "the Swiss bank added": a name qualifying an organisation's lowercase
// noun describes the organisation named before (OrganisationFor); it names no speaker of its own
// ("Bundesliga"). With none named before, the name itself may speak ("the Acme board said").
std::optional<std::vector<Speaker>> SentenceReader::QualifiedOrganisation(size_t i, size_t* after) const {
  const size_t noun = QualifiedOrganisationNoun(i);
  if (noun == 0) return std::nullopt;
  auto speakers = OrganisationFor(noun, {T(i).begin, T(noun).end});
  if (speakers) *after = noun + 1;
  return speakers;
}

bool SentenceReader::UnknownName(size_t i, std::vector<Speaker>* speakers, size_t* after) const {
  if (i >= n() || !IsNameWord(i) || IsUnspaced(text_, T(i))) return false;
  // "The Stourbridge MP said": a constituency before the letters, no name.
  for (size_t j = i; j > 0 && j + 3 > i; --j) {
    if (IsWord(j - 1, "the") && MemberLettersAfter(j - 1) >= i) return false;
  }
  // "OPEC-member states", "Kremlin-backed", "US-led": a word whose last part after a hyphen is in
  // lowercase describes what follows; it names no one.
  auto describes = [&](size_t at) {
    const std::string_view word = text_.substr(T(at).begin, T(at).end - T(at).begin);
    const size_t hyphen = word.rfind('-');
    return hyphen != std::string_view::npos && hyphen + 1 < word.size() && word[hyphen + 1] >= 'a' && word[hyphen + 1] <= 'z';
  };
  auto name_at = [&](size_t at, size_t* end) {
    if (at >= n() || !IsNameWord(at) || IsUnspaced(text_, T(at)) || MentionAt(at)) return false;
    const LowerWord w = W(at);
    // ("The WHO said": an acronym, though "who" is a common word; not in a line written in capitals.)
    const bool acronym = IsAcronymOfWord(text_.substr(T(at).begin, T(at).end - T(at).begin)) &&
                         !(at + 1 < n() && IsAcronymOfWord(text_.substr(T(at + 1).begin, T(at + 1).end - T(at + 1).begin)));
    // ("Gen added" after "Maria Gen said": a surname that spoke, though it is also a title.)
    const bool surname = IsSurnameRoleWord(w) && !Is(at + 1, ".") && !IsNameWord(at + 1) &&
                         f_.candidate_surnames_.count(text_.substr(T(at).begin, T(at).end - T(at).begin)) != 0;
    if ((IsCommonCapitalizedWord(w) && !acronym) || w.find('\'') != std::string::npos || ((IsTitle(w) || IsRoleWord(w)) && !surname)) {
      return false;
    }
    if (IsPostNominal(text_.substr(T(at).begin, T(at).end - T(at).begin))) return false;  // the "MD" of "Gib Morrow, MD"
    // "The Bank said", "the Club": an organisation's noun capitalised alone describes (Pronoun).
    if (CapitalisedOrganisationNoun(at)) return false;
    if (describes(at)) return false;
    // "Rep. Greg Walden, R-Hood River,": a party and state, not a name.
    if (w.size() > 2 && (w[0] == 'r' || w[0] == 'd' || w[0] == 'i') && w[1] == '-') return false;
    *end = NameEnd(at);
    // "Minister of Health Kellie Sloane", "Minister for Foreign Affairs Ana Ruiz": the portfolio is
    // the title's, and the name starts after it.
    if (at > 0 && (IsWord(at - 1, "of") || IsWord(at - 1, "for") || IsWord(at - 1, "the"))) {
      for (size_t k = at + 1; k < *end; ++k) {
        if (PortfolioOf(k) < at) return false;
      }
    }
    if (Is(*end, "+") && T(*end).begin == T(*end - 1).end) ++*end;  // "OPEC+": the sign is part of the name
    // "White House Chief of Staff Andrew Card": a run that ends in a role is the role's owner, not a
    // name; "Martin King", "Sarah Bishop": a first name and a surname that is a role word are one.
    // (Not a title's abbreviation before its stop and a name: "State Sen. Lucia Castellano".)
    const bool title_stop = Is(*end, ".") && *end + 1 < n() && IsCapitalized(text_, T(*end + 1));
    const bool surname_role = *end - at == 2 && IsSurnameRoleWord(W(at + 1)) && !title_stop &&
                              f_.IsPersonName(text_.substr(T(at).begin, T(at + 1).end - T(at).begin)) &&
                              f_.MayBeName(text_.substr(T(at).begin, T(at).end - T(at).begin));
    // ("Metro Water District": a title's word that is an organisation's head ends its name.)
    if (*end - at > 1 && (IsTitle(W(*end - 1)) || IsRoleWord(W(*end - 1))) && !surname_role &&
        !IsOrganizationHead(text_.substr(T(*end - 1).begin, T(*end - 1).end - T(*end - 1).begin))) {
      return false;
    }
    // "Bank of England Governor Andrew Bailey": the name is the one after the title, not a run across it.
    for (size_t k = at + 1; k + 1 < *end; ++k) {
      if (IsTitle(W(k)) && IsCapitalized(text_, T(k)) && !HeadAfter(k)) return false;
    }
    if (*end - at == 1) {
      const std::string_view word = text_.substr(T(at).begin, T(at).end - T(at).begin);
      // ("Summers said", "Albanese said" after "Larry Summers", "Anthony Albanese": the surname of a
      // person named in full, though it ends as a plural or a demonym does; not "the Portuguese".)
      if (f_.candidate_surnames_.count(word) == 0 && !f_.MayBeName(word) &&
          !(!IsWord(at - 1, "the") && f_.MayBeName(word, true) && f_.IsPersonName(word))) {
        return false;
      }
      if (IsAnonymousCount(w)) return false;  // "Four states -- …": a count opening its sentence names no one
      // "Speaking at the press conference, Cooper …", "Addressing the rally, …": a participle opening
      // its phrase before a preposition or article, the phrase closed by a comma before any verb
      // ("Fleming at the club said" is a name).
      bool participle = w.size() > 5 && w.compare(w.size() - 3, 3, "ing") == 0 && at + 1 < n() && T(at + 1).word &&
                        (IsPreposition(W(at + 1)) || IsWord(at + 1, "the") || IsWord(at + 1, "a") || IsWord(at + 1, "an"));
      if (participle) {
        size_t k = at + 1;
        while (k < n() && k < at + 16 && !Is(k, ",") && !ReportingVerbAt(text_, tokens_, k)) ++k;
        participle = Is(k, ",");
      }
      if (participle) return false;
    }
    return true;
  };
  // Not the second word of a name, but after a title or role ("Coach Imre Halasz", "Superintendent
  // Michael Oduya") a name starts.
  // ("But Paul Edelstein says": a conjunction capitalised as the sentence's first word is none.)
  // Nor after a title's portfolio ("Secretary of State Ana Ruiz", "Minister of Economy Luis Caputo").
  const bool after_capital = i > 0 && IsCapitalized(text_, T(i - 1)) && !IsTitle(W(i - 1)) && !IsRoleWord(W(i - 1)) &&
                             !IsWord(i - 1, "the") && !describes(i - 1) && !(OpensClause(W(i - 1)) && (i == 1 || !T(i - 2).word)) &&
                             PortfolioOf(i) == i;
  size_t end;
  // "the U.S. Centers for Disease Control and Prevention": a country's dotted letters open the name
  // after them, as the first reading's runs hold it (CollectNames); not before a title or a role.
  const size_t letters = LettersEnd(i);
  const bool lettered = letters >= i + 4 && IsNameWord(letters) && !IsTitle(W(letters)) && !IsRoleWord(W(letters));
  if (after_capital || !name_at(lettered ? letters : i, &end)) return false;
  auto push = [&](size_t from, size_t to) {
    const ByteSpan at{T(from).begin, T(to - 1).end};
    std::string name(text_.substr(at.begin, at.end - at.begin));
    if (to - from >= 3 && Is(to - 2, ",")) name.erase(T(to - 2).begin - at.begin, 1);  // "Kennedy, Jr" is "Kennedy Jr"
    speakers->push_back({{"", std::move(name), at}, ActorKind::kPerson});
  };
  push(i, end);
  // "Megan Greene, Clare Lombardelli and Huw Pill": names listed with commas, the last after "and"
  // (an Oxford comma too); "Britain, Mann said" is no list.
  auto listed_with_and = [&](size_t at) {
    for (size_t after_name; Is(at, ",") && !IsWord(at + 1, "and") && name_at(at + 1, &after_name);) at = after_name;
    if (Is(at, ",")) ++at;
    return IsWord(at, "and");
  };
  while (IsWord(end, "and") || (Is(end, ",") && listed_with_and(end))) {
    if (Is(end, ",")) {
      if (IsWord(end + 1, "and")) ++end;  // the Oxford comma: the "and" below
      else {
        size_t next_end;
        name_at(end + 1, &next_end);
        push(end + 1, next_end);
        end = next_end;
        continue;
      }
    }
    size_t next = IsWord(end + 1, "the") ? end + 2 : end + 1, next_end;
    if (!name_at(next, &next_end)) break;
    // "Department of Health and Human Services": one organisation's name, not two.
    std::vector<std::string_view> before, after;
    for (size_t k = i; k < end; ++k) before.push_back(text_.substr(T(k).begin, T(k).end - T(k).begin));
    for (size_t k = next; k < next_end; ++k) after.push_back(text_.substr(T(k).begin, T(k).end - T(k).begin));
    if (next == end + 1 && speakers->size() == 1 && AndJoinsOneName(before, after)) {
      speakers->pop_back();
      push(i, next_end);
      end = next_end;
      continue;
    }
    push(next, next_end);
    end = next_end;
  }
  end = AfterSuffixStop(end);
  end = AfterPostNominals(text_, tokens_, end);
  // "Li Jianguo (李建国) told", "Ana Ruiz (Acme) said": the name again or an affiliation, in parentheses.
  if (Is(end, "(")) {
    size_t close = end + 1;
    while (close < n() && close < end + 8 && !Is(close, ")")) ++close;
    if (Is(close, ")")) end = close + 1;
  }
  *after = end;
  return true;
}

// An unnamed source from token i: "a person familiar with the matter", "two people briefed on the
// talks", "officials who asked not to be named", "sources". Returns the token after the phrase (the
// verb when `verb_follows`), if the phrase says its speaker is unnamed.
std::optional<size_t> SentenceReader::AnonymousEnd(size_t i, bool verb_follows) const {
  // Asked at nearly every token: most open no such phrase, answered before the phrase is read.
  if ((Classes(i) & kWordAnonymousStart) == 0) return std::nullopt;
  return AnonymousPhraseEnd(i, verb_follows);
}

std::optional<size_t> SentenceReader::AnonymousPhraseEnd(size_t i, bool verb_follows) const {
  const WordSet& kCounts = kAnonymousCounts;
  static const WordSet kUnnamed = {"familiar", "knowledge", "anonymity", "named", "identified", "briefed", "aware",
                                   "condition"};
  size_t j = i;
  if (kCounts.count(W(j)) != 0) {
    ++j;
    // "a senior official", "two OPEC+ sources", "two senior OPEC+ sources", "three Western
    // industry sources" (a sign glued to a name is part of it, and counts as no word)
    for (size_t skip = 0; j < n() && !IsAnonymousNoun(W(j)); ++j) {
      const bool glued_sign = j > i && (Is(j, "+") || Is(j, "-")) && T(j).begin == T(j - 1).end;
      if (glued_sign) continue;
      if (!T(j).word || skip == 3) break;
      ++skip;
    }
  }
  if (j >= n() || !IsAnonymousNoun(W(j))) return std::nullopt;
  bool unnamed = W(j) == "source" || W(j) == "sources" || W(j) == "insider" || W(j) == "insiders";
  size_t k = j + 1;
  for (; k < n() && k < j + 24; ++k) {
    if (kUnnamed.count(W(k)) != 0) unnamed = true;
    if (IsWord(k, "close") && IsWord(k + 1, "to")) unnamed = true;  // "a person close to the bank"
    if (IsWord(k, "who")) {  // "who asked not to be named": its verb is not the report's
      size_t end = k + 1;
      while (end < n() && end < k + 12 && kUnnamed.count(W(end)) == 0 && !IsWord(end, "publicly") && !IsWord(end, "record")) ++end;
      if (end >= n() || end >= k + 12) return std::nullopt;
      unnamed = true;
      k = end;
      continue;
    }
    if (Is(k, ",")) {
      if (!verb_follows) break;
      // ", speaking on condition of anonymity,": an aside before the verb.
      size_t close = k + 1;
      while (close < n() && close < k + 10 && !Is(close, ",")) {
        if (kUnnamed.count(W(close)) != 0) unnamed = true;  // ", who declined to be named,"
        ++close;
      }
      if (!Is(close, ",") || !unnamed) return std::nullopt;
      k = close;
      continue;
    }
    if (Is(k, ".") || Is(k, ";") || IsQuote(text_, T(k))) break;
    if (verb_follows && ReportingVerbAt(text_, tokens_, k) && !IsWord(k - 1, "be")) break;
    if (verb_follows && IsAuxiliaryOrAdverb(W(k)) && k + 1 < n() && ReportingVerbAt(text_, tokens_, k + 1)) break;
  }
  // "three delegates said, asking not to be identified", "…, speaking on condition of anonymity":
  // the request after the verb.
  if (!unnamed && verb_follows && k < n() && ReportingVerbAt(text_, tokens_, k)) {
    for (size_t j = k + 1; j + 1 < n() && !unnamed; ++j) {
      unnamed = Is(j, ",") && (IsWord(j + 1, "asking") || IsWord(j + 1, "speaking") || IsWord(j + 1, "who")) &&
                (kUnnamed.count(W(std::min(j + 5, n() - 1))) != 0 || kUnnamed.count(W(std::min(j + 4, n() - 1))) != 0 ||
                 kUnnamed.count(W(std::min(j + 3, n() - 1))) != 0 || IsWord(std::min(j + 5, n() - 1), "anonymity") ||
                 IsWord(std::min(j + 4, n() - 1), "anonymity"));
    }
  }
  // "a senior Conservative official told reporters": an official the reporter does not name, with
  // the verb right after (not "a spokesman for X", who speaks for X).
  if (!unnamed && verb_follows && j > i + 1 && k == j + 1 && k < n() && ReportingVerbAt(text_, tokens_, k) &&
      (W(j) == "official" || W(j) == "officials" || W(j) == "aide" || W(j) == "aides" || W(j) == "diplomat" || W(j) == "diplomats")) {
    for (size_t m = i + 1; m < j && !unnamed; ++m) unnamed = IsWord(m, "senior") || IsWord(m, "government") || IsWord(m, "administration");
  }
  // "one of the delegates said": one of the unnamed group just quoted.
  if (!unnamed && IsWord(i, "one") && IsWord(i + 1, "of") && f_.plural_.Valid(index_, kPronounReach) &&
      f_.plural_.speakers.front().mention.surface == kAnonymousSpeaker) {
    unnamed = true;
  }
  if (!unnamed || k >= n()) return std::nullopt;
  if (verb_follows && !ReportingVerbAt(text_, tokens_, k) && !IsAuxiliaryOrAdverb(W(k))) return std::nullopt;
  if (!verb_follows && !Is(k, ",") && !Is(k, ".")) return std::nullopt;
  return k;
}

// "I" is the source's author and "we" its outlet, outside quotations, when the metadata names them.
std::optional<std::vector<Speaker>> SentenceReader::FirstPerson(size_t i) const {
  const bool i_am = IsWord(i, "i");
  if ((!i_am && !IsWord(i, "we")) || InsideQuotation(i)) return std::nullopt;
  if (!i_am && !f_.Issuers().empty()) {  // a press release's "we" is its issuers'
    std::vector<Speaker> issuers = f_.Issuers();
    for (Speaker& s : issuers) s.mention.span = {T(i).begin, T(i).end};
    return issuers;
  }
  const std::optional<std::string>& who = i_am ? f_.source_.author : f_.source_.outlet;
  if (!who || who->empty()) return std::nullopt;
  std::string lower = Lower(*who, Token{0, who->size(), true});
  // A press release distributed by a newswire speaks for the companies it announces, not the wire.
  if (!i_am && (lower.find("newswire") != std::string::npos || lower.find("press release") != std::string::npos ||
                lower.find("business wire") != std::string::npos)) {
    return std::nullopt;
  }
  for (std::string_view desk : {"staff", "desk", "team", "editor", "reporters", "agencies", "newsroom"}) {
    if (lower.find(desk) != std::string::npos) return std::nullopt;  // a byline that is no one's name
  }
  return std::vector<Speaker>{{{"", *who, {T(i).begin, T(i).end}}, i_am ? ActorKind::kPerson : ActorKind::kOrganization}};
}

// "the mayor", "the Harbour City captain", "the SoftBank leader", "the former president": the one
// the text introduced with that role, else the person last spoken of.
std::optional<std::vector<Speaker>> SentenceReader::Role(size_t i, size_t* after) const {
  static const WordSet kModifiers = {"former", "new", "veteran", "prime", "vice", "deputy", "finance", "foreign",
                                     "health", "energy", "trade", "top", "senior", "interim", "acting", "outgoing",
                                     "incoming", "longtime", "club's", "team's", "company's", "party's", "city's",
                                     "head", "assistant", "fire", "police", "defense", "defence"};  // "the fire chief"
  if (!IsWord(i, "the")) return std::nullopt;
  size_t j = i + 1;
  // "the German said", "The Portuguese, who took over in November, said": a nationality stands for
  // the person last spoken of.
  const bool demonym = i + 1 < n() && IsCapitalized(text_, T(i + 1)) && !MentionAt(i + 1) &&
                       (IsDemonym(W(i + 1)) || (IsPluralOfPeopleWord(W(i + 1)) && W(i + 1).back() != 's')) &&
                       (i + 2 >= n() || !T(i + 2).word || ReportingVerbAt(text_, tokens_, i + 2) || IsAuxiliaryOrAdverb(W(i + 2)));
  // "the veteran said": a modifier that is also a person's noun is the noun before a verb.
  const auto noun_before_verb = [&](size_t k) {
    return IsPersonNoun(W(k)) && (ReportingVerbAt(text_, tokens_, k + 1) || IsAuxiliaryOrAdverb(W(k + 1)));
  };
  while (!demonym && j < n() && j < i + 4 && !noun_before_verb(j) &&
         (kModifiers.count(W(j)) != 0 || (IsCapitalized(text_, T(j)) && !IsPersonNoun(W(j))))) {
    j = MentionAt(j) ? MentionEnd(j) : j + 1;
  }
  // "the 58-year-old": an age stands for the person as a role noun does.
  const LowerWord noun = W(j);
  // "said the official", "The aide said", "said the spokesperson" when the text introduced one unnamed
  // ("a senior campaign official conceded …", "A spokesperson for the party said": that one, who spoke
  // there, else an unnamed source) or none at all: never the person named last, unless the text named
  // someone with that role ("Chief negotiator Ana Ruiz", "Ana Ruiz, a senior official,").
  // (A noun, not an adjective: "the official Xinhua news agency said" is Xinhua's.)
  const auto noun_alone = [&] {
    return j + 1 >= n() || (!T(j + 1).word && !(Is(j + 1, ",") && IsCapitalized(text_, T(std::min(j + 2, n() - 1))))) ||
           ReportingVerbAt(text_, tokens_, j + 1) || IsAuxiliaryOrAdverb(W(j + 1));
  };
  if (j == i + 1 && IsUnnamedSourceNoun(noun) && noun_alone() && (f_.names_ == nullptr || !f_.names_->ByRole(noun))) {
    bool named = false;
    const std::optional<size_t> introduced = UnnamedIntroduction(noun, &named);
    if (introduced || !named) {
      *after = j + 1;
      if (introduced && *introduced == f_.last_claim_sentence_ && !f_.last_speakers_.empty()) return f_.last_speakers_;
      return std::vector<Speaker>{{{"", std::string(kAnonymousSpeaker), {T(i).begin, T(j).end}}, ActorKind::kGroup}};
    }
  }
  const bool age = demonym || (noun.size() > 9 && noun.compare(noun.size() - 9, 9, "-year-old") == 0);
  if ((!IsPersonNoun(noun) && !age) || IsWord(j + 1, "of")) return std::nullopt;
  // "the 22-year-old Spaniard said", "the 31-year-old striker said": what the age describes.
  if (age && !demonym && j + 2 < n() && T(j + 1).word && !ReportingVerbAt(text_, tokens_, j + 1) &&
      (ReportingVerbAt(text_, tokens_, j + 2) || IsAuxiliaryOrAdverb(W(j + 2)))) {
    ++j;
  }
  // "The Conservative candidate, Bernard Quayle, said": the name in apposition is the speaker.
  if (Is(j + 1, ",") && j + 2 < n() && IsCapitalized(text_, T(j + 2))) return std::nullopt;
  // "said the official", "The aide said": the unnamed source the last claims were, not a named person.
  if (j == i + 1 && IsAnonymousNoun(noun) && noun.back() != 's' && !f_.last_speakers_.empty() &&
      f_.last_speakers_.front().mention.surface == kAnonymousSpeaker && f_.last_claim_sentence_ + kPronounReach >= index_) {
    *after = j + 1;
    return std::vector<Speaker>{{{"", std::string(kAnonymousSpeaker), {T(i).begin, T(j).end}}, ActorKind::kGroup}};
  }
  std::vector<Speaker> speakers;
  // "the Sunmark executive", "the Colbury manager" right after a person was named: that person,
  // whoever else the text introduced with the role.
  // Only when the sentence that first named the person writes the qualifier ("Kaito Mori, who runs …
  // at rival Sunmark", "Colbury's Niall Brennock"): "the Lib Dem leader" or "the PML-N president"
  // right after another party's man is named is no one the text has named.
  size_t qualifier = j;
  for (size_t q = i + 1; q < j && qualifier == j; ++q) {
    if (IsCapitalized(text_, T(q)) && kModifiers.count(W(q)) == 0) qualifier = q;
  }
  const bool qualified = qualifier < j;
  // "the Halvern Beverage spokesman said": the organisation's unnamed officer, who speaks for it (Pronoun).
  if (qualified && IsOfficerNoun(noun)) return std::nullopt;
  if (qualified && f_.person_.Valid(index_, 1) && FirstNamedWith(f_.person_.speakers.front(), W(qualifier))) {
    speakers = f_.person_.speakers;
  }
  if (speakers.empty() && f_.names_ != nullptr) {
    if (auto name = f_.names_->ByRole(W(j))) speakers.push_back({{"", *name, {}}, ActorKind::kPerson});
    // (The one introduced with the role, named with the qualifier too: "the Forward leader" is no
    // other party's leader.)
    if (qualified && !speakers.empty() && !FirstNamedWith(speakers.front(), W(qualifier))) speakers.clear();
  }
  if (speakers.empty()) {
    if ((j == i + 1 && !age) || qualified) return std::nullopt;  // "the executive": Pronoun's description
    // "Ronaldo said …. When Morgan asked Ronaldo about Ten Hag, the Portuguese said": the person who
    // spoke just before, named again in this sentence, over whoever the sentence names after them.
    bool spoke_and_named = false;
    if (f_.last_speakers_.size() == 1 && f_.last_speakers_.front().kind == ActorKind::kPerson &&
        f_.last_claim_sentence_ + kPronounReach >= index_) {
      for (const auto& [token, mention] : mention_at_) {
        spoke_and_named |= token < i && f_.SpeakerOf(mention.first).mention.surface == f_.last_speakers_.front().mention.surface;
      }
    }
    if (spoke_and_named) speakers = f_.last_speakers_;
    else if (!f_.person_.Valid(index_, kPronounReach)) return std::nullopt;
    else speakers = f_.person_.speakers;
  }
  for (Speaker& s : speakers) {
    if (!s.mention.actor_id.empty()) s.mention.surface = std::string(text_.substr(T(i).begin, T(j).end - T(i).begin));
    s.mention.span = {T(i).begin, T(j).end};
  }
  *after = j + 1;
  return speakers;
}

// The sentence before this one that introduced an unnamed person by `noun` as its subject: "a/an",
// up to three words, the noun, opening the sentence or a clause after a comma that follows no name
// ("A spokesperson for the party said", "Speaking as …, a senior campaign official conceded"). The
// latest such sentence, if one; *named is set when an earlier "a/an … noun" describes someone named
// ("Ana Ruiz, a senior official,", "Ruiz is an adviser") or "the … noun" stands in apposition after a
// name ("Jane Doe, the party's chief negotiator,").
std::optional<size_t> SentenceReader::UnnamedIntroduction(std::string_view noun, bool* named) const {
  for (size_t s = index_; s-- > 0;) {
    const SentenceWords& words = f_.words_[s];
    const size_t count = words.tokens.size();
    for (size_t k = words.dateline; k + 1 < count; ++k) {
      const bool indefinite = words.lower[k] == "a" || words.lower[k] == "an";
      if (!indefinite && words.lower[k] != "the") continue;
      size_t m = k + 1;
      while (m < count && m < k + 5 && words.tokens[m].word && words.lower[m] != noun) ++m;
      if (m == count || words.lower[m] != noun) continue;
      const bool after_comma = k >= 2 && IsPunct(text_, words.tokens[k - 1], ",") && words.tokens[k - 2].word;
      const bool after_name = after_comma && IsCapitalized(text_, words.tokens[k - 2]);
      if (indefinite && (k == words.dateline || (after_comma && !after_name))) return s;
      *named = *named || indefinite || after_name;
    }
  }
  return std::nullopt;
}

// Whether the line this sentence is on ends in a dash and a capitalised name after its last quotation
// mark ("\"… We have to see tomorrow.\" – Erik Valdt"): whose quotation the line is, however the
// sentences before read.
bool SentenceReader::LineEndsInDashedName() const {
  const size_t line_end = std::min(text_.find('\n', sentence_.begin), text_.size());
  const std::string_view line = text_.substr(sentence_.begin, line_end - sentence_.begin);
  const size_t quote = line.rfind('"');
  const size_t curly = line.rfind("\xe2\x80\x9d");
  const size_t close = quote == std::string_view::npos ? curly : curly == std::string_view::npos ? quote : std::max(quote, curly);
  if (close == std::string_view::npos) return false;
  std::string_view after = line.substr(close + (close == curly ? 3 : 1));
  while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
  const size_t dash = after.rfind("\xe2\x80\x93", 0) == 0 || after.rfind("\xe2\x80\x94", 0) == 0 ? 3 : after.rfind("-", 0) == 0 ? 1 : 0;
  if (dash == 0) return false;
  after.remove_prefix(dash);
  while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
  return !after.empty() && after.front() >= 'A' && after.front() <= 'Z';
}

// Whether the sentence that first names the person `speaker` stands for writes `word` (lowercase): a
// candidate's name where the text first writes it in full, a gazetteer actor's first mention.
bool SentenceReader::FirstNamedWith(const Speaker& speaker, std::string_view word) const {
  const ActorMention& m = speaker.mention;
  size_t at = std::string_view::npos;
  if (m.actor_id.empty()) {
    at = text_.find(m.surface);
  } else {
    const auto first = std::find_if(f_.mentions_.begin(), f_.mentions_.end(),
                                    [&](const ActorMention& other) { return other.actor_id == m.actor_id; });
    if (first != f_.mentions_.end()) at = first->span.begin;
  }
  if (at == std::string_view::npos) return false;
  const auto sentence = std::upper_bound(f_.sentences_.begin(), f_.sentences_.end(), at,
                                         [](size_t at, const ByteSpan& s) { return at < s.begin; });
  if (sentence == f_.sentences_.begin()) return false;
  const std::vector<std::string_view>& lower = f_.words_[sentence - f_.sentences_.begin() - 1].lower;
  return std::find(lower.begin(), lower.end(), word) != lower.end();
}

namespace {

// The nouns of a body a text describes instead of naming ("officials", "police", "local media").
constexpr std::string_view kBodyNouns[] = {"officials", "authorities", "police", "prosecutors", "investigators",
                                           "media", "spokesman", "spokeswoman", "spokesperson", "services"};
// The words that say which body a description means: where it serves ("state", "federal", "local")
// and what it does ("health", "election"), the kind a name of that body holds ("Oregon Health
// Authority" for "health officials").
constexpr std::string_view kBodyModifiers[] = {"state", "federal", "local", "city", "county", "regional", "provincial",
                                               "municipal", "national", "government", "public", "official", "senior", "top"};
constexpr std::string_view kBodyKinds[] = {"health", "police", "election", "electoral", "school", "hospital", "court",
                                           "prison", "fire", "club", "league", "party", "transport", "aviation",
                                           "education", "customs", "immigration", "border", "military", "army",
                                           "defence", "defense", "energy", "safety", "security", "emergency", "rescue",
                                           "ministry", "agency", "department", "council"};

bool IsBodyNoun(std::string_view lower) {
  static const WordSet words(std::begin(kBodyNouns), std::end(kBodyNouns));
  return words.count(lower) != 0;
}
bool IsBodyModifier(std::string_view lower) {
  static const WordSet words(std::begin(kBodyModifiers), std::end(kBodyModifiers));
  return words.count(lower) != 0;
}
bool IsBodyKind(std::string_view lower) {
  static const WordSet words(std::begin(kBodyKinds), std::end(kBodyKinds));
  return words.count(lower) != 0;
}
}  // namespace

// Any word of a described body: the one test asked of every token.
bool IsDescribedBodyWord(std::string_view lower) {
  static const WordSet words = [] {
    std::vector<std::string_view> all(std::begin(kBodyNouns), std::end(kBodyNouns));
    all.insert(all.end(), std::begin(kBodyModifiers), std::end(kBodyModifiers));
    all.insert(all.end(), std::begin(kBodyKinds), std::end(kBodyKinds));
    return WordSet(all.begin(), all.end());
  }();
  return words.count(lower) != 0;
}

bool IsAnonymousCount(std::string_view lower) { return kAnonymousCounts.count(lower) != 0; }

// The token after a country's or union's letters at token k ("US", "EU", "U.S.", "U.K."), or k.
size_t SentenceReader::LettersEnd(size_t k) const {
  if (k >= n() || !T(k).word) return k;
  size_t end = k;
  while (end + 1 < n() && T(end).end - T(end).begin == 1 && IsCapitalized(text_, T(end)) && Is(end + 1, ".") &&
         T(end + 1).begin == T(end).end) {
    end += 2;
  }
  if (end > k + 2) return end;
  const size_t size = T(k).end - T(k).begin;
  const bool capitals = std::all_of(text_.begin() + static_cast<std::ptrdiff_t>(T(k).begin), text_.begin() + static_cast<std::ptrdiff_t>(T(k).end),
                                    [](char c) { return c >= 'A' && c <= 'Z'; });
  return size >= 2 && size <= 3 && capitals ? k + 1 : k;
}

// Whether a described body may start at token i (DescribedBody), asked of nearly every token: most
// are short words or no word of a body ("top" is the one of three letters).
bool SentenceReader::MayDescribeBody(size_t i) const {
  const auto body_word = [&](size_t k) { return (Classes(k) & kWordBodyWord) != 0 && (W(k).size() > 3 || W(k) == "top"); };
  if (!T(i).word || i + 1 >= n()) return false;
  const LowerWord w = W(i);
  if (w == "a" || w == "an" || w == "the") return body_word(i + 1) || (LettersEnd(i + 1) > i + 1 && body_word(LettersEnd(i + 1)));
  const char first = text_[T(i).begin];
  const size_t letters = LettersEnd(i);  // "U.S. officials"
  return body_word(i) || (first >= 'A' && first <= 'Z' && body_word(i + 1)) || (letters > i + 1 && body_word(letters));
}

// He/She/They/It as a subject, or a definite description ("the company", "the firm"), standing
// for the actor last spoken of; *after is the token after it.
std::optional<std::vector<Speaker>> SentenceReader::Pronoun(size_t i, size_t* after) const {
  // Asked at every token: one that opens none of the phrases below (a pronoun's or article's word,
  // an organisation's noun, a body's word here or next) is answered at once; a headline's "…,
  // company says" is read in full.
  if (!MayOpenPronoun(i)) return std::nullopt;
  const LowerWord w = W(i);
  if (auto first_person = FirstPerson(i)) {
    *after = i + 1;
    return first_person;
  }
  if (w == "one" && IsWord(i + 1, "of") && IsWord(i + 2, "them") && f_.plural_.Valid(index_, kPronounReach)) {
    *after = i + 3;
    return f_.plural_.speakers;  // "One of them said": one of the group, as the group is named
  }
  if (auto role = Role(i, after)) return role;
  // A headline's "…, company says", "…, minister says", "…, state media says": the body names who
  // that is; the first organisation, person or outlet it names.
  const size_t noun = (w == "state" || w == "official") && i + 1 < n() ? i + 1 : i;
  const LowerWord head = W(noun);
  if (index_ == 0 && i > 0 && Is(i - 1, ",") && !IsCapitalized(text_, T(i)) && ReportingVerbAt(text_, tokens_, noun + 1) &&
      TrailsSentence(noun + 1 + ReportingVerbAt(text_, tokens_, noun + 1)->tokens) &&
      (IsOrganizationNoun(head) || IsPersonNoun(head) || head == "media")) {
    const bool outlet = head == "media" || head == "broadcaster" || head == "newspaper";
    for (const ActorMention& m : f_.mentions_) {
      if (m.span.begin < sentence_.end) continue;
      const Speaker s = f_.SpeakerOf(m);
      const bool is_outlet = m.actor_id.empty() && LooksLikeOutlet(m.surface);
      if (outlet ? !is_outlet : (is_outlet || (s.kind == ActorKind::kPerson) != IsPersonNoun(head))) continue;
      Speaker speaker = s;
      speaker.mention.span = {T(i).begin, T(noun).end};
      *after = noun + 1;
      return std::vector<Speaker>{speaker};
    }
  }
  // "her spokesman said", "his campaign said": who speaks for the person (a named one follows a comma).
  if ((w == "his" || w == "her") && (IsWord(i + 1, "spokesman") || IsWord(i + 1, "spokeswoman") || IsWord(i + 1, "spokesperson") ||
                                     IsWord(i + 1, "campaign") || IsWord(i + 1, "office") || IsWord(i + 1, "team")) &&
      !Is(i + 2, ",")) {
    if (auto speakers = PossessivePronoun(i)) {
      for (Speaker& s : *speakers) s.mention.span = {T(i).begin, T(i + 1).end};
      *after = i + 2;
      return speakers;
    }
  }
  const bool article = w == "a" || w == "an" || w == "the";
  // "A company spokesperson said", "ministry officials said": the organisation speaks.
  const size_t officer = article ? i + 2 : i + 1;
  if ((article || officer == i + 1) && (Classes(officer - 1) & kWordOrganizationNoun) != 0 && !IsCapitalized(text_, T(officer - 1)) &&
      IsSpokesperson(W(officer)) && !AnonymousEnd(i, true)) {
    if (auto speakers = OrganisationFor(officer - 1, {T(i).begin, T(officer).end})) {
      *after = officer + 1;
      return speakers;
    }
  }
  // "A statement from Harbourside said", "a club statement said": whose statement it is speaks.
  if (article && IsWord(i + 1, "statement") && (IsWord(i + 2, "from") || IsWord(i + 2, "by"))) {
    const size_t name = IsWord(i + 3, "the") && IsNameWord(i + 4) ? i + 4 : i + 3;
    std::vector<Speaker> speakers;
    size_t end = name;
    if (IsNameWord(name) && (MentionAt(name) ? (end = Group(name, &speakers)) > name : UnknownName(name, &speakers, &end)) &&
        speakers.size() == 1 && (ReportingVerbAt(text_, tokens_, end) || IsAuxiliaryOrAdverb(W(end)))) {
      speakers.front().kind = MentionAt(name) ? speakers.front().kind : ActorKind::kOrganization;
      if (!speakers.front().mention.actor_id.empty()) {
        speakers.front().mention.surface = std::string(text_.substr(T(i).begin, T(end - 1).end - T(i).begin));
      }
      speakers.front().mention.span = {T(i).begin, T(end - 1).end};
      *after = end;
      return speakers;
    }
  }
  if (article && IsOrganizationNoun(W(i + 1)) && !IsCapitalized(text_, T(i + 1)) && IsWord(i + 2, "statement") &&
      (ReportingVerbAt(text_, tokens_, i + 3) || IsAuxiliaryOrAdverb(W(i + 3)))) {
    if (auto speakers = OrganisationFor(i + 1, {T(i).begin, T(i + 2).end})) {
      *after = i + 3;
      return speakers;
    }
  }
  // "the statement said", "the statement added that …": whose statement the last claim reported.
  // The statement must be the one the last claim was made in ("said in a statement").
  const auto in_statement = [&]() {
    const std::vector<std::string_view>& words = f_.words_[f_.last_claim_sentence_].lower;
    return std::find(words.begin(), words.end(), W(i + 1)) != words.end();
  };
  if (w == "the" && (IsWord(i + 1, "statement") || IsWord(i + 1, "release")) && !f_.last_speakers_.empty() &&
      f_.last_speakers_.front().mention.surface != kAnonymousSpeaker && f_.last_claim_sentence_ + kPronounReach >= index_ &&
      f_.last_claim_sentence_ < index_ && in_statement() &&
      (ReportingVerbAt(text_, tokens_, i + 2) || IsAuxiliaryOrAdverb(W(i + 2)))) {
    std::vector<Speaker> speakers = f_.last_speakers_;
    for (Speaker& s : speakers) {
      if (!s.mention.actor_id.empty()) s.mention.surface = std::string(text_.substr(T(i).begin, T(i + 1).end - T(i).begin));
      s.mention.span = {T(i).begin, T(i + 1).end};
    }
    *after = i + 2;
    return speakers;
  }
  // "A Microsoft spokesperson said", "an OPEC+ spokesman told reporters": an unnamed officer of the
  // organisation named before the noun, which speaks (RULES: an unnamed officer), the mention the
  // whole phrase. Not "a Russian official" (a nationality) nor "a Microsoft spokesperson, Ida Berg,".
  if ((w == "a" || w == "an" || w == "the") && IsNameWord(i + 1)) {
    std::optional<Speaker> organisation;
    size_t end = i + 1;
    if (const ActorMention* m = MentionAt(i + 1)) {
      organisation = f_.SpeakerOf(*m);
      end = MentionEnd(i + 1);
    } else if (!IsCommonCapitalizedWord(W(i + 1)) && !IsDemonym(W(i + 1)) && !IsPluralOfPeopleWord(W(i + 1)) &&
               !IsTitle(W(i + 1)) && !IsRoleWord(W(i + 1))) {
      end = NameEnd(i + 1);
      if (end < n() && (Is(end, "+") || Is(end, "-")) && T(end).begin == T(end - 1).end) ++end;  // "OPEC+"
      const ByteSpan name{T(i + 1).begin, T(end - 1).end};
      organisation = Speaker{{"", std::string(text_.substr(name.begin, name.end - name.begin)), name}, ActorKind::kOrganization};
    }
    // "A Patna Meteorological Centre official said", "a Disaster Management Department report said": an
    // official or a document of a body its head word names speaks for it too (not "a US official").
    const bool body = organisation && organisation->mention.surface.find(' ') != std::string::npos &&
                      LooksLikeOrganization(organisation->mention.surface) &&
                      (W(end) == "official" || IsDocumentNoun(W(end)));
    const bool officer = end > i + 1 && end + 1 < n() && T(end).word && !IsCapitalized(text_, T(end)) && (IsOfficerNoun(W(end)) || body);
    if (organisation && officer && (ReportingVerbAt(text_, tokens_, end + 1) || IsAuxiliaryOrAdverb(W(end + 1)))) {
      if (!organisation->mention.actor_id.empty()) organisation->mention.surface = std::string(text_.substr(T(i).begin, T(end).end - T(i).begin));
      organisation->mention.span = {T(i).begin, T(end).end};
      *after = end + 1;
      return std::vector<Speaker>{*organisation};
    }
  }
  // "A spokeswoman for the ministry said", "an official at the agency": an unnamed officer of the
  // organisation the description stands for (a named one follows a comma: "…, Ida Berg, said").
  if (article && IsSpokesperson(W(i + 1)) &&
      (IsWord(i + 2, "for") || IsWord(i + 2, "at") || IsWord(i + 2, "of") || IsWord(i + 2, "from")) &&
      IsWord(i + 3, "the") && IsOrganizationNoun(W(i + 4)) && !IsCapitalized(text_, T(i + 4)) &&
      !(Is(i + 5, ",") && IsCapitalized(text_, T(std::min(i + 6, n() - 1)))) && !AnonymousEnd(i, true)) {
    if (auto speakers = OrganisationFor(i + 4, {T(i).begin, T(i + 4).end})) {
      *after = i + 5;
      return speakers;
    }
  }
  if (MayDescribeBody(i)) {
    if (auto described = DescribedBody(i, after)) return described;
  }
  if (auto qualified = QualifiedOrganisation(i, after)) return qualified;
  const Antecedent* antecedent = nullptr;
  size_t end = i + 1;
  // "\"Rashy, he trained all week but today he reported he doesn't feel well\"": a pronoun inside a
  // quotation is someone the quoted speaker talks about, whose words are part of the quotation.
  if ((w == "he" || w == "she" || w == "they") && InsideQuotation(i)) return std::nullopt;
  if (w == "he" || w == "she") antecedent = &f_.PersonFor(w == "she" ? 'f' : 'm', index_);
  else if (w == "they") antecedent = &f_.plural_;
  else if (w == "it" && i == 0 && IsCapitalized(text_, T(i))) antecedent = &f_.org_;
  else if (const size_t member = MemberLettersAfter(i); member != 0) {
    antecedent = &f_.person_;  // "the MP said", "the Stourbridge MP": the person named last
    end = member + 1;
  } else if (w == "the" && i + 1 < n() &&
             (!IsCapitalized(text_, T(i + 1)) || CapitalisedOrganisationNoun(i + 1) || LettersEnd(i + 1) > i + 1)) {  // not "the University of Tolland"
    end = i + 2;
    // "the central bank", "the state-owned company": up to two modifiers before the noun; right
    // after "the", a word that may be a verb is none ("the state health department"). A country's
    // or union's letters may come first ("the UN health agency").
    const size_t first = LettersEnd(i + 1);
    size_t noun = first;
    while (noun < first + 2 && noun + 1 < n() && T(noun).word && !IsCapitalized(text_, T(noun)) && !IsOrganizationNoun(W(noun)) &&
           !IsPersonNoun(W(noun)) && (noun == first || !ReportingVerbAt(text_, tokens_, noun)) && !IsAuxiliaryOrAdverb(W(noun))) {
      ++noun;
    }
    if (IsOrganizationNoun(W(noun)) && T(noun).word && (!IsCapitalized(text_, T(noun)) || CapitalisedOrganisationNoun(noun))) {
      if (auto speakers = OrganisationFor(noun, {T(i).begin, T(noun).end})) {
        *after = noun + 1;
        return speakers;
      }
      return std::nullopt;
    }
    if (IsPersonNoun(W(i + 1))) antecedent = &f_.person_;
    else if (auto named = OrganisationByItsWords(i, after)) return named;
  }
  if (antecedent == nullptr) return std::nullopt;
  if (antecedent == &f_.company_ && IsBusinessNoun(W(i + 1)) && IsPublicBody(antecedent->speakers)) return std::nullopt;
  const size_t reach = antecedent == &f_.org_ ? 1 : antecedent == &f_.person_ && w != "the" ? f_.PersonReach(index_) : kPronounReach;
  if (!antecedent->Valid(index_, reach) || (antecedent == &f_.org_ && antecedent->sentence == index_)) return std::nullopt;
  std::vector<Speaker> speakers = antecedent->speakers;
  for (Speaker& s : speakers) {
    // A candidate keeps its name, which is all it is known by (RULES: held-out).
    if (!s.mention.actor_id.empty()) s.mention.surface = std::string(text_.substr(T(i).begin, T(end - 1).end - T(i).begin));
    s.mention.span = {T(i).begin, T(end - 1).end};
  }
  *after = end;
  return speakers;
}

// "state officials said", "Health officials warn", "a police spokesman said", "federal prosecutors
// said", "local media reported", "Police said": a body the text describes instead of naming. It is the
// organisation last named whose name holds the description's kind ("health officials" → "Oregon
// Health Authority"), else the public body last named within a pronoun's reach ("officials", "county
// officials"; "a spokesman": the organisation last named), else the description itself, a speaker of
// its own kind written in lowercase ("state officials", "police"). Not "officials who asked not to be
// named" (unnamed sources) nor "a police spokesman, Tom Hale," (a named one).
std::optional<std::vector<Speaker>> SentenceReader::DescribedBody(size_t i, size_t* after) const {
  const LowerWord w = W(i);
  const bool article = w == "a" || w == "an" || w == "the";
  // Read from the description's first word only ("Oregon health officials", not "health officials" in it).
  if (i > 0 && T(i - 1).word && (IsCapitalized(text_, T(i - 1)) || IsBodyModifier(W(i - 1)) || IsBodyKind(W(i - 1)) ||
                                 IsWord(i - 1, "a") || IsWord(i - 1, "an") || IsWord(i - 1, "the"))) {
    return std::nullopt;
  }
  if (i >= 2 && Is(i - 1, ".") && T(i - 2).end - T(i - 2).begin == 1 && IsCapitalized(text_, T(i - 2))) return std::nullopt;  // "U.S."
  size_t first = article ? i + 1 : i;
  // "US officials", "the U.S. officials", "EU officials": a country's or union's letters before the noun
  // (not "Meta officials", Meta's).
  const size_t country = LettersEnd(first);
  const bool lettered = country > first && country < n() && T(country).word && (IsBodyNoun(W(country)) || IsBodyKind(W(country)) || IsBodyModifier(W(country)));
  // Up to three words before the noun: modifiers, kinds, a place as written ("Oregon health officials").
  size_t noun = lettered ? country : first, kind = n();
  while (noun < n() && noun < first + 3 && T(noun).word && !IsBodyNoun(W(noun))) {
    // "Oregon health officials", "Chinese state media": a place before a modifier ("Meta officials" is Meta's).
    // ("Kenyan officials", "Ostland authorities": a nationality, or a place's authorities, before the
    // noun itself; a company has officials, never authorities.)
    const bool place = noun == first && !article && IsCapitalized(text_, T(noun)) && (!MentionAt(noun) || MentionEnd(noun) == noun + 1) &&
                       !IsCommonCapitalizedWord(W(noun)) && noun + 1 < n() &&
                       (IsBodyKind(W(noun + 1)) || IsBodyModifier(W(noun + 1)) ||
                        (IsBodyNoun(W(noun + 1)) && (IsNationality(W(noun)) || W(noun + 1) == "authorities")));
    if (IsBodyKind(W(noun))) kind = noun;
    else if (!IsBodyModifier(W(noun)) && !place) return std::nullopt;
    ++noun;
  }
  if (noun >= n() || !T(noun).word || !IsBodyNoun(W(noun)) || (IsCapitalized(text_, T(noun)) && noun > first)) return std::nullopt;
  if ((W(noun) == "police" || W(noun) == "media") && noun + 1 < n() && IsBodyNoun(W(noun + 1))) kind = noun++;  // "a police spokesman"
  const LowerWord head = W(noun);
  const bool officer = head == "spokesman" || head == "spokeswoman" || head == "spokesperson";
  if (officer != (w == "a" || w == "an")) return std::nullopt;      // "a spokesman", "officials", "the police"
  // "media said": whose? And "X said …, state media reported" passes X's words on (X keeps the claim).
  if (head == "media" && (noun == first || Is(i - 1, ","))) return std::nullopt;
  if (w == "the" && head != "police" && head != "authorities" && !lettered) return std::nullopt;  // "the officials": those just named
  if (head == "police" && kind == n()) kind = noun;
  // "Officials and emergency services said": two bodies described, one subject; each speaks.
  std::optional<std::vector<Speaker>> also;
  size_t verb = noun + 1;
  if (IsWord(noun + 1, "and") && MayDescribeBody(noun + 2)) {
    if ((also = DescribedBody(noun + 2, &verb))) {
      for (Speaker& s : *also) s.kind = ActorKind::kGroup;
    }
  }
  // "Health officials in Suffolk County said": where the body is, before its verb.
  if (!also) verb = AfterPlace(noun + 1);
  if (!also && (Is(verb, ",") || !(ReportingVerbAt(text_, tokens_, verb) || IsAuxiliaryOrAdverb(W(verb))))) return std::nullopt;
  if (AnonymousEnd(i, true)) return std::nullopt;
  const ByteSpan mention{T(i).begin, T(noun).end};
  *after = verb;
  std::optional<std::vector<Speaker>> found = DescribedBodyFor(first, noun, kind, officer, mention);
  if (found && also) found->insert(found->end(), also->begin(), also->end());
  return found;
}

// The speaker DescribedBody's description stands for: its words from token `first`, its noun at
// token `noun` and the word of its kind at `kind` (n() for none).
std::optional<std::vector<Speaker>> SentenceReader::DescribedBodyFor(size_t first, size_t noun, size_t kind, bool officer,
                                                                     ByteSpan mention) const {
  const LowerWord head = W(noun);
  // "Federal health officials say" after a county's health department: a nation's officials are only a
  // body whose name says it is the nation's.
  bool national = false;
  for (size_t k = first; k < noun; ++k) national |= IsWord(k, "federal") || IsWord(k, "national");
  // "Metro health officials" after the Taichung City Health Bureau: a place before the description is
  // in the name of the body it stands for (a nationality is not: "Kenyan officials" after the ministry).
  const std::string_view place = first < noun && IsCapitalized(text_, T(first)) && LettersEnd(first) == first && !IsNationality(W(first)) &&
                                         !IsBodyModifier(W(first)) && !IsBodyKind(W(first))
                                     ? text_.substr(T(first).begin, T(first).end - T(first).begin)
                                     : std::string_view();
  const auto level_fits = [&](const std::vector<Speaker>& speakers) {
    const std::string& name = speakers.front().mention.surface;
    if (!place.empty() && !AnyWord(name, [&](std::string_view word) { return word == place; })) return false;
    return !national || name.find("Federal") != std::string::npos || name.find("National") != std::string::npos ||
           name.find("U.S.") != std::string::npos || name.find("United States") != std::string::npos;
  };
  if (kind < n()) {
    // "State health officials said" after a hospital network and a county health department: officials
    // are a public body's, when one holding the kind was named.
    if (auto speakers = officer ? std::nullopt : OrganisationFor(kind, mention, false, true); speakers && level_fits(*speakers)) return speakers;
    if (auto speakers = OrganisationFor(kind, mention, false); speakers && level_fits(*speakers)) return speakers;
  }
  const Antecedent* body = head == "media" ? nullptr : f_.NearbyOrganisation(index_);
  // "The state health department said … at Kelso Medical Center. Officials say …": officials are the
  // public body named last within reach, past a company or a hospital named after it.
  if (body != nullptr && !officer && !IsPublicBody(body->speakers)) {
    for (auto it = f_.organisations_.rbegin(); it != f_.organisations_.rend(); ++it) {
      if (!it->Valid(index_, kPronounReach)) break;
      if (IsPublicBody(it->speakers) && !AnyWord(it->speakers.front().mention.surface, IsInstitutionHead)) {
        body = &*it;
        break;
      }
    }
  }
  if (body != nullptr && !level_fits(body->speakers)) body = nullptr;
  // "Prosecutors said": the prosecuting office the story named, however far back ("the Varnian
  // Prosecution Service"), else the prosecutors themselves; never a parliament, court or agency.
  if (head == "prosecutors" && kind == n()) {
    body = nullptr;
    for (auto it = f_.organisations_.rbegin(); it != f_.organisations_.rend() && body == nullptr; ++it) {
      if (AnyWord(it->speakers.front().mention.surface, IsProsecutionWord)) body = &*it;
    }
  }
  const bool prosecution = body != nullptr && head == "prosecutors";
  const bool whose = kind == n() || W(kind) == "health" || W(kind) == "election" || W(kind) == "school" || W(kind) == "hospital";
  // ("state officials" are no hospital's: an institution is stood for only by its own noun.)
  const bool institution = body != nullptr && AnyWord(body->speakers.front().mention.surface, IsInstitutionHead);
  if (body != nullptr && whose &&
      ((IsPublicBody(body->speakers) && (!institution || noun == first)) || (officer && noun == first) || prosecution)) {
    std::vector<Speaker> speakers = body->speakers;
    for (Speaker& s : speakers) {
      if (!s.mention.actor_id.empty()) s.mention.surface = std::string(text_.substr(mention.begin, mention.end - mention.begin));
      s.mention.span = mention;
    }
    return speakers;
  }
  // The description itself: its words from the first after the article, a spokesperson's body without
  // the spokesperson ("police" of "a police spokesman"), the first in lowercase unless a place's.
  const size_t last = officer && noun > first ? noun - 1 : noun;
  std::string name(text_.substr(T(first).begin, T(last).end - T(first).begin));
  if (IsBodyKind(W(first)) || IsBodyModifier(W(first)) || IsBodyNoun(W(first))) {
    name[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[0])));
  }
  return std::vector<Speaker>{{{"", std::move(name), mention}, ActorKind::kGroup}};
}

// His/Her/Their, for the patterns of a possessive speaker.
std::optional<std::vector<Speaker>> SentenceReader::PossessivePronoun(size_t i) const {
  if ((Classes(i) & kWordPossessivePronoun) == 0) return std::nullopt;  // asked at every token
  const LowerWord w = W(i);
  const Antecedent* antecedent = nullptr;
  if (w == "his" || w == "her" || w == "him") antecedent = &f_.PersonFor(w == "her" ? 'f' : 'm', index_);
  else if (w == "their" || w == "them") antecedent = &f_.plural_;
  if (antecedent == nullptr || !antecedent->Valid(index_, kPronounReach)) return std::nullopt;
  std::vector<Speaker> speakers = antecedent->speakers;
  for (Speaker& s : speakers) {
    if (!s.mention.actor_id.empty()) s.mention.surface = std::string(text_.substr(T(i).begin, T(i).end - T(i).begin));
    s.mention.span = {T(i).begin, T(i).end};  // a candidate keeps its name, as in Pronoun
  }
  return speakers;
}

// The organisation a description with its head noun at token `noun` stands for ("the ministry", "a
// spokeswoman for the agency"), with `mention` its words: the last one named whose name holds that
// noun ("Ministry of Trade", "Northern Health Security Agency") however far back; else, when
// `nearby`, the organisation last named within a pronoun's reach ("the company"), never a public
// body for a business noun. With `public_body`, only a public body's name is looked for.
std::optional<std::vector<Speaker>> SentenceReader::OrganisationFor(size_t noun, ByteSpan mention, bool nearby, bool public_body) const {
  const LowerWord w = W(noun);
  std::vector<Speaker> speakers;
  // "the broadcaster reports", "the newspaper said": the news outlet last named.
  // "the news agency said": a wire, not the last agency named.
  const bool outlet = w == "broadcaster" || w == "newspaper" || w == "paper" || w == "publication" || w == "outlet" ||
                      (w == "agency" && noun > 0 && IsWord(noun - 1, "news"));
  for (auto it = f_.organisations_.rbegin(); it != f_.organisations_.rend() && speakers.empty(); ++it) {
    const std::string& name = it->speakers.front().mention.surface;
    if (public_body && !IsPublicBody(it->speakers)) continue;
    if (outlet) {
      if (LooksLikeOutlet(name)) speakers.push_back(it->speakers.front());
      continue;
    }
    for (size_t from = 0; from < name.size();) {
      size_t space = name.find(' ', from);
      if (space == std::string::npos) space = name.size();
      if (Lower(name, Token{from, space, true}) == w) {
        speakers.push_back(it->speakers.front());
        break;
      }
      from = space + 1;
    }
  }
  if (speakers.empty()) {
    const Antecedent* near = nearby && !outlet ? f_.NearbyOrganisation(index_, IsBusinessNoun(w)) : nullptr;
    if (near == nullptr || (IsBusinessNoun(w) && IsPublicBody(near->speakers))) return std::nullopt;
    // "the ministry" is never "St Aldric's Hospital": a public body's noun stands for no organisation
    // another public body's head names; and a hospital, school or court is stood for only by a noun its
    // name holds ("the central bank" is not the hospital, though it may be the "Reserve Board").
    std::string head(w);
    head[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(head[0])));
    const std::string& name = near->speakers.front().mention.surface;
    if ((IsPublicBodyHead(head) && AnyWord(name, IsPublicBodyHead)) || AnyWord(name, IsInstitutionHead)) return std::nullopt;
    speakers = near->speakers;
  }
  for (Speaker& s : speakers) {
    // A candidate keeps its name, which is all it is known by (RULES: held-out).
    if (!s.mention.actor_id.empty()) s.mention.surface = std::string(text_.substr(mention.begin, mention.end - mention.begin));
    s.mention.span = mention;
  }
  return speakers;
}

// "the command center said" after "the Central Epidemic Command Center", "the statistics office
// reported" after "the Office for National Statistics": "the" at token i and up to three lowercase
// words before a reporting verb, each a word of the name of an organisation named before and one of
// them its head (the name's last word, or the word before its "of" or "for"), stand for that
// organisation, the last one named that fits.
std::optional<std::vector<Speaker>> SentenceReader::OrganisationByItsWords(size_t i, size_t* after) const {
  if (f_.organisation_words_of_ != f_.organisations_.size()) {
    for (size_t k = f_.organisation_words_of_; k < f_.organisations_.size(); ++k) {
      const std::string& name = f_.organisations_[k].speakers.front().mention.surface;
      for (size_t from = 0; from < name.size();) {
        size_t space = name.find(' ', from);
        if (space == std::string::npos) space = name.size();
        f_.organisation_words_.insert(Lower(name, Token{from, space, true}));
        from = space + 1;
      }
    }
    f_.organisation_words_of_ = f_.organisations_.size();
  }
  // (Most descriptions hold a word no organisation's name does: asked of nearly every "the".)
  size_t verb = i + 1;
  while (verb < n() && verb < i + 4 && T(verb).word && !IsCapitalized(text_, T(verb)) && f_.organisation_words_.count(W(verb)) != 0) {
    ++verb;
  }
  if (verb == i + 1 || verb >= n() || !(ReportingVerbAt(text_, tokens_, verb) || IsAuxiliaryOrAdverb(W(verb)))) return std::nullopt;
  for (auto it = f_.organisations_.rbegin(); it != f_.organisations_.rend(); ++it) {
    const std::string& name = it->speakers.front().mention.surface;
    std::vector<std::string> words;
    for (size_t from = 0; from < name.size();) {
      size_t space = name.find(' ', from);
      if (space == std::string::npos) space = name.size();
      words.push_back(Lower(name, Token{from, space, true}));
      from = space + 1;
    }
    std::string head = words.back();
    for (size_t k = 1; k < words.size(); ++k) {
      if (words[k] == "of" || words[k] == "for") {
        head = words[k - 1];
        break;
      }
    }
    bool holds = true, headed = false;
    for (size_t k = i + 1; k < verb && holds; ++k) {
      holds = std::find(words.begin(), words.end(), W(k)) != words.end();
      headed |= W(k) == head;
    }
    if (!holds || !headed) continue;
    std::vector<Speaker> speakers = it->speakers;
    for (Speaker& s : speakers) {
      if (!s.mention.actor_id.empty()) s.mention.surface = std::string(text_.substr(T(i).begin, T(verb - 1).end - T(i).begin));
      s.mention.span = {T(i).begin, T(verb - 1).end};
    }
    *after = verb;
    return speakers;
  }
  return std::nullopt;
}

// The organisation a description before token i stands for: the last one named in this sentence
// before it, else the one last named before.
std::optional<std::vector<Speaker>> SentenceReader::CompanyBefore(size_t i) const {
  std::optional<std::vector<Speaker>> found;
  for (const auto& [token, mention] : mention_at_) {
    const Speaker s = f_.SpeakerOf(mention.first);
    if (token < i && s.kind != ActorKind::kPerson) found = std::vector<Speaker>{s};
  }
  if (!found && f_.company_.Valid(index_, kPronounReach)) found = f_.company_.speakers;
  return found;
}

}  // namespace dossier::extract
