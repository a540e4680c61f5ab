// Checks for the dates and datetimes that inputs carry (ISO 8601 / RFC 3339 profiles).
#pragma once

#include <string_view>

namespace dossier {

// "YYYY-MM-DD" naming a real calendar day (leap years included).
bool IsValidDate(std::string_view s);

// "YYYY-MM-DD", or an RFC 3339 datetime "YYYY-MM-DDTHH:MM[:SS[.fff…]](Z|±HH:MM)".
bool IsValidDateOrDateTime(std::string_view s);

}  // namespace dossier
