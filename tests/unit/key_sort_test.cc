// SortKeys (src/util/key_sort.h): the same order as a comparison sort of the same bytes.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "util/key_sort.h"

using namespace dossier;

namespace {

// The keys' bytes in the order SortKeys leaves them.
std::vector<std::string> Sorted(const std::vector<std::string>& keys) {
  std::vector<SortKey> order;
  for (size_t i = 0; i < keys.size(); ++i) order.push_back({keys[i].data(), static_cast<uint32_t>(keys[i].size()), static_cast<uint32_t>(i)});
  SortKeys(&order);
  std::vector<std::string> out;
  for (const SortKey& key : order) {
    REQUIRE(keys[key.index].data() == key.bytes);  // each index stays with its key
    out.emplace_back(key.bytes, key.size);
  }
  return out;
}

}  // namespace

TEST_CASE("key sort: bytewise order, prefixes first, bytes above 0x7f and zero bytes", "[key_sort]") {
  const std::vector<std::string> keys = {"quantity/usd", "figure/b", "", "figure/a", std::string("a\0b", 3), "a",
                                         "\xff", "figure/a", std::string("a\0", 2), "\x80x", "figure/"};
  std::vector<std::string> expected = keys;
  std::sort(expected.begin(), expected.end());
  CHECK(Sorted(keys) == expected);
}

TEST_CASE("key sort: many keys with long shared prefixes and repeats sort as std::sort does", "[key_sort]") {
  std::mt19937 random(7);
  for (size_t count : {0, 1, 2, 11, 12, 13, 500, 20000}) {
    std::vector<std::string> keys;
    for (size_t i = 0; i < count; ++i) {
      // A few row kinds and units before a short tail of few distinct bytes: deep equal runs.
      std::string key = (random() % 3 == 0 ? "quantity/usd\x1f" : random() % 2 == 0 ? "figure/" : "quantity/eur\x1f");
      const size_t tail = random() % 12;
      for (size_t j = 0; j < tail; ++j) key += static_cast<char>("\x00\x01ab\xfe"[random() % 5]);
      keys.push_back(key);
    }
    std::vector<std::string> expected = keys;
    std::sort(expected.begin(), expected.end());
    CHECK(Sorted(keys) == expected);
  }
}
