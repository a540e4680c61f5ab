#include <catch2/catch.hpp>

#include "util/line_diff.h"

using namespace dossier;

TEST_CASE("DiffLines finds the fewest changed lines", "[diff]") {
  auto lines = DiffLines("a\nb\nc\nd\n", "a\nc\nd\ne\n");
  std::string ops;
  for (const auto& l : lines) ops += l.op == DiffLine::kSame ? '=' : l.op == DiffLine::kRemoved ? '-' : '+';
  REQUIRE(ops == "=-==+");
  REQUIRE(lines[1].text == "b");
  REQUIRE(lines[1].old_line == 2);
  REQUIRE(lines[4].text == "e");
  REQUIRE(lines[4].new_line == 4);
}

TEST_CASE("UnifiedHunks writes hunks with context", "[diff]") {
  std::string before, after;
  for (int i = 1; i <= 20; ++i) {
    before += std::to_string(i) + "\n";
    after += (i == 10 ? std::string("ten") : std::to_string(i)) + "\n";
  }
  std::string hunks = UnifiedHunks(DiffLines(before, after));
  REQUIRE(hunks == "@@ -7,7 +7,7 @@\n 7\n 8\n 9\n-10\n+ten\n 11\n 12\n 13\n");
}

TEST_CASE("a difference beyond the limit is still correct", "[diff]") {
  auto lines = DiffLines("a\nb\n", "c\nd\n", /*max_changes=*/1);
  REQUIRE(lines.size() == 4);
  REQUIRE(lines[0].op == DiffLine::kRemoved);
  REQUIRE(lines[3].op == DiffLine::kAdded);
}
