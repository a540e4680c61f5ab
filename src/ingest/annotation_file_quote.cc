#include "ingest/annotation_file_quote.h"

#include <fmt/format.h>

namespace dossier {
namespace {

constexpr size_t kPlacesListed = 5;

std::string Places(const std::vector<ByteSpan>& spans) {
  std::string out;
  for (size_t i = 0; i < spans.size() && i < kPlacesListed; ++i) {
    out += fmt::format("{}{}–{}", i == 0 ? "" : i + 1 == spans.size() ? " and " : ", ", spans[i].begin, spans[i].end);
  }
  if (spans.size() > kPlacesListed) out += fmt::format(" and {} more", spans.size() - kPlacesListed);
  return out;
}

// The quote as shown in a message: on one line, at most 60 bytes (cut at a character boundary).
std::string Shown(std::string_view quote) {
  std::string out;
  for (size_t i = 0; i < quote.size(); ++i) {
    if (out.size() >= 60 && (static_cast<unsigned char>(quote[i]) & 0xC0) != 0x80) return out + "…";
    out += quote[i] == '\n' || quote[i] == '\r' || quote[i] == '\t' ? ' ' : quote[i];
  }
  return out;
}

}  // namespace

std::vector<ByteSpan> FindQuote(std::string_view text, std::string_view quote) {
  std::vector<ByteSpan> out;
  if (quote.empty()) return out;
  for (size_t at = text.find(quote); at != std::string_view::npos; at = text.find(quote, at + 1)) {
    out.push_back({at, at + quote.size()});
  }
  return out;
}

Result<ByteSpan> LocateQuote(std::string_view text, std::string_view quote, const std::string& path,
                             const std::string& where, const std::vector<std::string>& elsewhere) {
  const std::vector<ByteSpan> found = FindQuote(text, quote);
  if (found.size() == 1) return found.front();
  if (found.empty()) {
    std::string also;
    for (const std::string& e : elsewhere) also += (also.empty() ? "; it is in " : ", ") + e;
    return Status::InvalidInput(fmt::format("{}: field `quote`: \"{}\" is nowhere in {}{}", path, Shown(quote), where,
                                            also.empty() ? " (quote the text as it is written, byte for byte)" : also));
  }
  return Status::InvalidInput(fmt::format(
      "{}: field `quote`: \"{}\" is in {} {} times, at {}; quote more of the sentence so that it is found once", path,
      Shown(quote), where, found.size(), Places(found)));
}

}  // namespace dossier
