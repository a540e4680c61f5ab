#include <catch2/catch.hpp>

#include "brief/same_question.h"

using dossier::AskSameThing;

TEST_CASE("AskSameThing: a curated question rewording a source's question is the same question") {
  CHECK(AskSameThing("Will the harbour board approve the ferry fare rise before the October timetable?",
                     "Is the harbour board going to approve the fare rise for ferries ahead of October's timetable?"));
  CHECK(AskSameThing("How much of the promised grid investment will actually be deployed, and how much quietly dropped?",
                     "How much of the grid money announced so far will be deployed, and how much will quietly vanish?"));
  // Case and inflection: the first five letters of words of four or more.
  CHECK(AskSameThing("CAN REGULATORS SATISFY INVESTORS ABOUT DEPLOYMENT COSTS?",
                     "Could regulators ever satisfy the investors asking about deployment costs?"));
  // Chinese: ICU's dictionary words, two characters or more, whole.
  CHECK(AskSameThing("电网升级计划能否在明年之前获得监管机构批准？", "监管机构会在明年之前批准电网升级计划吗？"));
}

TEST_CASE("AskSameThing: questions that only share a topic, or a few words, are different questions") {
  CHECK_FALSE(AskSameThing("Will the harbour board approve the ferry fare rise before October?",
                           "Who will pay for the harbour board's new ferries?"));
  CHECK_FALSE(AskSameThing("Is the cache counted on prefill?",
                           "Can per-token cost figures be compared across vendors when some count cached prefill tokens?"));
  CHECK_FALSE(AskSameThing("电网升级计划能否获得批准？", "新能源汽车的销量明年会增长吗？"));
  CHECK_FALSE(AskSameThing("", "Will it pass?"));
}
