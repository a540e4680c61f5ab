// Values of extractor v14 (issue 15) from real commodity, energy, farm, tennis, cricket and health
// pages: the symbols of commodity reports with their scale and per-unit, Chinese cubic metres and
// barrels, spelled numbers side by side, incidences in a round population, a population understood
// after "per million", tie-breaks glued to a set, a zone's offset, ages going on with "and", past
// verbs after a count and hyphenated adjectives before a counted noun.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/figure.h"
#include "support/figure_lookup.h"

using namespace dossier;

namespace {

// The one figure `surface` of `text` is a quantity of `value` in `unit`.
void CheckQuantity(const std::string& text, const std::string& surface, double value, const std::string& unit) {
  const Figure f = OnlyFigure(text, surface);
  CHECK(f.kind == FigureKind::kQuantity);
  CHECK(f.value == Approx(value));
  CHECK(f.unit == unit);
}

}  // namespace

TEST_CASE("Commodity symbols hold their scale and per-unit", "[figures][values]") {
  // Barrels a day however written are a rate in barrels per day, as "barrels a day" is.
  for (const char* surface : {"850,000 b/d", "850,000 bpd", "850,000 barrels a day"}) {
    const Figure oil = OnlyFigure(std::string("The Quessar field pumped ") + surface + " in May.", surface);
    CHECK(oil.kind == FigureKind::kRate);
    CHECK(oil.value == Approx(850000));
    CHECK(oil.unit == "barrels");
    CHECK(oil.per == "day");
    CHECK(oil.metric == "production");
  }
  const Figure mbd = OnlyFigure("Velmoran exports reached 1.2 mb/d.", "1.2 mb/d");
  CHECK(mbd.value == Approx(1.2e6));
  CHECK(mbd.per == "day");
  // The symbols that hold a scale are units as written, as "GW" is.
  CheckQuantity("The Harnwick terminal can ship 7.5 mtpa of LNG.", "7.5 mtpa", 7.5, "mtpa");
  CheckQuantity("The Orsa harvest is put at 21 MMT, against 706 Mt worldwide.", "21 MMT", 21, "mmt");
  CHECK(OnlyFigure("The Orsa harvest is put at 21 MMT, against 706 Mt worldwide.", "706 Mt").unit == "Mt");
  CHECK(OnlyFigure("Flows through the Karsk line fell to 42 mcm/d.", "42 mcm/d").unit == "mcm/d");
  CHECK(OnlyFigure("Tervia bought 15.5 bcm last year.", "15.5 bcm").value == Approx(15.5));
  CHECK(OnlyFigure("The wheat area fell to 26.5 Mha.", "26.5 Mha").unit == "Mha");
  // A scale letter apart from the unit is a scale: "220.2 M ha".
  CheckQuantity("The wheat area fell to 220.2 M ha.", "220.2 M ha", 2.202e8, "ha");
  // Tons are tonnes; a "from" figure takes the symbol's per-unit written once after the other.
  CheckQuantity("Trade reached a record 411.2 million tons.", "411.2 million tons", 4.112e8, "t");
  CHECK(OnlyFigure("Output fell from 60 to 42 b/d.", "60").per == "day");
  // A word that only starts like a symbol is none: "Mtwara", "bcms".
  CHECK(Surfaces("The Mtwara port handled 12 Mtwara cargoes.") == std::vector<std::string>{"12 Mtwara cargoes"});
}

TEST_CASE("Chinese cubic metres, barrels and wells", "[figures][values]") {
  const Figure gas = OnlyFigure("天然气产量1329亿立方米,同比增长10.7%。", "1329亿立方米");
  CHECK(gas.kind == FigureKind::kQuantity);
  CHECK(gas.value == Approx(1.329e11));
  CHECK(gas.unit == "m3");
  const Figure oil = OnlyFigure("去年12月的原油日進口量首次突破700萬桶。", "700萬桶");
  CHECK(oil.value == Approx(7e6));
  CHECK(oil.unit == "\xe6\xa1\xb6");  // 桶
  CHECK(OnlyFigure("成功开发5口油井实现量产。", "5口油井").unit == "\xe6\xb2\xb9\xe4\xba\x95");  // 油井
}

TEST_CASE("Spelled numbers side by side are two", "[figures][values]") {
  const Figure matches = OnlyFigure("Velmora won the first of five one-day internationals.", "five one-day internationals");
  CHECK(matches.kind == FigureKind::kCount);
  CHECK(matches.value == 5);
  CHECK(matches.unit == "internationals");
  // Numbers English writes in several words stay one.
  CHECK(OnlyFigure("It hired two hundred forty-five thousand people.", "two hundred forty-five thousand people").value == 245000);
  CHECK(OnlyFigure("It took thirty-one days.", "thirty-one days").value == 31);
}

TEST_CASE("An incidence in a round population is one proportion", "[figures][values]") {
  const Figure incidence = OnlyFigure("The incidence in Orsk was 3.1 out of 100,000 people.", "3.1 out of 100,000 people");
  CHECK(incidence.kind == FigureKind::kRate);
  CHECK(incidence.value == Approx(3.1));
  CHECK(incidence.per == "100,000 people");
  CHECK(OnlyFigure("Tervia reported 45 in 1,000 births.", "45 in 1,000 births").per == "1,000 births");
  // Not a whole that is no round population: "scored 25 in 30 games".
  CHECK(Surfaces("Halvik scored 25 in 30 games.") == std::vector<std::string>{"25", "30 games"});
  // A cricket side's wickets after its runs are no part of a whole.
  CHECK(Surfaces("Marrin Vale made 286 for seven in 50 overs.") == std::vector<std::string>{"286", "50 overs"});
  // A population understood after "per million".
  const Figure deaths = OnlyFigure("Velmora counted 3 deaths per million.", "3 deaths per million");
  CHECK(deaths.kind == FigureKind::kRate);
  CHECK(deaths.per == "million");
}

TEST_CASE("A tie-break glued to its set leaves the sets two counts each", "[figures][values]") {
  CHECK(Surfaces("The 6-7(2) 6-2 7-6(5) win over Orlov was his third.") ==
        std::vector<std::string>{"6", "7", "6", "2", "7", "6"});
}

TEST_CASE("Zones, ages, verbs and hyphenated adjectives", "[figures][values]") {
  CHECK(Surfaces("Published 10:02 AM GMT+1. Orsk Steel cut 1,200 jobs.") == std::vector<std::string>{"1,200 jobs"});
  CHECK(Surfaces("Ferrand, 30 and winning his 16th title, beat Orlov 6-2, 6-2.") ==
        std::vector<std::string>{"6", "2", "6", "2"});
  // A count before "and" and a name is no age: "the Greens 12 and the Liberals 8" (no comma).
  const Figure members = OnlyFigure("Some 341 members got over half the vote and 201 got less.", "201");
  CHECK(members.unit.empty());
  const Figure deaths = OnlyFigure("About 124 dengue fever-induced deaths were reported.", "124 dengue fever-induced deaths");
  CHECK(deaths.unit == "deaths");
}
