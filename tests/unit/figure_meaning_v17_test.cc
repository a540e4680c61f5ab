// Subjects and metrics of extractor v17 (issue 15), from the shapes of real catastrophe-loss,
// crop-report, central-bank, rail-statistics, earnings and market-wrap copy that v16 misread: the
// modeller that estimates a disaster's insured losses read as their owner, openers that describe
// ("Based on …", "Area harvested for grain is …", "Preliminary estimates from …") and ranks
// ("Deputy Governor") read as names, a central bank's board and "the Bank" left apart from the bank,
// a statistics publisher and a price index read as owners, and a move restated after ", or".
#include <catch2/catch.hpp>

#include <string>

#include "dossier/figure.h"
#include "support/figure_lookup.h"

using namespace dossier;

TEST_CASE("v17 subject: insured losses are the disaster's, never the modeller's that estimates them", "[figures][subject]") {
  const std::string text =
      "Modellers split on Typhoon Merrow bill\n\n"
      "HAMBRIDGE, 3 October 2026 — Insured losses from Typhoon Merrow could reach $4.2 billion, according to the "
      "modelling firm Quarrel Analytics.\n\n"
      "Catastrophe modeller Brisk Risk put the industry loss at $2.9 billion to $3.6 billion, while Tallow Re estimates "
      "insured losses of $3.1 billion. Adding flood damage, the losses in the Pellan islands would be $5 billion, Brisk "
      "Risk said.\n\n"
      "Separately, insured losses from the Orrin Valley wildfire were put at $640 million.";
  CHECK(SubjectOf(text, "$4.2 billion") == "Typhoon Merrow");
  CHECK(MetricOf(text, "$4.2 billion") == "insured losses");
  CHECK(SubjectOf(text, "$2.9 billion to $3.6 billion") == "Typhoon Merrow");
  CHECK(MetricOf(text, "$2.9 billion to $3.6 billion") == "insured losses");
  CHECK(SubjectOf(text, "$3.1 billion") == "Typhoon Merrow");
  // "losses" alone, in a sentence on a disaster, are insured losses too.
  CHECK(MetricOf(text, "$5 billion") == "insured losses");
  CHECK(SubjectOf(text, "$640 million") == "Orrin Valley wildfire");
  // A company's own loss stays its net loss.
  CHECK(MetricOf("Tallow Re swung to a net loss of $210 million in the third quarter.", "$210 million") == "net loss");
}

TEST_CASE("v17 subject: who is cited for the lead's number is not what the text is about", "[figures][subject]") {
  const std::string text =
      "Crop outlook\n\n"
      "Insured crop losses could reach $900 million, according to the farm-risk consultancy Dellow Partners.\n\n"
      "Based on current conditions, corn output will fall 4% to 12.1 billion bushels.";
  CHECK(SubjectOf(text, "12.1 billion bushels") == "corn");
  CHECK(MetricOf(text, "12.1 billion bushels") == "production");
}

TEST_CASE("v17 subject: an opener that describes, and a rank before a title, are no names", "[figures][subject]") {
  const std::string text =
      "Harvest estimates\n\n"
      "The ministry's weekly report was released on Friday. Based on conditions as of 1 September, yields are expected "
      "to average 155.3 bushels per acre. Area harvested for grain is forecast at 89.1 million acres. Preliminary "
      "estimates from growers' groups put the rye crop at 2.4 million tonnes.\n\n"
      "At the Bank of Ostria, Deputy Governor Mila Renko voted to keep the rate at 10.75%.";
  CHECK(SubjectOf(text, "155.3 bushels per acre") == "-");
  CHECK(SubjectOf(text, "89.1 million acres") == "-");
  CHECK(SubjectOf(text, "2.4 million tonnes") != "Preliminary");
  CHECK(SubjectOf(text, "10.75%") != "Deputy");
  // A company that only opens its sentences, each time before a verb, is still a name.
  const std::string company = "Brandle results\n\nBrandle expects revenue of $2.1 billion this year. Brandle spent $300 million on stores.";
  CHECK(SubjectOf(company, "$2.1 billion") == "Brandle");
  CHECK(SubjectOf(company, "$300 million") == "Brandle");
}

TEST_CASE("v17 subject: a central bank's board and 'the Bank' are the bank, its economy's measures the country's", "[figures][subject]") {
  const std::string text =
      "Tessaly rate decision\n\n"
      "The Reserve Bank of Tessaly Board unanimously voted to leave the cash rate at 3.6% on Tuesday.\n\n"
      "In its updated forecasts, the Bank lifted its underlying inflation projection to 2.6% by end-2027. The Board cut "
      "the cash rate by 25 basis points in February.";
  CHECK(SubjectOf(text, "3.6%") == "Reserve Bank of Tessaly");
  CHECK(SubjectOf(text, "2.6%") == "Tessaly");
  CHECK(SubjectOf(text, "25 basis points") == "Reserve Bank of Tessaly");
}

TEST_CASE("v17 subject: a statistics publisher and a price index own no number", "[figures][subject]") {
  const std::string text =
      "Rail in numbers\n\n"
      "A new ORV report shows that 1.2 billion passenger journeys were made over the year across Calvary's railways. "
      "Fares rose by an average of 2.8% in January, compared with a 2.5% rise in the Retail Price Index.";
  CHECK(SubjectOf(text, "1.2 billion passenger journeys") != "ORV");
  CHECK(SubjectOf(text, "2.5%") != "Retail Price Index");
}

TEST_CASE("v17 subject: a move restated after ', or' and the level after it are the mover's", "[figures][subject]") {
  const std::string text =
      "Stocks\n\n"
      "Harlan Bank fell 1.04 dollars, or 1.8%, to 57.63 dollars and Corbel Financial gave up 92 cents, or 2.6%, to 34.20 "
      "dollars. The Dow Jones industrial average fell 44.11, or 0.2%, to 20,837.37. Energy stocks fell 1.1%, the "
      "largest loss among the 11 sectors.";
  CHECK(SubjectOf(text, "2.6%") == "Corbel Financial");
  CHECK(SubjectOf(text, "34.20 dollars") == "Corbel Financial");
  CHECK(SubjectOf(text, "20,837.37") == "Dow Jones");
  CHECK(SubjectOf(text, "11 sectors") != "the");
}

TEST_CASE("v17 subject: a speaker described as the company named before refers to it", "[figures][subject]") {
  const std::string text =
      "Pellor Media beats forecasts\n\n"
      "Pellor Media Corp reported a higher-than-expected quarterly profit on Wednesday.\n\n"
      "The global news and data company said that earnings per share for the first quarter were 46 cents, excluding "
      "special items. That was ahead of a 38-cent forecast by analysts polled by Grayling I/B/E/S.";
  CHECK(SubjectOf(text, "46 cents").rfind("Pellor Media", 0) == 0);
  CHECK(SubjectOf(text, "38-cent") != "B");
}

TEST_CASE("v17 subject: the Standard & Poor's 500 index is the S&P 500", "[figures][subject]") {
  const std::string text = "Stocks\n\nThe Standard & Poor's 500 index fell 8.02 points, or 0.3%, to 2,365.45.";
  CHECK(SubjectOf(text, "8.02 points") == "S&P 500");
  CHECK(SubjectOf(text, "2,365.45") == "S&P 500");
}
