// QuoteOf: the W3C-style quote selector of a span (its exact bytes with a little context either
// side), kept with every figure and citation so the span can be found again in a later version.
#pragma once

#include <string_view>

#include "dossier/figure.h"  // ByteSpan, QuoteSelector

namespace dossier {

// How many bytes of context a quote selector keeps before and after its quote, at most.
inline constexpr size_t kQuoteContext = 32;

// The quote at `span` with up to kQuoteContext bytes either side, cut at character boundaries.
// REQUIRES: `span` lies within `text`, which is valid UTF-8.
QuoteSelector QuoteOf(std::string_view text, ByteSpan span);

}  // namespace dossier
