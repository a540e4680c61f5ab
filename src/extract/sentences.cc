#include "extract/sentences.h"

#include <algorithm>
#include <cctype>
#include <memory>

#include <unicode/brkiter.h>

#include "extract/word_set.h"

namespace dossier::extract {
namespace {

// ICU break iterators are not thread-safe and cost far more to build than to reuse: one per
// thread, pointed at each text in turn.
icu::BreakIterator* ThisThreadsSentenceIterator() {
  thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) it.reset();
    return it;
  }();
  return iterator.get();
}

// Points `it` at `text` (nullptr when ICU fails). The iterator keeps a shallow clone of `ut`.
icu::BreakIterator* Attach(std::string_view text, UText* ut) {
  icu::BreakIterator* it = ThisThreadsSentenceIterator();
  UErrorCode status = U_ZERO_ERROR;
  utext_openUTF8(ut, text.data(), static_cast<int64_t>(text.size()), &status);
  if (it == nullptr || U_FAILURE(status)) return nullptr;
  it->setText(ut, status);
  return U_SUCCESS(status) ? it : nullptr;
}

// Points `it` away from a text that is going away.
void Detach(icu::BreakIterator* it) {
  if (it == nullptr) return;
  UErrorCode status = U_ZERO_ERROR;
  UText empty = UTEXT_INITIALIZER;
  utext_openUTF8(&empty, "", 0, &status);
  it->setText(&empty, status);
  utext_close(&empty);
}

// How far ahead a sentence is still reached by stepping through the ones before it.
constexpr size_t kStepDistance = 1024;

bool IsTrailingBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// [begin, end) without the blanks at either end (and a no-break space, which pages use as one).
void Trim(std::string_view text, size_t& begin, size_t& end) {
  for (;;) {
    if (begin < end && IsTrailingBlank(text[begin])) {
      ++begin;
    } else if (begin + 1 < end && text[begin] == '\xc2' && text[begin + 1] == '\xa0') {
      begin += 2;
    } else {
      break;
    }
  }
  for (;;) {
    if (end > begin && IsTrailingBlank(text[end - 1])) {
      --end;
    } else if (end >= begin + 2 && text[end - 2] == '\xc2' && text[end - 1] == '\xa0') {
      end -= 2;
    } else {
      break;
    }
  }
}

// Where a sentence ends in a citation marker glued to its stop ("…at scale.[2] Marc Andreessen
// counters …"), which ICU does not take for an end: the offset after the marker's blanks, or 0.
size_t CitationBreak(std::string_view text, size_t i, size_t end) {
  if (text[i] != '.' && text[i] != '!' && text[i] != '?') return 0;
  size_t j = i + 1;
  bool marker = false;
  while (j < end && text[j] == '[') {
    size_t k = j + 1;
    while (k < end && std::isdigit(static_cast<unsigned char>(text[k]))) ++k;
    if (k == j + 1 || k >= end || text[k] != ']') return 0;
    j = k + 1;
    marker = true;
  }
  if (!marker || j >= end || text[j] != ' ') return 0;
  while (j < end && text[j] == ' ') ++j;
  return j < end && (std::isupper(static_cast<unsigned char>(text[j])) || text[j] == '"') ? j : 0;
}

// Where a sentence ends in a stop glued to the next one ("…in a statement.It said …", a page's
// lost space), which ICU does not take for an end: the offset after the stop, or 0. The word before
// the stop is all lowercase and the one after it a capitalised word, so "U.S.", "e.g.", "3.5",
// "reuters.com" and "Node.Js" stay whole.
size_t GluedStop(std::string_view text, size_t i, size_t end) {
  if (text[i] != '.' || i + 2 >= end || !std::isupper(static_cast<unsigned char>(text[i + 1])) ||
      !std::islower(static_cast<unsigned char>(text[i + 2]))) {
    return 0;
  }
  size_t word = i;
  while (word > 0 && std::islower(static_cast<unsigned char>(text[word - 1]))) --word;
  if (i - word < 2 || (word > 0 && text[word - 1] != ' ')) return 0;
  return i + 1;
}

// Whether `b` falls inside a citation marker ("[12]"), where ICU may break after the "[".
bool InsideMarker(std::string_view text, size_t b) {
  size_t i = b;
  while (i > 0 && std::isdigit(static_cast<unsigned char>(text[i - 1]))) --i;
  if (i == 0 || text[i - 1] != '[') return false;
  size_t j = b;
  while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j]))) ++j;
  return j < text.size() && text[j] == ']' && j > i;
}

// Whether the break at `b` follows a title's abbreviation ("Dr. Gloria Amankwah", "Sen. Ron
// Wydell", "Supt. Ray Moss") or a middle initial ("John W. Combs"), which ICU takes for a sentence's end when a capital follows: the
// title belongs to the name after it. Not after a line break, which always ends a sentence.
bool AfterTitleAbbreviation(std::string_view text, size_t b) {
  static constexpr std::string_view kTitles[] = {
      "Dr", "Mr", "Mrs", "Ms", "Mx", "Prof", "Sen", "Sens", "Rep", "Reps", "Gov", "Gen", "Lt", "Col", "Capt",
      "Sgt", "Supt", "Insp", "Det", "Rev", "Hon", "Fr", "Adm", "Maj", "Cmdr", "Cpl", "Pvt", "Amb", "Atty"};
  size_t end = b;
  while (end > 0 && text[end - 1] == ' ') --end;
  if (end == b || end < 2 || text[end - 1] != '.') return false;  // a line break or no stop before it
  size_t word = end - 1;
  while (word > 0 && std::isalpha(static_cast<unsigned char>(text[word - 1]))) --word;
  if (word > 0 && text[word - 1] != ' ' && text[word - 1] != '(' && text[word - 1] != '"') return false;
  const std::string_view title = text.substr(word, end - 1 - word);
  // "John W. Combs": a middle initial after a first name.
  if (title.size() == 1 && std::isupper(static_cast<unsigned char>(title[0])) && word >= 2 && text[word - 1] == ' ' &&
      std::islower(static_cast<unsigned char>(text[word - 2]))) {
    return true;
  }
  for (std::string_view t : kTitles) {
    if (title == t) return true;
  }
  return false;
}

// Sentence openers: the function words a sentence after an abbreviation starts with ("…sold in the
// U.S. The company said"). Any other capitalised word goes on the sentence ("the U.S. Centers for
// Disease Control", "Harlow Co. Chief Executive Ana Ruiz").
bool OpensSentence(std::string_view word) {
  static const WordSet kOpeners = {
      "The", "A", "An", "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our",
      "This", "That", "These", "Those", "There", "Here", "But", "And", "Or", "So", "Yet", "In", "On", "At",
      "For", "With", "As", "By", "From", "To", "Of", "After", "Before", "While", "When", "Where", "If",
      "Although", "Though", "Since", "Until", "Because", "Still", "However", "Also", "Some", "Many", "Most",
      "Other", "Others", "One", "Both", "Each", "All", "No", "Not", "Then", "Now", "Later", "Only", "Even",
      "What", "Who", "Why", "How", "Such", "Last", "Next", "Earlier", "Asked", "Meanwhile"};
  return kOpeners.count(word) != 0;
}

// Whether the break at `b` follows an abbreviation written mostly inside a sentence, a dotted
// initialism ("U.S.", "D.C.") or a company's or name's suffix ("Co.", "Inc.", "Jr."), and comes
// before a capitalised word that is no sentence opener (or a suffix before a ticker's bracket), or a month's before its day ("WASHINGTON,
// Sept. 14 (Reuters) -"): ICU ends a sentence there, which cut "According to the U.S. | Centers for
// Disease Control, …" in two.
bool AfterInnerAbbreviation(std::string_view text, size_t b) {
  static const WordSet kSuffixes = {"Co", "Cos", "Corp", "Inc", "Ltd", "Bros", "Jr", "Sr", "St", "Dept", "Univ", "Mt"};
  static const WordSet kMonths = {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"};
  size_t end = b;
  while (end > 0 && text[end - 1] == ' ') --end;
  if (end == b || end < 3 || text[end - 1] != '.' || b >= text.size()) return false;
  size_t word = end - 1;
  while (word > 0 && (std::isalpha(static_cast<unsigned char>(text[word - 1])) || text[word - 1] == '.')) --word;
  if (word > 0 && text[word - 1] != ' ' && text[word - 1] != '\n' && text[word - 1] != '(' && text[word - 1] != '"') return false;
  const std::string_view abbreviation = text.substr(word, end - word);
  if (std::isdigit(static_cast<unsigned char>(text[b]))) return kMonths.count(abbreviation.substr(0, abbreviation.size() - 1)) != 0;
  // "Velmar Inc. (NYSE: VLM) announced": a company's ticker after its suffix.
  if (text[b] == '(') return kSuffixes.count(abbreviation.substr(0, abbreviation.size() - 1)) != 0;
  if (!std::isupper(static_cast<unsigned char>(text[b]))) return false;
  size_t next_end = b;
  while (next_end < text.size() && std::isalpha(static_cast<unsigned char>(text[next_end]))) ++next_end;
  if (OpensSentence(text.substr(b, next_end - b))) return false;
  bool initialism = abbreviation.size() >= 4 && abbreviation.size() % 2 == 0;  // "U.S.": capital, stop, capital, stop…
  for (size_t i = 0; initialism && i < abbreviation.size(); i += 2) {
    initialism = std::isupper(static_cast<unsigned char>(abbreviation[i])) && abbreviation[i + 1] == '.';
  }
  return initialism || kSuffixes.count(abbreviation.substr(0, abbreviation.size() - 1)) != 0;
}

// Whether the break at `b` follows a clock time's "a.m." or "p.m." and comes before its time zone,
// a bracket or a weekday ("8 a.m. BST (3 a.m. ET) on Thursday", "at 6 p.m. Monday"), which ICU takes
// for a sentence's end.
bool AfterClockTime(std::string_view text, size_t b) {
  size_t end = b;
  while (end > 0 && text[end - 1] == ' ') --end;
  if (end == b || end < 5) return false;
  const std::string_view meridiem = text.substr(end - 4, 4);
  if (meridiem != "a.m." && meridiem != "p.m." && meridiem != "A.M." && meridiem != "P.M.") return false;
  if (text[end - 5] != ' ' && !std::isdigit(static_cast<unsigned char>(text[end - 5]))) return false;
  if (b < text.size() && text[b] == '(') return true;
  // "opened at 6 p.m. Monday": the day the time is on.
  static const WordSet kWeekdays = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  size_t day = b;
  while (day < text.size() && std::isalpha(static_cast<unsigned char>(text[day]))) ++day;
  if (kWeekdays.count(text.substr(b, day - b)) != 0) return true;
  size_t zone = b;
  while (zone < text.size() && std::isupper(static_cast<unsigned char>(text[zone]))) ++zone;
  const std::string_view word = text.substr(b, zone - b);
  if (zone < text.size() && std::isalpha(static_cast<unsigned char>(text[zone]))) return false;  // "The", a word
  return word.size() >= 2 && word.size() <= 4 && (word.back() == 'T' || word == "UTC");
}

// Whether the break at `b` follows a dateline's place with an abbreviation and comes before its
// wire's credit and dash ("FORT LAUDERDALE, Fla. (AP) — …", "ALBANY, N.Y. (Reuters) - …"), which
// ICU takes for a sentence's end.
bool BeforeWireCredit(std::string_view text, size_t b) {
  if (b < 2 || text[b - 1] != ' ' || text[b - 2] != '.' || b >= text.size() || text[b] != '(') return false;
  const size_t close = text.find(')', b);
  if (close == std::string_view::npos || close > b + 12 || close == b + 1) return false;
  for (size_t i = b + 1; i < close; ++i) {
    if (!std::isalpha(static_cast<unsigned char>(text[i]))) return false;
  }
  const std::string_view after = text.substr(close + 1, 5);
  return after.substr(0, 2) == " -" || after.substr(0, 4) == " \xe2\x80\x94" || after.substr(0, 4) == " \xe2\x80\x93";
}

// Whether the break at `b` cuts a stock code and its exchange inside brackets ("顺丰控股(002352.SZ)在…
// 表示", "Tencent (0700.HK) said"), which ICU takes for a sentence's end after the digits' stop.
bool InsideTicker(std::string_view text, size_t b) {
  if (b < 2 || text[b - 1] != '.' || !std::isdigit(static_cast<unsigned char>(text[b - 2]))) return false;
  size_t letters = b;
  while (letters < text.size() && std::isupper(static_cast<unsigned char>(text[letters]))) ++letters;
  const bool closes = letters < text.size() && (text[letters] == ')' || text.substr(letters, 3) == "\xef\xbc\x89");  // ）
  return letters - b >= 1 && letters - b <= 4 && closes;
}

// Whether the break at `b` follows the full-width stop Taiwan's papers set as the decimal point
// between Chinese numerals ("存款準備率二．三碼", "七．三一％"), a numeral on each side of it.
bool InsideChineseDecimal(std::string_view text, size_t b) {
  static constexpr std::string_view kStop = "\xef\xbc\x8e";  // ．
  static constexpr std::string_view kNumerals[] = {"零", "〇", "○", "一", "二", "两", "兩", "三", "四", "五", "六", "七", "八", "九"};
  const auto numeral_at = [&](size_t at) {
    return std::any_of(std::begin(kNumerals), std::end(kNumerals), [&](std::string_view n) { return text.substr(at, n.size()) == n; });
  };
  return b >= 6 && text.substr(b - 3, 3) == kStop && numeral_at(b - 6) && numeral_at(b);
}

// Where the sentence that ICU ends at `b` really ends: before an opening quotation mark (“ or 「) that
// follows a Han stop with no space ("……整体好转。“考虑到……"), which ICU keeps with the sentence before
// as though it closed it; `b` otherwise.
size_t BeforeOpeningMark(std::string_view text, size_t b) {
  constexpr size_t kMark = 3;  // “ and 「, and the stops 。！？, are three bytes each
  if (b < 2 * kMark) return b;
  const std::string_view mark = text.substr(b - kMark, kMark);
  const std::string_view stop = text.substr(b - 2 * kMark, kMark);
  const bool opens = mark == "\xe2\x80\x9c" || mark == "\xe3\x80\x8c";
  const bool stops = stop == "\xe3\x80\x82" || stop == "\xef\xbc\x81" || stop == "\xef\xbc\x9f";
  return opens && stops ? b - kMark : b;
}

// Whether the break at `b` follows a dotted abbreviation in brackets ("the Somerset (N.J.) County
// Department of Health"), whose stop ICU takes for a sentence's end: a sentence ending there would
// set its own stop after the bracket.
bool AfterBracketedAbbreviation(std::string_view text, size_t b) {
  size_t close = b;
  while (close > 0 && text[close - 1] == ' ') --close;
  if (close == b || close < 4 || text[close - 1] != ')' || text[close - 2] != '.') return false;
  size_t open = close - 2, stops = 0;
  while (open > 0 && close - open <= 8 && (std::isalpha(static_cast<unsigned char>(text[open - 1])) || text[open - 1] == '.')) {
    stops += text[open - 1] == '.';
    --open;
  }
  return open > 0 && text[open - 1] == '(' && stops >= 1;
}

// Whether ICU's break at `b` is none: inside a citation marker, after a title, an inner
// abbreviation, a bracketed one or a clock time, inside a stock code or a Chinese numeral's decimal
// point, before a dateline's wire credit.
bool JoinsNextSentence(std::string_view text, size_t b) {
  return InsideMarker(text, b) || AfterTitleAbbreviation(text, b) || AfterInnerAbbreviation(text, b) ||
         AfterBracketedAbbreviation(text, b) || AfterClockTime(text, b) || InsideTicker(text, b) ||
         InsideChineseDecimal(text, b) || BeforeWireCredit(text, b);
}

}  // namespace

SentenceFinder::SentenceFinder(std::string_view text) : text_(text), iterator_(Attach(text, &utext_)) {}

SentenceFinder::~SentenceFinder() {
  Detach(iterator_);
  utext_close(&utext_);
}

ByteSpan SentenceFinder::SentenceOf(ByteSpan span) {
  if (iterator_ == nullptr) return {0, text_.size()};
  // A near sentence is reached by stepping on; ICU finds a far one from a safe point nearby,
  // without reading the sentences in between.
  while (span.begin >= end_ && end_ != 0 && span.begin - end_ < kStepDistance && end_ < text_.size()) {
    const int32_t next = iterator_->next();
    begin_ = end_;
    end_ = next == icu::BreakIterator::DONE ? text_.size() : static_cast<size_t>(next);
  }
  if (span.begin >= end_) {
    const int32_t after = iterator_->following(static_cast<int32_t>(span.begin));
    end_ = after == icu::BreakIterator::DONE ? text_.size() : static_cast<size_t>(after);
    const int32_t before = iterator_->previous();
    begin_ = before == icu::BreakIterator::DONE ? 0 : static_cast<size_t>(before);
    iterator_->next();
  }
  while (end_ < span.end) {  // a figure across a line break joins its sentences
    const int32_t next = iterator_->next();
    end_ = next == icu::BreakIterator::DONE ? text_.size() : static_cast<size_t>(next);
  }
  size_t end = end_;
  while (end > span.end && IsTrailingBlank(text_[end - 1])) --end;
  return {begin_, end};
}

size_t CountSentences(std::string_view text) {
  UText ut = UTEXT_INITIALIZER;
  icu::BreakIterator* it = Attach(text, &ut);
  size_t n = 0;
  if (it != nullptr) {
    it->first();
    while (it->next() != icu::BreakIterator::DONE) ++n;
  }
  Detach(it);
  utext_close(&ut);
  return n;
}

std::vector<ByteSpan> SplitSentences(std::string_view text) {
  std::vector<ByteSpan> sentences;
  const auto add = [&](size_t begin, size_t end) {
    // A citation marker opens with "[": only the stop before one may end a sentence here.
    const std::string_view piece = text.substr(0, end);
    const auto cut = [&](size_t next) {
      size_t piece_begin = begin, piece_end = next;
      Trim(text, piece_begin, piece_end);
      if (piece_begin < piece_end) sentences.push_back({piece_begin, piece_end});
      begin = next;
    };
    for (size_t open = piece.find('[', begin + 1); open != std::string_view::npos; open = piece.find('[', open + 1)) {
      if (const size_t next = CitationBreak(text, open - 1, end)) cut(next);
    }
    for (size_t stop = piece.find('.', begin + 1); stop != std::string_view::npos; stop = piece.find('.', stop + 1)) {
      if (const size_t next = GluedStop(text, stop, end)) cut(next);
    }
    Trim(text, begin, end);
    if (begin < end) sentences.push_back({begin, end});
  };
  UText ut = UTEXT_INITIALIZER;
  icu::BreakIterator* it = Attach(text, &ut);
  if (it == nullptr) {
    add(0, text.size());  // no segmentation: the whole text as one sentence
  } else {
    // ICU ends a sentence after every line break too (a paragraph separator to its rules).
    size_t begin = static_cast<size_t>(it->first());
    for (int32_t next = it->next(); next != icu::BreakIterator::DONE; next = it->next()) {
      if (JoinsNextSentence(text, static_cast<size_t>(next))) continue;
      const size_t end = BeforeOpeningMark(text, static_cast<size_t>(next));
      add(begin, end);
      begin = end;
    }
  }
  Detach(it);
  utext_close(&ut);
  return sentences;
}

}  // namespace dossier::extract
