// Whose number each figure is (src/extract/figure_subject.cc), read through ExtractFigures: the
// shapes of real reporting, each in a made-up sentence.
#include <catch2/catch.hpp>

#include <string>

#include "dossier/figure.h"

using namespace dossier;

namespace {

// The subject ExtractFigures gives the figure written `surface` in `text` ("-" when none).
std::string SubjectOf(const std::string& text, const std::string& surface) {
  for (const Figure& f : ExtractFigures(text)) {
    if (f.surface == surface) return f.subject.value_or("-");
  }
  FAIL("no figure `" << surface << "` in: " << text);
  return "";
}

}  // namespace

TEST_CASE("subject: possessive, clause subject, preposition, and the fullest name", "[figures][subject]") {
  CHECK(SubjectOf("Meta's capital spending will reach $115 billion in 2026.", "$115 billion") == "Meta");
  CHECK(SubjectOf("Alphabet raised its forecast to $85 billion on Tuesday.", "$85 billion") == "Alphabet");
  CHECK(SubjectOf("Revenue at Calder Rovers fell 4% to £301 million.", "£301 million") == "Calder Rovers");
  CHECK(SubjectOf("Spending by NHS England on agency staff fell to £2.9 billion.", "£2.9 billion") == "NHS England");
  CHECK(SubjectOf("Google's parent Alphabet guided to $175 billion for 2026.", "$175 billion") == "Alphabet");
  // The short name later in the text stands for the full one written first.
  CHECK(SubjectOf("Caldera Semiconductor reported results. Caldera's revenue was $39.3 billion.", "$39.3 billion") ==
        "Caldera Semiconductor");
}

TEST_CASE("subject: a list is one subject, and 'the four companies' the last four named", "[figures][subject]") {
  CHECK(SubjectOf("Microsoft, Alphabet, Amazon and Meta together spent $410 billion last year.", "$410 billion") ==
        "Alphabet, Amazon, Meta and Microsoft");
  const std::string roundup =
      "Amazon expects to spend $200 billion. Alphabet guided to $180 billion. Meta said it would spend $125 billion. "
      "Microsoft spent $37.5 billion in the quarter. Taken together, the four companies will spend $650 billion.";
  CHECK(SubjectOf(roundup, "$650 billion") == "Alphabet, Amazon, Meta and Microsoft");
}

TEST_CASE("subject: a pronoun or description carries the subject over, a speaker's claim is not theirs", "[figures][subject]") {
  const std::string text =
      "Microsoft, whose fiscal year ends in June, gives no annual figure. It spent $37.5 billion in the December "
      "quarter. The company said spending would rise by $5 billion.";
  CHECK(SubjectOf(text, "$37.5 billion") == "Microsoft");
  CHECK(SubjectOf(text, "$5 billion") == "Microsoft");
  CHECK(SubjectOf("Northwind Energy added capacity. The utility expects to spend £6.5 billion this year.", "£6.5 billion") ==
        "Northwind Energy");
  // What a person argues is not their own number.
  CHECK(SubjectOf("Mark Cuban argues that the $3 trillion spent on AI will not pay off.", "$3 trillion") == "-");
  CHECK(SubjectOf("Amazon told investors that it expects to spend $200 billion.", "$200 billion") == "Amazon");
}

TEST_CASE("subject: not a dateline, a capitalised common noun or a nationality", "[figures][subject]") {
  CHECK(SubjectOf("SAN FRANCISCO, 6 February 2026 — Amazon expects to spend $200 billion.", "$200 billion") == "Amazon");
  CHECK(SubjectOf("Matchday income reached £118 million.", "£118 million") == "-");
  CHECK(SubjectOf("A Japanese conglomerate put in $22.5 billion.", "$22.5 billion") == "-");
}

TEST_CASE("subject: a table row's first cell, else the table's caption", "[figures][subject]") {
  const std::string text =
      "The table adds up the capital expenditure of Alphabet, Amazon, Meta and Microsoft.\n\n"
      "| Year | Capex ($B) |\n|---|---|\n| 2025 | 410 |\n\n"
      "By company:\n\n| Company | 2026 forecast ($bn) |\n|---|---|\n| Amazon | 200 |\n";
  CHECK(SubjectOf(text, "410") == "Alphabet, Amazon, Meta and Microsoft");
  CHECK(SubjectOf(text, "200") == "Amazon");
}

TEST_CASE("subject: Han company names, clause subjects and 该公司", "[figures][subject]") {
  const std::string text =
      "本报讯 互联网公司云图科技12日公布，第三季度营收为1,932亿元。该公司预计，第四季度营收将达2,100亿元。"
      "云图股价当日上涨6.7%。";
  CHECK(SubjectOf(text, "1,932亿元") == "云图科技");
  CHECK(SubjectOf(text, "2,100亿元") == "云图科技");
  CHECK(SubjectOf(text, "6.7%") == "云图科技");  // 云图 opens its clause before 股价
  CHECK(SubjectOf("腾讯第三季度营收为1,500亿元。", "1,500亿元") == "腾讯");
}

TEST_CASE("subject: the sentence's subject over a source that reports it, a relative clause's name", "[figures][subject]") {
  const std::string economy =
      "Britain's economy grew 0.4% in the quarter, the Office for National Statistics said on Friday, after shrinking "
      "0.1% in the first quarter.";
  CHECK(SubjectOf(economy, "0.1%") == "Britain");
  // A name with "of" or "for" inside it is one name; the subject the text is most about carries on.
  const std::string bank =
      "Britain's economy grew 0.4%. Britain's inflation slowed to 2.8%. The Bank of England cut its rate to 3.75%.\n\n"
      "The unemployment rate rose to 4.9%.";
  CHECK(SubjectOf(bank, "3.75%") == "Bank of England");
  CHECK(SubjectOf(bank, "4.9%") == "Britain");
  CHECK(SubjectOf("City have won 11 games, while Rovers, who paid a club-record €35m for a goalkeeper, sit ninth.", "€35m") ==
        "Rovers");
  // A source whose words name no one else is the owner.
  CHECK(SubjectOf("Hongfeng Technology said fourth-quarter revenue rose 20%.", "20%") == "Hongfeng Technology");
}

TEST_CASE("subject: no name in a compound, a metric, a dateline in capitals or a German noun", "[figures][subject]") {
  CHECK(SubjectOf("For the first half the Bengaluru-based company earned Rs 14,187 crore.", "Rs 14,187 crore") == "-");
  CHECK(SubjectOf("Revenue from operations grew 8.7%.", "8.7%") == "-");
  CHECK(SubjectOf("NEW YORK, 10 February 2026 — Investors placed orders of more than $80 billion.", "$80 billion") == "-");
  // "Provisions rose": a plural noun that opens a sentence is no name.
  CHECK(SubjectOf("Provisions rose 22% to Rs 612 crore.", "Rs 612 crore") == "-");
  const std::string german =
      "Der Umsatz der Rheinstrom AG stieg um 7,4 % auf 2.871,3 Mio. €. Die Aktie der Rheinstrom AG stieg um 3,1 % "
      "auf 48,62 €, und das Ergebnis lag bei 412,8 Mio. €. Anfragen liegen für weitere 3.400 MW vor.";
  // The legal form is no part of the name ("Rheinstrom AG" is Rheinstrom), after an article too.
  CHECK(SubjectOf(german, "48,62 €") == "Rheinstrom");
  CHECK(SubjectOf(german, "3.400 MW") == "Rheinstrom");  // not "Anfragen": the text's subject carries on
}

TEST_CASE("subject: a group named in words, and no name inside a phrase describing a noun", "[figures][subject]") {
  CHECK(SubjectOf("Vaccine uptake among people aged 65 and over reached 73.4% by the end of January.", "73.4%") ==
        "people aged 65 and over");
  CHECK(SubjectOf("The case rate was highest among children, at 390 cases per 100,000 residents.",
                  "390 cases per 100,000 residents") == "children");
  CHECK(SubjectOf("Counting private deals, technology companies issued roughly $200 billion of debt in 2025.",
                  "$200 billion") == "technology companies");
  CHECK(SubjectOf("Masao Kuroda promised to double his investment in American AI infrastructure to $200 billion.",
                  "$200 billion") == "Masao Kuroda");
}

TEST_CASE("subject: a company's own report, its legal form, a title before a person, a common word before a name", "[figures][subject]") {
  const std::string text =
      "DETROIT, 24 April 2026 — Kestrel Motors Inc. said on Thursday that first-quarter net income fell 12% to "
      "$1.9 billion. Chief executive Laura Benning said the group still expects full-year revenue of $170 billion. "
      "Rival Halden Auto Group reported a 20% jump in quarterly sales. Shares of Kestrel fell 4.2% in New York, valuing "
      "the company at about $84 billion.";
  CHECK(SubjectOf(text, "$1.9 billion") == "Kestrel Motors");
  CHECK(SubjectOf(text, "$170 billion") == "Kestrel Motors");  // "the group" is no person
  CHECK(SubjectOf(text, "20%") == "Halden Auto Group");
  CHECK(SubjectOf(text, "$84 billion") == "Kestrel Motors");
  // A view someone argues is still not theirs.
  CHECK(SubjectOf("Mark Cuban argues that the $3 trillion spent on AI will not pay off.", "$3 trillion") == "-");
}

TEST_CASE("subject: a paragraph goes on with its last subject, a new one with the text's main one", "[figures][subject]") {
  const std::string text =
      "LONDON, 14 August 2026 — Britain's economy grew 0.4%. Britain's inflation slowed to 2.8%.\n\n"
      "The Bank of England cut its rate to 3.75%. It was the third cut, worth 25 basis points.\n\n"
      "The unemployment rate rose to 4.9%.";
  CHECK(SubjectOf(text, "25 basis points") == "Bank of England");
  CHECK(SubjectOf(text, "4.9%") == "Britain");
  // A group named in words owns the figures of its sentence only.
  const std::string flu =
      "Rates were highest among people aged 85 and over, at 41.5 per 100,000, or 4 times the average.\n\n"
      "England recorded 412 flu deaths in January. The agency counted 530 in December.";
  CHECK(SubjectOf(flu, "530") == "England");
}

TEST_CASE("subject: Han company names open their clause or come back, 公司 refers back", "[figures][subject]") {
  const std::string text =
      "华远电力27日晚间发布三季报。截至9月底，公司控股装机容量达到5,860万千瓦，其中新能源装机占比提升至41%。"
      "公司表示，预计全年发电量将超过2,600亿千瓦时。华远电力股价28日上涨3.2%。";
  CHECK(SubjectOf(text, "5,860万千瓦") == "华远电力");
  CHECK(SubjectOf(text, "41%") == "华远电力");
  CHECK(SubjectOf(text, "2,600亿千瓦时") == "华远电力");
}

TEST_CASE("subject: a company's officer speaks for it, analysts and Wall Street own no number", "[figures][subject]") {
  CHECK(SubjectOf("Alphabet Chief Executive Officer Sundar Pichai announced $75 billion in capital spending.", "$75 billion") ==
        "Alphabet");
  CHECK(SubjectOf("Alphabet will spend $75 billion this year, 29% more than Wall Street expected.", "29%") == "Alphabet");
  CHECK(SubjectOf("RBC Capital Markets analyst Mark Mahaney was looking for $6.6 billion.", "$6.6 billion") == "-");
}

TEST_CASE("subject: the source after the figure, else the lead's subject", "[figures][subject]") {
  CHECK(SubjectOf("Quarterly sales were $81.6 billion, Alphabet said on Tuesday.", "$81.6 billion") == "Alphabet");
  const std::string article =
      "Profit dented by cloud spending\n\n"
      "Alphabet Inc.'s quarterly earnings were held back by heavy spending on data centres.\n\n"
      "Net income was $7.1 billion, the company reported on Monday.";
  CHECK(SubjectOf(article, "$7.1 billion") == "Alphabet");
}

TEST_CASE("subject: a table row labelled by a metric takes the caption's, a currency code is no one", "[figures][subject]") {
  const std::string table =
      "Lindqvist Foods reported first-quarter results on Wednesday.\n\n"
      "| | Q1 2026 | Q1 2025 |\n|---|---|---|\n"
      "| Net sales | SEK 14,810m | SEK 13,970m |\n"
      "| Reported | SEK 1,512m | SEK 1,288m |\n\n"
      "Net sales rose 6% to SEK 14.8 billion.";
  CHECK(SubjectOf(table, "SEK 13,970m") == "Lindqvist Foods");
  CHECK(SubjectOf(table, "SEK 1,512m") == "Lindqvist Foods");
  CHECK(SubjectOf(table, "SEK 14.8 billion") == "Lindqvist Foods");
  // (Since the values of extractor v6 the currency's name is in the figure's span.)
  CHECK(SubjectOf("The group will return 2.5 billion U.S. dollars to shareholders.", "2.5 billion U.S. dollars") == "-");
}

TEST_CASE("subject: the lead's subject past a German dateline, without the noun before the name", "[figures][subject]") {
  const std::string text =
      "Rheinwerk Chemie hebt die Prognose an\n\n"
      "BONN, 5. Mai 2026 – Der Chemiekonzern Rheinwerk Chemie AG hat im ersten Quartal mehr verdient, als die "
      "Analysten und die Anleger erwartet hatten. Der Umsatz stieg um 4,1 % auf 1.250,0 Mio. €, und das Ergebnis "
      "legte zu; die Aktie und der Konzern profitierten.";
  CHECK(SubjectOf(text, "4,1 %") == "Rheinwerk Chemie");
}


TEST_CASE("subject: names joined by '&' or 'of the' are one, a credit line names no one", "[figures][subject]") {
  CHECK(SubjectOf("Shares of Harlow & Finch fell 2 percent before the bell.", "2 percent") == "Harlow & Finch");
  // The initials stand for the name: "H&F" for "Harlow & Finch".
  CHECK(SubjectOf("Harlow & Finch makes soap. Net sales at H&F rose 3 percent.", "3 percent") == "Harlow & Finch");
  CHECK(SubjectOf("The Union of the Northern Oil Producers pumped 24.3 million bpd in August.", "24.3 million bpd") ==
        "Union of the Northern Oil Producers");
  // "the head of the Fed": "of the" joins only before two capitalised words.
  CHECK(SubjectOf("Orlen Gas said output was 3.1 million bpd, the head of the Agency noted.", "3.1 million bpd") == "Orlen Gas");
  const std::string wire =
      "Ostrava Steel output falls\n\n"
      "PRAGUE, Oct 1 - Ostrava Steel made 1.2 million tonnes in September.\n\n"
      "It expects 4 percent more next year.\n\n"
      "(Reporting by Jana Novak; Editing by Petr Dvorak)\n";
  CHECK(SubjectOf(wire, "4 percent") == "Ostrava Steel");
}

TEST_CASE("subject: a poll's share is the backed candidate's, a clause's subject beats its object", "[figures][subject]") {
  const std::string poll = "Among 600 likely voters, 21 percent of respondents supported Lindgren and 16 percent backed Marsh.";
  CHECK(SubjectOf(poll, "21 percent") == "Lindgren");
  CHECK(SubjectOf(poll, "16 percent") == "Marsh");
  CHECK(SubjectOf("In the survey 38% would vote for the Greens.", "38%") == "Greens");
  CHECK(SubjectOf("Devin Carter led the Falcons with 31 points on Friday.", "31 points") == "Devin Carter");
  // A verb of saying before a number states it: "Gary Hale added 19" is Hale's.
  CHECK(SubjectOf("Nikola Brand scored 31 points, Gary Hale added 19 and the Hawks won.", "19") == "Gary Hale");
  // A word before a metric's name says which part ("Ad sales"), the company is the text's.
  CHECK(SubjectOf("Fernway results\n\nLONDON, 3 May 2026 - Fernway Media reported results on Wednesday.\n\n"
                  "Ad sales in the quarter rose 42 percent.", "42 percent") == "Fernway Media");
}

TEST_CASE("subject: a good's price is the good's, a statistics office and a name set apart own nothing", "[figures][subject]") {
  const std::string farm = "In farm markets, corn for March delivery gained 6 cents to $4.52 a bushel and soybeans rose 11.5 cents "
                           "to $10.87 a bushel, while live cattle traded at $2.31 a pound.";
  CHECK(SubjectOf(farm, "$4.52 a bushel") == "corn");
  CHECK(SubjectOf(farm, "$10.87 a bushel") == "soybeans");
  CHECK(SubjectOf(farm, "$2.31 a pound") == "live cattle");
  CHECK(SubjectOf("Spot gold fell 0.6% to $2,341 an ounce.", "$2,341 an ounce") == "gold");
  // A statistics office or an electoral commission counts others' numbers.
  CHECK(SubjectOf("Voter turnout, according to the Central Election Commission, was 55%.", "55%") == "-");
  CHECK(SubjectOf("Nonfarm payrolls increased 128,000, the Labor Department said.", "128,000") == "-");
  // "every member except Mexico": the name set apart owns nothing.
  CHECK(SubjectOf("Every member except Mexico pumped less, cutting 60,000 barrels per day in all.", "60,000 barrels per day") == "-");
  // A poll's margin of error is no candidate's.
  CHECK(SubjectOf("Lindgren had 41% support. The poll has a margin of error of plus or minus 3.1 percentage points.",
                  "3.1 percentage points") == "-");
}

TEST_CASE("subject: German nouns after an article and adjective, with a noun's ending, or a metric's, are no names", "[figures][subject]") {
  const std::string text =
      "Rheinwerk steigert Umsatz im dritten Quartal\n\n"
      "MAINZ, 28. Oktober 2026 – Der Chemiekonzern Rheinwerk hat im dritten Quartal einen Umsatz von 3,84 Milliarden Euro "
      "erzielt (Vorjahr: 3,61 Mrd.). Die Nettoverschuldung sank auf 4,2 Mrd. Euro. Für 2027 plant der Konzern Investitionen "
      "von 1,9 Mrd. Euro. Rheinwerk bestätigte die Prognose.";
  CHECK(SubjectOf(text, "3,61 Mrd.") == "Rheinwerk");
  CHECK(SubjectOf(text, "4,2 Mrd. Euro") == "Rheinwerk");
  CHECK(SubjectOf(text, "1,9 Mrd. Euro") == "Rheinwerk");
}

TEST_CASE("subject: turnout and the count of voters are the election's, a candidate after the party's name", "[figures][subject]") {
  const std::string text =
      "Alliance wins\n\nVALDOR, 4 May 2026 - The Centre Alliance won the parliamentary election with 41.2% of the vote. "
      "Turnout was 67.4%, and 10.7 million voters cast ballots.";
  CHECK(SubjectOf(text, "67.4%") == "parliamentary election");
  CHECK(SubjectOf(text, "10.7 million voters") == "parliamentary election");
  CHECK(SubjectOf(text, "41.2%") == "Centre Alliance");
  CHECK(SubjectOf("In the poll 9% supported Green candidate Tove Aas.", "9%") == "Tove Aas");
}

TEST_CASE("subject: the firm that compiles estimates owns none, the estimated company does", "[figures][subject]") {
  const std::string text =
      "Halvard Foods said revenue rose to $2.23 billion, short of a consensus estimate of $2.25 billion from Quantline. "
      "Analysts polled by Datamere had expected earnings of 41 cents a share.";
  CHECK(SubjectOf(text, "$2.25 billion") == "Halvard Foods");
  CHECK(SubjectOf(text, "41 cents a share") == "Halvard Foods");
  // "according to Quantline data": the data firm's data, not its number.
  CHECK(SubjectOf("Halvard Foods earned $90 million. Analysts expected $80 million, according to Quantline data.",
                  "$80 million") == "Halvard Foods");
}

TEST_CASE("subject: a race's shares after who leads whom, a backing phrase after the share", "[figures][subject]") {
  const std::string race =
      "Marsh leads Republican opponent Tom Keller by 9 percentage points, 51 percent to 42 percent, among likely voters.";
  CHECK(SubjectOf(race, "51 percent") == "Marsh");
  CHECK(SubjectOf(race, "42 percent") == "Tom Keller");
  CHECK(SubjectOf(race, "9 percentage points") == "Marsh");
  const std::string backing =
      "Fifty-one percent of likely voters said they would back Marsh, and 46 percent expressed support for Keller.";
  CHECK(SubjectOf(backing, "Fifty-one percent") == "Marsh");
  CHECK(SubjectOf(backing, "46 percent") == "Keller");
  // A poll's sample ("among likely voters") is not whose the share is.
  const std::string sample =
      "The poll of 800 likely voters was taken a month before the election. In August, Marsh had a 2-point lead among "
      "likely voters, 45 percent to 43 percent, in the same poll.";
  CHECK(SubjectOf(sample, "45 percent") == "Marsh");
}

TEST_CASE("subject: a surname or a team's last word stands for the full name written before it", "[figures][subject]") {
  const std::string text =
      "Dana Whitlock scored 31 points for the Harbor Gulls. Whitlock is averaging 27.2 points this season.";
  CHECK(SubjectOf(text, "27.2 points") == "Dana Whitlock");
  // An acronym before a place ("NHS England") is no given name, and a place written alone before the
  // longer name is a place.
  CHECK(SubjectOf("England had 7.4 million on waiting lists. NHS England said it would hire staff.", "7.4 million") == "England");
}

TEST_CASE("subject: a disease or a health ministry owns no cases, the place does", "[figures][subject]") {
  const std::string text =
      "Cholera cases rise in Norvala\n\n"
      "The Ministry of Health on Sunday reported 567 new cases of cholera and the death of 27 people.";
  CHECK(SubjectOf(text, "567 new cases") == "Norvala");
  CHECK(SubjectOf(text, "27 people") == "Norvala");
  CHECK(SubjectOf("Officials counted 251 new cases of Covid-19 in Dalmora on Sunday.", "251 new cases") == "Dalmora");
}

TEST_CASE("subject: a place before a colon or dash opens the lead as its dateline, a paragraph's opener", "[figures][subject]") {
  CHECK(SubjectOf("Studio results\n\nLos Angeles: Brightline Pictures said revenue rose 12% in the quarter.", "12%") ==
        "Brightline Pictures");
  CHECK(SubjectOf("Shares gain\n\nLondon - Kestrel Mining rose 4.1 percent in early trade.", "4.1 percent") == "Kestrel Mining");
  const std::string text =
      "Halvard Foods reported results on Tuesday, with sales of $3 billion.\n\n"
      "Corvale Systems reported better-than-expected results. Revenue of $2.7 billion beat the consensus.";
  CHECK(SubjectOf(text, "$2.7 billion") == "Corvale Systems");
}

TEST_CASE("subject: what the sentences are about, a name before a comma and a move, a race's rival", "[figures][subject]") {
  // A reference goes back to what the sentences were about, not to the last place listed.
  const std::string company =
      "Marrow Wind said its revenue rose to $2.1 billion. Its largest markets were Norway with 900MW and Poland with "
      "400MW. Its turbines generated 12.4 terawatt-hours of power last year.";
  CHECK(SubjectOf(company, "12.4 terawatt-hours") == "Marrow Wind");
  // "Cleveland, up 4.0%": a move set after a name and a comma is that name's.
  const std::string cities = "Prices rose most in Denver, up 5.1%; Tampa, up 4.2%; and Boston, up 3.3%.";
  CHECK(SubjectOf(cities, "4.2%") == "Tampa");
  CHECK(SubjectOf(cities, "3.3%") == "Boston");
  // A race's second share is the rival's named after "over", whatever words describe the rival.
  const std::string race = "Sen. Maria Lund holds a 48-45 percent edge over Republican challenger Owen Pike.";
  CHECK(SubjectOf(race, "48") == "Maria Lund");
  CHECK(SubjectOf(race, "45 percent") == "Owen Pike");
  CHECK(SubjectOf("Governor Ana Ruiz was ahead, 50.2 to 47.9 percent, over Tom Hale.", "47.9 percent") == "Tom Hale");
  // A party's word before a person's name is no part of it; a party's own name keeps it.
  CHECK(SubjectOf("Democrat Lena Moss leads Republican Carl Dunn by 51 to 44 percent.", "51") == "Lena Moss");
  CHECK(SubjectOf("Democrat Lena Moss leads Republican Carl Dunn by 51 to 44 percent.", "44 percent") == "Carl Dunn");
  CHECK(SubjectOf("The Republican National Committee raised $12 million in May.", "$12 million") == "Republican National Committee");
}

TEST_CASE("subject: a price is the market's it is paid in, and no relative word is a good", "[figures][subject]") {
  const std::string power =
      "The grid operator said demand hit a record 80 GW. Power prices in Ohio jumped 35% to $140 per megawatt hour.";
  CHECK(SubjectOf(power, "35%") == "Ohio");
  CHECK(SubjectOf(power, "$140 per megawatt hour") == "Ohio");
  CHECK(SubjectOf("The Midwest, where prices were up 3.2% on the year, led the gains.", "3.2%") == "Midwest");
}

TEST_CASE("subject: one name per entity, whatever form the text writes it in", "[figures][subject]") {
  // "OPEC+", "OPEC Plus" and "… and allies" are one group; "OPEC" alone is the cartel its initials name.
  const std::string opec =
      "OPEC+ agreed to cut output by 2 million barrels per day. The Organization of the Petroleum Exporting Countries "
      "and allies, known as OPEC Plus, said its members would cut 1.2 million bpd. OPEC Plus pumps 41 million bpd.";
  CHECK(SubjectOf(opec, "2 million barrels per day") == "OPEC+");
  CHECK(SubjectOf(opec, "1.2 million bpd") == "OPEC+");
  CHECK(SubjectOf(opec, "41 million bpd") == "OPEC+");
  // "Fed" is the "Federal Reserve" the text names; "U.S." keeps its full stop.
  const std::string fed = "The Federal Reserve held rates at 4%. The Fed has cut rates by 1.5 percentage points since 2025.";
  CHECK(SubjectOf(fed, "1.5 percentage points") == "Federal Reserve");
  CHECK(SubjectOf("U.S. consumer prices rose 0.3% in January.", "0.3%") == "U.S.");
  // A good read at a sentence's start is the name the text writes for it.
  const std::string brent = "Oil rose after OPEC+ met, lifting Brent crude to $92.74 a barrel. Brent crude futures settled up $1.37.";
  CHECK(SubjectOf(brent, "$92.74 a barrel") == "Brent crude");
  CHECK(SubjectOf(brent, "$1.37") == "Brent crude");
  CHECK(SubjectOf("Analysts said OPEC+ will defend $90 oil.", "$90") == "oil");
  // A bond is named with its tenor.
  CHECK(SubjectOf("The two-year Treasury yield fell 6 basis points to 3.61%.", "3.61%") == "two-year Treasury");
}

TEST_CASE("subject: number words, titles, rivals, relative clauses and what moved after with", "[figures][subject]") {
  // A number word opening a sentence is no name; "Prime Minister" is a title.
  CHECK(SubjectOf("OPEC+ met on Sunday. Two delegates said the cut would be 1 million bpd.", "1 million bpd") == "OPEC+");
  CHECK(SubjectOf("Prime Minister Ida Brenholm's Progress Party won, taking 71 of the 151 seats.", "71") == "Progress Party");
  // The rival a lead is measured against owns none of it.
  CHECK(SubjectOf("The Progress Party won. Its lead over the Civic Union narrowed to 5.3 percentage points.",
                  "5.3 percentage points") == "Progress Party");
  // The clause after a relative clause goes on with the name it is about.
  CHECK(SubjectOf("City have 61 points, while Rovers, who paid a record fee last summer, sit ninth on 36 points.", "36 points") ==
        "Rovers");
  // "with gasoline down 3.3%", "with the Nasdaq up 1.2%": what moved.
  CHECK(SubjectOf("Energy prices fell 0.9%, with gasoline down 3.3%.", "3.3%") == "gasoline");
  CHECK(SubjectOf("Stocks rose, with the Nasdaq up 1.2%.", "1.2%") == "Nasdaq");
  // A score's side is the one its own clause names.
  CHECK(SubjectOf("Harcastle lead on 61 points, with Northgate Rovers on 56 after their 1-1 draw at Crestwood.", "56") ==
        "Northgate Rovers");
  // "the country's" is the place last named.
  CHECK(SubjectOf("Inflation in France eased to 1.9% in February. The country's budget deficit was 5.4% of output.", "5.4%") ==
        "France");
}

TEST_CASE("subject: an economy's measures are its country's, not the bank's that forecasts them", "[figures][subject]") {
  const std::string bank = "The Bank of Nordvik raised its forecast for economic growth in 2027 to 1.4% from 1.1%.";
  CHECK(SubjectOf(bank, "1.4%") == "Nordvik");
  CHECK(SubjectOf("The Central Bank of Arland kept inflation near its 2% target.", "2%") == "Central Bank of Arland");
  CHECK(SubjectOf("The Bureau of Labor Statistics said inflation rose 3.1%.", "3.1%") != "Labor Statistics");
}

TEST_CASE("subject: a ticker in brackets and an opening adverb are no owners", "[figures][subject]") {
  CHECK(SubjectOf("Shares of Quillon Networks Inc (QNW.O) rose 2 percent on Monday.", "2 percent") == "Quillon Networks");
  CHECK(SubjectOf("Ostrava Soft (NASDAQ:OSFT) reported revenue of $3.9 billion.", "$3.9 billion") == "Ostrava Soft");
  CHECK(SubjectOf("Ostrava Soft reported results. Indeed, Ostrava Soft's revenue rose 4% to $3.9 billion.", "4%") == "Ostrava Soft");
}

TEST_CASE("subject: a place where a company sells is not whose its number is", "[figures][subject]") {
  const std::string sales =
      "Brannholt Motors said its deliveries rose 3 percent in May. In western Europe excluding Veldmark, the company "
      "delivered 412,000 vehicles, a decrease of 2.5 percent.";
  CHECK(SubjectOf(sales, "412,000 vehicles") == "Brannholt Motors");
  // A move set after a figure is that figure's owner's.
  CHECK(SubjectOf(sales, "2.5 percent") == "Brannholt Motors");
  CHECK(SubjectOf("Kesmark exports within North America rose 2 percent.", "2 percent") == "Kesmark");
  CHECK(SubjectOf("Shares of Tollan Mining closed at $41.20 in New York, up 2%.", "2%") == "Tollan Mining");
  // A place owns its economy's measures, its prices and its cases, and what no one else is named for.
  CHECK(SubjectOf("Inflation in Orrland eased to 1.9%, the Orrland Statistics Office said.", "1.9%") == "Orrland");
  CHECK(SubjectOf("In Dunmere the waiting list stood at 830,000.", "830,000") == "Dunmere");
  CHECK(SubjectOf("Electricity demand in Ostmark is set to double by 2030, the grid operator Velnet said on Tuesday, and "
                  "could more than triple by 2035.",
                  "triple") == "Ostmark");
}

TEST_CASE("subject: an analyst owns no forecast, wherever the text names them", "[figures][subject]") {
  const std::string text =
      "Shares of Quillon Networks rose 2 percent on Monday. Harwick Research analyst Jo Reyes said results would be strong. "
      "\"Guidance was conservative,\" said Reyes, forecasting quarterly revenue of $8.6 billion.";
  CHECK(SubjectOf(text, "$8.6 billion") == "Quillon Networks");
  // A broker's price target is for the company's shares.
  CHECK(SubjectOf(text + " Harwick raised its target on the shares to $22.50.", "$22.50") == "Quillon Networks");
}

TEST_CASE("subject: a central bank's policy rate is its own, its forecasts of the economy the country's", "[figures][subject]") {
  // "Reserve Bank of …", "Central Bank of …": the place after the last head.
  const std::string reserve =
      "The Reserve Bank of Tarvania kept its repo rate at 6.5%. It expects growth of 6.8% and inflation of 4.9% in "
      "2026-27.";
  CHECK(SubjectOf(reserve, "6.5%") == "Reserve Bank of Tarvania");
  CHECK(SubjectOf(reserve, "6.8%") == "Tarvania");
  CHECK(SubjectOf(reserve, "4.9%") == "Tarvania");
  // A policy committee decides for its bank, by its name, its short form or its acronym.
  const std::string committee =
      "The Monetary Policy Committee (MPC) of the Central Bank of Oskaria cut the key rate to 3.25%. The MPC "
      "expects inflation of 2.8% next year.";
  CHECK(SubjectOf(committee, "3.25%") == "Central Bank of Oskaria");
  CHECK(SubjectOf(committee, "2.8%") == "Oskaria");
  CHECK(SubjectOf("The Karlsmark Reserve Bank's monetary policy committee (MPC) left the repo rate at 7.25%. The MPC "
                  "now sees the rate at 7% by December.",
                  "7%") == "Karlsmark Reserve Bank");
  // The governor who announces a rate or a target owns neither.
  const std::string governor =
      "Governor Talia Renvik of the Bank of Ostmere said the policy rate would stay at 4%. Renvik wants an inflation target of "
      "3%, and the bank is set to get it.";
  CHECK(SubjectOf(governor, "4%") == "Bank of Ostmere");
  CHECK(SubjectOf(governor, "3%") != "Talia Renvik");
}

TEST_CASE("subject: a title-case headline, an abbreviation of common words and a legal name are read as the body writes them", "[figures][subject]") {
  // The headline's capitals name only what the body names.
  const std::string headline =
      "Varnland Sees Sharp Rise In Fever Cases, Says Health Ministry\n\n"
      "The Health Ministry said 12,400 fever cases were recorded in Varnland this year.";
  CHECK(SubjectOf(headline, "12,400 fever cases") == "Varnland");
  // "million tonnes (MT)" abbreviates words and names no one: the output is the crop's alone (v16).
  CHECK(SubjectOf("Grain output is estimated to rise 3 percent to 96.2 million tonnes (MT) in the 2025-26 crop year. "
                  "Rice output rose to 112.4 MT from 108.1 MT.",
                  "112.4") == "rice");
  // A company written with its legal form opens its sentence whole.
  CHECK(SubjectOf("Heron Bay Air Lines Inc. said on Wednesday that fourth-quarter traffic will rise 5 percent.", "5 percent") ==
        "Heron Bay Air Lines");
}

TEST_CASE("subject: a people's word before a noun, and a survey's house after 'by the', own nothing", "[figures][subject]") {
  const std::string airport =
      "Harlow Airports said 9.2m passengers used its airports in May. Harlow said European scheduled traffic, which "
      "accounts for 38% of its passengers, rose 4.4%.";
  CHECK(SubjectOf(airport, "4.4%") == "Harlow Airports");
  const std::string poll =
      "The Central Bank of Pellary cut its key rate to 4.5%. Of 41 institutions consulted by the Quarry Projections "
      "survey, 35 expected a cut to 4.75%.";
  CHECK(SubjectOf(poll, "4.75%") != "Quarry Projections");
}
