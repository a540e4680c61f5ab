// WordSet: a fixed set of words or short phrases (the extractors' curated lists), built once and
// asked about for every token. Open addressing on an FNV-1a hash of the bytes: a lookup is one
// pass over the word and a probe or two, where std::unordered_set hashed with murmur, divided by
// a prime and followed a node per bucket, and std::set compared strings down a tree.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace dossier::extract {

class WordSet {
 public:
  // The words must outlive the set (string literals do). Duplicates count once.
  WordSet(std::initializer_list<std::string_view> words) : WordSet(words.begin(), words.end()) {}
  template <typename Iterator>
  WordSet(Iterator begin, Iterator end) {
    const std::vector<std::string_view> words(begin, end);
    size_t capacity = 8;
    while (capacity < 2 * words.size()) capacity *= 2;  // at most half full: probes stay short
    slots_.resize(capacity);
    mask_ = capacity - 1;
    filter_.resize(capacity / 2);  // 64 bits or more a word: a word in no list finds its bit clear most times
    filter_mask_ = filter_.size() * 64 - 1;
    for (std::string_view w : words) {
      size_t at = Hash(w) & mask_;
      while (Used(at) && slots_[at] != w) at = (at + 1) & mask_;
      slots_[at] = w.data() != nullptr ? w : std::string_view("", 0);
      const size_t bit = FilterBit(w) & filter_mask_;
      filter_[bit / 64] |= uint64_t{1} << (bit % 64);
    }
  }

  // 1 if `word` is in the set, else 0 (as std::set::count).
  size_t count(std::string_view word) const {
    const size_t bit = FilterBit(word) & filter_mask_;
    if ((filter_[bit / 64] >> (bit % 64) & 1) == 0) return 0;  // most words asked about are in no list
    for (size_t at = Hash(word) & mask_; Used(at); at = (at + 1) & mask_) {
      if (slots_[at] == word) return 1;
    }
    return 0;
  }

 private:
  static uint64_t Hash(std::string_view w) {
    uint64_t h = 14695981039346656037ULL;
    for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    return h ^ (h >> 29);  // fold the high bits, which FNV mixes best, into the low ones the mask keeps
  }
  // A word's bit in a filter of the set's first two bytes, last byte and lengths: a word whose bit
  // is clear is not in the set, answered without hashing it or reading the slots.
  static size_t FilterBit(std::string_view w) {
    if (w.empty()) return 0;
    const auto first = static_cast<unsigned char>(w[0]), second = static_cast<unsigned char>(w[w.size() > 1 ? 1 : 0]);
    return first * 7 + second * 131 + static_cast<unsigned char>(w.back()) * 31 + w.size() * 1031;
  }
  bool Used(size_t at) const { return slots_[at].data() != nullptr; }

  std::vector<std::string_view> slots_;  // a default string_view (null data) marks a free slot
  size_t mask_ = 0;
  std::vector<uint64_t> filter_;  // a power of two of 64-bit words
  size_t filter_mask_ = 0;
};

}  // namespace dossier::extract
