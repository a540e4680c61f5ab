// Claims: what a named actor asserts in a source, found by reporting patterns.
//
// "Mark Cuban argues that …", "according to SemiAnalysis, …", "Andreessen counters: …",
// "X's point is …", and reported speech carried into the next sentence when its speaker is plainly
// the same ("He added that …"). A claim keeps its speaker (a gazetteer actor, or a candidate name in
// an attribution position), the reporting verb, the span of what is claimed, and its sentence.
// Sentences that ask (`?`, `？`) are candidate questions. Spans are byte offsets into the text.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/actor.h"
#include "dossier/figure.h"

namespace dossier {

// Bumped whenever ExtractClaims can give a different answer for the same text and gazetteer.
// 3: Han speakers behind occasions, times, manner words and 的; 答 turns; English roles before a
// name both ways, adverbials between the verb and its clause, headings over quotation lines.
// 4: wire datelines read as no part of the lead, adverbials and trailing attributions that end a
// claim, second verbs after `but`, `declared` a claim only with a clause; Han officers' and
// players' titles (首席财务官, 專門委員, 前锋), 答道, 提到, 笑言, 告诉记者, and a verb of speech with
// 说 or 称 after it (解释说) as one verb; names listed with commas and "and", titles and
// post-nominals around names, prefixed surnames and headline acronyms as one person, "the
// governor" for "Gov.", "he" for the one who spoke, quotations that closed or met a new paragraph
// carry no one on; "for" after an organisation's head joins its name, an acronym stands for the
// name it abbreviates; a quotation's earlier paragraphs (each opening with a mark, none closing)
// its speaker's.
// 5: English reporting patterns of wire and social copy ("was quoted as saying", "posted on X",
// "…," warned X), a stop glued to the next sentence ends it, short reports before an attribution
// ("Cases rose, X told reporters"), a bare ", saying" clause, quotations after "said that,", claims
// ending before ", sending its shares …" and ", state media reported"; speakers seen on real wire,
// sport and central-bank pages ("Moody's said"); a transcript label with a role before the name,
// manner adverbs before the verb, generational suffixes, "according to" a role or the maker of
// data, a run of capitals ending in a role as its owner; Han publications in book marks, 指 and 説,
// 地 manner adverbs, 答 turns ended by a named speaker, title-space-name labels.
// 6: an aside after "said that," inside the claim, a quotation's tag closed by a dash, an
// attribution set off by dashes inside its content, "rejected claims that …" and "dismissed
// suggestions that …", live pages' time stamps before a line, a line opened by a role alone
// ("Coach: \"…\"") or by a name and its topic ("Lund on the winner: \"…\""), a gesture introducing a
// quotation ("chuckled: \"…\""), and a surname after its owner's possessive ("Fed's Harlow says")
// speaking for itself; Han asides in parentheses between a name and its verb, the press by its
// role as a title, speech after a colon over its paragraph, 他 for a titled subject of an earlier clause;
// bodies a story describes instead of naming ("state officials said") as speakers, one-word
// surnames carried to "he" and to descriptions ("the 34-year-old"), names holding "for … and".
// 7: a document speaks for its issuer ("…, the report said", "the statement read", "according to
// the report", "Acme's annual report said", "a study from X found"); "he"/"she" only for a person
// the text gives that pronoun; a title word after a role or a possessive a first name ("Kelby
// manager Dean Whitlow"); "The paper quoted the minister as saying" the minister's; "the MP" the
// person named last; Chinese: a verb inside a when-clause the occasion (回应记者提问时说), 据X统计
// X's, 该公司/公司表示 the company last speaking or written about, a stock code cut from a name.
// 8: what the ones told hear starts after them and an adverbial ("told reporters at the White House
// he thought …", "told lawmakers on Tuesday the budget …"), gatherings and more audiences told
// ("told the jury", "told a news conference", "told lawmakers").
// 9: a claim ending its sentence inside a quotation it opens keeps the closing mark ("the result
// was “the best night in forty years”"); one wire dateline reader with the figures (extract/datelines.h: a dash inside the agency's
// bracket, "(Reuters) -The", "(CNN)The", 新华社…电); a framing verb's quoted words end at their mark
// and a second verb after them is its own claim; a goal or count "added" no statement; press
// conference transcripts (mixed-case speaker headings over topic lines and quotations, "Q.", a
// line going on with its paragraph's turn); a verb's bare form in what trails a tag a noun;
// party words and hyphened descriptors before a name dropped ("Democrat Ellen Marsh",
// "Zurich-based Larch Capital"), a surname never starts a longer name ("Biden White House"),
// acronyms are organisations, "the X spokesman", "Members of X+ – … – said", "X with Bank said",
// "…, says its maker, Name.", "the official" after an unnamed one, "U.S. officials", officials
// of a public body; "said it would …", "said (on) Tuesday the …" clauses, "told Reuters this week"; Chinese: a name read by its surname after a place, employer and role ("山东货车司机王金光" 王金光).
// 10: a quotation that closes inside a claim before its tag keeps its opening mark ("“… for many”
// union members, Holden said"); 说 inside 法說會, 小说, 传说, 学说, 游说 no verb.
// a promise is a claim in every form ("vowed to …", "pledged aid …"); "confirmed the death"
// (a noun alone) is no claim; a time phrase after the verb belongs to the tag ("said last week
// there's …"), also after content before the speaker; "did not name X, but said …" (past an
// appositive too); "warns suppliers they must …" (whoever is told, then the pronoun's clause);
// "answered: …"; "so that" and a clause's own `that` after a time phrase start no content.
// speakers: one rule for "and" inside an organisation's name ("Department of Health and Human
// Services"; "Bank of Ostland and Harlow Capital" two), "The US Department of …" a name, a title
// after an organisation's long name starting the person's ("… Bank President Charles Evans"), "A
// delighted Starmer said"; "Projections/Polls/Surveys say" no speaker, "The WHO said" a name, "Reuters
// and The Wall Street Journal reported" both, "the news agency" the wire last named.
// Chinese: a quotation attributed after a date ("“……。”10日,在安置点的安东海对记者说。") and
// after 告诉 and to whom, a relative clause's head after 在…的, 赛后/很/a briefing (今晚第三次新闻
// 发布会) after who speaks trimmed, 从…分析 an angle (no speaker) unless something is learned from it.
// 11: a dateline of a place in capitals and an outlet or date in brackets with no dash ("MEXICO
// CITY (Wirewatch / Agency - 13th April, 2020) Mexico has …") is no part of a claim.
// speakers: a one-word name after a gendered title a person's ("Ms. Showalter … She said"); a
// firm before a role and a name ("Morningstar analyst Ali Mogharabi") the person's employer, never
// what "the company" or "it" stands for; "Zurich-based X" and "Martin King" after their claim; a
// description with its article after an opening phrase ("On Monday, the regulator Ofgem said").
// "and" inside an organisation's name between people after "of" ("International Association of
// Machinists and Aerospace Workers") one speaker.
// Chinese: a verb of judging with no comma after it (中經院預估2021年…) when a plain name says
// it, a claim ending before a later clause that attributes itself (…，張傳章說明，…), a quotation right
// after its verb its claim (強調「需求強勁」，…), a quoted word inside a clause no one's speech.
// spans: no sentence break after "U.S."/"Co."/"Inc." before a capitalised non-opener
// ("According to the U.S. Centers for …"), after "Adm."/"Maj."/"Sens." before a name, or after
// "Sept." before its day; ", adding that" after a closing mark, "noting that A and adding that B",
// "but stressed in remarks that B" two claims; "When asked …, X said, \"…\"" the quotation;
// "charged that"; "X sounded upbeat: \"…\""; "\"…,\" said a statement from X"; an untagged
// quotation paragraph after "Speaking to Reuters, analyst X blamed …" is X's.
// 12: "\"…,\" X told Harbor Athletic's club website" X's when the owner was named before (the
// quotation had gone to the last speaker as an untagged paragraph).
// spans: "But/And Name says" (an opening conjunction no part of the name); a surname that ends
// as a plural or demonym does ("Summers", "Albanese") after the full name; "opined", "went on to say";
// "according to a (pre-vote) note/statement from X" X's.
// speakers: dotted letters open a body's name and initials a person's ("the U.S.
// Centers for Disease Control and Prevention", "J.D. Vance"), ", Jr." ends one; after the verb a
// noun, an owner or an unnamed officer before the name ("said supporter X", "said Iran's X", "said a
// spokesman for X"); a body's plural officers speak for it; a person after a preposition or inside a
// quotation does not displace the subject or speaker whom "he" or "the 22-year-old" stands for.
// Chinese: a date in full-width brackets after who speaks (周志明昨（27）日強調), 如此/這樣 before
// the verb, results and data no speaker (採檢結果發現; 中央氣象署測報資料 its organisation's), the
// press asking none; a quotation after a comma of a named subject's clause with no verb its
// (監督金卿文依然展現風度,「……」); a verb right after the comma of a titled subject's clause his
// (董事長周志明親自定調，強調…); 他 after a titled subject the subject, not a name later in its
// sentence; 點出, 喊話, 公布 verbs; 監督 a title.
// 13: speakers: a person named after the sentence's subject (not after a role: "Ostrava captain
// Pavel Novak") does not displace it as whom "he" or "the Norwegian" stands for; a pronoun after
// "the 29-year-old" gives that person, not the subject, its gender; "The Bank said" the bank named
// before (none if none was); in "X, President of the Orland Bank, said" X alone speaks.
// a bridge-collapse story: "said Tuesday, \"…\"" and "said in a statement Tuesday, \"…\"" the
// quotation; a time's colon ("7:30 pm") no boundary of a claim; "X of the (U.S.) Coast Guard said" X's;
// "Corps" heads a body's name ("Army Corps of Engineers"); "Rear"
// opens a rank ("US Coast Guard Rear Admiral X said": X's).
// spans: "X on October 15 said"; "criticised A and said B" after an unnamed subject,
// "but warned it would"; "said A and warned of B", "said A and said B" two claims; "made it clear",
// "ruled that"; explain/clarify/repeat/maintain/confirm with a noun phrase alone and "says goodbye"
// no claims; "told CNN affiliate WSB."; a press release's ticker and short names; sentences go on
// past "Fla. (AP) —", "6 p.m. Monday", "Inc. (NYSE: X)".
// Chinese sport, disaster and court pages: a quotation over paragraphs with no mark
// opening the later ones; openers stripped in turn (另據, 但是, 虽然, whose claim ends at ，但), a day
// in numerals (廿五日), 记者18日从, 過去/当日/消息, 总结比赛 before who; a verb, 初步, 報導, 透過X
// no speaker, X一名…人員 X; 認爲, 告訴本台記者, 提问 verbs.
// 14: "Guard", "Patrol" and "House" head a body's name ("Coast Guard", "White House"); a line over a
// quotation whose own tag follows it ("…,” said X, …") is a subheading, not a speaker's heading.
// speakers on real wire, court, disaster and interview pages: "…, he added" after a speaker keeps
// them whoever the content names; prosecutors no parliament's; "Assistant U.S. Attorney X", "council
// member X", "the former sheriff", "the Bundesliga club", "Officials and emergency services said",
// "a memo seen by X and an official familiar …", "X, President of the Y Bank said", "a Z Department
// report/official said", "When M asked R about T, the Portuguese said" R's.
// Chinese health, weather, election, court and legislature pages: a Han sentence opens at “ or 「
// after 。 (a quotation after a claim in its paragraph goes on with its speaker); a quotation first,
// then 在…上, and titles joined by 、 before who; words quoted in the occasion (主题为“…”的论坛上);
// 根據X的統計 X's; 指 before its clause (警方其後指…); 氣象臺 an organisation, 警方/控方/辯方 sides
// that speak; 研判, 按照現時 and a headline's one-character verb (楊瓊瓔酸:) no part of who.
// spans: a quotation's tag with a role whose owner holds a number, "and", "of" or "St." ("said FOX 8
// Legal Analyst X", "said Samsung president of mobile communications business X"), an affiliation or
// a description before the name ("X with Cal Fire told", "the district's commander, Col. X, said",
// "…, the regional operator X said"), a body's message or web site speaking, "told NJ.com", ",
// according to X" after a quotation's comma, ", noting …" and ", adding, “…”" second claims, a
// headline's ", says", an attribution inside its content ("…, says X, they …"); "agree/testify" with
// a preposition and a count opening its sentence no claims; "(N.J.) County" no sentence end.
// 15: speakers: "X in <place> said"; titles joined by "and" in an apposition the person's; "CEO of
// X" X's; "research firm X estimates"; "X, which says"; a maker not folded into its product's name;
// a preposition's person keeps no "he" from the last speaker; "Councilors"; federal officials no
// county's. Spans: ''…,'' read as a quotation, a blank after a quotation's mark no part of its span,
// a lead's "NEW DELHI:" a dateline (no turn), ", claiming/alleging …" after a suit's clause, "11 a.m."
// and a relative clause's "who said on Monday that …" before the clause, "said just before kick-off",
// "What X flagged was …". From a real inflation story: "said Argentine economic consultancy X",
// "the statistics agency X said", "the X national statistics bureau reported", "Minister of Economy
// X said" / "Secretary of State X said"; "not what X expected: …" no claim of X.
// Chinese courts, wires and Hong Kong pages: a title alone (法官指) the person last named with
// it, Latin names in Han phrases (SMRT说), 据X消息/通报/数据, 官方微博称, 告诉X记者, 她又指; 毫無疑問,
// 介绍…情况, …发布 and headline labels (本文来源:, X案:) no claims.
// 16 (spans, from real health and energy pages): one label in capitals in a text is no transcript
// turn ("ABC NEWS:"); "NAME, ROLE, EMPLOYER" in capitals heads its quotation; "JG:" after "Jennifer
// Granholm:" her turn; ", though she suggested …" a second claim; "published X predicting Y" Y; "\"…,\"
// detailed the Velmora report"; "reaffirmed her confidence in the plan: \"…\""; "described X as
// \"…\""; "* X says" bullets; "warned X, who …, that"; "Pfizer Inc. said".
// 16 (speakers): on real politics and sport pages: "said the official/aide" the unnamed one or no one,
// a party-qualified role only the person named with the qualifier, "said Maria Gen", party letters
// before a name ("SDE Lauri …"), "South Africa" no person, "Speaking at …" no name, he/she inside a
// quotation no speaker, a "– Name" quotation line never the subject's before it.
// 16 (wire tags, from real health and election pages): an office in apposition ("said Congo's Health
// Minister, Samuel Kamba", "X, Sweden's state epidemiologist said"), given names ending as demonyms
// do (Brian, Jean), "the health body said", "than that of" no clause, "according to projections of X".
// 16 (Chinese): election, health, sport and power pages: the one spoken to after 向/对 (向记者们表示,
// 向X提问) no speaker; ",他表示" after a clause ending on a name that name's; 續指; 综合…报道 no
// speaker; an aside in parentheses inside a described speaker after a quotation; a headline's topic
// label (X大選:, X疫情:) no speaker; the colon ︰; foreign names of up to eight characters after a
// title; refusals (拒絕承認, 不願透露), 消息指, 一般預測, 預測結果 no claims.
// 17 (speakers, from real central-bank, business and health pages): the name after an owner with
// "of" and a title ("said Bank of Japan Governor X", "…, Y Chamber of Commerce President X said") and
// after a title's "for"/"of" portfolio ("Minister for Health X", not "Health X"); "the command center
// said" the body whose name holds those words; "Read more: …" links name no one; he/she up to six
// sentences back when no other person is named between; "… Health District" a body; "Officials say"
// the public body named last past a hospital.
// 17 (frames): feeling, stance and conceding state a clause only ("felt the red card decided it",
// "was adamant …", "expressed confidence that …", "conceded the vote was lost", not "conceded
// defeat"); any statement verb after "and" with a clause of its own; ", adding that" after a
// quotation's tag; "However, according to X, …"; an inverted tag's apposition; labelled/dubbed "…";
// what a poll or data from X showed; "X said A, Y reported" keeps X's claim.
// 17 (Chinese, real economy, energy, election and sport pages): a page's credits (撰文:, 出版:) and a
// reporter's question label (记者提问:) no one's turn; 称/说 run into their clause after a plain name
// (not 说服, 称赞, 俗话说, 堪称, 很多人说); 解读 (王中華解讀稱) the occasion, not who; ",又指", ",并称",
// ",只說" a second claim of the same speaker; names joined by 和/与/、 as one subject each say it.
// 18 (speakers, real news): a nationality before a name is no part of it ("American Dana Colvin")
// and "the Jamaican" is the person the text called so; athletes' roles ("sprinter Orrin Blake");
// a round-up's heading "Name (Club)" over quotations; "late Wednesday"/"early" between a speaker
// and the verb; a first initial after a title ("Health Minister K. Ramanathan"); "Kenyan officials",
// "Ostland authorities" a described body, not "Ostland"; "the Ostland news agency Tarpress"; a place
// before a described body is in its body's name ("Metro health officials" are no Tarlow bureau's);
// a photo's credit ("Marta Fennick/UNICEF via AP") is no one a later "he" stands for; "…, as
// reported by X".
// 18 (frames and spans on real pages): a radio transcript's narrators ("NAME, BYLINE:", "NAME,
// HOST:", or the author's surname as a label) narrate, the people they report speak; "FILE PHOTO:"
// labels no one; a partial quotation before a tag keeps its sentence; "said just before midnight
// that"; a bare "saying" after an act; "encouraged X to";
// the author's time clause after a trailing tag (", Acme said, as it announced …") ends the claim,
// ", while warning that …" is a second one; ", falling short of …" after a figure is the author's;
// a title-case headline's verb is found among its capitalised words ("Kell Says Prices Will Fall",
// "… Fall, Minister Says": a speaker's name or the role the story introduces them with).
// 18 (Chinese speaker phrases, real pages): between name and verb, an interview or report named in
// 《》 (接受《…》访问时, 在《…》报告中), 2日對媒體, 星期三发文告, 今天开记者会, 今(8)日再, 官方网站, 上个月;
// 医生/教授 after a name; 提出,…; a programme's broadcaster (…台“…”节目); an outlet in 「」 (「路透社」報導;
// more Hong Kong, Taiwan, Singapore and overseas outlets listed); a 【title name】 heading
// over a spokesperson's answer; 更新時間: and a role alone (学者:) no one's; 当局 the body last named;
// an unowned 报告 (气象报告说) no one; 他 the person a sentence's first clause names.
inline constexpr int kClaimExtractorVersion = 18;

// What a source's metadata says about who wrote it: the first person of its text ("I estimate")
// is its author, "we" its outlet. Either may be unknown.
struct ClaimSource {
  std::optional<std::string> author;
  std::optional<std::string> outlet;
};

// The candidate name of a speaker who is not named ("a person familiar with the matter",
// "officials who asked not to be named", 知情人士): a kind of its own, never a named actor.
inline constexpr std::string_view kAnonymousSpeaker = "anonymous";

struct Claim {
  // actor_id empty: a candidate actor, whose surface is the fullest name the text gives it
  // ("Okafor said" after "Sam Okafor …" is "Sam Okafor"), or kAnonymousSpeaker.
  ActorMention speaker;
  std::string verb;                    // the reporting word as written: "argues", "according to", ":"
  ByteSpan span;                       // what is claimed: the attributed clause or quote
  ByteSpan sentence;                   // the sentence(s) holding it
  std::optional<std::string> date;     // YYYY-MM-DD when the sentence dates the claim ("On May 16, …")
};

struct ClaimExtraction {
  std::vector<Claim> claims;                 // in span order
  std::vector<ByteSpan> questions;           // sentences that ask
  std::vector<ActorMention> candidates;      // unknown names in attribution positions, deduplicated by surface
};

// Names the gazetteer does not know are found where they speak (a capitalised name, an outlet of
// the bundled list, a Han name before a reporting verb), then every mention of them and of their
// short forms ("Okafor" for "Sam Okafor") is read like a gazetteer name.
// REQUIRES: `text` is valid UTF-8. Thread-safe; deterministic for a given kClaimExtractorVersion,
// gazetteer and source.
ClaimExtraction ExtractClaims(std::string_view text, const Gazetteer& gazetteer, const ClaimSource& source = {});

}  // namespace dossier
