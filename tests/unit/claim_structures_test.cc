// The reporting structures of real news (issue 10), each read with no gazetteer as a new user's
// story is: transcript turns (names in capitals, Q:/A:, a name in mixed case opening several lines),
// quotations split by their attribution, dash and caption lines under a quotation or a post, topic
// lines that continue a speaker, adverbials after a quote-first attribution, and the author's aside
// that ends a reported clause. Every text is made up.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/claim.h"
#include "support/claim_lookup.h"

using namespace dossier;

TEST_CASE("A turn labelled with a name in capitals is that person's, titles aside", "[claims][turns]") {
  const std::string text =
      "OPERATOR: Welcome to the call. Lines are muted until the question session.\n\n"
      "DR. NORA VASQUEZ: Thanks, everyone. Admissions rose by a fifth last week. Care homes are the worry.\n\n"
      "PAUL ODUYA: Is the strain new this year?\n\n"
      "DR. NORA VASQUEZ: It is the strain we saw last winter.\n";
  // A reporter's question in their own turn is theirs (RULES: questions an actor is reported asking).
  CHECK(Claims(text) == Found{"[Nora Vasquez]: Admissions rose by a fifth last week", "[Nora Vasquez]: Care homes are the worry",
                              "[Paul Oduya]: Is the strain new this year", "[Nora Vasquez]: It is the strain we saw last winter"});
  // A single word in capitals is a turn only as the surname of a full name the text gives.
  CHECK(Claims("NVIDIA: The results beat every estimate.\n").empty());
  CHECK(Claims("Ana Brill runs the fund.\n\nBRILL: We sold the bonds in March.\n") == Found{"[Ana Brill]: We sold the bonds in March"});
}

TEST_CASE("A name in capitals on its own line over quotation lines is their speaker's, until a line without one", "[claims][turns]") {
  // A wire's key quotes: each heading names whose quotations follow, not whose came before it.
  const std::string text =
      "Excerpts from the statements members published.\n"
      "VOTED TO HOLD\n"
      "CHAIR INES VALADARES\n"
      "\"Services prices are still rising too fast.\"\n"
      "\"One more meeting costs little.\"\n"
      "DEPUTY CHAIR TOMAS REBELO\n"
      "\"The labour market has cooled. A cut in April is possible.\"\n"
      "MARKET REACTION\n"
      "Bond yields fell after the decision and traders added to bets on a cut.\n";
  CHECK(Claims(text) == Found{"[Ines Valadares]: Services prices are still rising too fast",
                              "[Ines Valadares]: One more meeting costs little",
                              "[Tomas Rebelo]: The labour market has cooled", "[Tomas Rebelo]: A cut in April is possible"});
  // A heading in capitals that no quotation follows names no one, nor does a single word.
  CHECK(Claims("SARA LINDQVIST\nThe minister spent the week in Brussels meeting her counterparts.\n").empty());
  CHECK(Claims("ANALYSIS\n\"Rates will fall,\" the note said.\n") == Found{});
}

TEST_CASE("An interview's A: turns are the interviewee's, over their paragraphs, Q: turns are the author's", "[claims][turns]") {
  const std::string text =
      "Odile Marchand has been chief economist at Brennan Trust since 2023. Odile Marchand spoke to Sam Whit.\n\n"
      "Q: Governor Ellis Brandt said last week that the bank was in no hurry. Is he right?\n\n"
      "A: Probably, yes. Services inflation is still close to 5%.\n\n"
      "Wage deals have not come down as fast as the models said.\n\n"
      "Q: What about housing?\n\n"
      "A: Sure. Prices have held up better than anyone expected.\n";
  CHECK(Claims(text, WrittenBy("Sam Whit")) == Found{"[Ellis Brandt]: the bank was in no hurry",
                                              "[Odile Marchand]: Services inflation is still close to 5%",
                                              "[Odile Marchand]: Wage deals have not come down as fast as the models said",
                                              "[Odile Marchand]: Prices have held up better than anyone expected"});
  // With no question in the text, "A:" names no one.
  CHECK(Claims("Odile Marchand visited.\n\nA: Prices will fall next year.\n").empty());
}

TEST_CASE("A name in mixed case that opens two lines is a transcript's turn, the author's turns are questions", "[claims][turns]") {
  const std::string text =
      "Marta Lind: Welcome to the show. Ellen Birch told the council that the battery is a fire risk.\n\n"
      "Joe Okoro: Ellen is right to ask. The unit sits forty metres from any building.\n\n"
      "Marta Lind: Would you do it again?\n\n"
      "Joe Okoro: I would do it again tomorrow.\n\n"
      "Joe Okoro: Thanks for having me.\n";
  CHECK(Claims(text, WrittenBy("Marta Lind")) == Found{"[Ellen Birch]: the battery is a fire risk", "[Joe Okoro]: Ellen is right to ask",
                                                "[Joe Okoro]: The unit sits forty metres from any building",
                                                "[Joe Okoro]: I would do it again tomorrow"});
  // Once, a name and a colon is a heading as often as a turn.
  CHECK(Claims("Joe Okoro: The farmer who bought a battery\n\nHe farms in Cheshire.\n").empty());
}

TEST_CASE("A quotation split by its attribution gives a claim for each part", "[claims][quotations]") {
  CHECK(Claims("\"It wasn't pretty,\" Harbourside head coach Maria Ostrowski said, \"but you win ugly or not at all.\"") ==
        Found{"[Maria Ostrowski]: It wasn't pretty", "[Maria Ostrowski]: but you win ugly or not at all"});
}

TEST_CASE("A quote-first attribution with an adverbial after it claims the quotation", "[claims][quotations]") {
  CHECK(Claims("\"They are funny and they are true,\" Jim Vance said of the billboards, which show a robot under a sofa.") ==
        Found{"[Jim Vance]: They are funny and they are true"});
  const std::string panel = "\"We will be profitable by next year,\" Priya Kandel stated during a panel titled 'Who Owns the Home?'";
  CHECK(Claims(panel) == Found{"[Priya Kandel]: We will be profitable by next year"});
}

TEST_CASE("A dash line under a quotation or a post names its speaker", "[claims][quotations]") {
  CHECK(Claims("Reaction:\n\n\"Eleven seats is a landslide here.\" \xe2\x80\x94 Ruth Adeyemi, politics lecturer at Kestrel University\n\n"
               "\"We will be back in four years.\" \xe2\x80\x94 Tom Beresford\n") ==
        Found{"[Ruth Adeyemi]: Eleven seats is a landslide here", "[Tom Beresford]: We will be back in four years"});
  CHECK(Claims("\"The pledge is costed.\"\n\xe2\x80\x94 Hana Whitlock, Green group leader\n") == Found{"[Hana Whitlock]: The pledge is costed"});
  CHECK(Claims("On social media:\n\nEvery family I represent drives to work. This budget punishes them.\n"
               "\xe2\x80\x94 Gwen Abernethy (@GwenAbernethy) March 11, 2026\n") ==
        Found{"[Gwen Abernethy]: Every family I represent drives to work", "[Gwen Abernethy]: This budget punishes them"});
  // A dash line under prose that is neither a quotation nor a post attributes nothing.
  CHECK(Claims("Rates rose again.\n\xe2\x80\x94 Reporting by Tom Beresford\n").empty());
}

TEST_CASE("A caption line under a quotation names its speaker", "[claims][quotations]") {
  CHECK(Claims("What they said\n\n\"Cutting the rate is the right call. Our members will hire.\"\n"
               "Dev Saini, chair of the Federation of Independent Retailers\n") ==
        Found{"[Dev Saini]: Cutting the rate is the right call", "[Dev Saini]: Our members will hire"});
  // A sentence with its own verb under a quotation is not a caption.
  CHECK(Claims("\"Prices will rise.\"\nDev Saini has run the shop since 2010.\n").empty());
}

TEST_CASE("A topic line after an attributed quotation goes on with its speaker", "[claims][quotations]") {
  CHECK(Claims("Maria Ostrowski added: \"The bench won us that game.\"\n\nOn her fly-half: \"He kicked in the wet all month.\"\n") ==
        Found{"[Maria Ostrowski]: The bench won us that game", "[Maria Ostrowski]: He kicked in the wet all month"});
}

TEST_CASE("The author's aside ends a reported clause", "[claims][spans]") {
  CHECK(Claims("Priya Kandel said that the robots need a repair less than once a year, a figure I could not check.",
               WrittenBy("Dana Whit")) == Found{"[Priya Kandel]: the robots need a repair less than once a year"});
}

TEST_CASE("A press release's we is the organisation its boilerplate names", "[claims][documents]") {
  ClaimSource wire;
  wire.outlet = "PR Wire Central";
  const std::string release =
      "ABERDEEN -- Calder Energy plc today announced a new wind farm.\n\n"
      "We expect first power in the second half of 2028.\n\n"
      "About Calder Energy\nCalder Energy plc is a generator headquartered in Aberdeen.\n";
  CHECK(Claims(release, wire) == Found{"[Calder Energy]: first power in the second half of 2028"});
  // Without boilerplate, "we" is the outlet's, as in an editorial.
  CHECK(Claims("We expect the council to raise rates.\n", wire) == Found{"[PR Wire Central]: the council to raise rates"});
}

TEST_CASE("A quote-first attribution may put an appositive between the speaker and the verb", "[claims][quotations]") {
  CHECK(Claims("\"Management sees a cyclical problem,\" Priya Lanning, an analyst at Corbel Securities, wrote.") ==
        Found{"[Priya Lanning]: Management sees a cyclical problem"});
  // The one told and an adverbial after the verb are not what is claimed.
  CHECK(Claims("\"We will not waste this,\" Hana Whitlock told supporters.") == Found{"[Hana Whitlock]: We will not waste this"});
}

TEST_CASE("A second reporting verb with that ends the first claim and starts its own", "[claims][spans]") {
  CHECK(Claims("Tom Beresford said the result was a hard night and conceded that his party had lost touch.") ==
        Found{"[Tom Beresford]: the result was a hard night", "[Tom Beresford]: his party had lost touch"});
}

TEST_CASE("Acts and names that look like reporting are not", "[claims][patterns]") {
  // "agreed to vote" is an act; "Per" opening a name is not "per".
  CHECK(Claims("The Silesia Pension Fund has agreed to vote in favour.").empty());
  CHECK(Claims("Its chief executive, Per Arne Kvist, joined in 2019.").empty());
  // A report's own sources after its adverbial: the claim is what comes before.
  const Found cited = Claims("The plant will close next year, The Circuit reported last month, citing two engineers.");
  REQUIRE(cited.size() == 1);
  CHECK(cited[0].find("Circuit]: The plant will close next year") != std::string::npos);
}

TEST_CASE("A headline quoting the person it ends with is that person's claim", "[claims][quotations]") {
  CHECK(Claims("\"Rates will come down slower than markets think\": Q&A with Brennan Trust's Odile Marchand\n\n"
               "Odile Marchand spoke to us by video.\n") == Found{"[Odile Marchand]: Rates will come down slower than markets think"});
  CHECK(Claims("\"Rates will come down\": the view from the bond desk\n\nNobody agrees.\n").empty());
}

TEST_CASE("Spans end where the speaker's clause ends", "[claims][spans]") {
  // A long adverbial after an attribution that follows its content is the author's.
  CHECK(Claims("Lumenfold is raising money at an $18 billion valuation, Jane Roe reported on Wednesday, in what would be "
               "one of the year's largest rounds.") == Found{"[Jane Roe]: Lumenfold is raising money at an $18 billion valuation"});
  // "but she said …" starts a second claim.
  CHECK(Claims("Renata Obuya conceded that the farm had drilled two wells, but she said both were licensed.") ==
        Found{"[Renata Obuya]: the farm had drilled two wells", "[Renata Obuya]: both were licensed"});
  // A quotation that is only the subject of the reported clause does not end it.
  CHECK(Claims("Jonah Whitby wrote that \"speculative projects\" were an excuse for underinvestment.") ==
        Found{"[Jonah Whitby]: \"speculative projects\" were an excuse for underinvestment"});
  // A telling verb in a relative clause states only with that or what it urges.
  CHECK(Claims("The Energy Outlook Council, which advises consuming countries, said demand would fall.") ==
        Found{"[Energy Outlook Council]: demand would fall"});
}

TEST_CASE("A caption line names one speaker, its role after the comma", "[claims][quotations]") {
  // "Colbury" spoke elsewhere in the text; on the caption line it is the speaker's club, not a second speaker.
  const std::string text =
      "The Colbury manager, Niall Brennock, was unhappy. Colbury said the corner was wrong.\n\n"
      "\"Nobody in that dressing room should be ashamed.\"\nNiall Brennock, Colbury manager\n";
  const Found found = Claims(text);
  REQUIRE(!found.empty());
  CHECK(found.back() == "[Niall Brennock]: Nobody in that dressing room should be ashamed");
}

TEST_CASE("A relative clause on an appositive's organisation is its claim, and the speaker's verb follows it", "[claims][patterns]") {
  CHECK(Claims("Hollis Grant, an analyst at Pembury Securities, which has forecast a 10% fall in volumes, cautioned that "
               "any buyer would face a slow recovery.") ==
        Found{"[Pembury Securities]: a 10% fall in volumes", "[Hollis Grant]: any buyer would face a slow recovery"});
  CHECK(Claims("Calder Energy plc today announced that it has taken a final investment decision.") ==
        Found{"[Calder Energy]: it has taken a final investment decision"});
}

TEST_CASE("A weekday or a preposition opening a sentence is no speaker", "[claims][names]") {
  CHECK(Claims("On Friday, the paper ran a reply from Dalla Brenner, claiming she had refused to discuss the merger.\n")
            .empty());
}

TEST_CASE("A headline's verb in title case is not part of the name before it", "[claims][names]") {
  const std::string text =
      "Fares Will Not Be Hidden From Riders – Transport Secretary, Okonjo Pledges\n\n"
      "Adaeze Okonjo, the newly sworn-in transport secretary, has promised that no fare rise will be hidden.\n\n"
      "Speaking at the ministry, Okonjo said \"riders will see every change before it happens.\"\n";
  // (The headline is her claim too, up to the role that names her.)
  CHECK(Claims(text) == Found{"[Adaeze Okonjo]: Fares Will Not Be Hidden From Riders", "[Adaeze Okonjo]: no fare rise will be hidden",
                              "[Adaeze Okonjo]: riders will see every change before it happens"});
}

TEST_CASE("A minister's portfolio after the name is a role, not a speaker", "[claims][names]") {
  const std::string text =
      "Chiamaka Oduya, Minister of Trade, Tourism and Creative Industries, on her part said the ministry would court "
      "new buyers abroad.\n\n"
      "She said the ministry would also reopen the export desks closed last year.\n";
  CHECK(Claims(text) == Found{"[Chiamaka Oduya]: the ministry would court new buyers abroad",
                              "[Chiamaka Oduya]: the ministry would also reopen the export desks closed last year"});
}

TEST_CASE("A Han discourse marker ending in 说 is no speaker", "[claims][names]") {
  CHECK(Claims("林海峰表示，今年一季度出口增长较快。可以说，外贸开局良好。总的来说，形势好于预期。客观地说，压力仍在。\n") ==
        Found{"[林海峰]: 今年一季度出口增长较快"});
}

TEST_CASE("A promise is a claim in every form, 'according to her' is whom 'her' stands for", "[claims][names]") {
  const std::string text =
      "Adaeze Okonjo, the transport secretary, has promised that no fare rise will be hidden.\n\n"
      "According to her, the ministry would publish every tariff change a month ahead.\n\n"
      "Okonjo also pledged to cut fares for students and promised a review of night buses.\n";
  // "pledged to …" and "promised a review" each state what she will do: two claims, split at "and".
  CHECK(Claims(text) == Found{"[Adaeze Okonjo]: no fare rise will be hidden",
                              "[Adaeze Okonjo]: the ministry would publish every tariff change a month ahead",
                              "[Adaeze Okonjo]: to cut fares for students", "[Adaeze Okonjo]: a review of night buses"});
  // Not what others promised her, nor a promise that only points back.
  CHECK(Claims("Orla Veit said she had been promised a new contract.\n") == Found{"[Orla Veit]: she had been promised a new contract"});
}
