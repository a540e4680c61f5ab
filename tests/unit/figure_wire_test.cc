// Wire copy and other beats' numbers (extractor v7): a dateline owns nothing and dates the text
// only where it stands, a news agency reports numbers without owning them, and a tally's sides
// count what its sentence says. Each shape in a made-up text, after reading real pages.
#include <catch2/catch.hpp>

#include <string>

#include "dossier/figure.h"
#include "extract/figure_period.h"
#include "support/figure_lookup.h"

using namespace dossier;

TEST_CASE("The text's date is its dateline's, never a date in the body", "[figures][dateline]") {
  // "since December 2021" in the lead dates nothing: the text is dated by its published date.
  const std::string wire =
      "Rates held after narrow vote\n\nLONDON, Sept 21 (Reuters) - The Bank of England kept Bank Rate at 5.25%, the first "
      "time since December 2021 that it did not raise borrowing costs.";
  CHECK(extract::FindDateline(wire).year == 0);
  const Figure rate = [&] {
    for (Figure& f : ExtractFigures(wire, "2023-09-21")) {
      if (f.surface == "5.25%") return f;
    }
    FAIL("no 5.25%");
    return Figure{};
  }();
  CHECK(rate.metric == "interest rate");
  CHECK(rate.subject == "Bank of England");
  CHECK(rate.period != "2021-09-21");
  // A dateline on its own short line, or before the dash, still dates the text.
  CHECK(extract::FindDateline("Headline\n\nNewsletter \xC2\xB7 10 November 2025\n\nBody.").year == 2025);
  CHECK(extract::FindDateline("Headline\n\nOSLO, 12 February 2026 \xE2\x80\x94 Norrvik said").month == 2);
}

TEST_CASE("A dateline's agency and a polling outlet own no number", "[figures][subject]") {
  const std::string wire =
      "Rates held\n\nLONDON, Sept 21 (Reuters) - Britain's central bank voted 5-4 to keep rates on hold. A Reuters poll of "
      "economists had pointed to a 7-2 vote.";
  for (const Figure& f : ExtractFigures(wire)) CHECK(f.subject != "Reuters");
  const std::string jobs =
      "Payrolls beat forecasts\n\nNonfarm payrolls in Arland increased 156,000 in September. Economists surveyed by "
      "Reuters had expected 176,000 new jobs.";
  CHECK(OnlyFigure(jobs, "176,000 new jobs").subject != "Reuters");
  CHECK(OnlyFigure(jobs, "156,000").metric == "employees");
}

TEST_CASE("A tally's sides count votes or goals as the sentence says, else nothing", "[figures][meaning]") {
  const std::string vote = "The Monetary Policy Committee voted by a margin of 5-4 to hold Bank Rate at 4%.";
  CHECK(OnlyFigure(vote, "5").metric == "votes");
  CHECK(OnlyFigure(vote, "4").metric == "votes");
  const std::string match = "Harbour City beat Rovers 3-1 on Saturday.";
  CHECK(OnlyFigure(match, "3").metric == "goals");
  const std::string dashed = "Kestrel won the derby 2\xE2\x80\x93" "0 at home.";
  CHECK(OnlyFigure(dashed, "2").metric == "goals");
  // A basketball game's sides count points, which the list of metrics does not name: no goals.
  const std::string hoops = "The Hawks led 12-0 after the first quarter and added 10 rebounds.";
  CHECK(OnlyFigure(hoops, "0").metric == std::nullopt);
}

TEST_CASE("A poll's or an election's bare share is a vote share, an operating profit margin an operating margin", "[figures][meaning]") {
  CHECK(OnlyFigure("Centre-right candidate Eva Lind leads the race with 41% support.", "41%").metric == "vote share");
  CHECK(OnlyFigure("Among likely voters, 36% of respondents backed Marsh.", "36%").metric == "vote share");
  const std::string count =
      "Count passes halfway\n\nTBILISI, 22 May 2026 - With half the ballots counted in the parliamentary election, the "
      "ruling party leads with 61.6%. Exit polls had put it lower.";
  CHECK(OnlyFigure(count, "61.6%").metric == "vote share");
  // A central bank's vote is no election: "voted to cut the rate to 4%" is no vote share.
  const std::string bank = "Rates cut\n\nLONDON, 5 March 2026 - Four members voted to cut the rate to 4%. The vote was 4-3, "
                           "and two voted to hold.";
  CHECK(OnlyFigure(bank, "4%").metric != "vote share");
  CHECK(OnlyFigure("Underlying operating profit margin fell to 19.3 percent.", "19.3 percent").metric == "operating margin");
}

TEST_CASE("A metric beyond a subordinate clause after the figure is another statement's", "[figures][meaning]") {
  CHECK(OnlyFigure("Shares of Halden were soaring 14.8% on Monday after the company said a deal values it at $27.8 billion.",
                   "14.8%").metric == "share price");
}

TEST_CASE("A gross profit is no net income", "[figures][meaning]") {
  CHECK(OnlyFigure("Brockway posted $2.25 billion in gross profit, up 19% from a year ago.", "$2.25 billion").metric !=
        "net income");
}

TEST_CASE("Barrels a day are a producer's output", "[figures][meaning]") {
  CHECK(OnlyFigure("Norvia pumped 24.27 million bpd on average in August.", "24.27 million bpd").metric == "production");
}

TEST_CASE("Hyphenated names and indices with their number are whole subjects", "[figures][subject]") {
  CHECK(OnlyFigure("Rolls-Royce said revenue grew to \xC2\xA3" "7.52 billion.", "\xC2\xA3" "7.52 billion").subject == "Rolls-Royce");
  // Two months joined by a hyphen name no one.
  CHECK(OnlyFigure("Orvia's output grew 4% in the July-September period.", "4%").subject == "Orvia");
  const Figure index = OnlyFigure("Stocks slid on Monday and the S&P 500 lost 1.5%.", "1.5%");
  CHECK(index.subject == "S&P 500");
  CHECK(index.metric != "net loss");  // "lost" names a loss of money only
  CHECK(OnlyFigure("Sahyog Metals said Ebitda rose 12% to Rs 4,870 crore.", "Rs 4,870 crore").subject == "Sahyog Metals");
  // Accented letters go on a name ("Erdoğan", "Wałęsa"); a multiplication sign does not.
  CHECK(OnlyFigure("Lena Erdo\xC4\x9F" "an won about 52 percent of the vote.", "52 percent").subject ==
        "Lena Erdo\xC4\x9F" "an");
  CHECK(OnlyFigure("Marek Wa\xC5\x82\xC4\x99sa won 61% of the vote.", "61%").subject == "Marek Wa\xC5\x82\xC4\x99sa");
}

TEST_CASE("A score's sides are the winner's and the beaten side's, an acronym is its full name", "[figures][subject]") {
  const std::string home = "At Goodison Park, Everton got their first win of the season after beating Southampton 2-1.";
  CHECK(OnlyFigure(home, "2").subject == "Everton");
  CHECK(OnlyFigure(home, "1").subject == "Southampton");
  const std::string away = "Manchester City moved closer to the title with a 2-0 win at Stoke City on Monday.";
  CHECK(OnlyFigure(away, "2").subject == "Manchester City");
  CHECK(OnlyFigure(away, "0").subject == "Stoke City");
  const std::string bank =
      "The European Central Bank cut its deposit rate on Thursday. The ECB now sees inflation at 2.5% this year.";
  CHECK(OnlyFigure(bank, "2.5%").subject == "European Central Bank");
}
