// A text NFC-normalized and case-folded for matching names, with the way back to its original
// bytes: "CUBAN’S", "Cuban's" and "cuban's" all read "cuban’s"/"cuban's", and an NFD "Cubán"
// matches an NFC alias. Matches are found in the folded text and reported in the original's bytes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/figure.h"  // ByteSpan

namespace dossier::extract {

class FoldedText {
 public:
  // REQUIRES: `text` is valid UTF-8.
  explicit FoldedText(std::string_view text);

  const std::string& folded() const { return folded_; }

  // The original bytes that folded [begin, end) came from, or nullopt when an edge falls inside a
  // character that normalization or folding rewrote (the match would take part of it).
  std::optional<ByteSpan> Original(size_t begin, size_t end) const;

 private:
  // A stretch of the text folded as one piece. ASCII runs fold byte for byte (`linear`: any offset
  // inside maps straight back); anything else is one normalization unit, matched only whole.
  struct Chunk {
    size_t folded_begin;
    size_t original_begin;
    size_t original_end;
    bool linear;
  };
  size_t ChunkAt(size_t folded_offset) const;  // the index of the chunk holding that folded byte
  size_t FoldedEnd(size_t chunk) const;

  std::string folded_;
  std::vector<Chunk> chunks_;
};

// The folded form of a whole string, as FoldedText folds it (for aliases).
std::string Fold(std::string_view text);

}  // namespace dossier::extract
