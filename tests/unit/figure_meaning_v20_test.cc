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
  // A dateline's capitals, before a comma or a bracket, stay no name.
  const std::string wire = "Rates\n\nTARVIK CITY, March 9 (Nordwire) - Inflation eased to 3.1% in February.";
  CHECK(SubjectOf(wire, "3.1%") != "Tarvik City");
}
