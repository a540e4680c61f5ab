// Speakers the gazetteer does not know, found in the text itself (issue 10): the names of a text,
// which of them speak, and the fullest form of each.
//
// While the claim patterns read a text a first time they collect its runs of capitalised words
// (NameRun: "Venture capitalist Marisol Ferreira" gives the run "Marisol Ferreira" and its role
// "capitalist"; "Researchers from the University of Tolland" the run "University of Tolland") and
// the words it writes in lowercase. The names that spoke in that first reading are the text's
// candidates; a NameIndex gives each its fullest name in the text ("Okafor" → "Sam Okafor",
// "Velora" → "Velora Systems"), its kind (an outlet of news_outlets, an organisation by its head
// word, else a person) and the roles it was introduced with ("mayor", "captain"), and lists every
// mention of each candidate and of its short forms for the second reading, which reads them like
// gazetteer names.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dossier/actor.h"
#include "extract/growing_word_set.h"

namespace dossier::extract {

// A run of capitalised words in one sentence, as the text writes it.
struct NameRun {
  std::vector<ByteSpan> words;  // its words, with the joiners inside a name ("of", "&", "van")
  std::vector<std::string> roles;  // lowercase title or role words just before it ("mayor", "ceo")
  bool organisation = false;       // described as one: "Brackley Home, the homeware chain," or ", which"
  bool owned = false;              // after a possessive, as a club's or party's person is: "Kelby's Dean Whitlow"
  // The pronouns the text gives it: "she"/"her" after it in its own clause ("Clara Penrose defended
  // her remarks"), or opening the next sentence when it is the one person named ("… Gallin looked
  // tired. She read …").
  uint8_t she = 0, he = 0;
};

// The gender a title or role word gives the person after it, lowercase: 'f' ("ms", "mrs", "dame",
// "chairwoman", "spokeswoman"), 'm' ("mr", "sir", "lord", "chairman"), else '\0'. No first names:
// who "she" may stand for is read from the text's own words.
char GenderOfTitle(std::string_view lower);

class NameIndex {
 public:
  NameIndex(std::string_view text, std::vector<NameRun> runs, GrowingWordSet lowercase_words);

  // Whether a single capitalised word (as written) may be a name: not a common sentence opener, not
  // a word the text also writes in lowercase ("Prices"), not a plural of people ("Traders"). A
  // surname (`surname`: the word ends a person's full name in the text) may end as a plural or a
  // demonym does ("Summers", "Albanese"), though it is no listed demonym ("Dutchman").
  bool MayBeName(std::string_view word, bool surname = false) const;

  // A name that spoke in the first reading (an English name as written, without titles, or a Han
  // name): it and its short forms are candidates of the second reading.
  void AddSpeaker(std::string_view name);

  // The fullest name the text gives `name`: the longest name of the text that ends with it (a
  // person's surname) or starts with it (an organisation's first word, a first name), else `name`
  // without a leading "The".
  std::string Fullest(std::string_view name) const;
  ActorKind KindOf(std::string_view fullest) const;
  // The pronoun the text gives a person (by a fullest name): 'f' or 'm' when its titles, roles and
  // pronouns (NameRun::she, he) all agree, else '\0'.
  char GenderOf(std::string_view fullest) const;
  // Whether the text writes a person's title or role that has a gender before the name ("Ms.
  // Showalter", "Mr Nunan", "chairwoman Ilse Brandt"): a person's name, one word or more.
  bool HasGenderedTitle(std::string_view fullest) const { return titled_.count(fullest) != 0; }
  // The candidate introduced with a role word ("incumbent mayor Helen Kovac": "mayor"), if one.
  std::optional<std::string> ByRole(std::string_view lower_role) const;

  // Every mention of a speaker's fullest name or short forms, in text order, surface the fullest
  // name, actor id empty.
  std::vector<ActorMention> Mentions() const;
  bool empty() const { return speakers_.empty(); }

 private:
  std::string_view text_;
  std::vector<NameRun> runs_;
  GrowingWordSet lowercase_words_;
  std::vector<std::vector<std::string>> names_;  // each run's words without leading titles and "The"
  // The first run of each of names_' names, in text order: FullestOf looks for the longest name
  // among them, each once, where a text writes most names many times ("Okafor" at every claim).
  std::vector<size_t> distinct_names_;
  std::set<std::string> speakers_;               // fullest names
  // A name given once in another script, to the name the text writes it beside: "Li Jianguo
  // (李建国)" makes 李建国 "Li Jianguo".
  std::map<std::string, std::string, std::less<>> other_script_;
  std::set<std::string, std::less<>> described_organisations_;  // names of runs described as organisations
  std::map<std::string, char, std::less<>> genders_;  // by fullest name, where the text gives one
  std::set<std::string, std::less<>> titled_;         // fullest names after a gendered title or role
  // Fullest, worked out (each call walks every run) once per name asked about: the readings ask
  // again for the same few names at nearly every sentence. Cleared when a speaker is added.
  std::string FullestOf(std::string_view name) const;
  mutable std::unordered_map<std::string, std::string> fullest_;
};

// Whether a single capitalised word (as written) may be a name, given the words the text writes in
// lowercase (NameIndex::MayBeName).
bool MayBeNameWord(std::string_view word, const GrowingWordSet& lowercase_words, bool surname = false);

// An organisation's or party's letters, as written: two capitals or more, a hyphen allowed ("NA",
// "SDE", "PML-N"), never a person's name word.
bool IsLettersOfBody(std::string_view word);

// An organisation's acronym that spells a common word ("WHO", "ACT"), as written: three to five
// capitals, a name though its word in lowercase is none.
bool IsAcronymOfWord(std::string_view word);

// A role word or title that is also a common surname ("king", "bishop", "major", "gen", "sen"),
// lowercase: after a first name ("Martin King said", "said Maria Gen") it ends a person's name rather
// than naming a role's owner.
bool IsSurnameRoleWord(std::string_view lower);

// A demonym that does not end like one ("german", "thai", "swiss"), lowercase: a person described by
// nationality ("the German said"), never a name.
bool IsDemonym(std::string_view lower);
// A word for people of a group or nation by its ending ("traders", "economists", "brazilian",
// "portuguese"), lowercase, or a demonym.
bool IsPluralOfPeopleWord(std::string_view lower);

// A person's nationality, lowercase: a demonym, listed or by its ending ("german", "brazilian",
// "portuguese"), never a plural ("traders").
bool IsNationality(std::string_view lower);

// A word of a government's portfolio after a title's "of" or "for" ("Minister of Foreign Affairs",
// "Secretary for Health"), lowercase: the title's, never the first word of the name after it.
bool IsPortfolioWord(std::string_view lower);

// Words that end an organisation's name ("Bank", "Systems", "University") and may take "of" after
// them ("University of Tolland").
bool IsOrganizationHead(std::string_view word);

// Whether "and" joins two parts of one organisation's name, not two names, given the name's words
// before it and the capitalised words after it, as written: "Ministry of Health and Wellness",
// "Centers for Disease Control and Prevention" (one word after a name with "of" or "for");
// "Department of Health and Human Services", "Ministry of Trade and Industry" (a remit before
// "and"); "Queensland Fire and Emergency Services", "Food and Drug Administration" (the head after
// "and" names the whole when the words before hold none); "International Association of Machinists
// and Aerospace Workers" (people on both sides after "of"). Not "Bank of Ostland and Harlow Capital",
// "Acme Energy and Brill Power". The one rule for the first reading's runs and the speakers read.
bool AndJoinsOneName(const std::vector<std::string_view>& before, const std::vector<std::string_view>& after);

// Whether a possessive after `before` belongs to an organisation's name that starts with `first` and
// goes on with `after` (words as written): "St Aldric's Hospital", "King's College", "Children's
// Hospital"; not "Meta's Reality Labs".
bool IsPossessiveInName(std::string_view first, std::string_view before, std::string_view after);

// A surname written with its article in lowercase ("al-Naimi", "el-Sayed", "bin-Talal"): a name's
// word, though it does not start with a capital.
bool IsPrefixedName(std::string_view word);

// A speaker the text describes instead of naming, its last word in lowercase ("state officials",
// "Ostland health officials", "police"; not "al-Naimi"): no name of the text is its fuller form, and it
// has no mentions to find.
bool IsDescription(std::string_view name);

// A generational suffix that ends a person's name ("Jr", "Sr", "III"), lowercase, with or without
// its stop: part of the name, after a comma too ("Robert F. Kennedy, Jr." is "Robert F. Kennedy Jr").
bool IsGenerationalSuffix(std::string_view lower);

// Letters and honours written after a name, not part of it ("Helen Marwick MP", "Ana Ruiz KC"), as
// written.
bool IsPostNominal(std::string_view word);

// Where the parenthesis that closes right before `end` opens ("(化名)", "（音譯）", "(八月二十七日)",
// "(NUS)"), after `floor` and within a short aside on one line; npos if none closes there.
size_t ParenthesisOpening(std::string_view text, size_t floor, size_t end);

// A Han speaker before a reporting verb at byte `verb` of `text` (the sentence starting at
// `sentence_begin`): "国家统计局发言人王立新表示" → 王立新; "海通研究所在报告中说" → 海通研究所;
// "多位银行业人士称" → kAnonymousSpeaker. The span is the name's bytes.
struct HanSpeaker {
  ByteSpan span;
  bool anonymous = false;
  bool pronoun = false;  // 他, 她: the person last spoken of
  bool company = false;  // 该公司: the organisation last named
  bool organization = false;  // "恒嘉地產方面": the side an organisation speaks as, whatever its name ends with
};
std::optional<HanSpeaker> HanSpeakerBefore(std::string_view text, size_t sentence_begin, size_t verb);

// "法官郭伟健延至9月26日判刑。…法官指…": a title alone before a Han verb (its trailers and a
// where-phrase, 于判词, set aside) stands for the person the text last named with that title, as
// the rules' definite description does. `title` is the role's span in the clause, `name` the
// person's name where the text gave it.
struct HanTitleHolder {
  ByteSpan name;
  ByteSpan title;
};
std::optional<HanTitleHolder> HanTitleHolderBefore(std::string_view text, size_t clause, size_t verb);

// Whether `word` is a Han title of the speaker lists, alone ("学者", "发言人", "主教练").
bool IsHanTitle(std::string_view word);

// Whether a Han label before a colon is a page's own credit or date ("撰文", "责任编辑", "更新時間"), which
// names no one who speaks.
bool IsHanCreditLabel(std::string_view label);

// Where a person's name of two to four characters begins after the last title of a Han phrase
// ("该会规划发展部主任邓宇" → at 邓宇; "国家统计局副局长" has none), or 0.
size_t HanNameAfterTitle(std::string_view phrase);

// A word joined by a hyphen that describes a name after it and is no part of it, lowercase: a place
// or owner before an adjective ("zurich-based", "kremlin-backed") or a title with a prefix or suffix
// ("ex-minister", "secretary-general", "president-elect").
bool IsJoinedDescriptor(std::string_view lower);
// A word before a person's name that is no part of it, lowercase: a title or role, a party
// ("democrat", "republican"), or a joined descriptor.
bool IsDescriptorBeforeName(std::string_view lower);

// How many of a capitalised run's leading words are titles and roles, not its name ("Prime Minister
// Henrik Sørlie": 2); a name of at least one word is left.
size_t TitleWords(const std::vector<std::string>& words);

// Whether a name is an organisation by its words: an outlet, a masthead word, an organisation's head
// word ("Bank", "Systems", "University"), "&", an acronym ("IMF", "OPEC+"), or a Han organisation
// ending (局, 社, 银行, 研究所).
bool LooksLikeOrganization(std::string_view name);

}  // namespace dossier::extract
