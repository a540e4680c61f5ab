// Han attribution in the shapes of real health, weather, election and statistics pages read in
// session 16 (issue 10): a quotation first and its speaker after a clause of where and titles joined
// by 、, a quotation paragraph's sentences after a claim in the same paragraph, words quoted inside
// the occasion before the verb, whose count it is before 的, a forecaster's 預計 with no comma, and
// an assessment or the time of a forecast taken for no one. Every text is made up.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/claim.h"
#include "support/claim_lookup.h"

using namespace dossier;

TEST_CASE("A quotation first, then where it was said and titles joined by 、 before the speaker", "[claims][han]") {
  CHECK(Claims("“全年目标可以完成。”在市政府举行的新闻发布会上,江州市统计局新闻发言人、综合处处长罗一鸣如此表示。") ==
        Found{"[罗一鸣]: 全年目标可以完成"});
  CHECK(Claims("“库存仍在下降。”北岭县粮食局副局长、储备科科长温凯这样说。") == Found{"[温凯]: 库存仍在下降"});
}

TEST_CASE("A quotation right after a claim in its paragraph goes on with the speaker", "[claims][han]") {
  CHECK(Claims("谈到下半年,罗一鸣表示,消费会继续恢复。“旅游和餐饮回暖较快。出口仍有压力。”") ==
        Found{"[罗一鸣]: 消费会继续恢复", "[罗一鸣]: 旅游和餐饮回暖较快", "[罗一鸣]: 出口仍有压力"});
}

TEST_CASE("Words quoted inside the occasion before the verb are not where the speaker ends", "[claims][han]") {
  CHECK(Claims("北岭医学院院长温凯在一场主题为“基层防疫十年”的研讨会上介绍,全县已建成发热门诊40个。") ==
        Found{"[温凯]: 全县已建成发热门诊40个"});
}

TEST_CASE("Whose count it is stands before 的", "[claims][han]") {
  CHECK(Claims("根據北岭縣選委會的統計,本次投票率約為64.2%。") == Found{"[北岭縣選委會]: 本次投票率約為64.2%"});
}

TEST_CASE("A weather office forecasts with no comma after its verb", "[claims][han]") {
  CHECK(Claims("江州氣象臺預計今晚至明天,沿海地區有大到暴雨。") == Found{"[江州氣象臺]: 今晚至明天,沿海地區有大到暴雨"});
}

TEST_CASE("An assessment and the time of a forecast are no speakers", "[claims][han]") {
  CHECK(Claims("专家研判认为,病毒传播途径尚未完全掌握。").empty());
  CHECK(Claims("按照現時預測,颱風會在明早登陸。").empty());
  CHECK(Claims("按照江州氣象臺的預測,颱風會在明早登陸。") == Found{"[江州氣象臺]: 颱風會在明早登陸"});
}

TEST_CASE("指 says before its clause in Hong Kong's and Taiwan's reporting, and not inside its words", "[claims][han]") {
  CHECK(Claims("警方其後指他提供虛假資料,案件已轉交律政司。") == Found{"[警方]: 他提供虛假資料,案件已轉交律政司"});
  CHECK(Claims("北岭天文台指八號信號會維持至今晚。") == Found{"[北岭天文台]: 八號信號會維持至今晚"});
  CHECK(Claims("這個數字是指全年的總量。").empty());
  CHECK(Claims("恒生指數下跌2%,成交額增加。").empty());
  CHECK(Claims("省防指副总指挥温凯强调,各地要严防山洪。") == Found{"[温凯]: 各地要严防山洪"});
}

TEST_CASE("A headline's verb of one character before its colon is not the speaker's name", "[claims][han]") {
  CHECK(Claims("預算遭刪 溫子謙酸:部會根本沒看報告\n\n正文。") == Found{"[溫子謙]: 部會根本沒看報告"});
  CHECK(Claims("罷工延燒 工會嗆:不加薪就不復工\n\n正文。") == Found{"[工會]: 不加薪就不復工"});
}
