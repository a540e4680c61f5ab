#include "brief/same_thing.h"

#include <algorithm>
#include <memory>
#include <set>
#include <string>

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

namespace dossier {
namespace {

constexpr int32_t kMinLetters = 4, kStemLetters = 5, kMinIdeographs = 2;

// Function words long enough to count, by their first five letters (case-folded), which every
// question uses: sharing them says nothing. Curated here.
bool IsFunctionStem(const std::string& stem) {
  static const std::set<std::string, std::less<>> kStems = {
      "will", "would", "could", "shoul", "might", "must", "does", "have", "been", "were", "that", "this", "these",
      "those", "what", "which", "when", "where", "whose", "with", "witho", "from", "into", "about", "befor", "after",
      "there", "their", "them", "they", "than", "then", "also", "only", "such", "some", "more", "most", "ever",
  };
  return kStems.count(stem) != 0;
}

// The content words of `text`, as above; empty when ICU fails (then nothing is the same).
std::set<std::string> ContentWords(std::string_view text) {
  thread_local std::unique_ptr<icu::BreakIterator> words = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) it.reset();
    return it;
  }();
  std::set<std::string> out;
  if (!words) return out;
  icu::UnicodeString folded = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  folded.foldCase();
  words->setText(folded);
  for (int32_t begin = words->first(), end = words->next(); end != icu::BreakIterator::DONE;
       begin = end, end = words->next()) {
    const int32_t status = words->getRuleStatus();
    const int32_t length = folded.countChar32(begin, end - begin);
    icu::UnicodeString word;
    if (status >= UBRK_WORD_LETTER && status < UBRK_WORD_LETTER_LIMIT && length >= kMinLetters) {
      word = folded.tempSubString(begin, folded.moveIndex32(begin, std::min(length, kStemLetters)) - begin);
    } else if (status >= UBRK_WORD_IDEO && status < UBRK_WORD_IDEO_LIMIT && length >= kMinIdeographs) {
      word = folded.tempSubString(begin, end - begin);
    } else {
      continue;
    }
    std::string utf8;
    word.toUTF8String(utf8);
    if (!IsFunctionStem(utf8)) out.insert(std::move(utf8));
  }
  return out;
}

}  // namespace

namespace {

// How many content words `a` and `b` share, and how many each has.
struct Overlap {
  size_t shared = 0, in_a = 0, in_b = 0;
};

Overlap ContentOverlap(std::string_view a, std::string_view b) {
  const std::set<std::string> words_a = ContentWords(a), words_b = ContentWords(b);
  const size_t shared = static_cast<size_t>(std::count_if(
      words_a.begin(), words_a.end(), [&](const std::string& w) { return words_b.count(w) != 0; }));
  return {shared, words_a.size(), words_b.size()};
}

}  // namespace

bool ShareContentWord(std::string_view a, std::string_view b) { return ContentOverlap(a, b).shared > 0; }

bool SayTheSameThing(std::string_view a, std::string_view b) {
  const Overlap o = ContentOverlap(a, b);
  return o.shared >= kMinSharedWords && 2 * o.shared >= std::min(o.in_a, o.in_b);
}

bool QuoteTheSameStatement(std::string_view a, std::string_view b) {
  const Overlap o = ContentOverlap(a, b);
  return o.shared >= kMinSharedWords && 3 * o.shared >= 2 * std::max(o.in_a, o.in_b);
}

}  // namespace dossier
