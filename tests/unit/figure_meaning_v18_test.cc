// Subjects and metrics of extractor v18 (issue 15), from the shapes of real jobs, inflation, election
// and energy wire copy that v17 misread: a statistics office named as the publisher of a report or
// its estimates, and a statistics chief named in an apposition, read as the owner of the economy's
// numbers; a description of a person before a title ("Incumbent Ostrian President …") and a party's
// name cut at its possessive ("Free Citizens' Party") read as names.
#include <catch2/catch.hpp>

#include <string>

#include "dossier/figure.h"
#include "support/figure_lookup.h"

using namespace dossier;

TEST_CASE("v18 subject: an office that publishes a report or estimates owns none of its numbers", "[figures][subject]") {
  const std::string text =
      "Pellmark hiring slows\n\n"
      "Pellmark's economy added 84,000 jobs in March. The Employment Department's closely watched payrolls report, "
      "out on Friday, showed the jobless rate at 5.6%.\n\n"
      "According to the latest Employment Department estimates, payrolls rose 61,000 in February.";
  CHECK(SubjectOf(text, "5.6%") != "Employment Department");
  CHECK(MetricOf(text, "5.6%") == "unemployment rate");
  CHECK(SubjectOf(text, "61,000") != "Employment Department");
}

TEST_CASE("v18 subject: a statistics chief in an apposition speaks for the office, not for the number", "[figures][subject]") {
  const std::string text =
      "Vassary inflation cools\n\n"
      "Vassary's consumer prices rose 2.71% in October from a year earlier, said Tomas Brekke, the statistics agency "
      "chief. Core inflation slowed to 2.2%, Brekke said.";
  CHECK(SubjectOf(text, "2.71%") != "Tomas Brekke");
  CHECK(SubjectOf(text, "2.2%") != "Tomas Brekke");
  CHECK(MetricOf(text, "2.2%") == "inflation");
}

TEST_CASE("v18 subject: a people's word before a title describes the person, and a party's possessive is its name's", "[figures][subject]") {
  const std::string text =
      "Ostria votes\n\n"
      "Incumbent Ostrian President Harald Venn won 51.2% of the vote, while the Free Citizens' Party took 31 seats and "
      "the opposition Farmers' Alliance won 12 seats.";
  CHECK(SubjectOf(text, "51.2%") == "Harald Venn");
  CHECK(SubjectOf(text, "31 seats") == "Free Citizens' Party");
  CHECK(SubjectOf(text, "12 seats") == "Farmers' Alliance");
  // A person's possessive still ends the name: "Venn's party" is no part of it.
  const std::string person = "Ostria votes\n\nHarald Venn's Unity Party won 40 seats.";
  CHECK(SubjectOf(person, "40 seats") == "Unity Party");
  // "Leader" is a title: "NDP Leader Lorna Mikkel" names the party and its leader apart.
  const std::string poll =
      "Ostria poll\n\nNDP Leader Lorna Mikkel kept top spot. The NDP dropped from 37 per cent to 33 per cent.";
  CHECK(SubjectOf(poll, "37 per cent") == "NDP");
}

TEST_CASE("v18 metric: \"the rate\" goes on measuring the paragraph's rate, and \"yield\" as a verb is none", "[figures][metric]") {
  const std::string text =
      "Dravian prices\n\n"
      "The yearly inflation rate in Dravia settled at 9.4 percent. Earlier in the year, the rate fell by 0.4 percentage "
      "points in May, then dropped to 8.1 percent in June.\n\n"
      "The sale is set to yield a £2.2m windfall for Ostby Rovers.";
  CHECK(MetricOf(text, "0.4 percentage points") == "inflation");
  CHECK(MetricOf(text, "8.1 percent") == "inflation");
  CHECK(MetricOf(text, "£2.2m") != "yield");
  // A bank's "rate" is its own, not the inflation named before it.
  const std::string bank =
      "Dravia holds\n\nInflation in Dravia was 4.2 percent in May. The central bank kept the rate at 6.75 percent.";
  CHECK(MetricOf(bank, "6.75 percent") != "inflation");
  // A bond's yield stays one.
  CHECK(MetricOf("Dravian ten-year yields rose to 4.1% on Monday.", "4.1%") == "yield");
}

TEST_CASE("v18 subject: a poll's margin of error is no one's, however its sentence opens", "[figures][subject]") {
  const std::string text = "Exit poll\n\nThe Velmar Union won 41 percent. Margin of error is 3.5 percent.";
  CHECK(SubjectOf(text, "41 percent") == "Velmar Union");
  CHECK(SubjectOf(text, "3.5 percent") == "-");
}

TEST_CASE("v18 subject: a clause opening with a participle goes on with the clause before's subject", "[figures][subject]") {
  const std::string text =
      "Ostria votes\n\n"
      "Lena Marsk had hoped to force a run-off, but failed as Harald Venn swept the vote in the first round, "
      "receiving 53.1 percent of the ballots.";
  CHECK(SubjectOf(text, "53.1 percent") == "Harald Venn");
}

TEST_CASE("v18 subject: statistics offices by their own names, their possessors and bylines own nothing", "[figures][subject]") {
  const std::string text =
      "Marovian growth\n\n"
      "By Petra Lindqvist\n"
      "Marovia's economy grew 0.4% in the second quarter, the country's statistics office said. Marostat also "
      "confirmed that employment rose 0.7% on the quarter.\n\n"
      "Growth in the currency bloc was 0.2%, the bloc's statistics agency said, and prices rose 1.9%, Velstat "
      "reported. Temperatures reached 41.5 degrees Celsius.";
  CHECK(SubjectOf(text, "0.4%") == "Marovia");
  CHECK(SubjectOf(text, "0.7%") != "Marostat");
  CHECK(SubjectOf(text, "0.7%") != "Petra Lindqvist");
  CHECK(SubjectOf(text, "1.9%") != "Velstat");
  CHECK(SubjectOf(text, "41.5 degrees Celsius") != "Celsius");
  const std::string union_text =
      "Euro area\n\nGrowth in the euro area was 0.1% in the quarter, the EU's statistics agency said on Tuesday.";
  CHECK(SubjectOf(union_text, "0.1%") != "EU");
}

TEST_CASE("v18 subject: prize money is the winner's it goes to, not the tournament's", "[figures][subject]") {
  const std::string text =
      "Harrowgate Open purse\n\n"
      "Last year's Harrowgate Open paid out $14 million with $2.5 million going to champion Teodor Vask. The "
      "Kessler Classic paid a record $1.9m to winner Ines Morrow.";
  CHECK(SubjectOf(text, "$14 million") == "Harrowgate Open");
  CHECK(SubjectOf(text, "$2.5 million") == "Teodor Vask");
  CHECK(SubjectOf(text, "$1.9m") == "Ines Morrow");
}

TEST_CASE("v18 metric: money counts no people, and a share before a count of ballot boxes is still a share", "[figures][metric]") {
  const std::string jobs =
      "Pellmark jobs\n\nAverage hourly earnings of employees on private payrolls edged up a cent to $31.40.";
  CHECK(MetricOf(jobs, "$31.40") != "employees");
  const std::string vote =
      "Ostria count\n\nHarald Venn got 49.35% of the vote with 100% of ballot boxes counted, while Lena Marsk gained 45%.";
  CHECK(MetricOf(vote, "49.35%") == "vote share");
  CHECK(MetricOf(vote, "100%") == "-");
}

TEST_CASE("v18 metric and subject: money for a footballer named by position is a transfer fee, the player's", "[figures][metric]") {
  const std::string text =
      "Ostby Rovers sign Kell\n\n"
      "Ostby Rovers have signed striker Joren Kell for £9m. The club spent £2.5m to acquire Dravian winger Ivo Tamm "
      "last week, and the £6.2m Harcastle paid Brenby for midfielder Sami Oduya in 2019 remains the league's record.";
  CHECK(MetricOf(text, "£9m") == "transfer fee");
  CHECK(SubjectOf(text, "£9m") == "Joren Kell");
  CHECK(MetricOf(text, "£2.5m") == "transfer fee");
  CHECK(SubjectOf(text, "£2.5m") == "Ivo Tamm");
  CHECK(SubjectOf(text, "£6.2m") == "Sami Oduya");
  // A wage per week is no fee; a club's revenue stays revenue.
  CHECK(MetricOf("Striker pay\n\nThe club pays striker Joren Kell £80,000 a week.", "£80,000 a week") != "transfer fee");
  CHECK(MetricOf("Rovers results\n\nRovers' revenue rose to £48m after they sold striker Joren Kell.", "£48m") == "revenue");
}
