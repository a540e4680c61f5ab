// Subjects and metrics of extractor v20 (issue 15), from the mechanisms that misread real economy,
// energy, election, health and sport pages of other outlets: heading lines in title case read as
// names, sides' names shouted in capitals, the other side of a score, global and national
// aggregates a forecaster publishes, sources of electricity, and the synonyms of the five beats.
#include <catch2/catch.hpp>

#include <string>

#include "dossier/figure.h"
#include "support/figure_lookup.h"

using namespace dossier;

TEST_CASE("v20 subject: a title-case heading names no one, whichever line it is", "[figures][subject]") {
  // A headline with no blank line below it: "Adds Jobs" is no name.
  const std::string headline =
      "Economy Adds Jobs, Jobless Rate Slips\n"
      "The economy added 120,000 jobs in February, the statistics office said.";
  CHECK(SubjectOf(headline, "120,000 jobs") == "-");
  // A heading below a date line, and a page's furniture line: their capitals say nothing of names.
  const std::string blog =
      "Sunday, 8 March 2026\n\n"
      "Harrowgate Top of the Northern Division\n\n"
      "The side have now scored 41 goals this season.\n";
  CHECK(SubjectOf(blog, "41 goals") == "-");
  const std::string furniture =
      "Solar grows\n\n"
      "March 2nd, 2026, Published in Articles: Grid, Articles: Storage\n\n"
      "Capacity had increased by 12 GW by the end of the year.";
  CHECK(SubjectOf(furniture, "12 GW") != "Published");
  // A line that ends as a sentence, or a score line of several numbers, is no heading.
  const std::string body = "Count\n\nHarlen Dovic's Unity Front won 40 seats.";
  CHECK(SubjectOf(body, "40 seats") == "Unity Front");
}

TEST_CASE("v20 subject: a side's name shouted in capitals inside a sentence is a name", "[figures][subject]") {
  const std::string text =
      "Midweek goals\n\n"
      "In the Northern Division, CALDER ROVERS are now top and are on a total of 36 goals.\n"
      "WESTBRIDGE are on 28 goals after nine games.";
  CHECK(SubjectOf(text, "36 goals") == "Calder Rovers");
  CHECK(SubjectOf(text, "28 goals") == "Westbridge");
  // Tickers listed in brackets stay no name, nor does a member of parliament's title.
  const std::string tickers =
      "Shares\n\nTessaly Search (TSRC, TSRCA) is up 50%in the last 12 months. Only MP candidates won 41 seats.";
  CHECK(SubjectOf(tickers, "50%") == "Tessaly Search");
  CHECK(SubjectOf(tickers, "41 seats") != "MP");
  // A dateline's capitals, before a comma or a bracket, stay no name.
  const std::string wire = "Rates\n\nTARVIK CITY, March 9 (Nordwire) - Inflation eased to 3.1% in February.";
  CHECK(SubjectOf(wire, "3.1%") != "Tarvik City");
}

// The goals of the score whose surface is `surface`, the `nth` (1-based) such number in `text`.
namespace {
std::string SideOf(const std::string& text, const std::string& surface, int nth) {
  for (const Figure& f : ExtractFigures(text)) {
    if (f.surface == surface && --nth == 0) return f.subject.value_or("-");
  }
  FAIL("no figure `" << surface << "` in: " << text);
  return "";
}
}  // namespace

TEST_CASE("v20 subject: a score's other side is named after it, and a loser's verb gives the first number to the winner", "[figures][subject]") {
  const std::string venues =
      "Results\n\n"
      "In the Northern Division, Calder Rovers drew 1-1 at home to Westbridge. Harrowgate won 3-0 away to Tollard "
      "Town. Fenwick lost 2-0 away to Ashcombe. Marlow went down 4-1 away at Kestrel Park Rangers.";
  CHECK(SideOf(venues, "1", 1) == "Calder Rovers");
  CHECK(SideOf(venues, "1", 2) == "Westbridge");
  CHECK(SideOf(venues, "3", 1) == "Harrowgate");
  CHECK(SideOf(venues, "0", 1) == "Tollard Town");
  CHECK(SideOf(venues, "2", 1) == "Ashcombe");
  CHECK(SideOf(venues, "0", 2) == "Fenwick");
  CHECK(SideOf(venues, "4", 1) == "Kestrel Park Rangers");
  CHECK(SideOf(venues, "1", 3) == "Marlow");
  // The winner is the side a verb follows, not a league named in the same sentence; the beaten side
  // may stand a few words after the verb.
  const std::string title =
      "Report\n\nOrla Vance scored twice as Harrowgate moved closer to the Northern Division title with a 2-0 win at "
      "Tollard Town. Calder Rovers beat previous leaders Westbridge 3-2 on Sunday.";
  CHECK(SideOf(title, "2", 1) == "Harrowgate");
  CHECK(SideOf(title, "0", 1) == "Tollard Town");
  CHECK(SideOf(title, "3", 1) == "Calder Rovers");
  CHECK(SideOf(title, "2", 2) == "Westbridge");
}

TEST_CASE("v20 subject: the world's aggregate, and a forecaster of economies owns none of its forecasts", "[figures][subject]") {
  const std::string outlook =
      "Outlook\n\n"
      "Global growth is set to reach 3.1% this year, the Tessaly Economic Forum said. The world economy grew 2.8 per "
      "cent last year. For Ostria, the OECD sees 0.7% growth this year. The IMF expects inflation in Varnia of 4.2%.";
  CHECK(SubjectOf(outlook, "3.1%") == "world");
  CHECK(SubjectOf(outlook, "2.8 per cent") == "world");
  CHECK(SubjectOf(outlook, "0.7%") == "Ostria");
  CHECK(SubjectOf(outlook, "4.2%") == "Varnia");
  // A name before "global" owns the figure; "World Bank" is a name, not the world.
  const std::string owned =
      "Results\n\nKestrel Motors said its global sales rose 4% in March. The World Bank lent $2 billion to Ostria.";
  CHECK(SubjectOf(owned, "4%") == "Kestrel Motors");
  CHECK(SubjectOf(owned, "$2 billion") != "world");
}

TEST_CASE("v20 subject: a source of electricity is the subject of its generation, capacity and share", "[figures][subject]") {
  const std::string mix =
      "Power mix\n\n"
      "Generation from renewables grew at a fast pace (+9% for wind and +14% for solar). Wind supplied 11.5% of the "
      "grid's output, and generation by wind and solar was 6.2% higher than a year before.\n"
      "New capacity in Ostria in 2025\n"
      "Solar: 4.1 gigawatts\n"
      "Coal: 0.3 gigawatts\n";
  CHECK(SubjectOf(mix, "+9%") == "wind");
  CHECK(SubjectOf(mix, "+14%") == "solar");
  CHECK(SubjectOf(mix, "11.5%") == "wind");
  CHECK(SubjectOf(mix, "6.2%") == "solar and wind");
  CHECK(SubjectOf(mix, "4.1 gigawatts") == "solar");
  CHECK(SubjectOf(mix, "0.3 gigawatts") == "coal");
  // A name owns what its clause says ("Tessaly Wind", "Varnia's wind farms"), and a fuel in prose is its
  // producer's, as a crop is.
  const std::string owned =
      "Output\n\nTessaly Wind said output was 3.1 TWh. Varnia's wind farms supplied 18% of demand. Coal output at "
      "Kestrel Mining rose 4%.";
  CHECK(SubjectOf(owned, "3.1 TWh") == "Tessaly Wind");
  CHECK(SubjectOf(owned, "18%") == "Varnia");
  CHECK(SubjectOf(owned, "4%") == "Kestrel Mining coal");
}

TEST_CASE("v20 subject: a place before its economy's measure owns it, after a preposition too", "[figures][subject]") {
  const std::string text =
      "Outlook\n\nVarnia is expected to grow 4.1% this year. The forecast for Ostria growth is 2.1% this year, and "
      "the outlook for Tessaly inflation is 3.4%.";
  CHECK(SubjectOf(text, "2.1%") == "Ostria");
  CHECK(SubjectOf(text, "3.4%") == "Tessaly");
  // A place before another noun still only describes it ("his investment in Varnian AI infrastructure").
  const std::string invest = "Deal\n\nKestrel Motors put $3 billion into Varnia infrastructure.";
  CHECK(SubjectOf(invest, "$3 billion") == "Kestrel Motors");
}

TEST_CASE("v20 subject: an exchange shares trade on and a plural acronym own no price", "[figures][subject]") {
  const std::string text =
      "Shares\n\nShares of Kestrel Motors closed 2 percent lower at $48.10 on the Varnia Stock Exchange and fell "
      "further to $46.20 in extended trading. Sales of EVs rose 9 percent.";
  CHECK(SubjectOf(text, "$46.20") == "Kestrel Motors");
  CHECK(SubjectOf(text, "9 percent") != "EVs");
}

TEST_CASE("v20 metric: the labour force's participation is no turnout, deputies are seats", "[figures][metric]") {
  const std::string jobs =
      "Jobs\n\nThe labor force participation rate, at 62.1 percent, changed little. In the vote, turnout was 58.3 percent.";
  CHECK(MetricOf(jobs, "62.1 percent") == "-");
  CHECK(MetricOf(jobs, "58.3 percent") == "turnout");
  const std::string count = "Count\n\nThe Ostrian Union leads with 212 deputies, the board said.";
  CHECK(MetricOf(count, "212 deputies") == "seats");
}

TEST_CASE("v20 subject: a wire's credit in brackets and an economy's actors own no number", "[figures][subject]") {
  const std::string text = "Jobs\n\n(VN) — Employers added 96,000 jobs in March, the labour office said.";
  CHECK(SubjectOf(text, "96,000 jobs") == "-");
}

TEST_CASE("v20 subject: capitals in brackets after a name stand for it wherever the text writes them", "[figures][subject]") {
  const std::string text =
      // (Capitals that are not the initials of the name, as a name in another language gives them.)
      "Count\n\nThe Ostrian Democratic Union (UDO) won 134 seats. With the official results, UDO collected 25.3 percent "
      "of the votes.";
  CHECK(SubjectOf(text, "134 seats") == "Ostrian Democratic Union");
  CHECK(SubjectOf(text, "25.3 percent") == "Ostrian Democratic Union");
}
