// The noun a count counts when nouns qualify it (issue 15): "100,000 mpox vaccine doses" counts doses,
// so that `trace '100,000 doses'` finds it and two sources' counts of one thing can be compared; and
// no figure in a name's number.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/figure.h"
#include "support/figure_lookup.h"

using namespace dossier;

TEST_CASE("A count's noun is the plural after the singular nouns that qualify it", "[figures][values]") {
  CHECK(OnlyFigure("Kamora received its first batch of 100,000 mpox vaccine doses on Thursday.", "100,000 mpox vaccine doses").unit ==
        "doses");
  CHECK(OnlyFigure("The port handled 4,200 cargo containers.", "4,200 cargo containers").unit == "containers");
  // A plural right after the number is its noun, as before.
  CHECK(OnlyFigure("About 380,000 doses have been promised.", "380,000 doses").unit == "doses");
}

TEST_CASE("The number of a disease's name is no figure, in any case it is written", "[figures][values]") {
  for (const char* name : {"COVID-19", "Covid-19", "covid-19"}) {
    CHECK(Surfaces(std::string("We learned from ") + name + " and want no repeat.").empty());
  }
}
