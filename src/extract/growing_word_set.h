// GrowingWordSet: a set of words that owns them and grows as a text is read (the words a text
// writes in lowercase, asked about for every capitalised word). Open addressing on an FNV-1a hash:
// inserting a word already held costs no allocation, and a lookup takes a string_view, where
// std::unordered_set<std::string> built a string to look one up, hashed it with murmur and
// allocated a node for every insert it then threw away. The words' bytes lie one after another in
// one string, and each slot keeps its word's hash: a probe compares bytes only when the hashes
// agree, and reads them from that one buffer, not from a string of its own somewhere.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace dossier::extract {

class GrowingWordSet {
 public:
  GrowingWordSet() : slots_(kFirstSlots) {}

  void insert(std::string_view word) {
    if (slots_.empty()) *this = GrowingWordSet();  // moved from
    const uint32_t hash = Hash(word);
    size_t at = Find(word, hash);
    if (slots_[at].entry != 0) return;
    entries_.push_back({static_cast<uint32_t>(bytes_.size()), static_cast<uint32_t>(word.size())});
    bytes_.append(word);
    if (2 * entries_.size() > slots_.size()) {  // keep it at most half full: probes stay short
      Grow();
      return;
    }
    slots_[at] = {static_cast<uint32_t>(entries_.size()), hash};
  }

  // 1 if `word` is in the set, else 0 (as std::set::count).
  size_t count(std::string_view word) const {
    return !slots_.empty() && slots_[Find(word, Hash(word))].entry != 0 ? 1 : 0;
  }

 private:
  static constexpr size_t kFirstSlots = 256;

  struct Entry {
    uint32_t offset;  // in bytes_
    uint32_t size;
  };
  struct Slot {
    uint32_t entry = 0;  // 1 + the word's index in entries_, or 0 when free
    uint32_t hash = 0;
  };

  static uint32_t Hash(std::string_view w) {
    uint64_t h = 14695981039346656037ULL;
    for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    return static_cast<uint32_t>(h ^ (h >> 29));  // fold the high bits, which FNV mixes best, into the low ones the mask keeps
  }
  bool Holds(const Slot& slot, std::string_view word, uint32_t hash) const {
    if (slot.hash != hash) return false;
    const Entry& e = entries_[slot.entry - 1];
    return e.size == word.size() && std::memcmp(bytes_.data() + e.offset, word.data(), word.size()) == 0;
  }
  // The slot holding `word`, or the free slot where it would go.
  size_t Find(std::string_view word, uint32_t hash) const {
    const size_t mask = slots_.size() - 1;
    size_t at = hash & mask;
    while (slots_[at].entry != 0 && !Holds(slots_[at], word, hash)) at = (at + 1) & mask;
    return at;
  }
  // Twice the slots, every word placed again (the words themselves stay where they are).
  void Grow() {
    slots_.assign(slots_.size() * 2, Slot{});
    for (size_t k = 0; k < entries_.size(); ++k) {
      const std::string_view word(bytes_.data() + entries_[k].offset, entries_[k].size);
      const uint32_t hash = Hash(word);
      slots_[Find(word, hash)] = {static_cast<uint32_t>(k + 1), hash};
    }
  }

  std::string bytes_;            // the words, one after another, in the order inserted
  std::vector<Entry> entries_;   // where each lies in bytes_
  std::vector<Slot> slots_;      // a power of two of them
};

}  // namespace dossier::extract
