#include "extract/figure_han_topic.h"

#include <algorithm>
#include <vector>

#include "extract/metric_lexicon.h"
#include "extract/text_bytes.h"

namespace dossier::extract {
namespace {

bool IsHanAt(std::string_view t, size_t i) {
  const auto lead = static_cast<unsigned char>(At(t, i));
  return lead >= 0xe4 && lead <= 0xe9 && i + 3 <= t.size();
}

template <typename Words>
bool StartsWithAny(std::string_view t, size_t i, const Words& words, size_t* length = nullptr) {
  for (std::string_view w : words) {
    if (StartsWith(t, i, w)) {
      if (length) *length = w.size();
      return true;
    }
  }
  return false;
}

// Marks that end a clause: ，；：、。 a line, and the space of a headline.
size_t BreakBefore(std::string_view t, size_t i) {
  if (i == 0) return 0;
  if (t[i - 1] == '\n' || t[i - 1] == ' ' || t[i - 1] == ',' || t[i - 1] == ';') return 1;
  for (std::string_view b : {"，", "；", "：", "、", "。", "！", "？"}) {
    if (i >= b.size() && t.substr(i - b.size(), b.size()) == b) return b.size();
  }
  return 0;
}

// The words that open a clause before its topic and are no part of it: links, adverbs of time.
constexpr std::string_view kOpeners[] = {
    "其中", "另外", "此外", "同时", "同時", "而", "但", "截至", "截止", "目前", "当前", "當前", "今年以来", "今年以來",
    "以来", "以來", "本赛季", "本賽季", "本场", "本場", "当天", "當天", "当日", "當日", "本周", "本週", "上周", "上週",
    "也", "还", "還", "并", "並",
    // 昨晚用電尖峰, 前天夜尖峰: days said relative to the text's own.
    "昨天", "昨日", "昨晚", "今天", "今日", "今晚", "前天", "明天",
    // 優於韓國的1.8%: the owner of a figure set against another's follows the comparison.
    "优于", "優於", "高于", "高於", "低于", "低於", "不及", "不如", "落后于", "落後於",
    // 選後為63席, 接下來是國民黨: before or after the vote, and next in a list.
    "选前", "選前", "选后", "選後", "接下来", "接下來",
    // 最終人民行動黨取得65.6%, 相對於2012年73%: in the end, and what a figure is set against.
    "最终", "最終", "相对于", "相對於",
    // 消息指聖羅灣最初要求7000萬鎊, 據悉…: word of it, from no one named, before whose the number is.
    "消息指", "消息称", "消息稱", "据悉", "據悉", "据报", "據報", "报道指", "報道指",
    // 此前在1月4日, 其後於3月: before or after the time the text is at.
    "此前在", "此前於", "此前于", "此前", "此后", "此後", "其后", "其後", "随后", "隨後"};

// What a time phrase that opens a topic is written with (前三季度, 2025年上半年, 9月份, 1-11月, 第三季),
// and its words that end one (年 月 份 季 度 日 期 底 末 初 内).
constexpr std::string_view kTimeChars[] = {
    "前", "第", "首", "上", "下", "半", "今", "去", "明", "本", "当", "當", "同", "全", "一", "二", "三", "四", "五",
    "六", "七", "八", "九", "十", "两", "兩", "个", "個", "至", "年", "月", "份", "季", "度", "日", "期", "底", "末",
    "初", "内", "內", "周", "週", "旬"};
constexpr std::string_view kTimeEnds[] = {"年", "月", "份", "季", "度", "日", "期", "底", "末",
                                                              "初", "内", "內", "周", "週", "旬"};

// Past the opening words and time phrase of a clause at `i`.
size_t PastOpeners(std::string_view t, size_t i, size_t end) {
  for (bool moved = true; moved && i < end;) {
    moved = false;
    size_t n = 0;
    if (StartsWithAny(t, i, kOpeners, &n)) {
      i += n;
      moved = true;
      continue;
    }
    // A time phrase: the longest run of its characters (and digits), cut after its last ending word.
    size_t run = i, cut = i;
    while (run < end) {
      if (IsDigit(t[run]) || t[run] == '-' || t[run] == '~') {
        ++run;
        continue;
      }
      if (!StartsWithAny(t, run, kTimeChars, &n)) break;
      if (StartsWithAny(t, run, kTimeEnds)) cut = run + n;
      run += n;
    }
    // (One ending word alone is no time phrase: 内需, 初步.)
    constexpr size_t kOneCharacter = 3;
    if (cut > i && (cut - i > kOneCharacter || IsDigit(t[i]))) {
      i = cut;
      moved = true;
    }
  }
  return i;
}

// The verbs and adverbs that follow a topic and go before its number: where the topic ends.
constexpr std::string_view kAfterTopic[] = {
    "同比", "环比", "環比", "年增", "季增", "月增", "增长", "增長", "成長", "增加", "增至", "增幅", "下降", "下跌", "下滑", "下修",
    "上涨", "上漲", "上升", "上修", "回落", "回升", "提高", "提升", "降低", "降至", "减少", "減少", "达到", "達到", "达",
    "達", "为", "為", "是", "占", "佔", "约", "約", "逾", "超过", "超過", "突破", "较", "較", "比", "由", "从", "從",
    "累计", "累計", "共", "实现", "實現", "录得", "錄得", "收报", "收報", "收在", "收于", "升至", "跌至", "有望", "可望",
    "预计", "預計", "预估", "預估", "将", "將", "已", "仍", "分别", "分別", "创", "創", "接近", "首次", "继续", "繼續",
    "也", "均", "都", "则", "則", "在", "按", "积", "積", "获得", "獲得", "拿下", "赢得", "贏得", "目前", "当前",
    "當前", "今年", "去年", "全年", "上半年", "下半年", "前三季", "持平", "维持", "維持", "保持", "扩大", "擴大",
    "缩小", "縮小", "跌破", "升破", "报", "報",
    // 贸易量可能增长, 名义增长, 海港主场4比2: a modal, an adverb of measure or a venue, no part of the topic.
    "可能", "或将", "或將", "名义", "名義", "实际", "實際", "主场", "主場", "客场", "客場",
    // 马丁梅开二度, 武磊打进2球: a scorer's verbs.
    "梅开", "梅開", "打进", "打進", "攻入", "独中", "獨中",
    // 明年預測也下修至…, 大幅下修0.57個百分點, 來到2.59%, 併計前三季…: verbs and adverbs that open a
    // clause of a forecast's revision, no owner's name.
    "预测", "預測", "大幅", "小幅", "不保", "来到", "來到", "影响", "影響", "并计", "併計", "合计", "合計",
    // 應急管理部緊急預撥2.9億元, 省防指調派8臺, 文昌市初步估計: relief sent out, urgently, and a first
    // estimate, by whoever the topic names.
    "初步", "紧急", "緊急", "预拨", "預撥", "下拨", "下撥", "调拨", "調撥", "拨付", "撥付", "调派", "調派", "派出", "出动",
    "出動",
    // 人民行動黨取得65.6%的選票, 登記選民破447萬: what a party wins, and a record broken; 國民黨獲476萬
    // 票, 希盟奪下81席, 國盟搶下73席: what a party gets.
    "取得", "破", "获", "獲", "夺得", "奪得", "夺下", "奪下", "抢下", "搶下", "拿到",
    // 羅馬最初要求7,500萬鎊, 安華成功以4364張多數票, 國陣贏到9個, 政府撥款5億新元, 馬來西亞投入30億令吉:
    // what the owner asks, wins and spends.
    "最初", "要求", "成功", "赢到", "贏到", "拨款", "撥款", "投入",
    // 利物浦完成6500萬鎊收購: a deal done.
    "完成", "首轮", "首輪"};

// A player's or a coach's role before the name that owns the figure: 前锋马丁 → 马丁.
constexpr std::string_view kRoles[] = {"前锋", "前鋒", "中场", "中場", "后卫", "後衛", "门将", "門將", "主帅", "主帥",
                                       "主教练", "主教練", "队长", "隊長", "外援"};

// Measures that end a topic without being a metric of the lexicon: 增加值, 总额, 用电量.
constexpr std::string_view kMeasures[] = {
    "增加值", "总额", "總額", "余额", "餘額", "规模", "規模", "总量", "總量", "金额", "金額", "人数", "人數", "数量",
    "數量", "价格", "價格", "指数", "指數", "收入", "支出", "发电量", "發電量", "产值", "產值", "积分", "積分", "进球",
    "進球", "得分", "得票", "风力", "風力", "增长率", "增長率", "增速", "涨幅", "漲幅", "降幅", "比重", "占比", "佔比", "成长率", "成長率", "人次",
    "剂次", "劑次", "接种", "接種", "出口", "进口", "進口", "用电", "用電", "装机", "裝機",
    // 全球货物贸易量: the world's trade volume; 货物吞吐量: a port's.
    "货物贸易", "貨物貿易", "贸易量", "貿易量", "货物吞吐量", "貨物吞吐量", "吞吐量"};

// Words that begin a topic the country owns: the nation as a whole, its economy, its aggregates.
constexpr std::string_view kNationalOpeners[] = {
    "全国", "全國", "我国", "我國", "全社会", "全社會", "国内", "國內", "全台", "全臺", "国民经济", "國民經濟"};
constexpr std::string_view kNationalAggregates[] = {
    "国内生产总值", "國內生產總值", "國內生產毛額", "经济", "經濟", "GDP", "社会消费品", "社會消費品", "规模以上工业",
    "規模以上工業", "居民消费价格", "居民消費價格", "消费者物价", "消費者物價", "工业生产者", "工業生產者", "固定资产投资",
    "固定資產投資", "进出口", "進出口", "外汇储备", "外匯儲備", "外匯存底", "广义货币", "廣義貨幣", "狭义货币", "人民币贷款",
    "人民幣貸款", "社会融资", "社會融資", "城镇调查失业率", "城鎮調查失業率", "城镇新增就业", "一般公共预算", "民间消费",
    "民間消費", "资本形成", "資本形成", "失业率", "失業率", "CPI", "PPI", "通胀", "通膨", "物价", "物價",
    // 核心CPI: the consumer prices less food and energy.
    "核心CPI", "核心通胀", "核心通膨",
    // 9月制造业采购经理指数为50.3%: the purchasing managers' index of the country.
    "制造业采购经理", "製造業採購經理", "采购经理指数", "採購經理指數", "PMI"};

// Verbs of a clause that reports: "数据显示", "他表示".
constexpr std::string_view kReports[] = {"显示", "顯示", "表示", "指出", "称", "稱", "说", "說", "公布", "发布", "發布",
                                         "介绍", "介紹",
                                         // 国家卫健委通报,…新增确诊病例39例: the publisher of a count is not its owner.
                                         "通报", "通報", "公佈", "宣布", "宣佈"};

// Words that make a topic no owner's name: a reference back (公司, 该, 其), a person, a generic.
constexpr std::string_view kNotOwners[] = {
    "公司", "该", "該", "其", "这", "這", "本", "他", "她", "我", "你", "记者", "記者", "数据", "數據", "报告", "報告",
    "联赛", "聯賽", "比赛", "比賽", "现场", "現場", "方面",
    // 市场人士担心增速…, 分析师认为…: what someone thinks of a number is not whose it is.
    "人士", "担心", "擔心", "认为", "認為", "预期", "預期", "相信", "估计", "估計", "表示", "指出", "称", "稱",
    // 全市规模以上工业增加值: the whole city, province or county the text reports on, not a name.
    "全市", "全省", "全区", "全區", "全县", "全縣",
    // 所有90席: all of them, no one's.
    "所有"};

// Words that make a clause's opening a verb or an adverb's, no owner's name: what happened (又再出現2名
// 個案, 之後陸續發生4起), a judgement or a condition (研判1、2周内, 若參考…), a look ahead or back
// (展望, 綜觀, 面對), an example or a list (例如, 包括), a time of day (凌晨2時).
constexpr std::string_view kNoOwnerWords[] = {
    "出现", "出現", "发生", "發生", "中招", "研判", "参考", "參考", "集中", "展望", "综观", "綜觀", "面对", "面對",
    "目标", "目標", "包括", "例如", "如果", "只有", "之后", "之後", "后来", "後來", "原先", "无缘", "無緣", "未来",
    "未來", "凌晨", "上午", "下午", "晚间", "晚間", "统计", "統計", "若",
    // 新增确诊病例39例, 現有疑似病例136例, 累計治癒出院: what kind of case is counted, not where.
    "新增", "现有", "現有", "确诊", "確診", "疑似", "重症", "重癥", "治愈", "治癒", "出院",
    // 中選會公布5立委補選結果, 攸關34席: a release and what it bears on.
    "公布", "发布", "發布", "宣布", "攸关", "攸關",
    // 當日解除醫學觀察6509人, 累計追蹤到密切接觸者, 感謝161名參選人: acts done to the people counted.
    "解除", "追踪", "追蹤", "感谢", "感謝",
    // 利物浦宣佈以6,500萬鎊, 選出222個議席, 國陣無法收復, 當中220萬, 餘下900萬: a release, an election, a
    // failure, and a part of an amount named before.
    "宣佈", "选出", "選出", "无法", "無法", "当中", "當中", "余下", "餘下", "剩下"};

template <typename Words>
bool ContainsAny(std::string_view s, const Words& words) {
  return std::any_of(std::begin(words), std::end(words), [&](std::string_view w) { return s.find(w) != std::string_view::npos; });
}

size_t CodePoints(std::string_view s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) { return !IsContinuationByte(c); }));
}

// Whether a clause has a topic, and the owner it names (empty when it names none).
struct Topic {
  bool found = false;  // the clause opens with a noun phrase that goes before a number or its verb
  std::string owner;
};

// The topic of the clause [begin, end): its noun phrase, up to the number's verb or a digit (or
// `end` itself, when the figure begins there).
Topic TopicOf(std::string_view t, size_t begin, size_t end, bool figure_at_end, const std::string& country, bool company_text) {
  Topic topic;
  size_t start = PastOpeners(t, begin, end);
  // "扣除食品和能源价格的核心CPI": what is left out is not the topic; the noun after 的 is. Without
  // one ("，扣除价格因素实际增长5.0%") the clause goes on with the topic of the clause before.
  for (std::string_view less : {"扣除", "剔除"}) {
    if (!StartsWith(t, start, less)) continue;
    const size_t of = t.substr(start, end - start).find("的");
    if (of == std::string_view::npos) return topic;
    start += of + 3;
  }
  size_t stop = start;
  // An age group opens a topic with digits: 65歲以上長者接種率.
  while (stop < end && IsDigit(t[stop])) ++stop;
  if (stop >= end || (!StartsWith(t, stop, "歲") && !StartsWith(t, stop, "岁"))) stop = start;
  size_t measure = SIZE_MAX;  // where the measure that ends the topic begins
  while (stop < end) {
    if (IsDigit(t[stop]) || StartsWithAny(t, stop, kAfterTopic)) break;
    // The owner ends where the measure begins, or a time phrase inside the topic (美國第一季GDP,
    // 武磊本赛季进球数).
    if (measure == SIZE_MAX && (MatchMetricAt(t, stop) || StartsWithAny(t, stop, kMeasures) ||
                                (stop > start && PastOpeners(t, stop, end) > stop))) {
      measure = stop;
    }
    if (IsHanAt(t, stop)) {
      stop += 3;
    } else if (IsAsciiLetter(t[stop]) || StartsWith(t, stop, "（") || StartsWith(t, stop, "）")) {
      stop += IsAsciiLetter(t[stop]) ? 1 : 3;
    } else {
      break;
    }
  }
  // "居住縣市分別為台北市89例、新北市97例": the owner of the first item of a list stands between
  // 分別為 and its number, not before the verb.
  for (std::string_view respectively : {"分別為", "分别为", "分別是", "分别是"}) {
    if (!StartsWith(t, stop, respectively)) continue;
    size_t first = stop + respectively.size(), item = first;
    while (item < end && IsHanAt(t, item)) item += 3;
    const size_t length = CodePoints(t.substr(first, item - first));
    if (item == end && figure_at_end && length >= 2 && length <= 10) {
      topic.found = true;
      topic.owner = std::string(t.substr(first, item - first));
      return topic;
    }
  }
  // "政黨票由民進黨獲得498萬票": the one 由 names as getting the number owns it, not the topic.
  if (StartsWith(t, stop, "由")) {
    size_t agent = stop + 3, gets = agent;
    while (gets < end && IsHanAt(t, gets) && !StartsWithAny(t, gets, kAfterTopic)) gets += 3;
    const size_t length = CodePoints(t.substr(agent, gets - agent));
    for (std::string_view verb : {"获得", "獲得", "取得", "获", "獲", "拿下", "赢得", "贏得", "夺得", "奪得"}) {
      if (StartsWith(t, gets, verb) && length >= 2 && length <= 10) {
        topic.found = true;
        topic.owner = std::string(t.substr(agent, gets - agent));
        return topic;
      }
    }
  }
  // A topic goes before a number or a verb; a clause that runs out first ("初步核算") has none, nor
  // one of time words alone ("低於去年同期的44.2%": the clause before gives it).
  if (stop == start || (stop >= end && !figure_at_end) || t.substr(start, stop - start) == "的") return topic;
  topic.found = true;
  const std::string_view phrase = t.substr(start, stop - start);
  std::string_view owner = t.substr(start, std::min(stop, measure) - start);
  if (owner.size() >= 3 && owner.substr(owner.size() - 3) == "的") owner.remove_suffix(3);
  for (std::string_view role : kRoles) {
    if (owner.size() > role.size() && owner.substr(0, role.size()) == role) owner.remove_prefix(role.size());
  }
  // "新加坡球會獅城聯", "英超俱乐部白浪城": the club's name after what it is.
  for (std::string_view club : {"球會", "球会", "俱樂部", "俱乐部"}) {
    const size_t at = owner.find(club);
    if (at != std::string_view::npos && CodePoints(owner.substr(at + club.size())) >= 2) owner.remove_prefix(at + club.size());
  }
  bool national = false;
  for (std::string_view w : kNationalOpeners) national = national || phrase.substr(0, w.size()) == w;
  // A national aggregate with no owner before it: 国内生产总值, 社会消费品零售总额, 經濟成長率.
  bool aggregate = false;
  for (std::string_view w : kNationalAggregates) aggregate = aggregate || phrase.substr(0, w.size()) == w;
  if (national || (aggregate && !company_text)) {
    topic.owner = country;
    return topic;
  }
  // "民眾黨有8席": who has the number, without 有; "蕭美琴以558萬票": by how many, without 以;
  // "宜蘭縣及新竹縣各3例": each, without 各.
  for (std::string_view by : {"有", "以", "各"}) {
    if (owner.size() > 6 && owner.substr(owner.size() - 3) == by) owner.remove_suffix(3);
  }
  // "登陸時風力17級": at a time (时 ends the clause of when); "中心附近最大風力15級": a superlative of
  // the measure. Neither is an owner's name.
  for (std::string_view end : {"时", "時", "最大", "最高", "最低", "最强", "最強"}) {
    if (owner.size() > end.size() && owner.substr(owner.size() - end.size()) == end) return topic;
  }
  if (company_text || owner.empty() || ContainsAny(owner, kNotOwners) || ContainsAny(owner, kNoOwnerWords)) return topic;
  // "单日用电量", "最高1月5日达到…": a single day's or month's, a peak: the measure's own words alone.
  for (std::string_view measure_word : {"单日", "單日", "单月", "單月", "最高", "最低", "最大", "最多"}) {
    if (owner == measure_word) return topic;
  }
  // "疫苗採購量", "總經費", "成交额": a topic that ends in a measure's head no list holds names what
  // is measured, not whose it is.
  for (std::string_view head : {"量", "费", "費", "额", "額"}) {
    if (owner.size() >= head.size() && owner.substr(owner.size() - head.size()) == head) return topic;
  }
  const size_t length = CodePoints(owner);
  if (length < 2 || length > 10) return topic;
  topic.owner = std::string(owner);
  return topic;
}

// A clause break that is no list's comma: ，；。 a line, the sentence's start.
bool ClauseBreakBefore(std::string_view t, size_t i) {
  const size_t n = BreakBefore(t, i);
  return i == 0 || (n > 0 && !(n == 3 && t.substr(i - 3, 3) == "、"));
}

// The joints of a list: 、 and the words before its last item.
constexpr std::string_view kListJoints[] = {"、", "和", "及", "与", "與", "以及"};

}  // namespace

std::optional<ByteSpan> HanRespectiveItem(std::string_view t, ByteSpan sentence, ByteSpan figure) {
  // Within the figure's sentence only, and only where a Han character stands beside the figure.
  if (figure.begin < sentence.begin || (!IsHanAt(t, figure.begin >= 3 ? figure.begin - 3 : 0) && !IsHanAt(t, figure.end) &&
                                        !StartsWith(t, figure.end, "、") && !StartsWith(t, figure.begin >= 3 ? figure.begin - 3 : 0, "、"))) {
    return std::nullopt;
  }
  const std::string_view before = t.substr(sentence.begin, figure.begin - sentence.begin);
  size_t respectively = std::string_view::npos;
  for (std::string_view w : {"分别", "分別"}) {
    const size_t at = before.rfind(w);
    if (at != std::string_view::npos && (respectively == std::string_view::npos || sentence.begin + at > respectively)) respectively = sentence.begin + at;
  }
  if (respectively == std::string_view::npos) return std::nullopt;
  // The figures' list: from 分别 to the clause's end, its joints counted; this figure's place.
  size_t place = 0, joints = 0;
  for (size_t i = respectively + 6; i < sentence.end; ++i) {
    if (i >= figure.begin + 1 && ClauseBreakBefore(t, i) && i > figure.end) break;
    if (i < figure.begin && ClauseBreakBefore(t, i) && i > respectively + 6) return std::nullopt;  // a clause between
    size_t n = 0;
    if (StartsWithAny(t, i, kListJoints, &n)) {
      ++joints;
      if (i < figure.begin) ++place;
      i += n - 1;
    }
  }
  if (joints == 0) return std::nullopt;
  // The items' list: the clause of 分别 before it, split at its joints; the clause before that when
  // this one holds no list ("新疆、重庆、吉林涨幅居前，分别为…", "一季度、二季度，工业增加值分别增长…").
  const auto items_between = [&](size_t from, size_t to) {
    std::vector<ByteSpan> items;
    size_t item = from;
    for (size_t i = from; i < to;) {
      size_t n = 0;
      if (StartsWithAny(t, i, kListJoints, &n)) {
        items.push_back({item, i});
        item = i + n;
        i += n;
      } else {
        ++i;
      }
    }
    items.push_back({item, to});
    return items;
  };
  size_t begin = respectively;
  while (begin > sentence.begin && !ClauseBreakBefore(t, begin)) --begin;
  std::vector<ByteSpan> items = items_between(begin, respectively);
  if (items.size() == 1 && begin > sentence.begin) {
    size_t end = begin - BreakBefore(t, begin);
    begin = end;
    while (begin > sentence.begin && !ClauseBreakBefore(t, begin)) --begin;
    // "江州港、临川港吞吐量分别为A和B，同比分别增长C和D": the list before that clause's own 分别.
    for (std::string_view w : {"分别", "分別"}) {
      const size_t at = t.substr(begin, end - begin).find(w);
      if (at != std::string_view::npos) end = std::min(end, begin + at);
    }
    items = items_between(begin, end);
  }
  if (items.size() != joints + 1 || place >= items.size()) return std::nullopt;
  return items[place];
}

std::string HanTextCountry(std::string_view text) {
  // (Also its health command centre, disease agency, legislature, election commission and largest
  // cities: "國內新增2例" in a Taiwanese health briefing is Taiwan's.)
  for (std::string_view taiwan : {"主計總處", "台灣", "臺灣", "新台幣", "行政院", "台股", "中央流行疫情指揮中心", "疾管署",
                                  "立法院", "中選會", "台北市", "臺北市", "新北市", "高雄市", "台中市", "臺中市"}) {
    if (text.find(taiwan) != std::string_view::npos) return "台灣";
  }
  return text.find("國") != std::string_view::npos ? "中國" : "中国";
}

std::optional<std::string> HanTopicSubject(std::string_view text, ByteSpan sentence, ByteSpan figure, bool company_text) {
  if (const std::optional<ByteSpan> item = HanRespectiveItem(text, sentence, figure)) {
    // The item's owner: the last item's measure (鸡蛋价格, 广东的GDP) is the list's, not the owner's.
    const Topic topic = TopicOf(text, item->begin, item->end, true, HanTextCountry(text), company_text);
    if (!topic.owner.empty()) return topic.owner;  // else a list of periods: the clause's topic below
  }
  if (!IsHanAt(text, figure.begin >= 3 ? figure.begin - 3 : 0) && !IsHanAt(text, figure.end)) return std::nullopt;
  const std::string country = HanTextCountry(text);
  auto clause_begin = [&](size_t end) {
    while (end > sentence.begin && BreakBefore(text, end) == 0) --end;
    return end;
  };
  // The figure's clause first, then the clauses before it in its sentence while they have no topic.
  size_t end = figure.begin;
  for (size_t begin = clause_begin(end);; begin = clause_begin(end)) {
    const std::string_view clause = text.substr(begin, end - begin);
    // A clause that reports ("数据显示", "他表示") is no topic's: what it says is the sentence's own.
    if (end != figure.begin && ContainsAny(clause, kReports)) {
      return std::nullopt;
    }
    const Topic topic = TopicOf(text, begin, end, end == figure.begin, country, company_text);
    if (topic.found) return topic.owner.empty() ? std::nullopt : std::optional<std::string>(topic.owner);
    if (begin <= sentence.begin) return std::nullopt;
    end = begin - BreakBefore(text, begin);
  }
}

}  // namespace dossier::extract
