#include <catch2/catch.hpp>

#include "brief/same_thing.h"

using dossier::SayTheSameThing;

TEST_CASE("SayTheSameThing: a curated question rewording a source's question is the same question") {
  CHECK(SayTheSameThing("Will the harbour board approve the ferry fare rise before the October timetable?",
                        "Is the harbour board going to approve the fare rise for ferries ahead of October's timetable?"));
  CHECK(SayTheSameThing("How much of the promised grid investment will actually be deployed, and how much quietly dropped?",
                        "How much of the grid money announced so far will be deployed, and how much will quietly vanish?"));
  // Case and inflection: the first five letters of words of four or more.
  CHECK(SayTheSameThing("CAN REGULATORS SATISFY INVESTORS ABOUT DEPLOYMENT COSTS?",
                        "Could regulators ever satisfy the investors asking about deployment costs?"));
  // Chinese: ICU's dictionary words, two characters or more, whole.
  CHECK(SayTheSameThing("电网升级计划能否在明年之前获得监管机构批准？", "监管机构会在明年之前批准电网升级计划吗？"));
}

TEST_CASE("SayTheSameThing: questions that only share a topic, or a few words, are different questions") {
  CHECK_FALSE(SayTheSameThing("Will the harbour board approve the ferry fare rise before October?",
                               "Who will pay for the harbour board's new ferries?"));
  CHECK_FALSE(SayTheSameThing("Is the cache counted on prefill?",
                               "Can per-token cost figures be compared across vendors when some count cached prefill tokens?"));
  CHECK_FALSE(SayTheSameThing("电网升级计划能否获得批准？", "新能源汽车的销量明年会增长吗？"));
  CHECK_FALSE(SayTheSameThing("", "Will it pass?"));
}

TEST_CASE("QuoteTheSameStatement: one statement as two outlets quote it, not two statements of one event") {
  using dossier::QuoteTheSameStatement;
  CHECK(QuoteTheSameStatement("Based on the length of time we have searched and the water temperature, we do not believe we will "
                              "find any of these divers alive.",
                              "Based on the length of time gone in the search and the water temperature, we do not believe "
                              "that we're going to find any of these divers still alive."));
  CHECK_FALSE(QuoteTheSameStatement("Based on the length of time we have searched and the water temperature, we do not believe "
                                    "we will find any of these divers alive.",
                                    "The changing currents have made the water dangerous for the divers, and the search boats "
                                    "will stay out overnight."));
  // One fact in two speakers' words: SayTheSameThing, but two statements.
  const char* wire = "the operators of the Valdoria container port agreed on Monday to extend the night shifts by two hours from May";
  const char* minister = "The operators have agreed to add two hours to every night shift from May";
  CHECK(dossier::SayTheSameThing(wire, minister));
  CHECK_FALSE(QuoteTheSameStatement(wire, minister));
}

TEST_CASE("ShareContentWord: the words around one value, of one thing or of two") {
  CHECK(dossier::ShareContentWord("contract that offered a  raise.", "The  raise won by the machinists"));
  CHECK(dossier::ShareContentWord("deposit rate was lowered to  , bringing it", "benchmark rate to  from 4pc interest rate"));
  CHECK_FALSE(dossier::ShareContentWord("Security said  of its customers had installed", "About  of the retailers in the index"));
  CHECK_FALSE(dossier::ShareContentWord("which had surged  this year", "and  of retailer and wholesaler"));
}
