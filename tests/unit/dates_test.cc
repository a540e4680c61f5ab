#include <catch2/catch.hpp>

#include <string>

#include "util/dates.h"

using namespace dossier;

TEST_CASE("DateFromDays counts calendar days from 1970-01-01, leap days included", "[dates]") {
  REQUIRE(DateFromDays(0) == "1970-01-01");
  REQUIRE(DateFromDays(-1) == "1969-12-31");
  REQUIRE(DateFromDays(18262) == "2020-01-01");
  REQUIRE(DateFromDays(18262 + 59) == "2020-02-29");
  REQUIRE(DateFromDays(18262 + 60) == "2020-03-01");
  REQUIRE(DateFromDays(20454) == "2026-01-01");
  REQUIRE(DateFromDays(11016) == "2000-02-29");  // 2000 is a leap year, 1900 and 2100 are not
  REQUIRE(DateFromDays(47541) == "2100-03-01");
  for (int64_t day = 0; day < 60000; day += 7) REQUIRE(IsValidDate(DateFromDays(day)));
}

TEST_CASE("DaysFromCivil is the inverse of DateFromDays", "[dates]") {
  REQUIRE(DaysFromCivil(1970, 1, 1) == 0);
  REQUIRE(DaysFromCivil(1969, 12, 31) == -1);
  REQUIRE(DaysFromCivil(2020, 2, 29) == 18262 + 59);
  REQUIRE(DaysFromCivil(2100, 3, 1) == 47541);
  for (int64_t day = -800; day < 60000; day += 13) {
    const std::string date = DateFromDays(day);
    REQUIRE(DaysFromCivil(std::stoi(date.substr(0, 4)), std::stoi(date.substr(5, 2)), std::stoi(date.substr(8, 2))) == day);
  }
}

TEST_CASE("DaysOfDate counts the days to a valid date and refuses any other", "[dates]") {
  CHECK(DaysOfDate("1970-01-01") == 0);
  CHECK(DaysOfDate("2024-03-01") == DaysFromCivil(2024, 3, 1));
  CHECK(*DaysOfDate("2024-11-05") - *DaysOfDate("2024-09-13") == 53);
  CHECK_FALSE(DaysOfDate("2024-02-30").has_value());
  CHECK_FALSE(DaysOfDate("2024-9-13").has_value());
  CHECK_FALSE(DaysOfDate("").has_value());
}
