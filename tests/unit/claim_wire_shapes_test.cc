// Reporting shapes met in real wire, business and sport copy (issue 10): quoted words after a
// framing verb end at their closing mark, a goal or a count "added" is no speech, and a reporting
// verb's noun ("her forecast") does not stop a clause that goes on to ", noting that". Every text is
// made up.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/claim.h"
#include "support/claim_lookup.h"

using namespace dossier;

TEST_CASE("Quoted words after a framing verb are the claim, up to their closing mark", "[claims][spans]") {
  // A promise after them states what the speaker will do (RULES, promises).
  CHECK(Claims("Union leader Maud Pryce called the cut \"a mistake\" and promised to fight it.\n") ==
        Found{"[Maud Pryce]: a mistake", "[Maud Pryce]: to fight it"});
  CHECK(Claims("Union leader Maud Pryce called the cut \xE2\x80\x9C" "a betrayal of the staff\xE2\x80\x9D on Monday.\n") ==
        Found{"[Maud Pryce]: a betrayal of the staff"});
  // A second reporting verb after the quoted words reports a clause of its own.
  CHECK(Claims("The Ostrava Growers Union called the levy \"a tax on bread\" and said its members would march on "
               "Monday.\n") == Found{"[Ostrava Growers Union]: a tax on bread", "[Ostrava Growers Union]: its members would march on Monday"});
}

TEST_CASE("A goal, a score or a count added is no statement", "[claims][spans]") {
  CHECK(Claims("Jamie Orr added the third in the 78th minute as Castleford won 3-0.\n").empty());
  CHECK(Claims("Striker Lea Monti added a late penalty.\n").empty());
  CHECK(Claims("Brill Telecom added 120,000 subscribers in the quarter.\n").empty());
  // Speech after "added" still is one.
  CHECK(Claims("Jamie Orr added that the win meant a lot to the town.\n") == Found{"[Jamie Orr]: the win meant a lot to the town"});
  CHECK(Claims("Jamie Orr added the club would appeal the red card.\n") == Found{"[Jamie Orr]: the club would appeal the red card"});
}

TEST_CASE("What trails a tag after its content is no claim, a reporting verb's noun in it too", "[claims][spans]") {
  CHECK(Claims("Corra Fuels will cut runs at its two refineries, Ines Dahl said on Tuesday, as diesel demand fell.\n") ==
        Found{"[Ines Dahl]: Corra Fuels will cut runs at its two refineries"});
}

TEST_CASE("A clause goes on past a reporting verb's noun to its \", noting that\"", "[claims][spans]") {
  CHECK(Claims("Marta Lindqvist raised her forecast on Monday, noting that exports had picked up.\n") ==
        Found{"[Marta Lindqvist]: exports had picked up"});
  CHECK(Claims("Harlow Energy cut its estimate, adding that demand had stalled in Asia.\n") ==
        Found{"[Harlow Energy]: demand had stalled in Asia"});
}

TEST_CASE("A press conference transcript's answers are its speakers'", "[claims][turns]") {
  // A speaker's heading in mixed case over topic lines and quoted answers.
  const std::string conference =
      "Weekly press conference\n\nCoach Sam Ilves\n\nOn the injury:\n\n\"Losing your starter in the first quarter "
      "changes everything. The backups have to be ready.\"\n\nOn the defence:\n\n\"We gave up too many big plays.\"\n";
  CHECK(Claims(conference) == Found{"[Sam Ilves]: Losing your starter in the first quarter changes everything",
                                    "[Sam Ilves]: The backups have to be ready", "[Sam Ilves]: We gave up too many big plays"});
  // "A:" is the answer of the heading over the questions, not of a place the title names.
  const std::string qa =
      "Harbor City press conference transcript\n\nHead coach Dale Finnegan\n\nQ: How is the quarterback's ankle?\n"
      "A: He is day to day.\n";
  CHECK(Claims(qa) == Found{"[Dale Finnegan]: He is day to day"});
  // "Q." asks; a line with no label goes on with the turn of its paragraph.
  const std::string tournament =
      "Q. How long did it take you to learn the system?\nTOMAS EBBE: About a year and a half, maybe more.\nI still hear "
      "the coach's voice on every possession.\n\nThe team flies home on Sunday.\n";
  CHECK(Claims(tournament) ==
        Found{"[Tomas Ebbe]: About a year and a half, maybe more", "[Tomas Ebbe]: I still hear the coach's voice on every possession"});
  // A subheading over a quotation whose own tag names its speaker is no speaker's heading.
  const std::string subheading =
      "Harlow Re counts the cost\n\nWider Cover Needed\n\n\"Our models show where the losses stop,\" said Ines Kova, "
      "chief executive of Harlow Re.\n";
  CHECK(Claims(subheading) == Found{"[Ines Kova]: Our models show where the losses stop"});
}

TEST_CASE("A passive forecast (is forecast to) does not make what is forecast a speaker", "[claims][patterns]") {
  // The SNP had "forecast" its own fall on a real election story ("forecast" is its own participle).
  CHECK(Claims("The Harlow Party's share is forecast to drop from 43 seats to just six.").empty());
  CHECK(Claims("Turnout was forecast to fall below 60 percent.").empty());
  // The active past still reports.
  CHECK(Claims("Harlow Bank forecast that growth would slow to 2 percent.") ==
        Found{"[Harlow Bank]: growth would slow to 2 percent"});
}

TEST_CASE("A time phrase after the verb belongs to the tag, not the claim", "[claims][spans]") {
  CHECK(Claims("Mayor Tilda Brennock said last week there's still no evidence of fraud in the count.\n") ==
        Found{"[Tilda Brennock]: there's still no evidence of fraud in the count"});
  CHECK(Claims("Dorran Kell said earlier this month the unit was a burden that would not last the winter.\n") ==
        Found{"[Dorran Kell]: the unit was a burden that would not last the winter"});
  // After words placed before the subject, the clause after the time is still what is said.
  CHECK(Claims("In a sign that demand is rising, Halvorsen Energy said on Tuesday it will cut 400 jobs at its Drammen plant.\n") ==
        Found{"[Halvorsen Energy]: it will cut 400 jobs at its Drammen plant"});
  // A conjunction's clause after the time is no claim: the content comes before the tag.
  CHECK(Claims("Temperatures could reach 36C by Thursday, the Brisk Weather Office said on Monday as it raised its alert.\n") ==
        Found{"[Brisk Weather Office]: Temperatures could reach 36C by Thursday"});
}

TEST_CASE("'confirmed' with a noun alone is an act, with a clause it states", "[claims][spans]") {
  CHECK(Claims("Lubbin County health officials also confirmed the death, but neither agency gave details.\n").empty());
  CHECK(Claims("The Brenmark Group has confirmed nine new cases in the county.\n").empty());
  CHECK(Claims("The Brenmark Group confirmed the plant would close.\n") == Found{"[Brenmark Group]: the plant would close"});
  CHECK(Claims("Noor Halvari confirmed the administration plans to lift the limits.\n") ==
        Found{"[Noor Halvari]: the administration plans to lift the limits"});
  // Claiming victory takes something; it states nothing.
  CHECK(Claims("Kovac claims victory in the Senate race.\n").empty());
}

TEST_CASE("A refusal, then 'but said', states what follows", "[claims][spans]") {
  CHECK(Claims("Tilda Brennock did not name the contractor but said the repairs would take a month.\n") ==
        Found{"[Tilda Brennock]: the repairs would take a month"});
  CHECK(Claims("Coach Aldo Ferrante did not say whether he would stay, but insisted his players had earned the title.\n") ==
        Found{"[Aldo Ferrante]: his players had earned the title"});
  CHECK(Claims("Ines Marr, the chief executive, did not comment on the cut, but said the margins had been thin.\n") ==
        Found{"[Ines Marr]: the margins had been thin"});
  // A promise ends where the subject's refusal to say more begins.
  CHECK(Claims("Orvik Council has promised aid for the towns but has not said how much.\n") ==
        Found{"[Orvik Council]: aid for the towns"});
}

TEST_CASE("A telling verb's object before a pronoun's clause, 'answered:', a pledge's purpose", "[claims][spans]") {
  CHECK(Claims("Halvorsen told the board it would sell the unit.\n") == Found{"[Halvorsen]: it would sell the unit"});
  CHECK(Claims("Grant Sollen warns suppliers they must be ready to pass on cuts.\n") ==
        Found{"[Grant Sollen]: they must be ready to pass on cuts"});
  CHECK(Claims("Asked about the schools, Hollis Varga answered: \"Not this month.\"\n") == Found{"[Hollis Varga]: Not this month"});
  CHECK(Claims("Hollis Varga answered with a number.\n").empty());
  // "so that" gives the pledge's purpose, inside the claim; it opens no claim of its own.
  CHECK(Claims("Petra Sollenhag will pledge to cut standing charges, so that households pay less.\n") ==
        Found{"[Petra Sollenhag]: to cut standing charges, so that households pay less"});
}

TEST_CASE("A day or a statement between the verb and its quotation leaves the quotation the claim", "[claims][spans]") {
  CHECK(Claims("Governor Ada Morrow said Tuesday, \"We will use every asset we have.\"\n") ==
        Found{"[Ada Morrow]: We will use every asset we have"});
  CHECK(Claims("Ada Morrow said in a statement Tuesday, \"The state stands with the families.\"\n") ==
        Found{"[Ada Morrow]: The state stands with the families"});
}

TEST_CASE("The colon of a time is no boundary of a claim", "[claims][spans]") {
  CHECK(Claims("The search was suspended at 7:30 pm, Captain Lena Vasko told reporters.\n") ==
        Found{"[Lena Vasko]: The search was suspended at 7:30 pm"});
  CHECK(Claims("The Corvane Port Authority said it would close the channel as of 6:15 p.m. on Tuesday.\n") ==
        Found{"[Corvane Port Authority]: it would close the channel as of 6:15 p.m. on Tuesday"});
}

TEST_CASE("An affiliation with its article or an initialism after a name leaves the name the speaker", "[claims][speakers]") {
  CHECK(Claims("Petra Oduya of the Coastal Rescue Service said that four boats were searching.\n") ==
        Found{"[Petra Oduya]: four boats were searching"});
  CHECK(Claims("Four boats were searching, Petra Oduya of the U.S. Coastal Rescue Service said at a briefing.\n") ==
        Found{"[Petra Oduya]: Four boats were searching"});
  // A rank of two words after the body's name: the person after it speaks.
  CHECK(Claims("The search ended at dusk, US Harbour Guard Rear Admiral Ines Calloway told reporters.\n") ==
        Found{"[Ines Calloway]: The search ended at dusk"});
  // A corps is a body whose name goes on with "of".
  CHECK(Claims("The Harbour Corps of Engineers added that steel still lies below the mud line.\n") ==
        Found{"[Harbour Corps of Engineers]: steel still lies below the mud line"});
}

TEST_CASE("Two apostrophes are a double quotation mark, and a blank after a mark is no part of the claim", "[claims][quotations]") {
  // The house style of some wires and sports desks: ''…,'' X said.
  CHECK(Claims("''Definitely, the harvest is lost. The survey is under way,'' Ravel told reporters.\n") ==
        Found{"[Ravel]: Definitely, the harvest is lost", "[Ravel]: The survey is under way"});
  CHECK(Claims("Coach Idris Vantongeren was pleased.\n\n'' We kept the ball well and deserved the win,'' he said.\n") ==
        Found{"[Idris Vantongeren]: We kept the ball well and deserved the win"});
  CHECK(Claims("Coach Idris Vantongeren was pleased.\n\n\" We kept the ball well and deserved the win,\" he said.\n") ==
        Found{"[Idris Vantongeren]: We kept the ball well and deserved the win"});
}

TEST_CASE("A place in capitals and a colon opening the lead is a dateline, not a speaker's turn", "[claims][turns]") {
  // South Asian and Gulf papers open a report so: the lead's sentences are nobody's turn.
  const std::string text =
      "Ferry services halted\n\n"
      "PORT TALMIR: The suspension of ferry services spelt more trouble for islanders on Thursday. "
      "Officials said that sailings would resume by Friday.\n";
  CHECK(Claims(text) == Found{"[officials]: sailings would resume by Friday"});
  CHECK(Claims("Ferry services halted\n\nPORT TALMIR: Sailings will resume on Friday, shipping minister Arun Velloza said.\n") ==
        Found{"[Arun Velloza]: Sailings will resume on Friday"});
  // A label that opens other lines too is a transcript's speaker.
  CHECK(Claims("Call notes\n\nNORA VASQUEZ: Admissions rose last week.\n\nNORA VASQUEZ: Care homes are the worry.\n") ==
        Found{"[Nora Vasquez]: Admissions rose last week", "[Nora Vasquez]: Care homes are the worry"});
}

TEST_CASE("A claiming or alleging clause after a suit states the suer's claim", "[claims][spans]") {
  CHECK(Claims("Jane Oyelaran sued Tarrow Systems in state court, claiming the outage cost her $5 million.\n") ==
        Found{"[Jane Oyelaran]: the outage cost her $5 million"});
  CHECK(Claims("Jane Oyelaran filed a complaint against the insurer on Monday, alleging that it ignored repeated warnings.\n") ==
        Found{"[Jane Oyelaran]: it ignored repeated warnings"});
}

TEST_CASE("An adverbial between a verb and its that, abbreviations and a relative clause's too, is the tag's", "[claims][spans]") {
  CHECK(Claims("The Ketterby Storm Centre said in its 11 a.m. Sunday update that the river would crest overnight.\n") ==
        Found{"[Ketterby Storm Centre]: the river would crest overnight"});
  CHECK(Claims("Ostrevane Power said in a statement at 5 p.m. Tuesday that it would contest the suit.\n") ==
        Found{"[Ostrevane Power]: it would contest the suit"});
  CHECK(Claims("The rise was blamed on Finance Minister Odalys Ferrante, who said on Monday that the dry season had hurt farmers.\n") ==
        Found{"[Odalys Ferrante]: the dry season had hurt farmers"});
  CHECK(Claims("The rise was blamed on Finance Minister Odalys Ferrante, who told reporters on Monday that the dry season had hurt "
               "farmers.\n") == Found{"[Odalys Ferrante]: the dry season had hurt farmers"});
}

TEST_CASE("A measure of time before a quote-first tag's adverbial leaves the tag trailing", "[claims][spans]") {
  CHECK(Claims("\"He cannot play,\" Velkor coach Ansgar Trübeck said just before kick-off in the game against Ostrava.\n") ==
        Found{"[Ansgar Trübeck]: He cannot play"});
  CHECK(Claims("\"We were lucky,\" Ansgar Trübeck said minutes after the final whistle.\n") == Found{"[Ansgar Trübeck]: We were lucky"});
}

TEST_CASE("A party's long name with its acronym before a candidate's role leaves the candidate the speaker", "[claims][speakers]") {
  CHECK(Claims("\"I took the penalty and I scored,\" Movement for the Renewal of Ostland (MRO) candidate Ivo Karsenti said on "
               "Monday.\n") == Found{"[Ivo Karsenti]: I took the penalty and I scored"});
}

TEST_CASE("A cleft after a noun of stating gives what follows its copula", "[claims][spans]") {
  CHECK(Claims("The other concern Dr Ilse Marrow flagged was the possible escalation of tariffs in the region.\n") ==
        Found{"[Ilse Marrow]: the possible escalation of tariffs in the region"});
  CHECK(Claims("The message Ilse Marrow stressed was that wages would lag prices.\n") == Found{"[Ilse Marrow]: wages would lag prices"});
}
