// Subjects and metrics of extractor v12 (issue 15), from the shapes of real wire copy that v11
// misread: forecasters and data opening a sentence, a department that reports an economy's
// numbers, a place before "-based", a company first written with its legal form, a place's hub or
// region, the metric of an expected figure, and a metric that begins another statement.
#include <catch2/catch.hpp>

#include <string>

#include "dossier/figure.h"
#include "support/figure_lookup.h"

using namespace dossier;

TEST_CASE("v12 subject: economists, traders and data opening a sentence own no number", "[figures][subject]") {
  const std::string text =
      "Consumer prices in Marovia rose 0.3% in June. Economists had forecast a 0.2% rise. Economists had expected "
      "an annual rate of 2.6%.";
  CHECK(SubjectOf(text, "0.2%") == "Marovia");
  CHECK(SubjectOf(text, "2.6%") == "Marovia");
  CHECK(SubjectOf("Outbreaks were reported in Belvane. Data shows that the country has recorded 166 cases.", "166 cases") ==
        "Belvane");
}

TEST_CASE("v12 subject: a department that reports or releases an economy's numbers owns none", "[figures][subject]") {
  CHECK(SubjectOf("The consumer price index rose 0.3% in January, the Labor Department reported Tuesday.", "0.3%") == "-");
  CHECK(SubjectOf("Output grew at an annual rate of 2.5%, said the Commerce Department.", "2.5%") == "-");
  CHECK(SubjectOf("Gross domestic product in Teslovia grew 1.2%, the Statistics Department said.", "1.2%") == "Teslovia");
}

TEST_CASE("v12 subject: a place before -based says where a company is, not whose the number is", "[figures][subject]") {
  const std::string text =
      "Brightwater Labs surprised with a quarterly profit on Friday. The Kelford, Ont.-based software company earned "
      "$28 million, or five cents per share.";
  CHECK(SubjectOf(text, "$28 million") == "Brightwater Labs");
  CHECK(SubjectOf(text, "five cents per share") == "Brightwater Labs");
  CHECK(SubjectOf("Shares of Ostrava Foods rose 4% after the Dunmore, Texas-based grocer raised its outlook.", "4%") ==
        "Ostrava Foods");
}

TEST_CASE("v12 subject: a name once written with its legal form or as a possessive opens sentences as a name",
          "[figures][subject]") {
  const std::string text = "Acme Corp's revenue rose 5% while Brixton Ltd's fell 2%. Acme shares gained 3%, but Brixton's slid 4%.";
  CHECK(SubjectOf(text, "5%") == "Acme");
  CHECK(SubjectOf(text, "2%") == "Brixton");
  CHECK(SubjectOf(text, "3%") == "Acme");
  CHECK(SubjectOf(text, "4%") == "Brixton");
}

TEST_CASE("v12 subject: a name before hub, region or states names that place", "[figures][subject]") {
  CHECK(SubjectOf("Wholesale power at the North hub averaged $61 per megawatt hour.", "$61 per megawatt hour") == "North hub");
  CHECK(SubjectOf("Retail rates in the Gulf states averaged 12.6 cents per kilowatt hour.", "12.6 cents per kilowatt hour") ==
        "Gulf states");
}

TEST_CASE("v12 metric: an expected figure measures what the released one does", "[figures][metric]") {
  const std::string text =
      "The consumer price index increased 0.3% for the month. Economists surveyed by Dow Jones had been looking for a "
      "monthly increase of 0.2%. The forecast had been for 0.25%.";
  CHECK(MetricOf(text, "0.3%") == "inflation");
  CHECK(MetricOf(text, "0.2%") == "inflation");
  CHECK(MetricOf(text, "0.25%") == "inflation");
  // A figure of its own after the word of expectation keeps its own metric, or none.
  CHECK(MetricOf("Capital spending will be about $42 billion. The company expected its cloud unit to bring in $18 billion.",
                 "$18 billion") != "capital expenditure");
}

TEST_CASE("v12 metric: a metric that begins another statement, or follows 'on', is not the figure's", "[figures][metric]") {
  const std::string text =
      "Profit for the period declined 13% to £948 million compared to £1.09 billion and earnings per share rose 1% to "
      "12.2 pence.";
  CHECK(MetricOf(text, "£948 million") == "net income");
  CHECK(MetricOf(text, "£1.09 billion") == "net income");
  CHECK(MetricOf(text, "12.2 pence") == "earnings per share");
  CHECK(MetricOf("Analysts had forecast earnings of $2.91 per share on revenue of $10.60 billion.", "$2.91 per share") ==
        "earnings per share");
}

TEST_CASE("v12 subject: a storm is no later sentence's 'it' or 'the reinsurer'", "[figures][subject]") {
  const std::string text =
      "Hurricane Delphine caused an estimated $7.5 billion in insured losses, a modeller said on Monday. Shares of "
      "Harwell Re fell 4.1% on Tuesday. The reinsurer said it expected net claims of about $350 million from the storm.";
  CHECK(SubjectOf(text, "$7.5 billion") == "Hurricane Delphine");
  CHECK(SubjectOf(text, "4.1%") == "Harwell Re");
  CHECK(SubjectOf(text, "$350 million") == "Harwell Re");
}

TEST_CASE("v12 subject: 'its' after a company introduced by what it is refers to the company", "[figures][subject]") {
  const std::string text =
      "The measles outbreak in Orvania has grown to 1,240 cases, the health ministry said. Vaccine maker Sellick "
      "Biotech raised its full-year revenue forecast to $2.1 billion. Its shares rose 5.2%.";
  CHECK(SubjectOf(text, "1,240 cases") == "Orvania");
  CHECK(SubjectOf(text, "$2.1 billion") == "Sellick Biotech");
  CHECK(SubjectOf(text, "5.2%") == "Sellick Biotech");
}
