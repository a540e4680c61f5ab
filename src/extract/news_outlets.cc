#include "extract/news_outlets.h"

#include "extract/word_set.h"

namespace dossier::extract {
namespace {

// Wires, broadcasters, newspapers, magazines, trade and financial press, newsletters and the Han
// names of the wires most quoted in Chinese reporting. Names as written in running text.
const WordSet& Outlets() {
  static const WordSet names = {
      // wires and agencies
      "Reuters", "Bloomberg", "Bloomberg News", "AP", "Associated Press", "AFP", "Agence France-Presse", "Xinhua",
      "Kyodo", "Kyodo News", "Yonhap", "Dow Jones", "Dow Jones Newswires", "PA Media", "ANSA", "EFE", "dpa", "DPA",
      "Interfax", "TASS", "Anadolu", "Bernama", "Press Trust of India", "PTI", "UPI", "Jiji", "Jiji Press",
      // broadcasters
      "CNBC", "CNN", "BBC", "BBC News", "NPR", "PBS", "ABC", "ABC News", "CBS", "CBS News", "NBC", "NBC News", "Fox News",
      "Sky News", "Al Jazeera", "CCTV", "CGTN", "NHK", "Deutsche Welle", "DW", "France 24", "RTE", "CBC", "RFI",
      // newspapers and magazines
      "New York Times", "Times", "Washington Post", "Wall Street Journal", "WSJ", "Financial Times", "FT",
      "Guardian", "Telegraph", "Economist", "Independent", "Observer", "Los Angeles Times", "Boston Globe",
      "USA Today", "Politico", "Axios", "Semafor", "Information", "Atlantic", "New Yorker", "Forbes", "Fortune",
      "Barron's", "MarketWatch", "Business Insider", "Insider", "Wired", "Verge", "TechCrunch", "Ars Technica",
      "Nikkei", "Nikkei Asia", "South China Morning Post", "SCMP", "Caixin", "Le Monde", "Der Spiegel", "Spiegel",
      "Handelsblatt", "El País", "Times of India", "Hindustan Times", "Straits Times", "Globe and Mail",
      "Sydney Morning Herald", "Haaretz", "Punch", "Daily Mail", "Mirror", "Sun", "Bild", "Le Figaro",
      "Corriere della Sera", "Yomiuri", "Asahi", "Asahi Shimbun", "Korea Herald", "Jakarta Post", "Bangkok Post",
      "Dawn", "Nation", "Vox", "Slate", "Time", "Newsweek", "Variety", "Deadline", "Hollywood Reporter",
      "ESPN", "The Athletic", "Athletic", "Sky Sports", "L'Equipe", "Marca", "Gazzetta dello Sport",
      "S&P Global", "Platts", "Argus", "Argus Media", "ICIS", "Lloyd's List", "Stat", "STAT", "Stat News",
      "Lancet", "BMJ", "Nature", "Science", "New England Journal of Medicine", "JAMA",
      // Han
      "新华社", "新華社", "路透社", "彭博社", "美联社", "美聯社", "法新社", "中新社", "央视", "央視", "财新", "財新",
      "人民日报", "人民日報", "环球时报", "環球時報", "联合早报", "聯合早報", "南华早报", "南華早報", "共同社", "韩联社",
      "韓聯社", "塔斯社", "第一财经", "第一財經", "澎湃新闻", "澎湃新聞", "界面新闻", "中央社", "日经", "日經",
      // Session 20: Hong Kong, Taiwan, Singapore, Malaysian and overseas Chinese-language outlets.
      "亚洲新闻台", "亞洲新聞台", "明报", "明報", "星岛日报", "星島日報", "自由时报", "自由時報", "联合报", "聯合報",
      "中国时报", "中國時報", "美国之音", "美國之音", "法广", "法廣", "德国之声", "德國之聲", "凤凰卫视", "鳳凰衛視",
      "星洲日报", "星洲日報", "香港电台", "香港電台", "华尔街日报", "華爾街日報", "金融时报", "金融時報",
      "纽约时报", "紐約時報", "经济学人", "經濟學人"};
  return names;
}

}  // namespace

bool IsNewsOutlet(std::string_view name) { return Outlets().count(name) != 0; }

bool IsMastheadWord(std::string_view word) {
  static const WordSet words = {"Herald", "Times", "Journal", "Gazette", "Post", "Tribune", "Chronicle", "Courier",
                                "Telegraph", "Guardian", "Observer", "Examiner", "Review", "Daily", "Weekly",
                                "Wire", "News", "Newswire", "Press", "Record", "Register", "Standard", "Star",
                                "Sun", "Mirror", "Express", "Inquirer", "Ledger", "Bulletin", "Digest", "Reporter",
                                "Dispatch", "Monitor", "Insider", "Magazine", "Radio", "TV", "Television",
                                "Echo", "Sentinel", "Advertiser", "Mail", "Enquirer", "Argus"};
  return words.count(word) != 0;
}

}  // namespace dossier::extract

namespace dossier::extract {

bool LooksLikeOutlet(std::string_view name) {
  if (name.substr(0, 4) == "The " || name.substr(0, 4) == "the ") name.remove_prefix(4);
  if (IsNewsOutlet(name)) return true;
  const size_t space = name.rfind(' ');
  return IsMastheadWord(space == std::string_view::npos ? name : name.substr(space + 1));
}

}  // namespace dossier::extract
