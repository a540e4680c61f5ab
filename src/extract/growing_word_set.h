// GrowingWordSet: a set of words that owns them and grows as a text is read (the words a text
// writes in lowercase, asked about for every capitalised word). Open addressing on an FNV-1a hash:
// inserting a word already held costs no allocation, and a lookup takes a string_view, where
// std::unordered_set<std::string> built a string to look one up, hashed it with murmur and
// allocated a node for every insert it then threw away.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dossier::extract {

class GrowingWordSet {
 public:
  GrowingWordSet() : slots_(kFirstSlots, 0) {}

  void insert(std::string_view word) {
    if (slots_.empty()) *this = GrowingWordSet();  // moved from
    size_t at = Find(word);
    if (slots_[at] != 0) return;
    words_.emplace_back(word);
    if (2 * words_.size() > slots_.size()) {  // keep it at most half full: probes stay short
      Grow();
      return;
    }
    slots_[at] = static_cast<uint32_t>(words_.size());
  }

  // 1 if `word` is in the set, else 0 (as std::set::count).
  size_t count(std::string_view word) const { return !slots_.empty() && slots_[Find(word)] != 0 ? 1 : 0; }

 private:
  static constexpr size_t kFirstSlots = 256;

  static uint64_t Hash(std::string_view w) {
    uint64_t h = 14695981039346656037ULL;
    for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    return h ^ (h >> 29);  // fold the high bits, which FNV mixes best, into the low ones the mask keeps
  }
  // The slot holding `word`, or the free slot where it would go.
  size_t Find(std::string_view word) const {
    const size_t mask = slots_.size() - 1;
    size_t at = Hash(word) & mask;
    while (slots_[at] != 0 && words_[slots_[at] - 1] != word) at = (at + 1) & mask;
    return at;
  }
  // Twice the slots, every word placed again (the words themselves stay where they are).
  void Grow() {
    slots_.assign(slots_.size() * 2, 0);
    for (size_t k = 0; k < words_.size(); ++k) slots_[Find(words_[k])] = static_cast<uint32_t>(k + 1);
  }

  std::vector<std::string> words_;  // in the order inserted
  std::vector<uint32_t> slots_;     // a power of two of them: 1 + a word's index, or 0 when free
};

}  // namespace dossier::extract
