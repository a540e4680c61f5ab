// Where a claim begins and ends on the shapes of wire and business copy (issue 10): a dateline
// before the lead, adverbials after an attribution that follows its content, a second verb after
// `but` or a told object, a new attribution after a subordinate clause, a source cited after a
// quotation, a headline's credit after a colon, and `declared` with only a noun. Every text is made up.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/claim.h"
#include "support/claim_lookup.h"

using namespace dossier;

TEST_CASE("A wire dateline before the lead is no part of its attribution", "[claims][spans]") {
  CHECK(Claims("VELDHAVEN, May 4 (Reuters) - Finance minister Ada Kern said on Monday that the budget would balance, "
               "adding that taxes would not rise.\n") ==
        Found{"[Ada Kern]: the budget would balance", "[Ada Kern]: taxes would not rise"});
  CHECK(Claims("PORT ELLIS (AP) — The new stadium will open in June, club chairman Rolf Teague said on Friday.\n") ==
        Found{"[Rolf Teague]: The new stadium will open in June"});
  // A place in capitals alone before a dash is a dateline too; a word in capitals in prose is not.
  CHECK(Claims("ORSOVA — Mayor Lena Ruiz said the bridge would reopen in May.\n") ==
        Found{"[Lena Ruiz]: the bridge would reopen in May"});
  CHECK(Claims("The NHS - its chief Ola Brandt said on Monday - needs more beds.\n").size() <= 1);
}

TEST_CASE("What follows a tag after its content is an adverbial, however it opens", "[claims][spans]") {
  CHECK(Claims("Inflation will stay above 3 percent until the autumn, deputy governor Tomas Berg said here on Tuesday.\n") ==
        Found{"[Tomas Berg]: Inflation will stay above 3 percent until the autumn"});
  CHECK(Claims("\"We are not there yet,\" Lina Obi told the bank's own podcast in an episode released on Friday.\n") ==
        Found{"[Lina Obi]: We are not there yet"});
  CHECK(Claims("\"The floor is 2 percent\" for this year, Tomas Berg told reporters outside the bank ahead of the vote.\n") ==
        Found{"[Tomas Berg]: \"The floor is 2 percent\" for this year"});
  CHECK(Claims("\"Savers paid for every mistake,\" Mira Sandt told The Orsova Times.\n") ==
        Found{"[Mira Sandt]: Savers paid for every mistake"});
  // The ones told owned by a name the text gave before: the quotation is still the speaker's.
  CHECK(Claims("Harbor Athletic said the deal was done.\n\"Thank you to everyone,\" Tomi Vance told Harbor "
               "Athletic's club website.\n") ==
        Found{"[Harbor Athletic]: the deal was done", "[Tomi Vance]: Thank you to everyone"});
  // Two words before the comma describe the subject; they are not content.
  CHECK(Claims("Her rival, Councillor Dan Merrow, conceded shortly after midnight.\n").empty());
}

TEST_CASE("A claim ends where another attribution begins", "[claims][spans]") {
  CHECK(Claims("Ana Cole said costs had eased but warned that the dollar would hurt exporters.\n") ==
        Found{"[Ana Cole]: costs had eased", "[Ana Cole]: the dollar would hurt exporters"});
  CHECK(Claims("Ana Cole said she had called the mayor and told party members at a rally that the plan was dead.\n") ==
        Found{"[Ana Cole]: she had called the mayor", "[Ana Cole]: the plan was dead"});
  CHECK(Claims("Ana Cole spoke on Monday. While Cole urged lenders to be patient, she said that the budget was sound.\n") ==
        Found{"[Ana Cole]: lenders to be patient", "[Ana Cole]: the budget was sound"});
  CHECK(Claims("Ana Cole told the Veldmark Business Forum that the fuel tax would stay, reports said.\n") ==
        Found{"[Ana Cole]: the fuel tax would stay"});
  CHECK(Claims("Omar Reyes said \"the deal is dead,\" according to the Orsova Ledger.\n") ==
        Found{"[Omar Reyes]: the deal is dead"});
  CHECK(Claims("When asked about the currency, Omar Reyes said: \"It is a blip, and markets know it.\"\n") ==
        Found{"[Omar Reyes]: It is a blip, and markets know it"});
  // ", while" and another named subject: that subject's own clause.
  CHECK(Claims("Kestrel analyst Mark Odom suggested the group had bought too much capacity, \"at a premium,\" while Dan Morrow "
               "at Synell Trust saw no change of strategy.\n") ==
        Found{"[Mark Odom]: the group had bought too much capacity, \"at a premium"});
  // An infinitive after the verb is no adverbial to step over.
  CHECK(Claims("Dan Morrow claimed to have spoken with the chief executive twice.\n") ==
        Found{"[Dan Morrow]: to have spoken with the chief executive twice"});
}

TEST_CASE("A quotation closed inside its claim does not go on into the next paragraph", "[claims][spans]") {
  CHECK(Claims("\"The floor is 2 percent\" for this year, Tomas Berg told reporters.\n\n"
               "Finance Minister Ida Lund said the plan was sound.\n") ==
        Found{"[Tomas Berg]: \"The floor is 2 percent\" for this year", "[Ida Lund]: the plan was sound"});
}

TEST_CASE("Declaring a dividend or victory is an act, declaring that is a claim", "[claims][spans]") {
  CHECK(Claims("Veldt Savings Bank also declared a dividend of 5 cents a share on Tuesday.\n").empty());
  CHECK(Claims("Veldt Savings Bank declared that the merger was off.\n") == Found{"[Veldt Savings Bank]: the merger was off"});
  CHECK(Claims("Although Ida Lund declared victory last month, Omar Reyes said the count was not over.\n") ==
        Found{"[Omar Reyes]: the count was not over"});
}

TEST_CASE("A headline's credit after a colon names the person the story introduces with that role", "[claims][spans]") {
  const std::string text =
      "Governor Ana Cole said on Friday that rates would hold until June.\n\n"
      "Rates to hold until June: governor\n";
  CHECK(Claims(text) == Found{"[Ana Cole]: rates would hold until June", "[Ana Cole]: Rates to hold until June"});
  // A credit that names no one the story introduced gives no claim, and the headline's verb none either.
  CHECK(Claims("Cartel finds consensus to hold output: minister\n").empty());
}

TEST_CASE("The items of a list announced by said: are each a claim, without their bullets", "[claims][spans]") {
  const std::string text =
      "Economy minister Jon Paik said:\n"
      "- Growth will slow to 1 percent this year.\n"
      "- Inflation will stay above target until 2027.\n"
      "The currency fell after the briefing.\n";
  CHECK(Claims(text) == Found{"[Jon Paik]: Growth will slow to 1 percent this year",
                              "[Jon Paik]: Inflation will stay above target until 2027"});
}

TEST_CASE("Wire and social reporting patterns: quoted as saying, posted on a platform, inverted warnings", "[claims][spans]") {
  CHECK(Claims("Rates would stay high for longer, Governor Ana Pell was quoted as saying by the state news agency.\n") ==
        Found{"[Ana Pell]: Rates would stay high for longer"});
  CHECK(Claims("Governor Ana Pell was quoted as saying that rates would stay high.\n") ==
        Found{"[Ana Pell]: rates would stay high"});
  CHECK(Claims("The vote had been stolen, Joel Marsh posted on social media late on Sunday.\n") ==
        Found{"[Joel Marsh]: The vote had been stolen"});
  // A post that is no statement: a company posting results.
  CHECK(Claims("Harlow Foods posted a loss of $3 million for the quarter.\n").empty());
  // An inverted warning names its speaker; an inverted "told" names the one told.
  CHECK(Claims("\"They are blocking the count,\" warned Kemal Ozturk during a television appearance.\n") ==
        Found{"[Kemal Ozturk]: They are blocking the count"});
  CHECK(Claims("The count was fair, told Kemal Ozturk.\n").empty());
  // An acronym beside the owner of a role after an inverted verb.
  CHECK(Claims("\"The turnout is high,\" said Electoral Commission (ZEC) chairwoman Rudo Chanda at a briefing.\n") ==
        Found{"[Rudo Chanda]: The turnout is high"});
}

TEST_CASE("Short reports, stray marks after that, glued stops and a bare saying", "[claims][spans]") {
  // Two words before the comma are a report when they are no description of the speaker.
  CHECK(Claims("Cases rose, Pim Osei told reporters.\n") == Found{"[Pim Osei]: Cases rose"});
  // "said that, \"…\"": the words inside the marks.
  CHECK(Claims("Ada Moss said that, \"I'm not excited about the fares.\"\n") ==
        Found{"[Ada Moss]: I'm not excited about the fares"});
  CHECK(Claims("Ian Carne told lawmakers that: \"What matters is that the rise is temporary.\"\n") ==
        Found{"[Ian Carne]: What matters is that the rise is temporary"});
  // A stop glued to the next sentence ends the sentence: two claims.
  CHECK(Claims("The plant will close by June, Acme Steel said in a statement.It said about 300 jobs would go.\n") ==
        Found{"[Acme Steel]: The plant will close by June", "[Acme Steel]: about 300 jobs would go"});
  // ", saying" with its clause and no `that` after a speaker's own clause.
  CHECK(Claims("Oil minister Ali Nasser said talks went well. Nasser set the stage for a deal, saying the markets were "
               "balanced.\n") == Found{"[Ali Nasser]: talks went well", "[Ali Nasser]: the markets were balanced"});
  // A name's appositive after the verb is part of what is said.
  CHECK(Claims("Chairman Musa Bello said Tinubu, the party's candidate, received 8.8 million votes.\n") ==
        Found{"[Musa Bello]: Tinubu, the party's candidate, received 8.8 million votes"});
  // Two names with a verb's -s form: a plural noun ("states"), no speakers.
  CHECK(Claims("Cases were found in Ondo, Edo, Taraba and Ebonyi states\n\nThe count goes on.").empty());
  CHECK(Claims("Kestria Health said the cases span 21 districts, with most in Ondo, Edo, Taraba and Ebonyi states\n") ==
        Found{"[Kestria Health]: the cases span 21 districts, with most in Ondo, Edo, Taraba and Ebonyi states"});
  // ", adding:" and a quotation: a second claim, the first ending before it.
  CHECK(Claims("Dr. Amira Shah said the ward had reopened, adding: \"We are back to normal.\"\n") ==
        Found{"[Amira Shah]: the ward had reopened", "[Amira Shah]: We are back to normal"});
  // A role opening the tag after a quotation: the ones told are no claim.
  CHECK(Claims("\"We will not accept it,\" Foreign Minister Abbas Rad told state television.\n") ==
        Found{"[Abbas Rad]: We will not accept it"});
  // The market's move after what was said is the author's.
  CHECK(Claims("Harlow Foods said it expected profit to fall, sending its shares down 8%.\n") ==
        Found{"[Harlow Foods]: it expected profit to fall"});
  // An unnamed subject of a trailing attribution ends the claim before it.
  CHECK(Claims("Abbas Rad said that talks had been useful, state media reported.\n") ==
        Found{"[Abbas Rad]: talks had been useful"});
}

TEST_CASE("An aside after `that`, a tag closed by a dash and an attribution set off by dashes", "[claims][spans]") {
  // The comma after `that` opens an aside inside the claim.
  CHECK(Claims("Ruth Keller said Tuesday that, while cases were falling, the wards were full.\n") ==
        Found{"[Ruth Keller]: while cases were falling, the wards were full"});
  CHECK(Claims("Ruth Keller said that, in effect, it was a second wave.\n") ==
        Found{"[Ruth Keller]: in effect, it was a second wave"});
  // A quotation's tag closed by a dash: the sentence goes on in the author's words.
  CHECK(Claims("Dana Harlow spoke first. Harlow was blunt — \"we are not there yet,\" she said — and left the room.\n") ==
        Found{"[Dana Harlow]: we are not there yet"});
  // An attribution between dashes inside its content gives the whole sentence; with nothing after
  // it, the words before the dash.
  CHECK(Claims("Prices will keep rising into the spring — the bank's chief economist, Lena Marsh, said on Thursday — "
               "before easing in the summer.\n") ==
        Found{"[Lena Marsh]: Prices will keep rising into the spring — the bank's chief economist, Lena Marsh, said on "
              "Thursday — before easing in the summer"});
  CHECK(Claims("Prices will keep rising into the spring — Lena Marsh said.\n") ==
        Found{"[Lena Marsh]: Prices will keep rising into the spring"});
  // A dash inside the content is no attribution's.
  CHECK(Claims("Prices — not wages — drove inflation, Lena Marsh said.\n") ==
        Found{"[Lena Marsh]: Prices — not wages — drove inflation"});
}

TEST_CASE("Denials of a clause, a live page's time stamps and an owner before a surname", "[claims][spans]") {
  CHECK(Claims("A spokesman for Pellworth Bank rejected claims that the minutes had been leaked.\n") ==
        Found{"[Pellworth Bank]: the minutes had been leaked"});
  CHECK(Claims("Dana Harlow dismissed suggestions that the board was divided.\n") ==
        Found{"[Dana Harlow]: the board was divided"});
  // Rejecting a thing is an act.
  CHECK(Claims("Dana Harlow rejected the offer on Tuesday.\n").empty());
  CHECK(Claims("Dana Harlow chairs the board.\n14:05 Dana Harlow: \"We will not hesitate to act.\"\n") ==
        Found{"[Dana Harlow]: We will not hesitate to act"});
  CHECK(Claims("Dana Harlow chairs the board.\n10.42am GMT - Dana Harlow: \"Rates stay where they are.\"\n") ==
        Found{"[Dana Harlow]: Rates stay where they are"});
  // "Fed's Harlow says": the one named speaks, not the owner.
  CHECK(Claims("Pellworth's Harlow says rates will fall next year\n\nDana Harlow spoke on Monday.\n") ==
        Found{"[Dana Harlow]: rates will fall next year"});
}

TEST_CASE("A headline opened by a role alone quotes the one who holds it", "[claims][spans]") {
  CHECK(Claims("Coach: \"We were second best all afternoon\"\n\nHarbourside coach Maria Ostrowski spoke after the "
               "defeat. Ostrowski said the squad needed rest.\n") ==
        Found{"[Maria Ostrowski]: We were second best all afternoon", "[Maria Ostrowski]: the squad needed rest"});
  // Two coaches: no telling whose.
  CHECK(Claims("Coach: \"We were second best\"\n\nHarbourside coach Maria Ostrowski and Dunmore coach Ian Pryce spoke. "
               "Ostrowski said the squad needed rest. Pryce said his side had earned it.\n")
            .size() == 2);
}

TEST_CASE("A gesture introducing a quotation attributes it", "[claims][spans]") {
  CHECK(Claims("Judge Alma Reyes chuckled: \"Either the deal was signed or it was not.\"\n") ==
        Found{"[Alma Reyes]: Either the deal was signed or it was not"});
  CHECK(Claims("Dan Whitlock smiled, \"We will see you at trial.\"\n") == Found{"[Dan Whitlock]: We will see you at trial"});
  // A gesture alone reports nothing.
  CHECK(Claims("Dan Whitlock smiled, and the room went quiet.\n").empty());
}

TEST_CASE("A name, the topic and a colon before a quotation", "[claims][spans]") {
  CHECK(Claims("Kai Lund said it was his best goal.\n\nLund on the winner: \"I just closed my eyes and hit it.\"\n") ==
        Found{"[Kai Lund]: it was his best goal", "[Kai Lund]: I just closed my eyes and hit it"});
}

TEST_CASE("A quotation paragraph with no tag after a paragraph about a person is theirs", "[claims][spans]") {
  CHECK(Claims("Ruth Keller said the wards were full.\n\nKeller painted a grim picture of the outbreak.\n\n"
               "\"Things are fragile. Now is not the time to ease the rules.\"\n") ==
        Found{"[Ruth Keller]: the wards were full", "[Ruth Keller]: Things are fragile",
              "[Ruth Keller]: Now is not the time to ease the rules"});
  // Not when the person is only named inside the paragraph, nor after a paragraph that goes on.
  CHECK(Claims("Ruth Keller said the wards were full.\n\nThe ruling angered Keller.\n\n\"Things are fragile.\"\n") ==
        Found{"[Ruth Keller]: the wards were full"});
}

TEST_CASE("An attribution in parentheses and a denial of reports", "[claims][spans]") {
  CHECK(Claims("Dana Harlow spoke on Tuesday. The bank held its rate (Harlow said the cut was premature) and left its "
               "forecasts alone.\n") ==
        Found{"[Dana Harlow]: the cut was premature"});
  CHECK(Claims("Dana Harlow denied reports that she would step down.\n") == Found{"[Dana Harlow]: she would step down"});
}

TEST_CASE("A pair of parentheses inside the claim closes nothing", "[claims][spans]") {
  CHECK(Claims("The bank held (Dana Harlow said the cut (a quarter point) was premature) and left.\n") ==
        Found{"[Dana Harlow]: the cut (a quarter point) was premature"});
}

TEST_CASE("What the ones told hear starts after them and their adverbial, without `that`", "[claims][spans]") {
  CHECK(Claims("President Ola Brandt told reporters at the harbour office he thought the cut was needless.\n") ==
        Found{"[Ola Brandt]: he thought the cut was needless"});
  CHECK(Claims("Ada Kern told lawmakers on Tuesday the budget would balance by 2027.\n") ==
        Found{"[Ada Kern]: the budget would balance by 2027"});
  CHECK(Claims("Ada Kern told the jury the contract had been forged.\n") == Found{"[Ada Kern]: the contract had been forged"});
  CHECK(Claims("Ada Kern told a news conference in Veldhaven the plan was working.\n") ==
        Found{"[Ada Kern]: the plan was working"});
  // Told where and when, and nothing more: no claim.
  CHECK(Claims("Ada Kern told reporters at the harbour office.\n").empty());
}

TEST_CASE("A short clause after \"said it\", an adverbial or a bare day is what was said", "[claims][spans]") {
  CHECK(Claims("Meta said it would hire. Tesla said it would not.") ==
        Found{"[Meta]: it would hire", "[Tesla]: it would not"});
  CHECK(Claims("Ana Ruiz said on Tuesday the economy was strong.") == Found{"[Ana Ruiz]: the economy was strong"});
  CHECK(Claims("Acme said Monday it would cut 200 jobs.") == Found{"[Acme]: it would cut 200 jobs"});
  CHECK(Claims("Acme said Monday.").empty());
  CHECK(Claims("The group is working on a cut, sources told Reuters this week, with a decision expected on Thursday.") ==
        Found{"[anonymous]: The group is working on a cut"});
}

TEST_CASE("A quotation that closes inside the content keeps its opening mark", "[claims][spans]") {
  // Rendered alone, the claim's words stay a balanced quotation.
  CHECK(Claims("\xe2\x80\x9cThe loss of the pension is at the heart of this for many\xe2\x80\x9d members, Mr Odom said.\n") ==
        Found{"[Odom]: \xe2\x80\x9cThe loss of the pension is at the heart of this for many\xe2\x80\x9d members"});
  CHECK(Claims("\xe2\x80\x9cWe will put every card on the table\xe2\x80\x9d to see what the firm can offer, he added. Dan Odom spoke.\n")
            .size() <= 1);
  // A quotation that is the whole content goes without its marks, as before.
  CHECK(Claims("\xe2\x80\x9cWe remain on strike,\xe2\x80\x9d union president Dan Odom said.\n") ==
        Found{"[Dan Odom]: We remain on strike"});
}
