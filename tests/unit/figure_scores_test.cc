// Values of extractor v9 (issue 15) from real sport and statistics pages: scores of every sport
// (basketball's three digits, score lines with a team either side, records in brackets, sets),
// a goalless draw, race times, and a move in thousands to a scaled level.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/figure.h"
#include "support/figure_lookup.h"

using namespace dossier;

TEST_CASE("A basketball score or a tally of three digits is two counts, a model's variant none", "[figures][values]") {
  CHECK(Surfaces("Boston beat the Lakers 112-104 on Sunday.") == std::vector<std::string>{"112", "104"});
  CHECK(Surfaces("The House voted 218-212 for the bill.") == std::vector<std::string>{"218", "212"});
  CHECK(Surfaces("The Boeing 747-400 was retired after 30 years.") == std::vector<std::string>{"30 years"});
  CHECK(Surfaces("Deliveries of the Boeing 737-8 resumed with 12 jets, and of the Boeing 787-10 with 3 jets.") ==
        std::vector<std::string>{"12 jets", "3 jets"});
  CHECK(Surfaces("Miami edged the Nets 101-99 in overtime.") == std::vector<std::string>{"101", "99"});
  CHECK(Surfaces("India made 250-6 before the rain came.") == std::vector<std::string>{"250", "6"});
  CHECK(Surfaces("Sales grew 120-150 units a week.").size() == 1);  // rising, three digits: still a range
}

TEST_CASE("A score line with a team on each side, records and sets are each side's counts", "[figures][values]") {
  CHECK(Surfaces("Chelsea 0 \xe2\x80\x93 1 Manchester City") == std::vector<std::string>{"0", "1"});
  CHECK(Surfaces("Heat 98, Cavaliers 95: a wild finish.\nGrizzlies 90, Thunder 89 (OT): a tip-in.") ==
        std::vector<std::string>{"98", "95", "90", "89"});
  CHECK(Surfaces("The Badgers (4-10) host the Pilots (12-3), and the Comets fell to 5-11 on the season.") ==
        std::vector<std::string>{"4", "10", "12", "3", "5", "11"});
  CHECK(Surfaces("Varga won 6-3, 4-6, 7-5.") == std::vector<std::string>{"6", "3", "4", "6", "7", "5"});
  CHECK(Surfaces("He won 7-6 (7-1) 6-7 (10-12) 6-4.").size() == 10);
  CHECK(Surfaces("They lost 1-3 at home.") == std::vector<std::string>{"1", "3"});
  // Rising with nothing around that names a result, it stays a range.
  CHECK(Surfaces("Expect 4-6 weeks of delays.") == std::vector<std::string>{"4-6 weeks"});
}

TEST_CASE("A goalless draw states no figure", "[figures][values]") {
  CHECK(Surfaces("Millford and Redcastle played out a 0-0 draw before 9,500 fans.") == std::vector<std::string>{"9,500 fans"});
}

TEST_CASE("A race time is a duration in seconds, a time of day no figure", "[figures][values]") {
  const Figure marathon = OnlyFigure("Kiprono won the marathon in 2:06:18, a course record.", "2:06:18");
  CHECK(marathon.kind == FigureKind::kDuration);
  CHECK(marathon.unit == "seconds");
  CHECK(marathon.value == Approx(7578));
  CHECK(OnlyFigure("The mile went to Brandt in 3:52.41.", "3:52.41").value == Approx(232.41));
  CHECK(Surfaces("Doors open at 7:30 p.m. and close at 10:15:00.").empty());
  CHECK(Surfaces("Updated: 13-02-2026 19:05:32 IST").empty());
  CHECK(Surfaces("The meeting ends 11:45:00 GMT.").empty());
}

TEST_CASE("A move written in thousands keeps its own scale beside a scaled level", "[figures][values]") {
  const std::string text = "Employment increased by 578,000 to 155.6 million, and sales rose from 9,000 to 9,500 crore.";
  CHECK(OnlyFigure(text, "578,000").value == Approx(578000));
  CHECK(OnlyFigure(text, "155.6 million").value == Approx(155.6e6));
  CHECK(OnlyFigure("Capex of \xe2\x82\xb9" "9,000\xe2\x80\x93" "9,500 crore is planned.", "\xe2\x82\xb9" "9,000\xe2\x80\x93" "9,500 crore").value ==
        Approx(9e10));
}
