// Sorting many byte-string keys that share long prefixes (a fold's batch of index rows: "quantity/"
// and a unit before the bytes that differ), by a three-way radix quicksort (Bentley and Sedgewick):
// each pass compares one byte of each key, so the shared bytes are read once a key, where a
// comparison sort reads them again at every comparison.
#pragma once

#include <cstdint>
#include <vector>

namespace dossier {

// A key to sort, by view of its bytes, and what it stands for.
struct SortKey {
  const char* bytes;
  uint32_t size;
  uint32_t index;  // the caller's: sorting leaves it with its key
};

// Sorts `keys` bytewise (a key before the longer keys it begins), equal keys in no set order.
void SortKeys(std::vector<SortKey>* keys);

}  // namespace dossier
