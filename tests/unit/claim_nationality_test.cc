// A nationality before a person's name, and later standing for them (issue 10, from real sport
// pages): "American Dana Colvin" is Dana Colvin, and "the Jamaican" is the Jamaican the text named,
// not whoever was named last. Every text is made up.
#include <catch2/catch.hpp>

#include "dossier/claim.h"
#include "support/claim_lookup.h"

using namespace dossier;

TEST_CASE("A nationality before a person's name is no part of the name", "[claims][speakers]") {
  CHECK(Claims("Mexican Luis Ferraro told reporters the track was fast. \"I felt light,\" he said.") ==
        Found{"[Luis Ferraro]: the track was fast", "[Luis Ferraro]: I felt light"});
  CHECK(Claims("American Dana Colvin won in 9.81 seconds. \"I knew it was coming,\" Colvin said.") ==
        Found{"[Dana Colvin]: I knew it was coming"});
  // Two words are a name: a given name that is also a nationality stays ("Finn Ruskin").
  CHECK(Claims("Finn Ruskin said the wind had helped.") == Found{"[Finn Ruskin]: the wind had helped"});
  // An organisation keeps its adjective.
  CHECK(Claims("The American Rowing Association said the course was safe.") ==
        Found{"[American Rowing Association]: the course was safe"});
}

TEST_CASE("The nationality stands for the person the text gave it, not the person named last", "[claims][speakers]") {
  const Found found = Claims(
      "Jamaican sprinter Orrin Blake said the start was poor. Dutch runner Femke Aalders said the heat was hard. "
      "The Jamaican added that he would race again in May.");
  CHECK(found == Found{"[Orrin Blake]: the start was poor", "[Femke Aalders]: the heat was hard",
                       "[Orrin Blake]: he would race again in May"});
}
