#include <catch2/catch.hpp>

#include "util/utf8.h"

using namespace dossier;

TEST_CASE("FindInvalidUtf8 reports the offset of the first bad byte", "[utf8]") {
  REQUIRE_FALSE(FindInvalidUtf8("plain ascii").has_value());
  REQUIRE_FALSE(FindInvalidUtf8("\xe9\xa6\xac\xe5\x85\x8b \xce\xb2").has_value());  // 馬克 β
  REQUIRE(FindInvalidUtf8("ab\xff").value() == 2);
  REQUIRE(FindInvalidUtf8("ab\xc0\xaf").value() == 2);          // overlong '/'
  REQUIRE(FindInvalidUtf8("x\xed\xa0\x80").value() == 1);       // a surrogate
  REQUIRE(FindInvalidUtf8("xyz\xe9\xa6").value() == 3);         // truncated at the end
}

TEST_CASE("ScriptsIn names the scripts of a mixed Han and Latin text", "[utf8]") {
  auto scripts = ScriptsIn("\xe9\xa6\xac\xe5\x85\x8b Mark Cuban, 2026!");
  REQUIRE(scripts == std::vector<std::string>{"Han", "Latin"});
  REQUIRE(ScriptsIn("123 !?").empty());
}

TEST_CASE("EscapeForTerminal makes control characters visible", "[utf8]") {
  REQUIRE(EscapeForTerminal("a\x1b[31mred\n\tok") == "a\\x1b[31mred\n\tok");
  REQUIRE(EscapeForTerminal("c1:\xc2\x9b.") == "c1:\\u009b.");
  REQUIRE(EscapeForTerminal("\xe2\x80\x99") == "\xe2\x80\x99");
}
