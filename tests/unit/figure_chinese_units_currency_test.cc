// Chinese figures in the shapes of real property, farm-briefing and Hong Kong results pages read in
// session 17 (issue 15): areas and weights (万平方米, 平方公里, 公斤, 斤, 亩), the money a page
// declares once for the bare 元 after it ("億元人民幣(下同)", "(人民幣,下同)"), Hong Kong's thousands
// grouped by a space ("4 900宗"), the size and new level of a move in one unit (微升0.1年至5.4年) and
// words that open with 零 (零組件). Every text is made up;
// the rules are tests/labels/figures/RULES.md.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

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

TEST_CASE("Hong Kong groups thousands with a space before a Han word", "[figures][chinese]") {
  const Figure cases = OnlyFigure("今年第二季約4 900宗申請獲安排入住。", "4 900宗申請");
  CHECK(cases.value == 4900);
  CHECK(OnlyFigure("未來十年的公營房屋需求為308 000個單位。", "308 000個單位").value == 308000);
  // Two numbers a space apart in English text stay two.
  CHECK(Surfaces("In 2024 100 people applied.").size() == 1);
}

TEST_CASE("A move's size and new level in one unit are no range", "[figures][chinese]") {
  const std::string text = "一般申請者的平均輪候時間微升0.1年至5.4年。";
  const Figure delta = OnlyFigure(text, "0.1年");
  REQUIRE(delta.change);
  CHECK(delta.change->role == "delta");
  const Figure level = OnlyFigure(text, "5.4年");
  REQUIRE(level.change);
  CHECK(level.change->role == "to");
  // With no verb of a move before it, 至 still joins a range.
  CHECK(OnlyFigure("工程預計需時3年至5年。", "3年至5年").value_high.has_value());
}

TEST_CASE("Words that open with 零 count no zero", "[figures][chinese]") {
  CHECK(Surfaces("台電將全面檢測零組件規格。").empty());
  CHECK(Surfaces("零售銷售額按年增長3%。") == std::vector<std::string>{"3%"});
  CHECK(Surfaces("汽车零部件出口保持增长。").empty());
}

TEST_CASE("A bare yuan follows the script the text writes, and Hong Kong's courts", "[figures][chinese]") {
  // Traditional characters with no 億 or 萬: a Hong Kong court page's fine is in Hong Kong dollars.
  const std::string court = "區域法院法官判網媒母公司罰款5000元,他說這個判決對香港傳媒是警號。";
  CHECK(OnlyFigure(court, "5000元").unit == "HKD");
  // A Taiwan page with no 億 or 萬 stays in Taiwan dollars.
  CHECK(OnlyFigure("台北市政府說,補助金額為3000元,這個方案下月上路。", "3000元").unit == "TWD");
  // Simplified characters: the yuan.
  CHECK(OnlyFigure("法院判处这家公司罚款5000元,他说这个判决是警示。", "5000元").unit == "CNY");
}
