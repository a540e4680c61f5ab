// Han speaker phrases in the shapes of real mainland, Taiwan, Hong Kong and Singapore pages read in
// session 20 (issue 10): what stands between a speaker and the verb (an interview with a paper in
// book marks, a report, a date with the press it was said to, a weekday and a statement, a news
// conference held, a date in parentheses, a website), an honorific after the name, a programme's
// broadcaster, an outlet in corner brackets, a bracketed heading over a spokesperson's answer, a page's date line, a role alone
// as a crosshead, 当局 for the body last named, a weather report inside a claim, and 他 for the
// person a sentence opens with. Every text is made up.
#include <catch2/catch.hpp>

#include <string>

#include "dossier/claim.h"
#include "support/claim_lookup.h"

using namespace dossier;

TEST_CASE("An interview or a report named in book marks is where, not who", "[claims][han]") {
  CHECK(Claims("南岭大学经济学讲师邝立文接受《南岭日报》访问时说,电价近期下调主要反映燃料价格走低。") ==
        Found{"[邝立文]: 电价近期下调主要反映燃料价格走低"});
  CHECK(Claims("分析师廖敏上个月在《区域电力观察》报告中曾指出,批发电价在五月创下新高。") ==
        Found{"[廖敏]: 批发电价在五月创下新高"});
  CHECK(Claims("南岭电视台“晚间体育”节目报道,主教练在赛后称赞了球员的表现。") ==
        Found{"[南岭电视台]: 主教练在赛后称赞了球员的表现"});
}

TEST_CASE("A date, a weekday, a conference or a website before the verb is no part of who", "[claims][han]") {
  CHECK(Claims("卫生局局长庞慧2日对媒体表示,本地防线至今守得住。") == Found{"[庞慧]: 本地防线至今守得住"});
  CHECK(Claims("南岭统计署星期三发文告说,回扣将于明年一月发放。") == Found{"[南岭统计署]: 回扣将于明年一月发放"});
  CHECK(Claims("南岭防疫指挥中心今天开记者会表示,昨日有四百例相关通报。") ==
        Found{"[南岭防疫指挥中心]: 昨日有四百例相关通报"});
  CHECK(Claims("南岭劳工署今(9)日再表示,新增三宗个案。") == Found{"[南岭劳工署]: 新增三宗个案"});
  CHECK(Claims("南岭省卫生健康委员会官方网站指出,昨日新增确诊病例十二例。") ==
        Found{"[南岭省卫生健康委员会]: 昨日新增确诊病例十二例"});
}

TEST_CASE("An honorific after a name and a proposal with its comma", "[claims][han]") {
  CHECK(Claims("邝立文医生反驳说,电网公司并不能从涨价中受惠。") == Found{"[邝立文]: 电网公司并不能从涨价中受惠"});
  CHECK(Claims("邱宛真教授指出,燃料成本决定了下一季的电价。") == Found{"[邱宛真]: 燃料成本决定了下一季的电价"});
  CHECK(Claims("议员邵启明提出,电力公司应延后调高电价。") == Found{"[邵启明]: 电力公司应延后调高电价"});
  CHECK(Claims("主治医生表示,病人情况稳定。").empty());  // a role alone names no one
}

TEST_CASE("A bracketed heading with a title and a name opens that speaker's answer", "[claims][han]") {
  const std::string transcript =
      "南岭统计局举行新闻发布会,介绍上半年经济运行情况。\n\n"
      "【南岭统计局综合司司长、新闻发言人 邱宛真】\n\n"
      "上半年,居民消费价格同比上涨1.2%。\n\n"
      "6月份,居民消费价格环比持平。\n\n"
      "【编者按】\n\n"
      "以上为发布会摘录。\n";
  CHECK(Claims(transcript) == Found{"[邱宛真]: 上半年,居民消费价格同比上涨1.2%", "[邱宛真]: 6月份,居民消费价格环比持平"});
}

TEST_CASE("A page's date line and a role alone over a paragraph are no one's", "[claims][han]") {
  CHECK(Claims("更新時間:2026/3/2 08:15 以下整理最新的疫情消息。").empty());
  const std::string crosshead =
      "电价明年走势\n\n学者:电价料保持平稳\n南岭大学教授邝立文说,电价近期下调主要反映燃料走低。\n";
  CHECK(Claims(crosshead) == Found{"[邝立文]: 电价近期下调主要反映燃料走低"});
}

TEST_CASE("当局 is the body last named, and a weather report speaks for no one", "[claims][han]") {
  CHECK(Claims("南岭劳工署今日表示,新增三宗个案。当局指出,其中两宗为输入个案。") ==
        Found{"[南岭劳工署]: 新增三宗个案", "[南岭劳工署]: 其中两宗为输入个案"});
  CHECK(Claims("候选人邝立文上午前往投票,她受访表示,气象报告说寒流来了,希望不会影响投票率。") ==
        Found{"[邝立文]: 气象报告说寒流来了,希望不会影响投票率"});
}

TEST_CASE("他 stands for the person the sentence opens with when no one spoke before in it", "[claims][han]") {
  const std::string report =
      "候选人邝立文受访表示,希望寒流不会影响投票率。\n\n"
      "候选人邵启明,上午10时在议员陪同下前往投票,他受访表示,心情很轻松。\n\n"
      "邵启明说,投完票会去逛年货大街。\n";
  CHECK(Claims(report) == Found{"[邝立文]: 希望寒流不会影响投票率", "[邵启明]: 心情很轻松", "[邵启明]: 投完票会去逛年货大街"});
}

TEST_CASE("An outlet in corner brackets before its verb speaks", "[claims][han]") {
  CHECK(Claims("「路透社」報導,南岭電廠下月將恢復供電。") == Found{"[路透社]: 南岭電廠下月將恢復供電"});
  CHECK(Claims("「亞洲新聞台」(CNA)報導,補選將於下月舉行。") == Found{"[亞洲新聞台]: 補選將於下月舉行"});
  CHECK(Claims("「好好生活」報導,新店將於下月開幕。").empty());  // a name in brackets that is no outlet
}
