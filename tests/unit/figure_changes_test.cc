// Which figures are ends of a move (extract/figure_changes.h), and the Chinese ranges and number
// forms that used to come apart into rival values of one quantity (issue 15): a figure that is
// the size or one end of a move must never meet the level it moved from as a conflict.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "dossier/figure.h"
#include "support/figure_lookup.h"
#include "util/unit_dimensions.h"

using namespace dossier;

namespace {

std::string Role(const Figure& f) { return f.change ? f.change->role : ""; }
std::string Basis(const Figure& f) { return f.change && f.change->basis ? *f.change->basis : ""; }

// Whether `from` and `to` of `text` are linked to each other as the two ends of one move.
void CheckLinked(const std::string& text, const std::string& from, const std::string& to) {
  const Figure a = OnlyFigure(text, from), b = OnlyFigure(text, to);
  INFO("text: " << text);
  CHECK(Role(a) == "from");
  CHECK(Role(b) == "to");
  REQUIRE(a.change);
  REQUIRE(b.change);
  CHECK(a.change->other_begin == b.span.begin);
  CHECK(b.change->other_begin == a.span.begin);
}

}  // namespace

TEST_CASE("A move's two ends are linked whichever comes first", "[figures][changes]") {
  CheckLinked("The shares fell from $142.62 to $118.51 on Tuesday.", "$142.62", "$118.51");
  CheckLinked("The gross margin slipped to 73% from 76% in the quarter.", "76%", "73%");
  CheckLinked("Its shares rose to $139.40 from $118.51 over the month.", "$118.51", "$139.40");
  CheckLinked("Capex reached $135 billion, up from $72.2 billion last year.", "$72.2 billion", "$135 billion");
  // Two scales of one unit are one dimension.
  CheckLinked("Installed capacity rose to 1.2 GW from 800 MW.", "800 MW", "1.2 GW");
  // A move whose figures measure different things links nothing.
  const std::string apart = "Sales rose to $5 billion from 300 stores.";
  CHECK(Role(OnlyFigure(apart, "300 stores")) != "from");
  // Two revisions in one sentence, "to A from B and … to C from D": each old value is its own
  // move's start, not the start of a move to the next figure of another dimension.
  const std::string two =
      "It raised its profit forecast to $2.10 per share from $1.95 per share and its revenue forecast to $6.6 billion "
      "from $6.3 billion.";
  CheckLinked(two, "$1.95 per share", "$2.10 per share");
  CheckLinked(two, "$6.3 billion", "$6.6 billion");
  // "won 94 of the 210 seats, up from 71 seats": the part is the new value, the whole no end.
  const std::string seats = "The Larkspur Alliance won 94 of the 210 seats, up from 71 seats in 2022.";
  CheckLinked(seats, "71 seats", "94");
  CHECK(!OnlyFigure(seats, "210 seats").change);
}

TEST_CASE("Chinese moves: 从…至…, 由…提升至…, and the value compared against with 较…的", "[figures][changes]") {
  CheckLinked("公司营收从10亿元增至15亿元。", "10亿元", "15亿元");
  CheckLinked("毛利率由上年的15.8%提升至18.2%。", "15.8%", "18.2%");
  CheckLinked("今年預計投入新台幣四百億元，較去年的二百五十億元大增。", "二百五十億元", "新台幣四百億元");
  CheckLinked("公司第三季度资本开支为128亿元，较上季度的93亿元大幅增加。", "93亿元", "128亿元");
  // A level reached after a verb of change with 至 is a move's new end.
  CHECK(Role(OnlyFigure("预计交付量将增至75万辆。", "75万辆")) == "to");
  // 达到 reaches a level without a move.
  CHECK_FALSE(OnlyFigure("交付量达到75万辆。", "75万辆").change.has_value());
}

TEST_CASE("The size of a move is a delta with the basis the text names", "[figures][changes]") {
  const std::string zh = "第四季合併營收達新台幣三千一百億元，年增兩成，季增百分之五點二。";
  CHECK_FALSE(OnlyFigure(zh, "新台幣三千一百億元").change.has_value());
  CHECK(Role(OnlyFigure(zh, "兩成")) == "delta");
  CHECK(Basis(OnlyFigure(zh, "兩成")) == "yoy");
  CHECK(Basis(OnlyFigure(zh, "百分之五點二")) == "qoq");
  const std::string zh_hans = "营收586.4亿元，同比增长38.5%，环比增长12.1%；股价当日上涨6.7%。";
  CHECK(Basis(OnlyFigure(zh_hans, "38.5%")) == "yoy");
  CHECK(Basis(OnlyFigure(zh_hans, "12.1%")) == "qoq");
  CHECK(Role(OnlyFigure(zh_hans, "6.7%")) == "delta");
  CHECK(Basis(OnlyFigure(zh_hans, "6.7%")).empty());
  // A share of a quantity is no move.
  CHECK_FALSE(OnlyFigure("AI伺服器占伺服器營收六成。", "六成").change.has_value());
  CHECK(Basis(OnlyFigure("今年AI伺服器營收將較去年倍增。", "倍增")) == "yoy");

  const std::string en = "Revenue rose to $39.3 billion, up 78% from a year earlier and 12% from the previous quarter.";
  CHECK(Basis(OnlyFigure(en, "78%")) == "yoy");
  CHECK(Role(OnlyFigure(en, "12%")) == "delta");
  CHECK(Basis(OnlyFigure(en, "12%")) == "qoq");
  CHECK(Basis(OnlyFigure("Revenue was up 9% on the year before.", "9%")) == "yoy");
  CHECK(Role(OnlyFigure("Caldera's sales jump 78% as demand holds", "78%")) == "delta");
  // A figure between the verb and "to" does not hide the verb: "fell 4% to £301 million".
  CHECK(Role(OnlyFigure("Revenue at the club fell 4% to £301 million.", "£301 million")) == "to");
  CHECK(Role(OnlyFigure("For the year revenue more than doubled to $130.5 billion.", "doubled")) == "delta");
}

TEST_CASE("A Chinese range writes its scale and unit on both ends, or joins with ~ and －", "[figures][changes]") {
  const Figure guided = OnlyFigure("预计第四季度营收将在2,050亿元至2,150亿元之间。", "2,050亿元至2,150亿元");
  CHECK(guided.kind == FigureKind::kMoney);
  CHECK(guided.value == 2.05e11);
  CHECK(guided.value_high == 2.15e11);
  CHECK(OnlyFigure("年产能3~5万辆。", "3~5万辆").value_high == 5e4);
  CHECK(OnlyFigure("投资8－10亿美元。", "8－10亿美元").value == 8e8);
  // Falling values are not one range: two figures.
  CHECK(OnlyFigure("由2,150亿元至2,050亿元。", "2,150亿元").value_high == std::nullopt);
}

TEST_CASE("Measure words of counts and decimal commas read from the shape of the number", "[figures][changes]") {
  const Figure racks = OnlyFigure("AI伺服器機櫃出貨約1,200櫃。", "1,200櫃");
  CHECK(racks.value == 1200);
  CHECK(racks.unit == "櫃");
  const Figure euros = OnlyFigure("Revenue was 1.234,5 Mio. € after a 1.5 GW expansion.", "1.234,5 Mio. €");
  CHECK(euros.value == Approx(1.2345e9));
  CHECK(euros.unit == "EUR");
}

TEST_CASE("Units of one dimension at different scales share a base", "[figures][changes]") {
  REQUIRE(InBaseUnit("GW"));
  CHECK(InBaseUnit("GW")->unit == InBaseUnit("kW")->unit);
  CHECK(InBaseUnit("GW")->factor == 1e9);
  CHECK(InBaseUnit("TWh")->unit == "Wh");
  CHECK(InBaseUnit("GW")->unit != InBaseUnit("GWh")->unit);
  CHECK_FALSE(InBaseUnit("USD"));
}

TEST_CASE("Currencies of the world's press: codes before the number, glued codes, names after it", "[figures][changes]") {
  const std::string text =
      "It paid CHF 2.3 billion, R$1.1 billion, ₩53.6 trillion, SAR 80 billion, Rmb5bn and Rs450 crore; "
      "losses were $US2.5 billion, 40 million Swiss francs and 12 billion rupees.";
  CHECK(OnlyFigure(text, "CHF 2.3 billion").unit == "CHF");
  CHECK(OnlyFigure(text, "R$1.1 billion").unit == "BRL");
  CHECK(OnlyFigure(text, "₩53.6 trillion").unit == "KRW");
  CHECK(OnlyFigure(text, "SAR 80 billion").value == 8e10);
  CHECK(OnlyFigure(text, "Rmb5bn").unit == "CNY");
  CHECK(OnlyFigure(text, "Rs450 crore").value == 4.5e9);
  CHECK(OnlyFigure("Revenue was ₹ 5,000 crore.", "₹ 5,000 crore").unit == "INR");
  CHECK(OnlyFigure(text, "$US2.5 billion").unit == "USD");
  CHECK(OnlyFigure(text, "40 million Swiss francs").unit == "CHF");
  CHECK(OnlyFigure(text, "12 billion rupees").unit == "INR");
  // Digits glued to other words stay names.
  CHECK(ExtractFigures("The H100 and the Graviton4 ship.").empty());
}

TEST_CASE("A hyphenated scale after money and multiples written with -fold", "[figures][changes]") {
  CHECK(OnlyFigure("A $2.4-billion deal.", "$2.4-billion").value == 2.4e9);
  CHECK(OnlyFigure("A C$500-million plan.", "C$500-million").unit == "CAD");
  const Figure fold = OnlyFigure("Revenue jumped sevenfold.", "sevenfold");
  CHECK(fold.kind == FigureKind::kMultiple);
  CHECK(fold.value == 7);
  CHECK(OnlyFigure("Output rose 10-fold.", "10-fold").value == 10);
  CHECK(OnlyFigure("储能出货翻番。", "翻番").value == 2);
}

TEST_CASE("German nouns with umlauts, cents in a euro text, a Chinese noun ending before its verb", "[figures][changes]") {
  const std::string de = "Das Unternehmen investiert 3 Mrd. Euro in 1.500 Arbeitsplätzen; Strom kostet 9,8 Cent je Kilowattstunde.";
  CHECK(OnlyFigure(de, "1.500 Arbeitsplätzen").unit == "arbeitsplätzen");
  CHECK(OnlyFigure(de, "9,8 Cent je Kilowattstunde").unit == "EUR");
  CHECK(OnlyFigure("It sells for 12.5 cents a share.", "12.5 cents a share").unit == "USD");
  CHECK(OnlyFigure("用于1,500座超充站建设。", "1,500座超充站").unit == "超充站");
}

TEST_CASE("After a verb of change, a move's size and its new level are two figures, a shared unit is a range", "[figures][changes]") {
  const std::string oil = "Brent crude rose $1.20 to $82.35 a barrel, and spending rose by £3.2bn to £164.9bn.";
  CHECK(Role(OnlyFigure(oil, "$1.20")) == "delta");
  CHECK(Role(OnlyFigure(oil, "$82.35 a barrel")) == "to");
  CHECK(OnlyFigure(oil, "£3.2bn").value_high == std::nullopt);
  CHECK(Role(OnlyFigure(oil, "£164.9bn")) == "to");
  CHECK(OnlyFigure("Sales will grow 20 to 25 percent.", "20 to 25 percent").value_high == 25);
  CHECK(OnlyFigure("Capex will rise $60 to $70 billion.", "$60 to $70 billion").value_high == 7e10);
}

TEST_CASE("'last' is no counted noun, a therm is a per-unit", "[figures][changes]") {
  const Figure cases = OnlyFigure("Measles cases climbed to 1,200 last year.", "1,200");
  CHECK(cases.unit.empty());
  CHECK(OnlyFigure("Gas fell to 98p a therm, bills to £1,717.", "98p a therm").per == "therm");  // pence where the text deals in pounds
}

TEST_CASE("A Chinese tenor that names the instrument is no figure", "[figures][changes]") {
  const std::vector<Figure> found = ExtractFigures("一年期贷款市场报价利率为3.35%，10年期国债收益率为1.85%，期限为五年。");
  std::vector<std::string> surfaces;
  for (const Figure& f : found) surfaces.push_back(f.surface);
  CHECK(surfaces == std::vector<std::string>{"3.35%", "1.85%", "五年"});
}

TEST_CASE("Table cells: full-width brackets, physical units and ranges under a header", "[figures][changes]") {
  const std::string table =
      "| 项目 | 2025年（亿元） | 同比（%） |\n|---|---|---|\n| 营业收入 | 1,932 | 20.1 |\n\n"
      "| Plant | Capacity (MW) | Output (GWh) | 2025 capex (US$ billion) |\n|---|---|---|---|\n| North | 1,200 | 3,400 | 64–72 |\n";
  const Figure revenue = OnlyFigure(table, "1,932");
  CHECK(revenue.kind == FigureKind::kMoney);
  CHECK(revenue.value == 1.932e11);
  CHECK(OnlyFigure(table, "20.1").unit == "percent");
  const Figure capacity = OnlyFigure(table, "1,200");
  CHECK(capacity.kind == FigureKind::kQuantity);
  CHECK(capacity.unit == "MW");
  CHECK(OnlyFigure(table, "3,400").unit == "GWh");
  const Figure capex = OnlyFigure(table, "64–72");
  CHECK(capex.unit == "USD");
  CHECK(capex.value_high == 7.2e10);
}

TEST_CASE("Table headers in more currencies and units, a bare magnitude in brackets names a unit", "[figures][changes]") {
  const std::string table =
      "| Co | Sales (RMB bn) | Profit (HK$ m) | Margin (%, YoY) | P/E (x) | Change (bps) |\n|---|---|---|---|---|---|\n"
      "| A | 33.2 | 1,204 | 24.5 | 18.2 | 25 |\n\n"
      "| 公司 | 营收（百万元） | 营收（新台幣億元） |\n|---|---|---|\n| 甲 | 12,345 | 7,597 |\n";
  CHECK(OnlyFigure(table, "33.2").unit == "CNY");
  CHECK(OnlyFigure(table, "1,204").value == 1.204e9);
  CHECK(OnlyFigure(table, "24.5").unit == "percent");
  CHECK(OnlyFigure(table, "18.2").kind == FigureKind::kMultiple);
  CHECK(OnlyFigure(table, "25").unit == "basis points");
  CHECK(OnlyFigure(table, "12,345").value == 1.2345e10);
  const Figure twd = OnlyFigure(table, "7,597");
  CHECK(twd.unit == "TWD");
  CHECK(twd.value == 7.597e11);
  for (const Figure& f : ExtractFigures(table)) CHECK(f.surface != "百万元");
  // 单位：亿元 names the unit; 三百万元 is an amount.
  CHECK(ExtractFigures("单位：亿元").empty());
  CHECK(OnlyFigure("投资三百万元。", "三百万元").value == 3e6);
}

TEST_CASE("A scale word after 'a' is one of it in a currency, 'pc' is per cent", "[figures][changes]") {
  const std::string text = "A billion dollars was spent on a million users, and half a million people lost power; sales rose 5.25pc.";
  CHECK(OnlyFigure(text, "billion dollars").value == 1e9);
  CHECK(OnlyFigure(text, "billion dollars").unit == "USD");
  // Without a currency, "a million" may name a denominator: "What a million tokens really costs".
  for (const Figure& f : ExtractFigures(text)) CHECK(f.surface != "million users");
  CHECK(OnlyFigure(text, "half a million people").value == 5e5);
  CHECK(OnlyFigure(text, "5.25pc").unit == "percent");
  // Run together with its number, "per cent" is still a percent, not ten cents.
  const Figure glued = OnlyFigure("Output fell by around 10per cent of global supply.", "10per cent");
  CHECK(glued.unit == "percent");
  CHECK(glued.value == 10);
}

TEST_CASE("A Chinese move whose start names its year, 'one in a million' states no amount", "[figures][changes]") {
  CheckLinked("营收由2024年的100亿元增至150亿元。", "100亿元", "150亿元");
  for (const Figure& f : ExtractFigures("It is a one in a million chance.")) CHECK(f.surface != "million chance");
}

TEST_CASE("Chinese votes, weekly bases and a new level after the size of a move", "[figures][changes]") {
  const std::string text = "该候选人获得1,234万票。新增病例较上周增加15%。发电量同比下降3.1%至6,520亿千瓦时。";
  CHECK(OnlyFigure(text, "1,234万票").unit == "票");
  CHECK(Basis(OnlyFigure(text, "15%")) == "qoq");
  CHECK(Basis(OnlyFigure(text, "3.1%")) == "yoy");
  CHECK(Role(OnlyFigure(text, "6,520亿千瓦时")) == "to");
}

TEST_CASE("A qualifier between a verb of change and its size", "[figures][changes]") {
  CHECK(Role(OnlyFigure("Shares fell as much as 7% in late trading.", "7%")) == "delta");
  CHECK(Role(OnlyFigure("Sales rose about 3% on the year before.", "3%")) == "delta");
  CHECK(Basis(OnlyFigure("Sales rose about 3% on the year before.", "3%")) == "yoy");
  CHECK_FALSE(OnlyFigure("Margins were about 3%.", "3%").change.has_value());
}

TEST_CASE("Adverbs and prepositions after a number are no counted noun", "[figures][changes]") {
  const std::string text = "Cases hit 1,200 yesterday, the index closed at 5,120 amid losses and around 2,000 gathered outside.";
  CHECK(OnlyFigure(text, "1,200").unit.empty());
  CHECK(OnlyFigure(text, "5,120").unit.empty());
  CHECK(OnlyFigure(text, "2,000").unit.empty());
  CHECK(OnlyFigure("It has 4,500 lots.", "4,500 lots").unit == "lots");
}
