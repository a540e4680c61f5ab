// Chinese figures in the shapes of real election, health and power pages read in session 18 (issue
// 15): the people a count names after its measure word (not the verb they do next), the month's end
// a figure is compared with, a party's share of the votes, and the words that open a clause before
// its owner (最终, 相对于) or end it (取得). Every text is made up; the rules are
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
