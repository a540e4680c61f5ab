#include "extract/folded_text.h"

#include <algorithm>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace dossier::extract {
namespace {

const icu::Normalizer2* Nfc() {
  static const icu::Normalizer2* nfc = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  return nfc;
}

// The NFC form of one normalization unit, case-folded. The typographic apostrophe reads as the
// ASCII one, so that "Goldman’s desk" and "Goldman's desk" are one name.
std::string FoldUnit(std::string_view unit) {
  if (unit == "\xe2\x80\x99") return "'";  // U+2019
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(unit.data(), static_cast<int32_t>(unit.size())));
  if (const icu::Normalizer2* nfc = Nfc()) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString normalized = nfc->normalize(s, status);
    if (U_SUCCESS(status)) s = normalized;
  }
  s.foldCase();
  std::string out;
  s.toUTF8String(out);
  return out;
}

// Whether the code point at `i` belongs to the normalization unit before it (a combining mark that
// NFC may compose with what precedes it).
bool JoinsUnitBefore(const icu::Normalizer2* nfc, std::string_view text, int32_t i) {
  const int32_t size = static_cast<int32_t>(text.size());
  if (i >= size || static_cast<unsigned char>(text[i]) < 0x80 || nfc == nullptr) return false;
  UChar32 c;
  U8_NEXT(text.data(), i, size, c);
  return c >= 0 && !nfc->hasBoundaryBefore(c);
}

}  // namespace

FoldedText::FoldedText(std::string_view text) {
  folded_.reserve(text.size());
  const icu::Normalizer2* nfc = Nfc();
  const int32_t size = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < size) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80 && !JoinsUnitBefore(nfc, text, i + 1)) {
      // ASCII: every character starts a unit of its own and folds to one byte.
      if (chunks_.empty() || !chunks_.back().linear) {
        chunks_.push_back({folded_.size(), static_cast<size_t>(i), static_cast<size_t>(i), true});
      }
      folded_ += (byte >= 'A' && byte <= 'Z') ? static_cast<char>(byte - 'A' + 'a') : static_cast<char>(byte);
      chunks_.back().original_end = static_cast<size_t>(++i);
      continue;
    }
    // A unit: this code point and the combining ones after it that NFC may compose with it.
    const int32_t begin = i;
    UChar32 c;
    U8_NEXT(text.data(), i, size, c);
    while (JoinsUnitBefore(nfc, text, i)) U8_NEXT(text.data(), i, size, c);
    chunks_.push_back({folded_.size(), static_cast<size_t>(begin), static_cast<size_t>(i), false});
    folded_ += FoldUnit(text.substr(begin, i - begin));
  }
}

size_t FoldedText::ChunkAt(size_t folded_offset) const {
  auto after = std::upper_bound(chunks_.begin(), chunks_.end(), folded_offset,
                                [](size_t offset, const Chunk& c) { return offset < c.folded_begin; });
  return static_cast<size_t>(after - chunks_.begin()) - 1;
}

size_t FoldedText::FoldedEnd(size_t chunk) const {
  return chunk + 1 < chunks_.size() ? chunks_[chunk + 1].folded_begin : folded_.size();
}

std::optional<ByteSpan> FoldedText::Original(size_t begin, size_t end) const {
  if (begin >= end || end > folded_.size()) return std::nullopt;
  const Chunk& first = chunks_[ChunkAt(begin)];
  const size_t last_index = ChunkAt(end - 1);
  const Chunk& last = chunks_[last_index];
  ByteSpan span;
  if (first.linear) {
    span.begin = first.original_begin + (begin - first.folded_begin);
  } else if (begin == first.folded_begin) {
    span.begin = first.original_begin;
  } else {
    return std::nullopt;
  }
  if (last.linear) {
    span.end = last.original_begin + (end - last.folded_begin);
  } else if (end == FoldedEnd(last_index)) {
    span.end = last.original_end;
  } else {
    return std::nullopt;
  }
  return span;
}

std::string Fold(std::string_view text) { return FoldedText(text).folded(); }

}  // namespace dossier::extract
