// Where what is claimed begins and ends: after `that`, a colon or a quotation mark, to the end of
// the sentence without its final punctuation and citation markers (RULES.md, "The span").
#include <algorithm>
#include <cctype>
#include <set>

#include "extract/claim_reader.h"
#include "extract/datelines.h"
#include "extract/reporting_lexicon.h"
#include "extract/text_bytes.h"
#include "extract/word_set.h"

namespace dossier::extract {

namespace {

bool IsFinalPunct(std::string_view s) {
  return s == "." || s == "!" || s == "?" || s == ";" || s == ":" || s == "," || s == "\xe3\x80\x82" ||
         s == "\xef\xbc\x81" || s == "\xef\xbc\x9f" || s == "\xe2\x80\xa6" || s == "\xef\xbc\x9b" ||
         s == "\xef\xbc\x9a" || s == "\xef\xbc\x8c";  // 。！？…；：，
}

// Whether the quotation mark `mark` closes the one quotation `span` opens and leaves open ("the
// result was “the best night in forty years" before "”"): the claim keeps it, so that its words,
// rendered alone, are a balanced quotation.
bool ClosesOpenQuotation(std::string_view span, std::string_view mark) {
  auto count = [&](std::string_view m) {
    size_t n = 0;
    for (size_t at = span.find(m); at != std::string_view::npos; at = span.find(m, at + m.size())) ++n;
    return n;
  };
  if (mark == "\"") return count(mark) % 2 == 1;
  // (Not 「」: a Han claim's span ends before a quotation another speaker's verb introduces.)
  static constexpr std::pair<std::string_view, std::string_view> kPairs[] = {
      {"\xe2\x80\x9c", "\xe2\x80\x9d"}, {"\xc2\xab", "\xc2\xbb"}};  // “” «»
  for (const auto& [open, close] : kPairs) {
    if (mark == close) return count(open) == count(close) + 1;
  }
  return false;
}

bool AllCapitals(std::string_view word) {
  bool letters = false;
  for (char c : word) {
    if (c >= 'a' && c <= 'z') return false;
    letters |= c >= 'A' && c <= 'Z';
  }
  return letters && word.size() >= 2;
}

// How many tokens a live page's time stamp takes at the start of `tokens`, through its separator
// ("14:05", "14:05 GMT -", "10.42am:", "2:15 pm |"), when a word follows it; else 0.
size_t TimeStampTokens(std::string_view text, const std::vector<Token>& tokens) {
  const auto at = [&](size_t i) { return i < tokens.size() ? text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin) : std::string_view(); };
  const auto digits = [&](size_t i) { return i < tokens.size() && tokens[i].word && std::isdigit(static_cast<unsigned char>(text[tokens[i].begin])); };
  if (!digits(0)) return 0;
  size_t i = 0;
  const std::string_view first = at(0);
  const bool meridiem = first.size() > 3 && (first.substr(first.size() - 2) == "am" || first.substr(first.size() - 2) == "pm");
  if (at(1) == ":" && digits(2) && first.size() <= 2 && at(2).size() == 2) {
    i = 3;  // "14:05"
  } else if (meridiem && first.find_first_of(".:") != std::string_view::npos) {
    i = 1;  // "10.42am"
  } else {
    return 0;
  }
  if (at(i) == "am" || at(i) == "pm") ++i;
  if (i < tokens.size() && tokens[i].word && AllCapitals(at(i)) && at(i).size() <= 4) ++i;  // "GMT"
  if (at(i) == "-" || at(i) == ":" || at(i) == "|" || (i < tokens.size() && IsDash(text, tokens[i]))) ++i;
  return i < tokens.size() && tokens[i].word ? i : 0;
}

// "NEW DELHI: The strike …": a place of two words or three in capitals and a colon opening the lead
// (at `lead`), which no other line opens as a transcript's speaker would; its length, or 0. (One
// word, "BRILL:", is a speaker's label when the text gives the name it ends: TurnLabel decides.)
size_t LeadColonDatelineLength(std::string_view text, size_t lead) {
  const size_t length = ColonDatelineLength(text.substr(lead, 40));
  if (length < 2 || text[lead + length - 2] != ':') return 0;
  const std::string_view label = text.substr(lead, length - 1);  // "NEW DELHI:"
  if (label.find(' ') == std::string_view::npos || std::any_of(label.begin(), label.end(), [](char c) { return IsLower(c); })) return 0;
  const size_t again = text.find(label, lead + length);
  return again != std::string_view::npos && text[again - 1] == '\n' ? 0 : length;
}

}  // namespace

size_t DatelineTokens(std::string_view text, const std::vector<Token>& tokens, size_t lead) {
  if (tokens.empty() || (tokens.front().begin > 0 && text[tokens.front().begin - 1] != '\n')) return 0;
  if (const size_t stamp = TimeStampTokens(text, tokens)) return stamp;
  size_t end = tokens.front().begin + DatelineLength(text.substr(tokens.front().begin));
  if (end == tokens.front().begin && end == lead) end += LeadColonDatelineLength(text, end);
  size_t i = 0;
  while (i < tokens.size() && tokens[i].begin < end) ++i;
  return i < tokens.size() ? i : 0;  // (a sentence that is all dateline is left whole)
}

// `end` moved back over blanks, citation markers ("[2]") and final punctuation, and at the
// sentence's end over closing quotation marks too, but for one that closes a quotation the span opens.
size_t SentenceReader::TrimEnd(size_t begin, size_t end, bool at_sentence_end) const {
  for (;;) {
    const size_t before = end;
    while (end > begin && std::isspace(static_cast<unsigned char>(text_[end - 1]))) --end;
    if (end > begin && text_[end - 1] == ']') {  // [n]
      size_t open = end - 1;
      while (open > begin && std::isdigit(static_cast<unsigned char>(text_[open - 1]))) --open;
      if (open > begin && open < end - 1 && text_[open - 1] == '[') end = open - 1;
    }
    size_t last = end;  // the last character, whole
    while (last > begin && (static_cast<unsigned char>(text_[last - 1]) & 0xC0) == 0x80) --last;
    if (last > begin) --last;
    const std::string_view mark = text_.substr(last, end - last);
    const bool quote = at_sentence_end && end > begin && IsQuote(text_, Token{last, end, false});
    if (end > begin && (IsFinalPunct(mark) || (quote && !ClosesOpenQuotation(text_.substr(begin, last - begin), mark)))) {
      end = last;
    }
    if (end == before) return end;
  }
}

// The content from byte `begin` to the end of the sentence (or, in a relative clause, to the dash
// or comma that closes it; or to a `;` after which another actor speaks).
std::optional<ByteSpan> SentenceReader::Content(size_t begin, bool relative) const {
  size_t end = sentence_.end;
  bool at_end = true;
  int parentheses = 0;  // opened before `begin` and not closed: "(Harlow said the cut was premature)"
  int inner = 0;        // opened inside the content
  for (size_t i = 0; i < n(); ++i) {
    if (T(i).begin < begin) {
      parentheses += Is(i, "(") ? 1 : Is(i, ")") ? -1 : 0;
      continue;
    }
    if (Is(i, "(")) ++inner;
    if (Is(i, ")") && inner > 0) --inner;
    else if (Is(i, ")") && parentheses > 0) {
      end = T(i).begin;
      at_end = false;
      break;
    }
    // "said Tuesday that, while cases were falling, …": the comma after `that` opens an aside
    // inside the claim, not the claim.
    if (T(i).begin == begin && Is(i, ",") && i + 1 < n() && T(i + 1).word) {
      begin = T(i + 1).begin;
      continue;
    }
    const bool closes_relative = relative && (IsDash(text_, T(i)) || Is(i, ",") || Is(i, ")") || Is(i, ";"));
    const bool next_speaker = Is(i, ";") && MentionAt(i + 1) != nullptr;
    // ", citing three diplomats", ",\" according to the AP": where the report names its own source,
    // the claim has ended.
    const size_t cited = IsQuote(text_, T(i + 1 < n() ? i + 1 : i)) && i + 1 < n() ? i + 2 : i + 1;
    const bool citing = Is(i, ",") && (IsWord(cited, "citing") || (IsWord(cited, "according") && IsWord(cited + 1, "to")));
    // "… said A and they now expect B": another subject and verb, even without a comma.
    const bool new_attribution = (Is(i, ",") && (NewAttributionAt(i + 1) || ClauseOfItsOwnAt(cited))) ||
                                 (T(i).begin > begin && !IsWord(i + 1, "i") && !IsWord(i + 1, "we") && NewAttributionAt(i));
    // "…, President and Chief Operating Officer Luc Ferrand said at an event.": another speaker's
    // attribution, after the content it claims.
    const bool trailing_attribution = Is(i, ",") && T(i).begin > begin && TrailingAttributionAt(i + 1);
    // "…, while Dan Morgan at Synovus Trust saw no shift": another named subject's clause.
    std::vector<Speaker> contrasted;
    size_t contrasted_end;
    const bool contrast = Is(i, ",") && (IsWord(cited, "while") || IsWord(cited, "whereas")) && cited + 1 < n() &&
                          IsCapitalized(text_, T(cited + 1)) && SpeakerAt(cited + 1, &contrasted, &contrasted_end);
    // "…, sending its shares down 8%": the market's move, the author's, after what was said.
    const bool consequence = Is(i, ",") && i + 1 < n() && T(i + 1).word && IsConsequenceParticiple(W(i + 1));
    // "promised a discount scheme but has not said how large it will be": the subject's own refusal
    // to say more, after what it did say.
    const bool refusal = T(i).begin > begin && IsWord(i, "but") && i + 3 < n() && IsAuxiliaryOrAdverb(W(i + 1)) &&
                         IsNegation(W(i + 2)) && ReportingVerbAt(text_, tokens_, i + 3);
    if (closes_relative || next_speaker || citing || new_attribution || trailing_attribution || contrast || consequence || refusal ||
        (Is(i, ",") && GerundThatAt(i + 1)) || (IsWord(i, "and") && T(i).begin > begin && GerundThatAt(i + 1)) ||
        (Is(i, ",") && AuthorAsideAt(i + 1)) || SecondVerbThatAt(i) || SecondTellingAt(i)) {
      end = T(i).begin;
      at_end = false;
      break;
    }
  }
  end = TrimEnd(begin, end, at_end);
  if (end <= begin) return std::nullopt;
  return ByteSpan{begin, end};
}

// Whether a role, a name and a reporting verb start at token k, with only an adverbial after them:
// "President and Chief Operating Officer Luc Ferrand said at an event in Porto".
bool SentenceReader::TrailingAttributionAt(size_t k) const {
  const size_t name = AfterRole(k);
  std::vector<Speaker> speakers;
  size_t v;
  // "…, reports said.", "…, state media reported.", "…, local officials said.": an unnamed subject
  // of up to three lowercase words (a verb's form among them: "reports", "state"), no role before it.
  bool plain = false;
  for (size_t j = k; name == k && j < n() && j <= k + 3 && T(j).word && !IsCapitalized(text_, T(j)) && !OpensClause(W(j)) &&
                     !IsPreposition(W(j));
       ++j) {
    if (j > k && W(j - 1).size() > 3 && ReportingVerbAt(text_, tokens_, j)) {
      plain = true;
      v = j;
      break;
    }
  }
  if (!plain && !SpeakerAt(name, &speakers, &v)) return false;
  // "…, Bauchi, Edo and Ebonyi states": a list of names before an -s form names places, not speakers.
  if (speakers.size() > 1 && W(v).size() > 3 && W(v).back() == 's' && FiniteReportingVerb(W(v))) return false;
  while (v < n() && IsAuxiliaryOrAdverb(W(v))) ++v;
  const std::optional<ReportingVerb> verb = ReportingVerbAt(text_, tokens_, v);
  return verb && TrailsSentence(v + verb->tokens);
}

// Whether a subject and a reporting verb with `that` start at token k: after a comma, another
// attribution of its own ("While Elder urged his supporters to be \"gracious,\" he said that …").
bool SentenceReader::ClauseOfItsOwnAt(size_t k) const {
  std::vector<Speaker> speakers;
  size_t v;
  if (k >= n() || !T(k).word || !SpeakerAt(k, &speakers, &v)) return false;
  while (v < n() && IsAuxiliaryOrAdverb(W(v))) ++v;
  const std::optional<ReportingVerb> verb = ReportingVerbAt(text_, tokens_, v);
  if (!verb || verb->gerund) return false;
  // "When Morgan asked him about the coach, the Portuguese said: \"…\"": a colon before a quotation too.
  const size_t c = v + verb->tokens;
  return (IsWord(c, "that") && ClauseAfter(c + 1)) || (Is(c, ":") && c + 1 < n() && IsQuote(text_, T(c + 1)));
}

// Whether the author's aside on what was just reported starts at token k ("a figure I could not
// check", "which I estimate means …"): the speaker's clause has ended before it (issue 10, class 4).
bool SentenceReader::AuthorAsideAt(size_t k) const {
  if (!IsWord(k, "a") && !IsWord(k, "an") && !IsWord(k, "which") && !IsWord(k, "one")) return false;
  for (size_t j = k + 1; j < n() && j < k + 5 && T(j).word; ++j) {
    if (IsWord(j, "i")) return !InsideQuotation(j);
  }
  return false;
}

// The words inside the quotation that opens at token `open`, without their final punctuation.
std::optional<ByteSpan> SentenceReader::Quoted(size_t open) const {
  for (size_t i = open + 1; i < n(); ++i) {
    if (!IsQuote(text_, T(i))) continue;
    const size_t begin = T(open).end;
    const size_t end = TrimEnd(begin, T(i).begin, false);
    if (end <= begin) return std::nullopt;
    return ByteSpan{begin, end};
  }
  return Content(T(open).end, false);  // unclosed: to the end
}

std::optional<ByteSpan> SentenceReader::ContentFrom(size_t k) const {
  if (k >= n()) return std::nullopt;
  const bool opens = Is(k, "\"") || Is(k, "\xe2\x80\x9c") || Is(k, "\xe2\x80\x98") || Is(k, "'");  // " “ ‘ '
  if (!opens) return Content(T(k).begin, false);
  // A quotation that is only the clause's subject ("that \"speculative projects\" were …"): the
  // clause is the content.
  size_t close = k + 1;
  while (close < n() && !IsQuote(text_, T(close))) ++close;
  if (close + 1 < n() && T(close + 1).word && !MentionAt(close + 1) && !ReportingVerbAt(text_, tokens_, close + 1) &&
      !IsPreposition(W(close + 1)) && !IsWord(close + 1, "according") && !IsWord(close + 1, "citing")) {
    return Content(T(k).begin, false);
  }
  return Quoted(k);
}

// The content from token `start` to the comma at token `comma` (a quotation inside its marks).
std::optional<ByteSpan> SentenceReader::Before(size_t start, size_t comma) const {
  size_t end = T(comma).begin;
  if (comma > start + 1 && IsQuote(text_, T(comma - 1))) end = T(comma - 1).begin;  // "…," X said
  size_t begin = T(start).begin;
  // Without its opening mark, unless the quotation closes inside the content ("“The loss of the
  // pension is at the heart of this for many” union members, Holden said"), whose words, rendered
  // alone, must stay a balanced quotation.
  const std::string_view open = text_.substr(T(start).begin, T(start).end - T(start).begin);
  const std::string_view close = open == "\xe2\x80\x9c" ? "\xe2\x80\x9d" : open == "\xe2\x80\x98" ? "\xe2\x80\x99" : open;  // “” ‘’
  bool closes_inside = false;
  for (size_t i = start + 1; i < comma && T(i).end <= end; ++i) closes_inside |= Is(i, close) && IsQuote(text_, T(i));
  if (IsQuote(text_, T(start)) && !closes_inside) begin = T(start).end;
  if (IsWord(start, "but") || IsWord(start, "and")) begin = T(start + 1).begin;
  end = TrimEnd(begin, end, false);
  if (end <= begin) return std::nullopt;
  return ByteSpan{begin, end};
}

// The dash that opens an attribution set off inside its content, the speaker at token `group`
// right after it ("… spring — Lena Marsh said …", "— chief economist Lena Marsh said") or after a
// description and its comma ("… spring — the bank's chief economist, Lena Marsh, said …"), with
// at least two words of content before it.
std::optional<size_t> SentenceReader::OpeningDashBefore(size_t group) const {
  static const std::set<std::string_view> kDeterminers = {"the", "a", "an", "its", "his", "her", "their"};
  size_t dash = RoleStart(group);
  if (dash == 0) return std::nullopt;
  --dash;
  if (!IsDash(text_, T(dash))) {
    if (group < 3 || !Is(group - 1, ",")) return std::nullopt;
    dash = group - 1;
    while (dash > 0 && dash + 12 > group && T(dash - 1).word) --dash;
    if (dash == 0 || !IsDash(text_, T(dash - 1)) || kDeterminers.count(W(dash)) == 0) return std::nullopt;
    --dash;
  }
  size_t words = 0;
  for (size_t j = 0; j < dash && words < 2; ++j) words += T(j).word ? 1 : 0;
  if (words < 2) return std::nullopt;
  return dash;
}

// Whether a clause of at least two words starts at token k (not "that figure.").
bool SentenceReader::ClauseAfter(size_t k) const {
  size_t words = 0;
  for (size_t j = k; j < n() && words < 2; ++j) {
    if (Is(j, ".") || Is(j, ";") || Is(j, "?") || Is(j, "!")) break;
    if (T(j).word) ++words;
  }
  return words >= 2;
}

// Whether a clause with a subject and its finite verb opens at token k ("the red card decided the
// match", "his side deserved a point", "they must improve"), not a noun phrase ("pain in his knee",
// "the effects of the cut") nor an adverbial ("of victory").
bool SentenceReader::FiniteClauseAt(size_t k) const {
  static const WordSet kFinite = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "may",
                                  "might", "can", "should", "must", "did", "does", "do", "'s", "'d", "'ll", "'re",
                                  "won't", "can't", "didn't", "doesn't", "don't", "isn't", "wasn't", "wouldn't"};
  // After these a word in -s or -ed is a noun or an adjective: "the effects", "its owners", "a fixed rate".
  static const WordSet kBeforeNoun = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this",
                                      "these", "those", "of", "'s", "some", "many", "all", "more"};
  if (k >= n() || !T(k).word || IsPreposition(W(k)) || IsWord(k, "to") || IsWord(k, "of")) return false;
  if (kFinite.count(W(k)) != 0) return false;
  // Common irregular pasts: "the economy grew", "the share price fell".
  static const WordSet kIrregular = {"rose", "fell", "grew", "cut", "hit", "made", "took", "gave", "held", "kept",
                                     "left", "lost", "won", "came", "went", "became", "began", "paid", "sold", "spent",
                                     "stood", "sent", "built", "brought", "bought", "found", "saw", "knew", "meant", "ran",
                                     "led", "set", "put", "got", "shut", "fought", "sought", "struck", "broke", "chose"};
  // The subject's words end at a coordinator ("defeat graciously and shook hands" has none), at a
  // subordinator or "to" ("conceded defeat as he appeared on stage", "defeat to Labour after the
  // Tories were routed": the verb is another clause's), and a word in -s before one is a noun
  // ("defeat moments before Labour passed …").
  static const WordSet kSubordinators = {"as", "after", "before", "when", "while", "because", "since", "until",
                                         "though", "although", "once", "to"};
  for (size_t v = k + 1; v < n() && v < k + 8 && T(v).word && !IsWord(v, "and") && !IsWord(v, "but") && !IsWord(v, "or") &&
                         kSubordinators.count(W(v)) == 0;
       ++v) {
    const LowerWord w = W(v);
    if (kFinite.count(w) != 0 || kIrregular.count(w) != 0) return true;
    if (w.size() < 4 || IsCapitalized(text_, T(v)) || kBeforeNoun.count(W(v - 1)) != 0) continue;
    if (v + 1 < n() && T(v + 1).word && kSubordinators.count(W(v + 1)) != 0) continue;
    const std::string_view end = w.substr(w.size() - 2);
    if (end == "ed" || (w.back() == 's' && end != "ss" && end != "us" && end != "is")) return true;
  }
  return false;
}

// Whether only an adverbial of up to eight words follows token k to the end ("said.", "said on
// Tuesday.", "said in a statement."): the attribution trails its content.
bool SentenceReader::TrailsSentence(size_t k) const {
  size_t words = 0;
  for (size_t j = k; j < n(); ++j) {
    if (Is(j, "[")) break;  // a citation marker
    if (!T(j).word) {
      if (Is(j, ".") || Is(j, "!") || Is(j, "?") || Is(j, "]") || Is(j, "&") || IsQuote(text_, T(j))) continue;
      // "reported last month, citing two former engineers": the report's own sources.
      if (Is(j, ",") && words > 0 && IsWord(j + 1, "citing")) return true;
      return false;
    }
    // "said just before kick-off", "said minutes after the final whistle": a measure of time before
    // the adverbial's preposition.
    static const WordSet kLeadIns = {"just", "right", "soon", "immediately", "minutes", "hours", "days", "weeks", "long"};
    const bool lead_in = words == 0 && kLeadIns.count(W(j)) != 0 && j + 1 < n() && T(j + 1).word && IsAdverbialOpener(W(j + 1));
    if (words == 0 && !lead_in && !IsAdverbialOpener(W(j))) return false;
    // "claimed to have spoken with him": an infinitive, not an adverbial.
    if (words == 0 && IsWord(j, "to") && j + 1 < n() && T(j + 1).word && !IsCapitalized(text_, T(j + 1)) &&
        !IsWord(j + 1, "the") && !IsWord(j + 1, "a") && !IsWord(j + 1, "an") && !IsWord(j + 1, "his") && !IsWord(j + 1, "her") &&
        !IsWord(j + 1, "their") && !IsWord(j + 1, "its") && !IsWord(j + 1, "reporters") && !IsWord(j + 1, "journalists")) {
      return false;
    }
    // "said in an interview he would run again": a subject, so a clause, not an adverbial.
    if (words > 0 && (IsWord(j, "he") || IsWord(j, "she") || IsWord(j, "they") || IsWord(j, "we") || IsWord(j, "there"))) return false;
    // "said at least four members wanted a change": a quantity, not an adverbial.
    if (words == 0 && (IsWord(j + 1, "least") || IsWord(j + 1, "most")) && IsWord(j, "at")) return false;
    // "said in an interview with the Ledger on Tuesday."
    if (++words > 8 || IsWord(j, "that")) return false;
  }
  return true;
}

// Whether only an adverbial follows token k, however long, with no clause of its own ("reported on
// Wednesday, in what would be one of the year's largest rounds"; "said in a report, as visitors
// spent less"): after content that came before its attribution, it is the author's, not claimed.
bool SentenceReader::AdverbialOnly(size_t k) const {
  // The author's clause of time after the tag, whatever it reports of its own: "…, Acme said on
  // Tuesday, as it announced a new chief", "…, warned today, just hours after it announced a rise".
  // (Not ", while warning that …": the speaker's second statement.)
  const auto subordinate = [&](size_t at) {
    static const WordSet kLeadIns = {"just", "only", "shortly", "soon", "right", "immediately", "minutes", "hours", "days", "weeks", "moments"};
    static const WordSet kConjunctions = {"as", "after", "before", "while", "when", "since", "until"};
    for (size_t lead = 0; lead < 2 && at < n() && T(at).word && kLeadIns.count(W(at)) != 0; ++lead) ++at;
    if (at + 1 >= n() || !T(at).word || kConjunctions.count(W(at)) == 0) return false;
    const auto verb = ReportingVerbAt(text_, tokens_, at + 1);
    return !(verb && verb->gerund);
  };
  if (subordinate(k)) return true;
  if (k >= n() || !IsAdverbialOpener(W(k)) || IsWord(k, "that")) return false;
  for (size_t j = k; j < n(); ++j) {
    if (j > k && Is(j, ",") && subordinate(j + 1)) return true;
    // "in a report on Tuesday": a noun after its article, not a verb; "as diesel demand fell": a
    // bare form after any word but a pronoun is a noun too.
    const LowerWord before = j > k ? W(j - 1) : LowerWord("");
    const bool pronoun = before == "he" || before == "she" || before == "they" || before == "we" || before == "i" || before == "you";
    const std::string_view word = W(j);
    const bool bare = T(j).word && !EndsWith(word, "s") && !EndsWith(word, "ed") && !EndsWith(word, "ing");
    const bool noun = j > k && (IsWord(j - 1, "a") || IsWord(j - 1, "an") || IsWord(j - 1, "the") || IsWord(j - 1, "its") ||
                                IsWord(j - 1, "his") || IsWord(j - 1, "her") || IsWord(j - 1, "their") ||
                                (bare && T(j - 1).word && !pronoun));
    // "with 141 seats declared", "with a decision expected on Thursday": a participle ending the
    // adverbial, or after "with" and its noun, reports nothing.
    const bool last = j + 1 >= n() || Is(j + 1, ".") || (IsWord(k, "with") && j > k + 1 && W(j).size() > 2 && W(j).substr(W(j).size() - 2) == "ed");
    if (IsWord(j, "that") || Is(j, ":") || IsQuote(text_, T(j)) || (ReportingVerbAt(text_, tokens_, j) && !noun && !last)) return false;
  }
  return true;
}

// A single word and a comma after the verb: words quoted as words ("He says American, and he says
// trusted"), not a statement.
// Not a name with its appositive ("said Tinubu, the ruling party's candidate, received …").
bool SentenceReader::SingleWordThenComma(size_t k) const {
  const bool appositive = IsCapitalized(text_, T(k)) && (IsWord(k + 2, "the") || IsWord(k + 2, "a") || IsWord(k + 2, "an"));
  return k + 1 < n() && T(k).word && Is(k + 1, ",") && !IsWord(k, "that") && !appositive;
}

// "added the third in the 78th minute", "added a late penalty", "the economy added 150,000 jobs":
// after "add" at token k, a count or a score added, not words (its clause would open with a
// subject, not a number or an ordinal's article).
bool SentenceReader::AddsCountOrScore(size_t k) const {
  static const WordSet kScored = {"second", "third", "fourth", "fifth", "sixth", "late", "goal", "goals", "try", "tries",
                                  "penalty", "point", "points", "run", "runs", "wicket", "wickets", "touchdown",
                                  "basket", "equaliser", "equalizer", "winner", "header", "brace", "another", "more"};
  if (k >= n() || !T(k).word) return false;
  if (std::isdigit(static_cast<unsigned char>(text_[T(k).begin])) || W(k) == "another") return true;
  if (!(IsWord(k, "the") || IsWord(k, "a") || IsWord(k, "an") || IsWord(k, "his") || IsWord(k, "her") || IsWord(k, "their"))) {
    return false;
  }
  for (size_t j = k + 1; j < n() && j <= k + 2 && T(j).word; ++j) {
    if (kScored.count(W(j)) != 0) return true;
  }
  return false;
}

// "confirmed the death, but …", "has confirmed nine new cases": after "confirm" (or "explain",
// "clarify", "repeat"), at token k, a noun phrase alone to the end of its clause. Confirming a fact named by a noun is an office's act;
// it states something only with a clause ("confirmed the plant would close", "confirmed that …")
// or a quotation (RULES, statement verbs). ("reported nine new cases" does state the count.)
bool SentenceReader::NamesAFactOnly(size_t k) const {
  static const WordSet kOpeners = {"the", "a", "an", "its", "his", "her", "their", "our", "another", "no", "some",
                                   "several", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                   "ten", "dozens", "hundreds", "thousands", "more", "record", "at"};
  // A finite verb after the noun makes the noun the subject of a clause ("the plant would close").
  static const WordSet kFinite = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "may",
                                  "might", "can", "should", "did", "does", "do", "remains", "remained"};
  if (k >= n() || !T(k).word) return false;
  // "Orland Bank confirm Vesk arrival": a noun phrase may open with a name, whose clause would have
  // its verb next ("confirmed Vesk stepped down").
  const bool named = IsCapitalized(text_, T(k));
  if (!std::isdigit(static_cast<unsigned char>(text_[T(k).begin])) && kOpeners.count(W(k)) == 0 && !named) return false;
  if (IsWord(k, "at") && !(IsWord(k + 1, "least") || IsWord(k + 1, "most"))) return false;  // "at a briefing …"
  for (size_t j = k; j < n(); ++j) {
    if (Is(j, ",") || Is(j, ".") || Is(j, ";") || Is(j, ":") || IsDash(text_, T(j)) || IsWord(j, "but") || IsWord(j, "and")) break;
    if (IsQuote(text_, T(j)) || IsWord(j, "that") || kFinite.count(W(j)) != 0 || (j > k && ReportingVerbAt(text_, tokens_, j))) return false;
    // "confirmed the administration plans to lift …", "confirmed the firm expected a loss": a verb's
    // -s or -ed form before an infinitive or an article is the clause's verb.
    const LowerWord w = W(j);
    const bool verb_form = j > k + 1 && w.size() > 3 && (EndsWith(w, "s") || EndsWith(w, "ed"));
    if (verb_form && (IsWord(j + 1, "to") || IsWord(j + 1, "the") || IsWord(j + 1, "a") || IsWord(j + 1, "an"))) return false;
    if (named && j > k && w.size() > 3 && EndsWith(w, "ed")) return false;
  }
  return true;
}

}  // namespace dossier::extract
