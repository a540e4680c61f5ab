#include <catch2/catch.hpp>

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
