// Han speakers in the shapes of real economy, energy, election and sport pages read in session 19
// (issue 10): a page's credits before a colon (撰文:, 出版:) and a reporter's question label
// (记者提问:) are no one's turn; 称 and 说 run into their clause unpunctuated after a plain name; an
// act of reading the numbers (解读) before the verb is no part of who; a second verb after an adverb
// (,又指 ,并称 ,只說) is a second claim; names joined as one subject each say it. Every text is
// made up.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/claim.h"
#include "support/claim_lookup.h"

using namespace dossier;

TEST_CASE("A page's credits before a colon are no one's turn", "[claims][han]") {
  // A byline over a report: its paragraphs are the author's, read for the usual patterns.
  const std::string report =
      "瓦倫群島大選|新政府難產\n\n撰文:岑曉嵐\n出版:更新:\n"
      "瓦倫群島國會選舉成績出爐,三大陣營都未能過半。\n"
      "柏嵐黨主席喬卓凡說,該黨已經取得簡單多數,能成立新政府。\n";
  CHECK(Claims(report) == Found{"[喬卓凡]: 該黨已經取得簡單多數,能成立新政府"});
  CHECK(Claims("新加坡大選觀察\n\n编译:林晓\n执政党赢得多数议席。").empty());
}

TEST_CASE("A reporter's question label ends the answer before it and says nothing", "[claims][han]") {
  const std::string presser =
      "总结本场比赛\n"
      "闵岳松:首先祝贺我的球员,所有功劳都是他们的。\n"
      "记者提问:如何点评两名替补的发挥?\n"
      "闵岳松:他们做得非常出色,帮助球队赢下了比赛。\n"
      "媒体提问:这场胜利有什么意义?\n";
  CHECK(Claims(presser) == Found{"[闵岳松]: 首先祝贺我的球员,所有功劳都是他们的", "[闵岳松]: 他们做得非常出色,帮助球队赢下了比赛"});
}

TEST_CASE("称 and 说 run into their clause after a plain name, not inside other words", "[claims][han]") {
  CHECK(Claims("喬卓凡稱本身的聯盟可以和其他陣營合組政府。") == Found{"[喬卓凡]: 本身的聯盟可以和其他陣營合組政府"});
  CHECK(Claims("闵岳松说明年还会回来参加比赛并争取冠军。").empty());  // 说明 is a verb of its own
  // Words that hold 说 or 称 and say nothing.
  CHECK(Claims("俗话说好事多磨难以避免。").empty());
  CHECK(Claims("对我们来说这场比赛非常重要。").empty());
  CHECK(Claims("可以说这是一场非常重要的胜利。").empty());
  CHECK(Claims("岑海峰称赞球员们的表现非常出色。").empty());
  CHECK(Claims("岑海峰说服了所有的球员留下来。").empty());
  CHECK(Claims("这座城市堪称全国最美丽的城市。").empty());
  CHECK(Claims("上市传闻\n\n很多人说这家公司明年会上市。").empty());  // people at large
}

TEST_CASE("Reading the numbers out before the verb is no part of who speaks", "[claims][han]") {
  CHECK(Claims("瓦倫統計局首席統計師岑曉嵐解讀時表示,物價運行總體平穩。") == Found{"[岑曉嵐]: 物價運行總體平穩"});
  CHECK(Claims("瓦倫統計局統計師喬卓凡解讀稱,2月份新建住宅銷售價格環比下降0.3%。") ==
        Found{"[喬卓凡]: 2月份新建住宅銷售價格環比下降0.3%"});
}

TEST_CASE("A second verb after an adverb is a second claim of the same speaker", "[claims][han]") {
  CHECK(Claims("岑海峰表示,公司今年的营收将大幅增长,并称明年还会继续扩张。") ==
        Found{"[岑海峰]: 公司今年的营收将大幅增长", "[岑海峰]: 明年还会继续扩张"});
  CHECK(Claims("前議員喬卓凡現身票站投票。他稱獲得不少年輕人的支持,對選情感到樂觀,又指國家需要有意義的改變才會進步。") ==
        Found{"[喬卓凡]: 獲得不少年輕人的支持,對選情感到樂觀", "[喬卓凡]: 國家需要有意義的改變才會進步"});
  // A refusal, then what was said after all.
  CHECK(Claims("當記者追問合作夥伴是誰,喬卓凡卻拒絕透露,只說「我們已有文件證明支持。」") == Found{"[喬卓凡]: 我們已有文件證明支持"});
}

TEST_CASE("Names joined as one subject each say the claim", "[claims][han]") {
  CHECK(Claims("李海峰和王岳松都认为,明年的经济会好转。") == Found{"[李海峰]: 明年的经济会好转", "[王岳松]: 明年的经济会好转"});
  CHECK(Claims("李海峰、王岳松与林晓均表示,明年的经济会好转。") ==
        Found{"[李海峰]: 明年的经济会好转", "[王岳松]: 明年的经济会好转", "[林晓]: 明年的经济会好转"});
  // Not a crowd, nor one organisation's name holding 和.
  CHECK(Claims("市场和投资者都认为,明年的经济会好转。").empty());
  CHECK(Claims("住房和城乡建设部表示,将加强监管。") == Found{"[住房和城乡建设部]: 将加强监管"});
}
