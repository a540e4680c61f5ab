// Chinese figures in the shapes of real election, health and power pages read in session 18 (issue
// 15): the people a count names after its measure word (not the verb they do next), the month's end
// a figure is compared with (比6月底, 高于2021年 and the base's own value after 年的), a party's
// share of the votes, the pounds, Singapore dollars and ringgit of Hong Kong, Singapore and Malaysian
// papers, a club's name after what it is, and the words that open a clause before its owner (最终,
// 相对于, 消息指) or end it (取得, 要求, 撥款). Every text is made up; the rules are
// tests/labels/figures/RULES.md.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/figure.h"
#include "support/figure_lookup.h"

using namespace dossier;


TEST_CASE("A Chinese count's noun ends before the verb its people do next", "[figures][chinese]") {
  CHECK(OnlyFigure("约310万名登记选民中,大约有90万人投票。", "310万名登记选民").unit == "登记选民");
  CHECK(OnlyFigure("约91万名选民参与投票。", "91万名选民").unit == "选民");
  CHECK(OnlyFigure("能有90多万名市民来投票实属不易。", "90多万名市民").unit == "市民");
  CHECK(OnlyFigure("感谢133名来自不同界别的参选人。", "133名").unit == "名");
}

TEST_CASE("The month's end a Chinese figure is compared with is not its period", "[figures][period][han]") {
  const std::vector<Figure> fs = ExtractFigures("8月3日,瓦伦全网最大电力负荷达到3.65亿千瓦,比7月底上升约0.4亿千瓦。", "2026-08-04");
  for (const Figure& f : fs) CHECK(f.period.value_or("-") == "2026-08-03");
}

TEST_CASE("A party's share of the votes in Chinese, and the words around its owner", "[figures][han]") {
  const std::string text = "最終柏嵐黨取得58.2%的選票,在國會64個議席中贏得41席。";
  CHECK(MetricOf(text, "58.2%") == "vote share");
  CHECK(SubjectOf(text, "58.2%") == "柏嵐黨");
}

TEST_CASE("A year in digits after a comparison word is the base, and the base's value is that year's", "[figures][period][han]") {
  const std::string text = "瓦倫群島7日舉行國會選舉,投票率41.9%,只略高於2021年的40.2%。";
  CHECK(PeriodOf(text, "41.9%", "2026-03-08") == "2026-03-07");
  CHECK(PeriodOf(text, "40.2%", "2026-03-08") == "2021");
}

TEST_CASE("Pounds, Singapore dollars and ringgit in Chinese", "[figures][chinese]") {
  CHECK(OnlyFigure("白浪城以5800萬鎊簽下翼鋒費達高。", "5800萬鎊").unit == "GBP");
  CHECK(OnlyFigure("獅城聯投入1200萬新元改建主場。", "1200萬新元").unit == "SGD");
  CHECK(OnlyFigure("檳海以300萬令吉與隊長續約。", "300萬令吉").unit == "MYR");
  CHECK(MetricOf("打破球會的轉會費紀錄,以5800萬鎊簽下費達高。", "5800萬鎊") == "transfer fee");
}

TEST_CASE("Whose a Chinese amount is: past word of it, a club's kind, and what the owner asks or spends", "[figures][subject][han]") {
  CHECK(SubjectOf("消息指聖羅灣最初要求7000萬鎊。", "7000萬鎊") == "聖羅灣");
  CHECK(SubjectOf("新加坡球會獅城聯今年投入1200萬新元改建主場。", "1200萬新元") == "獅城聯");
  CHECK(SubjectOf("瓦倫政府撥款5億新元。", "5億新元") == "瓦倫政府");
  // A release names no owner: 宣佈 opens what was announced.
  CHECK(SubjectOf("白浪城宣佈以5800萬鎊簽下費達高。", "5800萬鎊") == "-");
}
