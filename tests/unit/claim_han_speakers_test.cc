// Han speakers as Chinese news introduces them (issue 10): an occasion or a time of day between the
// name and the verb (就…答记者问时, 晚間9時45分舉行記者會時), a manner word after a name the text
// gives elsewhere (幽默說), titles before names (主委, 次長, 當選人), a spokesperson unnamed after a
// quotation (…新闻发言人表示), 介绍道, 说明, and a press conference's 问:/答: turns. Every text is made up.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dossier/claim.h"
#include "support/claim_lookup.h"

using namespace dossier;

TEST_CASE("An occasion or a time of day between a Han name and its verb is not the name", "[claims][han]") {
  CHECK(Claims("江州市发改委主任韩立军16日就下半年经济工作答记者问时表示,全市将新开工重大项目120个。") ==
        Found{"[韩立军]: 全市将新开工重大项目120个"});
  CHECK(Claims("北川縣選委會主委江秋月晚間9時45分舉行記者會時表示,開票作業已全部完成。") ==
        Found{"[江秋月]: 開票作業已全部完成"});
  CHECK(Claims("副市长冯志刚当天下午3时30分出席新闻发布会时强调,稳就业仍是首要任务。") ==
        Found{"[冯志刚]: 稳就业仍是首要任务"});
}

TEST_CASE("A manner word after a name the text gives is not part of the name", "[claims][han]") {
  CHECK(Claims("董事長魏明遠表示,需求是真的。魏明遠幽默說,客戶都比我們有錢。") ==
        Found{"[魏明遠]: 需求是真的", "[魏明遠]: 客戶都比我們有錢"});
}

TEST_CASE("Han titles before a name are not part of it", "[claims][han]") {
  CHECK(Claims("內政部次長許文彬說明,中央將在兩週內完成審定。") == Found{"[許文彬]: 中央將在兩週內完成審定"});
  CHECK(Claims("當選人溫子謙在競選總部發表感言時表示,會先處理交通問題。") == Found{"[溫子謙]: 會先處理交通問題"});
}

TEST_CASE("An unnamed spokesperson after a quotation speaks for the organisation", "[claims][han]") {
  CHECK(Claims("“上半年主要指标好于预期。”江州市统计局新闻发言人表示,下半年仍有增长空间。") ==
        Found{"[江州市统计局]: 上半年主要指标好于预期", "[江州市统计局]: 下半年仍有增长空间"});
}

TEST_CASE("介绍道 reports like 介绍, and 他 carries the person last named", "[claims][han]") {
  CHECK(Claims("处长周晓岚介绍,工业增加值增长6.1%。她介绍道,消费增长4.8%。") ==
        Found{"[周晓岚]: 工业增加值增长6.1%", "[周晓岚]: 消费增长4.8%"});
}

TEST_CASE("A press conference's 答 turns are the presiding spokesperson's, 问 turns are no one's", "[claims][turns]") {
  const std::string text =
      "外交部发言人陈立新主持例行记者会。\n\n"
      "问:有报道称对方将提高关税。中方对此有何评论?\n\n"
      "答:我们注意到有关报道。贸易问题应当通过对话解决。\n";
  CHECK(Claims(text) == Found{"[陈立新]: 我们注意到有关报道", "[陈立新]: 贸易问题应当通过对话解决"});
}

TEST_CASE("Who 的 ends a phrase with is the speaker, a document someone published speaks for them", "[claims][han]") {
  CHECK(Claims("到店里看车的王女士说,降得太快了。") == Found{"[王女士]: 降得太快了"});
  CHECK(Claims("江南汽车协会17日发布的报告指出,均价同比下降约8%。") == Found{"[江南汽车协会]: 均价同比下降约8%"});
  // What a kind of people generally think is no one's claim.
  CHECK(Claims("市场人士普遍认为,消费回暖的势头还需观察。").empty());
}

TEST_CASE("A headline's speaker and verb set apart by spaces say the rest of the line", "[claims][han]") {
  CHECK(Claims("车企降价潮蔓延 业内人士称 行业洗牌加速\n\n正文。") == Found{"[anonymous]: 行业洗牌加速"});
}

TEST_CASE("Officers, committee members and players by position are titles before a Han name", "[claims][han]") {
  CHECK(Claims("主計總處綜合統計處專門委員黃雅琪表示,出口動能仍強。") == Found{"[黃雅琪]: 出口動能仍強"});
  CHECK(Claims("龙腾汽车首席财务官孙梅称,毛利率同比提升。") == Found{"[孙梅]: 毛利率同比提升"});
  CHECK(Claims("海港队前锋武磊说,球队还有进步空间。") == Found{"[武磊]: 球队还有进步空间"});
}

TEST_CASE("A verb of speech with 说 or 称 after it, 答道, 提到, 笑言 and 告诉记者 report speech", "[claims][han]") {
  CHECK(Claims("郑华进一步解释说,利率下调的空间仍然存在。") == Found{"[郑华]: 利率下调的空间仍然存在"});
  CHECK(Claims("在回答记者提问时,赵立新答道,经济基本面没有改变。") == Found{"[赵立新]: 经济基本面没有改变"});
  CHECK(Claims("刘佳告诉记者,订单已经排到明年三月。") == Found{"[刘佳]: 订单已经排到明年三月"});
  CHECK(Claims("马文博提到,市场信心正在恢复。") == Found{"[马文博]: 市场信心正在恢复"});
  CHECK(Claims("何静笑言,这是她第一次参加发布会。") == Found{"[何静]: 这是她第一次参加发布会"});
}

TEST_CASE("An English quotation before a Han speaker and 說 is the speaker's", "[claims][han]") {
  CHECK(Claims("“Taiwan's export cycle still has room to run,”宏遠證券首席財務官陳立德說。") ==
        Found{"[陳立德]: Taiwan's export cycle still has room to run"});
}

TEST_CASE("A publication in book marks speaks: 据《…》报道, 《…》報道指", "[claims][han]") {
  CHECK(Claims("据《江城晚报》报道,主帅罗伟已向俱乐部提交辞呈。") == Found{"[江城晚报]: 主帅罗伟已向俱乐部提交辞呈"});
  CHECK(Claims("《港島商報》報道指,多間零售商計劃增聘人手。") == Found{"[港島商報]: 多間零售商計劃增聘人手"});
}

TEST_CASE("A manner adverb with 地 after the speaker is not the speaker", "[claims][han]") {
  CHECK(Claims("主帅罗伟在发布会上发言。罗伟坦诚地表示,球队在定位球防守上犯了错误。") ==
        Found{"[罗伟]: 球队在定位球防守上犯了错误"});
}

TEST_CASE("The reporter who learned something is no speaker, and 业内人士分析称 is an unnamed source", "[claims][han]") {
  CHECK(Claims("记者获悉,多地已在梳理外资项目清单。").empty());
  CHECK(Claims("业内人士分析称,二季度外贸仍面临压力。") == Found{"[anonymous]: 二季度外贸仍面临压力"});
}

TEST_CASE("A title and a name after 该 name the person, and X方面 is X", "[claims][han]") {
  CHECK(Claims("华东进出口商会发布了报告。该会国际联络部主任邱雅琳指出,六成企业预计订单持平。") ==
        Found{"[邱雅琳]: 六成企业预计订单持平"});
  CHECK(Claims("恒嘉地產方面表示,租金將維持不變。") == Found{"[恒嘉地產]: 租金將維持不變"});
}

TEST_CASE("於…會議中 is when it was said, and 説 and 聲明指 report speech", "[claims][han]") {
  CHECK(Claims("財政司副司長鄧志邦於同日的立法會會議中表示,政府維持增長預測。") == Found{"[鄧志邦]: 政府維持增長預測"});
  CHECK(Claims("「消費券已經見效。」鄧志邦在會後向記者説。") == Found{"[鄧志邦]: 消費券已經見效"});
  CHECK(Claims("零售業協進會昨晚發表聲明指,零售額按年上升4%。") == Found{"[零售業協進會]: 零售額按年上升4%"});
}

TEST_CASE("A colon after 坦言 opens a quotation whose marks are not in the claim", "[claims][han]") {
  CHECK(Claims("吴凡在采访中表示:“比赛很艰难。”谈及丢球,吴凡坦言:“我们有些松懈。”") ==
        Found{"[吴凡]: 比赛很艰难", "[吴凡]: 我们有些松懈"});
}

TEST_CASE("A Han answer ends where a paragraph says whose it is, and the day is not the answerer's name", "[claims][turns]") {
  const std::string text =
      "商务部发言人程思远17日主持例行新闻发布会。\n\n"
      "问:商务部对此有何评论?\n\n"
      "答:我们注意到相关报道。\n\n"
      "我们欢迎各国企业来华投资。\n\n"
      "另据商务部消息,部长助理孟庆华会见了代表团。孟庆华表示,中方愿加强沟通。\n";
  CHECK(Claims(text) == Found{"[程思远]: 我们注意到相关报道", "[程思远]: 我们欢迎各国企业来华投资", "[孟庆华]: 中方愿加强沟通"});
}

TEST_CASE("A transcript's label with a title, a space and a name is the name's turn, and a reporter's label no one's",
          "[claims][turns]") {
  const std::string text =
      "統計處昨日舉行記者會。\n\n"
      "統計處處長 黎詠芝:\n\n"
      "今年第一季經濟按年增長2.8%。\n\n"
      "港島財經記者:\n\n"
      "出口表現會否拖累全年增長?\n";
  CHECK(Claims(text) == Found{"[黎詠芝]: 今年第一季經濟按年增長2.8%"});
}

TEST_CASE("A foreign name written with a middle dot is one speaker", "[claims][han]") {
  CHECK(Claims("旅游委员会执行主席爱德华多·桑坦德说,人均消费超过两万元。") == Found{"[爱德华多·桑坦德]: 人均消费超过两万元"});
}

TEST_CASE("他 after a titled person who was the subject of a sentence is that person, and X方面 is an organisation",
          "[claims][han]") {
  CHECK(Claims("主帅罗伟称,球队会调整。申花队长李峰在赛后发布会上显得有些失落。他坦诚地表示,球队犯了太多错误。") ==
        Found{"[罗伟]: 球队会调整", "[李峰]: 球队犯了太多错误"});
  // The person a report introduces after 据《…》报道 is the one the next 他 stands for.
  CHECK(Claims("主帅罗伟称,球队会调整。据《江城晚报》报道,申花队长李峰在发布会上显得失落。他坦诚地表示,球队犯了错误。") ==
        Found{"[罗伟]: 球队会调整", "[江城晚报]: 申花队长李峰在发布会上显得失落", "[李峰]: 球队犯了错误"});
  CHECK(Claims("主席周嘉麗表示,租金負擔仍重。恒嘉地產方面表示,租金維持不變。她最後稱,業界期望更多措施。") ==
        Found{"[周嘉麗]: 租金負擔仍重", "[恒嘉地產]: 租金維持不變", "[周嘉麗]: 業界期望更多措施"});
}

TEST_CASE("An aside in parentheses between a Han name and its verb is not the name", "[claims][han]") {
  CHECK(Claims("一名在市场开店的林太太(化名)则说,她最在意的是物价。") == Found{"[林太太]: 她最在意的是物价"});
  CHECK(Claims("选委会主委陈国华今日(20日)表示,投开票所将增设至412处。") == Found{"[陈国华]: 投开票所将增设至412处"});
  CHECK(Claims("东江前锋吉马（音译）表示,这个进球要献给球迷。") == Found{"[吉马]: 这个进球要献给球迷"});
}

TEST_CASE("The press by its role: 记者 and 评论员 before a name are titles", "[claims][han]") {
  CHECK(Claims("长期采访地方新闻的资深记者王思婷说,负面文宣比四年前少。") == Found{"[王思婷]: 负面文宣比四年前少"});
  CHECK(Claims("政治評論員蘇文德分析,年輕選民的動向將決定選舉。") == Found{"[蘇文德]: 年輕選民的動向將決定選舉"});
  // The reporter who learned something is still no speaker.
  CHECK(Claims("记者获悉,多地已在梳理项目清单。").empty());
}

TEST_CASE("Speech a colon opens runs over the sentences of its paragraph", "[claims][han]") {
  CHECK(Claims("东江队主教练卢启航在发布会上表示:我们拿到三分。下半场调整了打法。\n\n比赛在晚上结束。") ==
        Found{"[卢启航]: 我们拿到三分", "[卢启航]: 下半场调整了打法"});
  // A colon that ends its paragraph: the speech is the next one.
  CHECK(Claims("门将周立在接受采访时表示:\n\n第二个丢球我有责任。下一场我会拿出更好的表现。\n\n球队明天返回。") ==
        Found{"[周立]: 第二个丢球我有责任", "[周立]: 下一场我会拿出更好的表现"});
  // It stops at a sentence that says whose it is.
  CHECK(Claims("卢启航表示:我们拿到三分。队长韩宇则说,大家都很努力。") ==
        Found{"[卢启航]: 我们拿到三分", "[韩宇]: 大家都很努力"});
}

TEST_CASE("他 stands for a titled person named in an earlier clause of the sentence", "[claims][han]") {
  const std::string text =
      "主教练卢启航表示,我们拿到三分。\n\n"
      "新闻发布会上,西川主教练莫振南首先发言,他说:“今天开局很好。但丢球后心态有波动。”\n\n"
      "赛后,西川队长韩宇也出席了发布会。他坦言,防守问题一直没有解决。\n";
  CHECK(Claims(text) == Found{"[卢启航]: 我们拿到三分", "[莫振南]: 今天开局很好", "[莫振南]: 但丢球后心态有波动",
                              "[韩宇]: 防守问题一直没有解决"});
}

TEST_CASE("他 opening a clause needs no comma after its verb, and a short object is an act", "[claims][han]") {
  CHECK(Claims("总经理唐海洋透露,俱乐部将补强后防线。他认为球队目前的人员配置还不足以冲击前六名。") ==
        Found{"[唐海洋]: 俱乐部将补强后防线", "[唐海洋]: 球队目前的人员配置还不足以冲击前六名"});
  CHECK(Claims("总经理唐海洋透露,俱乐部将补强后防线。他表示欢迎。") == Found{"[唐海洋]: 俱乐部将补强后防线"});
}

TEST_CASE("A Han claim ends at its own full stop, before a credit ICU leaves in the sentence", "[claims][han]") {
  CHECK(Claims("发言人米锋表示,疫情传播风险始终存在。(央视新闻)") == Found{"[米锋]: 疫情传播风险始终存在"});
}

TEST_CASE("A retort is speech: 反嗆, 回嗆, 質問", "[claims][han]") {
  CHECK(Claims("國民黨候選人高美玲反嗆,「輕軌預算卡在中央,不是縣府不做」。") ==
        Found{"[高美玲]: 輕軌預算卡在中央,不是縣府不做"});
}

TEST_CASE("A bare role after a claim speaks for whoever made it", "[claims][han]") {
  CHECK(Claims("特区政府发言人今日表示,特区政府欢迎有关交流。发言人还说,特区政府将继续促进沟通。") ==
        Found{"[特区政府]: 特区政府欢迎有关交流", "[特区政府]: 特区政府将继续促进沟通"});
  // With no claim before it, a role alone names no one.
  CHECK(Claims("会议在上午召开。发言人说,会议取得成功。").empty());
}

TEST_CASE("A Han verb with a short object and no mark after it is an act, not a claim", "[claims][han]") {
  CHECK(Claims("特区政府发言人表示,特区政府对会面表示欢迎。特区政府表示欢迎。").size() == 1);
  CHECK(Claims("宏晶半導體董事長楊明哲表示,需求很強。楊明哲表示感謝。") == Found{"[楊明哲]: 需求很強"});
}

TEST_CASE("A question someone is reported asking is their claim, a reporter's is no one's", "[claims][han]") {
  CHECK(Claims("節目主持人李四端問,會不會擔心藍白合?賴清德說,他會持續關注。") ==
        Found{"[李四端]: 會不會擔心藍白合", "[賴清德]: 他會持續關注"});
  CHECK(Claims("有记者问,下半年经济走势如何?").empty());
  CHECK(Claims("他问及政府的具体措施。").empty());
}

TEST_CASE("The interview a name gave, and the meeting before it, are not the name", "[claims][han]") {
  CHECK(Claims("會後蔡篤恭接受媒體採訪表示,今年第1季表現可能比較趨緩。") == Found{"[蔡篤恭]: 今年第1季表現可能比較趨緩"});
  CHECK(Claims("赛后王立接受本报专访表示,球队还需要时间磨合。") == Found{"[王立]: 球队还需要时间磨合"});
}

TEST_CASE("A headline phrase with a period in it is no speaker", "[claims][han]") {
  CHECK(Claims("力成展望今年上半年:會比去年同期好\n\n董事長蔡篤恭預期,上半年表現會比去年同期好。") ==
        Found{"[蔡篤恭]: 上半年表現會比去年同期好"});
  // A period that opens the phrase is set aside.
  CHECK(Claims("今年上半年王立表示,订单增长了两成。") == Found{"[王立]: 订单增长了两成"});
}

TEST_CASE("A place, an employer and a role before a Han name are not the name", "[claims][han]") {
  CHECK(Claims("“货全压在车上了。”河南冷链司机周国庆说。") == Found{"[周国庆]: 货全压在车上了"});
  CHECK(Claims("市气象局首席预报员欧阳明认为,降雨将持续到周末。") == Found{"[欧阳明]: 降雨将持续到周末"});
  CHECK(Claims("省防指副总指挥、省应急厅厅长邓海波强调,各地要严防山洪。") == Found{"[邓海波]: 各地要严防山洪"});
  CHECK(Claims("司机李明说,高速已经封闭。") == Found{"[李明]: 高速已经封闭"});
  // A company's name is no person's, though its first character is a surname's.
  CHECK(Claims("江南水利设计院表示,堤坝运行正常。") == Found{"[江南水利设计院]: 堤坝运行正常"});
}

TEST_CASE("在 after a Han name opens where or when it was said, however long", "[claims][han]") {
  CHECK(Claims("正文。林秀珠今天在縣災害應變中心表示,山區道路全部封閉。") == Found{"[林秀珠]: 山區道路全部封閉"});
  CHECK(Claims("正文。邱志明在出席防災會議後主動向媒體表示,停班停課晚間公布。") == Found{"[邱志明]: 停班停課晚間公布"});
}

TEST_CASE("A headline's speaker and a verb of saying need no space before what is said", "[claims][han]") {
  CHECK(Claims("暴雨持续 省气象台预计周末转晴\n\n正文。") == Found{"[省气象台]: 周末转晴"});
}

TEST_CASE("说 inside 法說會, 小说, 传说 and 游说 says nothing", "[claims][han]") {
  CHECK(Claims("晶圓廠昨天召開法說會，董事長將公布第三季財報。").empty());
  CHECK(Claims("这部小说讲述了一个港口城市的故事。").empty());
  CHECK(Claims("他们在议会游说多年，法案终于通过。").empty());
  CHECK(Claims("晶圓廠昨天召開法說會，董事長魏明遠說，需求依然強勁。") == Found{"[魏明遠]: 需求依然強勁"});
}

TEST_CASE("A quotation attributed after a date, to an outlet told, or by a relative clause's head", "[claims][han]") {
  CHECK(Claims("“积水已经退了一半。”9日,在安置点排队领取物资的孟春生焦急地对本报记者说。") ==
        Found{"[孟春生]: 积水已经退了一半"});
  CHECK(Claims("“堤坝暂时没有险情。”县水利局工程师贺一鸣告诉新华社。") == Found{"[贺一鸣]: 堤坝暂时没有险情"});
  CHECK(Claims("“门不停地来回摆动,”在省城一栋写字楼里工作的员工蓝晓雨说。") == Found{"[蓝晓雨]: 门不停地来回摆动"});
}

TEST_CASE("After who speaks: 赛后, 很 before a manner adverb, and the briefing it was given at", "[claims][han]") {
  CHECK(Claims("打进唯一进球的晏青禾赛后表示,这个进球要送给家乡。") == Found{"[晏青禾]: 这个进球要送给家乡"});
  CHECK(Claims("主教练葛长风很坦诚地表示,球员们今天有些分心。") == Found{"[葛长风]: 球员们今天有些分心"});
  CHECK(Claims("临川县应急管理局今晚第三次新闻发布会披露,全县已有三个乡镇断电。") ==
        Found{"[临川县应急管理局]: 全县已有三个乡镇断电"});
}

TEST_CASE("从…分析 is the angle a sentence looks from, 从…获悉 names a source", "[claims][han]") {
  CHECK(Claims("从受灾结构分析,沿江低洼村落损失最重。").empty());
  CHECK(Claims("记者从临川县水利局获悉,三座水库已开闸泄洪。") == Found{"[临川县水利局]: 三座水库已开闸泄洪"});
}

TEST_CASE("A verb of judging runs into its clause with no comma when a plain name says it", "[claims][han]") {
  CHECK(Claims("展望明年，蘭陽電能預測全年營收將成長接近兩成。") == Found{"[蘭陽電能]: 全年營收將成長接近兩成"});
  CHECK(Claims("在期待需求回溫之下，北岸經研院預估明年經濟成長率有望達到3.1%。") ==
        Found{"[北岸經研院]: 明年經濟成長率有望達到3.1%"});
  // A measure, a forecast's value and a conjunction are not who judges.
  CHECK(Claims("毛利率預估介於百分之五十九至百分之六十一。").empty());
  CHECK(Claims("較七月發布的基準預測值1.33%，增加0.43個百分點，下半年便顯著回溫。").empty());
  // What something is measured against: 如預期 ("as expected"), 符合预期, 超预期, 低於預期.
  CHECK(Claims("蘭陽電能如預期三度上修全年展望，董事長鍾文岳表示，全年營收將成長接近兩成。") ==
        Found{"[鍾文岳]: 全年營收將成長接近兩成"});
  CHECK(Claims("北岸電池第三季獲利低於預期。").empty());
  CHECK(Claims("蘭陽電能表示，需求強勁。蘭陽電能如預期三度上修全年展望，董事長鍾文岳表示，全年營收將成長接近兩成。") ==
        Found{"[蘭陽電能]: 需求強勁", "[鍾文岳]: 全年營收將成長接近兩成"});  // a name already known
}

TEST_CASE("A Han claim ends before a later clause that attributes itself", "[claims][han]") {
  // (After a headline: a first line's speaker and verb say the whole line.)
  CHECK(Claims("經研院上修預測\n\n蘭陽經研院認為今年經濟呈現「內冷外熱」，院長彭嘉樹說明，上半年民間消費呈現負成長。") ==
        Found{"[蘭陽經研院]: 今年經濟呈現「內冷外熱」", "[彭嘉樹]: 上半年民間消費呈現負成長"});
  CHECK(Claims("柯永勝指出，今年出口呈現好轉，他認為下半年民間消費仍然偏弱的原因是房價。") ==
        Found{"[柯永勝]: 今年出口呈現好轉", "[柯永勝]: 下半年民間消費仍然偏弱的原因是房價"});
  // A clause a conjunction opens names no one: the claim goes on.
  CHECK(Claims("主委呂芳淇說，的確發現選票印錯的情形，但因及時發現，這些選票沒有流出。") ==
        Found{"[呂芳淇]: 的確發現選票印錯的情形，但因及時發現，這些選票沒有流出"});
}

TEST_CASE("A quotation right after its verb is the claim, a quoted word inside a clause is no one's speech", "[claims][han]") {
  CHECK(Claims("蘭陽電能強調「需求強勁」，不過部長鍾文岳宣布，下月起對進口晶片課徵一成關稅。") ==
        Found{"[蘭陽電能]: 需求強勁", "[鍾文岳]: 下月起對進口晶片課徵一成關稅"});
  CHECK(Claims("首席预报员罗定川认为，“白鹭”强度大、移动慢，对沿海的威胁不小。") ==
        Found{"[罗定川]: “白鹭”强度大、移动慢，对沿海的威胁不小"});
}

TEST_CASE("A verb's topic before a colon and its quotation, and quotation paragraphs after a titled person", "[claims][han]") {
  CHECK(Claims("赛后\n\n主帅欧阳立还特别提到现场两万名球迷带来的气氛：“能在这么多观众面前比赛是一种享受。”") ==
        Found{"[欧阳立]: 能在这么多观众面前比赛是一种享受"});
  CHECK(Claims("赛后\n\n赛后，江北女足主帅欧阳立出席了新闻发布会。\n\n“球员们在120分钟里拼尽了全力，我为她们骄傲。”") ==
        Found{"[欧阳立]: 球员们在120分钟里拼尽了全力，我为她们骄傲"});
}

TEST_CASE("A date in full-width brackets and 如此 or 這樣 before the verb are no part of the name", "[claims][han]") {
  CHECK(Claims("澄湖紡織董事長邱文淵昨（14）日強調，明年產能將增加一成。") == Found{"[邱文淵]: 明年產能將增加一成"});
  CHECK(Claims("「訂單能見度已到年底。」邱文淵如此表示。") == Found{"[邱文淵]: 訂單能見度已到年底"});
  CHECK(Claims("「訂單能見度已到年底。」總經理邱文淵這樣說。") == Found{"[邱文淵]: 訂單能見度已到年底"});
}

TEST_CASE("Results and data show, and only the organisation whose name opens them speaks by them", "[claims][han]") {
  CHECK(Claims("採檢結果發現另有3名同住家人確診。").empty());
  CHECK(Claims("中央防災署觀測資料指出,昨夜累積雨量已破紀錄。") == Found{"[中央防災署]: 昨夜累積雨量已破紀錄"});
  // The press asking (询问 read as 问) is no source.
  CHECK(Claims("媒体询问,此举是否违反规定,课长林秋月回应,要看是否有人检举。") == Found{"[林秋月]: 要看是否有人检举"});
}

TEST_CASE("A quotation after a comma of a named subject's clause is the subject's", "[claims][han]") {
  CHECK(Claims("敗隊監督朴正宇依然展現風度,「恭喜對手。我們明年再來。」") ==
        Found{"[朴正宇]: 恭喜對手", "[朴正宇]: 我們明年再來"});
  // Said by a verb before it, the quotation is read there.
  CHECK(Claims("總教練林志遠賽後落下眼淚,他說,「這是大家的冠軍。」") == Found{"[林志遠]: 這是大家的冠軍"});
}

TEST_CASE("A verb right after the comma of a titled subject's clause is the subject's", "[claims][han]") {
  CHECK(Claims("面對市場雜音，澄湖紡織董事長邱文淵親自定調，強調公司將專注本業；他指出，海外訂單持續增加。") ==
        Found{"[邱文淵]: 公司將專注本業", "[邱文淵]: 海外訂單持續增加"});
}

TEST_CASE("他 after a titled subject stands for the subject, not for a name later in its sentence", "[claims][han]") {
  CHECK(Claims("市長候選人蘇明哲表示,投票率偏低。候選人江美玲13日當天恭喜蘇明哲當選。她說,明天就回到議會。") ==
        Found{"[蘇明哲]: 投票率偏低", "[江美玲]: 明天就回到議會"});
  CHECK(Claims("據縣選委會公布,綠黨在議會30席中拿下17席。") == Found{"[縣選委會]: 綠黨在議會30席中拿下17席"});
}

TEST_CASE("The medium after a name and a statement not made are no speaker", "[claims][han]") {
  CHECK(Claims("澄湖紡織透過新聞稿表示,第四季出貨將回溫。") == Found{"[澄湖紡織]: 第四季出貨將回溫"});
  CHECK(Claims("法說會并未说明,新厂何时投产。").empty());
  CHECK(Claims("澄湖紡織董事長邱文淵首度明確對外表達,不排除赴美設廠。") == Found{"[邱文淵]: 不排除赴美設廠"});
}

TEST_CASE("A verb of judging says the words after the colon that follows its object", "[claims][han]") {
  CHECK(Claims("江州市统计局局长韩立军用三个关键词评价前三季度经济：稳中有进。") == Found{"[韩立军]: 稳中有进"});
  // Without the colon it states nothing.
  CHECK(Claims("外界对韩立军评价很高。").empty());
}
