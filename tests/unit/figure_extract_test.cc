// The figure recognizer on each family of issue 3 and on the hard cases: spans in bytes, values,
// ranges, units, per-units, approximations, and what must not be a figure.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "dossier/figure.h"
#include "support/figure_lookup.h"

using namespace dossier;

namespace {

// The figures of `text` whose surface is `surface`; REQUIREs exactly one and that its span is
// where `surface` first occurs in `text`.
Figure One(const std::string& text, const std::string& surface) {
  std::vector<Figure> found;
  for (Figure& f : ExtractFigures(text)) {
    if (f.surface == surface) found.push_back(std::move(f));
  }
  INFO("text: " << text << "\nsurface: " << surface);
  REQUIRE(found.size() == 1);
  const size_t at = text.find(surface);
  REQUIRE(found[0].span == (ByteSpan{at, at + surface.size()}));
  REQUIRE(text.substr(found[0].span.begin, found[0].span.end - found[0].span.begin) == surface);
  return found[0];
}


void CheckFigure(const std::string& text, const std::string& surface, FigureKind kind, double value,
                 std::optional<double> high, const std::string& unit, std::optional<std::string> per = std::nullopt,
                 Approximation approx = Approximation::kExact) {
  const Figure f = One(text, surface);
  INFO("figure: " << surface);
  CHECK(f.kind == kind);
  CHECK(f.value == Approx(value));
  CHECK(f.value_high.has_value() == high.has_value());
  if (high && f.value_high) CHECK(*f.value_high == Approx(*high));
  CHECK(f.unit == unit);
  CHECK(f.per == per);
  CHECK(f.approx == approx);
}

constexpr auto kMoney = FigureKind::kMoney;
constexpr auto kPercent = FigureKind::kPercent;
constexpr auto kMultiple = FigureKind::kMultiple;
constexpr auto kRate = FigureKind::kRate;
constexpr auto kDuration = FigureKind::kDuration;
constexpr auto kCount = FigureKind::kCount;
constexpr auto kQuantity = FigureKind::kQuantity;
const std::nullopt_t none = std::nullopt;

}  // namespace

TEST_CASE("Money: signs, codes, scales, ranges and words", "[figure_extract]") {
  CheckFigure("Investors committed $3 trillion.", "$3 trillion", kMoney, 3e12, none, "USD");
  CheckFigure("It raised US$50bn in debt.", "US$50bn", kMoney, 5e10, none, "USD");
  CheckFigure("A token costs $0.50 today.", "$0.50", kMoney, 0.5, none, "USD");
  CheckFigure("Alphabet guided $175–185 billion.", "$175–185 billion", kMoney, 1.75e11, 1.85e11, "USD");
  CheckFigure("A data center is 35 billion dollars in silicon.", "35 billion dollars", kMoney, 3.5e10, none, "USD");
  CheckFigure("Sales were €5m, then £3 billion, then ¥200 billion.", "€5m", kMoney, 5e6, none, "EUR");
  CheckFigure("Sales were €5m, then £3 billion, then ¥200 billion.", "£3 billion", kMoney, 3e9, none, "GBP");
  CheckFigure("Sales were €5m, then £3 billion, then ¥200 billion.", "¥200 billion", kMoney, 2e11, none, "JPY");
  CheckFigure("The $0.07–$0.40 range.", "$0.07–$0.40", kMoney, 0.07, 0.40, "USD");
  CheckFigure("It could exceed $1–2 billion.", "$1–2 billion", kMoney, 1e9, 2e9, "USD");
  CheckFigure("The trillion-dollar question.", "trillion-dollar", kMoney, 1e12, none, "USD");
}

TEST_CASE("Money: Chinese numerals and magnitudes", "[figure_extract]") {
  CheckFigure("资本支出达3000亿美元。", "3000亿美元", kMoney, 3e11, none, "USD");
  CheckFigure("OpenAI 兆美元豪賭", "兆美元", kMoney, 1e12, none, "USD");
  CheckFigure("投入三千亿美元。", "三千亿美元", kMoney, 3e11, none, "USD");
  CheckFigure("用户达30万。", "30万", kCount, 3e5, none, "");
  CheckFigure("僅啟用7.6億參數的模型", "7.6億參數", kCount, 7.6e8, none, "參數");
  CheckFigure("OpenAI 以三層架構", "三層", kCount, 3, none, "層");
  CheckFigure("回應時間低於200毫秒。", "200毫秒", kDuration, 200, none, "milliseconds");
  // A billionaire, a vague "tens of billions" and the article 一 are words, not figures.
  CHECK(Surfaces("億萬富翁投資人,價值數十億美元,一場豪賭").empty());
}

TEST_CASE("Chinese measure words, units, ranges and the currency of the text", "[figure_extract]") {
  CheckFigure("公司将建两座工厂。", "两座工厂", kCount, 2, none, "工厂");
  CheckFigure("有5,000名員工。", "5,000名員工", kCount, 5000, none, "員工");
  CheckFigure("销量120万辆。", "120万辆", kCount, 1.2e6, none, "辆");
  CheckFigure("预计3至5年完成。", "3至5年", kDuration, 3, 5, "years");
  CheckFigure("装机300兆瓦。", "300兆瓦", kQuantity, 300, none, "MW");
  CheckFigure("市占率三成。", "三成", kPercent, 30, none, "percent");
  CheckFigure("上升1.2個百分點。", "1.2個百分點", kPercent, 1.2, none, "percentage points");
  CheckFigure("投入3800亿元。", "3800亿元", kMoney, 3.8e11, none, "CNY");
  CheckFigure("台積電投資新台幣1,200億元,電價0.5元/度。", "新台幣1,200億元", kMoney, 1.2e11, none, "TWD");
  CheckFigure("台積電投資新台幣1,200億元,電價0.5元/度。", "0.5元/度", kRate, 0.5, none, "TWD", "度");
  // Dates, ordinals and the article 一 are not figures.
  CHECK(Surfaces("1至6月销量,第二季营收,5月16日,一座工厂。").empty());
}

TEST_CASE("Percent: signs, words, ranges and percentage points", "[figure_extract]") {
  CheckFigure("Spending rose 77% from last year.", "77%", kPercent, 77, none, "percent");
  CheckFigure("Intensity reached 45 to 57 percent of revenue.", "45 to 57 percent", kPercent, 45, 57, "percent");
  CheckFigure("DRAM is 30 to 40 percent of capex.", "30 to 40 percent", kPercent, 30, 40, "percent");
  CheckFigure("It trails by 0.2 percentage points.", "0.2 percentage points", kPercent, 0.2, none, "percentage points");
  CheckFigure("Costs fell 20 per cent.", "20 per cent", kPercent, 20, none, "percent");
  CheckFigure("A 5-10% rise.", "5-10%", kPercent, 5, 10, "percent");
}

TEST_CASE("Decimal commas, signs, cents and pence", "[figure_extract]") {
  // A text that writes decimal commas: "," is the decimal point, "." and spaces group thousands.
  const std::string european = "Prices fell −7%, then rose +2,5 % to 75,10 €/MWh, or 31,2 ct/kWh; 2 400 GWh.";
  CheckFigure(european, "−7%", kPercent, -7, none, "percent");
  CheckFigure(european, "+2,5 %", kPercent, 2.5, none, "percent");
  CheckFigure(european, "75,10 €/MWh", kRate, 75.1, none, "EUR", "mwh");
  CheckFigure(european, "31,2 ct/kWh", kRate, 0.312, none, "EUR", "kwh");
  CheckFigure(european, "2 400 GWh", kQuantity, 2400, none, "GWh");
  const std::string german = "Wind lieferte 21.305,6 GWh (+12,5 %); RWE investierte 1,2 Mrd. Euro, or €1.2 billion.";
  CheckFigure(german, "21.305,6 GWh", kQuantity, 21305.6, none, "GWh");
  CheckFigure(german, "1,2 Mrd. Euro", kMoney, 1.2e9, none, "EUR");
  CheckFigure(german, "€1.2 billion", kMoney, 1.2e9, none, "EUR");
  CheckFigure("Power costs 12.5 cents per kWh, or 1.2 cents more.", "12.5 cents per kWh", kRate, 0.125, none, "USD",
              "kwh");
  CheckFigure("In pounds (GBP), shares closed at 1,250p, down -3.2%.", "1,250p", kMoney, 12.5, none, "GBP");
  CheckFigure("In pounds (GBP), shares closed at 1,250p, down -3.2%.", "-3.2%", kPercent, -3.2, none, "percent");
  CHECK(Surfaces("Streams in 1080p.") == std::vector<std::string>{});
  CheckFigure("Rates rose 50 basis points.", "50 basis points", kPercent, 50, none, "basis points");
}

TEST_CASE("Multiples: times, x on either side, and words", "[figure_extract]") {
  CheckFigure("A 280 times decrease.", "280 times", kMultiple, 280, none, "times");
  CheckFigure("That 10x is a benchmark.", "10x", kMultiple, 10, none, "times");
  CheckFigure("ROI turns positive at 1.7-1.8x revenue.", "1.7-1.8x", kMultiple, 1.7, 1.8, "times");
  CheckFigure("Dense inference runs closer to 2-3x here.", "2-3x", kMultiple, 2, 3, "times");
  CheckFigure("It cost twice as much.", "twice", kMultiple, 2, none, "times");
  CheckFigure("Spending ten times more.", "ten times", kMultiple, 10, none, "times");
  const std::string both = "Growth of 1.2x (x1.2 in the table).";
  CheckFigure(both, "1.2x", kMultiple, 1.2, none, "times");
  CheckFigure(both, "x1.2", kMultiple, 1.2, none, "times");
  CHECK(Surfaces(both).size() == 2);
  CheckFigure("It claims more than double the performance.", "double", kMultiple, 2, none, "times", none,
              Approximation::kMoreThan);
  CheckFigure("It is worth roughly half as much.", "half", kMultiple, 0.5, none, "times", none,
              Approximation::kApproximate);
  CheckFigure("Sales doubled.", "doubled", kMultiple, 2, none, "times");
  // A match's half is no multiple: "as many goals in the first half as in six games".
  CHECK(Surfaces("They conceded as many goals in the first half as they had in six games.") == std::vector<std::string>{"six games"});
  CheckFigure("Costs tripled.", "tripled", kMultiple, 3, none, "times");
}

TEST_CASE("Rates: per-unit phrases, slashes and a year", "[figure_extract]") {
  CheckFigure("Cuban cited $0.50 per million tokens.", "$0.50 per million tokens", kRate, 0.5, none, "USD",
              "million tokens");
  CheckFigure("The $0.50/Mtok figure.", "$0.50/Mtok", kRate, 0.5, none, "USD", "mtok");
  CheckFigure("Priced at $3.48 per million output tokens versus $25.", "$3.48 per million output tokens", kRate, 3.48,
              none, "USD", "million output tokens");
  CheckFigure("A 300-watt envelope at 2.2 watts per core.", "2.2 watts per core", kRate, 2.2, none, "W", "core");
  CheckFigure("ChatGPT Plus ($20/month) sells.", "$20/month", kRate, 20, none, "USD", "month");
  CheckFigure("A workload that cost $10,000 per month in 2023.", "$10,000 per month", kRate, 1e4, none, "USD",
              "month");
  CheckFigure("Advertising makes over $200 billion annually.", "$200 billion annually", kRate, 2e11, none, "USD",
              "year", Approximation::kMoreThan);
  CheckFigure("Burning an estimated $7–10 billion annually.", "$7–10 billion annually", kRate, 7e9, 1e10, "USD",
              "year", Approximation::kApproximate);
  CheckFigure("Falling between 9 and 900 times per year.", "9 and 900 times per year", kRate, 9, 900, "times",
              "year");
  CheckFigure("Gold hit $2,900 an ounce.", "$2,900 an ounce", kRate, 2900, none, "USD", "ounce");
  CheckFigure("They run 30 buses an hour.", "30 buses an hour", kRate, 30, none, "buses", "hour");
  CheckFigure("It cost $3 trillion a decade ago.", "$3 trillion", kMoney, 3e12, none, "USD");
}

TEST_CASE("Durations: growth periods, ranges and adjectives", "[figure_extract]") {
  CheckFigure("Performance doubles every 2.07 years.", "2.07 years", kDuration, 2.07, none, "years");
  CheckFigure("Compute doubles every 3.4 months.", "3.4 months", kDuration, 3.4, none, "months");
  CheckFigure("A correction within the next 18–24 months.", "18–24 months", kDuration, 18, 24, "months");
  CheckFigure("Standard 5-year depreciation.", "5-year", kDuration, 5, none, "years");
  CheckFigure("It has compressed to two to three years.", "two to three years", kDuration, 2, 3, "years");
  CheckFigure("Worth half every two-and-a-half years.", "two-and-a-half years", kDuration, 2.5, none, "years");
  CheckFigure("~17 min read", "~17 min", kDuration, 17, none, "minutes", none, Approximation::kApproximate);
}

TEST_CASE("Counts and physical quantities", "[figure_extract]") {
  CheckFigure("Packing 136 cores into a chip.", "136 cores", kCount, 136, none, "cores");
  CheckFigure("V4 carries 1.6 trillion parameters.", "1.6 trillion parameters", kCount, 1.6e12, none, "parameters");
  CheckFigure("V4 carries 1.6 trillion total parameters.", "1.6 trillion total parameters", kCount, 1.6e12, none,
              "parameters");
  CheckFigure("Stargate could require 5 GW of power.", "5 GW", kQuantity, 5, none, "GW");
  CheckFigure("A run can consume 50–100 GWh of electricity.", "50–100 GWh", kQuantity, 50, 100, "GWh");
  CheckFigure("Into a 300-watt thermal envelope.", "300-watt", kQuantity, 300, none, "W");
  CheckFigure("Intel's 128-core Xeon.", "128-core", kCount, 128, none, "cores");
  CheckFigure("It delivers 800 GB/s memory bandwidth.", "800 GB/s", kQuantity, 800, none, "GB/s");
  CheckFigure("With 180 terabytes of memory.", "180 terabytes", kQuantity, 180, none, "TB");
  CheckFigure("Per standard 36 kilowatt rack.", "36 kilowatt", kQuantity, 36, none, "kW");
  CheckFigure("Clusters of 100,000+ H100/B200 GPUs.", "100,000+ H100/B200 GPUs", kCount, 1e5, none, "gpus", none,
              Approximation::kAtLeast);
  CheckFigure("Bandwidth via 12 DDR5 channels.", "12 DDR5 channels", kCount, 12, none, "channels");
  CheckFigure("Only three companies on earth.", "three companies", kCount, 3, none, "companies");
  CheckFigure("The four largest hyperscalers spend.", "four largest hyperscalers", kCount, 4, none, "hyperscalers");
  CheckFigure("| GPT-3 | $4.6M | 175B | 43.9 |", "175B", kCount, 1.75e11, none, "");
  CheckFigure("| GPT-3 | $4.6M | 175B | 43.9 |", "43.9", kCount, 43.9, none, "");
  CheckFigure("Activates 49 billion of them.", "49 billion", kCount, 4.9e10, none, "");
  CheckFigure("It opened a dozen new stores, and dozens of kiosks.", "dozen new stores", kCount, 12, none, "stores");
  CheckFigure("Nvidia bought ~500,000 H100s.", "~500,000 H100s", kCount, 5e5, none, "h100s", none,
              Approximation::kApproximate);
}

TEST_CASE("Qualifiers before a figure set its approximation, outside its span", "[figure_extract]") {
  using A = Approximation;
  const std::pair<std::string, A> cases[] = {
      {"roughly", A::kApproximate}, {"about", A::kApproximate}, {"approximately", A::kApproximate},
      {"nearly", A::kApproximate},  {"around", A::kApproximate}, {"almost", A::kApproximate},
      {"an estimated", A::kApproximate}, {"some", A::kApproximate}, {"over", A::kMoreThan},
      {"more than", A::kMoreThan},  {"up to", A::kAtMost},       {"at most", A::kAtMost},
      {"at least", A::kAtLeast},    {"under", A::kLessThan},     {"less than", A::kLessThan},
  };
  for (const auto& [qualifier, approx] : cases) {
    CheckFigure("They spent " + qualifier + " $3 trillion on it.", "$3 trillion", kMoney, 3e12, none, "USD", none,
                approx);
  }
  CheckFigure("Training cost ~$100M then.", "~$100M", kMoney, 1e8, none, "USD", none, A::kApproximate);
  CheckFigure("We saw 100,000+ GPUs.", "100,000+ GPUs", kCount, 1e5, none, "gpus", none, A::kAtLeast);
}

TEST_CASE("Numbers beside punctuation, dashes and each other", "[figure_extract]") {
  CHECK(Surfaces("(\"$5 billion\"), 77%; [45%]: 3.4 months.") ==
        std::vector<std::string>{"$5 billion", "77%", "45%", "3.4 months"});
  CheckFigure("A range of $125–145 billion.", "$125–145 billion", kMoney, 1.25e11, 1.45e11, "USD");
  CheckFigure("A range of 18—24 months.", "18—24 months", kDuration, 18, 24, "months");
  const std::string two = "If it spends $1 billion and $2 billion in value.";
  CHECK(Surfaces(two) == std::vector<std::string>{"$1 billion", "$2 billion"});
  CheckFigure(two, "$2 billion", kMoney, 2e9, none, "USD");
  CHECK(Surfaces("Amazon$200 billionAWS AI infrastructure") == std::vector<std::string>{"$200 billion"});
}

TEST_CASE("Mojibake and line breaks do not hide a figure", "[figure_extract]") {
  // Seed 004's mojibake: ’ read as Latin-1 then as Greek.
  CheckFigure("Whatβs gonna happen? Itβs $5 billion.", "$5 billion", kMoney, 5e9, none, "USD");
  CheckFigure("Costs fell 18â€“24 months.", "18â€“24 months", kDuration, 18, 24, "months");
  CheckFigure("A price of Â£30 each.", "Â£30", kMoney, 30, none, "GBP");
  // A figure split by a line break keeps it in its span, and its sentence covers both lines.
  const std::string split = "The deal was worth $3\ntrillion in total.";
  const Figure f = One(split, "$3\ntrillion");
  CHECK(f.value == Approx(3e12));
  CHECK(f.sentence == (ByteSpan{0, split.size()}));
  CheckFigure("Capex reached 45 to\n57 percent of revenue.", "45 to\n57 percent", kPercent, 45, 57, "percent");
}

TEST_CASE("Years, dates, citations, list numbers, ordinals and names are not figures", "[figure_extract]") {
  CHECK(Surfaces("In 2026, by 2030, since 1999 and until 2027 it grew.").empty());
  CHECK(Surfaces("On May 16, 2026 and 16 May and 2026-05-23 18:15 UTC, in November 2022.").empty());
  CHECK(Surfaces("A claim.[1] Another.[2][3]").empty());
  CHECK(Surfaces("1. The Capital at Stake\n  • 2.\n3) Risks\n## 4. Outlook").empty());
  CHECK(Surfaces("Risks: 1) power, 2) memory (3) labour, in Q4'24 and fiscal 2025-26 at 11 a.m.").empty());
  CHECK(Surfaces("The 3rd and 21st attempts in the 1990s, first and second.").empty());
  CHECK(Surfaces("GPT-4, H100, Llama 3.1 405B, Claude Opus 4.6, Xeon 6, DDR5, RTX 5090, x86 and CXL 3.0.").empty());
  CHECK(Surfaces("No one knows; one of the two; on one hand.").empty());
  CHECK(Surfaces("Version 1 at https://x.com/a/status/1790000000 and #1.").empty());
  CHECK(Surfaces("Hundreds of billions and trillions of dollars, multi-billion-dollar bets.").empty());
  CHECK(Surfaces("Built on TSMC 2nm and 3 nanometre technology.").empty());
  CHECK(Surfaces("The FTSE 100, the 30-year gilt, Unit 3, House Bill 12, Regulation (EU) 2019/943, No. 23-1234.").empty());
  CHECK(Surfaces("An Airbus A350-1000 and a Boeing 787-9 on a Class 700, an iPhone 16 on macOS 15.").empty());
  CHECK(Surfaces("Call +44 20 7946 0958 or (555) 123-4567 on day 3 of route 66.").empty());
  CHECK(Surfaces("| 2022 | 95 | 1.67 |") == std::vector<std::string>{"95", "1.67"});
  // A calendar-year range is dates; a year next to a figure leaves the figure alone.
  CHECK(Surfaces("A 2027 to 2030 story: $400 billion in 2026.") == std::vector<std::string>{"$400 billion"});
}

TEST_CASE("Each figure knows its sentence, quote, date and metric", "[figure_extract]") {
  const std::string text =
      "First sentence here. The hyperscalers plan to spend $725 billion on capital expenditure in 2026, "
      "up 77% from last year. Then \xe9\xa6\xac\xe5\x85\x8b spent $1 billion.";
  const Figure capex = One(text, "$725 billion");
  const size_t sentence_begin = text.find("The hyperscalers");
  const size_t sentence_end = text.find("last year.") + 10;
  CHECK(capex.sentence == (ByteSpan{sentence_begin, sentence_end}));
  CHECK(capex.metric == std::optional<std::string>("capital expenditure"));
  CHECK(capex.context_date == std::optional<std::string>("2026"));
  CHECK(capex.quote.exact == "$725 billion");
  CHECK(capex.quote.prefix == text.substr(capex.span.begin - 32, 32));
  CHECK(capex.quote.suffix == text.substr(capex.span.end, 32));

  // The metric stops where a clause begins.
  CHECK(One("Doubts grow over the $700 billion in capital expenditure hyperscalers are deploying.", "$700 billion").metric ==
        std::optional<std::string>("capital expenditure"));

  const Figure pct = One(text, "77%");
  CHECK(pct.sentence == capex.sentence);
  // A change has the metric of the quantity that changed.
  CHECK(pct.metric == std::optional<std::string>("capital expenditure"));
  REQUIRE(pct.change);
  CHECK(pct.change->role == "delta");
  CHECK(pct.context_date == std::optional<std::string>("2026"));

  // The quote context stops at character boundaries: 馬克 is 6 bytes of UTF-8.
  const Figure later = One(text, "$1 billion");
  CHECK(later.context_date == std::nullopt);
  CHECK(later.quote.prefix.size() <= 32);
  CHECK(later.quote.prefix.find("\xe9\xa6\xac\xe5\x85\x8b") != std::string::npos);
  CHECK(text.substr(later.span.begin - later.quote.prefix.size(), later.quote.prefix.size()) == later.quote.prefix);
  CHECK(later.quote.suffix == ".");
}

TEST_CASE("Figures come in span order, the same on every thread", "[figure_extract]") {
  std::string text;
  for (int k = 0; k < 50; ++k) {
    text += "It spent $" + std::to_string(k + 1) + " billion, 3\xe5\x8d\x83\xe4\xba\xbf\xe7\xbe\x8e\xe5\x85\x83, "
            "ten times more, on 136 cores. ";
  }
  const std::vector<Figure> expected = ExtractFigures(text);
  REQUIRE(expected.size() == 200);
  for (size_t k = 1; k < expected.size(); ++k) CHECK(expected[k - 1].span.end <= expected[k].span.begin);

  std::vector<std::vector<Figure>> results(4);
  std::vector<std::thread> threads;
  for (auto& result : results) {
    threads.emplace_back([&text, &result] {
      for (int round = 0; round < 5; ++round) result = ExtractFigures(text);
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& result : results) {
    REQUIRE(result.size() == expected.size());
    for (size_t k = 0; k < result.size(); ++k) {
      CHECK(result[k].span == expected[k].span);
      CHECK(result[k].value == expected[k].value);
      CHECK(result[k].unit == expected[k].unit);
      CHECK(result[k].sentence == expected[k].sentence);
    }
  }
}

TEST_CASE("Figure kinds and approximations have names that parse back", "[figure_extract]") {
  for (FigureKind kind : {kMoney, kPercent, kMultiple, kRate, kDuration, kCount, kQuantity}) {
    CHECK(ParseFigureKind(ToString(kind)) == kind);
  }
  for (Approximation a : {Approximation::kExact, Approximation::kApproximate, Approximation::kAtLeast,
                          Approximation::kMoreThan, Approximation::kAtMost, Approximation::kLessThan}) {
    CHECK(ParseApproximation(ToString(a)) == a);
  }
  CHECK(std::string(ToString(FigureKind::kMoney)) == "money");
  CHECK(std::string(ToString(Approximation::kAtLeast)) == "at_least");
  CHECK_FALSE(ParseFigureKind("dollars").has_value());
  CHECK_FALSE(ParseApproximation("").has_value());
}
