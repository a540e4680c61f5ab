#include <catch2/catch.hpp>

#include "dossier/claim.h"

using namespace dossier;

namespace {

const Gazetteer& Story() {
  static const Gazetteer gazetteer = [] {
    std::vector<Actor> actors = {
        {"mark-cuban", "Mark Cuban", ActorKind::kPerson, {"Cuban", "\xe9\xa6\xac\xe5\x85\x8b\xc2\xb7\xe5\xba\xab\xe7\x8f\xad"}, {}},  // 馬克·庫班
        {"marc-andreessen", "Marc Andreessen", ActorKind::kPerson, {"Andreessen"}, {}},
        {"semianalysis", "SemiAnalysis", ActorKind::kOrganization, {}, {}},
        {"goldman-sachs", "Goldman Sachs", ActorKind::kOrganization, {"Goldman"}, {}},
        {"goldman-sachs-delta-one-desk", "Goldman's Delta-1 desk", ActorKind::kGroup, {"Goldman's desk"}, "goldman-sachs"},
        {"meta", "Meta", ActorKind::kOrganization, {}, {}},
        {"bloomberg", "Bloomberg", ActorKind::kOrganization, {}, {}},
        {"ainews", "AINews", ActorKind::kOrganization, {}, {}},
    };
    auto g = Gazetteer::Create(std::move(actors));
    REQUIRE(g.ok());
    return std::move(g).value();
  }();
  return gazetteer;
}

using Found = std::vector<std::string>;

// Each claim as "speaker: span", the speaker an actor id or a candidate's name in brackets.
Found Claims(std::string_view text, const ClaimSource& source = {}) {
  Found out;
  for (const Claim& c : ExtractClaims(text, Story(), source).claims) {
    const std::string speaker = c.speaker.actor_id.empty() ? "[" + c.speaker.surface + "]" : c.speaker.actor_id;
    out.push_back(speaker + ": " + std::string(text.substr(c.span.begin, c.span.end - c.span.begin)));
  }
  return out;
}

}  // namespace

TEST_CASE("ExtractClaims finds a reporting verb with a known speaker as its subject", "[claims]") {
  const std::string text = "Meanwhile Mark Cuban argues that AI spending won't pay off.[2] Marc Andreessen counters that "
                           "value is rotating to hardware.[3]";
  const ClaimExtraction found = ExtractClaims(text, Story());
  REQUIRE(found.claims.size() == 2);
  const Claim& cuban = found.claims[0];
  CHECK(cuban.speaker.actor_id == "mark-cuban");
  CHECK(cuban.speaker.surface == "Mark Cuban");
  CHECK(cuban.verb == "argues");
  CHECK(text.substr(cuban.span.begin, cuban.span.end - cuban.span.begin) == "AI spending won't pay off");
  CHECK(text.substr(cuban.sentence.begin, cuban.sentence.end - cuban.sentence.begin) ==
        "Meanwhile Mark Cuban argues that AI spending won't pay off.[2]");
  CHECK(found.claims[1].verb == "counters");
  CHECK(Claims("SemiAnalysis estimates the cost at $0.50 per Mtok.") == Found{"semianalysis: the cost at $0.50 per Mtok"});
  CHECK(Claims("Cuban has long said that the buildout is waste.") == Found{"mark-cuban: the buildout is waste"});
  CHECK(Claims("SemiAnalysis pushed back on the figure, flagging cache hits.") ==
        Found{"semianalysis: on the figure, flagging cache hits"});
}

TEST_CASE("ExtractClaims reads according to, X: \"…\", quotations and nouns of stating", "[claims]") {
  CHECK(Claims("According to Goldman Sachs, hyperscalers will spend more.") == Found{"goldman-sachs: hyperscalers will spend more"});
  CHECK(Claims("Token costs fell 67 percent, according to SemiAnalysis.") == Found{"semianalysis: Token costs fell 67 percent"});
  CHECK(Claims("Bloomberg: \"AI demand begins to justify the buildout.\"") ==
        Found{"bloomberg: AI demand begins to justify the buildout"});
  CHECK(Claims("\xe2\x80\x9cIt is a bubble,\xe2\x80\x9d Cuban said.") == Found{"mark-cuban: It is a bubble"});  // “…,” Cuban said
  CHECK(Claims("\"It is a bubble,\" said Andreessen.") == Found{"marc-andreessen: It is a bubble"});
  CHECK(Claims("Prices will rise next year, Cuban said on Tuesday.") == Found{"mark-cuban: Prices will rise next year"});
  CHECK(Claims("Cuban's point is that these costs recur; they scale with use.") ==
        Found{"mark-cuban: these costs recur; they scale with use"});
  CHECK(Claims("Cuban\xe2\x80\x99s blunt assessment that OpenAI may never recover its money has sent shockwaves.") ==
        Found{"mark-cuban: OpenAI may never recover its money"});
  CHECK(Claims("If chips absorb most AI value as Andreessen suggests, what happens to software?") ==
        Found{"marc-andreessen: chips absorb most AI value"});
  CHECK(Claims("The numbers\xe2\x80\x94which Cuban says won't 'come to fruition'\xe2\x80\x94" "are large.") ==
        Found{"mark-cuban: won't 'come to fruition'"});
}

TEST_CASE("ExtractClaims reads Han reporting verbs", "[claims]") {
  // 馬克·庫班警告:OpenAI 兆美元豪賭可能永遠無法回本 — "Mark Cuban warns: OpenAI's bet may never pay off"
  const std::string headline = "\xe9\xa6\xac\xe5\x85\x8b\xc2\xb7\xe5\xba\xab\xe7\x8f\xad\xe8\xad\xa6\xe5\x91\x8a:OpenAI "
                               "\xe5\x85\x86\xe7\xbe\x8e\xe5\x85\x83\xe8\xb1\xaa\xe8\xb3\xad";
  auto found = ExtractClaims(headline, Story());
  REQUIRE(found.claims.size() == 1);
  CHECK(found.claims[0].speaker.actor_id == "mark-cuban");
  CHECK(found.claims[0].verb == "\xe8\xad\xa6\xe5\x91\x8a");  // 警告
  CHECK(headline.substr(found.claims[0].span.begin) == "OpenAI \xe5\x85\x86\xe7\xbe\x8e\xe5\x85\x83\xe8\xb1\xaa\xe8\xb3\xad");
  // AINews 分析認為,這是泡沫。 — an adverb-like word (分析) between the name and 認為.
  CHECK(Claims("AINews \xe5\x88\x86\xe6\x9e\x90\xe8\xaa\x8d\xe7\x82\xba,\xe9\x80\x99\xe6\x98\xaf\xe6\xb3\xa1\xe6\xb2\xab\xe3\x80\x82") ==
        Found{"ainews: \xe9\x80\x99\xe6\x98\xaf\xe6\xb3\xa1\xe6\xb2\xab"});
}

TEST_CASE("ExtractClaims gives no claim to an actor who is the object or does something", "[claims]") {
  CHECK(Claims("Critics of Mark Cuban say he is wrong.").empty());
  CHECK(Claims("Analysts told Bloomberg that Meta will grow.").empty());
  CHECK(Claims("Mark Cuban was asked whether AI is a bubble.").empty());
  CHECK(Claims("Meta raised $30 billion for data centers.").empty());
  CHECK(Claims("Technical observers like SemiAnalysis are questioning whether the figures hold.").empty());
  CHECK(Claims("Milk Road framed Cuban's question as the key one.").empty());  // a framing with no clause
  CHECK(Claims("Goldman disputes that figure.").empty());                       // points back, states nothing
  CHECK(Claims("Mark Cuban didn't say that prices will fall.").empty());
  CHECK(Claims("- [2] Mark Cuban says AI's infra investment is waste. \xe2\x80\x94 Twitter").empty());  // a source list
}

TEST_CASE("ExtractClaims gives two people in one subject one claim each", "[claims]") {
  CHECK(Claims("Cuban and Andreessen argue that the buildout is too large.") ==
        Found{"mark-cuban: the buildout is too large", "marc-andreessen: the buildout is too large"});
  auto found = ExtractClaims("Cuban and Andreessen argue that the buildout is too large.", Story());
  REQUIRE(found.claims.size() == 2);
  CHECK(found.claims[0].span == found.claims[1].span);
}

TEST_CASE("ExtractClaims carries speech into the next sentence by a pronoun or description", "[claims]") {
  CHECK(Claims("Mark Cuban has emerged as the bluntest skeptic. He argues that the money is wasted.") ==
        Found{"mark-cuban: the money is wasted"});
  CHECK(Claims("Goldman Sachs said demand will hold. The bank also expects rates to fall.") ==
        Found{"goldman-sachs: demand will hold", "goldman-sachs: rates to fall"});
  CHECK(Claims("Cuban believes AI is overhyped, and he warned that the money is gone.") ==
        Found{"mark-cuban: AI is overhyped", "mark-cuban: the money is gone"});
  CHECK(Claims("Smart move, Andreessen says, but it has a weakness.") ==
        Found{"marc-andreessen: Smart move, Andreessen says, but it has a weakness"});
  // No one to stand for: a pronoun with no actor before it says nothing.
  CHECK(Claims("The market fell. He argues that the money is wasted.").empty());
  // Pointing forward: the next sentence is the claim.
  CHECK(Claims("From Goldman's Delta-1 Desk:\nOpen-Weight: Markets miss what open models change.") ==
        Found{"goldman-sachs-delta-one-desk: Markets miss what open models change"});
}

TEST_CASE("ExtractClaims keeps every sentence of a quotation with its one attribution", "[claims]") {
  CHECK(Claims("\"Prices will rise. Nobody doubts it,\" Cuban said.") ==
        Found{"mark-cuban: Prices will rise", "mark-cuban: Nobody doubts it"});
  CHECK(Claims("Cuban said: \"Prices will rise. Nobody doubts it.\" The market fell.") ==
        Found{"mark-cuban: Prices will rise", "mark-cuban: Nobody doubts it"});
  // A quoted sentence right after an attributed one goes on with the same speaker.
  CHECK(Claims("\"Prices will rise,\" Cuban said. \"We are early.\" Andreessen disagrees.") ==
        Found{"mark-cuban: Prices will rise", "mark-cuban: We are early"});
  CHECK(Claims("\"Prices will rise,\" Cuban said. \"We are early,\" Andreessen replied.") ==
        Found{"mark-cuban: Prices will rise", "marc-andreessen: We are early"});
}

TEST_CASE("ExtractClaims separates a second claim added to the first", "[claims]") {
  CHECK(Claims("Cuban said prices will rise, adding that nobody doubts it.") ==
        Found{"mark-cuban: prices will rise", "mark-cuban: nobody doubts it"});
}

TEST_CASE("ExtractClaims finds the speaker past appositives and descriptions", "[claims]") {
  CHECK(Claims("Marc Andreessen, who co-founded a venture firm in Menlo Park, said software will be free.") ==
        Found{"marc-andreessen: software will be free"});
  CHECK(Claims("Meta's chief executive, Jane Doe, said that spending will rise.") ==
        Found{"[Jane Doe]: spending will rise"});
  CHECK(Claims("Meta is spending heavily, according to the company.") == Found{"meta: Meta is spending heavily"});
  CHECK(Claims("Meta said on Monday in a note to investors that spending will rise.") ==
        Found{"meta: spending will rise"});
  CHECK(Claims("A spokesperson for Meta said the company expects growth.") == Found{"meta: the company expects growth"});
  // An officer phrase in apposition describes the named speaker; the organisation does not speak too.
  CHECK(Claims("Tom Brandt, the chief executive of Harbor Power, said that the utility can serve the campus.") ==
        Found{"[Tom Brandt]: the utility can serve the campus"});
  CHECK(Claims("Acme CEO Jane Doe said that prices will rise.") == Found{"[Jane Doe]: prices will rise"});
  CHECK(Claims("Meta's Jane Doe said that prices will rise.") == Found{"[Jane Doe]: prices will rise"});
  CHECK(Claims("Both Cuban and Andreessen say the buildout is too big.") ==
        Found{"mark-cuban: the buildout is too big", "marc-andreessen: the buildout is too big"});
}

TEST_CASE("ExtractClaims reads a verb put before its speaker after the content", "[claims]") {
  CHECK(Claims("Prices will rise, said Mark Cuban.") == Found{"mark-cuban: Prices will rise"});
  CHECK(Claims("Prices will rise, said Jane Doe, an economist at Acme.") == Found{"[Jane Doe]: Prices will rise"});
  CHECK(Claims("- Cuban: \"Prices will rise.\"") == Found{"mark-cuban: Prices will rise"});
  CHECK(Claims("The rally, said to be the largest in years, ended.").empty());
}

TEST_CASE("ExtractClaims takes unknown names in attribution positions as candidates", "[claims]") {
  const std::string text = "Jane Doe said in an interview that the bubble will burst. She added that rates matter. "
                           "\"It is a bubble,\" said Jane Doe. Critics of John Roe say otherwise.";
  const ClaimExtraction found = ExtractClaims(text, Story());
  REQUIRE(found.claims.size() == 3);
  for (const Claim& c : found.claims) {
    CHECK(c.speaker.actor_id.empty());
    CHECK(c.speaker.surface == "Jane Doe");  // kept through the pronoun
  }
  REQUIRE(found.candidates.size() == 1);  // deduplicated by surface; John Roe is an object
  CHECK(found.candidates[0].surface == "Jane Doe");
  CHECK(text.substr(found.candidates[0].span.begin, found.candidates[0].span.end - found.candidates[0].span.begin) == "Jane Doe");
  // Sentence openers and plurals of people are not names; a surname opening a sentence is one
  // ("Okafor says …", issue 10), named by the fullest form the text gives it.
  CHECK(ExtractClaims("Analysts say the bubble will burst.", Story()).candidates.empty());
  CHECK(ExtractClaims("Traders said the bubble will burst.", Story()).candidates.empty());
  CHECK(Claims("Jane Doe said the market is tight. Doe added that prices will rise.") ==
        Found{"[Jane Doe]: the market is tight", "[Jane Doe]: prices will rise"});
  CHECK(Claims("Doe added that prices will rise.") == Found{"[Doe]: prices will rise"});
}

TEST_CASE("ExtractClaims dates a claim by its sentence and lists the sentences that ask", "[claims]") {
  const std::string text = "- 2026-05-16: SemiAnalysis challenges Mark Cuban's cost figure.\n"
                           "On May 23, 2026, Cuban said that most figures won't materialize. Is this a bubble? "
                           "\xe9\x80\x99\xe6\x98\xaf\xe6\xb3\xa1\xe6\xb2\xab\xe5\x97\x8e\xef\xbc\x9f Cuban says prices will fall.";  // 這是泡沫嗎？
  const ClaimExtraction found = ExtractClaims(text, Story());
  REQUIRE(found.claims.size() == 3);
  CHECK(found.claims[0].date == std::optional<std::string>("2026-05-16"));
  CHECK(found.claims[1].date == std::optional<std::string>("2026-05-23"));
  CHECK_FALSE(found.claims[2].date.has_value());
  REQUIRE(found.questions.size() == 2);
  CHECK(text.substr(found.questions[0].begin, found.questions[0].end - found.questions[0].begin) == "Is this a bubble?");
  CHECK(text.substr(found.questions[1].begin, found.questions[1].end - found.questions[1].begin) ==
        "\xe9\x80\x99\xe6\x98\xaf\xe6\xb3\xa1\xe6\xb2\xab\xe5\x97\x8e\xef\xbc\x9f");
}

TEST_CASE("ExtractClaims finds speakers nobody listed and names each by its fullest form (issue 10)", "[claims]") {
  // A full name once, then the surname and a pronoun; a title is not part of the name.
  CHECK(Claims("Prime Minister Sam Okafor spoke on Monday. Okafor says rates will fall. \"Not yet,\" he added.") ==
        Found{"[Sam Okafor]: rates will fall", "[Sam Okafor]: Not yet"});
  // Outlets and wires, alone and together.
  CHECK(Claims("Reuters reported that the deal was off.") == Found{"[Reuters]: the deal was off"});
  CHECK(Claims("The plant will close, the Westmark Herald and CNBC report.") ==
        Found{"[Westmark Herald]: The plant will close", "[CNBC]: The plant will close"});
  // A dash line after a quotation; an appositive with a role.
  CHECK(Claims("\"Rates will stay high.\" \xe2\x80\x94 Lee Park, CEO of Harbor Asset Management") ==
        Found{"[Lee Park]: Rates will stay high"});
  // A transcript's label with a role before the name; a bare label is a heading.
  CHECK(Claims("Harbourside manager Tom Brill: \"We were poor. We know it.\"") ==
        Found{"[Tom Brill]: We were poor", "[Tom Brill]: We know it"});
  CHECK(Claims("Key points: \"Rates will stay high.\"").empty());
  // A manner adverb before the verb; a generational suffix's stop.
  CHECK(Claims("Okafor spoke. Okafor wrongly suggested that two wards had closed.") ==
        Found{"[Okafor]: two wards had closed"});
  // An organisation's name joined by "of" runs to six words, whatever the text writes in lowercase.
  CHECK(Claims("The Westland Department of State Health Services said that a child died. The state is large.") ==
        Found{"[Westland Department of State Health Services]: a child died"});
  CHECK(Claims("The Westland Department of State Health Services said that a child died. Later, the state health "
               "department said that cases had doubled.") ==
        Found{"[Westland Department of State Health Services]: a child died",
              "[Westland Department of State Health Services]: cases had doubled"});
  // "X quoted Y as saying": Y speaks, past an appositive.
  CHECK(Claims("Reuters quoted Ada Brill, an analyst at Pell Street, as saying it was a good print.") ==
        Found{"[Ada Brill]: it was a good print"});
  CHECK(Claims("Reuters quoted the report.").empty());
  // A run of capitals that ends in a role owns the role; the name after it speaks.
  CHECK(Claims("White House Chief of Staff Andrew Card said the count was over.") ==
        Found{"[Andrew Card]: the count was over"});
  // "according to" a role before a name, and to the maker of data or a report.
  CHECK(Claims("According to outgoing chief executive Ada Brill, the quarter was strong.") ==
        Found{"[Ada Brill]: the quarter was strong"});
  CHECK(Claims("According to former county health director Ada Brill, the clinics were full.") ==
        Found{"[Ada Brill]: the clinics were full"});
  CHECK(Claims("Prices rose 3%, according to data released on Friday by the Valdoria Statistics Office.") ==
        Found{"[Valdoria Statistics Office]: Prices rose 3%"});
  CHECK(Claims("According to data from last year, prices rose.").empty());
  // "according to" a description ending in an organisation's noun, then the organisation's name.
  CHECK(Claims("Prices jumped to almost 160 pounds on Wednesday, according to market intelligence firm Tessaly.") ==
        Found{"[Tessaly]: Prices jumped to almost 160 pounds on Wednesday"});
  CHECK(Claims("Exports rose by a fifth in May, according to data firm Kelper.") ==
        Found{"[Kelper]: Exports rose by a fifth in May"});
  CHECK(Claims("Exports rose by a fifth in May, according to the firm.").empty());
  CHECK(Claims("Rui Mendes Jr., the union's treasurer, said the fund was empty. Mendes also suggested that dues would rise.") ==
        Found{"[Rui Mendes Jr]: the fund was empty", "[Rui Mendes Jr]: dues would rise"});
  CHECK(Claims("Venture capitalist Ana Ruiz, a former Oracle executive, cautioned that the round was rich.") ==
        Found{"[Ana Ruiz]: the round was rich"});
  // Unnamed sources are their own kind of speaker.
  CHECK(Claims("Two people familiar with the talks said a deal was close.") == Found{"[anonymous]: a deal was close"});
  CHECK(Claims("The lead has narrowed, according to a person familiar with the polling.") ==
        Found{"[anonymous]: The lead has narrowed"});
  // The author's first person from the metadata, never inside a quotation; none without metadata.
  const ClaimSource column{std::string("Mara Quill"), std::string("The Ledger")};
  CHECK(Claims("I estimate that the plant cost $7 billion.", column) == Found{"[Mara Quill]: the plant cost $7 billion"});
  CHECK(Claims("We understand that two clubs have asked.", column) == Found{"[The Ledger]: two clubs have asked"});
  CHECK(Claims("I estimate that the plant cost $7 billion.").empty());
  CHECK(Claims("Jo Tan said: \"I think we won.\"", column) == Found{"[Jo Tan]: I think we won"});
  // Not speakers: a possessive before an adjective, a product.
  CHECK(Claims("Meta's reported earnings rose 12%.").empty());
  // Han names before a reporting verb, after a title.
  CHECK(Claims("\xe5\x9b\xbd\xe5\xae\xb6\xe7\xbb\x9f\xe8\xae\xa1\xe5\xb1\x80\xe5\x8f\x91\xe8\xa8\x80\xe4\xba\xba"
               "\xe7\x8e\x8b\xe7\xab\x8b\xe6\x96\xb0\xe8\xa1\xa8\xe7\xa4\xba,\xe7\xbb\x8f\xe6\xb5\x8e\xe5\xb9\xb3\xe7\xa8\xb3\xe3\x80\x82") ==
        Found{"[\xe7\x8e\x8b\xe7\xab\x8b\xe6\x96\xb0]: \xe7\xbb\x8f\xe6\xb5\x8e\xe5\xb9\xb3\xe7\xa8\xb3"});  // 国家统计局发言人王立新表示,经济平稳。
}

TEST_CASE("A second report after a quotation, a gerund or an adverbial is a claim of its own", "[claims]") {
  // ", adding that" after a quotation's closing mark; "noting that A and adding that B".
  CHECK(Claims("Former minister Tilda Varn spoke on Friday. She stated, \"I think we are close to a slump,\" adding that "
               "the cost of the levy has not yet been felt.") ==
        Found{"[Tilda Varn]: I think we are close to a slump", "[Tilda Varn]: the cost of the levy has not yet been felt"});
  CHECK(Claims("Analyst Rune Pekka cut his rating on Orvane, noting that bookings slowed and adding that the firm explained it poorly.") ==
        Found{"[Rune Pekka]: bookings slowed", "[Rune Pekka]: the firm explained it poorly"});
  // "but stressed in prepared remarks that …": an adverbial between the second verb and its `that`.
  CHECK(Claims("Governor Ilse Marten warned that cutting too fast could keep prices high, but stressed in prepared remarks "
               "that no path was free of risk.") ==
        Found{"[Ilse Marten]: cutting too fast could keep prices high", "[Ilse Marten]: no path was free of risk"});
}

TEST_CASE("A question before a quoted answer is not the answer", "[claims]") {
  CHECK(Claims("Coach Davor Krell spoke after the final. When asked if the substitution was forced, the coach said, "
               "\"We needed fresh legs.\"") == Found{"[Davor Krell]: We needed fresh legs"});
}

TEST_CASE("A country's dotted letters stay inside the sentence and before the name", "[claims]") {
  // (Whether the letters belong to the body's name is the speaker's reading; the sentence is whole.)
  const Found office = Claims("According to the U.S. Office of Grain Safety, stocks fell by a third.");
  REQUIRE(office.size() == 1);
  CHECK(office[0].find("Office of Grain Safety]: stocks fell by a third") != std::string::npos);
  CHECK(Claims("\"The bill protects growers,\" U.S. Senator Ana Ruiz, D-Ore., said in a statement.") ==
        Found{"[Ana Ruiz]: The bill protects growers"});
}

TEST_CASE("A quotation paragraph with no tag after a paragraph about a person is that person's", "[claims]") {
  // The person after an opening phrase, never the phrase's first word.
  CHECK(Claims("Speaking to the Harlow Ledger, Orvane analyst Petra Linde blamed the weak yen.\n\n"
               "\"Margins fell for the third quarter running. That is the real story.\"") ==
        Found{"[Petra Linde]: Margins fell for the third quarter running", "[Petra Linde]: That is the real story"});
  // A quotation that stays in the paragraph is not read this way.
  CHECK(Claims("Orvane analyst Petra Linde blamed the weak yen. \"Margins fell.\"").empty());
}

TEST_CASE("charged that is a claim, but not charged a fee or charged with a crime", "[claims]") {
  CHECK(Claims("Mayor Idris Vell has repeatedly charged that the count was rigged.") ==
        Found{"[Idris Vell]: the count was rigged"});
  CHECK(Claims("Idris Vell charged a fee for each permit.").empty());
  CHECK(Claims("Idris Vell was charged with fraud on Monday.").empty());
}

TEST_CASE("A short predicate of manner before a colon introduces the speaker's quotation", "[claims]") {
  CHECK(Claims("Overall, Ines Marr sounded upbeat: \"Our plan is working.\"") == Found{"[Ines Marr]: Our plan is working"});
  CHECK(Claims("Ines Marr was blunt: \"We are not there yet.\"") == Found{"[Ines Marr]: We are not there yet"});
  CHECK(Claims("Ines Marr continued: \"We are not there yet.\"") == Found{"[Ines Marr]: We are not there yet"});
  // Not a heading's noun: "Key points: …".
  CHECK(Claims("Key points: \"Rates will stay high.\"").empty());
}

TEST_CASE("A statement from an organisation after a quotation speaks for it", "[claims]") {
  CHECK(Claims("\"We have paused the listing,\" said a statement from Corvane Cloud.") ==
        Found{"[Corvane Cloud]: We have paused the listing"});
}

TEST_CASE("What followed a speaker's expectation that did not hold is not the speaker's claim", "[claims]") {
  // Real copy: "The data was not what Javier Milei expected: inflation in Argentina was 4.2% …".
  CHECK(Claims("The data was not what Tomas Verell expected: inflation was 4.2% in August.").empty());
  CHECK(Claims("The result was far from what Ana Brell hoped: prices rose.").empty());
}
