// The initials of a name (src/extract/name_initials.h), which match an acronym to the longer name
// it stands for in both the claims' name index and the figures' subject reader.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/name_initials.h"

using dossier::extract::InitialsOf;
using dossier::extract::IsInitialsOf;

TEST_CASE("initials: capitalised words give a letter each, joiners none", "[names][initials]") {
  CHECK(InitialsOf("European Central Bank") == "ECB");
  CHECK(InitialsOf("Office for National Statistics") == "ONS");
  CHECK(InitialsOf("Reserve Bank of Australia") == "RBA");
  CHECK(InitialsOf("the bank") == "");
  CHECK(InitialsOf("") == "");
  // A capital inside a word is no initial.
  CHECK(InitialsOf("OpenAI Group") == "OG");
  CHECK(InitialsOf(std::vector<std::string>{"Office", "for", "National", "Statistics"}) == "ONS");
  CHECK(InitialsOf(std::vector<std::string>{"", "Bank"}) == "B");
}

TEST_CASE("initials: an acronym is two capitals at least, matched whole", "[names][initials]") {
  const std::vector<std::string> ons = {"Office", "for", "National", "Statistics"};
  CHECK(IsInitialsOf("ONS", ons));
  CHECK_FALSE(IsInitialsOf("ON", ons));
  CHECK_FALSE(IsInitialsOf("Ons", ons));
  CHECK_FALSE(IsInitialsOf("O", {"Office"}));
  CHECK(IsInitialsOf("EB", {"Energy", "Board"}));
  // The body's own initials without the place that owns it, from three letters.
  const std::vector<std::string> dshs = {"Texas", "Department", "of", "State", "Health", "Services"};
  CHECK(IsInitialsOf("DSHS", dshs));
  CHECK(IsInitialsOf("TDSHS", dshs));
  CHECK_FALSE(IsInitialsOf("SHS", dshs));
  CHECK_FALSE(IsInitialsOf("EB", {"Harbor", "Energy", "Board"}));
}
