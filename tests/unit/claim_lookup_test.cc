// The lookup structures under the claim recognizer: WordSet (the curated word lists),
// GrowingWordSet (the words a text writes in lowercase) and
// TokenReader (tokens one at a time, as Tokenize gives them all).
#include <catch2/catch.hpp>

#include <string>

#include "extract/claim_words.h"
#include "extract/growing_word_set.h"
#include "extract/word_set.h"

using dossier::ByteSpan;
using namespace dossier::extract;

TEST_CASE("WordSet holds exactly its words, as std::set would", "[claim_lookup]") {
  const WordSet words = {"said", "told", "pushed back", "said", "", "Herald", "'s"};
  for (const char* w : {"said", "told", "pushed back", "", "Herald", "'s"}) {
    INFO(w);
    CHECK(words.count(w) == 1);
  }
  for (const char* w : {"say", "saidx", "sai", "herald", "pushed", "pushed back ", "s", "'"}) {
    INFO(w);
    CHECK(words.count(w) == 0);
  }
  CHECK(words.count(std::string_view()) == 1);  // an empty view is the empty word

  // Sixty words: probes run past collisions; each word found, no near miss taken.
  const WordSet big = {"w0", "w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8", "w9", "w10", "w11", "w12",
                       "w13", "w14", "w15", "w16", "w17", "w18", "w19", "w20", "w21", "w22", "w23", "w24",
                       "w25", "w26", "w27", "w28", "w29", "w30", "w31", "w32", "w33", "w34", "w35", "w36",
                       "w37", "w38", "w39", "w40", "w41", "w42", "w43", "w44", "w45", "w46", "w47", "w48",
                       "w49", "w50", "w51", "w52", "w53", "w54", "w55", "w56", "w57", "w58", "w59"};
  for (int i = 0; i < 60; ++i) CHECK(big.count("w" + std::to_string(i)) == 1);
  CHECK(big.count("w60") == 0);
  CHECK(big.count("w") == 0);
  CHECK(big.count("w05") == 0);
}

TEST_CASE("TokenReader gives Tokenize's tokens one at a time", "[claim_lookup]") {
  const std::string text = "Cuban's view: \xe2\x80\x9c" "Delta-1 isn't 0.50,\xe2\x80\x9d he said\xe2\x80\x99s  \xe9\xa6\xac\xe5\x85\x8b said @mcuban.";
  const ByteSpan range{0, text.size()};
  const std::vector<Token> all = Tokenize(text, range);
  TokenReader reader(text, range);
  std::vector<Token> one_by_one;
  for (Token t; reader.Next(&t);) one_by_one.push_back(t);
  REQUIRE(one_by_one.size() == all.size());
  for (size_t i = 0; i < all.size(); ++i) {
    INFO(i);
    CHECK(one_by_one[i].begin == all[i].begin);
    CHECK(one_by_one[i].end == all[i].end);
    CHECK(one_by_one[i].word == all[i].word);
  }
  // "Cuban" then its possessive "'s" as a word of its own.
  REQUIRE(all.size() > 2);
  CHECK(text.substr(all[0].begin, all[0].end - all[0].begin) == "Cuban");
  CHECK(text.substr(all[1].begin, all[1].end - all[1].begin) == "'s");
  CHECK(all[1].word);
}

TEST_CASE("GrowingWordSet holds what was inserted, through its growth", "[claim_lookup]") {
  GrowingWordSet words;
  CHECK(words.count("said") == 0);
  for (int i = 0; i < 500; ++i) words.insert("w" + std::to_string(i));
  words.insert("said");
  words.insert("said");
  for (int i = 0; i < 500; ++i) CHECK(words.count("w" + std::to_string(i)) == 1);
  CHECK(words.count("said") == 1);
  CHECK(words.count("w500") == 0);
  CHECK(words.count("sai") == 0);
  GrowingWordSet taken = std::move(words);
  CHECK(taken.count("w499") == 1);
  words.insert("again");  // a moved-from set is empty and usable
  CHECK(words.count("again") == 1);
  CHECK(words.count("w1") == 0);
}
