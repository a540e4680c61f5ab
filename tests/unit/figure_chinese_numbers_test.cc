// Chinese numbers as Chinese news writes them (issue 15): magnitude groups (1954萬8531人, 1兆460億元),
// the full-width percent sign, digits set apart from their scale by a space ("409 億美元"), a
// digit-by-digit numeral range sharing one scale (五二〇至五六〇億美元), and times of day (10時30分),
// which are not figures. Every text is made up.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/figure.h"
#include "support/figure_lookup.h"

using namespace dossier;

TEST_CASE("A number written in magnitude groups is one figure", "[figures][chinese]") {
  const std::string votes = "全縣選舉人數38萬6214人,候選人獲得13萬6921票。";
  CHECK(OnlyFigure(votes, "38萬6214人").value == 386214);
  CHECK(OnlyFigure(votes, "38萬6214人").unit == "人");
  CHECK(OnlyFigure(votes, "13萬6921票").value == 136921);

  const std::string revenue = "公司去年營收為新台幣3兆8090億元,第四季營收1兆460億元。";
  const Figure year = OnlyFigure(revenue, "新台幣3兆8090億元");
  CHECK(year.value == Approx(3.809e12));
  CHECK(year.unit == "TWD");
  CHECK(OnlyFigure(revenue, "1兆460億元").value == Approx(1.046e12));

  CHECK(OnlyFigure("完成全程接种的人数达到8亿8943.9万人。", "8亿8943.9万人").value == Approx(889439000));
  // A group must stay under the scale before it: 5万10000人 is not 60,000 people written so.
  CHECK(ExtractFigures("来了5万10000人").size() == 2);
  // A date after a scale is no group: 增至30万2025年 reads 30万 alone.
  CHECK(OnlyFigure("产量增至30万2025年起投产", "30万").value == 300000);
}

TEST_CASE("The full-width percent sign is a percent", "[figures][chinese]") {
  const Figure f = OnlyFigure("營收年增20.5％,毛利率62.3％。", "20.5％");
  CHECK(f.kind == FigureKind::kPercent);
  CHECK(f.value == Approx(20.5));
  CHECK(OnlyFigure("營收年增20.5％,毛利率62.3％。", "62.3％").unit == "percent");
}

TEST_CASE("Digits set apart from their Chinese scale by a space keep it", "[figures][chinese]") {
  const std::string text = "去年資本支出為 409 億美元,首季營收介於 346～358 億美元。";
  const Figure capex = OnlyFigure(text, "409 億美元");
  CHECK(capex.value == Approx(4.09e10));
  CHECK(capex.unit == "USD");
  const Figure range = OnlyFigure(text, "346～358 億美元");
  CHECK(range.value == Approx(3.46e10));
  CHECK(range.value_high == Approx(3.58e10));
}

TEST_CASE("A digit-by-digit numeral joined to one with a scale is the low end of one range", "[figures][chinese]") {
  const Figure range = OnlyFigure("規劃今年資本支出達五二〇至五六〇億美元。", "五二〇至五六〇億美元");
  CHECK(range.value == Approx(5.2e10));
  CHECK(range.value_high == Approx(5.6e10));
  CHECK(range.unit == "USD");
}

TEST_CASE("A Chinese time of day is not a figure", "[figures][chinese]") {
  CHECK(ExtractFigures("選委會晚間10時30分公布結果").empty());
  CHECK(ExtractFigures("发布会于下午3时5分开始").empty());
  CHECK(ExtractFigures("截至9月6日12时，全省已启动应急响应。").empty());  // an hour with no minute after it
  CHECK(ExtractFigures("截至6日上午9時，情况不明。").empty());
  CHECK_FALSE(ExtractFigures("全程约12小时。").empty());  // a duration
}

TEST_CASE("Chinese words for net income, earnings per share, regional GDP and seats name their metric", "[figures][chinese]") {
  CHECK(OnlyFigure("公司去年稅後純益1兆7178億元。", "1兆7178億元").metric == "net income");
  CHECK(OnlyFigure("全市地区生产总值为6120亿元。", "6120亿元").metric == "GDP");
  CHECK(OnlyFigure("國民黨的席次增至15席。", "15席").metric == "seats");
}

TEST_CASE("An adverb after a measure word ends the counted noun", "[figures][chinese]") {
  CHECK(OnlyFigure("必須拿下6萬票才能宣布當選。", "6萬票").unit == "票");
}

TEST_CASE("Magnitudes in sequence are one number, 一成半 is fifteen percent, a year digit by digit is a date", "[figures][chinese]") {
  const std::string text = "去年營收為新台幣二兆八千九百億元，累計達新台幣一兆零四百億元，資本支出增加一成半，新廠二○二七年量產。";
  const Figure revenue = OnlyFigure(text, "新台幣二兆八千九百億元");
  CHECK(revenue.value == Approx(2.89e12));
  CHECK(revenue.unit == "TWD");
  CHECK(OnlyFigure(text, "新台幣一兆零四百億元").value == Approx(1.04e12));
  CHECK(OnlyFigure(text, "一成半").value == Approx(15));
  for (const Figure& f : ExtractFigures(text)) CHECK(f.surface.find("二○二七") == std::string::npos);
}

TEST_CASE("Digits before 级 measure a grade, a numeral before it names a level", "[figures][chinese]") {
  const std::string storm = "台风登陆时中心附近最大风力达17级,当地启动二级应急响应。";
  const Figure wind = OnlyFigure(storm, "17级");
  CHECK(wind.kind == FigureKind::kCount);
  CHECK(wind.value == 17);
  CHECK(wind.unit == "级");
  CHECK(ExtractFigures(storm).size() == 1);  // 二级应急响应 is a level's name
  CHECK(OnlyFigure("花蓮外海發生規模6.1級地震。", "6.1級").unit == "級");
}

TEST_CASE("Spaced digits space their further groups and a Han range joiner too", "[figures][chinese]") {
  const std::string spaced = "第四季營收 322 至 334 億美元，新台幣營收約 1 兆 220 億元。";
  const Figure range = OnlyFigure(spaced, "322 至 334 億美元");
  CHECK(range.value == Approx(3.22e10));
  CHECK(range.value_high.value_or(0) == Approx(3.34e10));
  CHECK(range.unit == "USD");
  CHECK(OnlyFigure(spaced, "1 兆 220 億元").value == Approx(1.022e12));
  // A spaced number after a scale with no scale of its own is no group.
  CHECK(ExtractFigures("營收 5 億 2025 年").size() == 1);
}

TEST_CASE("A stock code is not a figure", "[figures][chinese]") {
  CHECK(ExtractFigures("晶圓代工龍頭台積電（2330）昨召開法說會。").empty());
  CHECK(ExtractFigures("台積電 (2330-TW)(TSM-US) 今日召開法說會。").empty());
  CHECK(ExtractFigures("騰訊控股(00700.HK)與貴州茅台（600519.SH）公布業績。").empty());
  CHECK(ExtractFigures("贵州茅台（股票代码：600519）公布业绩。").empty());
  CHECK(ExtractFigures("Tencent (0700.HK) reported.").empty());
  // In ASCII brackets after English words, a number alone is still a count.
  CHECK(ExtractFigures("The number of cases (1250) rose.").size() == 1);
}

TEST_CASE("A bare 元 is the currency of the text's place", "[figures][chinese]") {
  CHECK(OnlyFigure("台積電第三季合併營收九八九九億元。", "九八九九億元").unit == "TWD");
  CHECK(OnlyFigure("港交所去年收入208億元，派息以港元計算。", "208億元").unit == "HKD");
  CHECK(OnlyFigure("贵州茅台营收1505亿元。", "1505亿元").unit == "CNY");
  CHECK(OnlyFigure("公司去年營收為新台幣3兆8090億元，人民币業務佔兩成。", "新台幣3兆8090億元").unit == "TWD");
}

TEST_CASE("The noun after a measure word is its dictionary words, not the verb after them", "[figures][chinese]") {
  // ICU's word break bounds the noun: the count is of 关键词, and 一季度 is left whole.
  CHECK(Surfaces("专家用四个关键词评价一季度经济。") == std::vector<std::string>{"四个关键词"});
  CHECK(OnlyFigure("另出動約6500名軍警前往災區救援。", "6500名軍警").unit == "軍警");
  CHECK(OnlyFigure("厂区新建了两座工厂。", "两座工厂").unit == "工厂");
}

TEST_CASE("A numeral before 個百分點 is percentage points, not a count", "[figures][chinese]") {
  const Figure cut = OnlyFigure("全年預測下修零點五七個百分點。", "零點五七個百分點");
  CHECK(cut.kind == FigureKind::kPercent);
  CHECK(cut.unit == "percentage points");
  CHECK(cut.value == Approx(0.57));
}

TEST_CASE("百分之 opens the next percentage, not a magnitude of the one before", "[figures][chinese]") {
  const std::string text = "營益率介於百分之四十九百分之五十一。";
  CHECK(OnlyFigure(text, "百分之四十九").value == Approx(49));
  CHECK(OnlyFigure(text, "百分之五十一").value == Approx(51));
  CHECK(OnlyFigure("毛利率為百分之五十九點五。", "百分之五十九點五").value == Approx(59.5));
}

TEST_CASE("A full-width stop between numerals is a decimal point, 瓩 a kilowatt", "[figures][chinese]") {
  CHECK(OnlyFigure("尖峰備轉容量率一度低到三．八％。", "三．八％").value == Approx(3.8));
  const Figure peak = OnlyFigure("今晚尖峰負載估計約三千四百萬瓩。", "三千四百萬瓩");
  CHECK(peak.kind == FigureKind::kQuantity);
  CHECK(peak.unit == "kW");
  CHECK(peak.value == Approx(3.4e7));
  CHECK(OnlyFigure("儲能系統約有一六○萬瓩。", "一六○萬瓩").value == Approx(1.6e6));
  CHECK(OnlyFigure("尖峰用電約3400萬瓩。", "3400萬瓩").unit == "kW");
}

TEST_CASE("A month and day naming a disaster, and a tournament's round, are names", "[figures][chinese]") {
  CHECK(Surfaces("0712強震後已有超過800起餘震。") == std::vector<std::string>{"800"});
  CHECK(Surfaces("參考915大地震的經驗，共有1500起餘震。") == std::vector<std::string>{"1500"});
  CHECK(Surfaces("雲川大學打進8強賽，12強》賽程今天開打。").empty());
  // A magnitude before 強震 stays a number.
  CHECK(Surfaces("外海發生規模6.1強震。") == std::vector<std::string>{"6.1"});
}
