// Chinese figures in the shapes of real sport, disaster, court, election and central-bank pages read
// in session 15 (issue 15): a numeral's units under its last magnitude (一萬一千九百二十一人), ages,
// scores written with a colon or a dash beside a word of the result, ranks, the measure words of
// games, times, teams and tents, months and half years of a sentence, a year written in two digits,
// a law's section and an alert's level. Every text is made up; the rules are tests/labels/figures/RULES.md.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/figure.h"
#include "support/figure_lookup.h"

using namespace dossier;

TEST_CASE("A Chinese numeral goes on under its last magnitude", "[figures][chinese]") {
  CHECK(OnlyFigure("洛川水災遇難人數已達一萬一千九百二十一人。", "一萬一千九百二十一人").value == 11921);
  const std::string tally = "選舉人數一千二百四十六万零三百零八人,投票人数八百零五万二千六百十一人。";
  CHECK(OnlyFigure(tally, "一千二百四十六万零三百零八人").value == 12460308);
  CHECK(OnlyFigure(tally, "八百零五万二千六百十一人").value == 8052611);
  // A lone digit after the magnitude is no part of the number, nor a vague 数 before one a figure.
  CHECK(Surfaces("全省有数十万人受灾,数万人转移。").empty());
}

TEST_CASE("An age is no figure in Chinese either", "[figures][chinese]") {
  CHECK(Surfaces("39歲的名將孟哲凡第9度打進決賽。").empty());
  CHECK(Surfaces("现年二十七岁的门将卢安城续约。").empty());
  CHECK(Surfaces("65岁以上老人接种率偏低。").empty());
}

TEST_CASE("A score beside a word of the result is two counts", "[figures][chinese]") {
  CHECK(Surfaces("单打决赛中,岑立以4:2力克对手,袁晓则4：1战胜队友。") == std::vector<std::string>{"4", "2", "4", "1"});
  CHECK(Surfaces("台日組合以3:6、6:4、7:5逆轉取勝。") == std::vector<std::string>{"3", "6", "6", "4", "7", "5"});
  CHECK(Surfaces("联赛第3轮,滨江竞技客场2-4负于北岭队。") == std::vector<std::string>{"2", "4"});
  CHECK(Surfaces("虽然我们0-1落后,但大家没有放弃。") == std::vector<std::string>{"0", "1"});
  // A time of day and a ratio stay no figures.
  CHECK(Surfaces("比赛北京时间20:30开球。").empty());
}

TEST_CASE("A place in a ranking is no figure, a move of places is", "[figures][chinese]") {
  const std::string ranking = "男單世界排名87的柯林恩,排名從第9下滑到14,跌出世界前10;另一位選手從33名提升到生涯新高27位,上升6席。";
  CHECK(Surfaces(ranking) == std::vector<std::string>{"6席"});
}

TEST_CASE("Games, times, teams, tents, months and half years", "[figures][chinese]") {
  CHECK(OnlyFigure("次盤他連丟3局。", "3局").unit == "局");
  CHECK(OnlyFigure("全場共記錄到餘震310次。", "310次").unit == "次");
  CHECK(OnlyFigure("当地共派出9支救援队。", "9支救援队").unit == "救援队");
  CHECK(OnlyFigure("已调拨帐篷3000顶。", "3000顶").unit == "顶");
  const std::string sentence = "其中一人被判处二年六个月有期徒刑,另一人被判三年半。";
  const Figure months = OnlyFigure(sentence, "六个月");
  CHECK(months.kind == FigureKind::kDuration);
  CHECK(months.unit == "months");
  CHECK(OnlyFigure(sentence, "三年半").value == Approx(3.5));
  // 三次产业 names the sectors of an economy, 三支队 a detachment.
  CHECK(Surfaces("从三次产业看,第一产业增长较快。").empty());
  CHECK(Surfaces("武警交通一总队三支队赶赴现场。").empty());
}

TEST_CASE("Names and dates written with numbers", "[figures][chinese]") {
  CHECK(Surfaces("受災地區比九八年更廣。").empty());                  // 1998, two digits
  CHECK(Surfaces("他用了三四年时间。").size() == 1);                   // three or four years, no date
  CHECK(Surfaces("美國二三二條款尚未公布,232條款影響半導體。").empty());
  CHECK(Surfaces("民政部啟動國家4級災害應急救助響應。").empty());
  CHECK(Surfaces("縣市長席次揭曉。1151130(編輯:林冠宇)").empty());   // the agency's filing stamp
}
