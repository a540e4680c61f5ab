// Han speakers in the shapes of real court, transport, farm-briefing and Singapore pages read in
// session 17 (issue 10): a judge named once with the title and then by the title alone (法官指…),
// a name in Latin letters inside a Han phrase (SMRT说, 运营公司SMRT在…表示), wire copy's 据X消息 /
// 据X通报 / 据X数据, the account a statement was posted by (官方微博称, 发微博称), 告诉X记者, a pronoun
// and an adverb before its verb (她又指), and headline labels that name no one (本文来源:, X案:).
// Every text is made up.
#include <catch2/catch.hpp>

#include <string>

#include "dossier/claim.h"
#include "support/claim_lookup.h"

using namespace dossier;

TEST_CASE("A Han title alone speaks for whom the text last named with it", "[claims][han]") {
  const std::string text =
      "法官郑致远延至今日判刑。\n\n"
      "法官指被告的量刑起点为监禁18个月,因认罪获扣减三个月。\n\n"
      "法官认为,本案重点是发布的意图。\n\n"
      "法官于判词指,证据显示被告明知保释条件。\n";
  CHECK(Claims(text) == Found{"[郑致远]: 被告的量刑起点为监禁18个月,因认罪获扣减三个月", "[郑致远]: 本案重点是发布的意图",
                              "[郑致远]: 证据显示被告明知保释条件"});
  // A two-character name, then a verb: the verb is no part of the name.
  CHECK(Claims("部長邵凱今天說明新制。\n\n部長表示,新制明年上路。\n") == Found{"[邵凱]: 新制明年上路"});
  // No one named with the title before: a title alone names no one.
  CHECK(Claims("法官认为,本案重点是发布的意图。").empty());
  // The text's own reporter is no source, named before or not.
  CHECK(Claims("记者龙小溪报道。\n\n记者认为,工程进度落后。\n").empty());
}

TEST_CASE("A name in Latin letters inside a Han phrase speaks", "[claims][han]") {
  CHECK(Claims("KLX说,乘客是在九时从列车上疏散的。") == Found{"[KLX]: 乘客是在九时从列车上疏散的"});
  CHECK(Claims("北线运营公司KLX在社交媒体页面上表示,信号系统出现故障。") == Found{"[KLX]: 信号系统出现故障"});
  CHECK(Claims("瑞岚航空CEO黎正川表示,暑期运力将增加一成。") == Found{"[黎正川]: 暑期运力将增加一成"});
}

TEST_CASE("Wire copy's 据X消息, 据X通报 and 据X数据 are X's", "[claims][han]") {
  CHECK(Claims("据滨河省应急管理厅11月19日消息,事故死亡人数上升至10人。") == Found{"[滨河省应急管理厅]: 事故死亡人数上升至10人"});
  CHECK(Claims("据涟水交警通报,事故造成两人受伤。") == Found{"[涟水交警]: 事故造成两人受伤"});
  CHECK(Claims("据洛州海关数据,前三季度出口增长4.2%。") == Found{"[洛州海关]: 前三季度出口增长4.2%"});
  CHECK(Claims("據岱電資料,住宅用戶約1377萬戶。") == Found{"[岱電]: 住宅用戶約1377萬戶"});
}

TEST_CASE("The account a statement was posted by, and the reporter it was told to", "[claims][han]") {
  CHECK(Claims("滨河省交通管理局官方微博称,一处路段发生多车追尾。") == Found{"[滨河省交通管理局]: 一处路段发生多车追尾"});
  CHECK(Claims("星岚科技创始人卫子衡发微博称,新车安全高于一切。") == Found{"[卫子衡]: 新车安全高于一切"});
  CHECK(Claims("多位村民告诉洛川晚报记者,车上的人是去打零工的。") == Found{"[多位村民]: 车上的人是去打零工的"});
}

TEST_CASE("A pronoun with an adverb before its verb carries the speaker", "[claims][han]") {
  const std::string text = "房屋局長邵穎珊解釋,約4900宗申請獲安排入住。首個項目已開始入伙。她又指至今入伙的居民中,約七成原先住在劏房。";
  CHECK(Claims(text) == Found{"[邵穎珊]: 約4900宗申請獲安排入住", "[邵穎珊]: 至今入伙的居民中,約七成原先住在劏房"});
}

TEST_CASE("Headline labels that name no one who speaks", "[claims][han]") {
  CHECK(Claims("郑致远案:被告被判监禁十五个月\n\n正文。\n").empty());
  CHECK(Claims("标题\n\n本文来源:洛川财经 作者:龙小溪\n").empty());
}

TEST_CASE("Words that hold a verb of saying and say nothing", "[claims][han]") {
  // 毫無疑問: a doubt, not a question asked.
  CHECK(Claims("法官強調「毫無疑問，法院的地位不受操弄」。").size() <= 1);
  for (const std::string& claim : Claims("法官強調「毫無疑問，法院的地位不受操弄」。")) CHECK(claim.find("[毫無疑") == std::string::npos);
  // 介绍 with no mark before the topic it presents is an act.
  CHECK(Claims("国新办举行发布会,副部长龙汉川介绍2024年前三季度农业农村经济运行情况。\n\n龙汉川表示,秋粮收获已过八成。\n") ==
        Found{"[龙汉川]: 秋粮收获已过八成"});
  // Posting is no one: 官方微博发布消息称 names the account only by the act.
  for (const std::string& claim : Claims("滨河省交通管理局官方微博发布消息称,一处路段发生多车追尾。")) {
    CHECK(claim.find("[发布]") == std::string::npos);
  }
  // 予以 (gives) is the verb's, not the name's: 他 then stands for the person last named.
  const std::string text = "岱電董事長曾立衡今被問漲價是否為了抑制用電,他予以否認。";
  for (const std::string& claim : Claims(text)) CHECK(claim.find("予以") == std::string::npos);
}

TEST_CASE("A plea, an occasion and a count are no statement and no speaker", "[claims][han]") {
  // 承認誤殺罪: a plea in court, an act.
  CHECK(Claims("五旬男子投案。他承認誤殺罪,周三在高等法院被判感化12個月。").empty());
  CHECK(Claims("被告否认控罪,案件押后再讯。").empty());
  // 判刑時: when the judge spoke, not who; the title alone is the judge last named.
  CHECK(Claims("法官鄧樂生判處被告感化。\n\n法官判刑時提到,明白重病者希望有尊嚴地生活。\n") ==
        Found{"[鄧樂生]: 明白重病者希望有尊嚴地生活"});
  // 31个省份都发现疫情: a count's measure word opens no name.
  CHECK(Claims("目前,内地31个省份都发现疫情,每日报告病例数呈上升趋势。").empty());
}
