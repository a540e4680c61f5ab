#include "extract/figure_subject.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "extract/figure_han_topic.h"
#include "extract/claim_names.h"
#include "extract/datelines.h"
#include "extract/figure_meaning.h"
#include "extract/figure_period.h"
#include "extract/figure_subject_sources.h"
#include "extract/lexicon.h"
#include "extract/metric_lexicon.h"
#include "extract/name_initials.h"
#include "extract/news_outlets.h"
#include "extract/reporting_lexicon.h"
#include "extract/text_bytes.h"
#include "extract/word_set.h"

namespace dossier::extract {
namespace {

bool IsNotAName(std::string_view lower) {
  static constexpr std::string_view kWords[] = {
      "analysts", "chief",    "ceo",       "cfo",      "executive", "friday",  "it",       "its",
      "monday",   "most",     "now",       "saturday", "shares",    "sunday",  "taken",    "their",
      "they",     "thursday", "together",  "today",    "tuesday",   "wednesday", "year",   "ai",
      "gpus",     "gpu",      "q1",        "q2",       "q3",        "q4",      "fy",       "overall",
      "combined", "meanwhile", "still",   "yet",      "already",   "revenue", "capex",    "sales",
      "rs",       "inr",      "usd",       "eur",      "gbp",       "cny",     "jpy",      "he",
      "she",      "we",       "i",         "by",       "over",      "under",   "last",     "next",
      "gw",       "mw",       "kw",        "gwh",      "mwh",       "twh",     "bn",       "mn",
      "however",  "instead",  "yesterday", "also",     "separately", "euro",    "euros",    "dollars",
      // Results' words written capitalised mid-sentence ("Ebitda rose 12%", "up 7.1% QoQ"), and a
      // participle opening a sentence ("Asked about …, she said").
      "ebitda",   "ebit",     "eps",       "qoq",      "yoy",       "asked",
      // What kind of an index's reading ("The Core CPI rose 0.3%"), not whose.
      "core",     "headline", "underlying",
      // Who forecasts or reports others' numbers, opening a sentence ("Economists had forecast a
      // 0.3% rise", "Data shows the country recorded 166 cases"): never whose the number is.
      "economists", "strategists", "traders", "investors", "officials", "data", "figures",
      // A whole economy's actors opening a sentence ("Employers added 164,000 jobs"): no one's name.
      "employers", "workers", "consumers", "households", "manufacturers", "retailers",
      // Members of a parliament ("MP candidates", "MEPs"): a title, no one's name.
      "mp", "mps", "mep", "meps",
      // Adverbs that open a sentence before a comma ("Indeed, Thomson Reuters' revenue …").
      "indeed", "moreover", "furthermore", "nevertheless", "nonetheless", "elsewhere", "likewise", "besides",
      // Units written capitalised ("1.5 degrees Celsius").
      "celsius", "fahrenheit",
  };
  static const WordSet kSet(std::begin(kWords), std::end(kWords));
  // A number word opening a sentence counts what follows it ("Two delegates said", "Five points is nothing").
  return kSet.count(lower) != 0 || IsFunctionWord(lower) || IsMonthName(lower) || IsNumberWord(lower);
}

// A person's title ("executive", "officer", "analyst", "Mr"), lowercase: it begins no name and ends
// the one before it ("Alphabet Chief Executive Officer Sundar Pichai" is a company and a person).
bool IsTitle(std::string_view lower) {
  static const WordSet kTitles = {
      "chief", "executive", "officer", "president", "chairman", "chairwoman", "chair", "director", "minister", "analyst",
      "economist", "strategist", "spokesperson", "spokesman", "spokeswoman", "striker", "manager", "coach", "governor",
      "founder", "boss", "secretary", "chancellor", "mr", "mrs", "ms", "dr", "professor", "head", "ceo", "cfo",
      "prime",   // "Prime Minister Ida Brenholm"
      "leader",  // "NDP Leader Lorraine Michael": a party and its leader, two names
      "deputy", "vice", "acting", "interim", "incumbent"};  // "Deputy Governor Jonathan Heath": a rank before a title, no organisation
  return kTitles.count(lower) != 0;
}

// A name written in the text: a run of capitalised words, a list of them ("Italy, Portugal and
// Spain", whose `words` are the members' in alphabetical order), or a Han company name.
struct Name {
  size_t begin;
  size_t end;
  std::string words;
  bool opens_sentence = false;
  bool group = false;
  // Who a statement comes from ("the Office for National Statistics said", "according to the
  // agency"), not whose number it gives.
  bool source = false;
  // A name inside a phrase that describes something else ("his investment in American AI
  // infrastructure"): it owns no number.
  bool modifier = false;
  // A person, by the title before the name ("chief executive Laura Benning", "Mr Kuroda").
  bool person = false;
  // A person by a title anywhere in the text, or by a surname the text writes alone ("Governor
  // Tiff Macklem" … "Macklem said"); teams named by their last word ("Hornets") are read so too.
  bool personal = false;
  // Written with its legal form ("Corvane Inc."): the company's full name, however short.
  bool legal = false;
  // After a preposition of place ("deliveries in Europe", "exports to China", "sales within North
  // America"): where something happened, whose it is only when the text names no one else.
  bool place = false;
};

// Whether the capitalised word at `begin` opens a sentence (or a line).
bool OpensSentence(std::string_view t, size_t begin) {
  size_t i = begin;
  while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '"' || t[i - 1] == '(')) --i;
  if (i >= 3 && t.substr(i - 3, 3) == "\xe2\x80\x9c") i -= 3;  // “
  // After a dateline's dash ("LONDON, 9 March 2026 — The …") a sentence begins.
  if (i >= 5 && t.substr(i - 4, 4) == " \xe2\x80\x94" && IsDigit(t[i - 5])) return true;
  // A list item's first word ("- Earnings: $1.03 per share", "• Revenue …") opens its line.
  if (i >= 2 && (t[i - 1] == '-' || t[i - 1] == '*') && t[i - 2] == '\n') return true;
  if (i >= 4 && t.substr(i - 3, 3) == "\xe2\x80\xa2" && t[i - 4] == '\n') return true;
  const char c = Before(t, i);
  // After initials ("U.S. West Texas Intermediate") a name goes on more often than a sentence begins.
  if (c == '.' && i >= 3 && IsUpper(t[i - 2]) && t[i - 3] == '.') return false;
  return i == 0 || c == '.' || c == '!' || c == '?' || c == '\n' || c == ':';
}

// The endings of abstract nouns and gerunds ("Inflation", "Spending", "Electricity"), which open
// sentences as common nouns far more often than as names.
bool HasCommonNounEnding(std::string_view lower) {
  for (std::string_view end : {"tion", "sion", "ment", "ness", "ity", "ing", "ance", "ence"}) {
    if (lower.size() > end.size() + 2 && lower.compare(lower.size() - end.size(), end.size(), end) == 0) return true;
  }
  return false;
}

// Whether the line holding `i` has only capitals and blanks before it ("NEW YORK").
bool LineOfCapitals(std::string_view t, size_t i) {
  while (i > 0 && t[i - 1] != '\n') {
    --i;
    if (t[i] != ' ' && !IsUpper(t[i])) return false;
  }
  return true;
}

// Whether the word in capitals at `i` is shouted inside prose rather than a dateline's: a results
// blog writes its sides so ("In the Premier League, LIVERPOOL are now top", "NORWICH won 2-1 away
// to Blackburn"). It is when a lowercase letter stands before it on its line, or when its run of
// capitals opens the line and a lowercase word follows it (a dateline goes on with a comma, a
// bracket or a dash: "SAN FRANCISCO, …", "LONDON (Reuters) -").
bool ShoutedInProse(std::string_view t, size_t i) {
  // (A ticker or a code in brackets stays as written: "(NASDAQ:OSFT)", "(KUNA)", "(GOOG, GOOGL)".)
  if (Before(t, i) == '(') return false;
  for (size_t k = i; k > 0 && t[k - 1] != '\n'; --k) {
    if (t[k - 1] == ')') break;
    if (t[k - 1] == '(') return false;
  }
  for (size_t k = i; k > 0 && t[k - 1] != '\n'; --k) {
    if (IsLower(t[k - 1])) return true;
  }
  size_t e = i;
  while (e < t.size() && (IsUpper(t[e]) || (t[e] == ' ' && IsUpper(At(t, e + 1))))) ++e;
  return At(t, e) == ' ' && IsLower(At(t, e + 1));
}

// A word written in capitals as a name is written: "LEICESTER" → "Leicester".
std::string NameCase(std::string_view capitals) {
  std::string word(capitals);
  for (size_t k = 1; k < word.size(); ++k) word[k] = ToLowerAscii(word[k]);
  return word;
}

// Whether a metric's words begin at `i` ("Revenue", "Output", "Shares"), not a stock index's name.
bool NamesMetric(std::string_view t, size_t i) {
  const std::optional<MetricMatch> m = MatchMetricAt(t, i);
  return m && m->metric != "index level";  // "Nasdaq", "DAX" name indices, which own their levels
}

// Whether the hyphen at `e` joins two capitalised parts of one name ("Rolls-Royce", "Mercedes-Benz"),
// not two months ("July-September").
bool JoinsNameParts(std::string_view t, size_t word_begin, size_t e) {
  return t[e] == '-' && e > word_begin && IsUpper(At(t, e + 1)) && IsLower(t[e - 1]) &&
         !IsMonthName(Lowercase(t.substr(word_begin, e - word_begin)));
}

// The bytes of the accented Latin letter at `at` (U+00C0–U+024F written in two bytes: "ß", "ğ",
// "ł", "ș"; not "×" or "÷"), or 0.
size_t LatinLetterBytes(std::string_view t, size_t at) {
  const unsigned char lead = static_cast<unsigned char>(At(t, at));
  if (lead < 0xC3 || lead > 0xC9 || !IsContinuationByte(At(t, at + 1))) return 0;
  const unsigned char next = static_cast<unsigned char>(At(t, at + 1));
  return lead == 0xC3 && (next == 0x97 || next == 0xB7) ? 0 : 2;
}

// Whether a compound word goes on at `end`, the end of a name: "Bengaluru-based", "Ont.-based", or
// a state after a city ("Waterloo, Ont.-based", "Austin, Texas-based"), where the name only says
// where something is.
bool OpensCompound(std::string_view t, size_t end) {
  auto hyphen_at = [&](size_t e) {
    if (At(t, e) == '.') ++e;
    return At(t, e) == '-' && IsLower(At(t, e + 1));
  };
  if (hyphen_at(end)) return true;
  if (At(t, end) != ',' || At(t, end + 1) != ' ' || !IsUpper(At(t, end + 2))) return false;
  size_t e = end + 3;
  while (IsAsciiLetter(At(t, e))) ++e;
  return hyphen_at(e);
}

// The runs of capitalised words in `range` ("Meta Platforms", "Orchard AI", "Alphabet's" without
// its "'s"), left out: all-capital datelines and words that are not names.
bool IsDemonym(std::string_view word);

// Whether the word t[j, e) of a name goes on past a possessive into the next capitalised word, as
// the names of parties and bodies do ("Republican People's Party", "Peoples' Democratic Party",
// "Workers' Party"); the mark's bytes, else 0. A possessive of any other word ends its name
// ("Erdogan's Justice and Development Party" is a person's party).
size_t PossessiveInsideName(std::string_view t, size_t j, size_t e) {
  static const WordSet kCollective = {"people", "peoples", "workers", "farmers", "citizens", "women", "children"};
  if (kCollective.count(Lowercase(t.substr(j, e - j))) == 0) return 0;
  size_t mark = StartsWith(t, e, "'s ") ? 2 : StartsWith(t, e, "\xe2\x80\x99s ") ? 4 : 0;
  if (mark == 0 && At(t, e - 1) == 's') mark = StartsWith(t, e, "' ") ? 1 : StartsWith(t, e, "\xe2\x80\x99 ") ? 3 : 0;
  return mark != 0 && IsUpper(At(t, e + mark + 1)) ? mark : 0;
}

// Whether a name ending in `word` goes on with "of the" and one capitalised word: a state's or a
// political body's head ("Republic of the Congo", "Party of the Regions", "Union of the Comoros").
bool NamesBodyOfThe(std::string_view word) {
  static const WordSet kHeads = {"Republic", "Kingdom", "Federation", "Union", "Party", "Alliance", "Front", "Movement",
                                 "Coalition", "League", "Congress", "Assembly", "Council", "Commonwealth", "Bank"};
  return kHeads.count(word) != 0;
}

std::vector<Name> CapitalisedRuns(std::string_view t, ByteSpan range) {
  // Words that join the parts of one name when a capitalised word follows: "Bank of England",
  // "Office for National Statistics".
  static constexpr std::string_view kJoiners[] = {"of", "for", "de", "du", "van", "von"};
  // German articles and weekdays open sentences capitalised but begin no name ("Der Konzern …").
  static const WordSet kGerman = {
      "der", "die", "das", "den", "dem", "des", "ein", "eine", "im", "am",
      "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"};
  std::vector<Name> names;
  size_t i = range.begin;
  while (i < range.end) {
    if (!IsUpper(t[i]) || IsAsciiAlnum(Before(t, i))) {
      ++i;
      continue;
    }
    Name name{i, i, ""};
    size_t j = i;
    std::string joined;  // a joiner ("of ") waiting for the word after it
    bool shouted_run = false;  // the name began with a word shouted in capitals (ShoutedInProse)
    while (j < range.end && IsUpper(At(t, j))) {
      size_t e = j;
      // "Rolls-Royce", "Mercedes-Benz": capitalised parts joined by a hyphen are one word.
      while (e < range.end && (IsAsciiAlnum(t[e]) || (t[e] == '&' && IsUpper(At(t, e + 1))) || JoinsNameParts(t, j, e) ||
                               (t[e] == '.' && IsUpper(At(t, e + 1))) ||
                               // "CDU/CSU": two acronyms joined by a slash are one alliance's name.
                               (t[e] == '/' && e > j && IsUpper(t[e - 1]) && IsUpper(At(t, e + 1)) && IsUpper(At(t, e + 2))) ||
                               (e > j && LatinLetterBytes(t, e) > 0))) {  // "Großkunde", "Erdoğan"
        e += e > j && LatinLetterBytes(t, e) > 0 ? 2 : 1;
      }
      // "U.S.", "U.K.": initials keep their last full stop; "OPEC+", "Canal+": a plus sign ends
      // its name. Either ends the run ("the U.S. Prices rose …" is two sentences).
      const bool marked = (At(t, e) == '.' && e - j >= 3 && t[e - 2] == '.' && IsUpper(t[e - 1])) ||
                          (At(t, e) == '+' && !IsAsciiAlnum(At(t, e + 1)) && e > j);
      if (marked) ++e;
      const std::string_view word = t.substr(j, e - j);
      const bool capitals = std::all_of(word.begin(), word.end(), IsUpper);
      // A dateline ("SAN FRANCISCO, …", "NEW YORK, …"): a long word in capitals, two in a row, or one
      // that opens its line before a comma.
      const bool shouting = capitals && (word.size() > 4 || (word.size() > 1 && IsUpper(At(t, e + 1)) && IsUpper(At(t, e + 2))) ||
                                         (word.size() > 1 && At(t, e) == ',' && LineOfCapitals(t, j)));
      // (A shouted name's words go on in capitals: "WEST HAM", "LEICESTER CITY".)
      const bool shouted_name = capitals && word.size() > 1 && (shouting ? ShoutedInProse(t, j) : shouted_run);
      const std::string lower = Lowercase(word);
      // "NT$", "US$": a currency; "Q2", "H1", "FY26": a period. Neither is or goes on a name.
      const bool period_code = word.size() >= 2 && (word[0] == 'Q' || word[0] == 'H' || word[0] == 'F') && IsDigit(word.back());
      // "SEK 14.8 billion", "CHF 2.3 billion", "Rs. 1,785 crore": a currency's code or sign before its
      // amount (not "NDP 33%": a party's letters).
      const size_t amount = At(t, e) == ' ' ? e + 1 : At(t, e) == '.' && At(t, e + 1) == ' ' ? e + 2 : 0;
      const bool currency_code = amount != 0 && IsDigit(At(t, amount)) && [&] {
        const auto sign = MatchCurrencyBefore(t, amount);
        return sign && sign->first == j;
      }();
      // "呈現V型發展", "A股": one Latin letter glued to Han is a shape or a class, not a name; nor are
      // two glued after Han, the end of a loanword or a variant's code ("卡拉OK", "2例BA.4").
      const bool after_han = static_cast<unsigned char>(Before(t, j)) >= 0x80;
      const bool han_letter = (word.size() == 1 && (after_han || static_cast<unsigned char>(At(t, e)) >= 0x80)) ||
                              (word.size() == 2 && after_han);
      if (At(t, e) == '$' || period_code || currency_code || han_letter) break;
      // A name may go on with words that cannot begin one: "Orchard AI", "Nifty IT". None begins
      // with the name of a metric ("Revenue", "EBIT", "Turnout", "Umsatz"), a unit after a number
      // ("2.418,5 Mio. €") or a German article.
      // (A metric's word begins no name where it opens a sentence or is an acronym: "Revenue rose",
      // "EBIT"; inside a sentence a capitalised word is a name's, and the German nouns are read apart.)
      const bool cannot_begin = IsNotAName(lower) || IsTitle(lower) || (Before(t, j) == ' ' && IsDigit(Before(t, j - 1))) ||
                                (lower.size() <= 10 && kGerman.count(lower) != 0) ||
                                ((capitals || OpensSentence(t, j)) && NamesMetric(t, j));
      const bool acronym = capitals && word.size() >= 2;
      // "OPEC Plus": "Plus" after an acronym goes on with its name (read as "OPEC+" below).
      const bool plus = word == "Plus" && !name.words.empty() && std::all_of(name.words.begin(), name.words.end(), IsUpper);
      if ((shouting && !shouted_name) || (name.words.empty() ? cannot_begin
                                         : !plus && (IsTitle(lower) || (acronym && NamesMetric(t, j)) ||  // "UK GDP" is the UK's
                                               (!acronym && (IsFunctionWord(lower) || IsMonthName(lower) ||
                                                              WeekdayNumber(lower) >= 0))))) {  // "… Health Sunday announced"
        break;
      }
      if (!name.words.empty()) name.words += ' ' + joined;
      if (name.words.empty()) shouted_run = shouted_name;
      name.words.append(shouted_name ? NameCase(word) : std::string(word));
      name.end = e;
      joined.clear();
      if (const size_t mark = PossessiveInsideName(t, j, e); mark != 0 && !marked) {
        name.words.append(t.substr(e, mark));
        name.end = e += mark;
      }
      if (At(t, e) != ' ' || marked) break;
      j = e + 1;
      const size_t joiner_end = WordEnd(t, j);
      const std::string joiner = Lowercase(t.substr(j, joiner_end - j));
      if (joiner.size() <= 3 && At(t, joiner_end) == ' ' && IsUpper(At(t, joiner_end + 1)) &&
          std::find(std::begin(kJoiners), std::end(kJoiners), joiner) != std::end(kJoiners)) {
        joined = joiner + ' ';
        j = joiner_end + 1;
      } else if (joiner == "of" && StartsWith(t, joiner_end, " the ") && IsUpper(At(t, joiner_end + 5)) &&
                 (IsUpper(At(t, WordEnd(t, joiner_end + 5) + 1)) || NamesBodyOfThe(word))) {
        // "Organization of the Petroleum Exporting Countries", "Bank of the West": "of the" joins
        // when two capitalised words follow (not "the head of the Fed"), or one after a state's or
        // a body's head ("Democratic Republic of the Congo", "Party of the Regions").
        joined = "of the ";
        j = joiner_end + 5;
      } else if (At(t, j) == '&' && At(t, j + 1) == ' ' && IsUpper(At(t, j + 2))) {
        // "Procter & Gamble", "Marks & Spencer": "&" between capitalised words joins one name.
        joined = "& ";
        j += 2;
      }
    }
    // "OPEC Plus" is "OPEC+": an acronym before "Plus" names what the text also writes with a plus sign.
    if (name.words.size() > 7 && name.words.compare(name.words.size() - 5, 5, " Plus") == 0 &&
        std::all_of(name.words.begin(), name.words.end() - 5, IsUpper)) {
      name.words.resize(name.words.size() - 5);
      name.words += '+';
    }
    // "the two-year Treasury yield", "10-year Bund yields": a government bond is named with its tenor.
    if (name.words.find(' ') == std::string::npos) {
      size_t tenor_at = name.begin > 0 && t[name.begin - 1] == ' ' ? name.begin - 1 : name.begin;
      while (tenor_at > 0 && (IsAsciiAlnum(t[tenor_at - 1]) || t[tenor_at - 1] == '-')) --tenor_at;
      const std::string tenor = Lowercase(t.substr(tenor_at, name.begin > tenor_at ? name.begin - tenor_at - 1 : 0));
      const std::string next = At(t, name.end) == ' ' ? Lowercase(t.substr(name.end + 1, WordEnd(t, name.end + 1) - name.end - 1)) : "";
      const bool bond_word = next == "yield" || next == "yields" || next == "note" || next == "notes" || next == "bond" ||
                             next == "bonds" || next == "bill" || next == "bills";
      const size_t dash = tenor.rfind("-year");
      if (bond_word && dash != std::string::npos && dash > 0 && dash + 5 == tenor.size() &&
          (IsDigit(tenor[0]) || IsNumberWord(tenor.substr(0, dash)))) {
        name.words = std::string(t.substr(tenor_at, name.begin - tenor_at)) + name.words;
        name.begin = tenor_at;
      }
    }
    // "S&P 500", "Nikkei 225", "Nifty 50": a stock index's name goes on with its number.
    const std::optional<MetricMatch> index = MatchMetricAt(t, name.begin);
    if ((name.words == "S&P" || (index && index->metric == "index level")) && At(t, name.end) == ' ') {
      size_t d = name.end + 1;
      while (IsDigit(At(t, d))) ++d;
      const size_t digits = d - name.end - 1;
      if (digits >= 2 && digits <= 4 && !IsAsciiAlnum(At(t, d)) && At(t, d) != '%' && At(t, d) != ',' &&
          !(At(t, d) == '.' && IsDigit(At(t, d + 1)))) {
        name.words += ' ' + std::string(t.substr(name.end + 1, digits));
        name.end = d;
      }
    }
    // "the Bank Rate", "the Consumer Price Index", "Ebitda": a metric's name capitalised is no one's.
    const bool metric_name = index && !index->weak && index->metric != "index level" && index->end == name.end;
    // "Kestrel Motors Inc.": the legal form is no part of the name the text goes on using.
    // (The lists are string_view arrays: a braced list of literals measured each one with strlen at
    // every name.)
    static constexpr std::string_view kLegalForms[] = {" Inc", " Ltd", " Corp", " Co",  " PLC", " plc", " LLC", " Limited", " Corporation",
                                                       " AG",  " SE",  " GmbH", " SA", " NV",  " ASA", " AB",  " Oyj",     " SpA"};
    for (std::string_view legal : kLegalForms) {
      if (name.words.size() > legal.size() && name.words.compare(name.words.size() - legal.size(), legal.size(), legal) == 0) {
        name.words.resize(name.words.size() - legal.size());
        name.legal = true;
        break;
      }
    }
    // "Democrat Bruce Braley", "Republican Joni Ernst": a party's word before a person's first and
    // last name describes the person ("the Republican National Committee" is a name of its own).
    static constexpr std::string_view kParties[] = {"Democrat ", "Republican ", "Democratic ", "Independent "};
    for (std::string_view party : kParties) {
      if (name.words.compare(0, party.size(), party) != 0) continue;
      const std::string rest = name.words.substr(party.size());
      const size_t blanks = std::count(rest.begin(), rest.end(), ' ');
      static constexpr std::string_view kBodies[] = {"Party", "National", "Committee", "Convention", "Caucus", "Senate", "House"};
      const bool body = std::any_of(std::begin(kBodies), std::end(kBodies), [&](std::string_view w) { return rest.find(w) != std::string::npos; });
      if (blanks >= 1 && blanks <= 2 && !body) {
        name.words = rest;
        name.begin += party.size();
      }
      break;
    }
    // "Incumbent Turkish President Recep Tayyip Erdogan": a run ending in a people's word before a
    // title describes the person named after it.
    const size_t last_space = name.words.rfind(' ');
    const bool describes_person = IsDemonym(std::string_view(name.words).substr(last_space == std::string::npos ? 0 : last_space + 1)) &&
                                  At(t, name.end) == ' ' && IsTitle(Lowercase(t.substr(name.end + 1, WordEnd(t, name.end + 1) - name.end - 1)));
    // "Bengaluru-based", "mid-Atlantic": a name inside a compound word describes, it owns nothing.
    const bool compound = Before(t, name.begin) == '-' || OpensCompound(t, name.end) || describes_person;
    // "2.5 billion U.S. dollars", "Hong Kong dollars": a currency's name, no one's.
    const size_t after = At(t, name.end) == '.' ? name.end + 1 : name.end;
    const bool currency = At(t, after) == ' ' && (StartsWithNoCase(t, after + 1, "dollar") || StartsWithNoCase(t, after + 1, "yuan") ||
                                                  StartsWithNoCase(t, after + 1, "euro") || StartsWithNoCase(t, after + 1, "pound"));
    if (!name.words.empty() && !compound && !currency && !metric_name) {
      name.opens_sentence = OpensSentence(t, name.begin);
      names.push_back(std::move(name));
    }
    i = std::max(WordEnd(t, i), std::max(name.end, i + 1));
  }
  return names;
}

// "will", "would", "also", "have" …: words that follow a plural noun before its verb, and never a
// verb in the present ("Union members also will receive …", not "Amazon expects …").
bool IsModalOrAlso(std::string_view lower) {
  static constexpr std::string_view kWords[] = {"will", "would", "also", "have", "had", "could", "may", "can", "should", "must"};
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

// Whether the word after `name` ends in "s" as a plural noun does, and the word after it is a
// verb of change or "were"/"are" ("Large deals signed …" is not this; "Gross advances grew" is).
bool NounFollows(std::string_view t, const Name& name) {
  if (At(t, name.end) != ' ') return false;
  const size_t next_end = WordEnd(t, name.end + 1);
  const std::string next = Lowercase(t.substr(name.end + 1, next_end - name.end - 1));
  // "Health authorities in Argentina", "Union members", "Party officials said": people a word
  // before them describes, which no verb in the present spells (unlike "offers" or "enters").
  static constexpr std::string_view kPeople[] = {"authorities", "officials", "members", "workers", "employees",
                                                 "leaders", "lawmakers", "residents", "shareholders", "staff"};
  if (std::find(std::begin(kPeople), std::end(kPeople), next) != std::end(kPeople)) return true;
  if (next.size() < 4 || next.back() != 's' || next[next.size() - 2] == 's') return false;
  const std::string after = At(t, next_end) == ' ' ? Lowercase(t.substr(next_end + 1, WordEnd(t, next_end + 1) - next_end - 1)) : "";
  // ("Union members also will receive …", "Union members will vote": an auxiliary or an adverb
  // follows a noun, never a verb in the present.)
  return after == "were" || after == "are" || after == "grew" || after == "rose" || after == "fell" ||
         (after.size() > 3 && after.compare(after.size() - 2, 2, "ed") == 0) ||
         IsFormOfBe(after) || IsModalOrAlso(after);
}

// Whether the word after a sentence's first word `name` is a verb: a reporting verb, a form of
// "be" or an auxiliary, a past tense ("Alphabet raised …", "Microsoft spent …") or a present one
// ("Amazon expects …"), not a noun ("Matchday income").
bool VerbFollows(std::string_view t, const Name& name) {
  if (At(t, name.end) != ' ') return false;
  static constexpr std::string_view kIrregularPast[] = {"spent", "made", "put", "cut", "set", "sold", "paid",
                                                        "took", "gave", "won", "lost", "grew", "rose", "fell",
                                                        "bought", "brought", "held", "kept", "led", "saw",
                                                        "swept", "beat", "got", "came", "drew", "went"};
  const std::string next = Lowercase(t.substr(name.end + 1, WordEnd(t, name.end + 1) - name.end - 1));
  const bool past = next.size() > 3 && next.compare(next.size() - 2, 2, "ed") == 0;
  const bool present = next.size() > 3 && next.back() == 's' && next[next.size() - 2] != 's';
  return FiniteReportingVerb(next).has_value() || IsFormOfBe(next) || IsAuxiliaryOrAdverb(next) || past || present ||
         std::find(std::begin(kIrregularPast), std::end(kIrregularPast), next) != std::end(kIrregularPast);
}

// Whether a one-word run that opens a sentence opens a phrase that describes the sentence's subject
// rather than being it: a participle before a preposition ("Based on current trends, corn output
// …", "Compared with a year ago, …"), or a noun a participle after it describes before the
// sentence's verb ("Area harvested for grain is forecast at …", "Acreage planted to corn was …").
// ("Amazon invested in Anthropic, which is …" goes on past a comma: a verb of the name's own.)
bool OpensModifyingPhrase(std::string_view t, const Name& name) {
  if (At(t, name.end) != ' ') return false;
  const size_t next_end = WordEnd(t, name.end + 1);
  const std::string next = Lowercase(t.substr(name.end + 1, next_end - name.end - 1));
  static const WordSet kPrepositions = {"on", "with", "to", "by", "for", "at", "from", "in", "against", "upon", "under"};
  const std::string lower = Lowercase(name.words);
  if (lower.size() >= 5 && EndsWith(lower, "ed") && kPrepositions.count(next) != 0) return true;
  if (next.size() < 5 || !EndsWith(next, "ed") || At(t, next_end) != ' ') return false;
  const size_t after_end = WordEnd(t, next_end + 1);
  if (kPrepositions.count(Lowercase(t.substr(next_end + 1, after_end - next_end - 1))) == 0) return false;
  for (size_t i = after_end; i < t.size() && i < after_end + 60;) {
    const char c = t[i];
    if (c == ',' || c == '.' || c == ';' || c == ':' || c == '\n' || IsDigit(c)) return false;
    if (!IsAsciiLetter(c)) {
      ++i;
      continue;
    }
    const size_t e = WordEnd(t, i);
    const std::string word = Lowercase(t.substr(i, e - i));
    if (word == "is" || word == "are" || word == "was" || word == "were") return true;
    i = e;
  }
  return false;
}

// Whether a one-word run that opens a sentence is a name rather than a capitalised common noun
// ("Taken together …", "Inflation in France …", "Large deals signed …", "Provisions rose …"): it is
// when the text also writes it capitalised inside a sentence, as a possessive, or with a capital
// inside it ("OpenAI"); else only when it opens more than one sentence, each time before a verb
// (a company named only at the start of its sentences: "Amazon expects …. Amazon spent …").
bool OpenerIsName(std::string_view t, const Name& name, const std::unordered_set<std::string>& named_inside,
                  const std::unordered_map<std::string, int>& verb_openers) {
  const size_t end = At(t, name.end) == '.' ? name.end + 1 : name.end;  // "Alphabet Inc.'s"
  if (named_inside.count(name.words) != 0 || StartsWith(t, end, "'s") || StartsWith(t, end, "\xe2\x80\x99s")) {
    return true;
  }
  // "DEAL: The contract …", "UPDATE: …": a word in capitals before a colon at a line's start is a
  // kicker, a name only where the text writes it inside a sentence too ("IBM: revenue rose …").
  if (name.words.size() >= 4 && std::all_of(name.words.begin(), name.words.end(), IsUpper) && At(t, name.end) == ':' &&
      (name.begin == 0 || t[name.begin - 1] == '\n')) {
    return false;
  }
  if (std::any_of(name.words.begin() + 1, name.words.end(), [](char c) { return IsUpper(c) || IsDigit(c); })) return true;
  const std::string lower = Lowercase(name.words);
  if (HasCommonNounEnding(lower) || (lower.size() > 4 && lower.compare(lower.size() - 2, 2, "ly") == 0)) return false;
  // "Insured damages …", "Estimated losses …", "Combined revenues …": a participle before a plural noun.
  if (lower.size() > 5 && EndsWith(lower, "ed") && At(t, name.end) == ' ' && IsLower(At(t, name.end + 1))) {
    const size_t next_end = WordEnd(t, name.end + 1);
    if (t[next_end - 1] == 's' || MatchMetricAt(t, name.end + 1)) return false;
  }
  if (At(t, name.end) == ',') return true;  // "Microsoft, whose fiscal year …", "Microsoft, Alphabet and …"
  if (OpensModifyingPhrase(t, name)) return false;
  // "Alphabet Chief Executive Officer Sundar Pichai": an organisation before its officer's title;
  // not a government's portfolio before its minister ("Interior minister Aftab Sherpao said").
  if (At(t, name.end) == ' ') {
    const std::string title = Lowercase(t.substr(name.end + 1, WordEnd(t, name.end + 1) - name.end - 1));
    if (IsTitle(title)) return title != "minister" && title != "secretary";
    // "Preliminary estimates from …", "Strong sales of …": an adjective before a plural noun and
    // "of" or "from", where a verb in the present takes an object ("Amazon expects …").
    const size_t next_end = WordEnd(t, name.end + 1);
    if (title.size() > 3 && title.back() == 's' && At(t, next_end) == ' ') {
      const std::string after = Lowercase(t.substr(next_end + 1, WordEnd(t, next_end + 1) - next_end - 1));
      if (after == "of" || after == "from") return false;
    }
  }
  auto opened = verb_openers.find(name.words);
  if (opened == verb_openers.end()) return false;
  // "Ad sales rose 42%", "Matchday revenue fell": a word before a metric's name says which part
  // of it, not whose ("Caldera shares rose" names the company whose shares they are).
  // (A verb that names a metric, "Alphabet raised", "Microsoft spent", is no such noun.)
  if (At(t, name.end) == ' ') {
    const std::optional<MetricMatch> metric = MatchMetricAt(t, name.end + 1);
    const std::string next = Lowercase(t.substr(name.end + 1, WordEnd(t, name.end + 1) - name.end - 1));
    const bool verb = next.size() > 3 && next.compare(next.size() - 2, 2, "ed") == 0;
    if (metric && !verb && next != "spent" && next != "spend" && next != "lost" && next != "invest" &&
        metric->metric != "share price" && metric->metric != "index level") {
      return false;
    }
    // "Passenger revenues increased …. Passenger train punctuality improved …": where no verb
    // follows it, an opener that the text names before a verb elsewhere is a noun's modifier.
    if (!metric && !VerbFollows(t, name)) return false;
  }
  // Before a verb: a name, unless it looks like a plural noun ("Provisions rose", "Margins fell")
  // or it is a short word before a noun in the present ("Large deals …", "Gross advances …"), which
  // a second sentence it opens before a verb settles.
  const bool plural = lower.size() > 3 && lower.back() == 's' && lower[lower.size() - 2] != 's';
  return opened->second >= 2 || (!plural && !NounFollows(t, name));
}

// A word for a people or a country's things ("Japanese", "British", "European"), which before a
// noun describes it rather than naming whose the number is.
bool IsDemonym(std::string_view word) {
  for (std::string_view end : {"ese", "ish", "ian", "can", "ean"}) {
    if (word.size() > end.size() + 2 && word.compare(word.size() - end.size(), end.size(), end) == 0) return true;
  }
  return false;
}

// Whether a clause break (，。；：、 】, a line, a blank) ends just before `i`.
bool IsClauseBreakBefore(std::string_view t, size_t i) {
  if (i == 0 || t[i - 1] == '\n' || t[i - 1] == ' ') return true;
  for (std::string_view b : {"\xef\xbc\x8c", "\xe3\x80\x82", "\xef\xbc\x9b", "\xef\xbc\x9a", "\xe3\x80\x81", "\xe3\x80\x91"}) {
    if (i >= b.size() && t.substr(i - b.size(), b.size()) == b) return true;
  }
  return false;
}

// Whether a Latin name describes the Han company after it: "PCB大廠臻鼎", "AI龙头".
bool DescribesHanCompany(std::string_view t, const Name& n) {
  for (std::string_view word : {"大廠", "大厂", "龍頭", "龙头", "巨頭", "巨头", "廠商", "厂商", "業者", "业者"}) {
    if (StartsWith(t, n.end, word)) return true;
  }
  return false;
}

// Han company names: two characters before a company ending (蓝驰汽车, 鴻峰科技, 星海集团).
// Whether `t` holds a character that IsHanCharAt reads as Han (a lead byte 0xe4 to 0xe9): a text
// with none, as most English ones, names no Han company and opens no Han clause, and is not walked.
// (memchr for each lead byte: an English text holds none, and a test of every byte read it to its
// end one byte at a time, three times for each text; memchr reads many bytes at once.)
bool HoldsHanLeadByte(std::string_view t) {
  for (int lead = 0xe4; lead <= 0xe9 && !t.empty(); ++lead) {
    if (std::memchr(t.data(), lead, t.size()) != nullptr) return true;
  }
  return false;
}

std::vector<Name> HanCompanyNames(std::string_view t) {
  if (!HoldsHanLeadByte(t)) return {};
  static constexpr std::string_view kEndings[] = {
      "科技", "集团", "集團", "汽车", "汽車", "银行", "銀行", "控股", "电子", "電子", "能源", "电力", "電力",
      "半导体", "半導體", "股份", "药业", "藥業", "通信", "电信", "電信", "航空", "证券", "證券", "保险", "保險",
      "地产", "地產", "动力", "動力", "医药", "醫藥", "网络", "網路", "钢铁", "鋼鐵", "石油", "石化"};
  std::vector<Name> names;
  for (size_t i = 0; i + 3 <= t.size();) {
    if (!IsNonAscii(t[i])) {
      ++i;
      continue;
    }
    size_t matched = 0;
    for (std::string_view end : kEndings) {
      if (StartsWith(t, i, end)) matched = end.size();
    }
    // The two characters before the ending must be Han (three bytes each, not punctuation); an
    // office after it makes it a government body's name (国家能源局, 經濟部能源署), no company's.
    static constexpr std::string_view kOffices[] = {"局", "署", "部", "司", "處", "处", "廳", "厅", "委"};
    if (matched && std::any_of(std::begin(kOffices), std::end(kOffices), [&](std::string_view o) { return StartsWith(t, i + matched, o); })) {
      i += matched;
      continue;
    }
    if (matched && i >= 6 && static_cast<unsigned char>(t[i - 6]) >= 0xe4 && static_cast<unsigned char>(t[i - 6]) <= 0xe9 &&
        static_cast<unsigned char>(t[i - 3]) >= 0xe4 && static_cast<unsigned char>(t[i - 3]) <= 0xe9) {
      // Not 公司控股 (the company's holdings), nor a common noun inside a clause (其中新能源): a name
      // opens its clause or comes back in the text, whole or short (云图 for 云图科技).
      const bool refers = StartsWith(t, i - 6, "\xe5\x85\xac\xe5\x8f\xb8");  // 公司
      const bool opens = i == 6 || IsClauseBreakBefore(t, i - 6);
      const std::string_view short_name = t.substr(i - 6, 6);  // 云图 for 云图科技
      bool again = t.find(short_name, i + matched) != std::string_view::npos ||
                   (i >= 7 && t.rfind(short_name, i - 7) != std::string_view::npos);
      // A name of two characters comes back as a name, opening a clause ("召開電力可靠度審議會" twice
      // and "定期召開" are a verb, no company).
      bool back_as_name = false;
      for (size_t at = t.find(short_name); at != std::string_view::npos && !back_as_name; at = t.find(short_name, at + 1)) {
        back_as_name = at != i - 6 && IsClauseBreakBefore(t, at);
      }
      // 星辰新能源: a name of three or four characters before the ending, when the text never
      // writes the shorter one without the same character before it.
      size_t begin = i - 6;
      while (begin >= 3 && i - begin < 12 && static_cast<unsigned char>(t[begin - 3]) >= 0xe4 &&
             static_cast<unsigned char>(t[begin - 3]) <= 0xe9) {
        const std::string_view shorter = t.substr(begin, i + matched - begin);
        const std::string_view before = t.substr(begin - 3, 3);
        int seen = 0;
        bool same = true;
        for (size_t at = t.find(shorter); at != std::string_view::npos && same; at = t.find(shorter, at + 1)) {
          same = at >= 3 && t.substr(at - 3, 3) == before;
          ++seen;
        }
        if (!same || seen < 2) break;
        begin -= 3;
      }
      if (begin == i - 6) again = back_as_name;
      if (!refers && (opens || again)) names.push_back({begin, i + matched, std::string(t.substr(begin, i + matched - begin))});
      i += matched;
      continue;
    }
    i = CharBoundary(t, i + 1, true);
  }
  return names;
}

// Whether a Chinese text reports on companies: it names one (蓝驰汽车) or writes of results and shares
// (营收, 净利润, 半年报, 股价).
bool IsHanCompanyText(std::string_view t) {
  for (std::string_view word : {"营收", "營收", "营业收入", "營業收入", "净利", "淨利", "半年报", "季报", "年报", "財報",
                                "财报", "股价", "股價"}) {
    if (t.find(word) != std::string_view::npos) return true;
  }
  return !HanCompanyNames(t).empty();
}

bool IsHanCharAt(std::string_view t, size_t i) {
  const auto lead = static_cast<unsigned char>(At(t, i));
  return lead >= 0xe4 && lead <= 0xe9 && i + 3 <= t.size();
}

// Han subjects that open a clause before its period or metric ("腾讯第三季度营收", "蓝驰股价当日上涨"):
// two to four Han characters after a clause break, up to one of the words that follow a subject.
std::vector<Name> HanClauseSubjects(std::string_view t) {
  static constexpr std::string_view kAfterSubject[] = {
      "第", "今年", "去年", "全年", "上半年", "下半年", "前三季", "本季", "上季", "营收", "營收", "净利", "淨利",
      "股价", "股價", "资本", "資本", "市值", "毛利", "营业", "營業", "收入", "销量", "銷量", "交付", "出货", "出貨",
      // 腾讯三季度营收, 臻鼎-KY昨(9)日公布, 华为公布: a quarter, a listing suffix, a day, a release.
      "一季", "二季", "三季", "四季", "首季", "-KY", "昨", "公布", "发布", "發布", "宣布", "披露"};
  // After a line or a clause break, or a description of the company (PCB大廠臻鼎, 电池龙头宁德时代).
  static constexpr std::string_view kBreaks[] = {"，", "。", "；", "：", "】", "\n",
                                                 "大廠", "大厂", "龍頭", "龙头", "巨頭", "巨头"};
  if (!HoldsHanLeadByte(t)) return {};
  std::vector<Name> names;
  for (size_t i = 0; i < t.size(); ++i) {
    if (i > 0 && t[i] != '\n' && !IsNonAscii(t[i])) continue;  // every break but the line's is non-ASCII
    size_t start = i == 0 ? 0 : SIZE_MAX;  // the text's start opens a clause too
    for (std::string_view b : kBreaks) {
      if (StartsWith(t, i, b)) start = i + b.size();
    }
    if (start == SIZE_MAX || !IsHanCharAt(t, start)) continue;  // (a subject here is two Han characters or more)
    size_t end = start;
    for (int chars = 0; chars < 4 && IsHanCharAt(t, end); ++chars) {
      bool marker = false;
      for (std::string_view m : kAfterSubject) marker = marker || StartsWith(t, end, m);
      if (marker) break;
      end += 3;
    }
    bool ends_at_marker = false;
    for (std::string_view m : kAfterSubject) ends_at_marker = ends_at_marker || StartsWith(t, end, m);
    // 腾讯13日晚间发布, 腾讯2025年第三季度: a date after the name; not a dateline's place
    // (上海2026年8月28日电).
    size_t date_end = end;
    while (IsDigit(At(t, date_end)) || StartsWith(t, date_end, "年") || StartsWith(t, date_end, "月") ||
           StartsWith(t, date_end, "日")) {
      date_end += IsDigit(At(t, date_end)) ? 1 : 3;
    }
    const bool dateline = StartsWith(t, date_end, "电") || StartsWith(t, date_end, "電") || StartsWith(t, date_end, "讯") ||
                          StartsWith(t, date_end, "訊");
    const std::string_view date = t.substr(end, date_end - end);
    const bool dated = date.find("日") != std::string_view::npos || date.find("年") != std::string_view::npos;
    if (IsDigit(At(t, end)) && dated && !dateline) ends_at_marker = true;
    // 台積電將今年…, 中傑統計去年…: an adverb or the company's own count after the name.
    for (std::string_view trailing : {"将", "將", "仍", "已", "统计", "統計"}) {
      if (ends_at_marker && end - start > trailing.size() + 3 && t.substr(end - trailing.size(), trailing.size()) == trailing) {
        end -= trailing.size();
        break;
      }
    }
    const std::string words(t.substr(start, end - start));
    // 公司 and 该公司 refer back (ReferenceIn reads them); a clause opening with a verb or an adverb
    // (占, 将, 较, 比 as in 比上年, 约 …) has no subject here.
    bool verb_first = false;
    for (std::string_view v : {"占", "佔", "将", "將", "较", "較", "比", "约", "約", "其", "并", "並", "为", "為", "同", "环", "環", "年",
                                "预计", "預計", "预估", "預估", "表示", "截至", "受", "共", "累计", "累計",
                                // 規劃今年資本支出, 合併營收, 單季營收: a plan or a kind of figure, not whose
                                "规划", "規劃", "计划", "計劃", "合并", "合併", "单季", "單季", "税后", "稅後", "前年",
                                "今年", "去年", "明年",
                                // 低於去年同期的44.2%, 高于预期: a comparison, not whose
                                "低于", "低於", "高于", "高於", "优于", "優於", "不及", "超过", "超過", "达到", "達到",
                                // 綜觀今年, 展望明年, 面對關稅: a look over a period or a matter, not whose
                                "综观", "綜觀", "展望", "面对", "面對",
                                // 記者5日從氣象局獲悉: the text's own reporter, whose no figure is
                                "记者", "記者",
                                // 此前在1月4日, 其後於3月, 在1月: when, not whose; 最高达到, 单日用电量:
                                // the measure's own words (a peak, a single day), not whose
                                "此前", "此后", "此後", "其后", "其後", "随后", "隨後", "在", "於", "于", "最高", "最低",
                                "最大", "单日", "單日"}) {
      verb_first = verb_first || StartsWith(t, start, v);
    }
    if (ends_at_marker && !verb_first && end - start >= 6 && words.find("公司") == std::string::npos) {
      names.push_back({start, end, words});
    }
  }
  return names;
}

// "Alphabet, Amazon, Meta and Microsoft" as one name.
std::string JoinGroup(std::vector<std::string> members) {
  std::sort(members.begin(), members.end());
  members.erase(std::unique(members.begin(), members.end()), members.end());
  std::string out;
  for (size_t k = 0; k < members.size(); ++k) {
    if (k > 0) out += k + 1 == members.size() ? " and " : ", ";
    out += members[k];
  }
  return out;
}

// A German article, or a preposition fused with one ("im", "zum").
bool IsGermanArticle(std::string_view lower) {
  static constexpr std::string_view kArticles[] = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen",
                                                   "einem", "einer", "eines", "im", "zum", "zur", "vom", "beim"};
  return std::find(std::begin(kArticles), std::end(kArticles), lower) != std::end(kArticles);
}

// Whether `t` is German: its opening holds several of the words German writes most ("der", "und",
// "hat", "im", "mit", "von" …), which English and the other languages of the press do not.
bool IsGermanText(std::string_view t) {
  static const WordSet kWords = {"der", "die", "das", "und", "im", "mit", "von",
                                                              "auf", "hat", "dem", "den", "nach", "sich", "ist"};
  const std::string_view opening = t.substr(0, 3000);  // the opening of a text tells its language
  int german = 0;
  for (size_t i = 0; i < opening.size() && german < 4; ++i) {
    if (opening[i] != ' ' || !IsLower(At(opening, i + 1))) continue;
    const size_t end = WordEnd(opening, i + 1);
    if (end - i - 1 <= 4 && At(opening, end) == ' ' && kWords.count(opening.substr(i + 1, end - i - 1)) != 0) ++german;
  }
  return german >= 4;
}

// The endings of German abstract and compound nouns ("Nettoverschuldung", "Vorjahr",
// "Gesellschaft"), which few company names end in.
bool HasGermanNounEnding(std::string_view lower) {
  for (std::string_view end : {"ung", "heit", "keit", "schaft", "jahr", "zeitraum", "stand", "nis"}) {
    if (lower.size() > end.size() + 2 && lower.compare(lower.size() - end.size(), end.size(), end) == 0) return true;
  }
  return false;
}

// In a German text, which capitalises every noun, the one-word runs that are common nouns: written
// after an article or a preposition fused with one, alone or before an adjective ("die Aktie", "im
// dritten Quartal"), written once only ("Anfragen liegen …"), or with a noun's ending
// ("Nettoverschuldung", "Vorjahr"); acronyms ("DAX") are names.
std::set<std::string> GermanCommonNouns(std::string_view t, const std::vector<Name>& runs) {
  std::set<std::string> nouns;
  std::map<std::string, int> seen;
  for (const Name& n : runs) ++seen[n.words];
  for (const Name& n : runs) {
    // A company written with its legal form ("der Rheinstrom AG") is a name after an article too.
    if (n.legal || n.words.find(' ') != std::string::npos || std::all_of(n.words.begin(), n.words.end(), IsUpper)) continue;
    auto [word, start] = WordBefore(t, n.begin);
    const std::string before_adjective = WordBefore(t, start).first;
    const bool adjective = word.size() > 3 && (word.back() == 'n' || word.back() == 'e' || word.back() == 'r' || word.back() == 's');
    if (seen[n.words] < 2 || IsGermanArticle(word) || (adjective && IsGermanArticle(before_adjective)) ||
        HasGermanNounEnding(Lowercase(n.words))) {
      nouns.insert(n.words);
    }
  }
  return nouns;
}

// Whether `name`, after a preposition, stands before a common noun it describes: "in American AI
// infrastructure", "on Chinese chips".
bool DescribesNoun(std::string_view t, const Name& name) {
  static constexpr std::string_view kPrepositions[] = {"in", "into", "on", "for", "of", "to", "from"};
  if (At(t, name.end) != ' ' || !IsLower(At(t, name.end + 1))) return false;
  auto [before, start] = WordBefore(t, name.begin);
  (void)start;
  if (std::find(std::begin(kPrepositions), std::end(kPrepositions), before) == std::end(kPrepositions)) return false;
  const std::string next = Lowercase(t.substr(name.end + 1, WordEnd(t, name.end + 1) - name.end - 1));
  // "The forecast for U.S. growth is 2.1%", "in Ostrian inflation": a place before its economy's
  // measure is whose the measure is.
  static const WordSet kEconomyNouns = {"growth", "economy", "economic", "inflation", "unemployment", "jobless",
                                        "output", "exports", "imports", "gdp", "deficit", "debt", "population"};
  if (kEconomyNouns.count(next) != 0) return false;
  return !IsFunctionWord(next) && !VerbFollows(t, name);
}

// Whether `name` is a disease ("251 new cases of Covid-19", "Lassa fever kills 152", "Ebola
// deaths"): what a count of cases or deaths is of, never whose (a place's, a group's).
bool NamesDisease(std::string_view t, const Name& name) {
  static const WordSet kDiseases = {
      "covid", "covid-19", "coronavirus", "sars", "ebola", "mpox", "cholera", "measles", "malaria", "dengue",
      "zika",  "polio",    "anthrax",     "influenza", "marburg", "nipah", "tuberculosis", "diphtheria"};
  if (name.words.size() <= 12 && name.words.find(' ') == std::string::npos && kDiseases.count(Lowercase(name.words)) != 0) return true;
  for (std::string_view kind : {" fever", " virus", " disease", " flu"}) {
    if (StartsWith(t, name.end, kind) && !IsAsciiLetter(At(t, name.end + kind.size()))) return true;
  }
  return false;
}

// Whether `words` name a storm ("Hurricane Delphine", "Typhoon Mawar", "Storm Ciarán"): an event
// whose losses and damage a text reports, which no later "it" or "the company" refers to.
bool IsStormName(std::string_view words) {
  for (std::string_view kind : {"Hurricane ", "Typhoon ", "Cyclone ", "Storm ", "Tropical Storm ", "Superstorm "}) {
    if (words.substr(0, kind.size()) == kind && words.size() > kind.size()) return true;
  }
  return false;
}

// Whether `words` name a public authority ("Ministry of Health", "Nigeria Centre for Disease
// Control", "the health department", "CDC"), which reports a place's cases and deaths and owns
// none of them.
bool IsAuthority(std::string_view words) {
  static constexpr std::string_view kWords[] = {"Ministry", "Department", "Centre", "Center", "Centers", "Agency", "Institute",
                                                "Authority", "Service", "Organization", "Organisation", "CDC", "WHO"};
  for (std::string_view w : kWords) {
    const size_t at = words.find(w);
    if (at != std::string_view::npos && (at == 0 || words[at - 1] == ' ') &&
        (at + w.size() == words.size() || words[at + w.size()] == ' ')) {
      return true;
    }
  }
  return false;
}

// Whether `words` name a publication ("Third Advance Estimates", "Electric Power Monthly", "the
// Economic Outlook"): figures are stated in it, never its own.
bool IsPublication(std::string_view words) {
  static constexpr std::string_view kHeads[] = {" Estimates", " Estimate", " Report", " Outlook", " Bulletin", " Monthly"};
  return std::any_of(std::begin(kHeads), std::end(kHeads), [&](std::string_view h) {
    return words.size() > h.size() && words.compare(words.size() - h.size(), h.size(), h) == 0;
  });
}

// Whether `name` is a broadcaster or a paper named before what it is ("Aaj television reported",
// "the Dawn newspaper said"): it reports numbers and owns none.
bool NamesOutlet(std::string_view t, const Name& name) {
  static constexpr std::string_view kMedia[] = {" television", " TV ", " radio", " newspaper", " daily ", " news agency"};
  return std::any_of(std::begin(kMedia), std::end(kMedia), [&](std::string_view m) { return StartsWith(t, name.end, m); });
}

// Whether `words` name a central bank: "Norvik Central Bank", "Reserve Bank of India", "Bank of
// Ostmere", "Federal Reserve".
bool IsCentralBank(std::string_view words) {
  return words.find("Central Bank") != std::string_view::npos || words.find("Reserve Bank") != std::string_view::npos ||
         words.compare(0, 8, "Bank of ") == 0 || words == "Federal Reserve";
}

// Whether `name` runs a poll or a survey ("a Nordwire poll of economists", "a Gallup survey"): it
// asks others for their numbers and owns none.
bool RunsPoll(std::string_view t, const Name& name) {
  return StartsWith(t, name.end, " poll") || StartsWith(t, name.end, " survey");
}

// Whether `name` is set apart from what a figure measures: "all members except Mexico", "excluding
// Japan", "other than Brent", "apart from Saudi Arabia", a rival a lead is measured against.
bool SetApart(std::string_view t, const Name& name) {
  auto [before, start] = WordBefore(t, name.begin);
  if (before == "except" || before == "excluding" || before == "besides") return true;
  if (before == "the") std::tie(before, start) = WordBefore(t, start);
  const std::string first = WordBefore(t, start).first;
  // "its lead over the Civic Union", "a margin over Brenholm", "ahead of Northgate": the rival a
  // lead is measured against.
  const bool rival = (before == "over" && (first == "lead" || first == "advantage" || first == "margin" || first == "edge")) ||
                     (before == "of" && first == "ahead");
  return rival || (before == "than" && first == "other") || (before == "from" && first == "apart");
}

// Whether a person's title stands before `name`: "chief executive Laura Benning", "Mr Kuroda".
bool HasTitle(std::string_view t, const Name& name) {
  if (name.begin < 3 || t[name.begin - 1] != ' ') return false;
  // "its chief executive, Maja Ekholm,": the title may stand before a comma.
  const size_t end = t[name.begin - 2] == ',' ? name.begin - 2 : name.begin;
  if (end < 2 || !IsAsciiLetter(t[end - (end == name.begin ? 2 : 1)])) return false;
  auto [before, start] = WordBefore(t, end);
  (void)start;
  return IsTitle(before);
}

// The first word of a place of two words ("South Africa", "New Zealand", "Saudi Arabia"), lowercase.
bool IsPlaceFirstWord(std::string_view lower) {
  static const WordSet kPlaceWords = {"north", "south", "east", "west", "new", "central",
                                      "united", "great", "saudi", "upper", "lower", "hong"};
  return kPlaceWords.count(lower) != 0;
}

// A government's portfolio ("Transportation", "Finance"), capitalised before its secretary's or
// minister's title: "Maryland Transportation Secretary Paul Wiedel".
bool IsPortfolio(std::string_view word) {
  static const WordSet kPortfolios = {"Transportation", "Transport", "Finance", "Interior", "Foreign", "Health", "Energy",
                                      "Defence", "Defense", "Commerce", "Trade", "Treasury", "Labor", "Labour", "Agriculture",
                                      "Education", "Home", "Justice", "Economy", "Environment", "Industry"};
  return kPortfolios.count(word) != 0;
}

// Whether only titles stand in t[from, to): " Chief Executive Officer ", " analyst "; a portfolio
// goes with the title after it (" Energy Secretary " in "U.S. Energy Secretary Dan Brouillette").
bool OnlyTitlesBetween(std::string_view t, size_t from, size_t to) {
  if (to <= from || to - from > 40) return false;
  bool any = false;
  for (size_t i = from; i < to;) {
    if (t[i] == ' ') {
      ++i;
      continue;
    }
    const size_t e = WordEnd(t, i);
    if (e == i || e > to || !(IsTitle(Lowercase(t.substr(i, e - i))) || IsPortfolio(t.substr(i, e - i)))) return false;
    any = true;
    i = e;
  }
  return any;
}

// Whether `name` is who a statement comes from: "X said", "X says", "according to X".
// Whether a verb of saying follows `name`: "X said", "X reported".
bool SaysAfter(std::string_view t, const Name& name) {
  static constexpr std::string_view kSaid[] = {"said", "says", "told", "added", "noted", "wrote", "argued", "announced"};
  const size_t end = At(t, name.end) == '.' ? name.end + 1 : name.end;  // "Kestrel Motors Inc. said"
  const size_t next_end = WordEnd(t, end + 1);
  const std::string next = At(t, end) == ' ' ? Lowercase(t.substr(end + 1, next_end - end - 1)) : "";
  // "Gary Harris added 19", "Alphabet added $2 billion": the verb states the figure that follows.
  if (At(t, next_end) == ' ' && (IsDigit(At(t, next_end + 1)) || At(t, next_end + 1) == '$')) return false;
  return std::find(std::begin(kSaid), std::end(kSaid), next) != std::end(kSaid);
}

bool IsSource(std::string_view t, const Name& name) {
  if (SaysAfter(t, name)) return true;
  auto [before, start] = WordBefore(t, name.begin);
  if (before == "the") before = WordBefore(t, start).first, start = WordBefore(t, start).second;
  return before == "to" && WordBefore(t, start).first == "according";
}

std::vector<std::string> LowerWords(std::string_view t, size_t begin, size_t end);

// Whether `name` is cited after "according to" and words that say what it is ("according to the
// modelling firm Quarrel Analytics"), in the same clause.
bool CitedAfterAccordingTo(std::string_view t, const Name& name) {
  const size_t from = name.begin > 50 ? name.begin - 50 : 0;
  const std::string_view before = t.substr(from, name.begin - from);
  const size_t at = before.rfind("according to ");
  return at != std::string_view::npos && before.find_first_of(",.;", at) == std::string_view::npos;
}

// Whether `name` stands for those who estimate others' numbers: a bank or firm before its
// analysts ("RBC Capital Markets analyst Mark Mahaney was looking for …", "Jefferies analysts
// expect …") or the market's consensus ("29% more than Wall Street expected").
bool EstimatesOthers(std::string_view t, const Name& name) {
  if (name.words == "Wall Street") return true;
  // "a consensus estimate of 2.25 billion from Refinitiv", "analysts polled by FactSet", "estimates
  // compiled by LSEG": the firm that gathers the estimates of a company's number, after "by" or
  // "from" a few words past a word of estimating.
  static const WordSet kEstimating = {
      "estimate", "estimates", "consensus", "forecast", "forecasts", "expectations", "projections",
      "polled",   "surveyed",  "compiled",  "tracked",  "expected",  "predicted", "consulted"};
  const auto [before, start] = WordBefore(t, name.begin);
  // "Analysts at Brookfeld Securities expect …": the firm whose analysts estimate.
  if (before == "at") {
    const std::string role = WordBefore(t, start).first;
    if (role == "analysts" || role == "analyst" || role == "economists" || role == "strategists") return true;
  }
  // ("consulted by the Broadcast Projections": after "the" too.)
  const auto [by, by_start] = before == "the" ? WordBefore(t, start) : std::make_pair(before, start);
  if (by == "by" || by == "from") {
    const size_t from = by_start > 60 ? by_start - 60 : 0;
    for (const std::string& word : LowerWords(t, from, by_start)) {
      if (kEstimating.count(word) != 0) return true;
    }
  }
  // "according to LSEG data", "FactSet data showed", "a new ORR report", "a Gallup survey": who
  // publishes the numbers, each named before its noun.
  for (std::string_view published : {" data", " report", " survey", " study", " statistics"}) {
    if (StartsWith(t, name.end, published) && !IsAsciiLetter(At(t, name.end + published.size()))) return true;
  }
  // "according to the Philadelphia Federal Reserve's quarterly survey of 46 forecasters", "a
  // Harlow University's latest poll": who runs the survey, past its possessive and up to two words.
  // (Not "report" nor "data": a company's annual report and a country's trade data give their own
  // numbers.)
  if (const size_t mark = StartsWith(t, name.end, "'s ") ? 3 : StartsWith(t, name.end, "\xe2\x80\x99s ") ? 5 : 0) {
    static const WordSet kSurveys = {"survey", "surveys", "poll", "polls", "study", "projections"};
    size_t at = name.end + mark;
    for (int k = 0; k < 3 && IsLower(At(t, at)); ++k) {
      const size_t end = WordEnd(t, at);
      if (kSurveys.count(t.substr(at, end - at)) != 0) return true;
      if (At(t, end) != ' ') break;
      at = end + 1;
    }
  }
  // "the Retail Price Index", "the National Consumer Price Index": a measure of prices, no one's.
  if (EndsWith(name.words, "Price Index")) return true;
  // "UBS raised its target on the shares to $22.50", "Jefferies cut its price target to $26": a
  // broker's target is for another company's shares.
  static const WordSet kSetting = {"raised", "raises", "cut", "cuts", "lowered", "lowers", "lifted",
                                                                "lifts", "trimmed", "trims", "set", "sets", "boosted"};
  // (The words after the name are read only when a verb of setting follows it: most names have
  // none, and reading them for every name had cost figures 5 % of their speed.)
  size_t verb = name.end;
  while (verb < t.size() && verb < name.end + 4 && !IsAsciiLetter(t[verb])) ++verb;
  size_t verb_end = verb;
  while (verb_end < t.size() && IsAsciiLetter(t[verb_end])) ++verb_end;
  if (kSetting.count(t.substr(verb, verb_end - verb)) != 0) {
    const std::vector<std::string> next = LowerWords(t, name.end, std::min(t.size(), name.end + 40));
    if (next.size() >= 3 && kSetting.count(next[0]) != 0 && (next[1] == "its" || next[1] == "a" || next[1] == "the") &&
        (next[2] == "target" || (next.size() >= 4 && next[2] == "price" && next[3] == "target"))) {
      return true;
    }
  }
  if (At(t, name.end) != ' ') return false;
  for (std::string_view role : {"analyst", "economist", "strategist"}) {
    const size_t end = name.end + 1 + role.size();
    if (StartsWithNoCase(t, name.end + 1, role) && !IsAsciiLetter(At(t, At(t, end) == 's' ? end + 1 : end))) return true;
  }
  return false;
}

// Whether a source is a statistics office or an electoral or labour authority ("the Bureau of
// Labor Statistics", "the Central Election Commission said", "the Labor Department said"), which
// counts others' numbers: the economy's, the election's, never its own.
bool CountsOthers(std::string_view words) {
  static constexpr std::string_view kWords[] = {"Statistics", "Statistical", "Census", "Bureau", "Commission", "Office",
                                                "Department", "Ministry", "Administration"};
  for (std::string_view w : kWords) {
    const size_t at = words.find(w);
    if (at != std::string_view::npos && (at == 0 || words[at - 1] == ' ') &&
        (at + w.size() == words.size() || words[at + w.size()] == ' ')) {
      return true;
    }
  }
  return false;
}

// Whether `words` name a statistics office by its own name ("Eurostat", "Turkstat", "Destatis",
// "Statistics Lithuania", "Office for National Statistics"): it publishes others' numbers and owns
// none, whatever verb the text gives it ("Eurostat also confirmed its earlier estimate that …").
bool IsStatisticsOffice(std::string_view words) {
  for (size_t at = 0; at < words.size();) {
    const size_t space = std::min(words.find(' ', at), words.size());
    const std::string word = Lowercase(words.substr(at, space - at));
    if (word.find("statis") != std::string::npos || word.compare(0, 6, "census") == 0 ||
        (word.size() >= 5 && word.compare(word.size() - 4, 4, "stat") == 0)) {
      return true;
    }
    at = space + 1;
  }
  return false;
}

// Whether `name` is a stock exchange named as where shares trade ("closed at $48.23 on the New York
// Stock Exchange and fell further to $44.50", "on Nasdaq"): a market's place, never whose the price
// is ("with the Nasdaq up 1.2%" is the index's).
bool TradesOnExchange(std::string_view t, const Name& name) {
  static const WordSet kExchanges = {"Nasdaq", "NASDAQ", "NYSE"};
  if (!EndsWith(name.words, "Stock Exchange") && kExchanges.count(name.words) == 0) return false;
  auto [before, start] = WordBefore(t, name.begin);
  if (before == "the") before = WordBefore(t, start).first;
  return before == "on";
}

// Whether `name` is an agency's credit in brackets opening a line before a dash ("(CN) — Employers
// added …", "(AP) - …"): the wire that tells the story, no one's number.
bool CreditsWire(std::string_view t, const Name& name) {
  if (Before(t, name.begin) != '(' || At(t, name.end) != ')') return false;
  const size_t open = name.begin - 1;
  if (open > 0 && t[open - 1] != '\n') return false;
  size_t after = name.end + 1;
  while (At(t, after) == ' ') ++after;
  return At(t, after) == '-' || StartsWith(t, after, "\xe2\x80\x94") || StartsWith(t, after, "\xe2\x80\x93");
}

// Whether the capitals `words` end in a plural "s" ("PCs", "EVs", "SUVs", "ETFs"): things of a kind,
// no one's name.
bool IsPluralAcronym(std::string_view words) {
  return words.size() >= 3 && words.back() == 's' &&
         std::all_of(words.begin(), words.end() - 1, [](char c) { return IsUpper(c); });
}

// Whether `name` is an international body that forecasts economies (the OECD, the IMF, the World
// Bank, a development bank) before its verb of forecasting or saying: "For Canada, the OECD sees
// 0.9% growth", "the IMF expects inflation of 3%". It publishes others' numbers; "inflation in OECD
// countries" stays the group's.
bool ForecastsEconomies(std::string_view t, const Name& name) {
  static constexpr std::string_view kBodies[] = {
      "OECD", "IMF", "World Bank", "International Monetary Fund", "Organisation for Economic Cooperation and Development",
      "Organization for Economic Cooperation and Development", "Organisation for Economic Co-operation and Development",
      "Organization for Economic Co-operation and Development", "Asian Development Bank", "African Development Bank",
      "European Bank for Reconstruction and Development"};
  if (std::find(std::begin(kBodies), std::end(kBodies), name.words) == std::end(kBodies) || At(t, name.end) != ' ') return false;
  static const WordSet kForecasting = {
      "sees", "saw", "expects", "expected", "forecasts", "forecast", "projects", "projected", "predicts", "predicted",
      "estimates", "estimated", "said", "says", "had", "has", "now", "also", "cut", "raised", "lowered", "trimmed"};
  const size_t next = name.end + 1;
  return kForecasting.count(Lowercase(t.substr(next, WordEnd(t, next) - next))) != 0;
}

// Whether `name` releases or reports a number ("the Labor Department reported Tuesday", "…, said
// the Commerce Department", "says the Insurance Information Institute"): what a statistics office
// or a department does with the numbers of others.
bool ReportsNumbers(std::string_view t, const Name& name) {
  static constexpr std::string_view kReport[] = {"reported", "reports", "released", "releases", "published", "estimated"};
  const std::string next = At(t, name.end) == ' ' ? Lowercase(t.substr(name.end + 1, WordEnd(t, name.end + 1) - name.end - 1)) : "";
  if (std::find(std::begin(kReport), std::end(kReport), next) != std::end(kReport)) return true;
  auto [before, start] = WordBefore(t, name.begin);
  if (before == "the") before = WordBefore(t, start).first;
  return before == "said" || before == "says" || before == "reported";
}

// Whether a statistics office or department is named as the publisher of what follows: before
// the name of its output ("the latest Labor Department estimates", "the Labor Department's closely
// watched jobs report", "Commerce Department data"), within four lowercase words.
bool PublishesOutput(std::string_view t, const Name& name) {
  static const WordSet kOutput = {"report", "reports", "data", "figures", "estimates", "estimate", "statistics",
                                  "survey", "release", "bulletin", "numbers"};
  size_t at = name.end;
  if (StartsWith(t, at, "'s")) at += 2;
  else if (StartsWith(t, at, "\xe2\x80\x99s")) at += 4;
  for (int k = 0; k < 4 && At(t, at) == ' ' && IsLower(At(t, at + 1)); ++k) {
    const size_t end = WordEnd(t, at + 1);
    if (kOutput.count(Lowercase(t.substr(at + 1, end - at - 1))) != 0) return true;
    at = end;
  }
  return false;
}

// Whether `name` is the possessor of a statistics office ("the EU's statistics agency confirmed",
// "Ostria's census bureau"): whose office it is, not whose number.
bool OwnsStatisticsOffice(std::string_view t, const Name& name) {
  const size_t mark = StartsWith(t, name.end, "'s ") ? 3 : StartsWith(t, name.end, "\xe2\x80\x99s ") ? 5 : 0;
  return mark != 0 && (StartsWith(t, name.end + mark, "statistic") || StartsWith(t, name.end + mark, "census"));
}

// Whether an apposition after `name` makes it a statistics office's or a forecaster's voice
// ("said Suhariyanto, the statistics bureau chief", "Ana Lind, an economist at Sella Bank"): who
// reports or estimates others' numbers owns none.
bool AppositionSpeaksForOthers(std::string_view t, const Name& name) {
  static const WordSet kVoices = {"statistics", "statistical", "census", "economist", "analyst", "strategist"};
  if (!StartsWith(t, name.end, ", ")) return false;
  size_t at = name.end + 1;
  for (int k = 0; k < 6 && At(t, at) == ' ' && IsAsciiLetter(At(t, at + 1)); ++k) {
    const size_t end = WordEnd(t, at + 1);
    if (kVoices.count(Lowercase(t.substr(at + 1, end - at - 1))) != 0) return true;
    at = end;
  }
  return false;
}

// How a wire story's credit line begins.
constexpr std::string_view kCredits[] = {"reporting by ", "additional reporting by ", "writing by ", "editing by ",
                                         "compiled by ", "edited by "};

// Every name of the text in order, each under the fullest name the text writes for it ("Caldera"
// after "Caldera Semiconductor"), lists of names joined into one.
// Whether the name at [begin, end) is put as a place by the words before it: "in", "within",
// "across", "excluding" … ("sales in Europe", "deliveries in central and eastern Europe"), or "to"
// after goods sent ("exports to China"); not "shares in", "a stake in", nor a possessive ("to
// Harbourside's 6").
bool AfterPlacePreposition(std::string_view t, size_t begin, size_t end) {
  static const WordSet kPlaces = {"in", "within", "across", "throughout", "outside",
                                                               "excluding", "except"};
  static const WordSet kSent = {"exports", "shipments", "sales", "deliveries", "imports"};
  static const WordSet kNotPlace = {"shares", "stake", "stakes", "interest", "investment"};
  static const WordSet kSkipped = {"the", "western", "eastern", "northern", "southern", "central", "and"};
  if (StartsWith(t, end, "'s") || StartsWith(t, end, "\xe2\x80\x99s")) return false;
  auto [word, at] = WordBefore(t, begin);
  for (int k = 0; k < 4 && kSkipped.count(word) != 0; ++k) std::tie(word, at) = WordBefore(t, at);
  if (!IsLower(At(t, at)) && !OpensSentence(t, at)) return false;  // "Research In Motion", not "In Europe, …"
  const std::string before = WordBefore(t, at).first;
  if (word == "to") return kSent.count(before) != 0;
  return kPlaces.count(word) != 0 && kNotPlace.count(before) == 0;
}

// Whether `n` is a stock ticker in brackets right after the name `before` (`(CSCO.O)`, `(TRI)`,
// `(NASDAQ:MSFT)`, `(NYSE:RCI)`): brackets that hold one word in capitals, with no blank, an
// exchange's code before a colon at most.
bool IsTickerOf(std::string_view t, const Name& before, const Name& n) {
  const size_t open = before.end + 1;  // looked at, not searched for: a search ran on through the text
  if (open >= n.begin || t[before.end] != ' ' || t[open] != '(') return false;
  const size_t close = t.find(')', n.end);
  if (close == std::string_view::npos || close - open > 24) return false;
  const std::string_view inside = t.substr(open + 1, close - open - 1);
  return std::none_of(inside.begin(), inside.end(), [](char c) { return c == ' ' || c == '\n'; }) &&
         std::none_of(n.words.begin(), n.words.end(), IsLower) && n.words.size() >= 2;
}

// Whether `headline` is written in title case ("India Witnessing Spike In Dengue Cases"): most of
// its words of four letters or more begin with a capital, so its capitals say nothing of names.
bool TitleCase(std::string_view headline) {
  int words = 0, capitalised = 0;
  for (size_t i = 0; i < headline.size();) {
    if (!IsAsciiLetter(headline[i]) || IsAsciiLetter(Before(headline, i))) {
      ++i;
      continue;
    }
    const size_t e = WordEnd(headline, i);
    if (e - i >= 4) {
      ++words;
      capitalised += IsUpper(headline[i]) ? 1 : 0;
    }
    i = std::max(e, i + 1);
  }
  return words >= 3 && capitalised * 10 >= words * 7;
}

// The lines written in title case as headings: the headline, and any other line of a page in that
// style ("Liverpool Top of Premier League" below a date line, "April 9th, 2018, Published in
// Articles: Energize", a headline with no blank line after it). Each is a span of `t`; a text of
// one line has none.
std::vector<ByteSpan> TitleCaseLines(std::string_view t) {
  std::vector<ByteSpan> lines;
  // (German capitalises every noun: its headlines look so without being so.)
  if (t.find('\n') == std::string_view::npos || IsGermanText(t)) return lines;
  constexpr size_t kLongestHeading = 200;
  for (size_t begin = 0; begin < t.size();) {
    const size_t end = std::min(t.find('\n', begin), t.size());
    size_t last = end;
    while (last > begin && (t[last - 1] == ' ' || t[last - 1] == '\r')) --last;
    // Below the headline, a line that ends as a sentence does is one ("Harald Venn's Unity Party won 40
    // seats."), and one of several numbers is a score or a table's row ("Harbour Kites 104 (21-9), …").
    const bool ends_sentence = last > begin && std::string_view(".?!;,").find(t[last - 1]) != std::string_view::npos;
    int numbers = 0;
    for (size_t i = begin; i < end; ++i) numbers += IsDigit(t[i]) && !IsDigit(Before(t, i)) ? 1 : 0;
    constexpr int kNumbersOfADate = 2;  // ("April 9th, 2018, Published in …")
    const bool body_line = ends_sentence || numbers > kNumbersOfADate;
    if (end - begin <= kLongestHeading && (begin == 0 || !body_line) && TitleCase(t.substr(begin, end - begin))) {
      lines.push_back({begin, end});
    }
    begin = end + 1;
  }
  return lines;
}

// A heading in title case names only what the rest of the text names: its runs are replaced by the
// other lines' names where the heading writes them ("Dengue Cases", "Interest Rates Cut", "Adds
// Jobs" are no names; "India" and "Health Ministry" in "… Dengue Cases, Says Health Ministry" are,
// when the body writes them).
void NamesOfTitleCaseHeadline(std::string_view t, std::vector<Name>* runs) {
  const std::vector<ByteSpan> headings = TitleCaseLines(t);
  if (headings.empty()) return;
  auto in_heading = [&](size_t at) {
    return std::any_of(headings.begin(), headings.end(), [&](const ByteSpan& h) { return at >= h.begin && at < h.end; });
  };
  std::vector<Name> kept;
  std::unordered_set<std::string> seen;
  for (const Name& n : *runs) {
    if (!in_heading(n.begin)) kept.push_back(n);
  }
  std::vector<Name> found;
  for (const Name& n : kept) {
    // (A word that opens a body sentence, "Insured losses …", is no name by that alone.)
    const bool one_opener = n.opens_sentence && n.words.find(' ') == std::string::npos;
    if (one_opener || !seen.insert(n.words).second) continue;
    const std::string_view words = t.substr(n.begin, n.end - n.begin);
    for (const ByteSpan& h : headings) {
      const std::string_view line = t.substr(h.begin, h.end - h.begin);
      for (size_t at = line.find(words); at != std::string_view::npos; at = line.find(words, at + 1)) {
        if (!IsAsciiAlnum(Before(t, h.begin + at)) && !IsAsciiAlnum(At(t, h.begin + at + words.size()))) {
          found.push_back(n);
          found.back().begin = h.begin + at, found.back().end = h.begin + at + words.size();
          found.back().opens_sentence = true;  // (the body's writing, not the heading's, says it is a name)
        }
      }
    }
  }
  kept.insert(kept.end(), found.begin(), found.end());
  std::stable_sort(kept.begin(), kept.end(), [](const Name& a, const Name& b) { return a.begin < b.begin; });
  *runs = std::move(kept);
}

// Whether the capitals `n` stand in brackets for the lowercase words just before them, as their
// initials: "million tonnes (MT)", "monetary policy committee (MPC)" abbreviate common words and
// name no one. `*possessor` is then where a possessive before those words begins ("the Reserve
// Bank's monetary policy committee (MPC)": whose the abbreviated thing is), else SIZE_MAX.
bool AbbreviatesCommonWords(std::string_view t, const Name& n, size_t* possessor) {
  *possessor = SIZE_MAX;
  if (n.words.size() < 2 || n.words.size() > 5 || Before(t, n.begin) != '(' || At(t, n.end) != ')' ||
      !std::all_of(n.words.begin(), n.words.end(), IsUpper)) {
    return false;
  }
  size_t at = n.begin - 1;
  for (size_t k = n.words.size(); k-- > 0;) {
    auto [word, start] = WordBefore(t, at);
    if (word.empty() || !IsLower(At(t, start)) || ToLowerAscii(n.words[k]) != word[0]) return false;
    at = start;
  }
  if (at >= 3 && t[at - 1] == ' ' && t[at - 2] == 's' && t[at - 3] == '\'') *possessor = at - 3;
  if (at >= 5 && t[at - 1] == ' ' && t[at - 2] == 's' && t.substr(at - 5, 3) == "\xe2\x80\x99") *possessor = at - 5;
  return true;
}

std::vector<Name> NamesOf(std::string_view t) {
  std::vector<Name> runs = CapitalisedRuns(t, {0, t.size()});
  // "Maryland Transportation Secretary Paul Wiedel", "Finance Minister Ida Brenholm": a portfolio
  // before a government title is no part of a name; the place before it is one.
  for (Name& n : runs) {
    if (!StartsWithNoCase(t, n.end, " secretary ") && !StartsWithNoCase(t, n.end, " minister ")) continue;
    const size_t space = n.words.rfind(' ');
    if (!IsPortfolio(space == std::string::npos ? n.words : n.words.substr(space + 1))) continue;
    n.words.resize(space == std::string::npos ? 0 : space);
    n.end = n.begin + n.words.size();
  }
  // "4 p.m. ET", "1600 GMT": a time zone names no one.
  static const WordSet kTimeZones = {"ET", "EST", "EDT", "CT", "CST", "CDT", "PT", "PST", "PDT", "GMT", "BST",
                                     "CET", "CEST", "IST", "JST", "KST", "HKT", "SGT", "AEST", "AEDT", "UTC"};
  runs.erase(std::remove_if(runs.begin(), runs.end(), [](const Name& n) { return n.words.empty() || kTimeZones.count(n.words) != 0; }),
             runs.end());
  NamesOfTitleCaseHeadline(t, &runs);
  // "Wind supplied 11.5%", "Solar: 4.1 gigawatts": a source of electricity opening a sentence or a
  // line is a common noun (figure_subject_sources), whatever its capital.
  runs.erase(std::remove_if(runs.begin(), runs.end(), [&](const Name& n) {
               const auto source = MatchEnergySourceAt(t, n.begin);
               return source && source->end == n.end;
             }),
             runs.end());
  // Abbreviations of common words own nothing ("106.41 million tonnes (MT)"), wherever the text
  // writes them; one of something a possessive names is that possessor's ("the Reserve Bank's
  // monetary policy committee (MPC)"): `owned_at` keeps where the possessor's name ends.
  std::unordered_map<std::string, size_t> owned_at;
  {
    std::unordered_set<std::string> abbreviations;
    for (const Name& n : runs) {
      size_t possessor = SIZE_MAX;
      if (!AbbreviatesCommonWords(t, n, &possessor)) continue;
      if (possessor == SIZE_MAX) abbreviations.insert(n.words);
      else owned_at.emplace(n.words, possessor);
    }
    if (!abbreviations.empty()) {
      runs.erase(std::remove_if(runs.begin(), runs.end(), [&](const Name& n) { return abbreviations.count(n.words) != 0; }), runs.end());
    }
  }
  // A dateline's place and agency ("LONDON, Sept 21 (Reuters) - ") own nothing, and a sentence
  // begins after it.
  // (Only paragraphs that open with a capital, a digit or a Han character are read for one.)
  for (size_t line = 0; line < t.size();) {
    const bool paragraph = line == 0 || (line >= 2 && t[line - 2] == '\n');
    size_t dateline = paragraph && (IsUpper(t[line]) || IsDigit(t[line]) || IsNonAscii(t[line])) ? DatelineLength(t.substr(line, 200)) : 0;
    if (dateline == 0 && paragraph && line > 0 && line == FirstBodyParagraph(t)) dateline = ColonDatelineLength(t.substr(line, 40));
    if (dateline != 0) {
      runs.erase(std::remove_if(runs.begin(), runs.end(), [&](const Name& n) { return n.begin >= line && n.begin < line + dateline; }),
                 runs.end());
      for (Name& n : runs) {
        if (n.begin == line + dateline) n.opens_sentence = true;
      }
    }
    const size_t next = t.find('\n', line);
    if (next == std::string_view::npos) break;
    line = next + 1;
  }
  // A wire story's credit line ("(Reporting by Alex Lawler; Editing by Dale Hudson)") names its
  // journalists, who own no number: after a parenthesis or a line's start, to the parenthesis's
  // close or the line's end.
  // (A byte loop: find_first_of with two characters calls memchr at every byte.)
  for (size_t at = 0; at < t.size(); ++at) {
    if (t[at] != '(' && t[at] != '\n') continue;
    const bool credit = std::any_of(std::begin(kCredits), std::end(kCredits),
                                    [&](std::string_view c) { return StartsWithNoCase(t, at + 1, c); });
    if (!credit) continue;
    const size_t close = t.find(t[at] == '(' ? ')' : '\n', at + 1);
    const size_t end = close == std::string_view::npos ? t.size() : close;
    runs.erase(std::remove_if(runs.begin(), runs.end(), [&](const Name& n) { return n.begin > at && n.begin < end; }), runs.end());
  }
  // A byline ("By Mark Mulligan" on a line of its own) names the writer, who owns no number.
  for (size_t at = 0; at < t.size(); at = t.find('\n', at) == std::string_view::npos ? t.size() : t.find('\n', at) + 1) {
    if (!StartsWith(t, at, "By ")) continue;
    const size_t end = std::min(t.find('\n', at), t.size());
    const std::string_view line = t.substr(at, end - at);
    if (line.size() > 60 || std::any_of(line.begin(), line.end(), IsDigit)) continue;
    runs.erase(std::remove_if(runs.begin(), runs.end(), [&](const Name& n) { return n.begin > at && n.begin < end; }), runs.end());
  }
  // "der Konzern Investitionen von …": in German a metric's noun after another noun begins no part
  // of a name, so the run ends before it.
  const bool german = IsGermanText(t);
  if (german) {
    for (Name& n : runs) {
      for (size_t space = n.words.find(' '); space != std::string::npos; space = n.words.find(' ', space + 1)) {
        const std::optional<MetricMatch> m = MatchMetricAt(t, n.begin + space + 1);
        if (m && m->metric != "index level" && IsUpper(n.words[space + 1]) && !n.legal) {
          n.words.resize(space);
          n.end = n.begin + space;
          break;
        }
      }
    }
  }
  // German capitalises every noun: there a one-word run that the text writes after an article
  // ("die Aktie", "der Konzern", "das EBIT") is a common noun.
  const std::set<std::string> german_nouns = german ? GermanCommonNouns(t, runs) : std::set<std::string>();
  runs.erase(std::remove_if(runs.begin(), runs.end(), [&](const Name& n) { return german_nouns.count(n.words) != 0; }), runs.end());
  // "Der Versorger Nordstrom Energie": there a noun after an article opens a run whose rest the
  // text writes as a name of its own ("Nordstrom Energie verdient …").
  if (!german_nouns.empty()) {
    std::set<std::string> written;
    for (const Name& n : runs) written.insert(n.words);
    for (Name& n : runs) {
      const size_t space = n.words.find(' ');
      if (space == std::string::npos || !IsGermanArticle(WordBefore(t, n.begin).first)) continue;
      const std::string rest = n.words.substr(space + 1);
      if (written.count(rest) == 0) continue;
      n.words = rest;
      n.begin += space + 1;
    }
  }
  // "Rival Halden Auto Group", "Striker Tomas Ruiz": a common word that opens a sentence before a
  // name of two words or more is no part of it, when the text writes it capitalised nowhere else.
  auto written_inside = [&](std::string_view word) {
    return std::any_of(runs.begin(), runs.end(), [&](const Name& other) {
      if (other.opens_sentence) return false;
      const size_t at = other.words.find(word);
      return at != std::string::npos && (at == 0 || other.words[at - 1] == ' ') &&
             (at + word.size() == other.words.size() || other.words[at + word.size()] == ' ');
    });
  };
  for (Name& n : runs) {
    const size_t space = n.words.find(' ');
    if (!n.opens_sentence || space == std::string::npos || n.words.find(' ', space + 1) == std::string::npos) continue;
    const std::string first = n.words.substr(0, space);
    // ("Procter & Gamble", "Bank of England" keep their first word: a joiner follows it; so does a
    // company written with its legal form, "Delta Air Lines Inc.", whose whole name that is.)
    // ("South African Reserve Bank" keeps its place's first word.)
    if (IsLower(first.back()) && IsUpper(n.words[space + 1]) && !StartsWith(t, n.begin + first.size(), "'s") && !n.legal &&
        !written_inside(first) && !IsPlaceFirstWord(Lowercase(first))) {
      n.words = n.words.substr(space + 1);
      n.begin += space + 1;
      n.opens_sentence = false;
    }
  }
  // "Members of the IAM District", "Shareholders of Brill Power": people of an organisation are
  // counted as the organisation's ("33,000 members"), and its name is what the text goes on using.
  for (Name& n : runs) {
    const size_t space = n.words.find(' ');
    if (space == std::string::npos || n.words.compare(space, 4, " of ") != 0) continue;
    const std::string first = n.words.substr(0, space);
    if (!IsPluralOfPeopleWord(Lowercase(first)) || IsOrganizationHead(first)) continue;
    const size_t rest = space + (n.words.compare(space, 8, " of the ") == 0 ? 8 : 4);
    n.words = n.words.substr(rest);
    n.begin += rest;
    n.opens_sentence = false;
  }
  // (Hashed: filled once per name of the text. What is read from them does not depend on order.)
  std::unordered_set<std::string> named_inside, multi_word;
  std::unordered_map<std::string, int> verb_openers;
  std::unordered_map<std::string, size_t> first_written;  // where the text's body first writes each name
  const size_t body = FirstBodyParagraph(t);
  for (const Name& n : runs) {
    // A name written inside a sentence, with its legal form or as a possessive ("Acme Corp's
    // revenue") is one wherever else it opens a sentence ("Acme shares gained 3%").
    const size_t end = At(t, n.end) == '.' ? n.end + 1 : n.end;
    if (!n.opens_sentence || n.legal || StartsWith(t, end, "'s") || StartsWith(t, end, "\xe2\x80\x99s")) named_inside.insert(n.words);
    if (n.opens_sentence && VerbFollows(t, n)) ++verb_openers[n.words];
    if (n.words.find(' ') != std::string::npos) multi_word.insert(n.words);
    if (n.begin >= body) first_written.emplace(n.words, n.begin);  // (a headline writes short forms first)
  }
  // A one-word name that is the first word of exactly one longer name stands for it ("Caldera" for
  // "Caldera Semiconductor"; not "England" for "NHS England").
  std::unordered_map<std::string, std::string> fullest;
  std::unordered_map<std::string, int> candidates;
  for (const std::string& m : multi_word) {
    const std::string first = m.substr(0, m.find(' '));
    if (++candidates[first] == 1) {
      fullest[first] = m;
    } else {
      fullest.erase(first);
    }
  }
  // A one-word name that is the last word of exactly one two-word name stands for it: a surname
  // ("Love" for "Kevin Love", "Trump" for "Donald Trump"), a team ("Hornets" for "Charlotte
  // Hornets"); not an organisation's noun ("Group"), a news outlet ("Reuters" of "Thomson
  // Reuters") or the second word of a place ("Africa" of "South Africa").
  std::unordered_map<std::string, std::string> by_last_word;  // an empty name where two names share it
  for (const std::string& m : multi_word) {
    const size_t space = m.find(' ');
    if (m.find(' ', space + 1) != std::string::npos) continue;
    const std::string last = m.substr(space + 1);
    const std::string given = m.substr(0, space);
    if (std::none_of(given.begin(), given.end(), IsLower)) continue;  // "NHS England" is no one's surname
    // A surname comes after the full name, never before it ("England … NHS England" is a place).
    const auto full_at = first_written.find(m);  // (not [], whose insertion would move short_at)
    const size_t full_first = full_at == first_written.end() ? 0 : full_at->second;
    if (auto short_at = first_written.find(last); short_at != first_written.end() && short_at->second < full_first) continue;
    if (last.size() < 3 || !IsUpper(last[0]) || !std::all_of(last.begin() + 1, last.end(), IsLower) ||
        IsOrganizationNoun(Lowercase(last)) || IsNewsOutlet(last) || IsPlaceFirstWord(Lowercase(m.substr(0, space)))) {
      continue;
    }
    auto [it, inserted] = by_last_word.emplace(last, m);
    if (!inserted && it->second != m) it->second.clear();
  }
  std::unordered_map<std::string, std::string> by_initials;  // an empty name where two longer names share them
  for (const std::string& m : multi_word) {
    const std::string initials = InitialsOf(m);  // "of", "for" give none
    if (initials.size() < 2) continue;
    auto [it, inserted] = by_initials.emplace(initials, m);
    if (!inserted && it->second != m) it->second.clear();
  }
  // "Corvane Inc." is the company and "Corvane Cloud" its unit: a name written with its legal form
  // stands for no longer one; nor does a place for its public authority ("Nigeria" and the "Nigeria
  // Centre for Disease Control").
  for (const Name& n : runs) {
    if (n.legal) fullest.erase(n.words);
  }
  // "Fed" for "Federal Reserve": a short word that begins the first word of exactly one longer name.
  std::unordered_map<std::string, std::string> shortened;
  for (const Name& n : runs) {
    const std::string& w = n.words;
    if (w.size() != 3 || !IsUpper(w[0]) || !IsLower(w[1]) || !IsLower(w[2]) || fullest.count(w) != 0) continue;
    std::string only;
    for (const std::string& m : multi_word) {
      const size_t space = m.find(' ');
      if (space < 5 || m.compare(0, 3, w) != 0 || !IsLower(m[3])) continue;
      only = only.empty() || only == m ? m : "\n";  // "\n": two names begin so
    }
    if (!only.empty() && only != "\n") shortened.emplace(w, only);
  }
  fullest.insert(shortened.begin(), shortened.end());
  // "OPEC+": a group written with a plus sign is its core and allies ("the Organization of the
  // Petroleum Exporting Countries and allies", "OPEC and its allies").
  std::unordered_set<std::string> plus_groups;
  for (const Name& n : runs) {
    if (n.words.size() > 2 && n.words.back() == '+') plus_groups.insert(n.words);
  }
  for (auto it = fullest.begin(); it != fullest.end();) {
    // ("California" for "California Public Utilities Commission": a place is not its regulator.)
    const bool authority = IsAuthority(it->second) || EndsWith(it->second, " Commission");
    it = authority && !IsAuthority(it->first) ? fullest.erase(it) : std::next(it);
  }
  std::vector<Name> names;
  std::unordered_set<std::string> surnamed;  // full names the text also writes by their last word
  for (Name& n : runs) {
    const bool one_word = n.words.find(' ') == std::string::npos;
    // An opener that is the first word of a longer name the text writes ("Lindqvist shares rose …"
    // beside "Lindqvist Foods") is that name.
    const auto surname = one_word ? by_last_word.find(n.words) : by_last_word.end();
    const bool stands_for_longer = fullest.count(n.words) != 0 || (surname != by_last_word.end() && !surname->second.empty());
    if (one_word && n.opens_sentence && !stands_for_longer && !OpenerIsName(t, n, named_inside, verb_openers)) continue;
    // "Thomson Reuters I/B/E/S": letters between slashes abbreviate a service's name, none of its own.
    if (n.words.size() == 1 && (Before(t, n.begin) == '/' || At(t, n.end) == '/')) continue;
    // "The Standard & Poor's 500 index fell …": the index, as the wire writes it in full, is the S&P 500.
    if (n.words == "Standard & Poor" && StartsWith(t, n.end, "'s 500")) n.words = "S&P 500", n.end += 6;
    if (one_word && IsDemonym(n.words) && At(t, n.end) == ' ' && IsLower(At(t, n.end + 1))) continue;
    if (auto full = fullest.find(n.words); one_word && full != fullest.end()) {
      n.words = full->second;
    } else if (surname != by_last_word.end() && !surname->second.empty()) {
      n.words = surname->second;
      surnamed.insert(n.words);
    }
    // "ECB" for "European Central Bank", "RBA" for "Reserve Bank of Australia": an acronym of the
    // initials of one longer name the text writes is that name.
    std::string acronym;  // "P&G" is the initials of "Procter & Gamble"
    if (one_word && n.words.find('&') != std::string::npos) {
      std::copy_if(n.words.begin(), n.words.end(), std::back_inserter(acronym), [](char c) { return c != '&'; });
    }
    if (auto full = by_initials.find(acronym.empty() ? n.words : acronym); one_word && full != by_initials.end() && !full->second.empty()) {
      n.words = full->second;
    }
    if (!plus_groups.empty()) {
      for (std::string_view allies : {" and allies", " and its allies", " and their allies", " and allied", " and partners", " and its partners"}) {
        if (!StartsWith(t, n.end, allies)) continue;
        for (const std::string& core : {n.words, InitialsOf(n.words)}) {
          if (plus_groups.count(core + '+') != 0) n.words = core + '+';
        }
      }
    }
    names.push_back(std::move(n));
  }
  // "the North hub", "the Gulf states", "the PJM region": a name before a common noun of a place
  // names that place, which owns its prices and rates.
  for (Name& n : names) {
    if (At(t, n.end) != ' ' || !IsLower(At(t, n.end + 1))) continue;
    const size_t end = WordEnd(t, n.end + 1);
    static const WordSet kPlaceNouns = {"hub", "region", "states", "zone", "basin", "district", "county", "province", "prefecture", "area"};
    if (kPlaceNouns.count(t.substr(n.end + 1, end - n.end - 1)) == 0) continue;
    // (As the text writes it: "Norvik area", not the longer name "Norvik" stands for elsewhere.)
    n.words = std::string(t.substr(n.begin, end - n.begin));
    n.end = end;
  }
  // "Cisco Systems Inc (CSCO.O)", "Microsoft (NASDAQ:MSFT)": a ticker in brackets after a name is
  // that name's, and owns nothing of its own.
  // The capitals in brackets stand for the name wherever the text writes them alone: "Republican
  // People's Party (CHP) … CHP collected 25.32 percent" is one party.
  std::unordered_map<std::string, std::string> bracketed;
  for (size_t k = 1; k < names.size();) {
    if (IsTickerOf(t, names[k - 1], names[k])) {
      if (!names[k - 1].group) bracketed.emplace(names[k].words, names[k - 1].words);
      names.erase(names.begin() + k);
    } else {
      ++k;
    }
  }
  for (Name& n : names) {
    if (auto full = bracketed.find(n.words); full != bracketed.end()) n.words = full->second;
  }
  // "The Monetary Policy Committee (MPC) of the Reserve Bank of India", "the RBI's six-member
  // Monetary Policy Committee", "the ECB's Governing Council": a body that decides for an
  // organisation stands for it wherever the text names it, its short form too ("(Copom)"), and so
  // does an abbreviation of common words a possessive owns (`owned_at`).
  // "The Reserve Bank of Australia Board unanimously voted …": a central bank's board is the bank.
  for (Name& n : names) {
    for (std::string_view organ : {" Governing Board", " Board", " Committee", " Council"}) {
      if (EndsWith(n.words, organ) && IsCentralBank(n.words.substr(0, n.words.size() - organ.size()))) {
        n.words.resize(n.words.size() - organ.size());
        break;
      }
    }
  }
  std::unordered_map<std::string, std::string> owner_of;
  for (size_t k = 0; k < names.size(); ++k) {
    const Name& n = names[k];
    if (auto owned = owned_at.find(n.words); owned != owned_at.end()) {
      for (const Name& possessor : names) {
        if (possessor.end == owned->second && !possessor.group) owner_of.emplace(n.words, possessor.words);
      }
    }
    // "Monetary Policy Committee of the Reserve Bank of India", read as one run: the body is the
    // words to its head, the owner those after its "of (the)"; the body's initials ("MPC") stand
    // for the owner too.
    for (std::string_view head_of : {" Committee of the ", " Council of the ", " Board of the ", " Committee of ", " Council of ", " Board of "}) {
      const size_t at = n.words.find(head_of);
      if (at == std::string::npos) continue;
      const std::string body = n.words.substr(0, at + head_of.find(" of"));
      const std::string owner = n.words.substr(at + head_of.size());
      owner_of.emplace(n.words, owner);
      owner_of.emplace(body, owner);
      if (const std::string initials = InitialsOf(body); initials.size() >= 2) owner_of.emplace(initials, owner);
      break;
    }
    const size_t space = n.words.rfind(' ');
    // ("the Board", "the Bank" alone: capitalised, a body or the bank the text names.)
    const bool bare = space == std::string::npos;
    const std::string_view head = bare ? std::string_view(n.words) : std::string_view(n.words).substr(space + 1);
    if (head != "Committee" && head != "Council" && head != "Board" && !(bare && head == "Bank")) continue;
    const Name* short_form = k + 1 < names.size() && names[k + 1].begin == n.end + 2 && t.substr(n.end, 2) == " (" &&
                                     At(t, names[k + 1].end) == ')' && names[k + 1].words.find(' ') == std::string::npos
                                 ? &names[k + 1]
                                 : nullptr;
    size_t after = n.end;
    if (StartsWith(t, after, " (") && t.find(')', after) < after + 16) after = t.find(')', after) + 1;  // "(MPC)"
    const Name* owner = nullptr;
    for (std::string_view of : {" of the ", " of "}) {
      if (StartsWith(t, after, of)) {
        after += of.size();
        for (size_t j = k + 1; j < names.size() && names[j].begin <= after; ++j) {
          if (names[j].begin == after && !names[j].group) owner = &names[j];
        }
        break;
      }
    }
    // A possessive a few lowercase words before it: "the RBI's six-member Monetary Policy Committee".
    for (size_t j = k; !owner && j-- > 0 && n.begin - names[j].end <= 30;) {
      const size_t mark = StartsWith(t, names[j].end, "'s ") ? 3 : StartsWith(t, names[j].end, "\xe2\x80\x99s ") ? 5 : 0;
      const std::string_view gap = t.substr(names[j].end + mark, mark ? n.begin - names[j].end - mark : 0);
      if (mark && std::all_of(gap.begin(), gap.end(), [](char c) { return IsLower(c) || IsDigit(c) || c == '-' || c == ' '; })) {
        owner = &names[j];
      }
      break;
    }
    // "The Governing Council said …" with no owner written: a policy body is the central bank's
    // the text names, when it names one.
    if (!owner && (bare || n.words.find("Policy") != std::string::npos || n.words.find("Governing") != std::string::npos ||
                   n.words.find("Open Market") != std::string::npos)) {
      for (const Name& bank : names) {
        if (!IsCentralBank(bank.words)) continue;
        if (owner && owner->words != bank.words) {  // two banks: neither
          owner = nullptr;
          break;
        }
        owner = &bank;
      }
    }
    if (!owner) continue;
    owner_of.emplace(n.words, owner->words);
    if (short_form) owner_of.emplace(short_form->words, owner->words);
  }
  // An owner's acronym stands for it ("RBI" after "… of the Reserve Bank of India").
  std::vector<std::string> owners;
  for (const auto& [body, owner] : owner_of) owners.push_back(owner);
  for (Name& n : names) {
    if (auto owner = owner_of.find(n.words); owner != owner_of.end()) {
      n.words = owner->second;
    } else if (n.words.size() >= 2 && std::all_of(n.words.begin(), n.words.end(), IsUpper)) {
      for (const std::string& o : owners) {
        if (InitialsOf(o) == n.words) n.words = o;
      }
    }
  }
  for (size_t k = 0; k < names.size(); ++k) {
    Name& n = names[k];
    n.place = AfterPlacePreposition(t, n.begin, n.end);
    n.source = IsSource(t, n);
    // A news agency or outlet ("surveyed by Reuters") or a pollster ("a Nordwire poll") reports
    // numbers; it owns none.
    n.modifier = DescribesNoun(t, n) || EstimatesOthers(t, n) || DescribesHanCompany(t, n) ||
                 (IsNewsOutlet(n.words) && !StartsWith(t, n.end, " industrial")) ||  // "the Dow Jones industrial average"
                 NamesOutlet(t, n) ||
                 RunsPoll(t, n) || SetApart(t, n) || NamesDisease(t, n) || IsPublication(n.words) ||
                 (CountsOthers(n.words) && (n.source || ReportsNumbers(t, n) || PublishesOutput(t, n))) ||
                 OwnsStatisticsOffice(t, n) ||
                 AppositionSpeaksForOthers(t, n) || IsStatisticsOffice(n.words) || ForecastsEconomies(t, n) ||
                 TradesOnExchange(t, n) || IsPluralAcronym(n.words) || CreditsWire(t, n) ||
                 WordBefore(t, n.begin).first == "under";  // "25% under Ana Ruiz": a time, not an owner
    n.person = HasTitle(t, n);
    // "Alphabet Chief Executive Officer Sundar Pichai", "RBC analyst Mark Mahaney": a person named
    // with an organisation's title speaks for it and owns no number of their own.
    if (n.person && k > 0 && OnlyTitlesBetween(t, names[k - 1].end, n.begin)) n.modifier = true;
    // "analyst Jo Reyes", "economist Ana Lind": who estimates others' numbers owns none.
    static const WordSet kEstimators = {"analyst", "economist", "strategist"};
    if (n.person && kEstimators.count(WordBefore(t, n.begin).first) != 0) n.modifier = true;
  }
  // A person who speaks for others where the text names their title speaks for them wherever
  // else it names them ("Bernstein analyst Jeff Evenson" … "said Evenson, forecasting revenue of
  // $8.6 billion").
  std::unordered_set<std::string> speak_for_others;
  for (const Name& n : names) {
    if (n.person && n.modifier) speak_for_others.insert(n.words);
  }
  std::unordered_set<std::string> titled;
  for (const Name& n : names) {
    if (n.person) titled.insert(n.words);
  }
  for (Name& n : names) {
    n.personal = titled.count(n.words) != 0 || surnamed.count(n.words) != 0;
    if (speak_for_others.count(n.words) != 0) n.modifier = true;
  }
  std::vector<Name> han = HanCompanyNames(t);
  // A Han clause subject stands for the company name it begins (蓝驰 for 蓝驰汽车).
  for (Name& n : HanClauseSubjects(t)) {
    auto full = std::find_if(han.begin(), han.end(), [&](const Name& h) { return h.words.compare(0, n.words.size(), n.words) == 0; });
    if (full != han.end()) n.words = full->words;
    if (std::none_of(han.begin(), han.end(), [&](const Name& h) { return h.begin == n.begin; })) names.push_back(std::move(n));
  }
  for (Name& n : han) names.push_back(std::move(n));
  std::sort(names.begin(), names.end(), [](const Name& a, const Name& b) { return a.begin < b.begin; });

  // "International Association of Machinists and Aerospace Workers": "and" inside one name (the
  // rule the speakers are read by) joins two runs into it.
  auto words_of = [](const std::string& words) {
    std::vector<std::string_view> out;
    for (size_t at = 0; at < words.size();) {
      const size_t space = std::min(words.find(' ', at), words.size());
      out.push_back(std::string_view(words).substr(at, space - at));
      at = space + 1;
    }
    return out;
  };
  for (size_t k = 0; k + 1 < names.size(); ++k) {
    Name& n = names[k];
    Name& next = names[k + 1];
    if (next.begin != n.end + 5 || t.substr(n.end, 5) != " and " || IsNonAscii(n.words[0]) ||
        !AndJoinsOneName(words_of(n.words), words_of(next.words))) {
      continue;
    }
    n.words += " and " + next.words;
    n.end = next.end;
    n.modifier = n.modifier || next.modifier || IsStatisticsOffice(n.words);
    names.erase(names.begin() + k + 1);
  }
  // Lists: names joined by ", " or (", ") "and ".
  std::vector<Name> joined;
  for (size_t k = 0; k < names.size();) {
    size_t last = k;
    std::vector<std::string> members{names[k].words};
    bool closed = false;
    while (!closed && last + 1 < names.size()) {
      std::string_view gap = t.substr(names[last].end, names[last + 1].begin - names[last].end);
      // "Alphabet Inc., Amazon.com Inc. and Microsoft Corp.", "Arm Holdings plc, Microsoft …": a
      // member's legal form ends it, inside the list.
      if (StartsWith(gap, 0, " plc")) gap.remove_prefix(4);
      if (names[last].legal && StartsWith(gap, 0, ".")) gap.remove_prefix(1);
      if (gap != ", " && gap != " and " && gap != ", and " && gap != " & ") break;
      closed = gap != ", ";
      members.push_back(names[++last].words);
    }
    if (last > k && closed) {
      joined.push_back({names[k].begin, names[last].end, JoinGroup(members), names[k].opens_sentence, true});
      k = last + 1;
    } else {
      joined.push_back(std::move(names[k]));
      ++k;
    }
  }
  return joined;
}

// The lowercase words of `t[begin, end)`.
std::vector<std::string> LowerWords(std::string_view t, size_t begin, size_t end) {
  std::vector<std::string> words;
  for (size_t i = begin; i < end;) {
    if (!IsAsciiLetter(t[i]) || IsAsciiLetter(Before(t, i))) {
      ++i;
      continue;
    }
    const size_t e = std::min(WordEnd(t, i), end);
    words.push_back(Lowercase(t.substr(i, e - i)));
    i = e;
  }
  return words;
}

// A word that counts the members of a group: "two" … "ten", or digits.
int GroupCount(std::string_view lower) {
  static constexpr std::string_view kCounts[] = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
  for (size_t k = 0; k < std::size(kCounts); ++k) {
    if (lower == kCounts[k]) return static_cast<int>(k) + 2;
  }
  return 0;
}

// What stands for a subject named before in `t[begin, end)`: a pronoun ("it", "its", "their"), a
// definite description of an organisation ("the company", "the utility's"), one in Han (公司,
// 该公司, 其), or a counted group ("the four companies": its count).
struct Reference {
  bool found = false;
  int group_of = 0;
  bool place = false;  // "the country's", "the nation": a place named before
};

Reference ReferenceIn(std::string_view t, size_t begin, size_t end) {
  Reference r;
  const std::vector<std::string> words = LowerWords(t, begin, end);
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string& w = words[k];
    // ("his", "her": a person who opens the sentence, "Okafor … to take his tally to 19 goals".)
    if (w == "it" || w == "its" || w == "their" || w == "they" || w == "his" || w == "her") r.found = true;
    if (w == "the" && k + 1 < words.size()) {
      const std::string& noun = words[k + 1];
      if (GroupCount(noun) && k + 2 < words.size()) {
        r.group_of = GroupCount(noun);
        r.found = true;
        continue;
      }
      // "the chip designer's", "the global news and information company": the head noun may follow
      // modifiers. Beside the organisations of the claims' lexicon, the nouns business and sport
      // reporting uses for a subject named before.
      for (size_t j = k + 1; j < words.size() && j <= k + 5; ++j) {
        const std::string& n = words[j];
        if (IsOrganizationNoun(n) || n == "designer" || n == "club" || n == "country" || n == "bloc") r.found = true;
        if (n == "country" || n == "nation") r.found = r.place = true;
        if (r.found || (j >= k + 2 && n != "and" && IsFunctionWord(n))) break;
      }
    }
  }
  const std::string_view range = t.substr(begin, end - begin);
  for (std::string_view han : {"\xe5\x85\xac\xe5\x8f\xb8", "\xe5\x85\xb6"}) {  // 公司 其
    if (range.find(han) != std::string_view::npos) r.found = true;
  }
  return r;
}

// Whether `at` lies in a Markdown table row; the row's first cell in `cell`.
bool TableRow(std::string_view t, size_t at, ByteSpan* cell) {
  size_t line = at;
  while (line > 0 && t[line - 1] != '\n') --line;
  if (At(t, line) != '|') return false;
  size_t e = line + 1;
  while (e < t.size() && t[e] != '|' && t[e] != '\n') ++e;
  *cell = {line + 1, e};
  return true;
}

// Where the Markdown table around `at` begins.
size_t TableStart(std::string_view t, size_t at) {
  size_t line = at;
  while (line > 0 && t[line - 1] != '\n') --line;
  while (line > 1 && t[line - 2] != '\n') {
    size_t previous = line - 1;
    while (previous > 0 && t[previous - 1] != '\n') --previous;
    if (At(t, previous) != '|') break;
    line = previous;
  }
  return line;
}

// The good a production figure counts, in lowercase, when its sentence names it with the metric's
// word before the figure: "wheat output", "Rice production", "production of sugarcane". Crops and
// mined goods are all counted in tonnes, so one owner's wheat and rice are two quantities: the good
// is part of whose number it is ("Quellaria wheat"), as a unit's name is ("Harbourside United
// matchday"). Oil and gas, each in a unit of its own, are left to their owner.
std::optional<std::string> ProducedGood(std::string_view t, ByteSpan sentence, size_t before) {
  static const WordSet kGoods = {"wheat", "rice", "maize", "corn", "barley", "soybean", "soybeans", "sugar", "sugarcane",
                                 "cotton", "coffee", "cocoa", "tea", "pulses", "oilseeds", "foodgrain", "foodgrains",
                                 "cereals", "grain", "milk", "steel", "cement", "coal", "copper"};
  auto metric_word = [](std::string_view w) { return w == "output" || w == "production"; };
  std::optional<std::string> good;
  std::string previous, second_previous;  // the two words before the current one
  for (size_t i = sentence.begin; i < before;) {
    if (!IsAsciiLetter(t[i])) {
      ++i;
      continue;
    }
    const size_t e = WordEnd(t, i);
    const std::string word = Lowercase(t.substr(i, e - i));
    if (kGoods.count(word) != 0) {
      const size_t next = e + 1;
      const bool metric_after = At(t, e) == ' ' && next < t.size() && metric_word(Lowercase(t.substr(next, WordEnd(t, next) - next)));
      if (metric_after || (previous == "of" && metric_word(second_previous))) good = word;
    }
    second_previous = std::move(previous);
    previous = word;
    i = e;
  }
  return good;
}

// The business unit whose results a figure's statement in t[from, to) names by its line of business,
// lowercase: "Advertising revenue rose 9%", "cloud revenue jumped 28%", "Data-centre revenue was",
// "its cloud division reported a 28 percent increase", "the cloud unit swung from a loss". A company's
// unit is a subject of its own ("Corvane advertising", "Google Cloud"). Curated: the lines of
// business the press names this way, never a measure's own words ("total", "net", "tax revenue").
std::optional<std::string> SegmentOf(std::string_view t, size_t from, size_t to) {
  static const WordSet kSegments = {"cloud", "advertising", "services", "service", "subscription", "subscriptions",
                                    "gaming", "automotive", "hardware", "software", "licensing", "broadcasting", "matchday",
                                    "commercial", "sponsorship", "streaming", "enterprise", "search", "devices", "memory",
                                    "foundry", "networking", "wholesale", "data-centre", "data-center", "datacenter"};
  static const WordSet kAfter = {"revenue", "revenues", "sales", "income", "division", "unit", "segment", "business", "arm"};
  std::optional<std::string> segment;
  std::string previous;  // the word before, "data" of "data centre"
  for (size_t i = from; i < to;) {
    if (!IsAsciiLetter(t[i])) {
      ++i;
      continue;
    }
    size_t e = i;
    while (e < to && (IsAsciiLetter(t[e]) || (t[e] == '-' && IsAsciiLetter(At(t, e + 1))))) ++e;
    std::string word = Lowercase(t.substr(i, e - i));
    if (previous == "data" && (word == "centre" || word == "center")) word = "data-" + word;
    if (kSegments.count(word) != 0 && At(t, e) == ' ') {
      const size_t next = e + 1;
      if (kAfter.count(Lowercase(t.substr(next, WordEnd(t, next) - next))) != 0) {
        segment = word;
        std::replace(segment->begin(), segment->end(), '-', ' ');
      }
    }
    previous = std::move(word);
    i = e;
  }
  return segment;
}

// The first election the text names by its kind: "parliamentary election", "presidential election".
std::optional<std::string> Election(std::string_view t) {
  static constexpr std::string_view kKinds[] = {"parliamentary", "presidential", "general", "legislative", "local",
                                                "regional", "mayoral", "municipal", "state", "federal"};
  for (size_t at = t.find(" election"); at != std::string_view::npos; at = t.find(" election", at + 1)) {
    const std::string kind = WordBefore(t, at).first;
    if (std::find(std::begin(kKinds), std::end(kKinds), kind) != std::end(kKinds)) return kind + " election";
  }
  return std::nullopt;
}

class SubjectReader {
 public:
  explicit SubjectReader(std::string_view t)
      : t_(t), names_(NamesOf(t)), han_companies_(IsHanCompanyText(t)), lead_(Lead()) {}

  // A match score's two sides, `winner_side` and `other_side` ("Harbour City beat Rovers 3-1",
  // "Everton won after beating Southampton 2-1", "City moved clear with a 2-0 win at Stoke City",
  // "Rovers drew 1-1 at home to Calder", "won 2-0 away to Westbridge"): the first is the goals of
  // the clause's subject, the second of the side named as beaten, before the score after a verb of
  // winning ("beat previous leaders Calder 2-1"), or just after it after "win at", "victory over",
  // "draw with", "at home to", "away at", or a preposition after a verb of the result. After "lost"
  // or "went down" the first number is the other side's. The winner is the side named before the
  // score that a verb follows ("Rovers moved … to the Northern League title with a 2-0 win": not
  // the title's league), else the side the score's own clause names before it ("…, with Northgate
  // Rovers on 56 after their 1-1 draw at Crestwood"), else the sentence's first. Left as read when
  // the sentence names no such side.
  void ReadScore(Figure* winner_side, Figure* other_side, ByteSpan clause) const {
    static const WordSet kBeat = {"beat", "beats", "beating", "defeated", "defeating",
                                                               "thrashed", "edged", "overcame", "against", "over"};
    static const WordSet kResult = {"win", "victory", "defeat", "draw", "loss", "triumph"};
    static const WordSet kResultVerbs = {"won", "win", "wins", "winning", "drew", "draw", "draws", "drawing",
                                         "lost", "lose", "loses", "losing", "beat", "beats", "down"};
    static const WordSet kOpponentAfter = {"at", "to", "against", "over", "with", "v", "vs"};
    static const WordSet kVenue = {"at", "home", "away", "on", "the", "road"};
    const ByteSpan sentence = winner_side->sentence;
    const auto [verb, verb_at] = WordBefore(t_, winner_side->span.begin);
    const bool losers_verb = verb == "lost" || verb == "lose" || verb == "loses" || verb == "losing" || verb == "down";
    auto [first, last] = NamesWithin(sentence.begin, sentence.end);
    const Name* beaten = nullptr;
    for (auto it = first; it != last; ++it) {
      if (it->end + 1 == winner_side->span.begin) {
        // "beat Rovers 3-1", "beat previous leaders Rovers 3-1": a verb of beating up to three words before.
        size_t at = it->begin;
        for (int words = 0; words < 3 && !beaten; ++words) {
          const auto [word, start] = WordBefore(t_, at);
          if (word.empty()) break;
          if (kBeat.count(word) != 0) beaten = &*it;
          at = start;
        }
      }
      if (it->begin > other_side->span.end && it->begin - other_side->span.end < 30) {
        const auto [preposition, at] = WordBefore(t_, it->begin);
        if (kOpponentAfter.count(preposition) == 0) continue;
        // The words between the score and the preposition: a result ("win at"), or where it was played
        // ("at home to", "away at") after a verb of the result ("drew 1-1 at home to").
        const std::string result = WordBefore(t_, at).first;
        bool venue_only = kResultVerbs.count(verb) != 0;
        for (size_t k = other_side->span.end; k < at && venue_only;) {
          while (k < at && !IsAsciiLetter(t_[k])) ++k;
          if (k >= at) break;
          const size_t e = WordEnd(t_, k);
          venue_only = kVenue.count(Lowercase(t_.substr(k, e - k))) != 0;
          k = e;
        }
        if (kResult.count(result) != 0 || venue_only) beaten = &*it;
      }
    }
    if (!beaten) return;
    static const WordSet kPlaces = {"at", "in", "on", "of", "for", "from", "to", "under", "by"};
    // "At Goodison Park, Everton …", "under new boss Marco Silva": no side.
    auto side = [&](const Name& n) {
      return &n != beaten && !n.modifier && !n.source && !n.person && !n.group && kPlaces.count(WordBefore(t_, n.begin).first) == 0;
    };
    const Name* winner = nullptr;
    for (auto it = first; it != last && it->begin < winner_side->span.begin; ++it) {
      if (side(*it) && VerbFollows(t_, *it)) winner = &*it;
    }
    for (auto it = first; !winner && it != last && it->begin < winner_side->span.begin; ++it) {
      if (it->begin >= clause.begin && side(*it)) winner = &*it;
    }
    for (auto it = first; !winner && it != last && it->begin < winner_side->span.begin; ++it) {
      if (side(*it) || (&*it != beaten && it->group && !it->modifier && !it->source)) winner = &*it;
    }
    if (!winner) return;
    winner_side->subject = losers_verb ? beaten->words : winner->words;
    other_side->subject = losers_verb ? winner->words : beaten->words;
  }


  // "The Greens and the Left … 11.6% and 8.8% respectively": figures of one sentence followed by
  // "respectively" are, in order, those of as many names listed before the first ("A and the B",
  // "A, B and C"). (A list the reader joined into one group name is read by ReadRespectively.)
  void ReadRespective(std::vector<Figure>* figures) const {
    for (size_t k = 0; k < figures->size();) {
      const ByteSpan sentence = (*figures)[k].sentence;
      size_t end = k + 1;
      while (end < figures->size() && (*figures)[end].sentence == sentence) ++end;
      const size_t n = end - k, next = end;
      const Figure& last_figure = (*figures)[end - 1];
      const std::string_view after = t_.substr(last_figure.span.end, std::min<size_t>(40, sentence.end - last_figure.span.end));
      if (n < 2 || after.find("respectively") == std::string_view::npos) {
        k = next;
        continue;
      }
      auto [first, last] = NamesWithin(sentence.begin, (*figures)[k].span.begin);
      std::vector<const Name*> listed;
      for (auto it = last; it != first && listed.size() < n;) {
        --it;
        if (!listed.empty()) {
          // Only list words between the members.
          const std::string_view gap = t_.substr(it->end, listed.back()->begin - it->end);
          if (gap != ", " && gap != " and " && gap != ", and " && gap != " and the " && gap != ", the " && gap != ", and the ") break;
        }
        listed.push_back(&*it);
      }
      if (listed.size() == n && std::none_of(listed.begin(), listed.end(), [](const Name* m) { return m->modifier || m->group; })) {
        for (size_t i = 0; i < n; ++i) (*figures)[k + i].subject = listed[n - 1 - i]->words;
      }
      k = next;
    }
  }

  // A race's two shares after who leads whom ("Obama leads Republican opponent John McCain by 11
  // percentage points — 53 percent to 42 percent", "shows Clinton leading Donald Trump, 50 percent
  // to 37 percent", "Brownback trails Davis 40 percent to 48 percent"): the first is the share of
  // the name before the verb, the second of the last name after it. Left as read when the sentence
  // names no such pair.
  void ReadRace(Figure* first, Figure* second) const {
    const std::optional<std::pair<std::string, std::string>> race = Race(first->sentence, first->span.begin);
    if (!race) return;
    first->subject = race->first;
    second->subject = race->second;
  }

  // A race's two shares that no verb of leading sets apart ("Hagan has a one-point, 44-43 percent,
  // advantage over GOP candidate Thom Tillis", "Warner ahead, 49.1 to 48.4 percent, over Gillespie"),
  // both read as the first name's: the second is the rival's named just after them, after "over",
  // "against" or "versus".
  void ReadRival(const Figure& first, Figure* second) const {
    if (!first.subject || second->subject != first.subject) return;
    static const WordSet kAgainst = {"over", "against", "versus", "vs", "of"};
    auto [after_first, after_last] = NamesWithin(second->span.end, second->sentence.end);
    for (auto it = after_first; it != after_last && it->begin - second->span.end <= 80; ++it) {
      if (it->modifier || it->source || it->group) continue;
      bool against = false;
      for (size_t i = second->span.end; i < it->begin;) {
        const size_t e = WordEnd(t_, i);
        if (e > i) {
          against = against || kAgainst.count(Lowercase(t_.substr(i, e - i))) != 0;
          i = e;
        } else {
          ++i;
        }
      }
      if (!against) return;
      // "GOP candidate Thom Tillis", "Republican rival Cory Gardner": the name the words describe.
      for (auto next = std::next(it); next != after_last && next->begin - it->end <= 25; it = next++) {
        const std::string_view gap = t_.substr(it->end, next->begin - it->end);
        if (!std::all_of(gap.begin(), gap.end(), [](char c) { return c == ' ' || IsLower(c); })) break;
      }
      if (it->words != *first.subject) second->subject = it->words;
      return;
    }
  }

  // The lead a margin after "by" measures ("Obama leads … John McCain by 11 percentage points"): the
  // leader's.
  std::optional<std::string> LeadMargin(const Figure& f) const {
    if (WordBefore(t_, f.span.begin).first != "by") return std::nullopt;
    const std::optional<std::pair<std::string, std::string>> race = Race(f.sentence, f.span.begin);
    if (!race) return std::nullopt;
    return race->first;
  }

  // Whether `f` is no one's number, though what it is read to be about stays what the text is
  // about ("the highest in three years. They averaged $88 …"): a span of the calendar ("a 53-day
  // strike", "over four years"; a time in seconds or minutes is a performance, "won in 2:06:18",
  // its runner's), or the whole a part is counted out of ("won 94 of the 210 seats").
  bool OwnsNoOne(const Figure& f) const {
    return (f.kind == FigureKind::kDuration && f.unit != "seconds" && f.unit != "minutes") || IsWholeOfPart(f.span.begin);
  }

  std::optional<std::string> Read(const Figure& f, ByteSpan clause) {
    paragraph_ = ParagraphStart(f.span.begin);
    if (ByteSpan cell; TableRow(t_, f.span.begin, &cell)) {
      std::optional<std::string> subject = InTable(f, cell);
      if (subject) Remember(*subject);  // "Together the three added …" after a table of three
      return subject;
    }
    in_words_ = false;
    std::optional<std::string> subject = Choose(f, clause);
    // "Volkswagen said it delivered 886,000 vehicles in western Europe": a place where the number
    // was made is whose it is only when its sentence names no one else (an economy's measures, a
    // price, cases and deaths are the place's).
    if (subject && !PlacesOwn(f) && !OwnsNoOne(f) && IsPlaceIn(f.sentence, *subject)) {
      skip_places_ = true;
      std::optional<std::string> other = Choose(f, clause);
      skip_places_ = false;
      // The other owner is one the sentence names as a name that is no place and no reporter
      // inside it (", the grid operator Eirlink said"), or what "the company", "it" refer
      // to; never an office that counts a place's numbers ("the Energy Information Administration
      // expects production in the United States to drop …").
      if (other && (OwnerNamed(f, *other) || ReferenceIn(t_, clause.begin, f.span.begin).found) && !CountsOthers(*other) &&
          !IsAuthority(*other) && !IsPlaceIn(f.sentence, *other)) {
        subject = other;
      }
    }
    // "Mara Velt said the bank would hold its deposit rate at 2%", "Kganyago wants an inflation
    // target of 3%", "He saw first-quarter revenue growing about 16 per cent" (a chief executive),
    // "According to Yener, turnout was 88.92%": a company's results, a policy rate and an economy's
    // or an election's measures are an institution's or a country's, never those of the person who
    // announces or forecasts them.
    // (A storm has a person's name: "Hurricane Irene" owns its losses.)
    if (subject && f.metric && !PersonsOwn(*f.metric) && IsPersonal(*subject) && !IsStormName(*subject)) {
      skip_persons_ = true;
      subject = Choose(f, clause);
      skip_persons_ = false;
      if (subject && IsPersonal(*subject)) subject.reset();
    }
    // A place's cases and deaths ("251 new cases", "the death of 27 people") are the place's the
    // sentence or the headline names after "in", not the ministry's that reports them.
    if (subject && IsAuthority(*subject) && IsHealthCount(f)) {
      subject = PlaceOf(f) ? PlaceOf(f) : PlaceInName(*subject);
    } else if (subject && IsHealthCount(f)) {
      // Nor the person's who announces them ("Interior minister Aftab Sherpao said 19,136 people
      // died"), nor the text's topic's when the sentence names where ("…, where 87 people were
      // killed" after "in Minxian county").
      const bool named = t_.substr(f.sentence.begin, f.sentence.end - f.sentence.begin).find(*subject) != std::string_view::npos;
      if (IsPersonal(*subject) || !named) {
        std::optional<std::string> place = PlaceOf(f, /*headline=*/false);
        // "In the Republic of the Vennmark, 412 people have died. … the ministry announced 86,500
        // doses": the place an earlier count of the paragraph was given.
        if (!place && health_place_.first == paragraph_) place = health_place_.second;
        if (place || IsPersonal(*subject)) subject = place;
      }
    }
    if (subject && IsHealthCount(f) && IsPlaceIn(f.sentence, *subject)) health_place_ = {paragraph_, *subject};
    // "Insured losses could reach $1.5 billion, according to the modelling firm Quarrel Analytics",
    // "AIR Worldwide put U.S. insured losses at $3 billion to $6 billion": insured losses are the
    // disaster's its sentence names, or the one named last before it, never the modeller's that
    // estimates them.
    if (f.metric == "insured losses") {
      if (std::optional<std::string> event = DisasterOf(f)) {
        subject = event;
      } else if (subject && EstimatedBy(f, *subject)) {
        subject.reset();
      }
    }
    // An economy's inflation, growth or jobless rate is the country's, not the central bank's or the
    // office's that forecasts or counts it ("The Bank of Nordvik raised its forecast for economic
    // growth to 1.4%"); its target is the bank's own ("the bank's 2% target").
    // (What the text goes on about stays the bank: "… to 6.25%, after inflation of 6.8%" is its rate.)
    const std::optional<std::string> about = subject;
    if (subject && f.metric && IsEconomyMeasure(*f.metric) && !NamesTarget(f)) {
      if (auto place = PlaceInName(*subject)) subject = place;
    }
    // "The Consumer Price Index rose 0.1% …, according to the U.S. Bureau of Labor Statistics": an
    // economy's measure that names no owner is the place of the office its sentence says counts it.
    if (!subject && f.metric && IsEconomyMeasure(*f.metric)) {
      // (A sentence that ends in initials, "the U.S.", may have been cut before the office's name.)
      auto [first, last] = NamesWithin(f.sentence.begin, std::min<size_t>(t_.size(), f.sentence.end + 80));
      for (auto it = first; it != last && !subject; ++it) {
        if (!CountsOthers(it->words) || it->begin > f.sentence.end + 1) continue;
        subject = PlaceInName(it->words);
        // "U.S. Bureau of Labor Statistics": initials end a run, so the place is the name before.
        if (!subject && it != first && std::prev(it)->end + 1 == it->begin && !std::prev(it)->group) subject = std::prev(it)->words;
      }
    }
    // A group named in words ("people aged 65 and over") owns the figures of its sentence, not the
    // text's next.
    if (subject && in_words_) words_subject_ = {f.sentence.begin, *subject};
    const std::optional<std::string>& remembered = about ? about : subject;
    if (remembered && !in_words_) Remember(*remembered);
    if (remembered && !in_words_ && IsTopic(f, *remembered)) topic_ = remembered;
    previous_ = {f.sentence, subject};
    // (After the owner is remembered: a unit and a good are no topic of the figures after them.)
    if (subject && f.metric && (*f.metric == "revenue" || *f.metric == "operating profit" || *f.metric == "net income" ||
                                *f.metric == "net loss" || *f.metric == "operating margin")) {
      if (std::optional<std::string> segment = SegmentOf(t_, std::max<size_t>(clause.begin, f.sentence.begin), f.span.begin)) {
        subject = UnitName(*subject, *segment, f.sentence);
      }
    }
    if (f.metric == "production") {
      if (std::optional<std::string> good = ProducedGood(t_, f.sentence, f.span.begin)) {
        // ("Rice output for the crop year …": the good read as a name is the text's topic's.)
        if (subject && Lowercase(*subject) == *good) subject = topic_;
        subject = subject ? *subject + ' ' + *good : *good;
      }
    }
    return subject;
  }

 private:
  // The disaster whose losses `f` states: a storm named in its sentence ("Hurricane Irene", "hurricane
  // Laura", "before Katrina made landfall", "losses from Katrina"), the nearest before the figure,
  // else the first after it; else the last one the text names before the sentence.
  std::optional<std::string> DisasterOf(const Figure& f) const {
    static const WordSet kKinds = {"hurricane", "typhoon", "cyclone", "storm", "earthquake", "quake", "wildfire", "flood", "floods"};
    static const WordSet kLosses = {"loss", "losses", "damage", "claims"};
    auto disaster = [&](const Name& n) -> std::optional<std::string> {
      if (n.group) return std::nullopt;
      if (IsStormName(n.words)) return n.words;
      const auto [before, at] = WordBefore(t_, n.begin);
      if (kKinds.count(before) != 0) {
        std::string kind = before;  // ("hurricane Laura" as "Hurricane Laura")
        kind[0] = static_cast<char>(kind[0] - 'a' + 'A');
        return kind + ' ' + n.words;
      }
      if (StartsWith(t_, n.end, " made landfall") || (before == "from" && kLosses.count(WordBefore(t_, at).first) != 0)) {
        return n.words;
      }
      // "the Fort McMurray wildfire", "the Noto earthquake": a place named before the disaster.
      if (At(t_, n.end) == ' ') {
        const size_t kind_end = WordEnd(t_, n.end + 1);
        const std::string kind(t_.substr(n.end + 1, kind_end - n.end - 1));
        if (kKinds.count(kind) != 0) return n.words + ' ' + kind;
      }
      return std::nullopt;
    };
    auto [first, last] = NamesWithin(f.sentence.begin, f.sentence.end);
    std::optional<std::string> after;
    for (auto it = last; it != first;) {
      --it;
      std::optional<std::string> d = disaster(*it);
      if (d && it->begin < f.span.begin) return d;
      if (d) after = d;
    }
    if (after) return after;
    auto [earlier, sentence] = NamesWithin(0, f.sentence.begin);
    for (auto it = sentence; it != earlier;) {
      if (std::optional<std::string> d = disaster(*--it)) return d;
    }
    return std::nullopt;
  }

  // Whether `f`'s sentence names `subject` as one who estimates its number: a modeller or a firm
  // by what it is ("catastrophe modeler AIR", "the modelling firm Quarrel Analytics"), after
  // "according to", or before a verb of estimating ("Eqecat estimates", "AIR Worldwide put …").
  bool EstimatedBy(const Figure& f, const std::string& subject) const {
    static const WordSet kWhat = {"modeler", "modeller", "modelers", "modellers", "firm", "forecaster", "consultancy"};
    static const WordSet kEstimating = {"estimates", "estimated", "estimate", "put", "puts", "pegged", "pegs", "forecast",
                                        "forecasts", "projects", "projected", "expects", "expected", "sees", "released"};
    auto [first, last] = NamesWithin(f.sentence.begin, f.sentence.end);
    return std::any_of(first, last, [&](const Name& n) {
      if (n.words != subject) return false;
      const size_t next_end = At(t_, n.end) == ' ' ? WordEnd(t_, n.end + 1) : n.end;
      return n.source || CitedAfterAccordingTo(t_, n) || kWhat.count(WordBefore(t_, n.begin).first) != 0 ||
             kEstimating.count(Lowercase(t_.substr(n.end + 1, next_end - std::min(next_end, n.end + 1)))) != 0;
    });
  }

  // Whether the figure at `begin` follows a number and "of (the)": "94 of the 210 seats".
  bool IsWholeOfPart(size_t begin) const {
    size_t i = begin;
    if (i >= 4 && t_.substr(i - 4, 4) == "the ") i -= 4;
    if (i < 4 || t_.substr(i - 4, 4) != " of ") return false;
    return IsDigit(Before(t_, i - 4));
  }

  // Whether `f` may be a source of electricity's: a share or a move (a percentage), an amount of
  // power or energy, or a figure of generation or capacity; not a price ("gas prices rose 5%").
  static bool MeasuresElectricity(const Figure& f) {
    const bool power_unit = !f.unit.empty() && (f.unit.back() == 'W' || EndsWith(f.unit, "Wh"));
    const bool of_generation = !f.metric || f.metric == "production" || f.metric == "power capacity" ||
                               f.metric == "electricity use" || f.metric == "market share" || f.metric == "growth rate";
    return of_generation && (f.kind == FigureKind::kPercent || power_unit || f.metric);
  }

  // A source of electricity paired with the figure: after it with "for" ("+12% for wind and +20%
  // for solar"), or as the label of its line ("Solar: 9.5 gigawatts").
  std::optional<std::string> PairedEnergySource(const Figure& f) const {
    if (!MeasuresElectricity(f)) return std::nullopt;
    if (StartsWith(t_, f.span.end, " for ")) {
      if (auto m = MatchEnergySourceAt(t_, f.span.end + 5)) return std::string(m->source);
    }
    size_t line = f.span.begin;
    while (line > 0 && t_[line - 1] != '\n') --line;
    if (auto m = MatchEnergySourceAt(t_, line); m && StartsWith(t_, m->end, ": ") && m->end + 2 == f.span.begin) {
      return std::string(m->source);
    }
    return std::nullopt;
  }

  // The sources of electricity (not fuels) that a figure's clause names before it as its subject,
  // with no name between: "Wind grew by 13.0%", "solar-generated electricity expanded by 22.2%", "renewables
  // provided 21.2%"; two joined by "and" are one subject ("generation by wind and solar is 15.5%
  // greater": "solar and wind").
  std::optional<std::string> EnergySourceBefore(const Figure& f, ByteSpan clause) const {
    if (!MeasuresElectricity(f)) return std::nullopt;
    std::vector<std::string> sources;
    size_t last_end = 0;
    for (size_t i = clause.begin; i < f.span.begin;) {
      if (!IsAsciiLetter(t_[i]) || IsAsciiLetter(Before(t_, i))) {
        ++i;
        continue;
      }
      const bool in_name = std::any_of(names_.begin(), names_.end(), [&](const Name& n) { return n.begin <= i && i < n.end; });
      if (auto m = in_name ? std::nullopt : MatchEnergySourceAt(t_, i); m && !m->fuel && m->end <= f.span.begin) {
        const std::string_view gap = sources.empty() ? "" : t_.substr(last_end, i - last_end);
        if (gap != " and " && gap != ", " && gap != ", and ") sources.clear();
        sources.emplace_back(m->source);
        last_end = i = m->end;
        continue;
      }
      i = WordEnd(t_, i);
    }
    // (Whose the sources are, when a reference names it, is the owner: "its wind farms generated …".)
    if (sources.empty() || ReferenceIn(t_, clause.begin, f.span.begin).found) return std::nullopt;
    auto [first, last] = NamesWithin(clause.begin, f.span.begin);
    if (std::any_of(first, last, [](const Name& n) { return !n.source && !n.modifier && !n.person; })) return std::nullopt;
    return JoinGroup(sources);
  }

  // Whether the world's aggregate is what the figure measures: "Global growth is set to hit 5.6%",
  // "expects global GDP growth of 2.9%", "The world economy is set to grow 3 per cent", "world oil
  // demand will grow by 1.3 million barrels per day" ("global" or "world" before the noun of what
  // is measured, in the figure's sentence before it, with no owner named between; not "World
  // Bank", nor "the largest in the world").
  bool MeasuresWorld(ByteSpan sentence, size_t figure) const {
    for (size_t i = sentence.begin; i < figure;) {
      if (!IsAsciiLetter(t_[i]) || IsAsciiLetter(Before(t_, i))) {
        ++i;
        continue;
      }
      const size_t e = WordEnd(t_, i);
      const std::string word = Lowercase(t_.substr(i, e - i));
      const bool before_noun = At(t_, e) == ' ' && (IsLower(At(t_, e + 1)) || StartsWith(t_, e + 1, "GDP"));
      const bool in_name = std::any_of(names_.begin(), names_.end(), [&](const Name& n) { return n.begin <= i && i < n.end; });
      if ((word == "global" || word == "world") && before_noun && !in_name) {
        // ("The global news and data company said that earnings …": a description of a company.)
        for (const std::string& after : LowerWords(t_, e, figure)) {
          if (IsOrganizationNoun(after)) return false;
        }
        auto [first, last] = NamesWithin(e, figure);
        return std::all_of(first, last, [](const Name& n) { return n.source || n.modifier || n.person; });
      }
      i = e;
    }
    return false;
  }

  // The names that lie wholly inside [begin, end).
  std::pair<std::vector<Name>::const_iterator, std::vector<Name>::const_iterator> NamesWithin(size_t begin, size_t end) const {
    auto first = std::lower_bound(names_.begin(), names_.end(), begin, [](const Name& n, size_t at) { return n.begin < at; });
    auto last = first;
    while (last != names_.end() && last->end <= end) ++last;
    return {first, last};
  }

  // Subject: the nearest name before it in its clause; else what a pronoun or description in the
  // clause refers to; else the nearest name before it in its sentence; else a name after it in its
  // clause; else the subject the text was last about.
  std::optional<std::string> Choose(Figure f, ByteSpan clause) {
    // A sentence that opens with a lowercase word was cut after an abbreviation ("Kestrel Motors
    // Inc. said …"): it goes on from the one before.
    if (IsLower(At(t_, f.sentence.begin))) f.sentence.begin = PreviousSentenceStart(f.sentence.begin);
    // What a speaker says ("Mark Cuban argues that the $3 trillion …") is a clause of its own, whose
    // numbers are not the speaker's unless it says so.
    // "The poll has a margin of error of plus or minus 3.1 percentage points": a poll's precision,
    // no one's number.
    // (Only the words just before it are read: a table is one long clause.)
    // "with 99.58 percent of votes counted": how far the count has got, no one's number.
    if (NamesMarginOfError(t_, std::max<size_t>(clause.begin, f.span.begin > 100 ? f.span.begin - 100 : 0), f.span.begin) ||
        (f.kind == FigureKind::kPercent && CountsProgress(t_, f.span.begin, f.span.end))) {
      return std::nullopt;
    }
    bool opinion = false;
    const size_t reported = ReportedClauseStart(clause.begin, f.span.begin, &opinion);
    if (reported) clause.begin = reported;
    // Turnout and the count of voters or ballots are the election's ("the parliamentary election"),
    // no party's.
    if (f.metric == "turnout" || f.unit.find("voters") != std::string::npos || f.unit.find("ballots") != std::string::npos) {
      in_words_ = true;
      if (!election_read_) election_ = Election(t_), election_read_ = true;
      return election_;
    }
    // "corn for March delivery gained 6 cents to $4.52 a bushel", "Spot gold fell 0.6%": a price
    // is the good's the words before its verb name.
    if (f.metric == "price") {
      // "will defend $90 oil": the good written right after the money.
      if (const size_t good_end = At(t_, f.span.end) == ' ' ? GoodEndAt(t_, f.span.end + 1) : 0) {
        in_words_ = true;
        return std::string(t_.substr(f.span.end + 1, good_end - f.span.end - 1));
      }
      if (auto good = Good(f, clause)) {
        in_words_ = true;
        return good;
      }
    }
    if (auto winner = PrizeWinner(f)) return winner;
    if (auto player = TransferredPlayer(f, clause)) return player;
    // "Chicago, up 4.4%; Cleveland, up 4.0%", "Nvidia, down 3%": a move set after a name and a
    // comma is that name's.
    if (auto apposed = Apposed(f, clause)) return apposed;
    if (auto listed = Listed(f)) return listed;
    if (auto source = PairedEnergySource(f)) {
      in_words_ = true;
      return source;
    }
    // "delivered 886,000 vehicles in western Europe, a decrease of 2.5 percent": a move set after
    // a figure of its sentence is that figure's owner's.
    // "Synchrony Financial gave up 92 cents, or 2.6%, to 34.20 dollars": the same move restated, or
    // the level it moved to, right after it is its owner's.
    const std::string opener_word = WordAt(clause.begin);
    const bool restated = (opener_word == "or" || opener_word == "to") &&
                          t_.substr(clause.begin, f.span.begin - clause.begin).find_first_not_of(' ') + clause.begin + opener_word.size() + 1 == f.span.begin;
    if (previous_.first == f.sentence && previous_.second && (restated || AppositiveMove(t_, clause))) {
      auto [first, last] = NamesWithin(clause.begin, f.span.begin);
      if (first == last) return previous_.second;
    }
    // "Energy prices fell 0.9%, with gasoline down 3.3%": a move after "with" is what it names.
    if (auto moved = WithMove(f, clause)) {
      in_words_ = IsLower(moved->front()) || IsDigit(moved->front());
      return moved;
    }
    // "16 percent supported Fiorina", "44% of voters backed Lindgren": a poll's share is the
    // candidate's it backs.
    if (auto backed = Backed(f)) return backed;
    if (auto leader = LeadMargin(f)) return leader;
    // "Devin Booker led the Suns with 31 points": the clause's subject, not its verb's object.
    if (auto opener = OpenerWith(f, clause)) return opener;
    if (auto payer = PenaltyPayer(f)) return payer;
    if (auto speaker = SpeakerReferredTo(f)) return speaker;
    // "Rovers, who paid €35m …": a relative clause is about the name just before it.
    if (auto owner = Last(clause.begin, f.span.begin)) return owner;  // "…, whose Labour Alliance lost 12 seats"
    if (auto source = EnergySourceBefore(f, clause)) {
      in_words_ = true;
      return source;
    }
    if (MeasuresWorld(f.sentence, f.span.begin)) {
      in_words_ = true;
      return std::string("world");
    }
    if (opener_word == "who" || opener_word == "which" || opener_word == "whose") {
      if (auto owner = Last(f.sentence.begin, clause.begin, /*sources=*/true)) return owner;
    }
    // "while Rovers, who paid €35m for their goalkeeper, sit ninth on 36 points": the clause after a
    // relative clause goes on with the name the relative clause is about.
    if (auto owner = AfterRelativeClause(f.sentence, clause)) return owner;
    // A group the text names in words: "uptake among people aged 65 and over reached 73.4%",
    // "technology companies issued roughly $200 billion".
    // (A vote share "among likely voters" is a poll's sample, not whose the share is.)
    if (auto among = f.metric == "vote share" ? std::nullopt : Among(f.sentence.begin, f.span.begin)) {
      in_words_ = true;
      return among;
    }
    // A list that the clause break splits ("Microsoft, Alphabet, Amazon and Meta together spent").
    auto group = std::find_if(names_.begin(), names_.end(), [&](const Name& n) {
      return n.group && n.begin < clause.begin && n.end > clause.begin && n.end <= f.span.begin;
    });
    if (group != names_.end()) return group->words;
    const Reference reference = ReferenceIn(t_, clause.begin, f.span.begin);
    if (reference.group_of) {
      if (std::optional<std::string> g = RecentGroup(reference.group_of)) return g;
    }
    if (!reference.found) {
      if (auto group_words = CollectiveSubject(clause.begin, f.span.begin)) {
        in_words_ = true;
        return group_words;
      }
    }
    if (reported && !reference.found) {
      if (auto after = First(f.span.end, clause.end)) return after;
      // "Kestrel Motors said that first-quarter net income fell 12%": the speaker's own, unless a
      // view ("argues that the $3 trillion …") or a person's.
      if (!opinion) {
        auto [first, last] = NamesWithin(f.sentence.begin, reported);
        for (auto it = last; it != first;) {
          --it;
          if (!it->person && !it->modifier) return it->words;
        }
        // "The global news and information company said … that earnings per share were 46 cents": a
        // speaker described as one named before.
        if (first == last && ReferenceIn(t_, f.sentence.begin, reported).found) return Topic(f);
      }
      return std::nullopt;
    }
    // Chinese: the owner the topic of the clause names ("前三季度国内生产总值…，同比增长4.8%").
    if (!reference.found) {
      if (auto topic = HanTopicSubject(t_, f.sentence, f.span, han_companies_)) return topic;
    }
    if (reference.found) {
      // The last name of the sentence before it, speakers too ("Amazon told investors that it
      // expects …", "Meta said it would spend …", "Google's parent Alphabet guided …, and analysts expect its outlays …");
      // else the first of the sentence before ("Microsoft, whose fiscal year …. It spent …"); else
      // the subject last given.
      if (auto owner = First(f.sentence.begin, f.span.begin, /*sources=*/true, /*persons=*/false)) return owner;
      auto [previous_first, previous_last] = NamesWithin(PreviousSentenceStart(f.sentence.begin), f.sentence.begin);
      // "Inflation in France eased …. The country's budget deficit was 5.4%": the place last named.
      if (reference.place && previous_first != previous_last) {
        if (auto place = Last(PreviousSentenceStart(f.sentence.begin), f.sentence.begin)) return place;
      }
      // Only a name that opens the sentence before is its subject; one inside it is not.
      // (A Han name is its sentence's subject wherever it stands: 华远电力27日发布三季报。)
      if (previous_first != previous_last && (previous_first->opens_sentence || IsNonAscii(previous_first->words[0]))) {
        // "Norland's Social Democrats won …. The party took …": the name the possessive qualifies.
        return First(PreviousSentenceStart(f.sentence.begin), f.sentence.begin, /*sources=*/true).value_or(previous_first->words);
      }
      // "Hurricane Delphine caused $7.5 billion in losses. … Shares of Harwell Re fell 4.1%. The
      // reinsurer said it expected claims of $350 million": a storm is no "it" or "the company" of a
      // later sentence; the subject the sentence before gave its figures is, when it names it.
      if (topic_ && IsStormName(*topic_) && !recent_.empty() &&
          std::any_of(previous_first, previous_last, [&](const Name& n) { return n.words == recent_.back(); })) {
        return recent_.back();
      }
      // "Vaccine maker Sellick Biotech raised its forecast to $2.1 billion. Its shares rose 5.2%": a
      // company the sentence before introduces by what it is, and gave its figures, is what "its"
      // refers to, not the place the text was about.
      if (!recent_.empty() && std::any_of(previous_first, previous_last, [&](const Name& n) {
            return n.words == recent_.back() && IsOrganizationNoun(WordBefore(t_, n.begin).first);
          })) {
        return recent_.back();
      }
      // Else what the text is about: "Its largest markets were Norway … and Poland …. Its turbines
      // generated …" are the company's, not the last place named.
      if (topic_) return topic_;
      if (!recent_.empty()) return recent_.back();
    }
    if (auto owner = ParticipleSubject(f.sentence, clause)) return owner;
    // The subject of the sentence, which its clauses before this one name first ("Britain's economy
    // grew 0.4% …, the statistics office said, after shrinking 0.1% …").
    if (auto owner = First(f.sentence.begin, f.span.begin)) return owner;
    if (auto owner = First(f.span.end, clause.end)) return owner;
    // A source whose words name no one else: "Hongfeng said fourth-quarter revenue rose 20%"; not a
    // person ("Health Minister J.P. Nadda said that allocations had gone up from ₹33,278 crore").
    if (auto owner = Last(clause.begin, f.span.begin, /*sources=*/true, /*persons=*/false)) return owner;
    if (auto owner = First(f.sentence.begin, f.span.begin, /*sources=*/true, /*persons=*/false)) return owner;
    // "Quarterly sales … were $81.6 billion, Alphabet said Tuesday": who reports it, after it.
    auto [after_first, after_last] = NamesWithin(f.span.end, f.sentence.end);
    for (auto it = after_first; it != after_last; ++it) {
      if (it->source && !it->person && !it->modifier && SaysAfter(t_, *it)) return it->words;
    }
    return Topic(f);
  }

  // Whether `subject`, given to `f`, is what its sentence is about: the lead's subject, the name
  // that opens the sentence, or what a sentence opening with a reference ("It", "The company's
  // shares") was read to refer to.
  bool IsTopic(const Figure& f, const std::string& subject) const {
    if (subject == lead_) return true;
    size_t begin = f.sentence.begin;
    while (begin < f.sentence.end && (t_[begin] == ' ' || t_[begin] == '"' || t_[begin] == '\n')) ++begin;
    auto [first, last] = NamesWithin(begin, f.sentence.end);
    if (first != last && first->begin == begin) return first->words == subject && !first->modifier;
    // (A name the sentence writes after its reference is another's: "Its largest markets were Norway …".)
    const size_t opening = std::min<size_t>(f.sentence.end, WordEnd(t_, WordEnd(t_, begin) + 1));
    return ReferenceIn(t_, begin, opening).found && t_.substr(begin, f.sentence.end - begin).find(subject) == std::string_view::npos;
  }

  // Whether a place the figure's sentence names after "in" or "to" owns it: an economy's measure, a
  // price or any amount per unit, a yield or rate, a count of cases or deaths.
  static bool PlacesOwn(const Figure& f) {
    return (f.metric && (IsEconomyMeasure(*f.metric) || *f.metric == "price" || *f.metric == "yield" ||
                         *f.metric == "interest rate" || *f.metric == "electricity use")) ||
           f.kind == FigureKind::kRate || IsHealthCount(f);
  }

  // Whether the text names `subject` as a person (Name::personal).
  bool IsPersonal(const std::string& subject) const {
    return std::any_of(names_.begin(), names_.end(), [&](const Name& n) { return n.personal && n.words == subject; });
  }

  // Whether `f`'s sentence names `owner` as no place, and as a source only where it opens it.
  bool OwnerNamed(const Figure& f, const std::string& owner) const {
    auto [first, last] = NamesWithin(f.sentence.begin, f.sentence.end);
    return std::any_of(first, last, [&](const Name& n) {
      return n.words == owner && !n.place && !(n.source && !n.opens_sentence);
    });
  }

  // Whether `subject` is written in `sentence` only as a place (AfterPlacePreposition).
  bool IsPlaceIn(ByteSpan sentence, const std::string& subject) const {
    auto [first, last] = NamesWithin(sentence.begin, sentence.end);
    bool place = false;
    for (auto it = first; it != last; ++it) {
      if (it->words != subject) continue;
      if (!it->place) return false;
      place = true;
    }
    return place;
  }

  // Whether a person (or a team the text names by its last word) may own a figure of `metric`: a
  // candidate's votes, a side's goals, a player's fee, an investor's stake.
  static bool PersonsOwn(std::string_view metric) {
    static constexpr std::string_view kOwned[] = {"vote share", "votes", "seats", "goals", "transfer fee",
                                                  "attendance", "investment", "funding"};
    return std::find(std::begin(kOwned), std::end(kOwned), metric) != std::end(kOwned);
  }

  // Whether `metric` measures a whole economy.
  static bool IsEconomyMeasure(std::string_view metric) {
    return metric == "inflation" || metric == "growth rate" || metric == "GDP" || metric == "unemployment rate";
  }

  // Whether the words right around `f` say it is a target ("its 2% target", "a target of 2%").
  bool NamesTarget(const Figure& f) const {
    const size_t from = f.span.begin > 20 ? f.span.begin - 20 : 0;
    return t_.substr(from, f.span.begin - from).find("target") != std::string_view::npos || StartsWith(t_, f.span.end, " target") ||
           StartsWith(t_, f.span.end, " inflation target");
  }

  // The place an institution's name holds: "Bank of Nordvik" → "Nordvik", "Reserve Bank of
  // Australia" → "Australia", "Varessa Centre for Disease Control" → "Varessa", "Nigeria Centre for
  // Disease Control" → "Nigeria"; none for "Federal Reserve" or "European Central Bank".
  static std::optional<std::string> PlaceInName(const std::string& words) {
    static const WordSet kHeads = {
        "Bank", "Ministry", "Department", "Office", "Bureau", "Institute", "Agency", "Authority", "Service",
        "Commission", "Centre", "Center", "Centers", "Statistics", "Statistical", "Central", "National", "Reserve"};
    static const WordSet kNoPlace = {"Federal", "National", "European", "Central", "State", "Public", "the"};
    std::vector<std::string_view> parts;
    for (size_t i = 0; i < words.size();) {
      const size_t space = std::min(words.find(' ', i), words.size());
      parts.push_back(std::string_view(words).substr(i, space - i));
      i = space + 1;
    }
    // The first head decides, but a head whose next word is another head goes on to it ("Reserve
    // Bank of India", "Central Bank of Brazil", "People's Bank of China" are named by the last).
    for (size_t k = 0; k + 1 < parts.size(); ++k) {
      if (kHeads.count(parts[k]) == 0) continue;
      if (parts[k + 1] == "of") {  // "Bank of Nordvik", "Bank of the Republic"
        size_t rest = k + 2;
        if (rest < parts.size() && parts[rest] == "the") ++rest;
        // ("Bureau of Labor Statistics", "Ministry of Health": a field, no place.)
        static const WordSet kFields = {"Labor", "Labour", "Health", "Finance", "Economic",
                                                                     "Economy", "Commerce", "Trade", "Energy", "Agriculture",
                                                                     "State", "Treasury", "Defence", "Defense", "Industry"};
        bool place_after = rest < parts.size() && parts.size() - rest <= 2;
        for (size_t r = rest; place_after && r < parts.size(); ++r) {
          place_after = kHeads.count(parts[r]) == 0 && kFields.count(parts[r]) == 0 && IsUpper(parts[r][0]);
        }
        if (place_after) return words.substr(parts[rest].data() - words.data());
        break;
      }
      if (kHeads.count(parts[k + 1]) == 0) break;
    }
    // "U.S. Bureau of Labor Statistics", "Nigeria Centre for Disease Control", "Orrland Statistics
    // Office": the place before the office.
    const size_t first_head = std::find_if(parts.begin(), parts.end(), [&](std::string_view p) { return kHeads.count(p) != 0; }) - parts.begin();
    // ("South African Reserve Bank": a people's word before it names no place as the text would.)
    if (first_head == 0 || first_head > 2 || first_head + 1 >= parts.size() || kNoPlace.count(parts[0]) != 0 ||
        IsDemonym(parts[first_head - 1])) {
      return std::nullopt;
    }
    return words.substr(0, parts[first_head].data() - words.data() - 1);
  }

  // Whether `f` counts cases, deaths or patients: a health figure, which is a place's.
  // (Vaccine doses, tests and beds too, a count or a rate: "104,184 doses", "148.99 doses per 100
  // people", "249,333 new examinations", "29,304 beds".)
  static bool IsHealthCount(const Figure& f) {
    if (f.metric == "cases" || f.metric == "deaths" || f.metric == "hospitalisations") return true;
    static constexpr std::string_view kCounted[] = {"people", "patients", "persons", "fatalities", "infections", "doses",
                                                    "vaccinations", "tests", "examinations", "beds", "ventilators"};
    return (f.kind == FigureKind::kCount || (f.kind == FigureKind::kRate && f.unit == "doses")) &&
           std::any_of(std::begin(kCounted), std::end(kCounted), [&](std::string_view w) { return f.unit.find(w) != std::string::npos; });
  }

  // The place named after "in" in the figure's sentence, else in the headline ("… one death in
  // Qatar"), that is no authority.
  std::optional<std::string> PlaceOf(const Figure& f, bool headline = true) const {
    const size_t headline_end = headline ? std::min(t_.find('\n'), t_.size()) : 0;
    for (ByteSpan range : {f.sentence, ByteSpan{0, headline_end}}) {
      auto [first, last] = NamesWithin(range.begin, range.end);
      for (auto it = first; it != last; ++it) {
        if (it->modifier || it->group || IsAuthority(it->words)) continue;
        // ("in Minxian county", "in northwestern Pakistan", "in central China")
        auto [before, at] = WordBefore(t_, it->begin);
        if (before != "in" && (before == "central" || (before.size() > 5 && EndsWith(before, "ern")))) before = WordBefore(t_, at).first;
        if (before == "in") return it->words;
      }
    }
    return std::nullopt;
  }

  // The two sides of a race stated before `before` in `sentence`: the last name before a verb of
  // leading or trailing ("leads", "leading", "trails") and the last name between it and `before`,
  // the verb at most 80 bytes before.
  std::optional<std::pair<std::string, std::string>> Race(ByteSpan sentence, size_t before) const {
    static const WordSet kLeads = {"leads", "lead", "leading", "led", "trails", "trail",
                                                                "trailing", "trailed", "tops", "topping", "beats", "beating"};
    size_t verb = SIZE_MAX;
    for (size_t i = sentence.begin; i < before;) {
      const size_t e = WordEnd(t_, i);
      if (e > i) {
        if (kLeads.count(Lowercase(t_.substr(i, e - i))) != 0) verb = i;
        i = e;
      } else {
        ++i;
      }
    }
    if (verb == SIZE_MAX || before - verb > 80) return std::nullopt;
    auto [first, last] = NamesWithin(sentence.begin, verb);
    auto [other_first, other_last] = NamesWithin(verb, before);
    auto usable = [](const Name& n) { return !n.modifier && !n.source && !n.group; };
    const Name* leader = nullptr;
    for (auto it = first; it != last; ++it) {
      if (usable(*it)) leader = &*it;
    }
    const Name* other = nullptr;
    for (auto it = other_first; it != other_last; ++it) {
      if (usable(*it)) other = &*it;
    }
    if (!leader || !other || leader->words == other->words) return std::nullopt;
    return std::make_pair(leader->words, other->words);
  }

  // The name a share is given to when a verb of backing follows it: "16 percent supported
  // Fiorina", "21% of respondents backed Lindgren", "38% would vote for the Greens".
  std::optional<std::string> Backed(const Figure& f) const {
    static constexpr std::string_view kBacking[] = {"supported", "support", "backed", "back", "favored", "favoured",
                                                    "favor", "favour", "preferred", "prefer", "chose", "picked"};
    if (f.kind != FigureKind::kPercent) return std::nullopt;
    size_t i = f.span.end;
    if (StartsWith(t_, i, " of ")) {  // "of respondents", "of likely voters"
      i += 4;
      for (int words = 0; words < 3 && IsLower(At(t_, i)); ++words) {
        const std::string word = WordAt(i);
        if (std::find(std::begin(kBacking), std::end(kBacking), word) != std::end(kBacking) || word == "would" ||
            word == "said" || word == "expressed" || word == "reported" || word == "voiced") {
          break;
        }
        i = WordEnd(t_, i) + 1;
      }
      --i;
    }
    if (At(t_, i) != ' ') return std::nullopt;
    // "said they would back Bush": what they said they would do.
    if (WordAt(i + 1) == "said" && WordAt(WordEnd(t_, i + 1) + 1) == "they") i = WordEnd(t_, WordEnd(t_, i + 1) + 1);
    std::string verb = WordAt(i + 1);
    size_t after = WordEnd(t_, i + 1);
    if (verb == "would" && (WordAt(after + 1) == "back" || WordAt(after + 1) == "support")) {
      verb = WordAt(after + 1);
      after = WordEnd(t_, after + 1);
    } else if (verb == "would" && WordAt(after + 1) == "vote" && WordAt(WordEnd(t_, after + 1) + 1) == "for") {
      after = WordEnd(t_, WordEnd(t_, after + 1) + 1);
      verb = "backed";
    } else if ((verb == "expressed" || verb == "reported" || verb == "voiced" || verb == "pledged") &&
               WordAt(after + 1) == "support" && WordAt(WordEnd(t_, after + 1) + 1) == "for") {
      // "46 percent expressed support for Kerry"
      after = WordEnd(t_, WordEnd(t_, after + 1) + 1);
      verb = "backed";
    }
    if (std::find(std::begin(kBacking), std::end(kBacking), verb) == std::end(kBacking) || At(t_, after) != ' ') return std::nullopt;
    size_t name_at = after + 1;
    if (StartsWith(t_, name_at, "the ")) name_at += 4;
    auto [first, last] = NamesWithin(name_at, f.sentence.end);
    if (first == last || first->begin != name_at || first->modifier) return std::nullopt;
    // "supported Green candidate Tove Aas": a party before its candidate's name describes them.
    if (std::next(first) != last && StartsWith(t_, first->end, " candidate ") && std::next(first)->begin == first->end + 11) {
      return std::next(first)->words;
    }
    return first->words;
  }

  // The good a price or its move is of, in lowercase words before the verb of the move in its
  // clause ("corn for March delivery gained", "and soybeans rose", "live cattle traded at", "Spot
  // gold fell"), when no name stands there.
  std::optional<std::string> Good(const Figure& f, ByteSpan clause) const {
    static constexpr std::string_view kVerbs[] = {"gained", "rose", "fell", "lost", "traded", "settled", "climbed", "dropped",
                                                  "slipped", "jumped", "eased", "added", "rallied", "slid", "edged", "stood",
                                                  "was", "were", "hit", "sank", "surged", "advanced", "declined", "dipped",
                                                  "averaged"};
    static constexpr std::string_view kOpeners[] = {"spot", "benchmark", "the", "and", "while", "front-month", "u.s.",
                                                    "overall", "national", "average"};
    // Words that end the good's name: what follows describes it ("corn for March delivery", "gas
    // used by utilities", "gold futures").
    static constexpr std::string_view kAfterGood[] = {"for", "futures", "prices", "price", "used", "in", "of", "by",
                                                      "from", "at", "on", "sold", "bought"};
    // The last verb of a move before the figure.
    size_t verb = SIZE_MAX;
    for (size_t i = std::max<size_t>(clause.begin, f.span.begin > 150 ? f.span.begin - 150 : 0); i < f.span.begin;) {
      const size_t e = WordEnd(t_, i);
      if (e > i) {
        const std::string w = Lowercase(t_.substr(i, e - i));
        if (std::find(std::begin(kVerbs), std::end(kVerbs), w) != std::end(kVerbs)) verb = i;
        i = e;
      } else {
        ++i;
      }
    }
    if (verb == SIZE_MAX) return std::nullopt;
    // The words before it, back to the clause's start, "and" or "while"; "for …" ("corn for March
    // delivery") and "futures" describe the good.
    std::vector<std::pair<size_t, size_t>> words;  // [begin, end) of each word, last first
    for (size_t end = verb; end > clause.begin;) {
      while (end > clause.begin && t_[end - 1] == ' ') --end;
      size_t begin = end;
      while (begin > clause.begin && (IsAsciiLetter(t_[begin - 1]) || t_[begin - 1] == '-' || t_[begin - 1] == '.')) --begin;
      if (begin == end) break;
      const std::string w = Lowercase(t_.substr(begin, end - begin));
      if (w == "and" || w == "while") break;
      words.emplace_back(begin, end);
      end = begin;
      if (words.size() > 6) return std::nullopt;
    }
    std::reverse(words.begin(), words.end());
    // "Power prices in Texas jumped", "Retail rates in the Gulf states averaged": the market a
    // price is paid in is whose it is.
    for (size_t k = 1; k < words.size(); ++k) {
      const std::string lower = Lowercase(t_.substr(words[k].first, words[k].second - words[k].first));
      if (lower != "in" && lower != "at") continue;
      size_t place = words[k].second + 1;
      if (StartsWith(t_, place, "the ")) place += 4;
      auto [first, last] = NamesWithin(place, verb);
      if (first != last && first->begin == place && !first->modifier && !first->source) return first->words;
      break;
    }
    std::string good;
    for (const auto& [begin, end] : words) {
      std::string w(t_.substr(begin, end - begin));
      const std::string lower = Lowercase(w);
      if (std::find(std::begin(kAfterGood), std::end(kAfterGood), lower) != std::end(kAfterGood)) break;
      if (good.empty() && std::find(std::begin(kOpeners), std::end(kOpeners), lower) != std::end(kOpeners)) continue;
      // "The Midwest, where prices were up 3.2%", "But prices dipped", "when it was settling for
      // £53/MWh": a relative word, a conjunction or a pronoun names no good.
      if (IsFunctionWord(lower)) {
        if (!good.empty()) break;
        continue;
      }
      // A capitalised word inside is a name's ("Brent crude"), read as names are; one opening the
      // sentence is not ("Spot gold", "Corn").
      if (IsUpper(w[0]) && !(begin == f.sentence.begin || OpensSentence(t_, begin))) return std::nullopt;
      if (!good.empty()) good += ' ';
      good += lower;
    }
    if (good.empty() || good.size() > 30) return std::nullopt;
    // "Economists were expecting prices to …": who forecasts a price names no good.
    if (IsNotAName(good.substr(good.rfind(' ') + 1))) return std::nullopt;
    return good;
  }

  // The name just before the comma that opens `clause`, when the clause is a move and the figure
  // ("Cleveland, up 4.0%", "Brent, down 2% at $81", "gold, off 0.6%").
  // "$3.6 million going to champion Scottie Scheffler", "paid out a record $2.2m to champion Brooks
  // Koepka": prize money is the winner's it goes to, not the tournament's that pays it.
  std::optional<std::string> PrizeWinner(const Figure& f) const {
    static const WordSet kPlaces = {"champion", "winner", "runner", "runners"};
    if (f.kind != FigureKind::kMoney) return std::nullopt;
    size_t at = f.span.end;
    for (std::string_view go : {" going", " went", " goes"}) {
      if (StartsWith(t_, at, go)) at += go.size();
    }
    if (!StartsWith(t_, at, " to ")) return std::nullopt;
    at += 4;
    if (StartsWith(t_, at, "the ")) at += 4;
    const size_t word_end = WordEnd(t_, at);
    if (kPlaces.count(Lowercase(t_.substr(at, word_end - at))) == 0) return std::nullopt;
    at = StartsWith(t_, word_end, "-up ") ? word_end + 4 : word_end + 1;
    auto [first, last] = NamesWithin(at, std::min<size_t>(t_.size(), at + 60));
    if (first == last || first->begin != at || first->group) return std::nullopt;
    return first->words;
  }

  // "£5.75m Newcastle United paid Middlesbrough for striker Mark Viduka": a transfer fee is the
  // player's its clause names by position, else its sentence, the nearest to the fee.
  std::optional<std::string> TransferredPlayer(const Figure& f, ByteSpan clause) const {
    if (f.metric != "transfer fee") return std::nullopt;
    if (clause.begin > f.sentence.begin || clause.end < f.sentence.end) {
      Figure in_clause = f;
      in_clause.sentence = clause;
      if (auto player = TransferredPlayer(in_clause, clause)) return player;
    }
    std::optional<std::string> player;
    size_t distance = SIZE_MAX;
    for (size_t i = f.sentence.begin; i < f.sentence.end; ++i) {
      const size_t at = PlayerNameAfterPosition(t_, i);
      if (at == 0) continue;
      auto [first, last] = NamesWithin(at, std::min<size_t>(t_.size(), at + 60));
      if (first == last || first->begin != at || first->group) continue;
      const size_t d = at > f.span.begin ? at - f.span.begin : f.span.begin - at;
      if (d < distance) distance = d, player = first->words;
    }
    return player;
  }

  std::optional<std::string> Apposed(const Figure& f, ByteSpan clause) const {
    static const WordSet kMoves = {"up", "down", "off", "higher", "lower"};
    size_t i = clause.begin;
    while (i < f.span.begin && t_[i] == ' ') ++i;
    const size_t e = WordEnd(t_, i);
    if (kMoves.count(Lowercase(t_.substr(i, e - i))) == 0) return std::nullopt;
    const std::string_view between = t_.substr(e, f.span.begin > e ? f.span.begin - e : 0);
    if (between != " " && between != " by ") return std::nullopt;
    size_t comma = clause.begin;
    while (comma > f.sentence.begin && t_[comma - 1] == ' ') --comma;
    if (comma <= f.sentence.begin || t_[comma - 1] != ',') return std::nullopt;
    --comma;
    auto [first, last] = NamesWithin(f.sentence.begin, comma);
    if (first == last) return std::nullopt;
    const Name& name = *std::prev(last);
    // ("closed at $41.20 in New York, up 2%": where the price was made, not whose it is.)
    if (name.end != comma || name.modifier || name.source || name.person || name.place) return std::nullopt;
    return name.words;
  }

  // A list that pairs names and numbers: the name set right before the figure with a dash or a
  // colon ("the Blues — 151, the Greens — 121", "DPA - 59.693 (5.51%)", "Labour: 38%"), or a
  // party's after "for" ("322 seats as opposed to 212 for the Nation Alliance", "38% for Labour").
  // A dash or a colon breaks the clause, so the nearest name in the figure's clause misses it.
  std::optional<std::string> Listed(const Figure& f) const {
    auto usable = [](const Name& n) { return !n.modifier && !n.source && !n.place; };
    auto [first, last] = NamesWithin(f.sentence.begin, f.span.begin);
    if (first != last && std::prev(last)->end + 8 >= f.span.begin) {
      const Name& name = *std::prev(last);
      const std::string_view gap = t_.substr(name.end, f.span.begin - name.end);
      const bool marked = gap.find(':') != std::string_view::npos || gap.find('-') != std::string_view::npos ||
                          gap.find("\xe2\x80\x93") != std::string_view::npos || gap.find("\xe2\x80\x94") != std::string_view::npos;
      if (marked && gap.find_first_not_of(" :-\xe2\x80\x93\x94") == std::string_view::npos && usable(name)) return name.words;
    }
    if (f.metric == "seats" || f.metric == "votes" || f.metric == "vote share") {
      size_t at = f.span.end;
      if (StartsWith(t_, at, " for ")) at += 5;
      else return std::nullopt;
      if (StartsWith(t_, at, "the ")) at += 4;
      auto [after_first, after_last] = NamesWithin(at, std::min(t_.size(), at + 80));
      if (after_first != after_last && after_first->begin == at && usable(*after_first)) return after_first->words;
    }
    return std::nullopt;
  }

  // "…, but failed as Erdogan swept the election, receiving 52.6 percent": a clause that opens with
  // a participle goes on with the subject of the clause before it, the last name before it that a
  // verb follows, not the sentence's first name.
  std::optional<std::string> ParticipleSubject(ByteSpan sentence, ByteSpan clause) const {
    static const WordSet kNotParticiples = {"including", "according", "excluding", "following", "during", "regarding",
                                            "concerning", "amounting", "bringing", "leaving", "making"};
    size_t at = clause.begin;
    while (At(t_, at) == ' ') ++at;
    const std::string opener = Lowercase(t_.substr(at, WordEnd(t_, at) - at));
    if (at < sentence.begin + 2 || opener.size() < 6 || opener.compare(opener.size() - 3, 3, "ing") != 0 ||
        kNotParticiples.count(opener) != 0 || t_.substr(at - 2, 2) != ", ") {
      return std::nullopt;
    }
    auto [first, last] = NamesWithin(sentence.begin, clause.begin);
    for (auto it = last; it != first;) {
      --it;
      if (it->modifier || it->source || it->group || it->place) continue;
      if (VerbFollows(t_, *it)) return it->words;
    }
    return std::nullopt;
  }

  // The name before ", who …," or ", which …," (or an apposition) when `clause` comes right after
  // that relative clause.
  std::optional<std::string> AfterRelativeClause(ByteSpan sentence, ByteSpan clause) const {
    if (clause.begin < sentence.begin + 4 || t_.substr(clause.begin - 2, 2) != ", ") return std::nullopt;
    const size_t comma = t_.substr(sentence.begin, clause.begin - 2 - sentence.begin).rfind(", ");
    if (comma == std::string_view::npos) return std::nullopt;
    const size_t relative = sentence.begin + comma + 2;
    // (Or an apposition: "while the National Movement Party, allied with the ruling party, garnered
    // 51 seats", "Harlow Bank, the lender's parent, earned …".)
    const std::string opener = WordAt(relative);
    const bool participle = opener.size() >= 3 && opener.compare(opener.size() - 2, 2, "ed") == 0;
    if (opener != "who" && opener != "which" && opener != "the" && opener != "a" && !participle) return std::nullopt;
    auto [first, last] = NamesWithin(sentence.begin, relative - 2);
    if (first == last) return std::nullopt;
    const Name& name = *std::prev(last);
    if (name.end != relative - 2 || name.modifier || name.source) return std::nullopt;
    return name.words;
  }

  // What moved, named after "with" just before the move and the figure: "with gasoline down 3.3%",
  // "with the Nasdaq up 1.2%", "with the 10-year note yield rising 9 basis points" (a market's words
  // for what it is the price, yield or level of are left out).
  std::optional<std::string> WithMove(const Figure& f, ByteSpan clause) const {
    static const WordSet kMoves = {"up", "down", "off", "higher", "lower", "rising", "falling",
                                                                "climbing", "dropping", "gaining", "losing", "sliding"};
    static const WordSet kMarketWords = {"yield", "yields", "price", "prices", "index", "futures"};
    auto [move, move_at] = WordBefore(t_, f.span.begin);
    if (move == "by") std::tie(move, move_at) = WordBefore(t_, move_at);
    if (kMoves.count(move) == 0 || move_at < clause.begin) return std::nullopt;
    const size_t from = std::max<size_t>(clause.begin, move_at > 60 ? move_at - 60 : 0);
    const size_t with = t_.substr(from, move_at - from).rfind("with ");
    if (with == std::string_view::npos || (from + with > 0 && IsAsciiLetter(t_[from + with - 1]))) return std::nullopt;
    size_t begin = from + with + 5;
    if (StartsWith(t_, begin, "the ")) begin += 4;
    const size_t end = SkipBlanksBack(t_, move_at);
    if (end <= begin) return std::nullopt;
    auto [first, last] = NamesWithin(begin, end);
    if (first != last && first->begin == begin && first->end == end && !first->modifier) return first->words;
    if (first != last) return std::nullopt;
    std::vector<std::string> words = LowerWords(t_, begin, end);
    while (!words.empty() && kMarketWords.count(words.back()) != 0) words.pop_back();
    if (words.empty() || words.size() > 3 || std::any_of(words.begin(), words.end(), [](const std::string& w) { return IsFunctionWord(w); })) {
      return std::nullopt;
    }
    // (Digits of a tenor are no letters: "10-year note" is read from the text.)
    const size_t last_word = t_.substr(begin, end - begin).rfind(words.back());
    std::string out(t_.substr(begin, last_word + words.back().size()));
    for (char& c : out) c = ToLowerAscii(c);
    if (out == "shares" || out == "stock" || out == "stocks") return std::nullopt;
    return out;
  }

  // Who pays a penalty named after it with "on" or "against": "a civil penalty of $105 million on
  // Fiat Chrysler", "an $18 million penalty against Texas-based Southern Union Co.": the payer's,
  // not the regulator's or the court's that imposes it.
  std::optional<std::string> PenaltyPayer(const Figure& f) const {
    size_t i = f.span.end;
    bool penalty = false;
    for (std::string_view word : {" penalty", " fine", " settlement"}) {
      if (StartsWith(t_, i, word)) i += word.size(), penalty = true;
    }
    const size_t from = f.span.begin > 20 ? f.span.begin - 20 : 0;
    const std::string_view before = t_.substr(from, f.span.begin - from);
    penalty = penalty || before.find("penalty of ") != std::string_view::npos || before.find("fine of ") != std::string_view::npos;
    if (!penalty) return std::nullopt;
    for (std::string_view preposition : {" on ", " against "}) {
      if (!StartsWith(t_, i, preposition)) continue;
      auto [first, last] = NamesWithin(i + preposition.size(), std::min(t_.size(), i + preposition.size() + 60));
      if (first != last && first->begin < i + preposition.size() + 25 && !first->modifier) return first->words;
    }
    return std::nullopt;
  }

  // "Shares of Nvidia rose 3% after Oracle said its cloud revenue jumped 52%": a pronoun after an
  // organisation's verb of saying, with no other name between, refers to the organisation.
  std::optional<std::string> SpeakerReferredTo(const Figure& f) const {
    auto [first, last] = NamesWithin(f.sentence.begin, f.span.begin);
    if (first == last) return std::nullopt;
    const Name& speaker = *std::prev(last);
    // ("OPEC and allies like Russia said …": an example of a group speaks for none.)
    const std::string before = WordBefore(t_, speaker.begin).first;
    if (speaker.person || speaker.personal || speaker.modifier || before == "like" || before == "as" || before == "including" ||
        !SaysAfter(t_, speaker)) {
      return std::nullopt;
    }
    if (!ReferenceIn(t_, speaker.end, f.span.begin).found) return std::nullopt;
    return speaker.words;
  }

  // The name that opens `clause` before its verb, when the figure comes after "with" ("Booker
  // led the Suns with 31 points", "Meta beat estimates with $5 billion"): the clause's subject.
  std::optional<std::string> OpenerWith(const Figure& f, ByteSpan clause) const {
    if (WordBefore(t_, f.span.begin).first != "with") return std::nullopt;
    size_t i = clause.begin;
    while (i < f.span.begin && (t_[i] == ' ' || t_[i] == '"')) ++i;
    auto [first, last] = NamesWithin(i, f.span.begin);
    if (first == last || first->begin != i || first->modifier || first->group || !VerbFollows(t_, *first)) return std::nullopt;
    return first->words;
  }

  // The words after the last "among" in [begin, end), up to a comma or a verb, when no name
  // stands between them and `end`: "highest among children, at 390 cases".
  std::optional<std::string> Among(size_t begin, size_t end) const {
    static constexpr std::string_view kStops[] = {"reached", "was", "were", "is", "are", "stood", "rose", "fell",
                                                  "remained", "at", "hit", "had", "has", "climbed", "dropped"};
    const size_t at = t_.substr(begin, end - begin).rfind(" among ");
    if (at == std::string_view::npos) return std::nullopt;
    const size_t from = begin + at + 7;
    auto [first, last] = NamesWithin(from, end);
    if (first != last) return std::nullopt;
    size_t stop = from;
    for (size_t i = from; i < end;) {
      size_t e = i;
      while (e < end && (IsAsciiAlnum(t_[e]) || t_[e] == '-')) ++e;  // "aged 65", "over-65s"
      if (e == i) break;
      const std::string word = Lowercase(t_.substr(i, e - i));
      if (std::find(std::begin(kStops), std::end(kStops), word) != std::end(kStops)) break;
      stop = e;
      if (At(t_, e) != ' ') break;
      i = e + 1;
    }
    // ("the largest loss among the 11 sectors": an article before the figure names no group.)
    if (stop == from || IsFunctionWord(Lowercase(t_.substr(from, stop - from)))) return std::nullopt;
    return std::string(t_.substr(from, stop - from));
  }

  // The words that open [begin, end) as its subject when they end in a plural that names a kind
  // of actor: "technology companies issued …", "The largest cloud companies now talk about …".
  std::optional<std::string> CollectiveSubject(size_t begin, size_t end) const {
    static constexpr std::string_view kActors[] = {"companies", "firms", "makers", "producers", "providers",
                                                   "hyperscalers", "exporters", "banks", "lenders", "utilities",
                                                   "operators", "insurers", "developers", "manufacturers",
                                                   "households", "consumers", "voters", "carmakers", "chipmakers"};
    size_t i = begin;
    while (i < end && (t_[i] == ' ' || t_[i] == '"')) ++i;
    if (StartsWithNoCase(t_, i, "the ")) i += 4;
    const size_t from = i;
    for (int words = 0; words < 4 && i < end; ++words) {
      const size_t e = WordEnd(t_, i);
      if (e == i || e > end) break;
      const std::string word = Lowercase(t_.substr(i, e - i));
      if (std::find(std::begin(kActors), std::end(kActors), word) != std::end(kActors)) {
        std::string words_of = std::string(t_.substr(from, e - from));
        if (!words_of.empty() && IsUpper(words_of[0]) && words_of.size() > 1 && IsLower(words_of[1])) words_of[0] = ToLowerAscii(words_of[0]);
        return words_of;
      }
      if (At(t_, e) != ' ' || IsFunctionWord(word)) break;
      i = e + 1;
    }
    return std::nullopt;
  }

  // The lowercase word at `i`, after blanks.
  std::string WordAt(size_t i) const {
    while (i < t_.size() && t_[i] == ' ') ++i;
    return Lowercase(t_.substr(i, WordEnd(t_, i) - i));
  }

  // The last and the first name wholly inside [begin, end), leaving out sources of statements
  // unless `sources`. The first leaves out a possessive before another name ("Google's parent
  // Alphabet"): the name it qualifies is the owner.
  std::optional<std::string> Last(size_t begin, size_t end, bool sources = false, bool persons = true) const {
    auto [first, last] = NamesWithin(begin, end);
    for (auto it = last; it != first;) {
      --it;
      if (!it->modifier && (sources || !it->source) && !(!persons && it->source && (it->person || it->personal)) &&
          !(skip_places_ && it->place) && !(skip_persons_ && it->personal)) {
        return it->words;
      }
    }
    return std::nullopt;
  }
  std::optional<std::string> First(size_t begin, size_t end, bool sources = false, bool persons = true) const {
    auto [first, last] = NamesWithin(begin, end);
    for (auto it = first; it != last; ++it) {
      if (it->modifier || (!sources && it->source) || (!persons && it->person) || (skip_places_ && it->place) ||
          (skip_persons_ && it->personal)) {
        continue;
      }
      const bool qualifies = std::next(it) != last && (StartsWith(t_, it->end, "'s ") || StartsWith(t_, it->end, "\xe2\x80\x99s ")) &&
                             std::next(it)->begin - it->end < 40;
      if (!qualifies) return it->words;
    }
    return std::nullopt;
  }

  // The subject the text is about where a figure names none: within the paragraph of the last
  // figure given one, that figure's ("…, up 60% from the $410 billion they spent"); in a new
  // paragraph, the one the text has given most figures so far.
  std::optional<std::string> Topic(const Figure& f) const {
    if (words_subject_.first == f.sentence.begin && !words_subject_.second.empty()) return words_subject_.second;
    if (!recent_.empty() && remembered_paragraph_ == paragraph_) return recent_.back();
    if (auto opener = ParagraphOpener(f.sentence.begin)) return opener;
    return dominant_ ? dominant_ : lead_;
  }

  // The name that opens the paragraph's first sentence before `sentence_begin`, as its grammatical
  // subject ("Accenture reported better-than-expected results. Earnings of $2.03 per share beat …"):
  // what the paragraph is about.
  std::optional<std::string> ParagraphOpener(size_t sentence_begin) const {
    if (sentence_begin <= paragraph_) return std::nullopt;
    auto [first, last] = NamesWithin(paragraph_, sentence_begin);
    if (first == last || first->modifier || first->source || first->group ||
        first->begin > paragraph_ + 40 || !VerbFollows(t_, *first)) {
      return std::nullopt;
    }
    return first->words;
  }

  // The subject of the text's lead, its first sentence below the headline ("Alphabet Inc.'s
  // quarterly earnings were dented by …"): what a figure that names no one is about before any
  // figure has been given a subject.
  std::optional<std::string> Lead() const {
    const size_t headline = t_.find("\n\n");
    size_t body = headline == std::string_view::npos ? 0 : headline + 2;
    // Past a dateline ("ESSEN, 7. August 2025 –", "BEIJING, Nov. 3 (Xinhua) --"), whose full stops
    // end no sentence.
    body += DatelineLength(t_.substr(body));
    // Past a byline on a line of its own ("By Mark Mulligan").
    if (StartsWith(t_, body, "By ")) {
      const size_t line_end = t_.find('\n', body);
      if (line_end != std::string_view::npos && line_end - body <= 60) body = line_end + 1;
    }
    size_t end = t_.find(". ", body);
    const size_t line = t_.find('\n', body);
    end = std::min(end == std::string_view::npos ? t_.size() : end, line == std::string_view::npos ? t_.size() : line);
    // The headline repeated below it (a scraped page's title, "The Biggest Threat to AI Investment
    // Is AI …") is no lead.
    if (headline != std::string_view::npos && headline >= 20 && t_.substr(body, 20) == t_.substr(0, 20)) return std::nullopt;
    // ("Insured losses could reach $1.5 billion, according to the modelling firm Quarrel Analytics":
    // who is cited for the lead's number is not what it is about.)
    std::optional<std::string> lead = First(body, end, /*sources=*/true, /*persons=*/false);
    auto [first, last] = NamesWithin(body, end);
    if (lead && std::any_of(first, last, [&](const Name& n) { return n.words == *lead && CitedAfterAccordingTo(t_, n); })) {
      return std::nullopt;
    }
    return lead;
  }

  // Where the sentence before the one starting at `begin` starts (after ". ", "? ", "! " or a line
  // break).
  size_t PreviousSentenceStart(size_t begin) const {
    size_t i = begin;
    while (i > 0 && (t_[i - 1] == ' ' || t_[i - 1] == '\n')) --i;
    if (i > 0) --i;  // its full stop
    while (i > 0) {
      const char c = t_[i - 1];
      if (c == '\n' || ((c == ' ') && i >= 2 && (t_[i - 2] == '.' || t_[i - 2] == '?' || t_[i - 2] == '!'))) break;
      --i;
    }
    return i;
  }

  // Where the words a speaker reports begin, when `t[begin, end)` holds "<reporting verb> … that "
  // (at most three words between), else 0.
  // `opinion` is whether the verb puts forward a view ("argues", "warns") rather than reports a
  // fact ("said", "told", "announced"): a company that said its income fell reports its own.
  size_t ReportedClauseStart(size_t begin, size_t end, bool* opinion) const {
    const std::string_view range = t_.substr(begin, end - begin);
    const size_t that = range.rfind(" that ");
    if (that == std::string_view::npos) return 0;
    size_t at = begin + that;
    for (int k = 0; k < 4 && at > begin; ++k) {
      auto [word, start] = WordBefore(t_, at);
      if (word.empty() || start < begin) break;
      if (FiniteReportingVerb(word)) {
        *opinion = word != "said" && word != "says" && word != "told" && word != "reported" && word != "announced" &&
                   word != "added" && word != "confirmed";
        return begin + that + 6;
      }
      at = start;
    }
    return 0;
  }

  // A table cell's subject: a name in its row's first cell, else the name written last before
  // the table (its caption: "the capital expenditure of Alphabet, Amazon, Meta and Microsoft").
  std::optional<std::string> InTable(const Figure& f, ByteSpan cell) const {
    auto [first, last] = NamesWithin(cell.begin, cell.end);
    if (first != last && cell.end <= f.span.begin && !LabelsRow(cell, *first)) return first->words;
    auto [before_first, before_last] = NamesWithin(TableStart(t_, f.span.begin) > 600 ? TableStart(t_, f.span.begin) - 600 : 0,
                                                   TableStart(t_, f.span.begin));
    if (before_first != before_last) return std::prev(before_last)->words;
    return Topic(f);
  }

  // Whether a row's first cell labels what the row measures rather than whose it is: a metric
  // ("Net sales", "Adjusted EBITDA") or a participle ("Reported", "Adjusted", "Underlying").
  bool LabelsRow(ByteSpan cell, const Name& name) const {
    for (size_t i = cell.begin; i < cell.end; i = WordEnd(t_, i) + 1) {
      while (i < cell.end && t_[i] == ' ') ++i;
      if (i >= cell.end) break;
      if (MatchMetricAt(t_, i)) return true;
    }
    const std::string lower = Lowercase(name.words);
    const bool participle = lower.find(' ') == std::string::npos && lower.size() > 5 &&
                            (lower.compare(lower.size() - 2, 2, "ed") == 0 || lower.compare(lower.size() - 3, 3, "ing") == 0);
    return participle;
  }

  // Where the paragraph holding `at` begins.
  // Figures are read in order, so only the text since the last one is searched (a text with no
  // blank line would otherwise be searched whole for every figure).
  size_t ParagraphStart(size_t at) {
    if (at < searched_to_) searched_to_ = 0, last_paragraph_ = 0;  // read out of order: start over
    const size_t stop = searched_to_ > 0 ? searched_to_ - 1 : 0;
    for (size_t i = std::min(at, t_.size() > 0 ? t_.size() - 1 : 0); i > stop; --i) {
      if (t_[i] == '\n' && t_[i - 1] == '\n') {
        last_paragraph_ = i + 1;
        break;
      }
    }
    searched_to_ = at;
    return last_paragraph_;
  }

  void Remember(const std::string& subject) {
    remembered_paragraph_ = paragraph_;
    // Of subjects given as often, the first to be: the text's lead.
    if (const int n = ++given_[subject]; n > dominant_count_) {
      dominant_count_ = n;
      dominant_ = subject;
    }
    recent_.erase(std::remove(recent_.begin(), recent_.end(), subject), recent_.end());
    recent_.push_back(subject);
  }

  // The name of `owner`'s unit in `segment` ("cloud") for a figure in `sentence`: a name the text
  // writes ending in it capitalised, that begins with the owner's name ("Corvane Cloud") or, when the
  // sentence names no owner ("its cloud division reported …"), stands in a sentence beside it ("Google
  // Cloud also reported …"); else the owner's name and the segment ("Corvane advertising").
  std::string UnitName(const std::string& owner, const std::string& segment, ByteSpan sentence) const {
    std::string capitalised = ' ' + segment;
    capitalised[1] = static_cast<char>(capitalised[1] - 'a' + 'A');
    if (EndsWith(owner, capitalised)) return owner;
    const std::string owner_word = owner.substr(0, owner.find(' '));
    const bool owner_named = t_.substr(sentence.begin, sentence.end - sentence.begin).find(owner) != std::string_view::npos;
    for (const Name& n : names_) {
      if (!EndsWith(n.words, capitalised)) continue;
      const bool beside = n.end + 300 > sentence.begin && n.begin < sentence.end + 300;
      if (n.words.compare(0, owner_word.size() + 1, owner_word + ' ') == 0 || (!owner_named && beside)) return n.words;
    }
    return owner + ' ' + segment;
  }

  // "the four companies": the last `n` single subjects the text gave figures, as one group.
  std::optional<std::string> RecentGroup(int n) const {
    std::vector<std::string> members;
    for (auto it = recent_.rbegin(); it != recent_.rend() && static_cast<int>(members.size()) < n; ++it) {
      if (it->find(", ") == std::string::npos && it->find(" and ") == std::string::npos) members.push_back(*it);
    }
    if (static_cast<int>(members.size()) < n) return std::nullopt;
    return JoinGroup(members);
  }

  std::string_view t_;
  std::vector<Name> names_;
  bool han_companies_;  // the text names companies in Han (蓝驰汽车): their units' figures are theirs
  bool skip_places_ = false;  // Last and First pass over names of places (Name::place); set before lead_
  bool skip_persons_ = false;  // and over persons (Name::personal)
  std::optional<std::string> lead_;  // the lead's subject (Lead)
  std::optional<std::string> election_;  // the election the text names (Election), read when first needed
  bool election_read_ = false;
  std::map<std::string, int> given_;  // how many figures each subject was given
  std::optional<std::string> dominant_;  // the subject given most figures so far
  int dominant_count_ = 0;
  size_t paragraph_ = 0;               // where the paragraph of the figure being read begins
  size_t searched_to_ = 0;             // ParagraphStart has searched the text before this byte
  size_t last_paragraph_ = 0;          // and found the last paragraph beginning there
  size_t remembered_paragraph_ = SIZE_MAX;  // and that of the last figure given a subject
  bool in_words_ = false;              // the subject being read is a group named in words
  std::pair<size_t, std::string> words_subject_{SIZE_MAX, ""};  // the last such group, by its sentence
  std::vector<std::string> recent_;    // subjects given, most recent last, each once
  std::optional<std::string> topic_;   // the last subject a sentence was about (IsTopic)
  std::pair<ByteSpan, std::optional<std::string>> previous_;  // the last figure's sentence and subject
  std::pair<size_t, std::string> health_place_{SIZE_MAX, ""};  // the paragraph and place of the last health count
};

}  // namespace

// A Chinese score is told from the side named first: "上海海港主场以4比2击败上海申花", "海港4比2胜申花".
// The second number is the side the verb after it names, up to the clause's end. Says whether it read one.
bool ReadHanScore(std::string_view t, Figure* other_side) {
  static constexpr std::string_view kBeat[] = {"击败", "擊敗", "战胜", "戰勝", "战平", "戰平", "逼平", "不敌", "不敵",
                                               "负于", "負於", "力克", "胜", "勝", "负", "負", "平"};
  size_t at = other_side->span.end;
  size_t verb = 0;
  for (std::string_view w : kBeat) {
    if (t.substr(at, w.size()) == w) {
      verb = w.size();
      break;
    }
  }
  if (verb == 0) return false;
  const size_t begin = at + verb;
  size_t end = begin;
  while (end + 3 <= t.size() && static_cast<unsigned char>(t[end]) >= 0xe4 && static_cast<unsigned char>(t[end]) <= 0xe9) end += 3;
  const size_t chars = (end - begin) / 3;
  if (chars < 2 || chars > 8) return false;
  other_side->subject = std::string(t.substr(begin, end - begin));
  return true;
}

// One entity, one subject in a text: a good read in lowercase at a sentence's start ("brent crude",
// from "Brent crude futures settled …") is the name the text writes capitalised ("Brent"), and a
// one-word name that begins it is the good written whole ("Brent" → "Brent crude").
void OneNamePerGood(std::vector<Figure>* figures) {
  std::map<std::string, std::string> named;  // lowercase → as a name writes it
  for (const Figure& f : *figures) {
    if (f.subject && IsUpper(f.subject->front()) && f.subject->find(' ') == std::string::npos) named.emplace(Lowercase(*f.subject), *f.subject);
  }
  if (named.empty()) return;
  std::map<std::string, std::string> whole;  // a name → the good it begins, written whole
  for (Figure& f : *figures) {
    if (!f.subject || !IsLower(f.subject->front())) continue;
    const std::string first = f.subject->substr(0, f.subject->find(' '));
    auto name = named.find(first);
    if (name == named.end()) continue;
    f.subject = name->second + f.subject->substr(first.size());
    if (f.subject->size() > name->second.size()) whole.emplace(name->second, *f.subject);
  }
  for (Figure& f : *figures) {
    if (auto it = f.subject ? whole.find(*f.subject) : whole.end(); it != whole.end()) f.subject = it->second;
  }
}

// "Sales at Drummond Foods and Pellcrest rose 4% and 6% respectively", "The CHP, MHP and HDP are
// projected to secure 132, 81 and 79 seats respectively": figures given a list as their subject,
// as many as its members and all before "respectively" in their sentence, are each member's in the
// order the sentence writes them.
static void ReadRespectively(std::string_view t, std::vector<Figure>* figures) {
  for (size_t k = 0; k < figures->size();) {
    const Figure& first = (*figures)[k];
    size_t end = k + 1;
    while (end < figures->size() && (*figures)[end].sentence == first.sentence && (*figures)[end].subject == first.subject) ++end;
    const size_t next = end;
    if (!first.subject || first.subject->find(" and ") == std::string::npos || end - k < 2) {
      k = next;
      continue;
    }
    const ByteSpan sentence = first.sentence;
    const std::string_view after = t.substr((*figures)[end - 1].span.end, std::min<size_t>(40, sentence.end - (*figures)[end - 1].span.end));
    std::vector<std::string> members;
    std::string rest = *first.subject;
    for (size_t cut; (cut = rest.find(", ")) != std::string::npos; rest = rest.substr(cut + 2)) members.push_back(rest.substr(0, cut));
    const size_t cut = rest.rfind(" and ");
    members.push_back(rest.substr(0, cut));
    members.push_back(rest.substr(cut + 5));
    // Where the sentence writes each member, before the first figure.
    const std::string_view before = t.substr(sentence.begin, first.span.begin - sentence.begin);
    std::vector<std::pair<size_t, std::string>> written;
    for (const std::string& m : members) {
      const size_t at = before.find(m);
      if (at != std::string_view::npos) written.emplace_back(at, m);
    }
    if (after.find("respectively") != std::string_view::npos && written.size() == members.size() && members.size() == end - k) {
      std::sort(written.begin(), written.end());
      for (size_t i = 0; i < written.size(); ++i) (*figures)[k + i].subject = written[i].second;
    }
    k = next;
  }
}

void ReadSubjects(std::string_view t, const std::vector<ByteSpan>& clauses, std::vector<Figure>* figures) {
  if (figures->empty()) return;
  SubjectReader reader(t);
  for (size_t k = 0; k < figures->size(); ++k) {
    Figure& f = (*figures)[k];
    f.subject = reader.Read(f, clauses[k]);
    if (reader.OwnsNoOne(f)) f.subject.reset();
  }
  OneNamePerGood(figures);
  ReadRespectively(t, figures);
  reader.ReadRespective(figures);
  for (size_t k = 1; k < figures->size(); ++k) {
    Figure& a = (*figures)[k - 1];
    Figure& b = (*figures)[k];
    if (a.metric == "goals" && b.metric == "goals" && a.kind == FigureKind::kCount && b.kind == FigureKind::kCount &&
        b.span.begin > a.span.end && b.span.begin - a.span.end <= 3) {
      if (!ReadHanScore(t, &b)) reader.ReadScore(&a, &b, clauses[k - 1]);
    }
    const std::string_view joint = b.span.begin > a.span.end ? t.substr(a.span.end, b.span.begin - a.span.end) : "";
    if (a.kind == FigureKind::kPercent && b.kind == FigureKind::kPercent && (joint == " to " || joint == "-" || joint == kEnDash)) {
      if (joint == " to ") reader.ReadRace(&a, &b);
      reader.ReadRival(a, &b);
    }
  }
}

}  // namespace dossier::extract
