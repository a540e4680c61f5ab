#include "extract/sentences.h"

#include <memory>

#include <unicode/brkiter.h>

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

}  // namespace dossier::extract
