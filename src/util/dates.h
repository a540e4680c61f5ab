// Checks for the dates and datetimes that inputs carry (ISO 8601 / RFC 3339 profiles).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dossier {

// "YYYY-MM-DD" naming a real calendar day (leap years included).
bool IsValidDate(std::string_view s);

// "YYYY-MM-DD", or an RFC 3339 datetime "YYYY-MM-DDTHH:MM[:SS[.fff…]](Z|±HH:MM)".
bool IsValidDateOrDateTime(std::string_view s);

// Days from 1970-01-01 to the calendar day y-m-d (proleptic Gregorian; Howard Hinnant's
// days_from_civil), negative before it.
int64_t DaysFromCivil(int64_t year, int month, int day);

// Days from 1970-01-01 to the day a valid "YYYY-MM-DD" names, else nullopt.
std::optional<int64_t> DaysOfDate(std::string_view date);

// The calendar day `days` days after 1970-01-01 (proleptic Gregorian), as "YYYY-MM-DD".
// REQUIRES: the year falls in 0000–9999.
std::string DateFromDays(int64_t days);

}  // namespace dossier
