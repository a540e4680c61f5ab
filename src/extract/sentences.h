// Sentence boundaries of a UTF-8 text, found by ICU's sentence break iterator (any script) and
// reported as byte offsets: ICU reads the UTF-8 through a UText, so nothing is converted.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include "dossier/figure.h"

namespace dossier::extract {

// Finds the sentences that hold given spans, segmenting only around them: a text's sentences
// without a figure are never read. Not copyable. It borrows its thread's ICU iterator, so only one
// SentenceFinder or CountSentences may be at work on a thread at a time. `text` must outlive it.
class SentenceFinder {
 public:
  explicit SentenceFinder(std::string_view text);
  ~SentenceFinder();
  SentenceFinder(const SentenceFinder&) = delete;
  SentenceFinder& operator=(const SentenceFinder&) = delete;

  // The sentence that holds `span` (the sentences it crosses, joined), without the blanks and
  // line break that end it. REQUIRES: spans asked for in order of their begin.
  ByteSpan SentenceOf(ByteSpan span);

 private:
  std::string_view text_;
  UText utext_ = UTEXT_INITIALIZER;
  icu::BreakIterator* iterator_ = nullptr;  // this thread's; null if ICU failed
  size_t begin_ = 0;                       // the current sentence
  size_t end_ = 0;
};

// All the sentences of `text`, in order, each without the blanks and line breaks around it; blank
// stretches are none. A line break always ends a sentence, so headings and list items stand alone;
// so does a stop with a citation marker (".[2] Next") or glued to the next sentence ("statement.It
// said"), which ICU does not take for an end. Uses
// the thread's ICU iterator, like SentenceFinder.
std::vector<ByteSpan> SplitSentences(std::string_view text);

// The number of sentences in `text`: a plain segmentation pass, the yardstick of the benchmark.
size_t CountSentences(std::string_view text);

}  // namespace dossier::extract
