#include "extract/claim_names.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <unordered_set>

#include <unicode/utf8.h>

#include "dossier/claim.h"
#include "extract/han_person_names.h"
#include "extract/name_initials.h"
#include "extract/news_outlets.h"
#include "extract/reporting_lexicon.h"
#include "extract/scripts.h"
#include "extract/text_bytes.h"
#include "extract/word_set.h"

namespace dossier::extract {
namespace {

std::vector<std::string> SplitWords(std::string_view name) {
  std::vector<std::string> words;
  size_t from = 0;
  while (from < name.size()) {
    size_t space = name.find(' ', from);
    if (space == std::string_view::npos) space = name.size();
    if (space > from) words.emplace_back(name.substr(from, space - from));
    from = space + 1;
  }
  return words;
}

std::string Join(const std::vector<std::string>& words, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end; ++i) {
    if (i > begin) out += ' ';
    out += words[i];
  }
  return out;
}

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

bool IsSurnameRoleWord(std::string_view lower) {
  // And a title's abbreviation that is also a surname ("Maria Gen", "Amartya Sen"): before a stop and
  // a name it is the title ("Gen. Ruiz"), which the run of words never ends with.
  static const WordSet words = {"king", "bishop", "dean", "major", "prince", "gen", "col", "sen", "rep", "lord", "judge"};
  return words.count(lower) != 0;
}

bool IsDemonym(std::string_view lower) {
  // The regular ones end as IsPluralOfPeople reads them ("-ian", "-ese", "-ish", "-ean"); these do not.
  static const WordSet words = {"german", "thai", "greek", "swiss", "czech", "dane", "swede", "finn", "pole", "turk",
                                "scot", "briton", "dutchman", "frenchman", "englishman", "irishman", "welshman",
                                "scotsman", "dutchwoman", "frenchwoman", "englishwoman", "irishwoman", "kiwi", "aussie",
                                "argentine", "iraqi", "israeli", "pakistani", "saudi", "qatari", "emirati", "kuwaiti",
                                "nepali", "somali", "bangladeshi", "yemeni", "omani", "uzbek", "kazakh", "filipino",
                                "filipina", "portuguese", "basque", "catalan", "serb", "croat", "slovak", "slovene",
                                "spaniard", "brit", "icelander", "luxembourger",
                                // "-an" without the "-ian" or "-ean" read by ending ("American Dana Colvin",
                                // "the Jamaican said"); not "cuban" nor "duncan", which are surnames
                                "american", "mexican", "jamaican", "african", "dominican", "kenyan", "ugandan",
                                "moroccan", "rwandan", "afghan", "venezuelan", "guatemalan", "nicaraguan",
                                "paraguayan", "uruguayan", "angolan", "tibetan", "dutch"};
  return words.count(lower) != 0;
}

bool IsOrganizationHead(std::string_view word) {
  static const WordSet words = {
      "Bank", "Banks", "Systems", "Bio", "Biotech", "Analytics", "Petroleum", "Energy", "Oil", "Gas", "Power",
      "University", "College", "Institute", "School", "Commission", "Organization", "Organisation", "Inc", "Corp",
      "Corporation", "Group", "Capital", "Partners", "Management", "Holdings", "Ltd", "LLC", "Co", "Company",
      "Council", "Ministry", "Department", "Agency", "Association", "Federation", "Union", "Fund", "Research",
      "Securities", "Motors", "Technologies", "Technology", "Labs", "Lab", "Laboratories", "Pharma",
      "Pharmaceuticals", "Therapeutics", "Airlines", "Airways", "Lines", "Foundation", "Party", "Committee", "Office",
      "Bureau", "Board", "Authority", "Court", "Club", "FC", "Commodities", "Insurance", "Investments",
      "Advisors", "Advisers", "Associates", "Consulting", "Economics", "Markets", "Exchange", "Reserve", "Treasury",
      "Parliament", "Senate", "Congress", "Government", "Administration", "Police", "Army", "Navy", "Corps", "Hospital",
      "Clinic", "Society", "Academy", "League", "Federation", "Network", "Media", "Studios", "Software", "Semiconductor",
      "Semiconductors", "Electric", "Industries", "Mining", "Steel", "Logistics", "Shipping", "Telecom", "Communications",
      "Platforms", "AI", "Robotics", "Health", "Healthcare", "Medical", "Center", "Centre", "Centers", "Centres", "Trust", "Initiative",
      // a health, water or school district ("Kitsap Public Health District"), though "District" is a title's word too
      "District",
      "Alliance", "Coalition", "Campaign", "Institution", "Forum", "Chamber", "Agency", "Service", "Services",
      "Motorsport", "Racing", "Sports", "Transit", "Mills", "Foods", "Brothers", "Ventures", "Resources",
      "Chemicals", "Brands", "Stores", "Hotels", "Airport", "Railways", "Rail", "Utilities", "Division",
      "Directorate", "Inspectorate", "Tribunal", "Cooperative", "Farms", "Dairies", "Finance", "Financial",
      // uniformed services ("Coast Guard", "National Guard", "Border Patrol") and seats of government
      // ("White House", "Blue House")
      "Guard", "Patrol", "House",
      // sports clubs ("Harbourside Rovers"; not "Town" or "City", which end places' names too)
      "Rovers", "Wanderers", "Athletic", "Albion", "Rangers", "Hotspur"};
  return words.count(word) != 0;
}

bool AndJoinsOneName(const std::vector<std::string_view>& before, const std::vector<std::string_view>& after) {
  if (before.empty() || after.empty() || after.size() > 3) return false;
  // The remits a ministry, department or secretary is "of" ("Secretary of Health and Human
  // Services"); a place or a person after "of" is no remit ("Bank of Ostland and Harlow Capital").
  static const WordSet kRemits = {"health", "education", "trade", "industry", "commerce", "energy", "finance",
                                  "labour", "labor", "justice", "agriculture", "transport", "environment",
                                  "housing", "science", "culture", "business", "employment", "food", "mines",
                                  "tourism", "youth", "sport", "family", "welfare", "fisheries", "forestry",
                                  "planning", "development", "infrastructure", "communications", "information"};
  const bool of = std::any_of(before.begin(), before.end(), [](std::string_view w) { return w == "of" || w == "for"; });
  if (of && (after.size() == 1 || kRemits.count(LowerAscii(before.back())) != 0)) return true;
  // An adjective cannot end a name, so its noun is after "and" ("Bureau of Agricultural and Resource
  // Economics", "Institute of Social and Economic Research"); a place may end in "-al" ("Bank of Portugal").
  const auto adjective = [](std::string_view w) {
    for (std::string_view ending : {"ural", "ial", "ical", "ntal", "onal", "omic"}) {
      if (w.size() > ending.size() + 2 && w.substr(w.size() - ending.size()) == ending) return true;
    }
    return false;
  };
  if (of && adjective(before.back())) return true;
  // People on both sides of "and" after "of" are the members a union or a body is of
  // ("International Association of Machinists and Aerospace Workers").
  if (of && IsPluralOfPeopleWord(LowerAscii(before.back())) && IsPluralOfPeopleWord(LowerAscii(after.back()))) return true;
  return IsOrganizationHead(after.back()) && std::none_of(before.begin(), before.end(), [](std::string_view w) { return IsOrganizationHead(w); });
}

bool IsPossessiveInName(std::string_view first, std::string_view before, std::string_view after) {
  static const WordSet people = {"King", "Queen", "Children", "Women", "People", "Men", "Workers"};
  const bool saint = first == "St" || first == "St." || first == "Saint";
  return (saint || people.count(before) != 0) && IsOrganizationHead(after);
}

bool IsPrefixedName(std::string_view word) {
  // Asked of every lowercase word: most have no hyphen among their first four bytes (looked at one
  // by one: find called memchr for every word).
  const size_t head = std::min<size_t>(word.size(), 4);
  size_t dash = 0;
  while (dash < head && word[dash] != '-') ++dash;
  if (dash == head || dash + 1 >= word.size()) return false;
  static constexpr std::string_view kArticles[] = {"al", "el", "ad", "ar", "as", "at", "ash", "az", "bin", "ibn"};
  const char c = word[dash + 1];
  return c >= 'A' && c <= 'Z' &&
         std::find(std::begin(kArticles), std::end(kArticles), word.substr(0, dash)) != std::end(kArticles);
}

bool IsGenerationalSuffix(std::string_view lower) {
  return lower == "jr" || lower == "jr." || lower == "sr" || lower == "sr." || lower == "ii" || lower == "iii" || lower == "iv";
}

bool IsPostNominal(std::string_view word) {
  static const WordSet words = {"MP", "MEP", "MSP", "MLA", "TD", "QC", "KC", "OBE", "MBE", "CBE", "KBE",
                                "DBE", "PhD", "FRS", "MD", "RN", "MPH"};
  return words.count(word) != 0;
}

namespace {

bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// Plurals of people ("Traders", "Economists", "Democrats" stays): a single capitalised word ending
// so is a group, not a name.
bool IsPluralOfPeople(std::string_view lower) {
  // Given names that end as demonyms do ("Brian Tolson held a briefing. \"…,\" he said"; "Jean
  // Kaseya"): a person's, never a group's ("Christian", an adjective too, is not among them).
  static const WordSet kGivenNames = {"ian", "brian", "adrian", "julian", "damian", "fabian", "vivian", "lilian",
                                      "lillian", "gillian", "jillian", "sebastian", "kilian", "killian",
                                      "florian", "maximilian", "marian", "dorian", "lucian", "cian", "kian", "jean",
                                      "sean", "sian", "therese", "reese"};
  if (kGivenNames.count(lower) != 0) return false;
  // and demonyms ("the Brazilian laughed", "the German said"): who, not a name
  for (std::string_view suffix : {"ers", "ists", "ians", "ants", "ents", "ors", "ives", "ees", "ian", "ese", "ish", "ean"}) {
    if (EndsWith(lower, suffix)) return true;
  }
  return IsDemonym(lower);
}

// Words that begin a Han speaker phrase and are not part of the name.
const std::vector<std::string_view>& HanOpeners() {
  // (Longer words before the shorter they open with: 但是 before 但.)
  static const std::vector<std::string_view> words = {"据", "據", "而", "但是", "但", "并", "並", "另外", "此外", "对此", "對此",
                                                      "根据", "根據", "同时", "同時", "其中", "随后", "隨後", "不过", "不過", "另", "还有",
                                                      // 會後蔡篤恭…表示, 赛后罗伟表示: after the meeting, the match.
                                                      "会后", "會後", "赛后", "賽後", "事后", "事後",
                                                      // 今年上半年王立表示: a period that opens the phrase.
                                                      "今年", "去年", "明年", "上半年", "下半年",
                                                      // 虽然王明表示…，但…, 然而李华说: a concession or a contrast.
                                                      "虽然", "雖然", "尽管", "儘管", "然而", "可是", "不料",
                                                      // 按照現時預測, 依據氣象署的預報: according to (a forecast), as 根據.
                                                      "按照", "依照", "依据", "依據"};
  return words;
}

// Words that end a Han speaker phrase before its verb and are not part of the name.
const std::vector<std::string_view>& HanTrailers() {
  static const std::vector<std::string_view> words = {
      "也", "还", "還", "则", "則", "均", "都", "亦", "更", "曾", "再", "又", "同时", "同時", "此前", "日前", "近日",
      "今天", "昨天", "今日", "昨日", "其后", "其後", "当天", "當天", "当日", "當日", "随后", "隨後", "进一步", "進一步", "明确", "明確", "公开",
      "公開", "周一", "周二", "周三", "周四", "周五", "周六", "周日", "週一", "週二", "週三", "週四", "週五", "週六",
      "週日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "早前", "稍早", "最近", "近期",
      "本周", "本週", "上周", "上週", "坦率", "直接", "一再", "多次", "反复", "反覆", "已经", "已經", "已", "就此", "并", "並",
      "对此", "對此", "最新", "发文", "發文", "撰文",
      // 安華卻拒絕透露, 她却表示: the turn against what came before.
      "却", "卻",
      // 他續指, 她继续表示: going on from what was said before; 一向: as always.
      "继续", "繼續", "续", "續", "一向", "受访时", "受訪時", "受访", "受訪", "在记者会上", "在記者會上",
      "上午", "下午", "晚上", "晚间", "晚間", "早上", "凌晨", "中午", "昨晚", "今晚", "当晚", "當晚", "同日", "昨", "今",
      // 選委會計票統計: the count that carries the figures, not who; 华泰证券研报认为, 东方证券公告称: the
      // research note or the filing its publisher speaks by.
      "计票", "計票", "研报", "研報", "发布公告", "發布公告", "公告",
      // 發布新聞稿提醒, 发表声明称: the act that carries the statement, not who.
      "发布新闻稿", "發布新聞稿", "发布声明", "發布聲明", "发表声明", "發表聲明",
      // 她最后称, 业内人士分析称, 复星方面表示, 律政司一方指: when, how, and the side an organisation speaks as.
      "最后", "最後", "分析", "方面", "一方",
      // 彭啸赛后表示, 商瑞华很谦逊地表示 (its manner adverb trimmed before): when, and how much.
      "赛后", "賽後", "会后", "會後", "很",
      // 欧阳立还特别提到: an adverb of emphasis.
      "特别", "特別",
      // 「……」周志明如此表示, 董事長這樣說: how, pointing back at the quotation before.
      "如此", "这样", "這樣", "这么", "這麼",
      // 首度明確對外表達: to the public, for the first time.
      "对外", "對外", "首度", "首次",
      // 楊金龍過去多次公開表示: in the past; 水文局當日消息稱: the notice it put out.
      "过去", "過去", "消息",
      // 他予以否認: the verb's auxiliary (gives), not who.
      "予以",
      // 专家研判认为: the assessment the verb reports, not who (a title alone is no one's name).
      "研判",
      // 公安部交通管理局官方微博称, 雷军发微博称: the account and the post it was said by.
      "发微博", "發微博", "官方微博", "官方微信", "微博",
      // 何佩华上个月…指出, 财政部星期二发文告说: last month, and the statement put out.
      "上个月", "上個月", "上月", "本月", "发文告", "發文告",
      // 卫健委官方网站指出: the website it was published on.
      "官方网站", "官方網站", "官网", "官網"};
  return words;
}

// Titles between an organisation and a person's name: 国家统计局发言人王立新.
const std::vector<std::string_view>& HanTitles() {
  static const std::vector<std::string_view> words = {
      "发言人", "發言人", "首席经济学家", "首席經濟學家", "经济学家", "經濟學家", "分析师", "分析師", "首席执行官",
      "首席執行官", "执行长", "執行長", "董事长", "董事長", "总经理", "總經理", "总裁", "總裁", "主席", "部长",
      "部長", "行长", "行長", "局长", "局長", "教授", "研究员", "研究員", "副主任", "主任", "总监", "總監", "创始人",
      "創始人", "负责人", "負責人", "院长", "院長", "总统", "總統", "总理", "總理", "市长", "市長", "秘书长",
      "秘書長", "首席投资官", "首席投資官", "策略师", "策略師", "合伙人", "合夥人", "专家", "專家", "主帅", "主帥", "老帅", "老帥",
      "教练", "教練", "队长", "隊長", "医生", "醫生", "大使", "议员", "議員", "州长", "州長", "官员", "官員", "財務長",
      "财务长", "董事", "经理", "經理", "署长", "署長", "司长", "司長", "处长", "處長", "科长", "科長", "主管", "总干事",
      "總幹事", "理事长", "理事長", "会长", "會長", "社长", "社長", "校长", "校長", "研究机构", "研究機構", "所长",
      "所長", "厂长", "廠長", "站长", "站長", "队员", "隊員", "球员", "球員", "选手", "選手", "候选人", "候選人",
      "对手", "對手", "主委", "次长", "次長", "巡视员", "巡視員", "组长", "組長", "书记", "書記", "省长", "省長",
      "县长", "縣長", "区长", "區長", "镇长", "鎮長", "首相", "外长", "外長", "大臣", "顾问", "顧問", "律师", "律師",
      "法官", "检察官", "檢察官", "营运长", "營運長", "技术长", "技術長", "执行董事", "執行董事", "特首", "议长",
      "議長", "立委", "领队", "領隊", "学者", "學者", "当选人", "當選人",
      // 日本隊監督稻葉篤紀: a Japanese or Korean team's manager, as Taiwan's sports pages write it.
      "監督", "监督",
      // 香港大公报记者李理, 凤凰卫视评论员杜平, 主持人李四端: the press and broadcasters by their role.
      "记者", "記者", "评论员", "評論員", "主持人", "特派员", "特派員", "主编", "主編", "总编辑", "總編輯",
      // 北區一名里長陳文雄: the heads of a borough and a village.
      "里长", "里長", "村长", "村長",
      // 首席财务官孙梅, 專門委員陳美玲, 前锋武磊: officers, committee members and players by position.
      "财务官", "財務官", "运营官", "營運官", "技术官", "技術官", "委员", "委員", "专员", "專員", "参事", "參事",
      "前锋", "前鋒", "中场", "中場", "后卫", "後衛", "门将", "門將",
      // 指揮中心指揮官陳時中, 海港队中场核心吴凡, 預防接種組召集人李明, 臻鼎董座 (chairman) 沈慶芳.
      "指挥官", "指揮官", "核心", "召集人", "董座",
      // 国家统计局城市司首席统计师董莉娟: a statistics office's officer.
      "统计师", "統計師",
      // 国泰航空CEO林绍波: the English initials Chinese business pages keep.
      "CEO", "CFO", "COO", "CTO"};
  return words;
}

// Han organisation endings.
bool IsHanOrganization(std::string_view name) {
  for (std::string_view end : {"社", "局", "部", "行", "所", "院", "会", "會", "司", "委", "厅", "廳", "署", "集团", "集團",
                               "公司", "证券", "證券", "大学", "大學", "报", "報", "台", "网", "網", "中心", "政府",
                               "机构", "機構", "协会", "協會", "组织", "組織", "基金", "银行", "銀行", "党", "黨",
                               // 中央氣象臺, 電視臺: 臺 is the traditional form of 台.
                               "臺",
                               // 星驰汽车, 宏晶半導體, 华星电子: a company's short name ends in its trade.
                               "汽车", "汽車", "科技", "电子", "電子", "能源", "电力", "電力", "半导体", "半導體",
                               "航空", "医药", "醫藥", "制药", "製藥", "保险", "保險", "地产", "地產", "控股", "电气", "電氣"}) {
    if (EndsWith(name, end)) return true;
  }
  return IsNewsOutlet(name);
}

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// A title written before a name and never a given name ("mr", "dr", "sir", "gov"), lowercase.
bool IsHonorific(std::string_view lower) {
  static const WordSet words = {"mr", "mrs", "ms", "mx", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
                                "sen", "rep", "gov", "gen", "capt", "sgt", "lt", "col", "det", "insp", "supt", "rev", "hon",
                                "president", "minister", "secretary", "senator", "governor", "mayor", "chancellor", "premier"};
  return words.count(lower) != 0;
}

// A company's legal form written after its name ("Inc", "Ltd", "plc", "GmbH"), lowercase, without
// its stop.
bool IsLegalSuffix(std::string_view lower) {
  static const WordSet words = {"inc", "ltd", "llc", "plc", "corp", "ag", "sa", "nv", "gmbh", "bv", "oyj", "asa", "lp", "llp"};
  return words.count(lower) != 0;
}

}  // namespace

bool IsHanTitle(std::string_view word) {
  const std::vector<std::string_view>& titles = HanTitles();
  return std::find(titles.begin(), titles.end(), word) != titles.end();
}

bool IsJoinedDescriptor(std::string_view lower) {
  const size_t hyphen = lower.rfind('-');
  if (hyphen == std::string_view::npos || hyphen == 0 || hyphen + 1 >= lower.size()) return false;
  const std::string_view before = lower.substr(0, hyphen), after = lower.substr(hyphen + 1);
  // "Zurich-based", "London-listed", "Kremlin-backed": where or by whom, before an adjective.
  static const WordSet kAdjectives = {"based", "listed", "owned", "backed", "born", "headquartered", "led", "run",
                                      "controlled", "registered", "founded", "funded", "made", "area"};
  if (kAdjectives.count(after) != 0) return true;
  // "Ex-minister", "Secretary-General", "Vice-President", "President-elect": a title with its prefix.
  return before == "ex" || IsTitle(after) || IsRoleWord(after) || (IsTitle(before) && after == "elect");
}

bool IsDescriptorBeforeName(std::string_view lower) {
  // "Democrat Ellen Marsh", "Republican Tom Gale", "Tory Ann Bell": a party member's.
  static const WordSet kParties = {"democrat", "republican", "tory", "conservative", "labour", "socialist",
                                   "speaker"};  // and a parliament's presiding officer: "NA Speaker Asad Qaiser"
  return IsTitle(lower) || IsRoleWord(lower) || kParties.count(lower) != 0 || IsJoinedDescriptor(lower);
}

bool IsPortfolioWord(std::string_view lower) {
  // Curated: not "Chief Executive of Orland Power", whose words after "of" are an organisation's name.
  static const WordSet kPortfolio = {
      "state",    "economy",  "finance",   "defense",   "defence",     "health",         "justice",  "interior",
      "foreign",  "affairs",  "home",      "labor",     "labour",      "energy",         "agriculture", "education",
      "transport", "transportation", "commerce", "treasury", "trade",  "industry",       "homeland", "security",
      "housing",  "environment", "culture", "tourism",  "communications", "information", "science",  "technology",
      "employment", "planning", "infrastructure", "veterans", "immigration", "public", "economic", "welfare",
      "development", "mines",  "petroleum", "fisheries", "budget",   "digital",        "works",    "resources"};
  return kPortfolio.count(lower) != 0;
}

size_t TitleWords(const std::vector<std::string>& words) {
  // "Prime Minister Henrik Sørlie", "District Judge Patricia Lomax", "Labour Secretary Helena
  // Strauss": everything up to the last title among the leading words, which leave a name of two.
  size_t first = 0;
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    const std::string lower = LowerAscii(words[i]);
    // "SDE Lauri Läänemets", "PML-N Shehbaz Sharif" ("the leader of SDE Lauri Läänemets"): a party's
    // or body's letters before a person's name of two words or more are its owner, no part of it.
    if (i == first && i + 2 < words.size() && IsLettersOfBody(words[i]) && !IsLettersOfBody(words[i + 1]) &&
        !LooksLikeOrganization(Join(words, i + 1, words.size()))) {
      first = i + 1;
      continue;
    }
    // "Minister of Commerce Li Jianguo", "Secretary of State Jane Doe": the title's portfolio. A
    // company's officer heads the company itself ("CEO of Tarrow Air Lines", "Chairman of Brell
    // Cloud"): what follows "of" there is the company's name, no portfolio and a person.
    static const WordSet kOfficers = {"ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "founder", "co-founder", "owner"};
    // "Minister for Foreign Affairs Ana Ruiz": "for" too, and every word of a portfolio (IsPortfolioWord).
    // ("Minister for Health Kellie Sloane": a portfolio that looks like a body's name, "Health …", is one.)
    if ((lower == "of" || lower == "for") && first == i && i > 0 && i + 3 < words.size() &&
        kOfficers.count(LowerAscii(words[i - 1])) == 0) {
      size_t name = i + 1;
      while (name + 3 < words.size() && IsPortfolioWord(LowerAscii(words[name])) && IsPortfolioWord(LowerAscii(words[name + 1]))) ++name;
      const bool portfolio = IsPortfolioWord(LowerAscii(words[name]));
      if (!LooksLikeOrganization(Join(words, portfolio ? name + 1 : i + 1, words.size()))) {
        first = name + 1;
        i = name;
        continue;
      }
    }
    // "American Dana Colvin", "Mexican Luis Ferraro": a nationality before a person's name of two
    // words or more ("Finn Russell" is a name; "American Medical Association" an organisation).
    if (i == first && i + 2 < words.size() && IsNationality(lower) && !LooksLikeOrganization(Join(words, i + 1, words.size()))) {
      first = i + 1;
      continue;
    }
    // (A party's word only before a person's name: "Labour Party" is no name "Party".)
    if (IsDescriptorBeforeName(lower) && (IsTitle(lower) || IsRoleWord(lower) || IsJoinedDescriptor(lower) ||
                                          !LooksLikeOrganization(Join(words, i + 1, words.size())))) {
      first = i + 1;
    } else if (!IsCommonCapitalizedWord(lower) && i >= first + 3) break;  // "San Diego City Councilmember …"
  }
  // "Chicago Federal Reserve Bank President Charles Evans": a title after its organisation's long
  // name, past where the loop above reads; the person is the two or three words after it.
  for (size_t t = words.size() < 3 ? 0 : words.size() - 2; t > first && t + 4 >= words.size(); --t) {
    if (!IsTitle(LowerAscii(words[t])) || t + 3 > words.size()) continue;
    const bool person = std::none_of(words.begin() + static_cast<std::ptrdiff_t>(t + 1), words.end(), [](const std::string& w) {
      return IsOrganizationHead(w) || w == "of" || w == "for" || w == "and" || w == "&";
    });
    if (person) first = t + 1;
    break;
  }
  while (first < words.size() && IsCommonCapitalizedWord(LowerAscii(words[first])) && !IsAcronymOfWord(words[first])) ++first;
  return first < words.size() ? first : 0;
}

bool LooksLikeOrganization(std::string_view name) {
  if (name.empty()) return false;
  if (static_cast<unsigned char>(name[0]) >= 0x80 && CodePoints(name) <= 12 && name.find(' ') == std::string_view::npos) {
    return IsHanOrganization(name);
  }
  if (IsNewsOutlet(name) || name.find('&') != std::string_view::npos || name.find(" of ") != std::string_view::npos) return true;
  // "IMF", "OPEC+", "NHS": a word in capitals alone is an organisation's acronym, never a person's name.
  if (name.size() >= 2 && std::all_of(name.begin(), name.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '+'; })) return true;
  // (Word by word in place: asked about nearly every name of both readings, where SplitWords made a
  // string of each word.)
  for (size_t from = 0; from < name.size();) {
    const size_t space = std::min(name.find(' ', from), name.size());
    const std::string_view word = name.substr(from, space - from);
    if (!word.empty() && (IsOrganizationHead(word) || IsMastheadWord(word))) return true;
    from = space + 1;
  }
  return false;
}

NameIndex::NameIndex(std::string_view text, std::vector<NameRun> runs, GrowingWordSet lowercase_words)
    : text_(text), runs_(std::move(runs)), lowercase_words_(std::move(lowercase_words)) {
  names_.reserve(runs_.size());
  for (NameRun& run : runs_) {
    std::vector<std::string> words;
    for (const ByteSpan& w : run.words) words.emplace_back(text_.substr(w.begin, w.end - w.begin));
    size_t first = TitleWords(words);
    // "Kelby manager Dean Whitlow", "club captain Major Tollis", "Ms. Dean Whitlow", "Kelby's Dean
    // Whitlow": after a role, a title or an owner written before the run, a capitalised title word
    // leaving one name word is a first name.
    if ((!run.roles.empty() || run.owned) && first >= 1 && first + 1 == words.size() && !IsHonorific(LowerAscii(words[first - 1]))) --first;
    for (size_t t = 0; t < first; ++t) run.roles.push_back(LowerAscii(words[t]));
    names_.emplace_back(words.begin() + static_cast<std::ptrdiff_t>(first), words.end());
    // "Minister of Trade" with no name after the portfolio: a title alone names no one.
    if (!names_.back().empty() && names_.back().front() == "of") names_.back().clear();
    if (run.organisation && !names_.back().empty()) described_organisations_.insert(Join(names_.back(), 0, names_.back().size()));
    if (names_.back().empty()) continue;
    // "Li Jianguo (李建国)": the name again in Han characters, in parentheses right after it.
    const size_t open = run.words.back().end;
    if (names_.back().size() >= 2 && text_.substr(open, 2) == " (") {
      const size_t close = text_.find(')', open + 2);
      const std::string_view han = close == std::string_view::npos ? std::string_view() : text_.substr(open + 2, close - open - 2);
      if (!han.empty() && static_cast<unsigned char>(han[0]) >= 0x80 && CodePoints(han) >= 2 && CodePoints(han) <= 4 &&
          han.find(' ') == std::string_view::npos) {
        other_script_.emplace(std::string(han), Join(names_.back(), 0, names_.back().size()));
      }
    }
  }
  {
    // Hashed by the words, each after its length (one key per name, and no two names alike), where
    // a tree of the word vectors compared them word by word and copied each new one.
    std::unordered_set<std::string> seen;
    std::string key;
    for (size_t r = 0; r < names_.size(); ++r) {
      key.clear();
      for (const std::string& word : names_[r]) key.append(std::to_string(word.size())).append(1, ':').append(word);
      if (seen.insert(key).second) distinct_names_.push_back(r);
    }
  }
  // "a Veltro spokeswoman said" describes "Veltro Sensors" too: its fullest name is an organisation,
  // when it starts with the name (a person's, "a Kovac spokesman" of "Helen Kovac", ends with it).
  std::vector<std::string> fullest;
  for (const std::string& name : described_organisations_) {
    std::string full = Fullest(name);
    if (full.compare(0, name.size(), name) == 0) fullest.push_back(std::move(full));
  }
  described_organisations_.insert(fullest.begin(), fullest.end());
  fullest_.clear();  // worked out before the organisations above were all known
  // Each person's pronoun, where the text gives one: every title, role and pronoun of its runs must
  // agree ("Ms Gallin" and "Gallin … She read" make "Teresa Gallin" 'f').
  std::map<std::string, std::pair<int, int>> votes;  // she, he
  for (size_t r = 0; r < runs_.size(); ++r) {
    if (names_[r].empty()) continue;
    int she = runs_[r].she, he = runs_[r].he;
    bool titled = false;
    for (const std::string& role : runs_[r].roles) {
      const char g = GenderOfTitle(role);
      she += g == 'f';
      he += g == 'm';
      titled = titled || g != '\0';
    }
    if (she == 0 && he == 0) continue;  // (a gendered title counts as one of them)
    const std::string fullest = Fullest(Join(names_[r], 0, names_[r].size()));  // not cheap: only when needed
    if (titled) titled_.insert(fullest);
    auto& [f, m] = votes[fullest];
    f += she;
    m += he;
  }
  for (const auto& [name, count] : votes) {
    if ((count.first == 0) != (count.second == 0)) genders_.emplace(name, count.first > 0 ? 'f' : 'm');
  }
}

char NameIndex::GenderOf(std::string_view fullest) const {
  auto it = genders_.find(fullest);
  return it == genders_.end() ? '\0' : it->second;
}

char GenderOfTitle(std::string_view lower) {
  static const WordSet female = {"ms", "mrs", "miss", "madam", "madame", "mme", "dame", "lady", "baroness", "duchess",
                                 "countess", "princess", "queen", "chairwoman", "spokeswoman",
                                 "congresswoman", "councilwoman", "businesswoman", "sportswoman", "alderwoman",
                                 "assemblywoman", "policewoman", "frontwoman", "stateswoman"};
  static const WordSet male = {"mr", "sir", "lord", "baron", "duke", "earl", "prince", "king", "chairman", "spokesman", "congressman", "councilman", "businessman", "sportsman",
                               "alderman", "assemblyman", "policeman", "frontman", "statesman"};
  if (female.count(lower) != 0) return 'f';
  if (male.count(lower) != 0) return 'm';
  return '\0';
}

namespace {
// What numbers and records show, never who says it (tests/labels/claims/RULES.md: a claim is a
// named actor's): "Projections say …", "Polls suggest …", "Figures showed …", lowercase.
bool IsEvidenceNoun(std::string_view lower) {
  static const WordSet words = {"projections", "projection", "polls", "poll", "polling", "surveys", "survey",
                                "figures", "forecasts", "numbers", "statistics", "stats", "results", "records",
                                "documents", "filings", "models", "findings", "tests", "readings", "indicators",
                                "analyses", "calculations", "simulations", "scenarios", "trends", "signs"};
  return words.count(lower) != 0;
}
}  // namespace

bool IsLettersOfBody(std::string_view word) {
  const size_t capitals = static_cast<size_t>(std::count_if(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; }));
  return capitals >= 2 && word.size() <= 8 && std::all_of(word.begin(), word.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '-'; });
}

bool IsAcronymOfWord(std::string_view word) {
  return word.size() >= 3 && word.size() <= 5 && std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool MayBeNameWord(std::string_view word, const GrowingWordSet& lowercase_words, bool surname) {
  if (IsNewsOutlet(word)) return true;
  const std::string lower = LowerAscii(word);
  if ((IsCommonCapitalizedWord(lower) && !IsAcronymOfWord(word)) || IsTitle(lower) || IsRoleWord(lower) || IsEvidenceNoun(lower)) return false;
  if (lowercase_words.count(lower) != 0) return false;
  // "Judges now understand": the plural of a word the text writes in lowercase
  if (lower.size() > 3 && lower.back() == 's' && lowercase_words.count(lower.substr(0, lower.size() - 1)) != 0) return false;
  return surname ? !IsDemonym(lower) : !IsPluralOfPeople(lower);
}

bool NameIndex::MayBeName(std::string_view word, bool surname) const { return MayBeNameWord(word, lowercase_words_, surname); }

bool IsDescription(std::string_view name) {
  const std::string_view last = name.substr(name.rfind(' ') + 1);
  return !last.empty() && last[0] >= 'a' && last[0] <= 'z' && !IsPrefixedName(last);
}

void NameIndex::AddSpeaker(std::string_view name) {
  if (name.empty() || name == kAnonymousSpeaker || IsDescription(name)) return;
  // "恒嘉地產方面表示": a Han name the text writes before 方面 (the side it speaks as) is an organisation's.
  const bool han_organisation =
      static_cast<unsigned char>(name[0]) >= 0x80 && text_.find(std::string(name) + "\xe6\x96\xb9\xe9\x9d\xa2") != std::string_view::npos;
  if (speakers_.insert(Fullest(name)).second) {
    // A Han name's fullest may be the new speaker's: FullestOf reads the speakers only for a name
    // with a byte outside ASCII (other_script_ maps only such names), so the fullest names of the
    // others stay as worked out. A new organisation changes what any name's may be.
    if (han_organisation) {
      fullest_.clear();
    } else {
      for (auto it = fullest_.begin(); it != fullest_.end();) {
        const bool ascii = std::all_of(it->first.begin(), it->first.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        it = ascii ? std::next(it) : fullest_.erase(it);
      }
    }
  }
  if (han_organisation) described_organisations_.insert(Fullest(name));
}

namespace {

// "Nuaimi" for "al-Nuaimi", "Sisi" for "el-Sisi": a surname without its lowercase prefix, or "".
std::string_view UnprefixedSurname(std::string_view surname) {
  const size_t hyphen = surname.find('-');
  if (hyphen == 0 || hyphen == std::string_view::npos || hyphen > 3 || hyphen + 1 >= surname.size()) return {};
  for (size_t k = 0; k < hyphen; ++k) {
    if (surname[k] < 'a' || surname[k] > 'z') return {};
  }
  return surname.substr(hyphen + 1);
}

// "Al-Naimi" opening a sentence is "al-Naimi": a prefixed surname whatever the case of its prefix.
bool SamePrefixedSurname(std::string_view a, std::string_view b) {
  if (a.size() != b.size() || a.empty() || a.substr(1) != b.substr(1) || UnprefixedSurname(LowerAscii(a)).empty()) return false;
  return std::tolower(static_cast<unsigned char>(a[0])) == std::tolower(static_cast<unsigned char>(b[0]));
}

// Letters with their stops: a country's or union's, or a person's initials, as written: "U.S.", "E.U.", "J.D.".
bool IsDottedLetters(std::string_view word) {
  if (word.size() < 4 || word.size() % 2 != 0) return false;
  for (size_t k = 0; k < word.size(); k += 2) {
    if (word[k] < 'A' || word[k] > 'Z' || word[k + 1] != '.') return false;
  }
  return true;
}

// Whether a name of two words or more opens with an organisation's short form in mixed case ("BoE
// Bailey", "BoJ Ueda"): two capitals or more in a short word followed by a word in lowercase letters.
bool IsAcronymBefore(const std::vector<std::string>& name) {
  if (name.size() < 2 || name.front().size() > 4) return false;
  const std::string& first = name.front();
  if (IsDottedLetters(first)) return false;  // "J.D. Vance": a person's initials
  const auto capitals = std::count_if(first.begin(), first.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  const bool second_lower = std::any_of(name[1].begin(), name[1].end(), [](char c) { return c >= 'a' && c <= 'z'; });
  return capitals >= 2 && static_cast<size_t>(capitals) < first.size() && second_lower;
}

// How many words of a person's name come before a generational suffix: 3 of "Robert F. Kennedy Jr",
// whose surname is "Kennedy".
size_t WordsBeforeSuffix(const std::vector<std::string>& name) {
  const bool suffixed = name.size() > 2 && IsGenerationalSuffix(LowerAscii(name.back()));
  return suffixed ? name.size() - 1 : name.size();
}

}  // namespace

std::string NameIndex::Fullest(std::string_view name) const {
  std::string key(name);
  if (auto known = fullest_.find(key); known != fullest_.end()) return known->second;
  std::string fullest = FullestOf(name);
  fullest_.emplace(std::move(key), fullest);
  return fullest;
}

std::string NameIndex::FullestOf(std::string_view name) const {
  if (IsDescription(name)) return std::string(name);
  if (auto other = other_script_.find(name); other != other_script_.end()) name = other->second;
  if (!name.empty() && static_cast<unsigned char>(name[0]) >= 0x80 && IsHanOrganization(name)) {
    // "衛生局" after "台南市衛生局": the longest speaker that ends with it.
    std::string_view best = name;
    for (const std::string& speaker : speakers_) {
      if (speaker.size() > best.size() && EndsWith(speaker, name)) best = speaker;
    }
    return std::string(best);
  }
  std::vector<std::string> words = SplitWords(name);
  while (words.size() > 1 && (words.front() == "The" || words.front() == "the" || IsJoinedDescriptor(LowerAscii(words.front())))) {
    words.erase(words.begin());  // "Zurich-based Larch Capital": Larch Capital
  }
  if (!LooksLikeOrganization(name)) words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(TitleWords(words)));
  if (IsAcronymBefore(words)) words.erase(words.begin());  // "BoK Tarrow warns": Tarrow
  if (words.empty()) return std::string(name);
  // "Commerce Li Jianguo" read out of "Minister of Commerce Li Jianguo": the name that run leaves
  // once its titles are dropped.
  for (size_t r = 0; r < runs_.size(); ++r) {
    const std::vector<std::string>& stripped = names_[r];
    const std::vector<ByteSpan>& raw = runs_[r].words;
    if (stripped.size() < 2 || stripped.size() >= words.size() || raw.size() < words.size()) continue;
    if (!std::equal(stripped.begin(), stripped.end(), words.end() - static_cast<std::ptrdiff_t>(stripped.size()))) continue;
    bool ends = true;
    for (size_t k = 0; k < words.size() && ends; ++k) {
      const ByteSpan& w = raw[raw.size() - words.size() + k];
      ends = text_.substr(w.begin, w.end - w.begin) == words[k];
    }
    if (ends) {
      words = stripped;
      break;
    }
  }
  const std::string given = Join(words, 0, words.size());
  if (IsNewsOutlet(given)) return given;
  // "President Biden" and "the Biden White House": a word a person's title or name ends with is a
  // surname, never the first word of another name ("Sam" of "Sam Okafor", "Velora" of "Velora
  // Systems" are).
  bool surname = false;
  for (size_t r = 0; r < runs_.size() && words.size() == 1 && !surname; ++r) {
    const std::vector<std::string>& run = names_[r];
    surname = (run == words && !runs_[r].roles.empty() && !LooksLikeOrganization(words.front())) ||
              (run.size() >= 2 && run.back() == words.front() && !LooksLikeOrganization(Join(run, 0, run.size())));
  }
  // Where the body first writes a name as a run of its own (its titles dropped), or npos: a
  // headline's line shortens names ("… for Dutch sensor maker Veltro" over "Veltro Sensors").
  const auto first_at = [&](const std::vector<std::string>& name) {
    const size_t line = text_.find('\n'), body = line == std::string_view::npos ? 0 : line;
    size_t at = std::string_view::npos;
    for (size_t r = 0; r < runs_.size(); ++r) {
      if (names_[r] == name && runs_[r].words.front().begin >= body) at = std::min(at, runs_[r].words.front().begin);
    }
    return at;
  };
  const std::vector<std::string>* best = nullptr;
  for (const size_t c : distinct_names_) {
    const std::vector<std::string>& candidate = names_[c];
    if (candidate.size() <= words.size() || (best != nullptr && candidate.size() <= best->size())) continue;
    // "BoE Bailey" in a headline is the bank's Bailey, not a first name: "Andrew Bailey" is his name.
    if (words.size() == 1 && IsAcronymBefore(candidate)) continue;
    const auto surname_end = candidate.begin() + static_cast<std::ptrdiff_t>(WordsBeforeSuffix(candidate));
    const bool ends = std::equal(words.begin(), words.end(), candidate.end() - static_cast<std::ptrdiff_t>(words.size())) ||
                      (surname_end - candidate.begin() > static_cast<std::ptrdiff_t>(words.size()) &&
                       std::equal(words.begin(), words.end(), surname_end - static_cast<std::ptrdiff_t>(words.size()))) ||
                      (words.size() == 1 && (UnprefixedSurname(candidate.back()) == words.front() ||
                                             SamePrefixedSurname(candidate.back(), words.front())));
    // "Office of Grain Safety" after "the U.S. Office of Grain Safety": a country's dotted letters
    // open an organisation's fullest name (CollectNames keeps them in its run).
    const bool lettered = candidate.size() == words.size() + 1 && IsDottedLetters(candidate.front()) &&
                          std::equal(words.begin(), words.end(), candidate.begin() + 1) && LooksLikeOrganization(given);
    const bool starts = std::equal(words.begin(), words.end(), candidate.begin()) || lettered;
    // A name is a person's when no head word makes it an organisation's; "of" and "&" join only
    // organisations' names, so a surname never stands for one.
    if (ends && !LooksLikeOrganization(Join(candidate, 0, candidate.size()))) best = &candidate;
    // "OPEC" is no short form of "OPEC Plus": an acronym names a body of its own, folded only into a
    // longer name that ends as an organisation's does ("HSBC Holdings").
    const bool acronym = words.size() == 1 && words.front().size() >= 2 &&
                         std::all_of(words.front().begin(), words.front().end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (starts && acronym && !IsOrganizationHead(candidate.back()) && !IsLegalSuffix(LowerAscii(candidate.back()))) continue;
    // "Velmora said …. The Velmora Cloud outage …": a word the text wrote alone before the longer
    // name that starts with it names something of its own, and the longer name, no organisation's by
    // its words, is its product; a short form comes after the full name ("Velora Systems … Velora").
    // (A word described as an organisation's, "a Veltro spokeswoman", is short for its full name.)
    const bool product = starts && words.size() == 1 && described_organisations_.count(words.front()) == 0 &&
                         !LooksLikeOrganization(Join(candidate, 0, candidate.size())) && first_at(words) < first_at(candidate);
    if (starts && !product && (words.size() > 1 || (candidate.size() <= 4 && !surname))) best = &candidate;
    if (words.size() == 1 && IsInitialsOf(words.front(), candidate)) best = &candidate;  // "ONS"
  }
  std::vector<std::string> fullest = best == nullptr ? words : *best;
  // "Acme Inc said …. Acme said …": a legal suffix the text drops elsewhere is not part of the name.
  if (fullest.size() >= 2 && IsLegalSuffix(LowerAscii(fullest.back())) &&
      std::any_of(names_.begin(), names_.end(), [&](const std::vector<std::string>& other) {
        return other.size() + 1 == fullest.size() && std::equal(other.begin(), other.end(), fullest.begin());
      })) {
    fullest.pop_back();
  }
  return Join(fullest, 0, fullest.size());
}

bool IsPluralOfPeopleWord(std::string_view lower) { return IsPluralOfPeople(lower); }

bool IsNationality(std::string_view lower) { return IsDemonym(lower) || (IsPluralOfPeople(lower) && lower.back() != 's'); }

namespace {

// A country's or region's name of two words, by its first ("South Africa", "New Zealand", "Saudi
// Arabia", "Hong Kong", "Sri Lanka"): a team or a state in a sports or politics page, never a person,
// whose words no first name is. As written: asked of every mention's name.
bool IsPlaceOfTwoWords(std::string_view name) {
  static const WordSet kFirstWords = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
                                      "New", "Central", "Saudi", "Hong", "Sri", "United", "Great"};
  const size_t space = name.find(' ');
  return space != std::string_view::npos && name.find(' ', space + 1) == std::string_view::npos &&
         kFirstWords.count(name.substr(0, space)) != 0;
}

}  // namespace

ActorKind NameIndex::KindOf(std::string_view fullest) const {
  return LooksLikeOrganization(fullest) || described_organisations_.count(fullest) != 0 || IsPlaceOfTwoWords(fullest)
             ? ActorKind::kOrganization
             : ActorKind::kPerson;
}

namespace {

// A title as "the …" writes it out: "gov" (of "Gov. Gavin Newsom") is "governor".
std::string_view SpelledOutTitle(std::string_view lower) {
  static const std::map<std::string_view, std::string_view> kShort = {
      {"gov", "governor"},  {"sen", "senator"},   {"rep", "representative"}, {"gen", "general"},
      {"supt", "superintendent"}, {"capt", "captain"}, {"sgt", "sergeant"}, {"lt", "lieutenant"},
      {"col", "colonel"},   {"det", "detective"}, {"insp", "inspector"},     {"prof", "professor"},
      {"pres", "president"}, {"atty", "attorney"}, {"cmdr", "commander"}};
  auto it = kShort.find(lower);
  return it == kShort.end() ? lower : it->second;
}

}  // namespace

std::optional<std::string> NameIndex::ByRole(std::string_view lower_role) const {
  std::optional<std::string> found;
  for (size_t r = 0; r < runs_.size(); ++r) {
    if (names_[r].empty()) continue;
    const std::vector<std::string>& roles = runs_[r].roles;
    if (std::none_of(roles.begin(), roles.end(), [&](const std::string& role) { return SpelledOutTitle(role) == lower_role; })) continue;
    const std::string name = Join(names_[r], 0, names_[r].size());
    const std::string fullest = Fullest(name);
    if (speakers_.count(fullest) == 0) continue;
    if (found && *found != fullest) return std::nullopt;  // two people hold the role: no telling which
    found = fullest;
  }
  return found;
}

std::vector<ActorMention> NameIndex::Mentions() const {
  // Each speaker's forms: the fullest name, a person's surname and first name, an organisation's
  // first word ("Velora" for "Velora Systems"), unless two speakers share the form.
  std::map<std::string, std::string, std::less<>> forms;
  std::set<std::string> shared;
  auto add = [&](const std::string& form, const std::string& fullest) {
    auto [it, inserted] = forms.emplace(form, fullest);
    if (!inserted && it->second != fullest) shared.insert(form);
  };
  for (const std::string& fullest : speakers_) {
    add(fullest, fullest);
    const std::vector<std::string> words = SplitWords(fullest);
    if (words.size() < 2) continue;
    const bool organization = KindOf(fullest) == ActorKind::kOrganization;
    if (!organization) add(words[WordsBeforeSuffix(words) - 1], fullest);
    if (!organization && !UnprefixedSurname(words.back()).empty()) {
      add(std::string(UnprefixedSurname(words.back())), fullest);
      std::string capitalised = words.back();  // "Al-Naimi" opening a sentence
      capitalised[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(capitalised[0])));
      add(capitalised, fullest);
    }
    if (!IsCommonCapitalizedWord(LowerAscii(words.front())) && !IsOrganizationHead(words.front()) && MayBeName(words.front())) {
      add(words.front(), fullest);
    }
  }
  // Organisations named in full are mentions whether or not they spoke: "the company" and "a
  // company spokesperson" stand for the one last named.
  for (const std::vector<std::string>& name : names_) {
    if (name.size() < 2) continue;
    const std::string full = Join(name, 0, name.size());
    if (LooksLikeOrganization(full)) forms.emplace(full, full);
  }
  for (const std::string& form : shared) forms.erase(form);

  std::vector<ActorMention> mentions;
  for (const NameRun& run : runs_) {
    for (size_t j = 0; j < run.words.size();) {
      size_t matched = 0;
      for (size_t k = run.words.size(); k > j; --k) {
        std::string_view form = text_.substr(run.words[j].begin, run.words[k - 1].end - run.words[j].begin);
        // "Kennedy, Jr": a suffix after a comma (CollectNames) is looked up as the words the form joins.
        std::string joined;
        if (k - j >= 2 && text_[run.words[k - 2].end] == ',') {
          for (size_t w = j; w < k; ++w) joined.append(w > j ? " " : "").append(text_.substr(run.words[w].begin, run.words[w].end - run.words[w].begin));
          form = joined;
        }
        auto it = forms.find(form);
        if (it == forms.end()) continue;
        mentions.push_back({"", it->second, {run.words[j].begin, run.words[k - 1].end}});
        matched = k - j;
        break;
      }
      j += matched == 0 ? 1 : matched;
    }
  }
  // Han names are found wherever their bytes stand, and so is a speaker's name in another script
  // (except in the parentheses that give it).
  std::vector<std::pair<std::string_view, std::string>> han_forms;
  for (const std::string& fullest : speakers_) {
    if (!fullest.empty() && static_cast<unsigned char>(fullest[0]) >= 0x80) han_forms.emplace_back(fullest, fullest);
  }
  for (const auto& [han, name] : other_script_) {
    if (speakers_.count(Fullest(name)) != 0) han_forms.emplace_back(han, Fullest(name));
  }
  // "魏哲家幽默說", "李進勇晚間表示": a speaker phrase that is another speaker's name with two or more
  // characters of manner or time after it is that name; the words after it are not a name.
  han_forms.erase(std::remove_if(han_forms.begin(), han_forms.end(), [&](const auto& form) {
                    if (LooksLikeOrganization(form.first)) return false;
                    return std::any_of(han_forms.begin(), han_forms.end(), [&](const auto& shorter) {
                      return shorter.first.size() + 6 <= form.first.size() && StartsWith(form.first, shorter.first) &&
                             CodePoints(shorter.first) >= 2;
                    });
                  }),
                  han_forms.end());
  std::vector<ActorMention> han;
  for (const auto& [form, fullest] : han_forms) {
    for (size_t at = text_.find(form); at != std::string_view::npos; at = text_.find(form, at + form.size())) {
      if (at > 0 && text_[at - 1] == '(' && fullest != form) continue;
      han.push_back({"", Fullest(fullest), {at, at + form.size()}});
    }
  }
  // A short form inside a longer one's bytes ("衛生局" in "台南市衛生局") is part of that mention.
  std::sort(han.begin(), han.end(), [](const ActorMention& a, const ActorMention& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end > b.span.end;
  });
  size_t covered = 0;
  for (ActorMention& m : han) {
    if (m.span.begin < covered) continue;
    covered = m.span.end;
    mentions.push_back(std::move(m));
  }
  std::sort(mentions.begin(), mentions.end(),
            [](const ActorMention& a, const ActorMention& b) { return a.span.begin < b.span.begin; });
  return mentions;
}

namespace {

// The length of `phrase` without the words of `endings` that end it, as many as stand there.
size_t WithoutEndings(std::string_view phrase, const std::vector<std::string_view>& endings, size_t keep = 1) {
  size_t end = phrase.size();
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (std::string_view ending : endings) {
      if (end >= ending.size() + keep && EndsWith(phrase.substr(0, end), ending)) {
        end -= ending.size();
        trimmed = true;
      }
    }
  }
  return end;
}

}  // namespace

// The length of a Han phrase without the officer titles that end it ("该委相关负责人" → "该委").
size_t WithoutOfficer(std::string_view phrase) {
  static const std::vector<std::string_view> kQualifiers = {"相关", "相關", "有关", "有關", "新闻", "新聞"};
  size_t owner = phrase.size();
  for (size_t before = 0; before != owner;) {
    before = owner;
    owner = WithoutEndings(phrase.substr(0, owner), HanTitles());
    owner = WithoutEndings(phrase.substr(0, owner), kQualifiers);
  }
  return owner;
}

namespace {

// 日, 月, 时, 時, 分, 点, 點: the digits before it are a date or a time of day.
bool IsDateOrTimeWord(std::string_view han) {
  for (std::string_view word : {"日", "月", "时", "時", "分", "点", "點"}) {
    if (han == word) return true;
  }
  return false;
}

// The length of a Han phrase without a date or a time of day in digits that ends it ("陳肇始2日" →
// "陳肇始"); the phrase whole when nothing stands before the date.
size_t WithoutDateAtEnd(std::string_view phrase) {
  if (phrase.size() < 3 || !IsDateOrTimeWord(phrase.substr(phrase.size() - 3))) return phrase.size();
  size_t digits = phrase.size() - 3;
  while (digits > 0 && phrase[digits - 1] >= '0' && phrase[digits - 1] <= '9') --digits;
  return digits < phrase.size() - 3 && digits > 0 ? digits : phrase.size();
}

// Whether a broadcaster's programme or column is named by `word` (节目, 栏目): what it says is the
// broadcaster's.
bool IsProgramme(std::string_view word) {
  return word == "节目" || word == "節目" || word == "栏目" || word == "欄目";
}

// Whether `after` (what follows a title in book marks inside a speaker phrase) opens with the
// interview, report or column the words were said in (接受《联合早报》访问时, 在《…》报告中).
bool OpensWithMedium(std::string_view after) {
  for (std::string_view medium : {"访问", "訪問", "采访", "採訪", "专访", "專訪", "报告", "報告", "专栏", "專欄", "节目", "節目"}) {
    if (StartsWith(after, medium)) return true;
  }
  return false;
}

// The length of a Han phrase without the trailers that end it ("陳文雄則" → "陳文雄").
size_t WithoutTrailers(std::string_view phrase) { return WithoutEndings(phrase, HanTrailers()); }

// The verbs of learning from a source: 记者从交通部获悉, 从知情人士处了解到.
constexpr std::string_view kLearned[] = {"获悉", "獲悉", "了解到", "得知", "获知", "獲知", "证实", "證實"};

// The characters before 在 that make it part of a word (现在 "now", 正在, 存在, 实在, 所在, 自在, 不在).
constexpr std::string_view kNotWhere[] = {"现", "現", "正", "存", "实", "實", "所", "自", "不"};


// Where a clause saying on what or when a speaker spoke begins in a speaker phrase (after a name of
// two characters at least), or 0: 就 ("on", 陆慷就此案答记者问时), or an act ending in 时/時 ("when":
// 李進勇舉行記者會時, 王立接受采访时).
size_t WhenOrOnWhatClause(std::string_view phrase) {
  constexpr size_t kName = 6;  // two Han characters
  const size_t on = phrase.find("就", kName);
  if (on != std::string_view::npos && phrase.substr(on, 6) != "就此") return on;
  // 时 ("when") or 后 ("after": "柯明德投票後受訪時說", the 受訪時 trimmed before).
  if (!EndsWith(phrase, "时") && !EndsWith(phrase, "時") && !EndsWith(phrase, "后") && !EndsWith(phrase, "後")) return 0;
  size_t first = 0;
  for (std::string_view act : {"接受", "出席", "举行", "舉行", "回答", "答记者", "答記者", "会见", "會見", "参加", "參加", "投票",
                               "谈及", "談及", "谈到", "談到", "被问及", "被問及", "回应", "回應", "访问", "訪問",
                               "视察", "視察", "考察", "主持", "召开", "召開", "发表", "發表", "出访", "出訪",
                               "解读", "解讀",
                               // 艾利臣完成轉會後說: after an act done.
                               "完成"}) {
    const size_t at = phrase.find(act, kName);
    if (at != std::string_view::npos && (first == 0 || at < first)) first = at;
  }
  return first;
}

// The title inside book marks that ends right before byte `at` ("《新京报》"), within the sentence.
std::optional<ByteSpan> BookTitleBefore(std::string_view text, size_t sentence_begin, size_t at) {
  constexpr std::string_view kClose = "\xe3\x80\x8b";  // 》
  constexpr std::string_view kOpen = "\xe3\x80\x8a";   // 《
  if (at < sentence_begin + kClose.size() || text.substr(at - kClose.size(), kClose.size()) != kClose) return std::nullopt;
  const size_t close = at - kClose.size();
  const size_t open = text.rfind(kOpen, close);
  if (open == std::string_view::npos || open < sentence_begin || close - open > 60) return std::nullopt;
  const size_t begin = open + kOpen.size();
  if (close <= begin || text.substr(begin, close - begin).find(kClose) != std::string_view::npos) return std::nullopt;
  return ByteSpan{begin, close};
}

// The name inside corner brackets that ends right before byte `at` ("「路透社」"), within the sentence.
std::optional<ByteSpan> CornerBracketedBefore(std::string_view text, size_t sentence_begin, size_t at) {
  constexpr std::string_view kClose = "\xe3\x80\x8d";  // 」
  constexpr std::string_view kOpen = "\xe3\x80\x8c";   // 「
  if (at < sentence_begin + kClose.size() || text.substr(at - kClose.size(), kClose.size()) != kClose) return std::nullopt;
  const size_t close = at - kClose.size();
  const size_t open = text.rfind(kOpen, close);
  if (open == std::string_view::npos || open < sentence_begin || close - open > 40) return std::nullopt;
  return ByteSpan{open + kOpen.size(), close};
}

// Whether a Han name is a foreign one written with a middle dot ("爱德华多·桑坦德").
bool IsDottedName(std::string_view name) {
  return name.find("\xc2\xb7") != std::string_view::npos || name.find("\xe2\x80\xa7") != std::string_view::npos ||
         name.find("\xe3\x83\xbb") != std::string_view::npos;
}

// Whether the words after a title can be a person's name: two to four characters, or a foreign
// name spelled out in Han with no dot as Malaysian, Singaporean and Hong Kong papers write them
// ("看守總理伊斯邁爾沙布里", "新援洛迪卡斯簡迪"), up to eight with no word of grammar in it; up to
// twelve with a middle dot.
bool NameAfterTitle(std::string_view name) {
  const size_t length = CodePoints(name);
  if (length < 2) return false;
  if (IsDottedName(name)) return length <= 12;
  if (length <= 4) return true;
  static constexpr std::string_view kGrammar[] = {"的", "是", "了", "和", "与", "與", "在", "于", "於", "这", "這", "那",
                                                  "有", "我", "将", "將", "也", "都", "就", "对", "對", "向", "从", "從"};
  return length <= 8 && std::none_of(std::begin(kGrammar), std::end(kGrammar), [&](std::string_view w) { return name.find(w) != std::string_view::npos; });
}

}  // namespace

size_t ParenthesisOpening(std::string_view text, size_t floor, size_t end) {
  constexpr size_t kLongestAside = 64;
  for (auto [close, open] : {std::pair<std::string_view, std::string_view>{")", "("}, {"\xef\xbc\x89", "\xef\xbc\x88"}}) {
    if (end < floor + close.size() || text.substr(end - close.size(), close.size()) != close) continue;
    const size_t at = text.rfind(open, end - close.size());
    if (at == std::string_view::npos || at <= floor || end - at > kLongestAside) return std::string_view::npos;
    if (text.substr(at, end - at).find('\n') != std::string_view::npos) return std::string_view::npos;
    return at;
  }
  return std::string_view::npos;
}

// Where a person's name of two to four characters begins after the last title of `phrase`
// ("该会规划发展部主任邓宇" → at 邓宇), or 0.
size_t HanNameAfterTitle(std::string_view phrase) {
  size_t name = 0;
  for (std::string_view title : HanTitles()) {
    for (size_t at = phrase.find(title); at != std::string_view::npos; at = phrase.find(title, at + 1)) {
      const std::string_view next = phrase.substr(at + title.size(), 3);
      if (next == "会" || next == "會") continue;  // 委员会, 理事會: the body, not its member
      name = std::max(name, at + title.size());
    }
  }
  return name > 0 && NameAfterTitle(phrase.substr(name)) ? name : 0;
}

std::optional<HanTitleHolder> HanTitleHolderBefore(std::string_view text, size_t clause, size_t verb) {
  std::string_view phrase = text.substr(clause, verb - clause);
  phrase = phrase.substr(0, WithoutTrailers(phrase));
  // "法官于判词指", "法官在判詞中指出": where it was said, after who; "法官判刑時提到": when.
  for (std::string_view where : {"于", "於", "在"}) {
    if (const size_t at = phrase.find(where); at != std::string_view::npos && at > 0) phrase = phrase.substr(0, at);
  }
  if (EndsWith(phrase, "時") || EndsWith(phrase, "时")) {
    for (std::string_view title : HanTitles()) {
      if (StartsWith(phrase, title) && phrase.size() - title.size() <= 15) phrase = phrase.substr(0, title.size());
    }
  }
  phrase = phrase.substr(0, WithoutTrailers(phrase));
  const std::vector<std::string_view>& titles = HanTitles();
  // 记者, 主持人: the text's own reporter and host ask; they are no source.
  if (std::find(titles.begin(), titles.end(), phrase) == titles.end() || phrase == "记者" || phrase == "記者" || phrase == "主持人") {
    return std::nullopt;
  }
  // Words that follow a two-character name and would make a third character of it: 法官王立表示,
  // 部長林明今天說.
  static constexpr std::string_view kAfterName[] = {"在", "于", "於", "的", "和", "及", "与", "與", "今", "昨", "则", "則",
                                                    "也", "亦", "曾", "又", "还", "還", "已", "将", "將", "对", "對", "向",
                                                    "等", "早", "日", "表", "认", "認", "称", "稱", "说", "說", "指"};
  constexpr size_t kReach = 3000;  // about a thousand characters back
  const auto han = [&](size_t at) {
    const auto lead = at < text.size() ? static_cast<unsigned char>(text[at]) : 0;
    return lead >= 0xE4 && lead <= 0xE9;
  };
  for (size_t at = clause > 0 ? text.rfind(phrase, clause - 1) : std::string_view::npos;
       at != std::string_view::npos && at + kReach >= clause; at = at > 0 ? text.rfind(phrase, at - 1) : std::string_view::npos) {
    const size_t name = at + phrase.size();
    if (!han(name) || !han(name + 3)) continue;
    const bool third = han(name + 6) && HanReportingVerbAt(text, name + 6) == 0 &&
                       std::none_of(std::begin(kAfterName), std::end(kAfterName), [&](std::string_view w) { return text.substr(name + 6, 3) == w; });
    const size_t length = third ? 9 : 6;
    if (HanPersonNameAtEnd(text.substr(at, phrase.size() + length)) == phrase.size()) {
      return HanTitleHolder{{name, name + length}, {clause, clause + phrase.size()}};
    }
  }
  return std::nullopt;
}

std::optional<HanSpeaker> HanSpeakerBefore(std::string_view text, size_t sentence_begin, size_t verb) {
  // "水利署昨(12)日表示", "周志明昨（27）日強調", "厚生勞動省今(8)日再表示": a date in parentheses
  // (ASCII or full-width) before the verb and its trailers.
  if (const size_t dated = sentence_begin + WithoutTrailers(text.substr(sentence_begin, verb - sentence_begin));
      dated >= sentence_begin + 6 && text.substr(dated - 3, 3) == "日") {
    if (const size_t open = ParenthesisOpening(text, sentence_begin, dated - 3); open != std::string_view::npos && dated - 3 - open <= 9) {
      verb = open;
    }
  }
  // "黃小姐(化名)則說", "发言人今日(八月二十七日)表示", "李明(音译)表示": an aside in parentheses after
  // who speaks (past the trailers after it) says nothing of who.
  const size_t aside_end = sentence_begin + WithoutTrailers(text.substr(sentence_begin, verb - sentence_begin));
  if (const size_t open = ParenthesisOpening(text, sentence_begin, aside_end); open != std::string_view::npos) verb = open;
  // Back over Han characters to a punctuation mark, a space or the sentence's start.
  size_t begin = verb;
  for (size_t count = 0; begin > sentence_begin && count < 40; ++count) {
    int32_t i = static_cast<int32_t>(begin);
    UChar32 c;
    U8_PREV(text.data(), static_cast<int32_t>(sentence_begin), i, c);
    // "台南市衛生局11日表示": a date's digits inside the phrase, before 日 or 月.
    // "在介绍2022年业绩指引时": a year too.
    const bool date_digit = c >= '0' && c <= '9' &&
                            (IsDateOrTimeWord(text.substr(begin, 3)) || text.substr(begin, 3) == "年" || (text[begin] >= '0' && text[begin] <= '9'));
    // "爱德华多·桑坦德": a foreign name's parts joined by a middle dot, Han on both sides.
    bool name_dot = false;
    if ((c == 0xB7 || c == 0x2027 || c == 0x30FB) && begin < verb && i > static_cast<int32_t>(sentence_begin)) {
      int32_t j = i;
      UChar32 before;
      U8_PREV(text.data(), static_cast<int32_t>(sentence_begin), j, before);
      name_dot = before >= 0 && IsUnspacedScript(before);
    }
    // "顺丰控股(002352.SZ)在…时表示", "腾讯控股（00700.HK）公告称": a stock code in parentheses (no Han
    // in it: a dateline's "(记者 邱敏)" ends the phrase) inside the phrase, after a Han name; it is cut
    // from the name below.
    if ((c == ')' || c == 0xFF09) && begin < verb) {
      size_t open = ParenthesisOpening(text, sentence_begin, begin);
      if (open != std::string_view::npos) {
        const std::string_view code = text.substr(open, begin - open);
        const size_t inner = code.substr(0, 1) == "(" ? 1 : 3;
        const size_t outer = c == ')' ? 1 : 3;
        for (size_t k = inner; k + outer < code.size(); ++k) {
          if (static_cast<unsigned char>(code[k]) >= 0x80) open = std::string_view::npos;
        }
      }
      int32_t j = static_cast<int32_t>(open);
      UChar32 before = -1;
      if (open != std::string_view::npos && open > sentence_begin) U8_PREV(text.data(), static_cast<int32_t>(sentence_begin), j, before);
      if (before >= 0 && IsUnspacedScript(before)) {
        begin = open;
        continue;
      }
    }
    // "高福在一个主题为“……”的论坛上介绍": words quoted inside the phrase (the mark opens right after a
    // Han character, on the same line, and 的 follows it) name where it was said; the phrase goes on
    // before them. ("據“中選會”中央選情中心統計": a name in marks stays out.)
    if ((c == 0x201D || c == 0x300D) && begin < verb && (text.substr(begin, 3) == "\xe7\x9a\x84" || IsProgramme(text.substr(begin, 6)))) {  // 的
      constexpr size_t kLongestQuoted = 120;  // forty characters
      const size_t open = text.rfind(c == 0x201D ? "\xe2\x80\x9c" : "\xe3\x80\x8c", static_cast<size_t>(i));
      int32_t j = static_cast<int32_t>(open);
      UChar32 before = -1;
      if (open != std::string_view::npos && open > sentence_begin && static_cast<size_t>(i) - open <= kLongestQuoted &&
          text.substr(open, static_cast<size_t>(i) - open).find('\n') == std::string_view::npos) {
        U8_PREV(text.data(), static_cast<int32_t>(sentence_begin), j, before);
      }
      if (before >= 0 && IsUnspacedScript(before)) {
        begin = open;
        continue;
      }
    }
    // "蔡耀辉接受《联合早报》访问时说", "何佩华在《新加坡电力市场》报告中指出": a publication in book marks
    // and the interview or report it was said in; the phrase goes on before them.
    if (c == 0x300B && begin < verb && OpensWithMedium(text.substr(begin, verb - begin))) {  // 》
      const size_t open = text.rfind("\xe3\x80\x8a", static_cast<size_t>(i));                 // 《
      int32_t j = static_cast<int32_t>(open);
      UChar32 before = -1;
      if (open != std::string_view::npos && open > sentence_begin && static_cast<size_t>(i) - open <= 60) {
        U8_PREV(text.data(), static_cast<int32_t>(sentence_begin), j, before);
      }
      if (before >= 0 && IsUnspacedScript(before)) {
        begin = open;
        continue;
      }
    }
    // "SMRT说", "OpenAI表示": a name in Latin letters inside the Han phrase (a space ends it, as
    // English text around the Han does).
    const bool latin = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (c < 0 || (!IsUnspacedScript(c) && !date_digit && !name_dot && !latin)) break;
    begin = static_cast<size_t>(i);
  }
  const size_t digits_from = begin;
  while (begin < verb && text[begin] >= '0' && text[begin] <= '9') ++begin;  // a date that opens the phrase
  // "内地31个省份都发现疫情": a count's measure word after its digits opens no name.
  static constexpr std::string_view kMeasureWords[] = {"个", "個", "名", "位", "家", "座", "条", "條", "项", "項", "间", "間", "批"};
  const bool after_digits = begin > digits_from || (begin > sentence_begin && text[begin - 1] >= '0' && text[begin - 1] <= '9');
  if (after_digits && std::any_of(std::begin(kMeasureWords), std::end(kMeasureWords),
                                         [&](std::string_view w) { return text.substr(begin, w.size()) == w; })) {
    return std::nullopt;
  }
  // "据《江城晚报》报道", "《新京报》最近也披露": a title in book marks, with nothing but trailers
  // after it, is the publication that speaks.
  if (const std::optional<ByteSpan> title = BookTitleBefore(text, sentence_begin, begin);
      title && WithoutEndings(text.substr(begin, verb - begin), HanTrailers(), 0) == 0) {
    return HanSpeaker{*title, false};
  }
  // "「路透社」報導", "「亞洲新聞台」(CNA)報導": an outlet in corner brackets, as Taiwan's pages set
  // off a source's name, with nothing but trailers after it.
  if (const std::optional<ByteSpan> name = CornerBracketedBefore(text, sentence_begin, begin);
      name && WithoutEndings(text.substr(begin, verb - begin), HanTrailers(), 0) == 0 &&
      IsNewsOutlet(text.substr(name->begin, name->end - name->begin))) {
    return HanSpeaker{*name, false};
  }
  size_t end = verb;
  // "根據南投縣選委會的統計,", "按照气象台的预测,": the verb is a noun there, and whose it is stands before 的.
  if (end >= begin + 9 && text.substr(end - 3, 3) == "\xe7\x9a\x84") end -= 3;  // 的
  for (bool changed = true; changed && end > begin;) {
    changed = false;
    // "陆慷22日就此事答记者问时", "李進勇舉行記者會時": on what or when it was said, not who (read
    // before the trailers, whose 會後 would cut "艾利臣完成轉會後" short).
    if (const size_t clause = WhenOrOnWhatClause(text.substr(begin, end - begin)); clause > 0) {
      end = begin + clause;
      changed = true;
    }
    for (std::string_view trailer : HanTrailers()) {
      if (EndsWith(text.substr(begin, end - begin), trailer) && end - trailer.size() > begin) {
        end -= trailer.size();
        changed = true;
      }
    }
    // A date or a time: "27日", "3月5日", "晚間10時30分".
    if (const size_t dated = WithoutDateAtEnd(text.substr(begin, end - begin)); dated < end - begin) {
      end = begin + dated;
      changed = true;
    }
    // "北京电视台“天天体育”节目报道": the programme, named in marks, is the broadcaster's.
    if (IsProgramme(text.substr(end - std::min<size_t>(end - begin, 6), std::min<size_t>(end - begin, 6)))) {
      const std::string_view phrase = text.substr(begin, end - 6 - begin);
      size_t open = std::string_view::npos;
      for (std::string_view mark : {"\xe2\x80\x9c", "\xe3\x80\x8c", "\xe3\x80\x8a"}) {  // “ 「 《
        if (const size_t at = phrase.rfind(mark); at != std::string_view::npos && (open == std::string_view::npos || at > open)) open = at;
      }
      if (open != std::string_view::npos && CodePoints(phrase.substr(0, open)) >= 2) {
        end = begin + open;
        changed = true;
      }
    }
    // "顺丰控股(002352.SZ)": the ticker or aside after the name is no part of it.
    if (end > begin && (text[end - 1] == ')' || EndsWith(text.substr(begin, end - begin), "\xef\xbc\x89"))) {
      if (const size_t open = ParenthesisOpening(text, begin, end); open != std::string_view::npos) {
        end = open;
        changed = true;
      }
    }
    // "四川省地震局今晚第六次新闻发布会披露": the briefing it was given at, not who.
    for (std::string_view event : {"新闻发布会", "新聞發布會", "发布会", "發布會", "记者会", "記者會", "说明会", "說明會"}) {
      if (!EndsWith(text.substr(begin, end - begin), event) || CodePoints(text.substr(begin, end - event.size() - begin)) < 2) continue;
      end -= event.size();
      // "指挥中心今天开记者会表示": holding it, not who.
      for (std::string_view hold : {"召开", "召開", "举行", "舉行", "举办", "舉辦", "开", "開"}) {
        if (EndsWith(text.substr(begin, end - begin), hold) && CodePoints(text.substr(begin, end - hold.size() - begin)) >= 2) {
          end -= hold.size();
          break;
        }
      }
      // 第六次, 第2次: which briefing.
      if (const size_t nth = text.substr(begin, end - begin).rfind("第");
          nth != std::string_view::npos && nth > 0 && EndsWith(text.substr(begin, end - begin), "次") && end - begin - nth <= 15) {
        end = begin + nth;
      }
      changed = true;
      break;
    }
    // "他坦诚地", "周启明明确地": a manner adverb of two characters and 地 after who speaks.
    if (EndsWith(text.substr(begin, end - begin), "地") && CodePoints(text.substr(begin, end - begin)) >= 4) {
      end -= 9;
      changed = true;
    }
    // "蔡篤恭接受媒體採訪表示", "王立接受本报专访表示": the interview it was given in, not who.
    if (const size_t accepts = text.substr(begin, end - begin).rfind("接受");
        accepts != std::string_view::npos && accepts > 0) {
      const std::string_view act = text.substr(begin + accepts, end - begin - accepts);
      if (EndsWith(act, "采访") || EndsWith(act, "採訪") || EndsWith(act, "专访") || EndsWith(act, "專訪")) {
        end = begin + accepts;
        changed = true;
      }
    }
    // "鴻峰透過新聞稿", "该行通过官方微博": the medium it was said through, not who.
    for (std::string_view through : {"透過", "透过", "通過", "通过"}) {
      if (const size_t at = text.substr(begin, end - begin).find(through); at != std::string_view::npos && at >= 6) {
        end = begin + at;
        changed = true;
      }
    }
    // "加纳队的教练阿伊向记者们表示", "新闻发布官向马良行提问": 向 and whom it was said to (two
    // characters at least: "主任向明" is a name), after who speaks. 一向, 方向, 转向 … are words of their own.
    if (const size_t to = text.substr(begin, end - begin).rfind("向"); to != std::string_view::npos && to >= 6 &&
        CodePoints(text.substr(begin + to + 3, end - begin - to - 3)) >= 2) {
      static constexpr std::string_view kWordsEndingInTo[] = {"一", "方", "面", "转", "轉", "走", "意", "动", "動", "倾", "傾", "导", "導", "志", "取", "指"};
      const std::string_view before_to = text.substr(begin + to - 3, 3);
      if (std::none_of(std::begin(kWordsEndingInTo), std::end(kWordsEndingInTo), [&](std::string_view w) { return before_to == w; })) {
        end = begin + to;
        changed = true;
      }
    }
    // "韩立军用三个关键词" (评价…：): the words counted out it was said in, not who.
    if (const size_t with = text.substr(begin, end - begin).find("用"); with != std::string_view::npos && with >= 6) {
      const std::string_view next = text.substr(begin + with + 3, 3);
      if (next == "一" || next == "两" || next == "兩" || next == "三" || next == "四" || next == "五" || next == "几" || next == "幾") {
        end = begin + with;
        changed = true;
      }
    }
    // "徐正元总结比赛说", "李明回顾赛季时表示": an act done with words (its object after it) before the
    // verb of saying, not part of who.
    // "王中華解讀稱", "董莉娟解读数据时表示": a statistician reads the release out.
    for (std::string_view act : {"总结", "總結", "回顾", "回顧", "谈到", "談到", "谈及", "談及", "评价", "評價", "点评", "點評", "解读", "解讀"}) {
      if (const size_t at = text.substr(begin, end - begin).find(act); at != std::string_view::npos && at >= 6) {
        end = begin + at;
        changed = true;
      }
    }
    // "央視網廿五日", "新華社二十五日": a day written in Chinese numerals.
    if (EndsWith(text.substr(begin, end - begin), "日")) {
      static constexpr std::string_view kDayNumerals[] = {"廿", "卅", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
      size_t day = end - 3;
      while (day > begin && std::any_of(std::begin(kDayNumerals), std::end(kDayNumerals),
                                        [&](std::string_view d) { return text.substr(day - 3, 3) == d; })) {
        day -= 3;
      }
      if (day < end - 3 && CodePoints(text.substr(begin, day - begin)) >= 2) {
        end = day;
        changed = true;
      }
    }
    // "在报告中", "在接受采访时", "於16日的記者會中": where or when it was said, not who.
    // "在纽约": where, a short place name.
    const std::string_view phrase = text.substr(begin, end - begin);
    size_t at = phrase.rfind("在");
    for (std::string_view at_word : {"於", "于"}) {
      const size_t other = phrase.rfind(at_word);
      if (other != std::string_view::npos && other > 0 && (at == std::string_view::npos || other > at)) at = other;
    }
    // "盧秀燕今天在災害應變中心", "賴清德在出席公開活動後主動": 在 after who speaks opens where or
    // when, however long (not 现在, 正在, nor a relative clause: "在北京工作的李明").
    const size_t own_at = phrase.rfind("在");
    const std::string_view before_at = own_at != std::string_view::npos && own_at >= 3 ? phrase.substr(own_at - 3, 3) : std::string_view();
    const bool where_clause = own_at != std::string_view::npos && own_at >= 6 && own_at == at &&
                              phrase.find("的", own_at) == std::string_view::npos &&
                              std::none_of(std::begin(kNotWhere), std::end(kNotWhere), [&](std::string_view w) { return before_at == w; });
    if (at != std::string_view::npos && at > 0 &&
        (where_clause || EndsWith(phrase, "中") || EndsWith(phrase, "时") || EndsWith(phrase, "時") || EndsWith(phrase, "上") ||
         CodePoints(phrase.substr(at)) <= 5)) {
      end = begin + at;
      changed = true;
    }
  }
  // As many as open it: 另據法新社, 但是张强.
  for (bool opened = true; opened;) {
    opened = false;
    for (std::string_view opener : HanOpeners()) {
      if (StartsWith(text.substr(begin, end - begin), opener) && begin + opener.size() < end) {
        begin += opener.size();
        opened = true;
        break;
      }
    }
  }
  // "记者18日从应急管理部获悉": the day the reporter learned it, before whom from.
  for (std::string_view own : {"记者", "記者"}) {
    if (!StartsWith(text.substr(begin, end - begin), own)) continue;
    size_t k = begin + own.size();
    while (k < end && text[k] >= '0' && text[k] <= '9') ++k;
    if (k > begin + own.size() && text.substr(k, 3) == "日" && (text.substr(k + 3, 3) == "从" || text.substr(k + 3, 3) == "從")) begin = k + 3;
  }
  // "记者从交通部获悉": the source the reporter learned it from.
  for (std::string_view from : {"本报记者从", "本報記者從", "记者从", "記者從", "从", "從"}) {
    if (StartsWith(text.substr(begin, end - begin), from)) {
      begin += from.size();
      // "從需求結構分析,…", "从行业看": the angle a sentence looks from, unless something is learned from it.
      const bool learned = std::any_of(std::begin(kLearned), std::end(kLearned), [&](std::string_view v) { return StartsWith(text.substr(verb), v); });
      if (from.size() == 3 && !learned) return std::nullopt;
      break;
    }
  }
  // "市民王女士": who the person is, then the name.
  for (std::string_view who : {"市民", "居民", "村民", "网友", "網友", "游客", "遊客", "消费者", "消費者", "家长", "家長",
                               "车主", "車主", "乘客", "球迷", "业主", "業主", "店主", "农民", "農民", "学生", "學生",
                               // 司机李明, 渔民陈海: people by their work.
                               "司机", "司機", "员工", "員工", "工人", "职工", "職工", "教师", "教師", "老师", "老師",
                               "护士", "護士", "渔民", "漁民", "商户", "商戶", "摊主", "攤主", "志愿者", "志願者"}) {
    if (StartsWith(text.substr(begin, end - begin), who) && CodePoints(text.substr(begin + who.size(), end - begin - who.size())) >= 2) {
      begin += who.size();
      break;
    }
  }
  if (end <= begin) return std::nullopt;
  std::string_view phrase = text.substr(begin, end - begin);
  // "法官判刑時提到": an occasion ending in 時 says when, and no name ends so.
  if (EndsWith(phrase, "時") || EndsWith(phrase, "时")) return std::nullopt;
  // "表示預計…": a verb of saying is no one; "據初步統計", "據官方統計": how the count was made, not by
  // whom; "透過央行說明,…": through what someone explained, not their claim.
  if (HanReportingVerbAt(phrase, 0) == phrase.size()) return std::nullopt;
  // "按照現時預測", "據目前統計": the time of a forecast or count, not who made it.
  for (std::string_view how : {"初步", "官方", "最新", "不完全", "粗略", "现时", "現時", "目前", "当前", "當前"}) {
    if (phrase == how) return std::nullopt;
  }
  for (std::string_view through : {"透過", "透过", "通過", "通过"}) {
    if (StartsWith(phrase, through)) return std::nullopt;
  }
  // "综合香港媒体报道,陆启康说": a digest of several outlets' reports, whose speakers the sentence
  // names ("综合统计处处长周晓岚介绍" is an office's name).
  for (std::string_view digest : {"综合", "綜合"}) {
    const std::string_view verb_word = text.substr(verb, 6);
    if (StartsWith(phrase, digest) && (verb_word == "报道" || verb_word == "報道" || verb_word == "報導")) return std::nullopt;
  }
  // "中國扶貧基金會一名劉姓工作人員": an unnamed member speaks for the organisation.
  for (std::string_view one : {"一名", "一位"}) {
    if (const size_t at = phrase.find(one); at != std::string_view::npos && at >= 6 && IsHanOrganization(phrase.substr(0, at))) {
      return HanSpeaker{{begin, begin + at}, false};
    }
  }
  // "官方微博发布消息称": the act of posting, not who posted.
  if (EndsWith(phrase, "发布") || EndsWith(phrase, "發布")) return std::nullopt;
  // "法說會并未说明", "公司沒有透露": a statement not made, and a meeting is no one.
  for (std::string_view not_said : {"未", "没有", "沒有", "不"}) {
    if (EndsWith(phrase, not_said)) return std::nullopt;
  }
  // "记者走访发现", "本报记者了解到": the text's own reporter, the author's voice, not a source.
  for (std::string_view own : {"记者", "記者", "本报记者", "本報記者", "本网记者", "本網記者"}) {
    if (StartsWith(phrase, own)) return std::nullopt;
  }
  // "对本报记者", "向记者": to whom it was said.
  for (std::string_view to : {"对", "對", "向"}) {
    const size_t at = phrase.rfind(to);
    bool to_press = false;
    for (std::string_view press : {"记者", "記者", "媒体", "媒體", "本网", "本網", "本报", "本報", "本台", "本刊"}) to_press |= EndsWith(phrase, press);
    if (at != std::string_view::npos && at > 0 && to_press) {
      end = begin + at;
      end = begin + WithoutTrailers(text.substr(begin, end - begin));  // "陳文雄則向本報"
      end = begin + WithoutDateAtEnd(text.substr(begin, end - begin));  // "陳肇始2日對媒體"
      // "吴先生焦虑地对财新记者": how it was said, before whom it was said to.
      if (EndsWith(text.substr(begin, end - begin), "地") && CodePoints(text.substr(begin, end - begin)) >= 5) end -= 9;
      // "鄧志邦在會後向記者": where or when, before whom it was said to.
      if (const size_t where = phrase.substr(0, at).rfind("在"); where != std::string_view::npos && where > 0 &&
                                                                  CodePoints(phrase.substr(where, at - where)) <= 5) {
        end = begin + where;
      }
      phrase = text.substr(begin, end - begin);
    }
  }
  // "路透社援引知情人士报道称", "彭博社日前引述…報導": the outlet reports, citing its sources.
  for (std::string_view citing : {"援引", "引述"}) {
    const size_t at = phrase.find(citing);
    if (at != std::string_view::npos && at > 0) {
      end = begin + WithoutTrailers(text.substr(begin, at));
      phrase = text.substr(begin, end - begin);
    }
  }
  // "力成展望今年上半年:…" (a headline): a phrase with a period in it says what is looked at, not who.
  for (std::string_view period : {"今年", "去年", "明年", "上半年", "下半年", "全年", "季度"}) {
    if (phrase.find(period) != std::string_view::npos) return std::nullopt;
  }
  // "可以说", "总的来说", "客观地说": a way of putting it, not who puts it.
  static constexpr std::string_view kDiscourse[] = {"可以", "应该", "應該", "也就是", "就是", "换句话", "換句話", "老实",
                                                    "老實", "坦白", "比如", "譬如", "不得不", "不妨", "照理", "按理",
                                                    // 一般預測: as is generally expected, by no one named.
                                                    "一般"};
  if (std::find(std::begin(kDiscourse), std::end(kDiscourse), phrase) != std::end(kDiscourse) || EndsWith(phrase, "地") ||
      EndsWith(phrase, "来") || EndsWith(phrase, "來")) {
    return std::nullopt;
  }
  // "一位不愿具名的银行信贷部门负责人": whoever asked not to be named is an unnamed source.
  for (std::string_view unnamed : {"不愿具名", "不願具名", "不具名", "匿名", "不愿透露姓名", "不願透露姓名"}) {
    if (phrase.find(unnamed) != std::string_view::npos) return HanSpeaker{{begin, end}, true};
  }
  // "记者获悉", "本报记者了解到": the reporter learned it; whose it is, the sentence does not say.
  if (EndsWith(phrase, "记者") || EndsWith(phrase, "記者")) return std::nullopt;
  // "该会规划发展部主任邓宇": a title and a name after 该 are the person's.
  if (const size_t name = HanNameAfterTitle(phrase); name > 0 && (StartsWith(phrase, "该") || StartsWith(phrase, "該"))) {
    return HanSpeaker{{begin + name, end}, false};
  }
  if ((StartsWith(phrase, "该") || StartsWith(phrase, "該")) && IsHanOrganization(phrase.substr(0, WithoutOfficer(phrase)))) {
    return HanSpeaker{{begin, end}, false, false, true};  // 该公司, 该委相关负责人: the organisation last named
  }
  // "公司表示": in a company's news a bare 公司 is the company the text is about.
  if (phrase == "公司") return HanSpeaker{{begin, end}, false, false, true};
  // "厚生勞動省…表示…。當局指出": the authorities are the body last named.
  if (phrase == "当局" || phrase == "當局") return HanSpeaker{{begin, end}, false, false, true};
  // "在成都工作的一位郭姓员工": 在 opening a relative clause, whose head after 的 is who (read below).
  const bool where_of = StartsWith(phrase, "在") && phrase.find("的") != std::string_view::npos;
  if ((StartsWith(phrase, "在") && !where_of) || StartsWith(phrase, "该") || StartsWith(phrase, "該") || StartsWith(phrase, "这") ||
      StartsWith(phrase, "這")) {
    return std::nullopt;  // where it was said, or a description ("该公司"): the name is not here
  }
  // 法人: institutional investors, in Taiwan's business news a source the reporter does not name.
  if (EndsWith(phrase, "人士") || EndsWith(phrase, "消息来源") || EndsWith(phrase, "消息來源") || EndsWith(phrase, "高管") ||
      phrase == "法人") {
    return HanSpeaker{{begin, end}, true};
  }
  if (phrase == "他" || phrase == "她") return HanSpeaker{{begin, end}, false, true};
  // "市场人士普遍认为": what a kind of people generally think, not a source.
  if (EndsWith(phrase, "普遍") || EndsWith(phrase, "一致")) return std::nullopt;
  // "看车的王女士", "协会17日发布的报告": the head after 的 is who speaks; a document published by
  // someone speaks for them.
  if (const size_t of = phrase.rfind("的"); of != std::string_view::npos && of > 0) {
    const std::string_view head = phrase.substr(of + 3);
    bool document = false;
    for (std::string_view noun : {"报告", "報告", "声明", "聲明", "公告", "新闻稿", "新聞稿", "文件"}) document |= head == noun;
    if (document) {
      std::string_view publisher = phrase.substr(0, of);
      for (std::string_view act : {"发布", "發布", "公布", "发表", "發表"}) {
        if (EndsWith(publisher, act)) publisher.remove_suffix(act.size());
      }
      // A date before the act: "17日".
      if (EndsWith(publisher, "日")) {
        size_t digits = publisher.size() - 3;
        while (digits > 0 && publisher[digits - 1] >= '0' && publisher[digits - 1] <= '9') --digits;
        if (digits < publisher.size() - 3) publisher = publisher.substr(0, digits);
      }
      if (IsHanOrganization(publisher) && CodePoints(publisher) >= 2) return HanSpeaker{{begin, begin + publisher.size()}, false};
      return std::nullopt;
    }
    if (CodePoints(head) >= 2) {
      begin += of + 3;
      phrase = head;
    }
  }
  // "分析認為", "調查發現", "数据显示": a study or a document, not who.
  // (报道, 報導 alone: "報導指出" points back at reports the text named, whose it does not say.)
  // (消息指: word has it, from no one the sentence names.)
  for (std::string_view document : {"分析", "调查", "調查", "研究", "报告", "報告", "数据", "數據", "统计", "統計", "文章",
                                    "报道", "報導", "報道", "消息"}) {
    if (phrase == document) return std::nullopt;
  }
  // "氣象報告說寒流報到": a report no organisation's name opens speaks for no one.
  for (std::string_view report : {"报告", "報告", "预报", "預報"}) {
    if (EndsWith(phrase, report) && !IsHanOrganization(phrase.substr(0, phrase.size() - report.size()))) return std::nullopt;
  }
  // "採檢結果發現", "中央氣象署測報資料指出": results or data show; the organisation whose name opens
  // them speaks by them, else nobody does.
  for (std::string_view finding : {"结果", "結果", "资料", "資料", "数据", "數據"}) {
    if (!EndsWith(phrase, finding)) continue;
    // (The shortest such opening: 中央氣象署測報資料 is 中央氣象署's, though 測報 ends as a paper's name does.)
    for (size_t cut = 9; cut + finding.size() <= phrase.size(); cut += 3) {
      if (IsHanOrganization(phrase.substr(0, cut))) return HanSpeaker{{begin, begin + cut}, false};
    }
    return std::nullopt;
  }
  // "媒體詢問" (询问 read as 问), "媒体问及": the press asking is no source.
  if (phrase == "媒体" || phrase == "媒體" || EndsWith(phrase, "询") || EndsWith(phrase, "詢")) return std::nullopt;
  if (phrase == "他们" || phrase == "她们" || phrase == "他們" || phrase == "她們") return std::nullopt;
  // "乳制品企业南岭乳业", "新能源车企星驰": the kind of business before a company's name is no part of it.
  for (std::string_view kind : {"企业", "企業", "车企", "車企", "房企", "药企", "藥企", "券商", "厂商", "廠商", "运营商", "運營商"}) {
    const size_t at = phrase.rfind(kind);
    if (at == std::string_view::npos) continue;
    const size_t length = CodePoints(phrase.substr(at + kind.size()));
    if (length >= 2 && length <= 8) return HanSpeaker{{begin + at + kind.size(), end}, false, false, false, true};
  }
  // "运营公司SMRT", "美国公司OpenAI": a Han description, then the name in Latin letters that ends it.
  if (size_t latin = phrase.size(); latin > 0 && std::isalpha(static_cast<unsigned char>(phrase.back())) != 0) {
    while (latin > 0 && std::isalnum(static_cast<unsigned char>(phrase[latin - 1])) != 0) --latin;
    if (latin > 0 && phrase.size() - latin >= 2 && static_cast<unsigned char>(phrase[latin - 1]) >= 0x80) {
      return HanSpeaker{{begin + latin, end}, false, false, false, true};
    }
  }
  // After the last title, the person's name.
  size_t name = 0;
  for (std::string_view title : HanTitles()) {
    for (size_t at = phrase.find(title); at != std::string_view::npos; at = phrase.find(title, at + 1)) {
      // 委员会, 理事會: the body, not its member.
      const std::string_view next = phrase.substr(at + title.size(), 3);
      if (next == "会" || next == "會") continue;
      name = std::max(name, at + title.size());
    }
  }
  if (name == phrase.size()) {
    // "江州市发改委相关负责人表示": an unnamed officer speaks for the organisation.
    // "美团相关负责人": 相关 says the officer is an organisation's, whatever its name ends with.
    const size_t owner = WithoutOfficer(phrase);
    const std::string_view organization = phrase.substr(0, owner);
    const bool related = phrase.find("相关") != std::string_view::npos || phrase.find("相關") != std::string_view::npos ||
                         phrase.find("有关") != std::string_view::npos || phrase.find("有關") != std::string_view::npos;
    if (owner < phrase.size() && (IsHanOrganization(organization) || (related && CodePoints(organization) >= 2 && CodePoints(organization) <= 10))) {
      return HanSpeaker{{begin, begin + owner}, false};
    }
    // "陈诗龙医生反驳说", "林瑞生教授指出": an honorific after a person's name, as Singapore and Hong
    // Kong papers write it.
    for (std::string_view honorific : {"医生", "醫生", "教授"}) {
      if (EndsWith(phrase, honorific) && IsHanPersonName(phrase.substr(0, phrase.size() - honorific.size()))) {
        return HanSpeaker{{begin, end - honorific.size()}, false};
      }
    }
    return std::nullopt;  // a title alone: "分析师称"
  }
  if (name > 0) {
    if (!NameAfterTitle(phrase.substr(name))) return std::nullopt;
    return HanSpeaker{{begin + name, end}, false};
  }
  const size_t length = CodePoints(phrase);
  // "山东货车司机王金光", "中国气象局首席预报员黄志远": a place, an employer and a role no title list
  // holds, then a name; whoever the words before it describe, the name is who speaks.
  if (length >= 5 && !IsHanOrganization(phrase)) {
    if (const size_t at = HanPersonNameAtEnd(phrase); at != std::string_view::npos) return HanSpeaker{{begin + at, end}, false};
  }
  if (length < 2 || length > (IsHanOrganization(phrase) ? 16 : 10)) return std::nullopt;
  for (std::string_view not_name : {"的", "是", "了", "和", "与", "與", "这", "這", "那", "有", "我"}) {
    // "住房和城乡建设部": a conjunction inside an organisation's name.
    const bool in_organization = (not_name == "和" || not_name == "与" || not_name == "與") && IsHanOrganization(phrase);
    if (phrase.find(not_name) != std::string_view::npos && !in_organization) return std::nullopt;
  }
  // "恒嘉地產方面表示": 方面 (trimmed as a trailer) says the name is an organisation's.
  const bool side = text.substr(end, verb - end).find("方面") != std::string_view::npos;
  return HanSpeaker{{begin, end}, false, false, false, side};
}

}  // namespace dossier::extract
