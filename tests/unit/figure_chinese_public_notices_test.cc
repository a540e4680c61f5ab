// Chinese figures in the shapes of real typhoon, health, election and statistics pages read in
// session 16 (issue 15): a counted noun that ends in a head noun (消防人員, 施工船舶) and not in the verb
// after it, 元 in a mainland story printed in traditional characters, 度 of a temperature, and days
// and hours as durations. Every text is made up; the rules are tests/labels/figures/RULES.md.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/figure.h"
#include "support/figure_lookup.h"

using namespace dossier;

TEST_CASE("A counted noun ends in its head noun, not in the verb after it", "[figures][chinese]") {
  const std::string staged = "北岭全島已前置412名消防人員、57艘施工船舶和16個水工項目。";
  CHECK(OnlyFigure(staged, "412名消防人員").unit == "消防人員");
  CHECK(OnlyFigure(staged, "57艘施工船舶").unit == "施工船舶");
  CHECK(OnlyFigure(staged, "16個水工項目").unit == "水工項目");
  CHECK(OnlyFigure("12名专家乘首班航班赶到江州。", "12名专家").unit == "专家");
  CHECK(OnlyFigure("灾害已波及7個設區市。", "7個設區市").unit == "設區市");
  // What votes win is no noun they count.
  CHECK(OnlyFigure("溫子謙最後以3700票勝出。", "3700票").unit == "票");
}

TEST_CASE("Pieces of equipment and machines are counted by their measure words", "[figures][chinese]") {
  const std::string sent = "北岭共投入抢险设备3万多台套,另调派6臺排水車。";
  const Figure equipment = OnlyFigure(sent, "3万多台套");
  CHECK(equipment.value == 30000);
  CHECK(equipment.unit == "台套");
  CHECK(OnlyFigure(sent, "6臺排水車").unit == "排水車");
}

TEST_CASE("元 in a mainland story printed in traditional characters is the yuan", "[figures][chinese]") {
  CHECK(OnlyFigure("新華社電 財政部緊急預撥3.6億元救災資金。", "3.6億元").unit == "CNY");
  CHECK(OnlyFigure("國家統計局公布,一季度國內生產總值21萬億元。", "21萬億元").unit == "CNY");
  // With no such marker a traditional text is Taiwan's, or Hong Kong's where it names 港元.
  CHECK(OnlyFigure("縣府編列1.2億元救災經費。", "1.2億元").unit == "TWD");
  CHECK(OnlyFigure("政府撥款5億元,另有2億港元捐款。", "5億元").unit == "HKD");
}

TEST_CASE("度 after a temperature is degrees, after 攝氏 Celsius, else a kilowatt-hour", "[figures][chinese]") {
  const Figure range = OnlyFigure("明天多雲,氣溫介乎26至31度。", "26至31度");
  CHECK(range.unit == "degrees");
  CHECK(*range.value_high == 31);
  CHECK(OnlyFigure("北岭昨天錄得攝氏37度高溫。", "37度").unit == "\xc2\xb0""C");
  CHECK(OnlyFigure("全月用電量達兩千萬度。", "兩千萬度").unit == "kWh");
}

TEST_CASE("Days and hours are durations", "[figures][chinese]") {
  const Figure days = OnlyFigure("江州已连续6天没有新增病例。", "6天");
  CHECK(days.kind == FigureKind::kDuration);
  CHECK(days.unit == "days");
  const Figure hours = OnlyFigure("系统在12个小时之内完成上报。", "12个小时");
  CHECK(hours.kind == FigureKind::kDuration);
  CHECK(hours.unit == "hours");
}
