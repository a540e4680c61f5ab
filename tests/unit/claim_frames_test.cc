// Frames that real match reports, campaign coverage and energy wires use and the extractor missed
// (issue 10), counted by mechanism over real pages and written again with invented people: verbs
// of feeling, stance and conceding that state a clause, a statement verb joined by "and", a
// gerund's second claim after a quotation's tag, a connective before "according to", an
// apposition after an inverted tag, names given in quoted words, what a poll or data showed, a
// report's trailing tag over a speaker inside its content.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/claim.h"
#include "support/claim_lookup.h"

using namespace dossier;

TEST_CASE("Feeling, stance and conceding state a clause, never a noun", "[claims][frames]") {
  CHECK(Claims("Brenton coach Lars Vindeby felt the red card decided the match.\n") ==
        Found{"[Lars Vindeby]: the red card decided the match"});
  CHECK(Claims("Lars Vindeby feels that his side deserved a point.\n") == Found{"[Lars Vindeby]: his side deserved a point"});
  CHECK(Claims("Velmar coach Ilse Marr was adamant the referee made the right decision.\n") ==
        Found{"[Ilse Marr]: the referee made the right decision"});
  CHECK(Claims("The Ostrel Party has expressed confidence that it will win enough seats.\n") ==
        Found{"[Ostrel Party]: it will win enough seats"});
  CHECK(Claims("Tomas Velde conceded the vote had been lost.\n") == Found{"[Tomas Velde]: the vote had been lost"});
  // A noun, an adverbial, a time: nothing stated.
  CHECK(Claims("Lars Vindeby felt pain in his knee.\n").empty());
  CHECK(Claims("Ilse Marr was confident of victory.\n").empty());
  CHECK(Claims("Tomas Velde conceded defeat on Sunday night.\n").empty());
  CHECK(Claims("Tomas Velde conceded defeat graciously and shook hands with the visiting bench.\n").empty());
  // After "but" too: a headline's "keeps his seat but concedes defeat to …" states nothing.
  CHECK(Claims("Tomas Velde keeps his seat but concedes defeat to the Harbour Party.\n").empty());
  CHECK(Claims("Tomas Velde conceded defeat as he appeared on stage at his count.\n").empty());
  CHECK(Claims("Tomas Velde conceded defeat to Ana Ruiz after the Harbour Party were routed.\n").empty());
  CHECK(Claims("Tomas Velde conceded defeat moments before the Harbour Party passed the majority.\n").empty());
  CHECK(Claims("Tomas Velde kept his seat but conceded the party had lost the country.\n") ==
        Found{"[Tomas Velde]: the party had lost the country"});
  CHECK(Claims("Households will feel this in their bills.\n").empty());
  // Conceding, then a gerund's clause: the gerund's.
  CHECK(Claims("Daniel Merrow conceded shortly after midnight, telling supporters that the fight would go on.\n") ==
        Found{"[Daniel Merrow]: the fight would go on"});
}

TEST_CASE("A statement verb after 'and' reports its own clause", "[claims][frames]") {
  CHECK(Claims("Tomas Velde was unhappy with the result and believes his side must improve.\n") ==
        Found{"[Tomas Velde]: his side must improve"});
  CHECK(Claims("Tomas Velde exclaimed, and said: \"We were robbed.\"\n") == Found{"[Tomas Velde]: We were robbed"});
  // A goal added is no statement; a noun after "noted" is none either.
  CHECK(Claims("Arno Pell converted and added a second six minutes later.\n").empty());
  CHECK(Claims("Arno Pell scored twice and noted the size of the crowd.\n").empty());
}

TEST_CASE("A gerund after a quotation's tag is a second claim", "[claims][frames]") {
  CHECK(Claims("\"They cannot win this seat,\" Ivo Brandt said, adding that the polls had turned.\n") ==
        Found{"[Ivo Brandt]: They cannot win this seat", "[Ivo Brandt]: the polls had turned"});
  CHECK(Claims("The Kestrel regulator said it received many complaints, saying many thought the rise was unfair.\n") ==
        Found{"[Kestrel]: it received many complaints", "[Kestrel]: many thought the rise was unfair"});
}

TEST_CASE("A connective before 'according to X,' is no content", "[claims][frames]") {
  CHECK(Claims("However, according to the Velmar Herald, the vote will be delayed until March.\n") ==
        Found{"[Velmar Herald]: the vote will be delayed until March"});
  CHECK(Claims("Yet according to Nadia Perlow, the grid can cope.\n") == Found{"[Nadia Perlow]: the grid can cope"});
}

TEST_CASE("An inverted tag's apposition is no clause of the content", "[claims][frames]") {
  CHECK(Claims("Tariffs will rise by a fifth, said Nadia Perlow, head of Ostrel Power in Denmark quoted by a local radio station.\n") ==
        Found{"[Nadia Perlow]: Tariffs will rise by a fifth"});
}

TEST_CASE("'this' opens the clause after 'said', whose own 'that' follows", "[claims][frames]") {
  CHECK(Claims("Harlow Electric said this will be the first time since 2019 that customers pay more.\n") ==
        Found{"[Harlow Electric]: this will be the first time since 2019 that customers pay more"});
  // "this winter" after "warned of" is a time, not a clause.
  CHECK(Claims("Mira Sand has warned of gas shortages this winter.\n") == Found{"[Mira Sand]: of gas shortages this winter"});
}

TEST_CASE("Names given in quoted words, warnings and statements issued, accusations", "[claims][frames]") {
  CHECK(Claims("Ilse Marr labelled the decision a \"disgrace\" after the game.\n") == Found{"[Ilse Marr]: disgrace"});
  CHECK(Claims("Ilse Marr was not impressed and labelled the goal a \"disgrace\" after the game.\n") == Found{"[Ilse Marr]: disgrace"});
  // A second claim after "but": the first ends before it.
  CHECK(Claims("Selma Roak conceded her side had been lucky, but she labelled the winner \"a proper team move\".\n") ==
        Found{"[Selma Roak]: her side had been lucky", "[Selma Roak]: a proper team move"});
  CHECK(Claims("His lawyer, Paul Denner, issued a statement saying the runner had never cheated.\n") ==
        Found{"[Paul Denner]: the runner had never cheated"});
  CHECK(Claims("Tomas Velde repeated his warning that the reservoirs would run dry by August.\n") ==
        Found{"[Tomas Velde]: the reservoirs would run dry by August"});
  CHECK(Claims("Ivo Brandt accused the regulator of ignoring the warnings.\n") ==
        Found{"[Ivo Brandt]: the regulator of ignoring the warnings"});
}

TEST_CASE("What a document or data showed is its maker's finding, what a person showed is none", "[claims][frames]") {
  CHECK(Claims("Data from the Velmar Grid Agency showed demand fell 4% in March.\n") ==
        Found{"[Velmar Grid Agency]: demand fell 4% in March"});
  CHECK(Claims("The Kestrel Analytics poll showed prices would stay high.\n") ==
        Found{"[Kestrel Analytics]: prices would stay high"});
  CHECK(Claims("Arno Pell showed his class in the second half.\n").empty());
  CHECK(Claims("Arno Pell showed that he could defend.\n").empty());
}

TEST_CASE("A report's tag after its content passes on the speaker inside it", "[claims][frames]") {
  CHECK(Claims("Ilse Marr said the count would take a month, Ostrel Radio reported.\n") ==
        Found{"[Ilse Marr]: the count would take a month"});
  // Nothing said inside: the report's own claim.
  CHECK(Claims("Prices will rise in May, Ostrel Radio reported.\n") == Found{"[Ostrel Radio]: Prices will rise in May"});
}
