#include "extract/han_person_names.h"

#include <string>

#include "extract/word_set.h"

namespace dossier::extract {
namespace {

constexpr size_t kHan = 3;  // the bytes of one Han character of the basic plane

// The commonest Chinese surnames (together about nine in ten of the people of the mainland and of
// Taiwan), in simplified and traditional forms. Left out are those that more often end a role or a
// common word than begin a name in a phrase before a name (师 in 教师, 官 in 法官, 长 in 厂长, 安 in
// 保安, 石 in 石化, 常 in 经常, 家 in 专家), so that a role is never read as a surname.
const WordSet& Surnames() {
  static const WordSet words = {
      "王", "李", "张", "張", "刘", "劉", "陈", "陳", "杨", "楊", "黄", "黃", "赵", "趙", "吴", "吳", "周", "徐", "孙", "孫",
      "马", "馬", "朱", "胡", "郭", "何", "高", "林", "罗", "羅", "郑", "鄭", "梁", "谢", "謝", "宋", "唐", "许", "許",
      "韩", "韓", "冯", "馮", "邓", "鄧", "曹", "彭", "曾", "肖", "蕭", "田", "董", "袁", "潘", "蒋", "蔣", "蔡", "余",
      "杜", "叶", "葉", "程", "苏", "蘇", "魏", "吕", "呂", "丁", "任", "沈", "姚", "卢", "盧", "姜", "崔", "钟", "鍾",
      "鐘", "谭", "譚", "陆", "陸", "汪", "范", "金", "廖", "贾", "賈", "夏", "韦", "韋", "付", "傅", "方", "白", "邹",
      "鄒", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "閆", "段", "雷", "侯", "龙", "龍", "史", "陶", "黎", "贺",
      "賀", "顾", "顧", "毛", "郝", "龚", "龔", "邵", "万", "萬", "钱", "錢", "严", "嚴", "覃", "武", "戴", "莫", "孔",
      "汤", "湯", "温", "溫", "康", "施", "牛", "樊", "葛", "邢", "齐", "齊", "易", "乔", "喬", "伍", "庞", "龐", "颜",
      "顏", "倪", "庄", "莊", "聂", "聶", "章", "鲁", "魯", "岳", "翟", "殷", "詹", "申", "欧", "歐", "耿", "关", "關",
      "焦", "俞", "左", "柳", "祝", "包", "宁", "寧", "舒", "阮", "柯", "纪", "紀", "梅", "童", "凌", "毕", "畢", "裴",
      "霍", "涂", "苗", "盛", "翁", "骆", "駱", "蓝", "藍", "游", "辛", "靳", "柴", "鲍", "鮑", "喻", "祁", "蒲", "滕",
      "饶", "饒", "艾", "尤", "卓", "简", "簡", "连", "連", "麦", "麥", "洪", "赖", "賴", "巫", "辜", "褚",
      // Hong Kong's and Guangdong's (法官岑卓賢, 冼, 鄺).
      "岑", "冼", "鄺", "邝"};
  return words;
}

// Two-character surnames.
const WordSet& CompoundSurnames() {
  static const WordSet words = {"欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "東方", "夏侯", "皇甫",
                                "司徒", "公孙", "公孫", "慕容", "令狐", "长孙", "長孫", "尉迟", "尉遲", "端木", "澹台"};
  return words;
}

// Characters that are no given name's: particles, the words of a clause ("王立们", "李某等", "张说")
// and the heads of organisations' names (部, 局, 委), so that "高于" or "林业局" is never a name.
const WordSet& NotGiven() {
  static const WordSet words = {"的", "们", "們", "等", "是", "了", "和", "与", "與", "在", "于", "於", "也", "都",
                                "说", "說", "称", "稱", "表", "为", "為", "及", "方", "部", "局", "所", "院", "会",
                                "會", "处", "處", "厅", "廳", "司", "委", "队", "隊", "组", "組", "界",
                                // 金融, 龙头, 高层, 高管, 金价: words that open with a surname's character.
                                "融", "头", "頭", "层", "層", "管", "价", "價"};
  return words;
}

// "老李", "小王": a surname after 老 or 小, the way colleagues and neighbours are named.
bool FamiliarName(std::string_view two) {
  const std::string_view first = two.substr(0, kHan);
  return (first == "老" || first == "小") && Surnames().count(two.substr(kHan, kHan)) != 0;
}

bool GivenChars(std::string_view given) {
  for (size_t at = 0; at + kHan <= given.size(); at += kHan) {
    if (NotGiven().count(given.substr(at, kHan)) != 0) return false;
  }
  return true;
}

// Whether the last `chars` characters of `phrase` are all Han (three bytes each).
bool HanTail(std::string_view phrase, size_t chars) {
  if (phrase.size() < chars * kHan) return false;
  for (size_t at = phrase.size() - chars * kHan; at < phrase.size(); at += kHan) {
    const auto lead = static_cast<unsigned char>(phrase[at]);
    if (lead < 0xE4 || lead > 0xE9) return false;  // CJK ideographs (U+4E00–U+9FFF)
  }
  return true;
}

}  // namespace

size_t HanPersonNameAtEnd(std::string_view phrase) {
  const size_t n = phrase.size();
  // A compound surname and one or two given characters: 欧阳孝清, 司马南.
  for (size_t given = 2; given >= 1; --given) {
    const size_t length = (2 + given) * kHan;
    if (n > length && HanTail(phrase, 2 + given) && CompoundSurnames().count(phrase.substr(n - length, 2 * kHan)) != 0 &&
        GivenChars(phrase.substr(n - given * kHan))) {
      return n - length;
    }
  }
  // A surname and two given characters, then a surname and one (or 老李).
  for (size_t chars = 3; chars >= 2; --chars) {
    const size_t length = chars * kHan;
    if (n <= length || !HanTail(phrase, chars)) continue;
    const std::string_view name = phrase.substr(n - length);
    if (chars == 2 && FamiliarName(name)) return n - length;
    if (Surnames().count(name.substr(0, kHan)) != 0 && GivenChars(name.substr(kHan))) return n - length;
  }
  return std::string_view::npos;
}

bool IsHanPersonName(std::string_view name) {
  // Read as the end of a phrase whose one character before it describes the person.
  const std::string phrase = std::string("\xe7\x9a\x84") + std::string(name);  // 的
  return HanPersonNameAtEnd(phrase) == kHan;
}

}  // namespace dossier::extract
