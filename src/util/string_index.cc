#include "util/string_index.h"

#include <algorithm>
#include <cstring>
#include <functional>

namespace dossier {
namespace {

// The size of the arena's blocks (a larger request has a block of its own).
constexpr size_t kArenaBlockBytes = size_t{256} << 10;
constexpr uint64_t kUsed = uint64_t{1} << 63;
constexpr size_t kFirstSlots = 64;

}  // namespace

char* ByteArena::Keep(size_t size) {
  if (blocks_.empty() || size > left_) {
    // A new block; the rest of the last one stays unused.
    const size_t block = std::max(size, kArenaBlockBytes);
    blocks_.push_back(std::unique_ptr<char[]>(new char[block]));  // not zeroed: a block's pages are touched as filled
    left_ = block;
    used_ = 0;
  }
  char* at = blocks_.back().get() + used_;
  used_ += size;
  left_ -= size;
  return at;
}

std::string_view ByteArena::Copy(std::string_view bytes) {
  char* at = Keep(bytes.size());
  if (!bytes.empty()) std::memcpy(at, bytes.data(), bytes.size());
  return {at, bytes.size()};
}

void ByteArena::Clear() {
  blocks_.clear();
  used_ = 0;
  left_ = 0;
}

uint64_t StringIndex::Hash(std::string_view key) { return std::hash<std::string_view>{}(key) | kUsed; }

size_t StringIndex::SlotOf(std::string_view key, uint64_t hash) const {
  const size_t mask = slots_.size() - 1;
  for (size_t at = hash & mask;; at = (at + 1) & mask) {
    const Slot& slot = slots_[at];
    if (slot.hash == 0) return at;
    if (slot.hash == hash && std::string_view(slot.bytes, slot.size) == key) return at;
  }
}

const uint32_t* StringIndex::Find(std::string_view key) const {
  if (used_ == 0) return nullptr;
  const Slot& slot = slots_[SlotOf(key, Hash(key))];
  return slot.hash == 0 ? nullptr : &slot.value;
}

StringIndex::Slot& StringIndex::Place(std::string_view key, uint64_t hash) {
  if (2 * (used_ + 1) > slots_.size()) Grow();
  return slots_[SlotOf(key, hash)];
}

void StringIndex::Occupy(Slot* slot, std::string_view key, uint64_t hash) {
  slot->hash = hash;
  slot->bytes = key.data();
  slot->size = static_cast<uint32_t>(key.size());
  ++used_;
}

bool StringIndex::Set(std::string_view key, uint32_t value) {
  const uint64_t hash = Hash(key);
  Slot& slot = Place(key, hash);
  slot.value = value;
  if (slot.hash != 0) return false;
  Occupy(&slot, key, hash);
  return true;
}

void StringIndex::Grow() {
  std::vector<Slot> old(std::max(kFirstSlots, 2 * slots_.size()));
  old.swap(slots_);
  const size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.hash == 0) continue;
    size_t at = slot.hash & mask;
    while (slots_[at].hash != 0) at = (at + 1) & mask;
    slots_[at] = slot;
  }
}

void StringIndex::Clear() {
  std::vector<Slot>().swap(slots_);
  used_ = 0;
}

bool StringSet::Insert(std::string_view s) {
  const uint64_t hash = StringIndex::Hash(s);
  StringIndex::Slot& slot = index_.Place(s, hash);
  if (slot.hash != 0) return false;
  index_.Occupy(&slot, bytes_.Copy(s), hash);
  return true;
}

void StringSet::Clear() {
  index_.Clear();
  bytes_.Clear();
}

}  // namespace dossier
