// Sentence boundaries of a UTF-8 text, found by ICU's sentence break iterator (any script) and
// reported as byte offsets: ICU reads the UTF-8 through a UText, so nothing is converted.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "dossier/figure.h"

namespace dossier::extract {

class SentenceBoundaries {
 public:
  // Segments `text` from its start up to the first boundary at or after `up_to`.
  // Thread-safe: each thread uses its own ICU iterator. `text` must outlive this object.
  SentenceBoundaries(std::string_view text, size_t up_to);

  // The sentence that holds `span` (the sentences it crosses, joined), without the blanks and
  // line break that end it.
  ByteSpan SentenceOf(ByteSpan span) const;

 private:
  std::string_view text_;
  std::vector<uint32_t> boundaries_;  // ascending, starting with 0
};

// The number of sentences in `text`: a plain segmentation pass, the yardstick of the benchmark.
size_t CountSentences(std::string_view text);

}  // namespace dossier::extract
