// Figures: the numbers a source states, each located by its exact bytes and normalized.
//
// A figure is a number with what it counts: "$3 trillion" (3e12 USD), "77%" (77 percent),
// "$0.50 per million tokens" (0.5 USD per "million tokens"), "18–24 months" (18 to 24 months).
// Calendar years, dates and list numbering are not figures. Spans are byte offsets into the text
// exactly as stored; the text is never altered.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dossier {

// Bumped whenever ExtractFigures can give a different answer for the same text, so that
// `dossier extract --rerun` knows which sources to extract again.
// 5: periods read against the published date; 6: Chinese magnitude groups, ％, times of day;
// currencies named with their country ("U.S. dollars"), spelled watt-hours, "1.42 B", grouped
// numbers after a name, table cells with their own scale taking their row's metric and quarter;
// fiscal years by their last month, the year before, the lead's period and subject; 7: Chinese
// subjects from the topic of the clause (national aggregates the country's), Chinese months, days
// and months from the year's start as periods, a dateline's year no period, thresholds (的关口)
// without one, 人次 and 剂次 counted whole; units of several words ("per kilowatt hour", "cubic
// feet", "British thermal units"), ¢, ".13 cent", "a bushel"/"a pound", a currency before a sign
// ("Rs -0.80 crore"), a bare scaled amount set against money ("(Vorjahr: 3,61 Mrd.)"),
// 二兆八千九百億元, 一成半, 二○二六年 as a date; the text's date only from its dateline, a
// dateline's place and agency owning nothing, news outlets owning nothing, hyphenated names
// ("Rolls-Royce"), indices with their number ("S&P 500"), a tally's sides counting votes or goals
// as its sentence says, interest-rate and payroll words; a month one or two after the dateline's
// the coming one; "per cent" run together with its number ("10per cent"); 8: dates written day
// first in digits ("11-08-2021") and month-year column heads ("Jul-22") no figures, nor codes of
// three hyphenated groups; "92,8 %" a decimal; from/to lending its counted noun and per-unit; a
// falling pair ("58-33%") two figures; "+/-4%" no sign; "three fold" a multiple; a table corner's
// "USD (in millions)" every column's unit; periods
// named relative to the dateline or to another period ("last month", "the previous quarter", a
// fiscal text's "current quarter"), fiscal quarters dated by the month they ended in, an amount
// described after its comparison taking that period, an old forecast the start of its revision; subjects
// and metrics of English wire copy: names joined by "&" or "of the" ("Procter & Gamble",
// "Organization of the Petroleum Exporting Countries") and their initials ("P&G"); credit lines
// ("(Reporting by …)") name no one; a poll's share is the candidate it backs; a clause's subject
// before "with" ("X led the Suns with 31 points"); "added 19" states a figure; a word before a
// metric ("Ad sales") is no name; barrels a day are production; basketball tallies are no goals;
// Han subjects, periods and units of statistics releases and match reports; accented Latin
// letters going on a name ("Erdoğan"); a relative month after "since" no period; "the first
// half as" no multiple. 9: English subjects and metrics of estimates, polls, health and sport;
// scores of three digits ("112-104"), score lines with a team either side
// ("Chelsea 0 – 1 Manchester City", "Heat 98, Cavaliers 95"), records in brackets and sets ("(3-12)",
// "6-4, 3-6, 7-5") as each side's counts, a goalless "0-0" as none, race times ("2:03:45") as
// durations in seconds, and a count in thousands keeping its own scale ("by 578,000 to 155.6 million");
// "yesterday" the day before the dateline, a month "since" no period,
// periods named as a move's base ("from last month", "down 15% from the second quarter", "after a
// 0.2% increase in September", "in the prior month"), a reported result not going on with a period
// not over at the dateline, a day-first page date ("Updated: 13-02-2026"), a commodity's price with
// no period the dateline's day, "upped", "hiked", "slashed", "revised" … as verbs of a move.
// 10: English subjects and metrics: a reference ("Its turbines", "The group") is what the text's
// sentences were about, not the last place listed; "Cleveland, up 4.0%" is Cleveland's; a race's
// second share the rival's named after "over"; a party word before a person's name no part of it;
// "Power prices in Texas" Texas's; money per a unit of a good ("per megawatt-hour") its price, and
// money no index's level; a multiple stating a move ("a jump of nine times") measures what moved.
// Values: a record in brackets before a score no phone number ("(25-26) 120-112"), a rising score of
// three digits after a verb of the result ("lost 101-110"), a race named by its distance no
// million ("the 100m"), minutes past 23 a race time ("58:51"), temperatures ("40C", "104F", "38
// degrees") quantities, a price per a unit of several words after "a" ("a megawatt-hour") a rate,
// "12,4 Mrd. Euro" a decimal in any text, trunk-zero phone numbers and "No 10" no figures, a list
// leaving out its count's noun ("the Conservatives 121") counts, "Covid-19" a name, "set to
// double" and "a doubling" multiples, "120mm" a quantity.
// Periods: a commodity's price the dateline's day only on the day's trading or as a move's end, a
// contract month ("the April contract") no period, "October of 2006", "by March" the next March.
// Chinese: each item of a 分别 list its own subject and period, an hour before 时 a time of day.
// 11: values: fractions of a point ("a quarter of a percentage point", "a half-point cut"), "1/4
// percentage point" and "4-1/4 to 4-1/2 percent", a range writing its unit at both ends ("4.5
// percent to 4.75 percent"), "75 basis-point", a match's minutes ("(79')") no figures, "ten-man"; subjects one name per entity ("OPEC Plus" and "… and allies" are "OPEC+", "Fed" the "Federal
// Reserve", "U.S." with its stop, "brent crude" the text's "Brent crude"), number words and "Prime"
// no names, a bond with its tenor ("two-year Treasury"), a rival after "lead over" no owner, "his"
// and "the country's" as references, the clause after ", who …," its name's, "with gasoline down
// 3.3%" gasoline's, a score's side from its own clause, an economy's inflation or growth its
// country's ("Bank of Nordvik" → "Nordvik"); metrics: money beside a good ("$90 oil") its price,
// "rates" interest rates, "growth" a growth rate, "S&P" an index, barrels alone no production, an
// election's shares of the vote, a move's ends one metric; the wire dateline read by the reader the claims share (extract/datelines.h): a dash inside the
// agency's bracket, unspaced dashes, an outlet in brackets with no dash; Chinese: digits before 级 a grade counted (风力17级), a numeral before it a level's name (二级响应);
// a clause opening with a comparison (比上年, 低於) or a topic ending in 量/费/额 names no owner; periods: a value of a period over by the dateline that no word makes an expectation is actual;
// four digits inside a Chinese amount (2100万吨, 1億2000萬元) no year; "from 66.8% at the last
// election in 2022" names a base.
// 12: stock codes ("台積電（2330）", "(00700.HK)", "股票代码：600519") no figures; a bare 元 in traditional
// characters the New Taiwan or (where 港元 is named) Hong Kong dollar; spaced digits' further groups
// and Han range joiners ("1 兆 220 億元", "322 至 334 億美元"); 百分之 opens the next percentage, no
// magnitude of the number before ("百分之四十九百分之五十一" was 940%).
// subjects: "Economists", "Traders", "Data" opening a sentence no names, a department or ministry
// that reports or releases numbers no owner, a place before "-based" ("Waterloo, Ont.-based") no
// owner, a name once written with its legal form or as a possessive a name where it opens a
// sentence, "the North hub" and "the Gulf states" places; metrics: an expected figure ("had
// expected a 0.2% rise") the metric of the released one, a metric after another statement's "and"
// or after " on " below those before the figure, "surveyed by Dow Jones" no index.
// values from real oil, jobs, health and match pages: "between $88 a barrel and $95 a barrel" one
// range, "between 10 to 20 percent" and "a 12- to 16-year" ranges, "revised up by 16,000 to 167,000" a
// move and its level, tenths of a point, "per 1,000 live births", a scorer's minutes ("Alvarez 17′,").
// periods read per clause: a comparison's period is its base's ("down from 262 seats and 40% of
// the vote in 2017", "similar to that achieved in 1997", "from when … in 2019", "at the last
// election in 2019", "rose 0.1% from October", "the 3.2% rate recorded for October", "from 7.41
// million at the end of August"), not the reported figure's nor the next sentence's; "more than a
// year" no base; a sentence opening "A year earlier," is of the year before and not carried on;
// "an estimated" count no forecast, "expecting" a forecast.
// Chinese periods: a quarter after 比去年/较上年/与去年 a base, 去年一季度 and 去年全年 the year
// 去年 names, a base written right before its figure (高于去年全年5%的增速) that figure's period, a
// period past a clause break after a Han figure the next clause's; the noun after a measure word its
// dictionary words (ICU word break: 四个关键词评价一季度 → 关键词); one Latin letter glued to Han (V型)
// no name, a clause opening with 預測/大幅/來到/併計 no owner's.
// 13: a dateline of a place in capitals and an outlet or date in brackets with no dash ("MEXICO
// CITY (Wirewatch / Agency - 13th April, 2020) Mexico has …") owns no figure and names no subject.
// values from real wire, jobs, GDP, energy, Indian market and Chinese statistics pages: a wire
// time before its zone ("0012 GMT") and a part of a document ("see chart 1", "Table 3:") no figures;
// vulgar fractions ("2½ years", "4¾%"); "mln", "bln", "Mil"; the currencies of more presses ("NZ$",
// "KSh", "₦", "₱", "MXN 20 billion", "5,000 naira", "US $0.35"); areas ("2,000 square feet"); a price per
// unit as an adjective ("$5-a-barrel"); "4 out of 5 doctors" a proportion; adjectives of rank and
// availability and a comparative between a count and its noun ("four main industrial groupings",
// "300 more staff"; "75 available" counts nothing); 多/余 inside a Chinese number (20余亿元, 3万多辆);
// a list that writes its unit once lends it to each number ("17.5, 16.2 and 8.7 percent"); a
// revision's pair and "rose by 15 to 859" a move and its level; box scores (a row numbering the
// columns no figures, records beside a score line, "tied the game 105-105", "4-13 from the field",
// "3-pointers" a name); a row header's unit in a results table; "(上接26版)", "3、" no figures.
// subjects: "Members of the X" is X's, "and" inside one name ("Association of
// Machinists and Aerospace Workers", the speakers' rule), a list item's first word ("- Earnings:")
// and a word before a plural and "will"/"also" ("Union members also will …") no names, forecasters
// ("Economists were expecting prices …") no good; metrics: a figure with a noun of its own ("a 25%
// wage increase", "a $25 billion shelf registration") takes no metric from another clause.
// Chinese: 廿 and 卅 twenty and thirty (百分之廿二), 百分之卅四至卅六 one range, 一度/二度 before a verb
// an adverb (no figure), the Central News Agency's filing stamp after its editor's credit a date
// ("（編輯：…）1130113"), 千米 km, 營益率 and 营业利润率 the operating margin.
// periods of wire copy: a result carries the period of the short paragraphs before it; datelines
// opening the first body line in any form ("LONDON — February 4, 2026.", "By …, February 4, 2026");
// "the year-ago quarter", "the same period last year", "the same period of 2025" and "the third
// quarter last year" the other year's; "fiscal first quarter to October", "first-quarter fiscal
// 2026"; a share's move its sentence's weekday; "2026-02-04" no split fiscal year.
// 14: periods of real results and statistics pages: "fiscal second quarter to 23 January"; in a fiscal
// text "the three months ended Dec. 31" the fiscal quarter named before it and "the six months ended
// Dec. 31" its fiscal half; "the quarter that ends in March" no month of its own; "at the same time
// last year" another year's; "the first half of the year" of the year just named; "in July, 9% more"
// no day.
// Chinese: a full-width stop between numerals a decimal point (三．八％), 瓩 a kilowatt and a
// scaled numeral with a unit of measure a quantity (三千六百萬瓩), a month and day before 強震/大地震/
// 事件 and a tournament's round (12強, 4強賽) names; subjects: a clause opened by a verb, a
// judgement or a time of day (研判, 之後陸續發生, 凌晨) no owner, 有 after the owner dropped,
// 將/仍/已/統計 after a clause's company name dropped, 昨晚/今天 openers, a verb before a trade word
// (召開電力) and a bureau (国家能源局) no company, 綜觀/展望/面對 no subject.
// subjects: a ticker in brackets ("(CSCO.O)", "(NASDAQ:MSFT)") and an opening adverb ("Indeed,")
// own nothing; a place a company sells in ("deliveries in western Europe", "exports within North
// America", "closed at $41.20 in New York, up 2%") is whose the number is only when its sentence
// names no one else (economies, prices and cases stay the place's); a move set after a figure ("…,
// a decrease of 2.5 percent") is that figure's owner's; an analyst, and a person whose title the
// text names anywhere with an organisation's, owns nothing where named alone ("said Evenson,
// forecasting revenue of $8.6 billion"); metrics: barrels a day of demand,
// consumption or exports are no production.
// values: barrels a day however written a rate per day ("850,000 b/d", "bpd"),
// commodity symbols units as written ("706 Mt", "7.5 mtpa", "15.5 bcm"), tons as t, 立方米 m3,
// "five one-day" 5, "3.1 out of 100,000 people" one proportion, GMT+1, ages going on with "and",
// past verbs and YYYYMM table heads no figures, scraped tables without a separator row.
// 15: periods of central-bank, forecaster and budget pages: a month a forecast was made in ("its
// February forecast", "forecast last month", "estimated in December") no period, the old end of a
// revised year's forecast that year's; split years "2021-'22", "2023–24" and "the 2018-2019 fiscal
// year"; "since May 2022, when …" that month's; periods listed before "respectively" in order; a
// weekday right after a figure its date; a period in brackets with a figure of its own theirs only;
// kinds: "May" no maybe, "more than planned" and "slower-than-expected" outcomes, "a year earlier"
// beside a forecast and "now has … this year" actual, "expectations" and "projections" expectations,
// no word after "and"; "1.3% growth" of an economy no move; values: "2 3/4 per cent" one figure.
// Chinese sport, disaster, court and election pages: 一萬一千九百二十一 one number,
// 歲/岁 ages, ranks (排名98, 世界前10), 條款 and 4級響應 names, 九八年 a year, the wire stamp before
// its credit no figures; colon scores and rising dash scores beside a Han result word two counts;
// 局 次 组 支 顶 车 counted, 六个月 months, 三年半 3.5 years.
// subjects of central-bank, farm and health pages: "Reserve Bank of India", "Central Bank of
// Brazil" give their place to the economy's measures; a policy committee ("the Monetary Policy
// Committee (MPC) of …", "the RBI's … Committee") and its acronym stand for their bank; a governor
// owns no policy rate or economy measure; a title-case headline names only what its body names
// ("… Spike In Dengue Cases"); "million tonnes (MT)" names no one; a company with its legal form
// keeps its first word at a sentence's start ("Delta Air Lines Inc. said"); a demonym and a survey
// house ("consulted by the X survey") own nothing; metrics: "capacity" power's only in a power unit
// or beside power words, "inflation-adjusted" names no inflation.
// 16: Chinese typhoon, health, election and statistics pages: a counted noun to its head noun
// (消防人員, 施工船舶, 本土個案), not a verb or result after it (专家乘, 票當選); 台套/臺 measure words; 元
// of a mainland story in traditional characters CNY; 度 of a temperature degrees; 天, 个小时 durations;
// subjects: the owner before 以, 各 and relief sent out (緊急預撥), after 選前/選後, the first item
// after 分別為; no owner in case kinds (新增确诊), releases (公布), landfall times, superlatives, the
// text's reporter or two Latin letters glued after Han (卡拉OK, BA.4); Taiwan's health and election
// bodies make 國內 Taiwan's.
// periods of weather, hurricane, trade, crop and commodity pages: a weekday of what is still to
// come the next one ("is predicting Saturday's high will be", "is likely to hold … on Wednesday");
// a year after "from" behind an amount its base ("up 8 percent from 2019"); "between 2027 and 2030",
// "from 2027 to 2030" spans; "the last (final) quarter of …" the fourth, "of next year" resolved;
// "its forecast made in August" no period; "June capacity" June's; a percentage "over" or "on" its
// base its own period; "January to October" through October; "from November" when a cut takes
// effect; a commodity price moved to the dateline's day; kinds: "would trim", "will carry" plans;
// values: lengths, speeds, areas, volumes and weights quantities in symbols (mi, ft, in, m, mph, kn,
// ac, bu, gal, L, kg), "ppt" percentage points, "12-Jul-2016" a date, "1000 AM" a time, latitude and
// longitude no figures, a signed move lends no unit to the level listed before it.
// subjects of real bank, crop, cloud-results, quake and court pages: "Monetary Policy Committee
// of the Reserve Bank of India" in one run and both acronyms the bank's, a policy body with no owner
// the text's one central bank; a crop's output its owner's and the crop's ("India wheat"); a unit
// named by its line of business ("its cloud division", "Advertising revenue"); a disaster's toll
// the place's; a penalty its payer's; lists with legal forms one group; a pronoun after an
// organisation's "said" its; publications, portfolios, time zones, broadcasters, "Insured" and a
// utilities commission no owners; metrics: money per token a price per token, "economy" GDP only
// as the money's noun, HICP inflation, a share after "turnout" the turnout.
// 17: periods of real results, crop and central-bank pages: "the July–September quarter, the second
// quarter of FY26" fiscal, and placed as the calendar one; "the second quarter ended September 2021"
// in a text naming fiscal years and "Q2FY22" fiscal; "the April-June period" a quarter; "in the
// previous year" the year before; "respectively" after the periods; a new sentence no base; bounds:
// "as much as" at most, "as little as" at least; changes: "… less than a month earlier" a delta.
// Subjects of real catastrophe-loss, crop, central-bank, rail, earnings and market-wrap pages:
// insured losses the disaster's ("Hurricane Laura", "the Fort McMurray wildfire"), never the
// modeller's that estimates them; "Based on …", "Area harvested for … is", "Preliminary estimates
// from …", an opener with no verb after it and "Deputy" no names; a central bank's board and "the
// Bank" the bank; "according to" in the lead no topic; a publisher before "report"/"survey" and a
// price index no owners; a move restated after ", or" the mover's; a described speaker ("the global
// news and information company said") the company; metric "insured losses". From real inflation
// and energy-bill stories: "September 2.1%, October 1.4%" each its month's; a forecast for a month
// more than three months before the dateline the coming one.
// Chinese property, farm and Hong Kong pages: 平方米, 公斤, 斤 and 亩 units, the money a page
// declares with 下同 for its bare 元, "4 900宗" one number, 微升0.1年至5.4年 a move, 零組件 no zero.
// 18: subjects and metrics of real jobs, inflation, GDP, election, power and sport wire pages: a
// statistics office by its own name (Eurostat, Velstat), as a report's or estimates' publisher, or
// as the possessor's office ("the EU's statistics agency"), its chief or an economist in an
// apposition, a byline, a name after "under" and Celsius own nothing; a people's word before a
// title describes the person; "People's/Workers' …" go on into a party's name; a participle clause
// is the subject's of the clause before; prize money "to champion X" X's; money for a footballer
// named by position a transfer fee, the player's; metrics: "the rate" the paragraph's rate, a
// margin of error none, "yield" as a verb none, money no headcount or votes.
// 18 (periods of real CPI, jobs, health-budget, flu, football and election pages): a base named by a
// move verb ("after rising 2.7% in June") and a split year after "from Rs … crore" are bases; a
// standing target takes no period but its clause's; "the first month of 2025" January; "a December
// rate" December; a month after "will"/"expects" the coming one; a "published" day dates nothing;
// "However, October payrolls" October's; a season's split year a span; no carry older than a
// comparison's base; "since 1885" no count; insured losses need no period.
// 18 (values of real health and election pages): "100,000 mpox vaccine doses" counts doses;
// "covid-19" in lowercase no figure; a participation rate is turnout.
// 18 (Chinese): election, transfer and power pages: 鎊/镑, 新元, 令吉, 澳元, 加元, 韓元, 泰銖; a count's
// noun ends before the verb its people do (131万名选民参与); 選票 votes and a percentage of them a vote
// share; 轉會費 a transfer fee; 比6月底 and 高于2021年 bases, 2021年的30.2% that year's; owners past
// 最終, 相對於, 消息指 and a club's kind (球會), before 取得, 要求, 撥款, 投入, 完成; 宣佈, 解除, 當中 no owners.
// 19 (subjects and metrics of real election counts, health bulletins and budgets, wire results and
// forecasters' surveys): "of the" and a slash go on in a body's name ("Democratic Republic of the
// Congo", "CDU/CSU"); a list pairs a name and a number by a dash, a colon, "for the X" or
// "respectively", and a clause after an apposition is the name's it describes; a person owns no
// company's, economy's or election's measure, nor a speaker's reported numbers; a survey's house
// owns none; a count's progress ("99% of votes counted") no one's; doses, tests and beds a place's,
// the paragraph's; people "have died"/"in hospital" deaths/hospitalisations; cents a share EPS; a
// budget no capex; money no market share; sales counted in things units sold.
// 19 (periods and conflicts of real election, GDP-revision and energy pages): an earlier estimate a
// revision replaces is of the revised value's period and no expectation; "since", "during" and "over
// 2012's" name bases, and the first figure after than/from/compared in its clause is a base whose
// periods no later sentence takes ("more than N" is a bound); a figure in a which/when clause right
// after a period is that period's; a turnout or vote share carries the day of its vote (not a
// report's or publication's day) across wire paragraphs; "the final three months of 2009" Q4 and no
// duration; a participle after "be" has no tense; 1900-1989 are years after in/since/until.
// Conflicts: a preliminary reading against the final value is a revision; turnouts of one vote's day
// are one measure without a subject.
// 19 (Chinese subjects of real energy, health and election pages): 此前在, 其後, 最高, 单日 opening a
// clause own nothing; a publisher's 通报/宣布 clause gives no owner; 獲, 奪得, 搶下 end a topic as 獲得
// does; "由X獲得N" is X's.
// 20 (values, periods and changes of real rate-decision, GDP-revision, health-bulletin, election and
// energy pages): "sixty two" is 62; thousands grouped by spaces in a text that groups no number with a
// comma and does so twice ("21 183 cases"), and by no-break, narrow or thin spaces anywhere; "pp" is
// percentage points. A move's start named by a noun phrase ("from a peak of 14%", "revised up from a
// decrease of 2.1 percent to a 1.9 percent increase", "to 1.2 percent, from the 0.9 percent"); a size
// "by" after a verb and its object ("cut its rate by 50 basis points") or after "an increase of"; "makes
// up 62%" is no move; the day of a move ("from 4.25 to 4 percent on Thursday") dates only its new
// value, and an actual's earlier high keeps its own period.
// 20 (subjects and metrics of real economy, energy, election, health and sport pages): every
// title-case heading line names only what the rest names ("Adds Jobs", "Published" no names); a
// side shouted in capitals inside a sentence is a name ("LEICESTER CITY"); a score's other side
// after "at home to"/"away to", after "beat … X", the first number the other side's after "lost"/
// "went down", the winner the side a verb follows; "Global growth", "world oil demand" the world's;
// the OECD, IMF, World Bank before a verb of forecasting own nothing; "for U.S. growth" the place's;
// sources of electricity ("+12% for wind", "Solar: 9.5 gigawatts", "Wind grew by 13%"); an exchange
// shares trade on, a plural acronym ("PCs"), a wire's "(CN) —" and "Employers" own nothing;
// "(CHP)" after a name stands for it; labour-force participation no turnout, deputies seats.
// 20 (Chinese health bulletins and wire copy): a span of hours as a range (0至24时, 0—24時, 8到22点)
// is a time of day, not a count; 例 counts cases itself and takes the words after it only when they
// end in a case's noun (7例确诊 → 7例, 9051例本土个案 whole); 人士 ends a counted noun
// (2名消息人士); ℃, 摄氏度 and 攝氏度 are °C.
inline constexpr int kFigureExtractorVersion = 20;

enum class FigureKind {
  kMoney,     // $3 trillion, €5m, 35 billion dollars, 3000亿美元
  kPercent,   // 77%, 45 to 57 percent, 2 percentage points (unit "percentage points")
  kMultiple,  // 280 times, 10x, 1.7-1.8x, twice
  kRate,      // $0.50 per million tokens, 2.2 watts per core, $10 billion a year
  kDuration,  // every 2.07 years, 3.4 months, 18–24 months
  kCount,     // 136 cores, three companies, 100,000+ GPUs
  kQuantity,  // physical quantities with a unit: 5 GW, 50–100 GWh, 800 GB/s, 180 terabytes
};

enum class Approximation {
  kExact,
  kApproximate,  // roughly, about, approximately, nearly, around, ~
  kAtLeast,      // at least, a trailing +
  kMoreThan,     // over, more than
  kAtMost,       // up to, at most
  kLessThan,     // under, less than
};

// [begin, end) in bytes.
struct ByteSpan {
  uint64_t begin = 0;
  uint64_t end = 0;
  bool operator==(const ByteSpan& o) const { return begin == o.begin && end == o.end; }
};

// A W3C-style text quote selector: the exact text with a little context either side, so a figure
// can be found again in a later version of its source.
struct QuoteSelector {
  std::string prefix;  // up to 32 bytes before, cut at a character boundary
  std::string exact;
  std::string suffix;  // up to 32 bytes after
};

// The figure as one end of a move: "fell from $142.62 (from) to $118.51 (to)", "up 77% (delta)".
struct FigureChange {
  std::string role;                     // "from", "to" or "delta"
  std::optional<uint64_t> other_begin;  // where the other end of a from/to pair begins, if stated
  std::optional<std::string> basis;     // a delta's: "yoy" (year on year) or "qoq" (on the period before)
  bool operator==(const FigureChange& o) const {
    return role == o.role && other_begin == o.other_begin && basis == o.basis;
  }
};

struct Figure {
  std::string surface;  // the bytes at `span`, e.g. "$3 trillion", "roughly 45 to 57 percent"
  FigureKind kind = FigureKind::kCount;
  double value = 0;                    // in `unit`, scale applied: $3 trillion -> 3e12
  std::optional<double> value_high;    // the top of a range ("$175–185 billion" -> 1.85e11)
  std::string unit;                    // "USD", "EUR", "percent", "times", "months", "cores", "GW"…
  std::optional<std::string> per;      // "million tokens", "core", "year"
  Approximation approx = Approximation::kExact;
  ByteSpan span;                       // of the surface
  ByteSpan sentence;                   // of the sentence holding it
  QuoteSelector quote;
  std::optional<std::string> metric;   // what it measures, when the sentence makes it plain
  std::optional<std::string> context_date;  // "2026", "2030": the date its sentence gives
  // What it measures, read in its own clause and left empty rather than guessed (figure_meaning.h).
  std::optional<std::string> subject;      // whose number: an actor id where one matches, else the words
  std::optional<std::string> period;       // "2026", "FY2026", "Q3 2025", "H1 2026", "9M 2025", "2026-09", "by 2030"
  std::optional<std::string> period_kind;  // "actual", "forecast" or "plan"
  std::optional<FigureChange> change;
  bool scale_inferred = false;  // "$500" took the scale the text gave the same amount ("$500 billion")
};

// Every figure in `text`, in order of their spans. `published` is the source's publication date as
// its metadata gives it ("2026-02-06"): what "this year", "in H1" and "the fourth quarter" are read
// against when the text has no dateline of its own (most pages carry their date outside the text).
// REQUIRES: `text` is valid UTF-8. Thread-safe; deterministic for a given kFigureExtractorVersion.
std::vector<Figure> ExtractFigures(std::string_view text, std::string_view published = {});

const char* ToString(FigureKind kind);          // "money", "percent", …
const char* ToString(Approximation approx);     // "exact", "approximate", "at_least", …
std::optional<FigureKind> ParseFigureKind(std::string_view name);
std::optional<Approximation> ParseApproximation(std::string_view name);

}  // namespace dossier
