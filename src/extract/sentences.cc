#include "extract/sentences.h"

#include <algorithm>
#include <memory>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

namespace dossier::extract {
namespace {

// ICU break iterators are not thread-safe and cost far more to build than to reuse: one per
// thread, pointed at each text in turn.
icu::BreakIterator* SentenceIterator() {
  thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) it.reset();
    return it;
  }();
  return iterator.get();
}

// Runs `visit(boundary)` over each sentence boundary of `text` after 0 until it returns false.
template <typename Visit>
void ForEachBoundary(std::string_view text, Visit visit) {
  icu::BreakIterator* it = SentenceIterator();
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, text.data(), static_cast<int64_t>(text.size()), &status);
  if (it != nullptr && U_SUCCESS(status)) {
    it->setText(&ut, status);
    if (U_SUCCESS(status)) {
      it->first();
      for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
        if (!visit(static_cast<size_t>(b))) break;
      }
    }
    // The iterator keeps a shallow clone of `ut`: point it away before `ut` goes.
    UErrorCode reset = U_ZERO_ERROR;
    UText empty = UTEXT_INITIALIZER;
    utext_openUTF8(&empty, "", 0, &reset);
    it->setText(&empty, reset);
    utext_close(&empty);
  } else {
    visit(text.size());
  }
  utext_close(&ut);
}

bool IsTrailingBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

SentenceBoundaries::SentenceBoundaries(std::string_view text, size_t up_to) : text_(text) {
  boundaries_.push_back(0);
  ForEachBoundary(text, [&](size_t b) {
    boundaries_.push_back(static_cast<uint32_t>(b));
    return b <= up_to;
  });
  if (boundaries_.back() < text.size() && boundaries_.back() <= up_to) boundaries_.push_back(text.size());
}

ByteSpan SentenceBoundaries::SentenceOf(ByteSpan span) const {
  // The last boundary at or before span.begin, and the first after span.end - 1.
  auto after_begin = std::upper_bound(boundaries_.begin(), boundaries_.end(), span.begin);
  uint64_t begin = *(after_begin - 1);
  auto end_it = std::lower_bound(boundaries_.begin(), boundaries_.end(), std::max(span.end, span.begin + 1));
  uint64_t end = end_it == boundaries_.end() ? text_.size() : *end_it;
  while (end > span.end && IsTrailingBlank(text_[end - 1])) --end;
  return {begin, end};
}

size_t CountSentences(std::string_view text) {
  size_t n = 0;
  ForEachBoundary(text, [&](size_t) {
    ++n;
    return true;
  });
  return n;
}

}  // namespace dossier::extract
