// Subjects and metrics of extractor v19 (issue 15), from the mechanisms that misread real results
// pages, election counts, health bulletins and health budgets of other outlets: names cut at "of
// the" or a slash, lists that pair names and numbers, a person or a survey's house read as the
// owner, a count's progress read as a share, people counted as dead or in hospital with no metric,
// cents per share as net income, a public budget as capital expenditure.
#include <catch2/catch.hpp>

#include <string>

#include "dossier/figure.h"
#include "support/figure_lookup.h"

using namespace dossier;

TEST_CASE("v19 subject: a state's or a body's name goes on past \"of the\", and acronyms joined by a slash are one", "[figures][subject]") {
  const std::string text =
      "Outbreak widens\n\n"
      "The Democratic Republic of the Quellmar reported 1,240 suspected cases this week. The Union of the Tessaly "
      "Islands counted 85 cases. In the vote, the KVP/TSU won 31.4% and the Party of the Regions took 12 seats.";
  CHECK(SubjectOf(text, "1,240 suspected cases") == "Democratic Republic of the Quellmar");
  CHECK(SubjectOf(text, "31.4%") == "KVP/TSU");
  CHECK(SubjectOf(text, "12 seats") == "Party of the Regions");
  // Not after a word that heads no body: "the head of the Fed" is no name.
  const std::string head = "Rates\n\nThe head of the Fed said rates would stay at 4.5%.";
  CHECK(SubjectOf(head, "4.5%") != "head of the Fed");
}

TEST_CASE("v19 subject: a list pairs each number with the name set before it by a dash or a colon, or after \"for\"", "[figures][subject]") {
  const std::string dashes =
      "Seats projected\n\n"
      "The Ambrel Union will receive 208 seats, the Tovin Bloc — 151, the Sarrow Greens — 121.";
  CHECK(SubjectOf(dashes, "208 seats") == "Ambrel Union");
  CHECK(SubjectOf(dashes, "151") == "Tovin Bloc");
  CHECK(SubjectOf(dashes, "121") == "Sarrow Greens");
  const std::string hyphens = "Count\n\nMorvan Alliance won 108,371 votes (9.99%), Pellis League - 59,693 (5.51%).";
  CHECK(SubjectOf(hyphens, "59,693") == "Pellis League");
  CHECK(SubjectOf(hyphens, "5.51%") == "Pellis League");
  CHECK(MetricOf(hyphens, "9.99%") == "vote share");
  const std::string for_party =
      "Count\n\nThe ruling Corvel Alliance garnered 322 seats as opposed to 212 for the Nation Front.";
  CHECK(SubjectOf(for_party, "322 seats") == "Corvel Alliance");
  CHECK(SubjectOf(for_party, "212") == "Nation Front");
  const std::string crore =
      "Allocations\n\nThe Department of Health got Rs 33,278 crore, the Department of Vaccines Rs 1,785 crore.";
  CHECK(SubjectOf(crore, "Rs 1,785 crore") == "Department of Vaccines");
}

TEST_CASE("v19 subject: a clause after an apposition goes on with the name the apposition describes", "[figures][subject]") {
  const std::string text =
      "Count\n\nThe Corvel Party amassed 266 seats, while the Nation Front, allied with the ruling party, garnered 51 seats.";
  CHECK(SubjectOf(text, "266 seats") == "Corvel Party");
  CHECK(SubjectOf(text, "51 seats") == "Nation Front");
}

TEST_CASE("v19 subject: figures followed by \"respectively\" are, in order, those of the names listed before them", "[figures][subject]") {
  const std::string text = "Result\n\nThe Varn Greens and the Left Union won 11.6% and 8.8% of the vote respectively.";
  CHECK(SubjectOf(text, "11.6%") == "Varn Greens");
  CHECK(SubjectOf(text, "8.8%") == "Left Union");
  const std::string three =
      "Banks\n\nOrvalt, Quessing and Tarmond reported profits of $1.2 billion, $800 million and $450 million, respectively.";
  CHECK(SubjectOf(three, "$1.2 billion") == "Orvalt");
  CHECK(SubjectOf(three, "$800 million") == "Quessing");
  CHECK(SubjectOf(three, "$450 million") == "Tarmond");
}

TEST_CASE("v19 subject: a person owns no company's results, economy's or election's measures they state", "[figures][subject]") {
  const std::string text =
      "Brenlow results\n\n"
      "Brenlow Networks reported revenue of $9.4 billion. At a conference, chief executive Ada Morrell gave forecasts "
      "that beat expectations. She saw first-quarter revenue growing about 16 per cent.\n\n"
      "According to Tamsin Orr, turnout in Sunday's election was 88.9%.";
  CHECK(SubjectOf(text, "16 per cent") != "Ada Morrell");
  CHECK(MetricOf(text, "16 per cent") == "revenue");
  CHECK(SubjectOf(text, "88.9%") != "Tamsin Orr");
  // A candidate's share stays the candidate's.
  const std::string vote = "Runoff\n\nIlse Varga won 49.5% of the vote, with Piet Doorn on 44.9%.";
  CHECK(SubjectOf(vote, "49.5%") == "Ilse Varga");
}

TEST_CASE("v19 subject: the house that runs a survey or a poll owns none of its numbers, a country's data are its own", "[figures][subject]") {
  const std::string text =
      "Forecasters upbeat\n\n"
      "Economists expect Dellmark's economy to grow 2.1 percent this quarter, according to the Harlow Reserve's "
      "quarterly survey of 46 forecasters. The economists pegged growth in 2027 at 2.3 percent.";
  CHECK(SubjectOf(text, "2.3 percent") != "Harlow Reserve");
  const std::string data = "Exports\n\nVarnland's customs data showed exports rose 5.2% in May.";
  CHECK(SubjectOf(data, "5.2%") == "Varnland");
}

TEST_CASE("v19 metric: how far a count has got is no one's share", "[figures][subject][metric]") {
  const std::string text =
      "Count goes on\n\n"
      "With 97.2 percent of votes counted, the Corvel Party led with 49.4 percent. The agency said more than 99% "
      "votes are counted. Ilse Varga gains 54.6% after counting 78.1% of ballots.";
  CHECK(SubjectOf(text, "97.2 percent") == "-");
  CHECK(MetricOf(text, "97.2 percent") == "-");
  CHECK(MetricOf(text, "99%") == "-");
  CHECK(MetricOf(text, "78.1%") == "-");
  CHECK(SubjectOf(text, "49.4 percent") == "Corvel Party");
}

TEST_CASE("v19 metric: people counted as dead or in hospital, doses and tests the place's", "[figures][subject][metric]") {
  const std::string text =
      "Toll rises in Ostmark\n\n"
      "A further 372 people have died in Ostmark. The ministry announced the death of six people on Monday. "
      "There are 2,183 COVID-19 patients in hospitals. The Ministry of Health of Ostmark announced the provision "
      "of 104,184 doses of vaccine.";
  CHECK(MetricOf(text, "372 people") == "deaths");
  CHECK(MetricOf(text, "six people") == "deaths");
  CHECK(MetricOf(text, "2,183 COVID-19 patients") == "hospitalisations");
  CHECK(SubjectOf(text, "104,184 doses") != "Ministry of Health of Ostmark");
  // A count whose sentence names no place is the place an earlier count of the paragraph was given.
  const std::string paragraph =
      "Cholera spreads\n\nThe Tessin Union won the vote. In the Republic of the Vennmark, the health ministry said 412 "
      "people have died. The ministry announced the provision of 86,500 doses of vaccine.";
  CHECK(SubjectOf(paragraph, "86,500 doses") == "Republic of the Vennmark");
  // People who recovered are neither.
  const std::string recovered = "Ostmark\n\nThe ministry said 1,587 infected people had recovered.";
  CHECK(MetricOf(recovered, "1,587 infected people") == "-");
}

TEST_CASE("v19 metric: cents a share are earnings per share, a public budget no capital expenditure, money no market share", "[figures][metric]") {
  const std::string text =
      "Brenlow profit\n\n"
      "Brenlow's profit rose to $1.9 billion, or 31 US cents per share, from $1.5 billion.\n\n"
      "The finance ministry cut the budget estimates for the health sector to Rs 29,272 crore. The Department of "
      "Welfare got the majority share of Rs 33,278 crore.";
  CHECK(MetricOf(text, "31 US cents per share") == "earnings per share");
  CHECK(MetricOf(text, "Rs 29,272 crore") != "capital expenditure");
  CHECK(MetricOf(text, "Rs 33,278 crore") != "market share");
  // Sales counted in things are units sold.
  const std::string units = "Gadgets\n\nBrenlow's net income jumped 85%, with handset sales of 18.65m.";
  CHECK(MetricOf(units, "18.65m") == "sales volume");
}
