// Reporting shapes counted on real health and energy pages (issue 10, session 18), written again
// with invented people, companies and places: a credit or section label in capitals that is no
// transcript, a wire's comments box (a name, its role and employer in capitals over a quotation), a
// concession that reports a second claim, a forecast's gerund after another act, a document as a
// quotation's tag, a past tense's object before a colon quotation, "described … as" with quoted
// words, summary bullets, a relative clause on the one warned, an interview's initials, and a
// company's legal suffix with its stop before the verb.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/claim.h"
#include "support/claim_lookup.h"

using namespace dossier;

TEST_CASE("One label in capitals is a credit or a heading, not a transcript", "[claims][turns]") {
  // An aggregator's credit line over the story it rewrites: the story's own attributions decide.
  CHECK(Claims("QUILLON POST:\n\nThe Marrowby Health Board warned that two visitors had tested positive.\n\n"
               "\"They are isolated at home,\" said Ines Talvik, the county's epidemiologist.\n") ==
        Found{"[Marrowby Health Board]: two visitors had tested positive", "[Ines Talvik]: They are isolated at home"});
  // A wire's section label with text after it on the same line.
  CHECK(Claims("MARKET REACTION: Shares in Velk Pharma rose 4% in early trade.\n").empty());
  // A label over a quotation stays a turn: a team radio's line.
  CHECK(Claims("Tomas Ferenc finished third.\n\nFERENC: \"The tyres are gone.\"\n") ==
        Found{"[Tomas Ferenc]: The tyres are gone"});
}

TEST_CASE("A comments box names each speaker in capitals, a role and an employer after commas", "[claims][turns]") {
  CHECK(Claims("COMMENTS\n\nMARTA OSEI, HEAD OF RESEARCH, KELLAND CAPITAL\n\n\"The data is strong. Approval looks likely.\"\n\n"
               "PIET VANDAM, PROFESSOR OF IMMUNOLOGY, UNIVERSITY OF ARNSTEDE\n\n\"We still need the safety readout.\"\n") ==
        Found{"[Marta Osei]: The data is strong", "[Marta Osei]: Approval looks likely",
              "[Piet Vandam]: We still need the safety readout"});
}

TEST_CASE("A concession or contrast with its own reporting verb is a second claim", "[claims][spans]") {
  CHECK(Claims("Health Minister Rosa Almeda admitted waiting lists would grow for a year, though she suggested they will "
               "fall by 2028.\n") ==
        Found{"[Rosa Almeda]: waiting lists would grow for a year", "[Rosa Almeda]: they will fall by 2028"});
  CHECK(Claims("Orin Vask said the grid was secure, although he stressed that reserves were thin.\n") ==
        Found{"[Orin Vask]: the grid was secure", "[Orin Vask]: reserves were thin"});
  // (A contrast without a reporting verb stays inside the claim.)
  CHECK(Claims("Orin Vask said prices rose while wages fell.\n") == Found{"[Orin Vask]: prices rose while wages fell"});
}

TEST_CASE("A forecast's gerund after another act claims its object", "[claims][spans]") {
  CHECK(Claims("Brannock Bank published its outlook on Tuesday predicting a 9% rise in power prices.\n") ==
        Found{"[Brannock Bank]: a 9% rise in power prices"});
  CHECK(Claims("Brannock Bank cut its outlook, forecasting demand growth of 1% next year.\n") ==
        Found{"[Brannock Bank]: demand growth of 1% next year"});
  // A weekday before it is an adverbial, not a noun's preposition.
  CHECK(Claims("Brannock Bank published its annual outlook on Monday predicting a reserve margin of 4%.\n") ==
        Found{"[Brannock Bank]: a reserve margin of 4%"});
  // (A preposition after it is no object.)
  CHECK(Claims("Brannock Bank has been forecasting for years.\n").empty());
}

TEST_CASE("A document after a quotation speaks for its maker", "[claims][quotations]") {
  CHECK(Claims("\"Refinery margins will narrow in the second half,\" detailed the Velmora report.\n") ==
        Found{"[Velmora]: Refinery margins will narrow in the second half"});
  CHECK(Claims("\"Gas storage is adequate,\" stated the latest report from the consulting firm Tarel Partners.\n") ==
        Found{"[Tarel Partners]: Gas storage is adequate"});
}

TEST_CASE("A past tense and its object before a colon introduce a quotation", "[claims][quotations]") {
  CHECK(Claims("Lidia Marov also reaffirmed her confidence in the reactor plan: \"We will finish on time.\"\n") ==
        Found{"[Lidia Marov]: We will finish on time"});
}

TEST_CASE("'described … as' gives the quoted words, not an unquoted framing", "[claims][spans]") {
  CHECK(Claims("Nils Harrow, chief executive of Calder Trusts, described the target as \"very stretching\".\n") ==
        Found{"[Nils Harrow]: very stretching"});
  CHECK(Claims("Nils Harrow described the target as ambitious.\n").empty());
}

TEST_CASE("Summary bullets with '*' report like any list item", "[claims][spans]") {
  CHECK(Claims("* Ostrava Power says restart of second unit under way\n* Kell Grid says supply is secure\n\n"
               "OSTRAVA, Nov 11 The regulator approved the restart on Friday.\n") ==
        Found{"[Ostrava Power]: restart of second unit under way", "[Kell Grid]: supply is secure"});
}

TEST_CASE("A relative clause on the one warned does not hide the warning's clause", "[claims][spans]") {
  CHECK(Claims("The Kell Nurses Union warned Tomas Reyna, who replaced Ada Kell as health minister this week, that waiting "
               "times would define his term.\n") == Found{"[Kell Nurses Union]: waiting times would define his term"});
  CHECK(Claims("Mara Lind told Kell Bank, which lent the money, that it would be repaid.\n") ==
        Found{"[Mara Lind]: it would be repaid"});
}

TEST_CASE("An interview's sides named in full once and by initials after", "[claims][turns]") {
  CHECK(Claims("Here is an edited transcript.\n\nJoan Pirelli: Will gas prices fall this winter?\n\n"
               "Arne Solberg: I expect them to stay high. Storage is only half full.\n\nJP: And next year?\n\n"
               "AS: Next year looks better.\n") ==
        Found{"[Joan Pirelli]: Will gas prices fall this winter", "[Arne Solberg]: I expect them to stay high",
              "[Arne Solberg]: Storage is only half full", "[Joan Pirelli]: And next year",
              "[Arne Solberg]: Next year looks better"});
}

TEST_CASE("A company's legal suffix and its stop belong to the subject", "[claims][spans]") {
  CHECK(Claims("Velk Pharma Inc. said on Monday that trial enrolment was complete.\n") ==
        Found{"[Velk Pharma Inc]: trial enrolment was complete"});
  CHECK(Claims("Ostrava Power Corp. said wind output fell by a fifth.\n") == Found{"[Ostrava Power Corp]: wind output fell by a fifth"});
}
