// Subjects and metrics of extractor v13 (issue 15), from the shapes of real labour and results copy
// that v12 misread: a union's members and its long name, a list item's first word, a common word
// opening a sentence before a plural noun, forecasters read as a good, and a figure with a noun of
// its own given a metric from another clause.
#include <catch2/catch.hpp>

#include <string>

#include "dossier/figure.h"
#include "support/figure_lookup.h"

using namespace dossier;

TEST_CASE("v13 subject: the members of an organisation count as the organisation's", "[figures][subject]") {
  CHECK(SubjectOf("Members of the Quillmarsh Nurses Guild voted 81% in favour on Friday.", "81%") == "Quillmarsh Nurses Guild");
  CHECK(SubjectOf("Shareholders of Ombrevale Freight backed the plan with 64% support.", "64%") == "Ombrevale Freight");
  // A body whose name opens with a plural keeps it whole ("Centers for …" is no members' word).
  CHECK(SubjectOf("Bank of Tarnwick lifted its profit 9% on Monday.", "9%") == "Bank of Tarnwick");
}

TEST_CASE("v13 subject: \"and\" between people after \"of\" is inside one name", "[figures][subject]") {
  const std::string text =
      "The Guild of Riveters and Harbour Welders represents 18,400 workers at the Pellmoor yards.";
  CHECK(SubjectOf(text, "18,400 workers") == "Guild of Riveters and Harbour Welders");
  // Two organisations stay two: a place after "of" is no members' word.
  const std::string two = "The Bank of Ostland and Harlow Capital together lent $2 billion.";
  CHECK(SubjectOf(two, "$2 billion") == "Bank of Ostland and Harlow Capital");
  CHECK(OnlyFigure(two, "$2 billion").subject.has_value());
}

TEST_CASE("v13 subject: a list item's first word and a common word before a plural noun are no names", "[figures][subject]") {
  const std::string results =
      "Veltrane misses estimates\n\nVeltrane Software missed estimates on Monday.\n\nHere's how the company did:\n"
      "- Earnings: $1.12 per share, adjusted.\n"
      "- Revenue: $4.2 billion.\n";
  CHECK(SubjectOf(results, "$1.12 per share") == "Veltrane Software");
  CHECK(MetricOf(results, "$1.12 per share") == "earnings per share");
  CHECK(SubjectOf(results, "$4.2 billion") == "Veltrane Software");
  CHECK(SubjectOf("Harrowgate Aero offered a new contract on Sunday. Union members also will receive 3 percent annual raises.",
                  "3 percent") != "Union");
}

TEST_CASE("v13 subject: forecasters opening a sentence name no good whose price it is", "[figures][subject]") {
  CHECK(SubjectOf("Economists were expecting prices to rise 0.3% over the month.", "0.3%") != "economists");
}

TEST_CASE("v13 metric: a figure with a noun of its own takes no metric from another clause", "[figures][metric]") {
  const std::string offer =
      "The offer includes a 25% wage increase over four years and a $9,000 signing bonus, the company said, after it "
      "pledged to invest in the plant.";
  CHECK(MetricOf(offer, "25%") == "-");
  CHECK(MetricOf(offer, "$9,000") == "-");
  CHECK(MetricOf("Corvell Air filed a $25 billion shelf registration on Monday, weeks after revenue fell.", "$25 billion") == "-");
  // A metric in the figure's own noun, or in its own clause, is still read.
  CHECK(MetricOf("Corvell Air is carrying a $60 billion debt burden, and output has slowed.", "$60 billion") == "debt");
  CHECK(MetricOf("Revenue rose 5% last year, the company said.", "5%") == "revenue");
  CHECK(MetricOf("Quarterly revenue was $3.1 billion, the company said.", "$3.1 billion") == "revenue");
}

TEST_CASE("v13 subject: figures before \"respectively\" are each member's of the list, in written order", "[figures][subject]") {
  const std::string text = "Sales at Drummond Foods and Pellcrest rose 4% and 6% respectively.";
  CHECK(SubjectOf(text, "4%") == "Drummond Foods");
  CHECK(SubjectOf(text, "6%") == "Pellcrest");
  const std::string seats = "According to the projections, the CVU, GRL and RLP are set to secure 132, 81 and 79 seats respectively.";
  CHECK(SubjectOf(seats, "132") == "CVU");
  CHECK(SubjectOf(seats, "81") == "GRL");
  CHECK(SubjectOf(seats, "79 seats") == "RLP");
  // Without "respectively" the figures stay the list's.
  CHECK(SubjectOf("Drummond Foods and Pellcrest together sold 4,000 tonnes.", "4,000 tonnes") == "Drummond Foods and Pellcrest");
}

TEST_CASE("v13 subject: a kicker in capitals before a colon, and a word before people it describes, are no names",
          "[figures][subject]") {
  const std::string text = "Harrowgate Aero reached a deal on Sunday.\n\nDEAL: The contract raises wages 38% over four years.\n";
  CHECK(SubjectOf(text, "38%") != "DEAL");
  CHECK(SubjectOf("Dengue spread across Marovia this year. Health authorities in Marovia have reported 41,754 confirmed cases.",
                  "41,754 confirmed cases") == "Marovia");
}

TEST_CASE("v13 metric: a percentage of the votes is a vote share, and how far a count has got no party's share",
          "[figures][metric]") {
  const std::string text =
      "Voters in Brennmoor elected a new parliament on Sunday, and turnout was high. With 99.8 percent of the ballot boxes "
      "counted, the Civic Union received 40.8 percent of the votes and the Greens 25.1 percent.";
  CHECK(MetricOf(text, "40.8 percent") == "vote share");
  CHECK(MetricOf(text, "99.8 percent") == "-");
}

TEST_CASE("v13 subject: a calendar duration and the whole a part is counted out of are no one's", "[figures][subject]") {
  const std::string strike = "Machinists at Harrowgate Aero ended a 53-day strike after the company offered raises over four years.";
  CHECK(SubjectOf(strike, "53-day") == "-");
  CHECK(SubjectOf(strike, "four years") == "-");
  // A time in a race is the runner's.
  CHECK(SubjectOf("Joseph Kiprono won the men's race in 2:06:18.", "2:06:18") == "Joseph Kiprono");
  const std::string seats = "The Larkspur Alliance won 94 of the 210 seats in Sunday's election.";
  CHECK(SubjectOf(seats, "94") == "Larkspur Alliance");
  CHECK(SubjectOf(seats, "210 seats") == "-");
}

TEST_CASE("v13 subject: an economy's measure is the place before the office that releases it", "[figures][subject]") {
  CHECK(SubjectOf("Head\n\nThe Consumer Price Index rose 0.1% in November, according to the U.S. Bureau of Labor Statistics.\n",
                  "0.1%") == "U.S.");
}

TEST_CASE("v13 metric: the percentage a body voted by is a vote share", "[figures][metric]") {
  CHECK(MetricOf("Machinists at Harrowgate Aero voted 59 percent to accept the offer.", "59 percent") == "vote share");
  CHECK(MetricOf("Members voted to reject the latest contract by 94.6%.", "94.6%") == "vote share");
  CHECK(MetricOf("The vote to authorize a strike was 96%.", "96%") == "vote share");
  // A vote on something measured in percent names that measure, not a share of the vote.
  CHECK(MetricOf("Shareholders voted to approve a 5% rise in the dividend.", "5%") != "vote share");
}

TEST_CASE("metric: barrels a day of demand, consumption or exports are no production", "[figures][meaning][metric]") {
  CHECK(MetricOf("Global oil demand will rise by 1.1 million barrels per day in 2027.", "1.1 million barrels per day") == "-");
  CHECK(MetricOf("The agency expects consumption to drop by 1.3 million bpd to 19.1 million bpd.", "19.1 million bpd") == "-");
  CHECK(MetricOf("Varland's crude exports rose 3% to 2.1 million bpd.", "2.1 million bpd") == "-");
  CHECK(MetricOf("Crude production by the Alliance of Southern Oil Exporters fell to 25.7 million barrels per day.",
                  "25.7 million barrels per day") == "production");
  CHECK(MetricOf("Varland pumped 3.2 million bpd in October.", "3.2 million bpd") == "production");
}
