// Han speakers in the shapes of real election, health and sport pages read in session 18 (issue 10):
// the one spoken to after 向 or 对, a name the clause before a pronoun ends on, 續指 after a
// pronoun, a digest of several outlets' reports before who speaks, an aside in parentheses inside a
// speaker described after a quotation, a news site's topic label before a headline's colon, the
// colon ︰ of Hong Kong papers, foreign names spelled out in Han after a title, what someone refuses
// to say, and openings that name no one (消息指, 一般預測, 預測結果). Every text is made up.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/claim.h"
#include "support/claim_lookup.h"

using namespace dossier;

TEST_CASE("The one spoken to after 向 or 对 is not who speaks", "[claims][han]") {
  CHECK(Claims("岚港女足主教练卡莫罗向记者们表示,对球队下半场的表现感到满意。") == Found{"[卡莫罗]: 对球队下半场的表现感到满意"});
  // A name the text knows (from the answer after) is still the one asked, not the one asking.
  CHECK(Claims("亚足联的新闻官向闵岳松提问:“这场比赛有什么不同?”闵岳松说:“这支队伍已经不一样了。”") ==
        Found{"[闵岳松]: 这支队伍已经不一样了"});
  // 一向 ("always") is no 向 of whom it was said to, nor is a one-character name after it.
  CHECK(Claims("乌澜队主教练闵岳松一向认为,防守是胜利的基础。") == Found{"[闵岳松]: 防守是胜利的基础"});
}

TEST_CASE("A pronoun after a clause that ends on a person's name stands for that person", "[claims][han]") {
  const std::string text =
      "闵岳松表示:“我们尽力了!”\n\n"
      "此前的失利并没有击垮闵岳松,他表示:“我们会一场一场地拼,争取小组头名。”\n";
  CHECK(Claims(text) == Found{"[闵岳松]: 我们尽力了", "[闵岳松]: 我们会一场一场地拼,争取小组头名"});
}

TEST_CASE("續指, a digest of reports and an aside in parentheses around a Han speaker", "[claims][han]") {
  CHECK(Claims("喬卓凡表示有收到相關投訴。他續指,選委會會在下屆檢討成效。") ==
        Found{"[喬卓凡]: 有收到相關投訴", "[喬卓凡]: 選委會會在下屆檢討成效"});
  CHECK(Claims("综合当地媒体报道,选举委员会主席乔卓凡会见传媒时说,本届选举仍有九十多万人投票。") ==
        Found{"[乔卓凡]: 本届选举仍有九十多万人投票"});
  // An office's name that opens with 综合 is a speaker's.
  CHECK(Claims("综合统计处处长周晓岚介绍,上半年工业增加值增长6.1%。") == Found{"[周晓岚]: 上半年工业增加值增长6.1%"});
  CHECK(Claims("「這是一次求穩的投票。」瓦倫國立大學(VNU)政治系副教授萬思樾說。") == Found{"[萬思樾]: 這是一次求穩的投票"});
}

TEST_CASE("A topic label before a headline's colon is not a speaker", "[claims][han]") {
  CHECK(Claims("瓦倫群島大選:執政柏嵐黨保住多數\n\n瓦倫群島週六舉行國會選舉。").empty());
  CHECK(Claims("禽流感疫情:養殖場暫停出貨\n\n當局週一宣布新措施。").empty());
  // A person's name before the colon still speaks.
  CHECK(Claims("乌澜女足力克岚港 闵岳松:这场胜利属于年轻人\n\n乌澜女足昨晚取胜。") == Found{"[闵岳松]: 这场胜利属于年轻人"});
}

TEST_CASE("Hong Kong's colon, an act done before 後, and a foreign name after a title", "[claims][han]") {
  CHECK(Claims("艾文迪完成轉會後說︰「穿上這件球衣是夢想成真。」") == Found{"[艾文迪]: 穿上這件球衣是夢想成真"});
  CHECK(Claims("看守總理阿迪曼蘇拉密投票後向傳媒表示,有信心組成新政府。") == Found{"[阿迪曼蘇拉密]: 有信心組成新政府"});
  // A name of more than four characters after a title holds no word of grammar.
  CHECK(Claims("總理在今天的記者會上表示,會議順利。").empty());
}

TEST_CASE("What someone refuses to say, and openings that name no one", "[claims][han]") {
  CHECK(Claims("岑海峰拒絕承認落敗。").empty());
  CHECK(Claims("岑海峰不愿透露还能在哪两州执政。").empty());
  CHECK(Claims("消息指球隊早在1月已向對方問價。").empty());
  CHECK(Claims("一般預測,聯盟選後將再結盟。").empty());
  CHECK(Claims("兩家民調機構預測結果凸顯各陣營都無法單獨過半。").empty());
}
