#include "util/key_sort.h"

#include <algorithm>
#include <string_view>
#include <utility>

namespace dossier {
namespace {

// Below this many keys a part is sorted by comparisons.
constexpr size_t kSmallPart = 12;
// Partitions nested past this depth (keys built to defeat the pivots) are sorted by comparisons.
constexpr int kMaxNesting = 96;

// The byte of `key` at `depth`, or -1 past its end (a key sorts before the keys it begins).
int ByteAt(const SortKey& key, size_t depth) {
  return depth < key.size ? static_cast<unsigned char>(key.bytes[depth]) : -1;
}

// Sorts keys that share their first `depth` bytes by the bytes after them.
void SortFrom(SortKey* keys, size_t n, size_t depth) {
  auto rest = [depth](const SortKey& k) { return std::string_view(k.bytes + depth, k.size - depth); };
  std::sort(keys, keys + n, [&](const SortKey& a, const SortKey& b) { return rest(a) < rest(b); });
}

void RadixQuicksort(SortKey* keys, size_t n, size_t depth, int nesting) {
  while (n > 1) {
    if (n < kSmallPart || nesting > kMaxNesting) {
      SortFrom(keys, n, depth);
      return;
    }
    // The median of three bytes at `depth` as the pivot.
    int a = ByteAt(keys[0], depth), b = ByteAt(keys[n / 2], depth), c = ByteAt(keys[n - 1], depth);
    if (a > b) std::swap(a, b);
    const int pivot = c < a ? a : (c > b ? b : c);
    // [0, less) below the pivot, [less, i) at it, [more, n) above it.
    size_t less = 0, i = 0, more = n;
    while (i < more) {
      const int byte = ByteAt(keys[i], depth);
      if (byte < pivot) {
        std::swap(keys[less++], keys[i++]);
      } else if (byte > pivot) {
        std::swap(keys[i], keys[--more]);
      } else {
        ++i;
      }
    }
    RadixQuicksort(keys, less, depth, nesting + 1);
    RadixQuicksort(keys + more, n - more, depth, nesting + 1);
    if (pivot < 0) return;  // the keys at the pivot ended at `depth`: all equal
    keys += less;           // the keys at the pivot, by their next byte
    n = more - less;
    ++depth;
  }
}

}  // namespace

void SortKeys(std::vector<SortKey>* keys) { RadixQuicksort(keys->data(), keys->size(), 0, 0); }

}  // namespace dossier
