// StringIndex, StringSet and ByteArena (src/util/string_index.h): the same answers as the standard
// containers, through growth, replaced numbers, empty and binary keys, and clearing.
#include <catch2/catch.hpp>

#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "util/string_index.h"

using namespace dossier;

namespace {

// Keys that share long prefixes, as a fold's rows do, with zero bytes and repeats among them.
std::vector<std::string> SomeKeys(size_t count, unsigned seed) {
  std::mt19937 random(seed);
  std::vector<std::string> keys;
  for (size_t i = 0; i < count; ++i) {
    std::string key = random() % 2 ? "quantity/usd\x1f" : "surface/";
    key += std::string(1, '\0');
    const size_t tail = random() % 6;
    for (size_t j = 0; j < tail; ++j) key += static_cast<char>(random() % 4);  // few distinct bytes: many repeats
    keys.push_back(key);
  }
  keys.push_back("");
  return keys;
}

}  // namespace

TEST_CASE("string index: finds what was set, the newest number of a key, nothing else", "[string_index]") {
  const std::vector<std::string> keys = SomeKeys(5000, 3);
  StringIndex index;
  std::map<std::string, uint32_t> expected;
  CHECK(index.Find("surface/") == nullptr);
  for (size_t i = 0; i < keys.size(); ++i) {
    const bool was_new = expected.count(keys[i]) == 0;
    CHECK(index.Set(keys[i], static_cast<uint32_t>(i)) == was_new);
    expected[keys[i]] = static_cast<uint32_t>(i);
  }
  CHECK(index.size() == expected.size());
  for (const auto& [key, number] : expected) {
    const uint32_t* found = index.Find(key);
    REQUIRE(found != nullptr);
    CHECK(*found == number);
  }
  CHECK(index.Find("quantity/eur") == nullptr);
  CHECK(index.Find(std::string("surface/\0\0\0\0\0\0\0", 15)) == nullptr);  // longer than any key made

  index.Clear();
  CHECK(index.size() == 0);
  CHECK(index.Find(keys.front()) == nullptr);
  CHECK(index.Set(keys.front(), 7));
  CHECK(*index.Find(keys.front()) == 7);
}

TEST_CASE("string set: keeps its own copies, inserts each string once", "[string_index]") {
  const std::vector<std::string> keys = SomeKeys(3000, 11);
  StringSet set;
  std::set<std::string> expected;
  std::string buffer;  // reused for every insert, as the figures projection does
  for (const std::string& key : keys) {
    buffer = key;
    CHECK(set.Insert(buffer) == expected.insert(key).second);
    buffer.assign(40, 'x');  // the set's copy is not this buffer
  }
  CHECK(set.size() == expected.size());
  for (const std::string& key : expected) CHECK_FALSE(set.Insert(key));
  set.Clear();
  CHECK(set.size() == 0);
  CHECK(set.Insert(keys.front()));
}

TEST_CASE("byte arena: copies stay where they are while more are kept", "[string_index]") {
  ByteArena arena;
  std::vector<std::string_view> copies;
  std::vector<std::string> originals;
  for (size_t i = 0; i < 2000; ++i) originals.push_back(std::string(i % 700, static_cast<char>('a' + i % 26)));
  originals.push_back(std::string(600 << 10, 'z'));  // larger than a block
  for (const std::string& s : originals) copies.push_back(arena.Copy(s));
  for (size_t i = 0; i < originals.size(); ++i) {
    CHECK(copies[i] == originals[i]);
    CHECK(copies[i].data() != originals[i].data());
  }
}
