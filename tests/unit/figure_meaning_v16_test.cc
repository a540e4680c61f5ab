// Subjects and metrics of extractor v16 (issue 15), from the shapes of real central-bank, crop,
// power and AI-pricing copy that v15 misread: a policy committee written with its bank in one run
// and the acronyms of both, a crop's output beside another's for one owner, a publication and a
// regulator read as owners, and money per token read by the metric words inside its span.
#include <catch2/catch.hpp>

#include <string>

#include "dossier/figure.h"
#include "support/figure_lookup.h"

using namespace dossier;

TEST_CASE("v16 subject: a committee of a bank written in one run is the bank's, by its acronyms too", "[figures][subject]") {
  const std::string text =
      "Varnish bank holds rate\n\n"
      "The Monetary Policy Committee of the Reserve Bank of Varnland unanimously decided to keep the repo rate at 5.25 percent. "
      "The MPC also kept the reverse repo rate at 4.90 percent.\n\n"
      "The bank said real GDP growth was 6.1 percent in 2025. The RBV retained its 4.2 percent inflation forecast for 2026.";
  CHECK(SubjectOf(text, "5.25 percent") == "Reserve Bank of Varnland");
  CHECK(SubjectOf(text, "4.90 percent") == "Reserve Bank of Varnland");
  // An economy's measures are the country's the bank's name holds.
  CHECK(SubjectOf(text, "6.1 percent") == "Varnland");
  CHECK(SubjectOf(text, "4.2 percent") == "Varnland");
}

TEST_CASE("v16 subject: a crop's output is its owner's and the crop's", "[figures][subject]") {
  const std::string text =
      "Ostmark harvest\n\n"
      "Ostmark's barley output is estimated at 12.4 million tonnes in 2026, the farm ministry said. Maize production is "
      "forecast at 18.9 million tonnes, up from 17.2 million tonnes a year earlier. Production of sugarcane fell to 30.5 "
      "million tonnes.";
  CHECK(SubjectOf(text, "12.4 million tonnes") == "Ostmark barley");
  CHECK(SubjectOf(text, "18.9 million tonnes") == "Ostmark maize");
  CHECK(SubjectOf(text, "17.2 million tonnes") == "Ostmark maize");
  CHECK(SubjectOf(text, "30.5 million tonnes") == "Ostmark sugarcane");
  // Oil, in a unit of its own, stays its producer's.
  CHECK(SubjectOf("Norvane's crude output rose to 1.2 million barrels per day in March.", "1.2 million barrels per day") == "Norvane");
}

TEST_CASE("v16 subject: a publication owns none of the figures stated in it", "[figures][subject]") {
  const std::string text =
      "Crop estimates\n\n"
      "The Second Advance Estimates put the wheat crop at 98.2 million tonnes and the rice crop at 120.4 mt.";
  CHECK(SubjectOf(text, "98.2 million tonnes") != "Second Advance Estimates");
  CHECK(SubjectOf(text, "120.4 mt") != "Second Advance Estimates");
}

TEST_CASE("v16 subject: a place is not the regulator whose name begins with it", "[figures][subject]") {
  const std::string text =
      "Solar record\n\n"
      "Tarvania's solar plants generated 4.1 million MWh in 2025, the statistics office said. By the end of the year "
      "Tarvania had 2,300 MW of solar capacity, according to the Tarvania Public Utilities Commission.";
  CHECK(SubjectOf(text, "4.1 million MWh") == "Tarvania");
  CHECK(SubjectOf(text, "2,300 MW") == "Tarvania");
}

TEST_CASE("v16 metric: money per token is a price per token, whatever words the clause or span hold", "[figures][metric]") {
  const std::string text = "The model costs $1.25 per million input tokens and $6 per million output tokens, the lab said.";
  CHECK(MetricOf(text, "$1.25 per million input tokens") == "price per token");
  CHECK(MetricOf(text, "$6 per million output tokens") == "price per token");
}

TEST_CASE("v16 subject: a line of business before the results' word is the company's unit", "[figures][subject]") {
  const std::string text =
      "Pellworth results\n\n"
      "Pellworth Media said quarterly revenue rose 6% to $12.1 billion. Advertising revenue climbed 9% to $8.4 billion, "
      "and its streaming unit swung to an operating profit of $210 million.";
  CHECK(SubjectOf(text, "$12.1 billion") == "Pellworth Media");
  CHECK(SubjectOf(text, "$8.4 billion") == "Pellworth Media advertising");
  CHECK(SubjectOf(text, "$210 million") == "Pellworth Media streaming");
  // A unit the text names capitalised is named so: beside a sentence that names no owner, or
  // beginning with the owner's name.
  const std::string named =
      "Orvane Holdings posted sales of $40 billion. Its cloud division reported a 31 percent increase in sales to $6 billion. "
      "Orvane Cloud also made a profit.";
  CHECK(SubjectOf(named, "$6 billion") == "Orvane Cloud");
  // Another company's unit is not the owner's: "Selden Cloud" is Selden's.
  const std::string other =
      "Selden Cloud grew 30% last quarter. Meanwhile, Marrick Soft's cloud revenue rose 12% to $3 billion.";
  CHECK(SubjectOf(other, "$3 billion") == "Marrick Soft cloud");
}

TEST_CASE("v16 subject: a disaster's toll is the place's, never the minister's or the broadcaster's who reports it", "[figures][subject]") {
  const std::string text =
      "Quake toll rises\n\n"
      "Interior minister Dalen Orvik said 4,210 people died in Saturday's quake in northern Tessaria. "
      "Tessaria's private Vessa television reported a death toll of more than 6,000.";
  CHECK(SubjectOf(text, "4,210 people") == "Tessaria");
  CHECK(SubjectOf(text, "4,210 people") != "Interior");
  CHECK(SubjectOf(text, "6,000") != "Vessa");
  // A place written with its county's noun is the place.
  const std::string county =
      "Floods\n\nThe storm hit the coast. Most of the damage was in Harlow county, where 12 people were killed.";
  CHECK(SubjectOf(county, "12 people") == "Harlow county");
}

TEST_CASE("v16 subject: a participle opening a sentence, a portfolio and a time zone name no one", "[figures][subject]") {
  CHECK(SubjectOf("Storm\n\nInsured damages from the storm will range between $2 billion and $3 billion.",
                  "$2 billion and $3 billion") != "Insured");
  const std::string portfolio =
      "Bridge\n\nVellmark Transportation Secretary Ona Pryde said on Monday that the span carried 31,000 vehicles a day.";
  CHECK(SubjectOf(portfolio, "31,000 vehicles a day") != "Vellmark Transportation");
  CHECK(SubjectOf("Close\n\nAt 4 p.m. ET, shares of Harmon Lines were up 1.2%.", "1.2%") != "ET");
}

TEST_CASE("v16 metric: money beside the word \"economy\" is its size only as the money's noun", "[figures][metric]") {
  CHECK(MetricOf("Rebuilding the span will cost $2 billion, a blow to the region's community and economy.", "$2 billion") != "GDP");
  CHECK(MetricOf("The storm poses little threat to the nation's $14 trillion economy.", "$14 trillion") == "GDP");
}

TEST_CASE("v16 subject: a policy body with no owner written is the text's central bank's, and HICP is a measure", "[figures][subject]") {
  const std::string text =
      "Norvik central bank holds rates\n\n"
      "The Norvik Central Bank kept its deposit rate at 2.00% on Thursday.\n\n"
      "The Governing Council said inflation should stay close to its 2% target. HICP inflation eased to 1.9% in November.\n\n"
      "The bank now sees the Norvik area's economy growing 1.2% in 2026.";
  CHECK(SubjectOf(text, "2%") == "Norvik Central Bank");
  CHECK(SubjectOf(text, "1.9%") != "HICP");
  CHECK(MetricOf(text, "1.9%") == "inflation");
  // A place written with its noun is the place as written, not a longer name its first word stands for.
  CHECK(SubjectOf(text, "1.2%") == "Norvik area");
}

TEST_CASE("v16 subject: lists written with legal forms, and a pronoun after a company's verb of saying", "[figures][subject]") {
  CHECK(SubjectOf("Capex\n\nHarlow Systems Inc., Pellmoor Data Inc. and Ostry Cloud Corp. together spent $41 billion in the quarter.",
                  "$41 billion") == "Harlow Systems, Ostry Cloud and Pellmoor Data");
  CHECK(SubjectOf("Deal\n\nBritish chip designer Tessel Holdings plc, Harlow Systems, and Vantor agreed to deploy an initial $20 billion.",
                  "$20 billion") == "Harlow Systems, Tessel Holdings and Vantor");
  CHECK(SubjectOf("Chips\n\nShares of Vantor rose 3% after Ostry Cloud said its revenue jumped 52% to $3.3 billion.", "52%") ==
        "Ostry Cloud");
}

TEST_CASE("v16 subject: a place's first word opens a bank's name, and an example of a group and a secretary speak for none", "[figures][subject]") {
  const std::string bank =
      "Rate held\n\nPRETORIA, 26 January 2026 — South Varnish Reserve Bank Governor Ama Teske said the bank's Monetary Policy "
      "Committee kept the repo rate at 7.75%.";
  CHECK(SubjectOf(bank, "7.75%") == "South Varnish Reserve Bank");
  CHECK(SubjectOf("Output\n\nThe Alliance of Ostral Producers and allies like Vessaria said in a statement that they will extend "
                  "cuts of 1.1 million barrels per day.",
                  "1.1 million barrels per day") != "Vessaria");
  const std::string secretary =
      "Oil\n\nTarvanian oil output should reach 9.2 million bpd this year. \"I don't see a return to 11 million barrels a day "
      "soon,\" Tarvanian Energy Secretary Ilan Dorsk said.";
  CHECK(SubjectOf(secretary, "11 million barrels a day") != "Ilan Dorsk");
}

TEST_CASE("v16 subject and metric: a penalty is its payer's, and a share after turnout's word is the turnout", "[figures][subject][metric]") {
  const std::string fines =
      "Penalties\n\nOne agency stands out. In July it imposed a civil penalty of $105 million on Carvell Motors for a late "
      "recall. The Ostmark Supreme Court threw out an $18 million penalty against Texas-based Harlow Gas Co.";
  CHECK(SubjectOf(fines, "$105 million") == "Carvell Motors");
  CHECK(SubjectOf(fines, "$18 million") == "Harlow Gas");
  CHECK(MetricOf("Count\n\nThe ruling party leads with 61.6%. Voter turnout, according to the Central Election Commission, "
                 "was 55%.",
                 "55%") == "turnout");
}
