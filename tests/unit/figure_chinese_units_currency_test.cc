// Chinese figures in the shapes of real property, farm-briefing and Hong Kong results pages read in
// session 17 (issue 15): areas and weights (万平方米, 平方公里, 公斤, 斤, 亩) and the money a page
// declares once for the bare 元 after it ("億元人民幣(下同)", "(人民幣,下同)"). Every text is made up;
// the rules are tests/labels/figures/RULES.md.
#include <catch2/catch.hpp>

#include <string>

#include "dossier/figure.h"
#include "support/figure_lookup.h"

using namespace dossier;

TEST_CASE("Areas and weights of property and farm reports keep their unit", "[figures][chinese]") {
  const Figure area = OnlyFigure("1—8月份,洛州商品房销售面积6498万平方米,同比下降8.3%。", "6498万平方米");
  CHECK(area.unit == "m2");
  CHECK(area.value == Approx(6.498e7));
  CHECK(OnlyFigure("火灾过火面积约12平方公里。", "12平方公里").unit == "km2");
  CHECK(OnlyFigure("滨河今年夏粮亩产367.7公斤。", "367.7公斤").unit == "kg");
  const Figure grain = OnlyFigure("滨河夏粮产量294.8亿斤,比上年增加2.9亿斤。", "294.8亿斤");
  CHECK(grain.unit == "jin");
  CHECK(grain.value == Approx(2.948e10));
  CHECK(OnlyFigure("滨河大豆面积保持在1500万亩以上。", "1500万亩").unit == "mu");
  CHECK(OnlyFigure("新建住宅單位面積為四十五平方公尺。", "四十五平方公尺").unit == "m2");
}

TEST_CASE("A page's declared money holds for the bare yuan after it", "[figures][chinese]") {
  // Traditional characters and a share price in 港元: the bare 元 is still the declared 人民幣.
  const std::string results =
      "岚星集團經調整淨利錄得113.1億元人民幣(下同),按年增長80.9%。總收入1,131.2億元。"
      "公司股份收報40.8港元。";
  CHECK(OnlyFigure(results, "1,131.2億元").unit == "CNY");
  CHECK(OnlyFigure(results, "40.8港元").unit == "HKD");
  const std::string parenthesis = "岚星集團第三季純利7.92億元(人民幣,下同)(約9.7億港元),收入780.63億元。";
  CHECK(OnlyFigure(parenthesis, "780.63億元").unit == "CNY");
  // Declared in 港元, a mainland page's bare 元 is the Hong Kong dollar.
  CHECK(OnlyFigure("该行派息总额为35亿港元(下同),较去年增加2亿元。", "2亿元").unit == "HKD");
  // Nothing declared: traditional text with 港元 reads the bare 元 as the Hong Kong dollar, as before.
  CHECK(OnlyFigure("公司收入1,131.2億元,股價收報40.8港元。", "1,131.2億元").unit == "HKD");
}
