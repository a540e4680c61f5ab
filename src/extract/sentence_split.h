// All the sentences of a UTF-8 text, found by ICU's sentence break iterator (any script: a `。`
// ends a sentence as a `.` does) and reported as byte offsets. A line break always ends a sentence,
// so headings and list items stand alone; so does a stop with a citation marker (".[2] Next").
#pragma once

#include <string_view>
#include <vector>

#include "dossier/figure.h"  // ByteSpan

namespace dossier::extract {

// The sentences in order, each without the blanks and line breaks around it; blank stretches are
// not sentences. REQUIRES: `text` is valid UTF-8. Thread-safe (one ICU iterator per thread).
std::vector<ByteSpan> SplitSentences(std::string_view text);

}  // namespace dossier::extract
