// Chinese figures in the shapes of real health bulletins and wire copy read in session 20 (issue
// 15): a span of hours written as a range (0至24时) is a time, not a count; 例 counts cases itself
// and takes the words after it only when those end in a case's noun; sources (人士)
// are a counted noun whole; ℃ and 摄氏度 are degrees Celsius. Every text is made up; the rules are tests/labels/figures/RULES.md.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/figure.h"
#include "support/figure_lookup.h"

using namespace dossier;

TEST_CASE("A span of hours written as a range is a time of day", "[figures][chinese]") {
  CHECK(Surfaces("3月2日0至24时,南岭省报告新增确诊病例12例。") == std::vector<std::string>{"12例"});
  CHECK(Surfaces("11日0—24時,全市新增本土病例5例。") == std::vector<std::string>{"5例"});
  CHECK(Surfaces("商场营业时间为8到22点。").empty());
  // A count of hours is no time of day.
  CHECK(OnlyFigure("抢修持续了8至10个小时。", "8至10个小时").value == 8);
}

TEST_CASE("例 counts cases and keeps the verbs and adjectives after it out", "[figures][chinese]") {
  const std::string bulletin = "南岭省18日有362例新型肺炎相关通报,共新增14例确诊,另有3宗境外个案,累计9051例本土个案。";
  CHECK(Surfaces(bulletin) == std::vector<std::string>{"362例", "14例", "3宗境外个案", "9051例本土个案"});
  CHECK(OnlyFigure(bulletin, "14例").unit == "例");
}

TEST_CASE("Sources are counted whole", "[figures][chinese]") {
  CHECK(OnlyFigure("有2名消息人士告诉本社,会议将延期。", "2名消息人士").unit == "消息人士");
  CHECK(OnlyFigure("3名知情人士透露,产量将提高。", "3名知情人士").unit == "知情人士");
}

TEST_CASE("Temperatures in ℃ and 摄氏度", "[figures][chinese]") {
  const std::string heat = "南岭市最高气温将达38摄氏度,局地超过40℃。";
  CHECK(OnlyFigure(heat, "38摄氏度").unit == "\xc2\xb0" "C");
  CHECK(OnlyFigure(heat, "40℃").value == 40);
  CHECK(OnlyFigure(heat, "40℃").kind == FigureKind::kQuantity);
}
