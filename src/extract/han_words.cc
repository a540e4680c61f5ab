#include "extract/han_words.h"

#include <memory>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

namespace dossier::extract {
namespace {

// ICU break iterators are not thread-safe and cost far more to build than to reuse: one per thread.
icu::BreakIterator* ThisThreadsWordIterator() {
  thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
    if (U_FAILURE(status)) it.reset();
    return it;
  }();
  return iterator.get();
}

}  // namespace

size_t HanWordEnd(std::string_view text, size_t begin, size_t limit) {
  icu::BreakIterator* it = ThisThreadsWordIterator();
  if (it == nullptr) return limit;
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, text.data() + begin, static_cast<int64_t>(limit - begin), &status);
  size_t end = limit;
  if (U_SUCCESS(status)) {
    it->setText(&ut, status);
    const int32_t boundary = U_SUCCESS(status) ? it->following(0) : icu::BreakIterator::DONE;
    if (boundary != icu::BreakIterator::DONE && boundary > 0) end = begin + static_cast<size_t>(boundary);
    // Point the iterator away from the text before it goes away.
    UText empty = UTEXT_INITIALIZER;
    utext_openUTF8(&empty, "", 0, &status);
    it->setText(&empty, status);
    utext_close(&empty);
  }
  utext_close(&ut);
  return end;
}

}  // namespace dossier::extract
