// Whose number a figure in Chinese is, read from the topic of its clause (figure_han_topic.h), and
// the Chinese periods and thresholds beside it: the shapes of Chinese statistics releases, health
// briefings, results and sport reports, each in made-up sentences.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "dossier/figure.h"

using namespace dossier;

namespace {

const Figure& FigureIn(const std::vector<Figure>& figures, const std::string& surface, int nth = 0) {
  for (const Figure& f : figures) {
    if (f.surface == surface && nth-- == 0) return f;
  }
  FAIL("no figure `" << surface << "`");
  return figures.front();
}

std::string SubjectOf(const std::vector<Figure>& figures, const std::string& surface, int nth = 0) {
  return FigureIn(figures, surface, nth).subject.value_or("-");
}

std::string PeriodOf(const std::vector<Figure>& figures, const std::string& surface, int nth = 0) {
  return FigureIn(figures, surface, nth).period.value_or("-");
}

}  // namespace

TEST_CASE("A national aggregate with no owner before it is the country's, carried across clauses", "[figures][subject][han]") {
  const auto fs = ExtractFigures(
      "统计局数据\n\n国家统计局19日发布的数据显示，初步核算，前三季度国内生产总值1032600亿元，按不变价格计算，"
      "同比增长4.9%。9月份，全国城镇调查失业率为5.0%，比上月下降0.2个百分点。",
      "2026-10-19");
  CHECK(SubjectOf(fs, "1032600亿元") == "中国");
  CHECK(SubjectOf(fs, "4.9%") == "中国");  // 同比增长 has no topic of its own: the clause before gives it
  CHECK(SubjectOf(fs, "5.0%") == "中国");
  CHECK(SubjectOf(fs, "0.2个百分点") == "中国");
  CHECK(FigureIn(fs, "5.0%").metric.value_or("-") == "unemployment rate");
  // A text about Taiwan's economy, in traditional characters.
  const auto tw = ExtractFigures("主計總處公布，今年第三季經濟成長率為7.6%，全年預估為5.8%。", "2026-11-28");
  CHECK(SubjectOf(tw, "7.6%") == "台灣");
  CHECK(SubjectOf(tw, "5.8%") == "台灣");
}

TEST_CASE("A topic's owner is its words before the measure and any time phrase inside it", "[figures][subject][han]") {
  const auto fs = ExtractFigures(
      "前三季度，第一产业增加值55900亿元，同比增长3.6%；第二产业增加值386400亿元，增长5.1%。"
      "主計總處指出，今年首季我國經濟成長8.16%，優於韓國的1.8%，新加坡的0.2%。"
      "美國第一季GDP年增1.6%，歐元區成長1.5%。武磊本赛季联赛进球数达到19个。",
      "2026-10-19");
  CHECK(SubjectOf(fs, "55900亿元") == "第一产业");
  CHECK(SubjectOf(fs, "3.6%") == "第一产业");
  CHECK(SubjectOf(fs, "5.1%") == "第二产业");
  CHECK(SubjectOf(fs, "1.8%") == "韓國");  // set against the figure before: the owner after 優於
  CHECK(SubjectOf(fs, "0.2%") == "新加坡");
  CHECK(SubjectOf(fs, "1.6%") == "美國");
  CHECK(SubjectOf(fs, "1.5%") == "歐元區");
  CHECK(SubjectOf(fs, "19个") == "武磊");
}

TEST_CASE("What someone thinks of a number names no owner", "[figures][subject][han]") {
  // 担心 makes the topic a thought, not an owner: the figure is the economy's the text is about.
  const auto macro = ExtractFigures("全国居民消费价格同比上涨0.4%。有机构担心增速可能跌破4.5%的关口。", "2026-10-19");
  CHECK(SubjectOf(macro, "4.5%") == "中国");
}

TEST_CASE("Chinese months, months from the year's start and days through which a count runs", "[figures][period][han]") {
  const auto fs = ExtractFigures(
      "9月份，全国城镇调查失业率为5.0%。1-11月，全社会用电量89520亿千瓦时。前4个月，人民币贷款增加10.06万亿元。"
      "截至11月2日，全國流感疫苗已接種312萬劑次。",
      "2025-12-15");
  CHECK(PeriodOf(fs, "5.0%") == "2025-09");
  CHECK(PeriodOf(fs, "89520亿千瓦时") == "2025-11");
  CHECK(PeriodOf(fs, "10.06万亿元") == "2025-04");
  CHECK(PeriodOf(fs, "312萬劑次") == "2025-11-02");
  // 前4个月 is a period, not a duration of four months.
  for (const Figure& f : fs) CHECK(f.surface != "4个月");
  // A dateline's date dates the report, not the figures after it.
  const auto wire = ExtractFigures("新华社北京2026年10月19日电 前三季度国内生产总值同比增长4.9%。");
  CHECK(PeriodOf(wire, "4.9%") == "9M 2026");
  // The quarter a change is measured against is not the change's.
  const auto q = ExtractFigures("三季度国内生产总值同比增长4.7%，比二季度回落0.3个百分点。", "2026-10-19");
  CHECK(PeriodOf(q, "0.3个百分点") == "Q3 2026");
}

TEST_CASE("Visits and doses are counted whole, and a threshold has no period", "[figures][han]") {
  const auto fs = ExtractFigures("上週門急診類流感就診人次達10萬8427人次，累計接種312萬劑次。", "2025-11-03");
  CHECK(FigureIn(fs, "10萬8427人次").unit == "人次");
  CHECK(FigureIn(fs, "312萬劑次").unit == "劑次");
  const auto gate = ExtractFigures("今年经济增速可能跌破4.5%的关口，全年增速为4.8%。", "2026-10-19");
  CHECK(PeriodOf(gate, "4.5%") == "-");
  CHECK(PeriodOf(gate, "4.8%") == "2026");
}

TEST_CASE("Han company names: a quarter or a date after the name, a description before it, three characters before the ending", "[figures][subject][han]") {
  const auto quarter = ExtractFigures("腾讯三季度营收增长15%\n\n腾讯三季度实现营收1928.7亿元。", "2025-11-13");
  CHECK(SubjectOf(quarter, "1928.7亿元") == "腾讯");
  // An industry's acronym before 大廠 describes the company after it.
  const auto pcb = ExtractFigures("PCB大廠臻鼎-KY昨(9)日公布12月營收為新台幣198.6億元，月增8.2%。", "2026-01-10");
  CHECK(SubjectOf(pcb, "新台幣198.6億元") == "臻鼎");
  CHECK(SubjectOf(pcb, "8.2%") == "臻鼎");
  // The place of a dateline is no subject.
  const auto wire = ExtractFigures("瑞丰银行上半年净利润增长9.6%\n\n上海2026年8月28日电 瑞丰银行28日晚间发布半年报，上半年实现营业收入812.4亿元。");
  CHECK(SubjectOf(wire, "812.4亿元") == "瑞丰银行");
  const auto energy = ExtractFigures("星辰新能源上半年净利增长32.5%\n\n储能企业星辰新能源21日晚间披露半年报。", "2025-08-22");
  CHECK(SubjectOf(energy, "32.5%") == "星辰新能源");
}

TEST_CASE("A modal, an adverb of measure or a venue before the number's verb is no part of the topic",
          "[figures][subject][han]") {
  const auto fs = ExtractFigures(
      "统计局数据\n\n前三季度全国居民人均可支配收入30900元，名义增长5.4%。"
      "世界贸易组织预计，今年全球货物贸易量可能增长2.4%。",
      "2026-10-20");
  CHECK(SubjectOf(fs, "5.4%") == "中国");  // 名义 is how it grew, not whose it is: the clause before gives it
  CHECK(SubjectOf(fs, "2.4%") == "全球");  // 可能 and the trade volume are not the owner
  const auto match = ExtractFigures("海港胜申花\n\n中超第20轮，上海海港主场以4比2击败上海申花。", "2026-08-02");
  CHECK(SubjectOf(match, "4") == "上海海港");
  CHECK(FigureIn(match, "4").metric.value_or("-") == "goals");  // 4比2 is a match score
}

TEST_CASE("One numeral character before 度 counts times (梅开二度), not kilowatt-hours", "[figures][han]") {
  const auto fs = ExtractFigures("马丁梅开二度\n\n前锋马丁梅开二度。全市居民用电量达到三百度。", "2026-08-02");
  const Figure& twice = FigureIn(fs, "二度");
  CHECK(twice.kind == FigureKind::kMultiple);
  CHECK(twice.value == 2);
  CHECK(twice.unit == "times");
  CHECK(FigureIn(fs, "三百度").unit == "kWh");  // a numeral of two characters or more is electricity
}

TEST_CASE("A Chinese score's second number is the side the verb after it names, and a scorer is the name after the role",
          "[figures][subject][han]") {
  const auto fs = ExtractFigures("海港胜申花\n\n中超第20轮，上海海港主场以4比2击败上海申花。前锋马丁梅开二度。", "2026-08-02");
  CHECK(SubjectOf(fs, "4") == "上海海港");
  CHECK(SubjectOf(fs, "2") == "上海申花");
  CHECK(SubjectOf(fs, "二度") == "马丁");
}

TEST_CASE("A comparison opening a clause, or a measure's head, names no owner", "[figures][subject][han]") {
  const auto figures = ExtractFigures(
      "一季度国内生产总值296299亿元,比上年四季度环比增长1.6%。65歲以上長者接種率為41.5%,低於去年同期的44.2%。");
  CHECK(SubjectOf(figures, "1.6%") != "比上年");
  CHECK(SubjectOf(figures, "44.2%") != "低於");
  CHECK(SubjectOf(ExtractFigures("今年疫苗採購量為645萬劑。"), "645萬劑") != "疫苗採購量");
}

TEST_CASE("A verb of revision opening a clause, or one Latin letter glued to Han, owns no figure", "[figures][han]") {
  // 大幅下修…, 來到…: the clause has no topic of its own; V型 is a shape, not a name.
  const std::string forecast =
      "嶺東經研院今天發布預測,今年經濟成長率下修至百分之一點七四,大幅下修零點五七個百分點,來到百分之一點七四。"
      "成長趨勢呈現V型發展,明年成長率為3.42%。";
  for (const Figure& f : ExtractFigures(forecast, "2026-11-20")) {
    INFO(f.surface);
    CHECK(f.subject.value_or("") != "大幅");
    CHECK(f.subject.value_or("") != "來到");
    CHECK(f.subject.value_or("") != "V");
  }
}

TEST_CASE("一度 and 二度 before a verb are adverbs, no figure", "[figures][han]") {
  const auto fs = ExtractFigures("展望上修\n\n蘭陽晶電二度上修全年展望，備轉容量率一度掉到百分之三點八。", "2026-10-17");
  REQUIRE(fs.size() == 1);
  CHECK(fs.front().surface == "百分之三點八");
}

TEST_CASE("廿 and 卅 are twenty and thirty", "[figures][han]") {
  const auto fs = ExtractFigures("營收展望\n\n第四季營收約年增百分之廿二，全年成長幅度約為百分之卅四至卅六。", "2026-10-17");
  CHECK(FigureIn(fs, "百分之廿二").value == 22);
  const Figure& range = FigureIn(fs, "百分之卅四至卅六");
  CHECK(range.value == 34);
  CHECK(range.value_high.value_or(0) == 36);
}

TEST_CASE("The Central News Agency's filing stamp after the editor's credit is a date, not a count", "[figures][han]") {
  const auto fs = ExtractFigures("投票率\n\n投票率為71.86%。（編輯：林秋華）1130113", "2024-01-13");
  CHECK(std::none_of(fs.begin(), fs.end(), [](const Figure& f) { return f.surface == "1130113"; }));
  CHECK(FigureIn(fs, "71.86%").value == 71.86);
}

TEST_CASE("千米 is a kilometre", "[figures][han]") {
  const auto fs = ExtractFigures("地震\n\n此次地震震中距离县城约20千米。", "2026-10-17");
  CHECK(FigureIn(fs, "20千米").unit == "km");
}

TEST_CASE("A clause opened by a verb, a judgement or a time of day names no owner", "[figures][subject][han]") {
  const auto fs = ExtractFigures("餘震說明\n\n研判1、2周内可能有規模5以上地震。之後陸續發生4起規模6以上的餘震。", "2026-04-05");
  CHECK(SubjectOf(fs, "4") != "之後陸續發生");
  CHECK(SubjectOf(fs, "5") != "研判");
  // Who has the number, without 有.
  CHECK(SubjectOf(ExtractFigures("席次\n\n青風黨有7席新任議員。", "2026-01-15"), "7席新任議員") == "青風黨");
}

TEST_CASE("A verb before a trade word is no company, nor a bureau's name", "[figures][subject][han]") {
  // 召開 before 電力 twice, and alone: a verb, never a company 召開電力.
  const auto fs = ExtractFigures(
      "供電\n\n經濟部將在下週召開電力審議會。備轉容量率還是有六％。次長表示，經濟部下週會召開電力審議會，"
      "此會議定期召開。",
      "2026-09-18");
  CHECK(SubjectOf(fs, "六％") != "召開電力");
  const auto bureau = ExtractFigures("能源統計\n\n國家能源局表示，上半年風電發電量達5000億千瓦時。", "2026-07-20");
  CHECK(SubjectOf(bureau, "5000億千瓦時") != "國家能源");
}

TEST_CASE("Relief sent out, votes won and seats after a vote are the owner's the topic names first", "[figures][subject][han]") {
  const auto fs = ExtractFigures(
      "北岭省财政厅紧急预拨1.5亿元救灾资金。選前議會共60席,青嶼黨28席,選後為26席。"
      "候選人溫子謙以12萬3456票當選,對手以3700票之差落敗。",
      "2026-10-19");
  CHECK(SubjectOf(fs, "1.5亿元") == "北岭省财政厅");
  CHECK(SubjectOf(fs, "26席") == "青嶼黨");
  // A first estimate ends the topic: 初步 is no time phrase's, and no part of the owner.
  const auto estimate = ExtractFigures("北岭县初步估计需转移群众3.2万人。", "2026-10-19");
  CHECK(SubjectOf(estimate, "3.2万人") == "北岭县");
  CHECK(SubjectOf(fs, "12萬3456票") == "候選人溫子謙");  // 當選 after 票 is what the votes won, not what they count
}

TEST_CASE("The kind of case counted, the time of landfall and a superlative name no owner", "[figures][subject][han]") {
  const auto fs = ExtractFigures("北岭县卫生局通报:新增确诊病例12例,現有疑似病例5例。登陆时中心附近最大风力13级。", "2026-10-19");
  CHECK(SubjectOf(fs, "12例") != "新增确诊");
  CHECK(SubjectOf(fs, "5例") != "現有疑似");
  CHECK(SubjectOf(fs, "13级") != "登陆时中心附近最大");
  // The text's own reporter is no one's subject.
  const auto reporter = ExtractFigures("記者5日從北岭縣獲悉,全縣已轉移群眾3200人。", "2026-10-19");
  CHECK(SubjectOf(reporter, "3200人") != "記者");
}

TEST_CASE("A Taiwanese health briefing's cases: each county's, and the first item after 分別為", "[figures][subject][han]") {
  const auto fs = ExtractFigures(
      "中央流行疫情指揮中心今日公布國內新增35例本土個案,居住縣市分別為台北市12例、新北市15例、宜蘭縣及花蓮縣各4例。",
      "2026-10-19");
  CHECK(SubjectOf(fs, "12例") == "台北市");
  CHECK(SubjectOf(fs, "15例") == "新北市");
  CHECK(SubjectOf(fs, "4例") == "宜蘭縣及花蓮縣");
  // Two Latin letters glued after Han are a loanword's end or a variant's code, no one's name.
  const auto variant = ExtractFigures("中央流行疫情指揮中心指出,國內再新增3例BA.5本土病例,全市卡拉OK停業7天。", "2026-10-19");
  CHECK(SubjectOf(variant, "3例") == "台灣");  // 國內, in a text about Taiwan: not BA
}

TEST_CASE("Words of time, a peak or a single day that open a clause own nothing", "[figures][subject][han]") {
  const auto fs = ExtractFigures(
      "1月20日,全国最大用电负荷首次突破14亿千瓦。此前在1月4日,全国最大用电负荷达到13.51亿千瓦。单日用电量1月5日首次突破300亿千瓦时。",
      "2027-01-21");
  CHECK(SubjectOf(fs, "14亿千瓦") == "中国");
  CHECK(SubjectOf(fs, "13.51亿千瓦") == "中国");  // not 此前在
  CHECK(SubjectOf(fs, "300亿千瓦时") != "单日");
}

TEST_CASE("The publisher of a count is not its owner, and a party that gets votes owns them", "[figures][subject][han]") {
  const auto fs = ExtractFigures("瓦倫衛生署通报,4月30日,全岛新增确诊病例39例。", "2027-05-01");
  CHECK(SubjectOf(fs, "39例") != "瓦倫衛生署通");
  const auto votes = ExtractFigures("柏嵐黨獲得498萬1060票,喬氏聯盟獲476萬4293票。政黨票由柏嵐黨獲得36席。", "2027-01-13");
  CHECK(SubjectOf(votes, "498萬1060票") == "柏嵐黨");
  CHECK(SubjectOf(votes, "476萬4293票") == "喬氏聯盟");  // 獲 ends the topic as 獲得 does
  CHECK(SubjectOf(votes, "36席") == "柏嵐黨");              // 由 names who gets them
}
