#include "extract/quote_selector.h"

#include <algorithm>
#include <string>

#include "extract/text_bytes.h"

namespace dossier {

QuoteSelector QuoteOf(std::string_view text, ByteSpan span) {
  using extract::CharBoundary;
  const size_t prefix_begin = CharBoundary(text, span.begin > kQuoteContext ? span.begin - kQuoteContext : 0, true);
  const size_t suffix_end = CharBoundary(text, std::min<size_t>(text.size(), span.end + kQuoteContext), false);
  return {std::string(text.substr(prefix_begin, span.begin - prefix_begin)),
          std::string(text.substr(span.begin, span.end - span.begin)),
          std::string(text.substr(span.end, suffix_end - span.end))};
}

}  // namespace dossier
