// Han speakers and quotations in the shapes of real sport, disaster, court and central-bank pages
// read in session 15 (issue 10): an answer quoted over paragraphs with no mark opening the later
// ones, openers before who speaks (另據, 但是, 虽然 with its claim ending at ，但), a day in numerals
// and the reporter's day before 从, words of time and notice after who (過去, 当日, 消息), an act done
// with words before the verb (总结比赛说), and phrases that name no one (a verb, 初步, 報導, 透過X).
// Every text is made up.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/claim.h"
#include "support/claim_lookup.h"

using namespace dossier;

TEST_CASE("A Han answer quoted over paragraphs is its speaker's to the closing mark", "[claims][han]") {
  const std::string text =
      "赛后的新闻发布会上,北岭队主教练季海川表示:“这是一场艰苦的比赛。我们开局不错。\n\n"
      "丢球以后队员有些急躁。下半场我们调整了阵型。\n\n"
      "感谢到场的球迷。”\n\n"
      "本场比赛共有两万名观众到场。\n";
  CHECK(Claims(text) == Found{"[季海川]: 这是一场艰苦的比赛", "[季海川]: 我们开局不错", "[季海川]: 丢球以后队员有些急躁",
                              "[季海川]: 下半场我们调整了阵型", "[季海川]: 感谢到场的球迷"});
  // A paragraph after a closed quotation is the reporter's again.
  CHECK(Claims("季海川说:“我们开局不错。”\n\n丢球以后队员有些急躁。\n").size() == 1);
}

TEST_CASE("Openers before a Han speaker are taken off in turn, and a concession ends its claim", "[claims][han]") {
  CHECK(Claims("另據法新社報道,洪水已造成多人死亡。") == Found{"[法新社]: 洪水已造成多人死亡"});
  CHECK(Claims("但是岑立说,比赛还没有结束。") == Found{"[岑立]: 比赛还没有结束"});
  CHECK(Claims("虽然岑立表示球队已经尽力,但结果令人失望。") == Found{"[岑立]: 球队已经尽力"});
}

TEST_CASE("A day, a time and a notice around a Han speaker are not the speaker", "[claims][han]") {
  CHECK(Claims("据央视网廿五日报道,滨河发布洪水红色预警。") == Found{"[央视网]: 滨河发布洪水红色预警"});
  CHECK(Claims("新华社北京6月18日电 记者18日从应急管理部获悉,地震已造成13人遇难。") ==
        Found{"[应急管理部]: 地震已造成13人遇难"});
  CHECK(Claims("滨河省水文局当日消息称,多条河流出现洪水过程。") == Found{"[滨河省水文局]: 多条河流出现洪水过程"});
  CHECK(Claims("央行總裁柯文昭過去多次公開表示,降息要看三個條件。") == Found{"[柯文昭]: 降息要看三個條件"});
  CHECK(Claims("央行總裁柯文昭對於降息條件有鬆動,他坦言,傳產受到關稅影響。") == Found{"[柯文昭]: 傳產受到關稅影響"});
  CHECK(Claims("季海川总结比赛说:“我们要把胜利献给球迷。”") == Found{"[季海川]: 我们要把胜利献给球迷"});
  CHECK(Claims("洛川扶貧基金會一名劉姓工作人員今天表示,受災地區比往年更廣。") == Found{"[洛川扶貧基金會]: 受災地區比往年更廣"});
}

TEST_CASE("Phrases before a Han verb that name no one", "[claims][han]") {
  CHECK(Claims("紅色預警信號為最高等級,表示預計水位達到歷史最高。").empty());
  CHECK(Claims("据初步统计,共滞留游客3.5万余人。").empty());
  CHECK(Claims("透過央行說明,美方慢慢了解到外匯管理不易。").empty());
  CHECK(Claims("報導指出,醫療隊已到達災區。").empty());
  CHECK(Claims("媒体提问:这场胜利有什么意义?").empty());
}

TEST_CASE("認爲, 告訴本台記者", "[claims][han]") {
  CHECK(Claims("該省副省長賈立邦認爲,他們生還的可能性不大。") == Found{"[賈立邦]: 他們生還的可能性不大"});
  CHECK(Claims("律师罗晓川告诉本台记者,当事人对判决从容淡然。") == Found{"[罗晓川]: 当事人对判决从容淡然"});
}
