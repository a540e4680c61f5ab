// The tag after a quotation as real wire, court, disaster, transport and launch stories write it
// (issue 10), with invented people and bodies: a role whose owner holds a number or a joiner, a role
// "of" a department before the name, an affiliation between the name and the verb, and a body's
// posted message or website that speaks.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/claim.h"
#include "support/claim_lookup.h"

using namespace dossier;

TEST_CASE("A role's owner may hold a channel number, 'and' or 'of'", "[claims][spans]") {
  CHECK(Claims("\"It puts pressure on them,\" said KORV 9 Legal Analyst Joe Marn.\n") ==
        Found{"[Joe Marn]: It puts pressure on them"});
  CHECK(Claims("\"It was a good day for Velt,\" Brisk Research and Strategy analyst Pat Morel said at the event.\n") ==
        Found{"[Pat Morel]: It was a good day for Velt"});
  CHECK(Claims("\"Prices will fall,\" said Bank of Kandara economist Pat Morel.\n") ==
        Found{"[Pat Morel]: Prices will fall"});
  // (A capitalised title after a body named with "of" leaves the body what "the central bank" is.)
  CHECK(Claims("Bank of Ostara Governor Mira Kalnins spoke in parliament. The central bank said in its bulletin that food "
               "inflation reached 9%.\n") == Found{"[Bank of Ostara]: food inflation reached 9%"});
}

TEST_CASE("A role 'of' a department, then the name, closes the tag", "[claims][spans]") {
  CHECK(Claims("\"None of us will forget last year,\" said Velt president of mobile communications business DJ Orrin.\n") ==
        Found{"[DJ Orrin]: None of us will forget last year"});
  CHECK(Claims("\"Stocks are cheap,\" said Ostara Bank head of equity research Lena Maro, adding that bonds were not.\n") ==
        Found{"[Lena Maro]: Stocks are cheap", "[Lena Maro]: bonds were not"});
  // (Not a body's name of capitalised words alone after "of": no lowercase word leads to the name.)
  CHECK(Claims("\"Stocks are cheap,\" said Velt president of Ostara Bank Lena Maro.\n").empty());
}

TEST_CASE("An affiliation between the name and the verb of a tag", "[claims][spans]") {
  CHECK(Claims("\"I have not seen winds like this,\" Jerry Lanz with Orvel Fire Service told a local station.\n") ==
        Found{"[Jerry Lanz]: I have not seen winds like this"});
  CHECK(Claims("\"The river will crest tonight,\" Hana Roe of the Orvel Weather Office said.\n") ==
        Found{"[Hana Roe]: The river will crest tonight"});
}

TEST_CASE("A body's posted message or website speaks for the body", "[claims][spans]") {
  CHECK(Claims("Orvel Rail posted an update. \"The line is blocked,\" the Orvel Rail message said. \"Buses will run.\"\n") ==
        Found{"[Orvel Rail]: The line is blocked", "[Orvel Rail]: Buses will run"});
  CHECK(Claims("Five trains were cancelled on Monday, the Orvel Rail website reported.\n") ==
        Found{"[Orvel Rail]: Five trains were cancelled on Monday"});
}

TEST_CASE("A long owner with a saint's stop, a statement on a body's web site, a web address told", "[claims][spans]") {
  CHECK(Claims("\"We are pleased,\" said St. Aldric County Health Department Epidemiologist Kelly Marn.\n") ==
        Found{"[Kelly Marn]: We are pleased"});
  CHECK(Claims("Ms. Vand said more would come. \"We have used up our supply,\" read a statement on the Orvel Clinic web site.\n") ==
        Found{"[Vand]: more would come", "[Orvel Clinic]: We have used up our supply"});
  CHECK(Claims("The county gave 550 shots on Monday, Nan Welt, an assistant at the clinic, told KellNews.com.\n") ==
        Found{"[Nan Welt]: The county gave 550 shots on Monday"});
}

TEST_CASE("'according to X' after a quotation whose comma is inside its closing mark", "[claims][spans]") {
  CHECK(Claims("The county closed the clinic due to \"overwhelming demand,\" according to the Kell Ledger.\n") ==
        Found{"[Kell Ledger]: The county closed the clinic due to \"overwhelming demand"});
  CHECK(Claims("\"We will rebuild,\" according to Jan Orr.\n") == Found{"[Jan Orr]: We will rebuild"});
}

TEST_CASE("A description, then the name in apposition, between a quotation and its verb", "[claims][spans]") {
  CHECK(Claims("\u201cWe will rebuild,\u201d the district's commander, Col. Ana Ruiz, said.\n") ==
        Found{"[Ana Ruiz]: We will rebuild"});
  CHECK(Claims("\u201cWe will appeal,\u201d his lawyer, Ben Brafe, told reporters.\n") == Found{"[Ben Brafe]: We will appeal"});
  // (Not words after a quoted phrase that end in no role: "a deal … before summer, Lund told".)
  CHECK(Claims("\u201cI don\u2019t see\u201d a deal before summer, Ana Lund told reporters.\n") ==
        Found{"[Ana Lund]: \u201cI don\u2019t see\u201d a deal before summer"});
  // (Nor a base form after the name's comma: "state epidemiologist".)
  CHECK(Claims("\u201cThe outbreak is over,\u201d said Dr. Sarah Vell, state epidemiologist.\n") ==
        Found{"[Sarah Vell]: The outbreak is over"});
}

TEST_CASE("', noting …' without 'that' and ', adding, \"…\"' give the speaker a second claim", "[claims][spans]") {
  CHECK(Claims("Chief Dan Orr said the crash appears to be an accident, noting there was no sign of foul play.\n") ==
        Found{"[Dan Orr]: the crash appears to be an accident", "[Dan Orr]: there was no sign of foul play"});
  CHECK(Claims("\u201cThe situation is serious,\u201d Ms. Ruiz said, adding, \u201cand so we want to act now.\u201d\n") ==
        Found{"[Ruiz]: The situation is serious", "[Ruiz]: and so we want to act now"});
  // A noun object noted is stated too (RULES: speech acts with a noun object).
  CHECK(Claims("Dan Orr said rents would fall, noting the rise in supply.\n") ==
        Found{"[Dan Orr]: rents would fall", "[Dan Orr]: the rise in supply"});
}

TEST_CASE("A headline's comma for 'and' before 'says' gives the subject's claim", "[claims][spans]") {
  CHECK(Claims("Quillmark cuts prices, says demand is slowing\n\nQuillmark cut prices on Monday.\n") ==
        Found{"[Quillmark]: demand is slowing"});
  CHECK(Claims("Jane Orr thanked the crews, said the line would reopen on Monday.\n") ==
        Found{"[Jane Orr]: the line would reopen on Monday"});
  // (Not an inverted attribution after the comma, nor a subject inside an appositive.)
  CHECK(Claims("Acme cut 300 jobs, said the union on Monday.\n").empty());
  CHECK(Claims("Nick Orr, head of the firm's Kell design centre, said the phone was thin.\n") ==
        Found{"[Nick Orr]: the phone was thin"});
}

TEST_CASE("A description of the speaker after the content's comma opens the tag", "[claims][spans]") {
  CHECK(Claims("Floodwater covered two miles of track, the regional operator Kestrel Valley Rail said.\n") ==
        Found{"[Kestrel Valley Rail]: Floodwater covered two miles of track"});
  CHECK(Claims("A child was hurt when a tree fell on a car, the county's coroner Lacey Orvell told a local station.\n") ==
        Found{"[Lacey Orvell]: A child was hurt when a tree fell on a car"});
}

TEST_CASE("An inverted attribution inside its content gives the whole sentence", "[claims][spans]") {
  CHECK(Claims("As private firms, says KELL-AM's Irene Corne, they are not covered by the law.\n") ==
        Found{"[Irene Corne]: As private firms, says KELL-AM's Irene Corne, they are not covered by the law"});
  // (Not an appositive or a relative clause after the name.)
  CHECK(Claims("Prices will rise, says Jane Orr, an analyst at Acme Holdings.\n") == Found{"[Jane Orr]: Prices will rise"});
  CHECK(Claims("Prices will rise, says Jane Orr, who heads research.\n") == Found{"[Jane Orr]: Prices will rise"});
}

TEST_CASE("'agree' with a preposition acts, with 'that' after it states", "[claims][spans]") {
  CHECK(Claims("The authority insisted that the union agree in return to cuts in pensions.\n").empty());
  CHECK(Claims("Vell Motors agreed in principle with the regulator to pay a fine.\n").empty());
  CHECK(Claims("Ms Velt agreed with the board that the plan was late.\n") == Found{"[Velt]: the plan was late"});
}

TEST_CASE("A count opening its sentence names no one and 'testify against' acts", "[claims][spans]") {
  CHECK(Claims("Four states -- Kell, Ostra and Vand -- are facing drought.\n").empty());
  CHECK(Claims("Jo Lanz will testify against them if they go to trial.\n").empty());
  CHECK(Claims("Jo Lanz testified in court that she saw the car.\n") == Found{"[Jo Lanz]: she saw the car"});
}
