// The one dateline reader (extract/datelines.h) that figures, claims and the briefing's lede share,
// on the wire shapes of real reports: a place in capitals, a date, an agency in brackets (with a
// dash of its own inside), an outlet in brackets with no dash, a Han agency's 电. Every text is made up.
#include <catch2/catch.hpp>

#include <string>

#include "dossier/claim.h"
#include "extract/datelines.h"
#include "support/claim_lookup.h"

using namespace dossier;
using extract::DatelineLength;

namespace {
size_t Length(std::string_view dateline) { return dateline.size(); }
}  // namespace

TEST_CASE("A wire dateline is a place, date and agency before a dash", "[dateline]") {
  CHECK(DatelineLength("LONDON, Sept 21 (Reuters) - The Bank") == Length("LONDON, Sept 21 (Reuters) - "));
  CHECK(DatelineLength("Nov 21 (Reuters) - Safety equipment maker") == Length("Nov 21 (Reuters) - "));
  CHECK(DatelineLength("Minneapolis (CNN) \xE2\x80\x94 For the first time") == Length("Minneapolis (CNN) \xE2\x80\x94 "));
  CHECK(DatelineLength("ESSEN, 7. August 2025 \xE2\x80\x93 Der Versorger") == Length("ESSEN, 7. August 2025 \xE2\x80\x93 "));
  CHECK(DatelineLength("BEIJING \xE2\x80\x94 The ministry") == Length("BEIJING \xE2\x80\x94 "));
  CHECK(DatelineLength("WASHINGTON (AP) \xE2\x80\x94 Senators") == Length("WASHINGTON (AP) \xE2\x80\x94 "));
  CHECK(DatelineLength("ST. ELLIS, Minn. (AP) -- A county") == Length("ST. ELLIS, Minn. (AP) -- "));
  // The agency's bracket may hold a dash of its own; the dateline ends at the dash after it.
  CHECK(DatelineLength("HOUSTON (Wirewatch / Energy Desk - March 3) - The refiner said") ==
        Length("HOUSTON (Wirewatch / Energy Desk - March 3) - "));
  // Unspaced dashes: "(Reuters) -The", "BEIJING\xE2\x80\x94The".
  CHECK(DatelineLength("LONDON (Reuters) -The central bank") == Length("LONDON (Reuters) -"));
  CHECK(DatelineLength("BEIJING\xE2\x80\x94The ministry") == Length("BEIJING\xE2\x80\x94"));
  // An outlet in brackets opening the line, with or without a dash.
  CHECK(DatelineLength("(CNN) \xE2\x80\x94 The airline") == Length("(CNN) \xE2\x80\x94 "));
  CHECK(DatelineLength("(CNN)The airline said") == Length("(CNN)"));
  CHECK(DatelineLength("(Bloomberg) The bank said") == Length("(Bloomberg) "));
  // A place in capitals and a bracket naming an outlet or a date, with no dash after it.
  CHECK(DatelineLength("PORT ELLIS (Wirewatch News / Tass - 13th April, 2020) Varnia has agreed") ==
        Length("PORT ELLIS (Wirewatch News / Tass - 13th April, 2020) "));
  CHECK(DatelineLength("NEW YORK (Reuters) Stocks fell") == Length("NEW YORK (Reuters) "));
  // 新华社北京10月20日电 瑞丰
  const std::string han = "\xE6\x96\xB0\xE5\x8D\x8E\xE7\xA4\xBE\xE5\x8C\x97\xE4\xBA\xAC" "10\xE6\x9C\x88" "20\xE6\x97\xA5\xE7\x94\xB5 ";
  CHECK(DatelineLength(han + "\xE7\x91\x9E\xE4\xB8\xB0") == han.size());
}

TEST_CASE("A line with a dash in its prose opens with no dateline", "[dateline]") {
  CHECK(DatelineLength("Revenue rose 5% - the best quarter in years - to $3 billion.") == 0);
  CHECK(DatelineLength("The company (which makes chips) said - again - that") == 0);
  CHECK(DatelineLength("Acme Corp \xE2\x80\x94 the maker of anvils \xE2\x80\x94 said") == 0);
  CHECK(DatelineLength("(Updated with details) The bank said") == 0);
  CHECK(DatelineLength("NATO (North Atlantic Treaty Organization) Expands") == 0);  // no outlet, no date
  CHECK(DatelineLength("IBM (the company) Said") == 0);
  CHECK(DatelineLength("Prices held\nLONDON - The bank") == 0);  // only its own line is read
}

TEST_CASE("A claim's span starts after the dateline, whatever its shape", "[claims][dateline]") {
  CHECK(Claims("HOUSTON (Wirewatch / Energy Desk - March 3) - Refinery runs will fall by a tenth, Corra Fuels chief "
               "executive Ines Dahl said.\n") == Found{"[Ines Dahl]: Refinery runs will fall by a tenth"});
  CHECK(Claims("LONDON (Reuters) -Rates will stay on hold until the summer, deputy governor Pia Lunde said on "
               "Tuesday.\n") == Found{"[Pia Lunde]: Rates will stay on hold until the summer"});
  CHECK(Claims("(CNN)Flights will resume on Friday, airline spokesman Omar Reyes said.\n") ==
        Found{"[Omar Reyes]: Flights will resume on Friday"});
}
