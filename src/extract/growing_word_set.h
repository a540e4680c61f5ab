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
  GrowingWordSet() : slots_(16), used_(16, false) {}

  void insert(std::string_view word) {
    if (slots_.empty()) *this = GrowingWordSet();  // moved from
    size_t at = Find(word);
    if (used_[at]) return;
    if (2 * (size_ + 1) > slots_.size()) {  // keep it at most half full: probes stay short
      Grow();
      at = Find(word);
    }
    slots_[at] = std::string(word);
    used_[at] = true;
    ++size_;
  }

  // 1 if `word` is in the set, else 0 (as std::set::count).
  size_t count(std::string_view word) const { return !slots_.empty() && used_[Find(word)] ? 1 : 0; }

 private:
  static uint64_t Hash(std::string_view w) {
    uint64_t h = 14695981039346656037ULL;
    for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    return h ^ (h >> 29);  // fold the high bits, which FNV mixes best, into the low ones the mask keeps
  }
  // The slot holding `word`, or the free slot where it would go.
  size_t Find(std::string_view word) const {
    const size_t mask = slots_.size() - 1;
    size_t at = Hash(word) & mask;
    while (used_[at] && slots_[at] != word) at = (at + 1) & mask;
    return at;
  }
  void Grow() {
    std::vector<std::string> old = std::move(slots_);
    std::vector<bool> old_used = std::move(used_);
    slots_.assign(old.size() * 2, std::string());
    used_.assign(old.size() * 2, false);
    for (size_t k = 0; k < old.size(); ++k) {
      if (!old_used[k]) continue;
      const size_t at = Find(old[k]);
      slots_[at] = std::move(old[k]);
      used_[at] = true;
    }
  }

  std::vector<std::string> slots_;  // a power of two of them
  std::vector<bool> used_;
  size_t size_ = 0;
};

}  // namespace dossier::extract
