// Byte strings found again among hundreds of thousands of them, as a fold does at each row it
// writes: an index from strings to 32-bit numbers by open addressing (one flat table, linear
// probing, the hash kept in each slot), a set of strings that keeps its own copies, and the arena
// that keeps them. A node-based std::unordered_map allocated a node per string (and a string per
// key for a set) and missed the cache on each: a fold's hash tables were 12 % of a rebuild's CPU.
// None of them is thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace dossier {

// Bytes kept in blocks that never move until Clear: a view of them stays valid until then.
class ByteArena {
 public:
  // `size` uninitialized bytes of their own.
  char* Keep(size_t size);
  // A copy of `bytes`, kept.
  std::string_view Copy(std::string_view bytes);
  // Forgets every block (their views with them).
  void Clear();

 private:
  std::vector<std::unique_ptr<char[]>> blocks_;
  size_t used_ = 0, left_ = 0;  // bytes used and free in the last block
};

// Maps byte strings, by views that the caller keeps valid and unchanged while they are indexed, to
// 32-bit numbers.
class StringIndex {
 public:
  // The number kept for `key`, or null when it has none; valid until the next Set or Clear.
  const uint32_t* Find(std::string_view key) const;
  // Keeps `value` for `key`, replacing the number it had; true when `key` was not indexed.
  bool Set(std::string_view key, uint32_t value);
  size_t size() const { return used_; }
  // Forgets every key and gives the table's memory back.
  void Clear();

 private:
  friend class StringSet;
  struct Slot {
    uint64_t hash = 0;  // the key's hash with its top bit set; 0 marks an empty slot
    const char* bytes = nullptr;
    uint32_t size = 0;
    uint32_t value = 0;
  };
  static uint64_t Hash(std::string_view key);
  // The slot that holds `key`, or the empty slot where it would go. REQUIRES: slots_ is not empty.
  size_t SlotOf(std::string_view key, uint64_t hash) const;
  // The slot of `key` (`hash` its Hash), made room for: empty when the key is not indexed.
  Slot& Place(std::string_view key, uint64_t hash);
  // Indexes `key` in `slot`, an empty slot Place gave for it.
  void Occupy(Slot* slot, std::string_view key, uint64_t hash);
  void Grow();

  std::vector<Slot> slots_;  // a power of two of them, at most half used
  size_t used_ = 0;
};

// A set of byte strings that keeps its own copies.
class StringSet {
 public:
  // Adds a copy of `s`; true when it was not in the set.
  bool Insert(std::string_view s);
  size_t size() const { return index_.size(); }
  void Clear();

 private:
  StringIndex index_;  // views of bytes_
  ByteArena bytes_;
};

}  // namespace dossier
