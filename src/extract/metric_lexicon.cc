#include "extract/metric_lexicon.h"

#include <algorithm>
#include <array>
#include <vector>

#include "extract/text_bytes.h"
#include "extract/word_set.h"

namespace dossier::extract {
namespace {

struct MetricWords {
  std::string_view words;  // lowercase ASCII (matched ignoring case), or Han / German as written
  std::string_view metric;
  bool weak = false;
};

// Longer phrases before the phrases they start with ("net sales" before "net", "market value"
// before "market"). Weak words name a metric only when nothing stronger is in the clause.
constexpr MetricWords kMetricWords[] = {
    {"capital expenditures", "capital expenditure"},
    {"capital expenditure", "capital expenditure"},
    {"capital spending", "capital expenditure"},
    {"capital projects", "capital expenditure"},
    {"capex", "capital expenditure"},
    {"spending on data cent", "capital expenditure"},
    {"spending on infrastructure", "capital expenditure"},
    {"spending", "capital expenditure", true},
    {"spend", "capital expenditure", true},
    {"spent", "capital expenditure", true},
    {"outlays", "capital expenditure", true},
    {"\xe8\xb5\x84\xe6\x9c\xac\xe5\xbc\x80\xe6\x94\xaf", "capital expenditure"},  // 资本开支
    {"\xe8\xb5\x84\xe6\x9c\xac\xe6\x94\xaf\xe5\x87\xba", "capital expenditure"},  // 资本支出
    {"\xe8\xb3\x87\xe6\x9c\xac\xe6\x94\xaf\xe5\x87\xba", "capital expenditure"},  // 資本支出
    {"investitionen", "capital expenditure"},
    {"investieren", "capital expenditure", true},
    {"revenue run rate", "revenue run rate"},
    {"run rate", "revenue run rate"},
    {"run-rate", "revenue run rate"},
    {"annualised revenue", "revenue run rate"},
    {"annualized revenue", "revenue run rate"},
    {"ARR", "revenue run rate"},
    {"revenue from operations", "revenue"},
    {"total income", "revenue"},
    {"revenues", "revenue"},
    {"revenue", "revenue"},
    {"net sales", "revenue"},
    {"sales", "revenue", true},
    {"turnover", "revenue"},
    {"top line", "revenue"},
    {"umsatzerl", "revenue"},
    {"umsatz", "revenue"},
    {"\xe8\x90\xa5\xe4\xb8\x9a\xe6\x94\xb6\xe5\x85\xa5", "revenue"},  // 营业收入
    {"\xe8\x90\xa5\xe6\x94\xb6", "revenue"},                          // 营收
    {"\xe7\x87\x9f\xe6\x94\xb6", "revenue"},                          // 營收
    {"net income", "net income"},
    {"net profit", "net income"},
    {"profit after tax", "net income"},
    {"PAT", "net income"},
    {"konzernergebnis", "net income"},
    {"nettogewinn", "net income"},
    {"\xe5\x87\x80\xe5\x88\xa9\xe6\xb6\xa6", "net income"},  // 净利润
    {"\xe6\xb7\xa8\xe5\x88\xa9", "net income"},              // 淨利
    {"\xe5\x87\x80\xe5\x88\xa9", "net income"},  // 净利
    {"\xe7\xb4\x94\xe7\x9b\x8a", "net income"},  // 純益
    {"\xe7\xba\xaf\xe7\x9b\x8a", "net income"},  // 纯益
    {"\xe7\x8d\xb2\xe5\x88\xa9", "net income"},  // 獲利
    {"\xe8\x8e\xb7\xe5\x88\xa9", "net income"},  // 获利
    {"\xe7\x9b\x88\xe5\x88\xa9", "net income"},  // 盈利
    {"net loss", "net loss"},
    {"\xe5\x87\x80\xe4\xba\x8f\xe6\x8d\x9f", "net loss"},    // 净亏损
    {"\xe6\xb7\xa8\xe6\x90\x8d", "net loss"},                // 淨損
    {"operating profit margin", "operating margin"},
    {"operating profit", "operating profit"},
    {"operating income", "operating profit"},
    {"operating earnings", "operating profit"},
    {"operatives ergebnis", "operating profit"},
    {"\xe8\x90\xa5\xe4\xb8\x9a\xe5\x88\xa9\xe6\xb6\xa6\xe7\x8e\x87", "operating margin"},  // 营业利润率
    {"\xe8\x90\xa5\xe4\xb8\x9a\xe5\x88\xa9\xe6\xb6\xa6", "operating profit"},  // 营业利润
    {"\xe7\x87\x9f\xe6\xa5\xad\xe5\x88\xa9\xe7\x9b\x8a\xe7\x8e\x87", "operating margin"},  // 營業利益率
    {"\xe7\x87\x9f\xe6\xa5\xad\xe5\x88\xa9\xe7\x9b\x8a", "operating profit"},  // 營業利益
    {"\xe7\x87\x9f\xe7\x9b\x8a\xe7\x8e\x87", "operating margin"},  // 營益率, Taiwan's papers' short 營業利益率
    {"operating margin", "operating margin"},
    {"EBIT margin", "operating margin"},
    {"EBIT-Marge", "operating margin"},
    {"ebitda", "EBITDA"},  // "EBITDA", "Ebitda" (Indian papers)
    {"EBIT", "operating profit"},
    {"diluted earnings per share", "earnings per share"},
    {"earnings per share", "earnings per share"},
    {"earnings before interest, tax, depreciation", "EBITDA"},
    {"earnings before interest, taxes, depreciation", "EBITDA"},
    {"earnings before interest and tax", "operating profit"},
    {"EPS", "earnings per share"},
    {"ergebnis je aktie", "earnings per share"},
    {"\xe6\xaf\x8f\xe8\x82\xa1\xe7\x9b\x88\xe9\xa4\x98", "earnings per share"},  // 每股盈餘
    {"\xe6\xaf\x8f\xe8\x82\xa1\xe6\x94\xb6\xe7\x9b\x8a", "earnings per share"},  // 每股收益
    {"\xe6\xaf\x8f\xe8\x82\xa1\xe7\xb4\x94\xe7\x9b\x8a", "earnings per share"},  // 每股純益
    {"\xe6\xaf\x8f\xe8\x82\xa1\xe7\xba\xaf\xe7\x9b\x8a", "earnings per share"},  // 每股纯益
    {"earnings", "net income", true},
    {"earned", "net income", true},  // "R.I.M. said it earned $176 million, or 93 cents a share"
    {"profits", "net income", true},  // "an 80 percent drop in first quarter profits"
    {"profit", "net income", true},
    // What insurers pay out for a disaster ("insured losses from Hurricane Irene", "a U.S.
    // insured-loss estimate", "the industry loss"): the event's, never a company's own net loss.
    {"insured losses", "insured losses"},
    {"insured loss", "insured losses"},
    {"insured-loss", "insured losses"},
    {"industry losses", "insured losses"},
    {"industry loss", "insured losses"},
    {"insurance losses", "insured losses"},
    {"catastrophe losses", "insured losses"},
    {"loss", "net loss", true},
    {"losses", "net loss", true},
    {"lost", "net loss", true},
    {"gross margin", "gross margin"},
    {"bruttomarge", "gross margin"},
    {"\xe6\xaf\x9b\xe5\x88\xa9\xe7\x8e\x87", "gross margin"},  // 毛利率
    {"free cash flow", "free cash flow"},
    {"FCF", "free cash flow"},
    {"\xe8\x87\xaa\xe7\x94\xb1\xe7\x8e\xb0\xe9\x87\x91\xe6\xb5\x81", "free cash flow"},  // 自由现金流
    {"dividend", "dividend"},
    {"\xe8\x82\xa1\xe5\x88\xa9", "dividend"},  // 股利
    {"\xe8\x82\xa1\xe6\x81\xaf", "dividend"},  // 股息
    {"market capitalisation", "market value"},
    {"market capitalization", "market value"},
    {"market value", "market value"},
    {"market cap", "market value"},
    {"b\xc3\xb6rsenwert", "market value"},
    {"\xe5\xb8\x82\xe5\x80\xbc", "market value"},  // 市值
    {"market share", "market share"},
    {"marktanteil", "market share"},
    {"\xe5\xb8\x82\xe5\x8d\xa0\xe7\x8e\x87", "market share"},  // 市占率
    {"\xe5\xb8\x82\xe5\x9c\xba\xe4\xbb\xbd\xe9\xa2\x9d", "market share"},  // 市场份额
    {"valuation", "valuation"},
    {"valued at", "valuation"},
    {"values", "valuation"},  // "a round that values the lab at $300bn"
    {"bewertung", "valuation"},
    {"\xe4\xbc\xb0\xe5\x80\xbc", "valuation"},  // 估值
    {"funding round", "funding"},
    {"funding", "funding"},
    {"raised", "funding", true},
    {"\xe8\x9e\x8d\xe8\xb5\x84", "funding"},  // 融资
    {"investment", "investment"},
    {"invested", "investment"},
    {"investing", "investment"},
    {"invest", "investment"},
    {"pledge", "investment"},
    {"committed", "investment", true},
    {"\xe6\x8a\x95\xe8\xb5\x84", "investment"},  // 投资
    {"\xe6\x8a\x95\xe8\xb3\x87", "investment"},  // 投資
    {"share price", "share price"},
    {"stock price", "share price"},
    {"closing price", "share price"},
    {"price target", "share price"},
    {"shares", "share price", true},
    {"stock", "share price", true},
    {"aktienkurs", "share price"},
    {"aktie", "share price", true},
    {"dividende", "dividend"},
    {"\xe8\x82\xa1\xe4\xbb\xb7", "share price"},  // 股价
    {"\xe8\x82\xa1\xe5\x83\xb9", "share price"},  // 股價
    {"depreciation", "depreciation"},
    {"\xe6\x8a\x98\xe6\x97\xa7", "depreciation"},  // 折旧
    {"bond sale", "debt issuance"},
    {"notes offering", "debt issuance"},
    {"bonds", "debt issuance", true},
    {"net debt", "debt"},
    {"borrowings", "debt"},
    {"debt", "debt", true},
    {"remaining performance obligations", "order backlog"},
    {"order book", "order backlog"},
    {"backlog", "order backlog"},
    {"auftragsbestand", "order backlog"},
    {"\xe5\x9c\xa8\xe6\x89\x8b\xe8\xae\xa2\xe5\x8d\x95", "order backlog"},  // 在手订单
    {"units sold", "sales volume"},
    {"shipments", "sales volume"},
    {"\xe9\x94\x80\xe9\x87\x8f", "sales volume"},      // 销量
    {"\xe5\x87\xba\xe8\xb4\xa7\xe9\x87\x8f", "sales volume"},  // 出货量
    {"\xe5\x87\xba\xe8\xb4\xa7", "sales volume"},  // 出货 (shipped)
    {"\xe5\x87\xba\xe8\xb2\xa8", "sales volume"},  // 出貨
    {"deliveries", "deliveries"},
    {"\xe4\xba\xa4\xe4\xbb\x98\xe9\x87\x8f", "deliveries"},  // 交付量
    {"\xe4\xba\xa4\xe4\xbb\x98", "deliveries"},  // 交付 (delivered)
    {"monthly active users", "users"},
    {"users", "users"},
    {"subscribers", "users"},
    {"headcount", "employees"},
    {"employees", "employees"},
    {"workforce", "employees"},
    {"employs", "employees", true},  // "which employs about 21,000 people"
    {"employing", "employees", true},
    {"mitarbeiter", "employees"},
    {"\xe5\x93\xa1\xe5\xb7\xa5", "employees"},  // 員工
    {"\xe5\x91\x98\xe5\xb7\xa5", "employees"},  // 员工
    {"\xe8\xa3\x85\xe6\x9c\xba\xe5\xae\xb9\xe9\x87\x8f", "power capacity"},  // 装机容量
    {"\xe8\xa3\x9d\xe7\xbd\xae\xe5\xae\xb9\xe9\x87\x8f", "power capacity"},  // 裝置容量
    {"capacity", "power capacity", true},
    {"\xe7\x94\xa8\xe7\x94\xb5\xe9\x87\x8f", "electricity use"},  // 用电量
    {"\xe7\x94\xa8\xe9\x9b\xbb\xe9\x87\x8f", "electricity use"},  // 用電量
    {"electricity use", "electricity use"},
    {"compound annual growth rate", "growth rate"},
    {"CAGR", "growth rate"},
    {"\xe5\xa2\x9e\xe9\x80\x9f", "growth rate"},  // 增速
    {"\xe7\xbb\x8f\xe6\xb5\x8e\xe5\xa2\x9e\xe9\x95\xbf", "growth rate"},  // 经济增长
    {"\xe7\xb6\x93\xe6\xbf\x9f\xe5\xa2\x9e\xe9\x95\xb7", "growth rate"},  // 經濟增長
    {"\xe7\xb6\x93\xe6\xbf\x9f\xe6\x88\x90\xe9\x95\xb7", "growth rate"},  // 經濟成長
    {"\xe7\xbb\x8f\xe6\xb5\x8e\xe5\xa2\x9e\xe9\x80\x9f", "growth rate"},  // 经济增速
    {"\xe7\xb6\x93\xe6\xbf\x9f\xe5\xa2\x9e\xe9\x80\x9f", "growth rate"},  // 經濟增速
    {"\xe6\x88\x90\xe9\x95\xb7\xe7\x8e\x87", "growth rate"},  // 成長率
    {"yields", "yield", true},  // "Treasury yields jumped"
    {"yield", "yield", true},
    {"\xe6\xae\x96\xe5\x88\xa9\xe7\x8e\x87", "yield"},  // 殖利率
    {"costs", "cost", true},
    {"cost", "cost", true},
    {"kosten", "cost", true},
    // Economy.
    {"gross domestic product", "GDP"},
    {"GDP", "GDP"},
    {"BIP", "GDP"},
    {"bruttoinlandsprodukt", "GDP"},
    {"economic output", "GDP"},
    {"economic growth", "growth rate"},
    // "Growth was revised up to 2.1%"; after another metric's word ("sales growth") it is that
    // metric's change (MetricsIn).
    {"growth", "growth rate", true},
    {"economy", "GDP", true},
    {"\xe5\x9b\xbd\xe5\x86\x85\xe7\x94\x9f\xe4\xba\xa7\xe6\x80\xbb\xe5\x80\xbc", "GDP"},  // 国内生产总值
    {"\xe5\x9c\xb0\xe5\x8c\xba\xe7\x94\x9f\xe4\xba\xa7\xe6\x80\xbb\xe5\x80\xbc", "GDP"},  // 地区生产总值
    {"\xe5\x9c\xb0\xe5\x8d\x80\xe7\x94\x9f\xe7\x94\xa2\xe7\xb8\xbd\xe5\x80\xbc", "GDP"},  // 地區生產總值
    {"\xe5\x9c\x8b\xe5\x85\xa7\xe7\x94\x9f\xe7\x94\xa2\xe7\xb8\xbd\xe5\x80\xbc", "GDP"},  // 國內生產總值
    {"\xe5\x9c\x8b\xe5\x85\xa7\xe7\x94\x9f\xe7\x94\xa2\xe6\xaf\x9b\xe9\xa1\x8d", "GDP"},  // 國內生產毛額 (Taiwan)
    {"inflation", "inflation"},
    {"consumer prices", "inflation"},
    {"consumer price index", "inflation"},
    {"CPI", "inflation"},
    {"HICP", "inflation"},  // the euro area's harmonised index ("HICP inflation eased to 1.9%")
    {"PCE", "inflation"},   // the US personal consumption expenditures price index
    {"\xe9\x80\x9a\xe8\x83\x80", "inflation"},  // 通胀
    {"\xe9\x80\x9a\xe8\x86\xa8", "inflation"},  // 通膨
    {"\xe5\xb1\x85\xe6\xb0\x91\xe6\xb6\x88\xe8\xb4\xb9\xe4\xbb\xb7\xe6\xa0\xbc", "inflation"},  // 居民消费价格
    {"\xe5\xb1\x85\xe6\xb0\x91\xe6\xb6\x88\xe8\xb2\xbb\xe5\x83\xb9\xe6\xa0\xbc", "inflation"},  // 居民消費價格
    {"\xe6\xb6\x88\xe8\xb4\xb9\xe8\x80\x85\xe7\x89\xa9\xe4\xbb\xb7", "inflation"},  // 消费者物价
    {"\xe6\xb6\x88\xe8\xb2\xbb\xe8\x80\x85\xe7\x89\xa9\xe5\x83\xb9", "inflation"},  // 消費者物價
    {"unemployment rate", "unemployment rate"},
    {"unemployment", "unemployment rate"},
    {"jobless rate", "unemployment rate"},
    {"arbeitslosenquote", "unemployment rate"},
    {"\xe5\xa4\xb1\xe4\xb8\x9a\xe7\x8e\x87", "unemployment rate"},  // 失业率
    {"\xe5\xa4\xb1\xe6\xa5\xad\xe7\x8e\x87", "unemployment rate"},  // 失業率
    {"interest rates", "interest rate"},
    {"interest rate", "interest rate"},
    {"policy rate", "interest rate"},
    {"repo rate", "interest rate"},
    {"key rate", "interest rate"},
    {"benchmark rate", "interest rate"},
    {"base rate", "interest rate"},
    {"bank rate", "interest rate"},
    {"deposit rate", "interest rate"},
    {"cash rate", "interest rate"},
    {"federal funds rate", "interest rate"},
    {"lending rate", "interest rate"},
    {"refinancing rate", "interest rate"},
    {"overnight rate", "interest rate"},
    {"fed funds rate", "interest rate"},
    {"borrowing costs", "interest rate", true},
    {"rates", "interest rate", true},  // "The Fed has cut rates by 1.5 percentage points"
    {"nonfarm payrolls", "employees"},
    {"non-farm payrolls", "employees"},
    {"payrolls", "employees"},
    {"job gains", "employees"},
    {"job growth", "employees"},
    {"jobs growth", "employees"},
    {"leitzins", "interest rate"},
    // Markets: a stock index named in the clause ("the Nasdaq Composite slid 3.1% to 19,341.8").
    {"index", "index level", true},
    {"Nasdaq", "index level", true},
    {"Dow Jones", "index level", true},
    {"S&P", "index level", true},
    {"FTSE", "index level", true},
    {"DAX", "index level", true},
    {"Nikkei", "index level", true},
    {"Hang Seng", "index level", true},
    {"Sensex", "index level", true},
    {"Nifty", "index level", true},
    {"Stoxx", "index level", true},
    {"\xe5\x88\xa9\xe7\x8e\x87", "interest rate"},  // 利率
    // Energy and industry.
    {"production", "production"},
    {"output", "production", true},
    {"produktion", "production"},
    {"\xe4\xba\xa7\xe9\x87\x8f", "production"},  // 产量
    {"generated", "production", true},  // "its plants generated 9.6 TWh"
    {"generation", "production", true},
    {"\xe7\x94\xa2\xe9\x87\x8f", "production"},  // 產量
    // Elections.
    {"share of the vote", "vote share"},
    {"of the vote", "vote share"},
    {"vote share", "vote share"},
    {"stimmenanteil", "vote share"},
    {"\xe5\xbe\x97\xe7\xa5\xa8\xe7\x8e\x87", "vote share"},  // 得票率
    {"votes", "votes"},
    {"ballots cast", "votes"},
    {"turnout", "turnout"},
    {"participation rate", "turnout"},  // "the participation rate was 76.4%"
    {"voter participation", "turnout"},
    {"participated", "turnout", true},  // "82.5% of the 59.2 million eligible voters participated"
    {"wahlbeteiligung", "turnout"},
    {"\xe6\x8a\x95\xe7\xa5\xa8\xe7\x8e\x87", "turnout"},  // 投票率
    {"\xe5\xbe\x97\xe7\xa5\xa8\xe6\x95\xb8", "votes"},  // 得票數
    {"\xe5\xbe\x97\xe7\xa5\xa8\xe6\x95\xb0", "votes"},  // 得票数
    {"\xe9\x80\x89\xe7\xa5\xa8", "votes"},  // 选票
    {"\xe9\x81\xb8\xe7\xa5\xa8", "votes"},  // 選票
    {"\xe5\xb8\xad\xe6\xac\xa1", "seats"},  // 席次
    {"\xe5\xb8\xad\xe4\xbd\x8d", "seats"},  // 席位
    {"seats", "seats"},
    // Health.
    {"cases", "cases"},
    {"infections", "cases"},
    {"\xe7\x97\x85\xe4\xbe\x8b", "cases"},  // 病例
    {"deaths", "deaths"},
    {"death toll", "deaths"},
    {"fatalities", "deaths"},
    {"toll", "deaths", true},
    {"died", "deaths", true},  // "12 people died"
    {"killed", "deaths", true},
    {"hospital admissions", "hospitalisations"},
    {"hospitalization rate", "hospitalisations"},
    {"hospitalisation rate", "hospitalisations"},
    {"admitted to hospital", "hospitalisations"},
    {"admitted to a hospital", "hospitalisations"},
    {"hospitalisations", "hospitalisations"},
    {"hospitalizations", "hospitalisations"},
    {"admissions", "hospitalisations", true},
    {"hospitalised", "hospitalisations", true},
    {"hospitalized", "hospitalisations", true},
    {"infected", "cases", true},
    {"vaccination coverage", "vaccination rate"},
    {"vaccination rate", "vaccination rate"},
    {"fully vaccinated", "vaccination rate"},
    {"\xe6\x8e\xa5\xe7\xa7\x8d\xe7\x8e\x87", "vaccination rate"},  // 接种率
    // Sport.
    {"goals", "goals"},
    {"transfer fee", "transfer fee"},
    {"signed for", "transfer fee"},
    {"club-record", "transfer fee", true},
    {"ablöse", "transfer fee"},
    {"\xe8\xbd\x89\xe6\x9c\x83\xe8\xb2\xbb", "transfer fee"},  // 轉會費
    {"\xe8\xbd\xac\xe4\xbc\x9a\xe8\xb4\xb9", "transfer fee"},  // 转会费
    {"attendance", "attendance"},
    {"crowd", "attendance"},
    {"spectators", "attendance"},
    {"share of", "market share", true},  // "its share of that market was 6.5%"; "share of the vote" comes first
    {"price per token", "price per token"},
    {"priced at", "price"},  // "priced at $499 a month"
    {"list price", "price"},
    {"prices", "price", true},
    {"price", "price", true},
};

bool CaseFree(std::string_view words) {
  return std::none_of(words.begin(), words.end(), IsUpper);
}

// CaseFree of each entry, judged once (MatchMetricAt runs at most words of a text).
const std::array<bool, std::size(kMetricWords)>& CaseFreeEntries() {
  static const std::array<bool, std::size(kMetricWords)> flags = [] {
    std::array<bool, std::size(kMetricWords)> case_free{};
    for (size_t k = 0; k < std::size(kMetricWords); ++k) case_free[k] = CaseFree(kMetricWords[k].words);
    return case_free;
  }();
  return flags;
}

// The entries by their first byte, lowercase ASCII entries under both cases.
const std::array<std::vector<uint16_t>, 256>& ByFirstByte() {
  static const std::array<std::vector<uint16_t>, 256> index = [] {
    std::array<std::vector<uint16_t>, 256> by_byte;
    for (size_t k = 0; k < std::size(kMetricWords); ++k) {
      const char first = kMetricWords[k].words[0];
      by_byte[static_cast<unsigned char>(first)].push_back(static_cast<uint16_t>(k));
      if (IsLower(first)) by_byte[static_cast<unsigned char>(first - 'a' + 'A')].push_back(static_cast<uint16_t>(k));
    }
    return by_byte;
  }();
  return index;
}

// The entries that open with two ASCII letters, by those letters case-folded: a word is tried
// against the few entries that share its first two letters (most words of a sentence against none),
// not against every entry of its first byte. In list order, so that the first match still wins.
const std::array<std::vector<uint16_t>, 26 * 26>& ByFirstLetters() {
  static const std::array<std::vector<uint16_t>, 26 * 26> index = [] {
    std::array<std::vector<uint16_t>, 26 * 26> by_letters;
    for (size_t k = 0; k < std::size(kMetricWords); ++k) {
      const std::string_view words = kMetricWords[k].words;
      if (words.size() >= 2 && IsAsciiLetter(words[0]) && IsAsciiLetter(words[1])) {
        by_letters[(ToLowerAscii(words[0]) - 'a') * 26 + (ToLowerAscii(words[1]) - 'a')].push_back(static_cast<uint16_t>(k));
      }
    }
    return by_letters;
  }();
  return index;
}

// Whether "yield" at `i` is a verb: after "to" or a modal ("set to yield", "could yield").
bool YieldIsVerb(std::string_view t, size_t i) {
  static const WordSet kBefore = {"to", "will", "would", "could", "may", "might", "should", "can", "did", "not"};
  return kBefore.count(WordBefore(t, i).first) != 0;
}

}  // namespace

std::optional<MetricMatch> MatchMetricAt(std::string_view t, size_t i) {
  if (i >= t.size()) return std::nullopt;
  const std::vector<uint16_t>* entries = &ByFirstByte()[static_cast<unsigned char>(t[i])];
  if (IsAsciiLetter(t[i]) && At(t, i + 1) != '&') {  // ("S&P" is looked up whole)
    if (!IsAsciiLetter(At(t, i + 1))) return std::nullopt;
    // (An entry of one letter, or of a letter and a mark, cannot match before a second letter.)
    entries = &ByFirstLetters()[(ToLowerAscii(t[i]) - 'a') * 26 + (ToLowerAscii(t[i + 1]) - 'a')];
  }
  for (uint16_t k : *entries) {
    const MetricWords& m = kMetricWords[k];
    const bool matched = CaseFreeEntries()[k] ? StartsWithNoCase(t, i, m.words) : StartsWith(t, i, m.words);
    if (!matched) continue;
    const size_t end = i + m.words.size();
    // ASCII words end at a word boundary, except stems written as such ("umsatz", "spending on data cent").
    if (IsAsciiLetter(m.words.back()) && IsAsciiLetter(At(t, end)) && m.words != "umsatz" &&
        m.words != "umsatzerl" && m.words != "spending on data cent") {
      continue;
    }
    // "inflation-adjusted", "price-adjusted": a qualifier of another quantity, not this metric.
    if (StartsWithNoCase(t, end, "-adjusted")) continue;
    // "the stock market operator", "the stock exchange": a market, no share's price.
    if (m.words == "stock" && (StartsWithNoCase(t, end, " market") || StartsWithNoCase(t, end, " exchange"))) continue;
    // "is set to yield a £1.4m windfall", "could yield": the verb, no bond's yield.
    if (m.words == "yield" && YieldIsVerb(t, i)) continue;
    return MetricMatch{end, m.metric, m.weak};
  }
  return std::nullopt;
}

size_t GoodEndAt(std::string_view t, size_t i) {
  static constexpr std::string_view kGoods[] = {"oil", "crude", "gasoline", "petrol", "diesel", "gold", "silver", "copper",
                                                "aluminium", "aluminum", "nickel", "iron ore", "wheat", "corn", "soybeans",
                                                "coffee", "cocoa", "sugar", "cotton", "coal", "bitcoin"};
  if (!IsLower(At(t, i)) || IsAsciiLetter(Before(t, i))) return 0;
  for (std::string_view good : kGoods) {
    if (StartsWith(t, i, good) && !IsAsciiLetter(At(t, i + good.size()))) return i + good.size();
  }
  return 0;
}

size_t PlayerNameAfterPosition(std::string_view t, size_t i) {
  static constexpr std::string_view kPositions[] = {"striker", "midfielder", "defender", "forward", "goalkeeper",
                                                    "winger", "full-back", "centre-back", "center-back", "playmaker"};
  if (!IsLower(At(t, i)) || IsAsciiLetter(Before(t, i))) return 0;
  for (std::string_view position : kPositions) {
    const size_t end = i + position.size();
    if (StartsWith(t, i, position) && At(t, end) == ' ' && IsUpper(At(t, end + 1))) return end + 1;
  }
  return 0;
}

bool NamesMarginOfError(std::string_view t, size_t from, size_t figure) {
  const std::string_view before = t.substr(from, figure - from);
  // (Either case: "Margin of error is 3.5 percent" opens its sentence.)
  return before.find("argin of error") != std::string_view::npos || before.find("argin of sampling") != std::string_view::npos;
}

bool CountsProgress(std::string_view t, size_t begin, size_t end) {
  const bool of = StartsWith(t, end, " of ");
  const bool votes = StartsWith(t, end, " votes ") || StartsWith(t, end, " ballots ");
  if (!of && !votes) return false;
  // "after counting 78.11% of ballots": the count named before it.
  if (of && begin >= 9 && t.substr(begin - 9, 9) == "counting ") return true;
  const std::string_view after = t.substr(end, std::min<size_t>(60, t.size() - end));
  // (Up to the next figure: "49.35% of the vote with 100% of ballot boxes counted" is a share.)
  const size_t stop = after.find_first_of(".,;:0123456789");
  const std::string_view words = after.substr(0, stop);
  for (std::string_view counted : {" counted", " reporting", " reported", " opened", " tallied", " processed data"}) {
    if (words.find(counted) != std::string_view::npos) return true;
  }
  return false;
}

bool IsKnownMetric(std::string_view metric) {
  return std::any_of(std::begin(kMetricWords), std::end(kMetricWords),
                     [&](const MetricWords& m) { return m.metric == metric; });
}

}  // namespace dossier::extract
