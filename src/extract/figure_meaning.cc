#include "extract/figure_meaning.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <string>
#include <tuple>
#include <unordered_map>

#include "extract/figure_changes.h"
#include "extract/figure_han_topic.h"
#include "extract/figure_period.h"
#include "extract/figure_subject.h"
#include "extract/figure_tables.h"
#include "extract/lexicon.h"
#include "extract/metric_lexicon.h"
#include "extract/reporting_lexicon.h"
#include "extract/text_bytes.h"
#include "extract/word_set.h"
#include "util/dates.h"

namespace dossier::extract {
namespace {

constexpr std::string_view kFullComma = "\xef\xbc\x8c";      // ，
constexpr std::string_view kFullSemicolon = "\xef\xbc\x9b";  // ；
constexpr std::string_view kEmDashSpaced = " \xe2\x80\x94 "; // " — "
constexpr std::string_view kEnDashSpaced = " \xe2\x80\x93 "; // " – "

// Whether a Han word for a threshold follows a figure ending at `at`: 的关口, 大关, 的门槛, 红线.
bool IsHanThresholdAt(std::string_view t, size_t at) {
  if (StartsWith(t, at, "\xe7\x9a\x84")) at += 3;  // 的
  for (std::string_view mark : {"\xe5\x85\xb3\xe5\x8f\xa3", "\xe9\x97\x9c\xe5\x8f\xa3",    // 关口 關口
                                "\xe5\xa4\xa7\xe5\x85\xb3", "\xe5\xa4\xa7\xe9\x97\x9c",    // 大关 大關
                                "\xe9\x97\xa8\xe6\xa7\x9b", "\xe9\x96\x80\xe6\xaa\xbb",    // 门槛 門檻
                                "\xe7\xba\xa2\xe7\xba\xbf", "\xe7\xb4\x85\xe7\xb7\x9a",    // 红线 紅線
                                "\xe8\xad\xa6\xe6\x88\x92\xe7\xba\xbf", "\xe8\xad\xa6\xe6\x88\x92\xe7\xb7\x9a"}) {  // 警戒线 警戒線
    if (StartsWith(t, at, mark)) return true;
  }
  return false;
}

// Where a clause break ends at `i` (", ", "; ", " — ", " while ", "，"), or 0.
size_t ClauseBreakAt(std::string_view t, size_t i) {
  const char c = t[i];
  if ((c == ',' || c == ';' || c == ':') && (At(t, i + 1) == ' ' || At(t, i + 1) == '\n')) return i + 2;
  if (c == ' ') {
    const char next = At(t, i + 1);  // most blanks begin none of the breaks below
    if (next != '\xe2' && next != 'w' && next != 'b' && next != 'a') return 0;
    for (std::string_view s : {kEmDashSpaced, kEnDashSpaced, std::string_view(" while "), std::string_view(" whereas "),
                               std::string_view(" but "), std::string_view(" and analysts "), std::string_view(" and said ")}) {
      if (StartsWith(t, i, s)) return i + (s.size() > 8 && s.substr(0, 5) == " and " ? 5 : s.size());
    }
  }
  if (c == '\xef' && (StartsWith(t, i, kFullComma) || StartsWith(t, i, kFullSemicolon))) return i + 3;
  return 0;
}

// The part of `sentence` between the semicolons (";" or "；") around `span`.
ByteSpan StatementOf(std::string_view t, ByteSpan sentence, ByteSpan span) {
  ByteSpan part = sentence;
  for (size_t i = sentence.begin; i < sentence.end && i < t.size(); ++i) {
    const bool semicolon = t[i] == ';' || (t[i] == '\xef' && StartsWith(t, i, kFullSemicolon));
    if (!semicolon) continue;
    if (i < span.begin) part.begin = i + 1;
    else if (i >= span.end) {
      part.end = i;
      break;
    }
  }
  return part;
}

// The clause breaks of `sentence`: where each break begins and where the next clause begins.
std::vector<std::pair<size_t, size_t>> ClauseBreaks(std::string_view t, ByteSpan sentence) {
  std::vector<std::pair<size_t, size_t>> breaks;
  for (size_t i = sentence.begin; i < sentence.end && i < t.size(); ++i) {
    if (const size_t after = ClauseBreakAt(t, i)) breaks.emplace_back(i, after);
  }
  return breaks;
}

// The clause of `sentence` that holds `span`, between the breaks around it (breaks inside the
// span, such as the comma of "1, 2", do not count).
ByteSpan ClauseOf(const std::vector<std::pair<size_t, size_t>>& breaks, ByteSpan sentence, ByteSpan span) {
  ByteSpan clause = sentence;
  for (const auto& [at, after] : breaks) {
    if (at >= span.begin && at < span.end) continue;
    if (at < span.begin) {
      clause.begin = after;
    } else {
      clause.end = at;
      break;
    }
  }
  return clause;
}

bool IsWordStart(std::string_view t, size_t i) {
  return IsAsciiLetter(At(t, i)) ? !IsAsciiAlnum(Before(t, i)) : IsNonAscii(At(t, i));
}

// The next character boundary after `i`.
size_t NextChar(std::string_view t, size_t i) {
  ++i;
  while (i < t.size() && IsContinuationByte(t[i])) ++i;
  return i;
}

struct MetricAt {
  size_t begin;
  size_t end;
  std::string_view metric;
  bool weak;
};

// Whether `range` writes of a disaster or of what insurers pay ("hurricane", "the earthquake",
// "insured", "reinsurance"): the losses it names are insured losses, no company's own.
bool NamesDisasterLosses(std::string_view t, ByteSpan range) {
  static constexpr std::string_view kStems[] = {"hurricane", "typhoon", "cyclone", "storm", "earthquake", "quake",
                                                "wildfire", "flood", "insured", "reinsur"};
  const std::string words = Lowercase(t.substr(range.begin, range.end - range.begin));
  return std::any_of(std::begin(kStems), std::end(kStems), [&](std::string_view s) { return words.find(s) != std::string::npos; });
}

// Whether the weak word of a metric at `i` names someone else's quantity, by the word before it:
// the spending of households, consumers or a government ("consumer spending"), a worker's pay
// ("average hourly earnings") or a gross profit, an exchange or tax rate ("exchange rates"), shops'
// sales ("retail sales rose 0.5%"); and, strong as its words are, the labour force's participation
// rate, no election's turnout ("the labor force participation rate, at 62.8 percent").
bool NamesOthers(std::string_view t, size_t i, const MetricMatch& m) {
  if (!m.weak && m.metric != "turnout") return false;
  struct Others {
    std::string_view metric;
    std::initializer_list<std::string_view> before;
  };
  static const Others kOthers[] = {
      {"capital expenditure", {"household", "households", "consumer", "consumers", "government", "public", "defence", "defense",
                               "military", "retail", "tourist"}},
      {"net income", {"hourly", "weekly", "average", "real", "gross"}},
      {"interest rate", {"exchange", "tax", "vacancy", "occupancy", "birth", "death", "mortality", "infection", "vaccination",
                         "tariff", "freight", "hotel", "room", "win"}},
      {"revenue", {"retail", "home", "store", "chain"}},
      {"turnout", {"force", "workforce"}},
      // "Economists surveyed by Dow Jones", "polled by Nikkei": the news service, not its index.
      {"index level", {"by"}},
  };
  for (const Others& others : kOthers) {
    if (m.metric != others.metric) continue;
    const std::string before = WordBefore(t, i).first;
    return std::find(others.before.begin(), others.before.end(), before) != others.before.end();
  }
  return false;
}

// Whether `range` names electric power or what makes or uses it ("power", "electricity", "grid",
// "solar", "wind", "data centre", "GW"), so that "capacity" in it is a power capacity.
bool NamesPower(std::string_view t, ByteSpan range) {
  // Stems go on with any ending ("generation", "electricity"); words end where they do ("wind",
  // not "windfall").
  static constexpr std::string_view kStems[] = {"electric", "generat", "turbine", "renewable", "batter", "data cent", "datacent",
                                                "megawatt", "gigawatt", "kilowatt"};
  static constexpr std::string_view kWords[] = {"power", "grid", "solar", "wind", "nuclear", "MW", "GW"};
  static constexpr std::string_view kHan[] = {"\xe8\xa3\x85\xe6\x9c\xba", "\xe8\xa3\x9d\xe7\xbd\xae",  // 装机 裝置
                                              "\xe7\x94\xb5", "\xe9\x9b\xbb"};                          // 电 電
  const std::string_view words = t.substr(range.begin, range.end - range.begin);
  auto written = [&](std::string_view w, bool whole) {
    for (size_t at = words.find(w); at != std::string_view::npos; at = words.find(w, at + 1)) {
      if (!IsAsciiLetter(Before(words, at)) && (!whole || !IsAsciiLetter(At(words, at + w.size())))) return true;
    }
    return false;
  };
  return std::any_of(std::begin(kStems), std::end(kStems), [&](std::string_view w) { return written(w, false); }) ||
         std::any_of(std::begin(kWords), std::end(kWords), [&](std::string_view w) { return written(w, true); }) ||
         std::any_of(std::begin(kHan), std::end(kHan), [&](std::string_view w) { return words.find(w) != std::string_view::npos; });
}

// Every metric named in `range`, in order.
std::vector<MetricAt> MetricsIn(std::string_view t, ByteSpan range) {
  std::vector<MetricAt> found;
  for (size_t i = range.begin; i < range.end;) {
    if (!IsWordStart(t, i)) {
      i = NextChar(t, i);
      continue;
    }
    if (auto m = MatchMetricAt(t, i); m && m->end <= range.end && !NamesOthers(t, i, *m)) {
      // "sales growth", "GDP growth": the growth of the metric named just before it.
      const bool growth_of_another = m->weak && m->metric == "growth rate" && !found.empty() && found.back().end + 1 == i;
      if (!growth_of_another) found.push_back({i, m->end, m->metric, m->weak});
      i = m->end;
      continue;
    }
    i = IsAsciiLetter(t[i]) ? WordEnd(t, i) : NextChar(t, i);
  }
  return found;
}

// The metric named nearest `span` within `range`: strong words before weak ones.
constexpr size_t kFarAfter = 1000;

// Whether " and " stands in t[from, to), which is near enough to read (a word named farther than
// a few lines away is far anyway).
bool FollowsAnd(std::string_view t, size_t from, size_t to) {
  return to - from < 200 && t.substr(from, to - from).find(" and ") != std::string_view::npos;
}
// Where the first subordinate clause in t[from, to) begins ("… soared 14.8% after the company said
// a deal values it at …"), or `to`: a metric named after it is another statement's. (One pass over
// the blanks: it runs for every figure.)
size_t SubordinateAfter(std::string_view t, size_t from, size_t to) {
  to = std::min(to, from + 200);
  for (size_t i = from; i < to; ++i) {
    if (t[i] != ' ') continue;
    const char next = At(t, i + 1);
    if (next != 'a' && next != 'b' && next != 'w' && next != 'f' && next != 's' && next != 'o') continue;
    // (" on ": "earnings of $3.21 a share on revenue of $11.2 billion", "rose 5% on higher sales".)
    for (std::string_view word : {" after ", " because ", " as ", " when ", " following ", " since ", " on "}) {
      if (word[1] == next && StartsWith(t, i, word)) return i;
    }
  }
  return SIZE_MAX;
}

std::optional<std::string> NearestMetric(std::string_view t, const std::vector<MetricAt>& metrics, ByteSpan range, ByteSpan span) {
  const MetricAt* best = nullptr;
  size_t best_distance = SIZE_MAX;
  int best_tier = 0;  // 0 near, 1 after another statement's "and", 2 in a subordinate clause after it
  const size_t subordinate = SubordinateAfter(t, span.end, range.end);
  auto first = std::lower_bound(metrics.begin(), metrics.end(), range.begin,
                                [](const MetricAt& m, uint64_t at) { return m.begin < at; });
  for (auto it = first; it != metrics.end() && it->begin < range.end; ++it) {
    const MetricAt& m = *it;
    if (m.begin < range.begin || m.end > range.end || (m.begin < span.end && span.begin < m.end)) continue;
    size_t distance = m.begin >= span.end ? m.begin - span.end : span.begin - std::min<size_t>(m.end, span.begin);
    // After the figure, the base of a ratio ("96.4% of GDP", "91% of the total revenue") comes last.
    if (m.begin >= span.end && m.metric != "vote share" && StartsWith(t, span.end, " of ")) distance += kFarAfter;
    // A metric that begins another statement after the figure ("Profit fell 13% to £948 million and
    // earnings per share rose 1%") comes after every metric before it, strong or weak; one of a
    // subordinate clause after the figure comes after every other ("Shares of Horizon were soaring
    // 14.8% after … a deal that values the drugmaker at …").
    const bool far = m.begin >= span.end && m.begin > subordinate;
    const int tier = far ? 2 : m.begin >= span.end && m.metric != "vote share" && FollowsAnd(t, span.end, m.begin) ? 1 : 0;
    const bool better = !best || tier < best_tier ||
                        (tier == best_tier && ((best->weak && !m.weak) || (m.weak == best->weak && distance < best_distance)));
    if (better) {
      best = &m;
      best_distance = distance;
      best_tier = tier;
    }
  }
  // A weak word beyond a subordinate clause ("Cobham slumped 20 percent after … warning that 2016
  // profits would fall") names another statement's metric.
  if (!best || (best_tier == 2 && best->weak)) return std::nullopt;
  return std::string(best->metric);
}

std::optional<std::string> CountedMetric(std::string_view unit);

// The metric of an expected figure, the object of a word of expectation ("had expected a monthly
// rise of 0.4%", "the forecast had been for 0.2%", "were looking for $833 million"): that of the
// last figure of the same kind and unit before it, within its sentence and the two before, that
// has one; else none. ("expected its cloud unit to bring in $18 billion" names a figure of its own.)
std::optional<std::string> ExpectedMetric(std::string_view t, const std::vector<Figure>& figures, size_t k) {
  static constexpr std::string_view kExpecting[] = {"expected", "expecting", "forecast", "estimate", "consensus",
                                                    "looking for", "predicted", "anticipated", "projected"};
  // The words that may stand between the word of expectation and the figure.
  static const WordSet kBetween = {
      "a", "an", "the", "of", "for", "had", "has", "have", "been", "was", "were", "is", "and", "monthly", "annual",
      "quarterly", "yearly", "rise", "gain", "increase", "advance", "decline", "drop", "fall", "reading", "rate", "with"};
  const Figure& f = figures[k];
  const std::string_view words = t.substr(f.sentence.begin, f.span.begin - f.sentence.begin);
  // Where `w` is last written in `words`, as words.rfind(w) (which called memcmp at every byte of
  // the sentence, for every figure): memrchr finds the places that open with its first byte.
  const auto last_at = [&](std::string_view w) {
    for (size_t end = words.size(); end >= w.size();) {  // a match begins at most at end - w.size()
      const void* first = memrchr(words.data(), w[0], end - w.size() + 1);
      if (first == nullptr) break;
      const size_t at = static_cast<size_t>(static_cast<const char*>(first) - words.data());
      if (words.compare(at, w.size(), w) == 0) return at;
      end = at + w.size() - 1;
    }
    return std::string_view::npos;
  };
  size_t expecting = std::string_view::npos;
  for (std::string_view w : kExpecting) {
    const size_t at = last_at(w);
    if (at != std::string_view::npos && (expecting == std::string_view::npos || at + w.size() > expecting)) expecting = at + w.size();
  }
  if (expecting == std::string_view::npos) return std::nullopt;
  for (size_t i = expecting; i < words.size();) {
    const size_t e = WordEnd(words, i);
    if (e == i) {
      ++i;
      continue;
    }
    if (kBetween.count(Lowercase(words.substr(i, e - i))) == 0) return std::nullopt;
    i = e;
  }
  int sentences = 0;
  for (size_t j = k; j > 0;) {
    const Figure& before = figures[--j];
    if (!(before.sentence == figures[j + 1].sentence) && ++sentences > 2) break;
    if (before.metric && before.kind == f.kind && before.unit == f.unit && before.per == f.per) return before.metric;
  }
  return std::nullopt;
}

// Whether a figure's unit is a currency (ISO code).
bool IsCurrency(const Figure& f) {
  return f.unit.size() == 3 && std::all_of(f.unit.begin(), f.unit.end(), IsUpper);
}

// Whether a figure is the price of one thing in a market's unit: "$82 a barrel", "75,10 €/MWh",
// "£9,724.54 per megawatt hour", "£4,000 per megawatt-hour".
bool IsPriceOfGood(const Figure& f) {
  if (f.kind != FigureKind::kRate || !f.per) return false;
  std::string unit;  // lowercase, without blanks and hyphens: "megawatthour"
  for (char c : *f.per) {
    if (c != ' ' && c != '-') unit += ToLowerAscii(c);
  }
  static constexpr std::string_view kGoods[] = {"barrel", "ounce", "tonne", "ton", "kwh", "mwh", "kilowatthour", "megawatthour",
                                                "litre", "liter", "gallon", "bushel", "pound", "mmbtu", "therm"};
  return std::find(std::begin(kGoods), std::end(kGoods), unit) != std::end(kGoods);
}

// The metric a figure's own unit names: a price per token, a power capacity, an energy use.
std::optional<std::string> MetricOfUnit(const Figure& f) {
  if (f.per && f.per->find("token") != std::string::npos) return "price per token";
  // Barrels a day are a producer's output; barrels alone a stock ("release 10 million barrels").
  if (f.kind == FigureKind::kRate && f.unit == "barrels" && f.per == "day") return "production";
  if (f.kind == FigureKind::kQuantity) {
    if (f.unit == "GW" || f.unit == "MW" || f.unit == "kW") return "power capacity";
    if (f.unit == "GWh" || f.unit == "MWh" || f.unit == "kWh" || f.unit == "TWh") return "electricity use";
  }
  if (f.kind == FigureKind::kCount || (f.kind == FigureKind::kRate && !IsCurrency(f))) {
    return CountedMetric(f.unit);
  }
  if (IsPriceOfGood(f)) return "price";
  return std::nullopt;
}

// The metric a count's noun names by itself: "2,323 employees", "94 seats", "214 deaths".
std::optional<std::string> CountedMetric(std::string_view unit) {
  static constexpr std::pair<std::string_view, std::string_view> kNouns[] = {
      {"employees", "employees"}, {"staff", "employees"},  {"users", "users"},     {"subscribers", "users"},
      {"customers", "users"},     {"seats", "seats"},      {"votes", "votes"},     {"cases", "cases"},
      {"infections", "cases"},    {"deaths", "deaths"},    {"goals", "goals"},     {"spectators", "attendance"},
      {"fans", "attendance"},     {"mitarbeiter", "employees"}, {"punkte", "index level"},
      {"jobs", "employees"},      {"mps", "seats"},        {"deputies", "seats"},        {"illnesses", "cases"}, {"hospitalizations", "hospitalisations"},
      {"hospitalisations", "hospitalisations"}, {"admissions", "hospitalisations"},
  };
  for (const auto& [noun, metric] : kNouns) {
    if (unit == noun) return std::string(metric);
  }
  return std::nullopt;
}

// Whether `span` is one side of a tally: digits joined to digits by a hyphen or an en dash.
bool IsMatchScore(std::string_view t, ByteSpan span) {
  const bool before = (span.begin >= 2 && t[span.begin - 1] == '-' && IsDigit(t[span.begin - 2])) ||
                      (span.begin >= 4 && StartsWith(t, span.begin - 3, kEnDash) && IsDigit(t[span.begin - 4]));
  const bool after = (At(t, span.end) == '-' && IsDigit(At(t, span.end + 1))) ||
                     (StartsWith(t, span.end, kEnDash) && IsDigit(At(t, span.end + 3)));
  // "4比2", Chinese for 4-2.
  constexpr std::string_view kBi = "\xe6\xaf\x94";  // 比
  const bool han_before = span.begin >= 4 && StartsWith(t, span.begin - 3, kBi) && IsDigit(t[span.begin - 4]);
  const bool han_after = StartsWith(t, span.end, kBi) && IsDigit(At(t, span.end + 3));
  return (before || after || han_before || han_after) && span.end - span.begin <= 2;
}

// What the sides of a tally count ("a 5-4 vote", "beat Rovers 3-1", "a 2-2 draw"): a vote's
// members or a match's goals, as the sentence's words say; nothing when they say neither (a poll's
// "52-38" lead, a ratio).
std::optional<std::string> TallyMetric(std::string_view t, ByteSpan sentence) {
  static const WordSet kVote = {"vote", "votes", "voted", "voting", "ballot", "split", "majority"};
  static const WordSet kMatch = {
      "goal", "goals", "beat", "beats", "draw", "drew", "match", "game", "win", "won", "victory", "defeat", "defeated",
      "lost", "loss", "scored", "league", "cup", "half-time", "halftime", "final", "fixture", "derby", "score", "scoreline",
      // A results round-up's verbs and venues ("won 3-0 away to …", "went down 4-1 at home to …").
      "wins", "winning", "drawn", "losing", "beaten", "away", "home"};
  // A game scored in baskets, runs or sets ("a 68-54 lead at halftime", "rebounds") counts no
  // goals, and the list of metrics has no name for it.
  static const WordSet kNotGoals = {
      "rebounds", "assists", "quarter", "overtime", "basket", "innings", "runs", "wickets", "sets", "touchdown", "touchdowns"};
  // A Chinese match report: 击败, 战平, 联赛 … anywhere in the sentence.
  static constexpr std::string_view kHanMatch[] = {"击败", "擊敗", "战胜", "戰勝", "战平", "戰平", "比赛", "比賽", "进球",
                                                   "進球", "联赛", "聯賽", "主场", "主場", "客场", "客場", "中超", "不敌", "不敵"};
  const std::string_view words = t.substr(sentence.begin, sentence.end - sentence.begin);
  bool match = std::any_of(std::begin(kHanMatch), std::end(kHanMatch), [&](std::string_view w) { return words.find(w) != std::string_view::npos; });
  for (size_t i = sentence.begin; i < sentence.end;) {
    if (!IsAsciiLetter(t[i])) {
      ++i;
      continue;
    }
    size_t e = i;
    while (e < sentence.end && (IsAsciiLetter(t[e]) || (t[e] == '-' && IsAsciiLetter(At(t, e + 1))))) ++e;
    const std::string word = Lowercase(t.substr(i, e - i));
    if (kVote.count(word) != 0) return std::string("votes");
    if (kNotGoals.count(word) != 0) return std::nullopt;
    match = match || kMatch.count(word) != 0;
    i = e;
  }
  if (match) return std::string("goals");
  return std::nullopt;
}

// Whether the words after a percentage ending at `at` say it backs someone: " support", "
// backed", " of respondents supported", " would vote for".
bool BacksSomeone(std::string_view t, size_t at) {
  static constexpr std::string_view kBacking[] = {"support", "supported", "backed", "back", "favored", "favoured",
                                                  "favor", "favour", "preferred", "prefer", "would vote", "said they would vote"};
  auto backing_at = [&](size_t i) {
    return std::any_of(std::begin(kBacking), std::end(kBacking),
                       [&](std::string_view word) { return StartsWith(t, i, word) && !IsAsciiLetter(At(t, i + word.size())); });
  };
  if (StartsWith(t, at, " of ")) {  // "of respondents", "of likely voters"
    at += 4;
    for (int words = 0; words < 3 && IsLower(At(t, at)) && !backing_at(at); ++words) {
      const size_t e = WordEnd(t, at);
      if (At(t, e) != ' ') return false;
      at = e + 1;
    }
    --at;
  }
  return At(t, at) == ' ' && backing_at(at + 1);
}

// Whether a percentage is how a body voted: "voted 59 percent to accept", "voted to reject the
// contract by 94.6%", "voted by a 96% margin", "The vote to authorize a strike was 96%" ("voted" or
// "vote" in its clause, at most 50 bytes before it, no other figure between).
bool CastsVote(std::string_view t, ByteSpan clause, ByteSpan span) {
  const size_t from = std::max<size_t>(clause.begin, span.begin > 50 ? span.begin - 50 : 0);
  const std::string_view before = t.substr(from, span.begin - from);
  for (std::string_view word : {"voted ", "voting ", "vote "}) {
    const size_t at = before.rfind(word);
    if (at == std::string_view::npos || (at > 0 && IsAsciiLetter(before[at - 1]))) continue;
    // The share right after the verb, or after "by" or "was" ("voted to cut the rate to 4%" is a rate).
    const std::string_view between = before.substr(at + word.size());
    auto ends_with = [&](std::string_view w) { return between.size() >= w.size() && between.substr(between.size() - w.size()) == w; };
    if (std::none_of(between.begin(), between.end(), [](char c) { return IsDigit(c); }) &&
        (between.empty() || ends_with(" by ") || ends_with(" by a ") || ends_with(" was ") || between == "by " || between == "by a ")) {
      return true;
    }
  }
  return false;
}

// Whether a text reports an election or a poll: it writes of voters, ballots, polls, elections,
// seats, turnout or shares of the vote three times at least ("voted" alone is a central bank's or a
// board's too). (Read only for a text with a bare share, when first needed.)
bool IsVotingText(std::string_view t) {
  static constexpr std::string_view kWords[] = {"voter",    "Voter",       "ballot",  "poll",    "Poll",  "election",
                                                "Election", "of the vote", "turnout", "Turnout", " seats"};
  int seen = 0;
  for (std::string_view word : kWords) {
    // (memmem: glibc's search skips ahead by pairs of bytes, where string_view::find stopped at
    // every byte equal to the word's first, each "e" for "election", each blank for " seats".)
    for (const char* from = t.data(); seen < 3; ++from) {
      const void* at = memmem(from, static_cast<size_t>(t.data() + t.size() - from), word.data(), word.size());
      if (at == nullptr) break;
      from = static_cast<const char*>(at);
      ++seen;
    }
  }
  return seen >= 3;
}

// Whether the multiple at `span` states a move or sets a quantity against its own other value: "a
// jump of more than nine times", "a three fold rise in net profit", "about four times the annual
// average", "has dropped by a factor of 1,000" (not "20 times its likely revenue", two quantities).
bool MultipliesItself(std::string_view t, ByteSpan span) {
  static constexpr std::string_view kMoves[] = {"rise", "jump", "increase", "gain", "growth", "surge", "drop", "fall", "decline"};
  auto [word, at] = WordBefore(t, span.begin);
  for (int k = 0; k < 3 && (word == "than" || word == "more" || word == "less" || word == "about" || word == "roughly" ||
                            word == "nearly" || word == "almost" || word == "some" || word == "over");
       ++k) {
    std::tie(word, at) = WordBefore(t, at);
  }
  if (word == "of") {  // "a jump of nine times", "by a factor of 1,000"
    const std::string noun = WordBefore(t, at).first;
    if (noun == "factor") return true;
    if (std::find(std::begin(kMoves), std::end(kMoves), noun) != std::end(kMoves)) return true;
  }
  const size_t after = WordEnd(t, span.end + 1);
  const std::string next = At(t, span.end) == ' ' ? Lowercase(t.substr(span.end + 1, after - span.end - 1)) : "";
  return next == "the" || std::find(std::begin(kMoves), std::end(kMoves), next) != std::end(kMoves);
}

// Whether two lowercase words right after a figure are a noun of its own that names no metric:
// "a 25% wage increase", "a $12,000 signing bonus", "a $25 billion shelf registration", "2
// percent annual raises". Such a figure is that thing, and a metric named in another clause of
// its sentence ("…, weeks after revenue fell") is another statement's. Not a verb or a time after
// the figure ("rose 5% last year", "$5 billion was raised"), nor a comparative ("3% higher").
bool NamesOwnNoun(std::string_view t, ByteSpan span) {
  auto word_at = [&](size_t at) -> std::string_view {
    size_t e = at;
    while (e < t.size() && (IsLower(t[e]) || (t[e] == '-' && e > at))) ++e;
    return e < t.size() && IsAsciiAlnum(t[e]) ? std::string_view() : t.substr(at, e - at);
  };
  if (At(t, span.end) != ' ') return false;
  const std::string_view first = word_at(span.end + 1);
  if (first.size() < 3 || At(t, span.end + 1 + first.size()) != ' ') return false;
  const size_t second_at = span.end + 2 + first.size();
  const std::string_view second = word_at(second_at);
  if (second.size() < 3) return false;
  static constexpr std::string_view kTimes[] = {"last", "this", "next", "each", "every", "per", "year", "years", "month",
                                                "months", "quarter", "quarters", "week", "weeks", "day", "days", "annually",
                                                // "the 3.2% annual rate", "a 0.4% monthly gain": the measure itself, per period
                                                "annual", "monthly", "quarterly", "yearly", "weekly", "daily"};
  for (std::string_view w : {first, second}) {
    const bool time = std::find(std::begin(kTimes), std::end(kTimes), w) != std::end(kTimes);
    const bool verb_or_comparative = (w.size() > 3 && (w.substr(w.size() - 2) == "ed" || w.substr(w.size() - 2) == "er")) ||
                                     IsFormOfBe(w) || IsAuxiliaryOrAdverb(w);
    if (time || verb_or_comparative || IsFunctionWord(w) || IsMonthName(w) || IsNumberWord(w)) return false;
  }
  return !MatchMetricAt(t, span.end + 1) && !MatchMetricAt(t, second_at);
}

// The metric of a count of people that its words frame as deaths ("A further 372 people have
// died", "the death of six people", "killing 27 people") or as patients in hospital ("21,183
// COVID-19 patients in hospitals", "1,200 people were hospitalised"): the noun alone ("people")
// says neither.
std::optional<std::string> PeopleCountMetric(std::string_view t, const Figure& f) {
  static const WordSet kPeople = {"people", "persons", "patients", "children", "civilians", "residents", ""};
  if (kPeople.count(f.unit) == 0) return std::nullopt;
  for (std::string_view died : {" have died", " had died", " died", " were killed", " have been killed", " had been killed", " dead"}) {
    if (StartsWith(t, f.span.end, died) && !IsAsciiLetter(At(t, f.span.end + died.size()))) return "deaths";
  }
  for (std::string_view death : {"death of ", "deaths of ", "killing ", "killed ", "claimed the lives of "}) {
    if (f.span.begin >= death.size() && t.substr(f.span.begin - death.size(), death.size()) == death) return "deaths";
  }
  for (std::string_view hospital : {" in hospital", " were hospitali", " have been hospitali", " hospitali"}) {
    if (StartsWith(t, f.span.end, hospital)) return "hospitalisations";
  }
  return std::nullopt;
}

bool MeasuresSomething(std::string_view t, const Figure& f) {
  if (f.kind == FigureKind::kDuration) return false;
  // A multiple measures what it multiplies when it is a move: "net profit more than doubled",
  // "roughly double the $91.4 billion it spent", "倍增".
  if (f.kind == FigureKind::kMultiple) return f.surface.rfind("doubl", 0) == 0 || f.surface.rfind("tripl", 0) == 0 ||
                                               f.surface == "twice" || f.surface == "\xe5\x80\x8d\xe5\xa2\x9e" ||  // 倍增
                                               MultipliesItself(t, f.span);
  // A count measures something when its noun does not say what it is: no noun, a noun that names
  // a metric ("2,323 employees"), or a Chinese measure word ("18.6万辆", "3.2亿台", "12.6万人").
  const bool measure_word = f.unit.size() == 3 && IsNonAscii(f.unit[0]);
  return f.kind != FigureKind::kCount || f.unit.empty() || measure_word || MetricOfUnit(f).has_value();
}

// --- periods --------------------------------------------------------------------------------

// Whether `between`, the words from a figure to a period after it, only say how the figure came
// about ("", " it spent ", " they paid "): no number, no word of comparison, a few words at most.
bool DescribesFigureBefore(std::string_view between) {
  constexpr size_t kFewWords = 24;  // bytes
  // "增长5.3%,比去年四季度…": a Chinese base follows its comparison word and is of the move after it.
  for (std::string_view than : {"\xe6\xaf\x94", "\xe8\xbe\x83", "\xe8\xbc\x83", "\xe4\xba\x8e", "\xe6\x96\xbc"}) {  // 比 较 較 于 於
    if (between.find(than) != std::string_view::npos) return false;
  }
  if (between.size() <= 5) return true;
  if (between.size() > kFewWords || std::any_of(between.begin(), between.end(), [](char c) { return IsDigit(c) || c == ',' || c == ';'; })) {
    return false;
  }
  const std::string lower = Lowercase(between);
  for (std::string_view word : {"compared", "than", "from", "against", "versus", "with", " to "}) {
    if (lower.find(word) != std::string::npos) return false;
  }
  return true;
}

// Whether `surface` is written as a percentage or points of one: "13.5 percent", "9%", "0.5 percentage points".
bool IsPercentage(std::string_view surface) {
  const std::string lower = Lowercase(surface);
  for (std::string_view end : {"%", "percent", "per cent", "pct", "points", "point"}) {
    if (lower.size() >= end.size() && lower.compare(lower.size() - end.size(), end.size(), end) == 0) return true;
  }
  return false;
}

// Whether the period named at `at` is a month's possessive just before a figure at `figure`: "from
// May's 2.9% growth" (the month is the base of a move and the period of the figure it names).
bool IsPossessiveBefore(std::string_view t, size_t at, size_t figure) {
  constexpr size_t kLongestMonth = 9;  // "September"
  if (at >= figure || figure - at > kLongestMonth + 5) return false;
  const std::string_view between = t.substr(at, figure - at);
  return between.find("'s ") != std::string_view::npos || between.find("\xe2\x80\x99s ") != std::string_view::npos;
}

// Whether the figure at `span` is the base a move or a value is compared with: "down from 262
// seats", "than the 48 it won", "compared with $1.2 billion".
bool IsBaseFigure(std::string_view t, ByteSpan span) {
  size_t at = span.begin;
  while (at > 0 && t[at - 1] == ' ') --at;
  const size_t word_end = at;
  while (at > 0 && IsAsciiLetter(t[at - 1])) --at;
  std::string word = Lowercase(t.substr(at, word_end - at));
  if (word == "the" || word == "a") return IsBaseFigure(t, {at, span.end});
  return word == "from" || word == "than" || word == "against" || word == "versus" ||
         (word == "with" && at >= 9 && Lowercase(t.substr(at - 9, 9)) == "compared ");
}

// Whether `between`, the words from a base figure to the comparison's period after it, list only
// further amounts of that base ("from 262 seats and 40% of the vote in 2017"): no other move or
// comparison begins in them.
bool ListsBaseBefore(std::string_view between) {
  constexpr size_t kFewWords = 60;  // bytes
  if (between.size() > kFewWords || between.find_first_of(",;") != std::string_view::npos) return false;
  const std::string lower = Lowercase(between);
  for (std::string_view word : {" to ", " from ", " than ", " against ", " versus ", "compared"}) {
    if (lower.find(word) != std::string::npos) return false;
  }
  return true;
}

// The period that ends the sentence's opening clause when `clause` comes right after it and the
// opening states no figure: "In July," or "the report showed that in July," sets the time of the
// clause after it ("In July, the alliance raised output by 335,000 bpd, reflecting its decisions
// this year"). (A later clause, "…, which ended in March, taking its fleet to 6.4 GW", does not.)
std::optional<std::string> OpeningClausePeriod(const std::vector<PeriodMention>& periods, const std::vector<Figure>& figures,
                                               const std::vector<std::pair<size_t, size_t>>& breaks, ByteSpan sentence,
                                               ByteSpan clause) {
  constexpr size_t kPeriodWords = 20;  // bytes: "the third quarter", "September 2025"
  if (!breaks.empty() && breaks.front().second == clause.begin) {
    const size_t opening = sentence.begin;
    const size_t ends = breaks.front().first;
    // (The figures are in the text's order.)
    const auto first = std::lower_bound(figures.begin(), figures.end(), opening,
                                        [](const Figure& g, uint64_t at) { return g.span.begin < at; });
    if (first != figures.end() && first->span.begin < ends) return std::nullopt;  // it states a figure
    for (auto p = periods.rbegin(); p != periods.rend(); ++p) {
      if (p->begin >= ends || p->begin < opening) continue;
      if (p->weekday || p->comparison || ends - p->begin > kPeriodWords) return std::nullopt;
      return p->period;
    }
  }
  return std::nullopt;
}

// Whether t[from, to) holds only Chinese words of a period (去年, 全年, 同期, 一季度, 上半年 …) and a
// 的: "高于去年一季度5.3%的增速" names the period of the figure right after it, though a base.
bool OnlyHanPeriodWords(std::string_view t, size_t from, size_t to) {
  static constexpr std::string_view kWords[] = {"去年", "今年", "上年", "明年", "全年", "同期", "第", "一", "二", "三", "四",
                                                "季度", "季", "上半年", "下半年", "的"};
  if (from >= to || to - from > 24) return false;
  while (from < to) {
    const auto word = std::find_if(std::begin(kWords), std::end(kWords), [&](std::string_view w) { return StartsWith(t, from, w); });
    if (word == std::end(kWords)) return false;
    from += word->size();
  }
  return from == to;
}

// Whether a clause break (a comma or semicolon, either width) stands in t[from, to).
bool ClauseBreakIn(std::string_view t, size_t from, size_t to) {
  const std::string_view between = t.substr(from, to - from);
  return between.find_first_of(",;") != std::string_view::npos || between.find("\xef\xbc\x8c") != std::string_view::npos ||
         between.find("\xef\xbc\x9b") != std::string_view::npos;
}

// The period named nearest `span`; a weekday only when nothing else is named.
std::optional<std::string> NearestPeriod(std::string_view t, const std::vector<PeriodMention>& periods, ByteSpan span) {
  std::optional<std::string> best;
  size_t best_distance = SIZE_MAX;
  bool best_weekday = true;
  for (const PeriodMention& p : periods) {
    if (p.begin >= span.begin && p.begin < span.end) continue;
    // A comparison base is the period of the figure right before it ("141 in 2022", "the $131
    // billion it spent in 2025", "from 262 seats and 40% of the vote in 2017"), not of a move
    // compared with it ("rose 1.3% compared with September 2025").
    // A percentage "over" or "on" its base is a move against it ("rose 13.5 percent over the same
    // month last year", "up 23.5 percent on last year"), which "over" after an amount is not ("$900
    // million over the same period last year").
    const std::string_view between = p.begin >= span.end ? t.substr(span.end, p.begin - span.end) : std::string_view();
    const bool move_against = IsPercentage(t.substr(span.begin, span.end - span.begin)) &&
                              (StartsWith(between, 0, " over ") || StartsWith(between, 0, " on "));
    if (p.comparison && !IsPossessiveBefore(t, p.begin, span.begin) && !OnlyHanPeriodWords(t, p.begin, span.begin) &&
        (p.begin < span.end || move_against ||
         !(DescribesFigureBefore(between) ||
           (IsBaseFigure(t, span) && ListsBaseBefore(t.substr(span.end, p.begin - span.end)))))) {
      continue;
    }
    size_t distance = p.begin >= span.end ? p.begin - span.end : span.begin - p.begin;
    // After the figure, a period that the next statement names ("full-year revenue of $170 billion
    // and quarterly sales of …"; in Chinese, whose time words come first, past a clause break:
    // "今年下修至1.74%;明年预测…") comes after those before it.
    const bool han = span.begin >= 3 && static_cast<unsigned char>(t[span.begin - 3]) >= 0xe4 &&
                     static_cast<unsigned char>(t[span.begin - 3]) <= 0xe9;
    if (p.begin >= span.end && (FollowsAnd(t, span.end, p.begin) || (han && ClauseBreakIn(t, span.end, p.begin)))) {
      distance += kFarAfter;
    }
    // A weekday right after the figure dates it ("cut its rate to 2.25% on Tuesday and lowered this
    // year's growth forecast") like any other period; elsewhere it comes after them.
    const bool weekday = p.weekday && !(p.begin == span.end + 4 && StartsWith(t, span.end, " on "));
    if ((best_weekday && !weekday) || (weekday == best_weekday && distance < best_distance)) {
      best_weekday = weekday;
      best = p.period;
      best_distance = distance;
    }
  }
  return best;
}

// Whether the sentence holding `at` opens "A year earlier," ("A year ago,", "The year before,"): it
// states the base of the sentences around it, in the period a year before theirs.
bool InYearEarlierSentence(std::string_view t, size_t at) {
  constexpr size_t kLookBack = 400;  // bytes
  size_t start = at;
  while (start > 0 && at - start < kLookBack && t[start - 1] != '\n' && !(t[start - 1] == ' ' && Before(t, start - 1) == '.')) {
    --start;
  }
  const std::string opening = Lowercase(t.substr(start, 16));
  for (std::string_view words : {"a year earlier", "a year ago", "the year before"}) {
    if (opening.compare(0, words.size(), words) == 0) return true;
  }
  return false;
}

// The words of the clause around a weekday at `at`, lowercase: back to a comma, a full stop or a
// line's start, and on a few words ("Sunday's Pelmora regional election").
std::string ClauseAroundDay(std::string_view t, size_t at) {
  constexpr size_t kClauseBack = 80, kWordsOn = 24;  // bytes
  auto clause_break = [&](size_t i) { return t[i] == ',' || t[i] == '.' || t[i] == ';' || t[i] == '\n'; };
  size_t from = at, to = at;
  while (from > 0 && at - from < kClauseBack && !clause_break(from - 1)) --from;
  while (to < t.size() && to - at < kWordsOn && !clause_break(to)) ++to;
  return Lowercase(t.substr(from, to - from));
}

// Whether the weekday at `at` is the day of a vote: its clause writes of polls, voting or an
// election and of no report ("went to the polls on Sunday", "the bypoll on Wednesday", "Sunday's
// election"; not "the officials said on Friday", "a poll published on Monday").
bool NamesVotingDay(std::string_view t, size_t at) {
  const std::string clause = ClauseAroundDay(t, at);
  for (std::string_view report : {"said", "told", "announce", "report", "publish", "release"}) {
    if (clause.find(report) != std::string::npos) return false;
  }
  for (std::string_view word : {"poll", "vote", "voting", "election"}) {
    if (clause.find(word) != std::string::npos) return true;
  }
  return false;
}

// The last period (no day, no comparison base) named before `sentence` in its paragraph, within
// kCarryBytes: a sentence that names none goes on with it ("Data-centre revenue was $35.6 billion"
// after a sentence on the fiscal fourth quarter). Wire copy sets each sentence in a paragraph of
// its own ("Second-quarter net income fell to $5.2 million …" then "Revenue rose 32 percent to
// $410.1 million."): `across_paragraphs` (for a result of a period, whose report the paragraphs go
// on with; not a day's price, a match's possession or a headcount) lets short paragraphs go on
// with the one before, as far as kCarryBytes back and never into the headline. None for a table row, whose periods are its headers'. A sentence that
// reports what happened passes over a period not yet over at `reported` (its dateline): "Net
// income fell to $4.40 billion" after a forecast for the current quarter is of the quarter
// reported before it.
// An election's result (`voting_day`) goes on with the day of its vote as well ("Voters went to the
// polls on Sunday." then "Turnout was 82.5%, the commission said."), where a weekday is otherwise the
// day a report came out.
constexpr size_t kCarryBytes = 500;
constexpr size_t kShortParagraph = 320;  // bytes: one or two sentences of wire copy

// Whether the words after `at`, to the next punctuation and no further than a few words, name a
// vote: "… parliamentary election", "… vote", "… polls".
bool NamesVoteAfter(std::string_view t, size_t at) {
  constexpr size_t kFewWords = 32;  // bytes
  size_t to = at;
  while (to < t.size() && to - at < kFewWords && (IsAsciiLetter(t[to]) || t[to] == ' ' || t[to] == '-')) ++to;
  const std::string words = Lowercase(t.substr(at, to - at));
  return words.find("election") != std::string::npos || words.find("vote") != std::string::npos || words.find("poll") != std::string::npos;
}

std::optional<std::string> PeriodCarriedInto(std::string_view t, const std::vector<PeriodMention>& periods, ByteSpan sentence,
                                             Dateline reported, bool across_paragraphs, const std::vector<size_t>& of_bases,
                                             bool voting_day = false) {
  const size_t line = t.rfind('\n', sentence.begin == 0 ? 0 : sentence.begin - 1);
  if (At(t, line == std::string_view::npos ? 0 : line + 1) == '|') return std::nullopt;
  // The paragraph's start, looked for no further back than kCarryBytes; then the start of the
  // short paragraphs before it.
  const size_t reach = sentence.begin > kCarryBytes ? sentence.begin - kCarryBytes : 0;
  size_t from = reach;
  const size_t paragraph = t.substr(from, sentence.begin - from).rfind("\n\n");
  if (paragraph != std::string_view::npos) from += paragraph + 2;
  const size_t headline_end = t.find("\n\n");
  if (across_paragraphs && headline_end != std::string_view::npos && from > headline_end + 2) {
    const size_t own_end = std::min(t.size(), t.find("\n\n", sentence.begin));
    size_t paragraph_end = own_end;  // the end of the paragraph that begins at `from`
    while (from > reach && from > headline_end + 2 && paragraph_end - from <= kShortParagraph) {
      const size_t before = t.rfind("\n\n", from - 3);
      if (before == std::string_view::npos || before < headline_end || from - 2 - (before + 2) > kShortParagraph) break;
      paragraph_end = from - 2;
      from = std::max(reach, before + 2);
    }
  }
  auto p = std::lower_bound(periods.begin(), periods.end(), sentence.begin,
                            [](const PeriodMention& m, uint64_t at) { return m.begin < at; });
  // The latest base of a comparison named on the way back ("The list is up from the 7.62m patients
  // waiting in June 2024"): the sentences after it report a later period, so none that ends
  // before the base goes on ("August 2023 represented a record month" before it).
  const PeriodMention* base = nullptr;
  while (p != periods.begin()) {
    --p;
    if (p->begin < from) break;
    if (p->comparison && !p->weekday && !base) base = &*p;
    // A target ("by 2030") or a span of years belongs to its own figure, not to the sentences after.
    // (Nor does a year-earlier sentence's: "A year earlier, in September 2024, it stood at 2,701".)
    const bool own = p->period.compare(0, 3, "by ") == 0 || (p->period.size() == 9 && p->period[4] == '-') ||
                     InYearEarlierSentence(t, p->begin);
    const bool day = !p->weekday || (voting_day && NamesVotingDay(t, p->begin));
    // ("nearly half of their 2019 supporters": a year before a noun is its noun's; an election's
    // result goes on only with a year of a vote, "the 2026 parliamentary election".)
    if (voting_day && p->period.size() == 4 && At(t, p->begin + 4) == ' ' && IsLower(At(t, p->begin + 5)) &&
        !NamesVoteAfter(t, p->begin + 4)) {
      continue;
    }
    const bool of_base = std::binary_search(of_bases.begin(), of_bases.end(), p->begin);
    if (day && !p->comparison && !of_base && !p->other_year && !p->of_its_noun && !own && !EndsAfter(p->period, reported)) {
      if (base && EndsAfter(base->period, p->period)) return std::nullopt;
      return p->period;
    }
  }
  return std::nullopt;
}

// The period named right before the relative clause that holds figure k: "the previous record from
// November 2013, which registered 6,424 GWh", "the 2016 elections, when turnout was 71%". The clause
// tells what happened then, whatever period the sentence around it reports.
std::optional<std::string> RelativeClausePeriod(std::string_view t, const std::vector<PeriodMention>& periods,
                                                const std::vector<Figure>& figures, ByteSpan clause, size_t k) {
  constexpr size_t kNear = 32;  // bytes from the period's name to the clause: "February 1996 elections, "
  size_t opens = clause.begin;
  while (opens < clause.end && t[opens] == ' ') ++opens;
  if (!StartsWithNoCase(t, opens, "which ") && !StartsWithNoCase(t, opens, "when ")) return std::nullopt;
  const PeriodMention* named = nullptr;
  for (const PeriodMention& p : periods) {
    if (p.begin < clause.begin) named = &p;
  }
  if (!named || clause.begin - named->begin > kNear || (k > 0 && figures[k - 1].span.end > named->begin)) return std::nullopt;
  // ("until 1970, when it dipped to 72.0%": the year itself, not a target reached by it.)
  return named->period.compare(0, 3, "by ") == 0 ? named->period.substr(3) : named->period;
}

// "expectations for 2024 and 2025 … are around 4.8% and 4.6%, respectively": a figure listed before
// "respectively" takes the period of its place in the list of periods its sentence names, when the
// two lists are as long.
std::optional<std::string> RespectivePeriod(std::string_view t, const std::vector<PeriodMention>& periods,
                                            const std::vector<Figure>& figures, size_t k) {
  const Figure& f = figures[k];
  const size_t respectively = t.substr(0, f.sentence.end).find("respectively", f.span.end);
  if (respectively == std::string_view::npos) return std::nullopt;
  std::vector<std::string> listed, named;  // the periods named, once each; and each time named
  for (const PeriodMention& p : periods) {
    if (p.weekday || p.comparison) continue;
    named.push_back(p.period);
    if (std::find(listed.begin(), listed.end(), p.period) == listed.end()) listed.push_back(p.period);
  }
  // "1.6% this year and 2.6% next year, with core inflation at 1.4% and 2.0%, respectively", "1.8%
  // by June, 2.1% by December – down 20 and 30 basis points respectively": when every period is
  // named before the figure, the figures listed after the last are set against the last ones named.
  const bool trailing = !named.empty() && std::all_of(periods.begin(), periods.end(), [&](const PeriodMention& p) {
    return p.weekday || p.comparison || p.begin < f.span.begin;
  });
  size_t after = 0;
  for (const PeriodMention& p : periods) {
    if (trailing && !p.weekday && !p.comparison) after = std::max<size_t>(after, p.begin);
  }
  size_t place = 0, count = 0;
  for (const Figure& g : figures) {
    if (!(g.sentence == f.sentence) || g.span.end > respectively || g.kind != f.kind || g.unit != f.unit || g.span.begin < after) continue;
    if (g.span.begin < f.span.begin) ++place;
    ++count;
  }
  if (count < 2) return std::nullopt;
  if (trailing && count < named.size()) return named[named.size() - count + place];
  if (count != listed.size()) return std::nullopt;
  return listed[place];
}

// Whether `at` stands inside brackets of `sentence` that do not hold `span` but another of
// `figures` (sorted by span): "(23.9 percent in Q3 2014)", not "(fiscal 2025)".
bool InBracketsWithout(std::string_view t, ByteSpan sentence, size_t at, ByteSpan span, const std::vector<Figure>& figures) {
  if (at < sentence.begin || at >= sentence.end) return false;
  const size_t before = t.substr(sentence.begin, at - sentence.begin).rfind('(');
  if (before == std::string_view::npos) return false;
  const size_t open = sentence.begin + before;
  const size_t close = t.substr(0, sentence.end).find(')', open);
  if (close == std::string_view::npos || close < at || (span.begin > open && span.end <= close)) return false;
  auto inside = std::lower_bound(figures.begin(), figures.end(), open, [](const Figure& g, uint64_t i) { return g.span.begin < i; });
  return inside != figures.end() && inside->span.end <= close;
}

// The one period `periods` name (a weekday only when nothing else is named; no comparison base),
// if only one.
std::optional<std::string> OnlyPeriod(const std::vector<PeriodMention>& periods) {
  const bool other = std::any_of(periods.begin(), periods.end(), [](const PeriodMention& p) { return !p.weekday && !p.comparison; });
  std::optional<std::string> only;
  for (const PeriodMention& p : periods) {
    if (p.comparison || (other && p.weekday)) continue;
    if (only && *only != p.period) return std::nullopt;
    only = p.period;
  }
  return only;
}

// The period the text's lead (its first paragraph below the headline) names first, with where
// that paragraph ends: a quarter, half, nine months or fiscal year, the period a results story
// reports ("Corvane Inc.'s third-quarter earnings were held back …").
std::pair<std::optional<std::string>, size_t> LeadPeriod(std::string_view t, const std::vector<PeriodMention>& periods) {
  const size_t headline = t.find("\n\n");
  if (headline == std::string_view::npos) return {std::nullopt, 0};
  const size_t lead = headline + 2;
  const size_t end = std::min(t.size(), t.find("\n\n", lead));
  for (const PeriodMention& p : periods) {
    if (p.begin < lead || p.weekday || p.comparison || p.other_year) continue;
    if (p.begin >= end) break;
    const bool reported = p.period[0] == 'Q' || p.period[0] == 'H' || p.period[0] == 'F' || p.period.compare(0, 2, "9M") == 0;
    if (reported) return {p.period, end};
  }
  return {std::nullopt, end};
}

// Whether the figure at `span` is a standing target ("the bank's 2% target", "its 2% inflation
// target", "a target of 4%"), a plan that holds for no period but one its own clause names ("a
// target of 75% by 2030"): not the period of the report around it.
bool IsStandingTarget(std::string_view t, ByteSpan span) {
  return StartsWith(t, span.end, " target") || StartsWith(t, span.end, " inflation target") ||
         (span.begin >= 10 && t.substr(span.begin - 10, 10) == "target of ");
}

// Whether `metric` is the level of a day (a share price, an index, a yield), which a weekday dates.
bool IsLevelOfADay(std::string_view metric) { return metric == "share price" || metric == "index level" || metric == "yield"; }

// Whether `metric` is a result reported for a period (revenue, profit, capex, an economy's
// growth …) rather than a level of a day (a share price, an index, a yield, a score).
bool IsReportedResult(std::string_view metric) {
  static constexpr std::string_view kResults[] = {
      "revenue", "revenue run rate", "net income", "net loss", "operating profit", "EBITDA", "earnings per share",
      "gross margin", "operating margin", "free cash flow", "capital expenditure", "depreciation", "order backlog",
      "sales volume", "deliveries", "GDP", "growth rate", "inflation", "unemployment rate", "production"};
  return std::find(std::begin(kResults), std::end(kResults), metric) != std::end(kResults);
}

// Whether the words right after figure k say it is the year before's ("¥790 billion a year
// earlier", "Rs 59 crore a year ago", "$8.1 billion, or $2.24 a share, in the same period a year
// earlier"). A move measured against it ("up 4% from a year earlier") is not: "from" stands between.
bool YearEarlierFollows(std::string_view t, const std::vector<Figure>& figures, size_t k) {
  size_t at = figures[k].span.end;
  // Past ", or $2.24 a share," that restates the figure per share.
  if (StartsWith(t, at, ", or ") && k + 1 < figures.size() && figures[k + 1].span.begin == at + 5) at = figures[k + 1].span.end;
  if (At(t, at) == ',') ++at;
  if (At(t, at) != ' ') return false;
  ++at;
  for (std::string_view lead : {"in the same period ", "in the same quarter ", "for the same period ", "in the same month "}) {
    if (StartsWithNoCase(t, at, lead)) {
      at += lead.size();
      break;
    }
  }
  for (std::string_view phrase : {"a year earlier", "a year ago", "a year before", "the year before", "the previous year",
                                  "the prior year", "in the year-earlier", "in the year-ago", "a year-earlier", "the year-ago"}) {
    if (StartsWithNoCase(t, at, phrase)) return true;
  }
  return false;
}

// Whether a sentence opens at the word at `i`: only blanks and quotation marks after a full stop,
// a line's start or the text's start before it.
bool OpensSentenceAt(std::string_view t, size_t i) {
  while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '"' || t[i - 1] == '\'' || IsContinuationByte(t[i - 1]) ||
                   static_cast<unsigned char>(t[i - 1]) == 0xe2)) {
    --i;
  }
  return i == 0 || t[i - 1] == '.' || t[i - 1] == '!' || t[i - 1] == '?' || t[i - 1] == '\n' || t[i - 1] == ':';
}

// The kind of number the words of `t[begin, end)` make a figure: a forecast (analysts, "expects"),
// a plan ("plans", "budget", "to spend") or an actual ("spent", "reported"); the first of those
// three that any word shows. Past `figure_end` (the end of the figure the words are read for; the
// whole clause or sentence when they are not its own), a word of a forecast right after a
// comparison ("added 261,000 jobs, above the market estimate", "stronger-than-expected", "beating
// forecasts") sets the figure against someone's forecast: it is the outcome, an actual, not the
// forecast ("beating estimates of 205,000 jobs" still makes the 205,000 after it a forecast).
std::optional<std::string> PeriodKind(std::string_view t, size_t begin, size_t end, size_t figure_end = 0) {
  static constexpr std::string_view kComparison[] = {"above", "ahead", "beat", "beating", "beats", "below", "exceeded",
                                                     "exceeding", "line", "missed", "missing", "outpaced", "short", "surpassed",
                                                     "surpassing", "than", "topped", "topping"};  // ("in line with")
  static constexpr std::string_view kForecast[] = {
      "analyst", "analysts", "consensus", "est", "estimate", "estimated", "estimates", "forecast", "forecasted",
      "forecasts", "predicted", "predicting", "predicts", "projected", "projection", "projections", "reckons", "sees"};
  static constexpr std::string_view kPlan[] = {
      "aims", "budget", "budgeted", "commit", "committed", "guidance", "guided", "intends", "plan", "planned", "plans",
      "pledge", "pledged", "pledges", "target", "targets",
      "investieren"};  // German: the infinitive after a modal ("will der Konzern … investieren")
  static constexpr std::string_view kMaybe[] = {"could", "expect", "expectation", "expectations", "expected", "expecting",
                                                "expects", "likely", "may", "might", "will", "would"};
  static constexpr std::string_view kActual[] = {
      "climbed", "closed", "declined", "dropped", "earned", "fell", "grew", "had", "jumped", "lost", "made",
      "posted", "raised", "reached", "reported", "rose", "shrank", "spent", "was", "were", "wiped"};
  // An estimate after these is an earlier reading of a value, which a revision replaces ("an
  // earlier estimate of 0.3%", "the initial 0.1 per cent estimate", "1.1% lower as previously
  // estimated"): no expectation of its own.
  static constexpr std::string_view kEarlierReading[] = {"advance", "earlier", "first", "flash", "initial", "initially",
                                                         "original", "originally", "preliminary", "previous",
                                                         "previously", "prior", "provisional"};
  // Each listed word with the kind it shows: one hash lookup per word of the text.
  enum : char { kF = 1, kP, kM, kA, kC, kE };
  static const std::unordered_map<std::string_view, char> kKinds = [] {
    std::unordered_map<std::string_view, char> kinds;
    for (std::string_view w : kForecast) kinds.emplace(w, kF);
    for (std::string_view w : kPlan) kinds.emplace(w, kP);
    for (std::string_view w : kMaybe) kinds.emplace(w, kM);
    for (std::string_view w : kActual) kinds.emplace(w, kA);
    for (std::string_view w : kComparison) kinds.emplace(w, kC);
    for (std::string_view w : kEarlierReading) kinds.emplace(w, kE);
    return kinds;
  }();
  bool forecast = false, plan = false, maybe = false, actual = false;
  std::string previous;        // the word before, lowercase
  size_t since_comparison = 3;  // words since a comparison word past `figure_end` (3: none near)
  size_t since_earlier = 5;     // words since a word of an earlier reading (5: none near)
  for (size_t i = begin; i < end;) {
    if (!IsAsciiLetter(t[i]) || IsAsciiLetter(Before(t, i))) {
      ++i;
      continue;
    }
    const size_t e = std::min(WordEnd(t, i), end);
    if (e - i > 11) {  // longer than any word listed
      i = e;
      previous.clear();
      continue;
    }
    char buffer[12];
    for (size_t k = i; k < e; ++k) buffer[k - i] = ToLowerAscii(t[k]);
    const std::string_view w(buffer, e - i);
    auto found = kKinds.find(w);
    char kind = found == kKinds.end() ? 0 : found->second;
    // "An estimated 7.39 million were waiting", "are estimated to have been": a count's estimate,
    // no forecast.
    if (w == "estimated" && (previous == "an" || StartsWith(t, e, " to have "))) kind = 0;
    // (An earlier estimate says nothing of what kind the value is; "had earlier estimated revenue
    // to fall 1-2 percent" is still an expectation.)
    const bool estimate = w == "estimate" || w == "estimates" || (w == "estimated" && !IsAsciiLetter(At(t, e + 1)));
    if (estimate && since_earlier < 5) kind = 0;
    since_earlier = kind == kE ? 0 : since_earlier + (since_earlier < 5);
    // "Inflation is seen falling to 2.9%", "growth is seen at 1.8%": someone's expectation.
    if (w == "seen" && (previous == "is" || previous == "are")) kind = kF;
    // "fell to 2.1% in May", "cuts in February and May": the month, not the word of a maybe (which
    // is capitalised only where a sentence opens).
    if (w == "may" && t[i] == 'M' && !OpensSentenceAt(t, i)) kind = 0;
    // "now has a 31-6 record this year", "so far this year", "year to date": a value to date ("now
    // puts next year's growth at" is a forecast).
    if (((w == "has" || w == "have" || w == "stands") && previous == "now") || (w == "far" && previous == "so") ||
        (w == "date" && previous == "to")) {
      kind = kA;
    }
    // "12 per cent more than planned", "a slower-than-expected pace of 5.4%": what a figure is set
    // against is someone's expectation or plan; the figure itself is the outcome, wherever the
    // words stand when "than" comes right before them.
    if ((kind == kF || kind == kM || kind == kP) && (since_comparison < 3 || previous == "than")) kind = kA;
    since_comparison = kind == kC && i >= figure_end ? 0 : since_comparison + (since_comparison < 3);
    forecast = forecast || kind == kF;
    // "to spend", "will invest", "would trim output", "will carry 400,000 bpd of the cut": what its
    // subject has decided to do. ("agreed to cut output" is left to its other words: a briefing's
    // lede tells such a decision as what happened.)
    static const WordSet kDecided = {"spend", "invest", "trim", "hire", "build", "carry"};
    plan = plan || kind == kP || (kDecided.count(w) && (previous == "to" || previous == "will" || previous == "would"));
    maybe = maybe || kind == kM || (w == "course" && previous == "on") || (w == "track" && previous == "on");
    actual = actual || kind == kA;
    previous.assign(w);
    i = e;
  }
  if (forecast) return "forecast";
  if (plan) return "plan";
  if (maybe) return "forecast";
  if (actual) return "actual";
  return std::nullopt;
}

// A headline restates figures of the story below it in a few words ("Caldera's sales jump 78%"):
// a figure of the text's first line that the body states again, with the same value and unit, has
// the subject, metric and period the body gives it.
void RestateHeadline(std::string_view t, std::vector<Figure>* figures) {
  const size_t line_end = t.find('\n');
  if (line_end == std::string_view::npos || At(t, line_end + 1) != '\n') return;  // no headline above a blank line
  std::vector<Figure>& fs = *figures;
  for (size_t k = 0; k < fs.size() && fs[k].span.end <= line_end; ++k) {
    Figure& h = fs[k];
    for (size_t j = k + 1; j < fs.size(); ++j) {
      const Figure& b = fs[j];
      if (b.span.begin <= line_end || b.kind != h.kind || b.unit != h.unit || b.per != h.per || b.value != h.value ||
          b.value_high != h.value_high) {
        continue;
      }
      h.subject = b.subject;
      h.metric = b.metric;
      h.period = b.period;
      h.period_kind = b.period_kind;
      break;
    }
  }
}

}  // namespace

namespace {

// Whether barrels a day at `span` are a flow other than a producer's output: the word of its clause
// nearest before it (or just after it, "… bpd of demand") names demand, consumption, exports,
// imports or refining ("consumption to drop by 1.33 million bpd", "exports rose to 2.1 million
// bpd"), not production or output.
bool IsOtherOilFlow(std::string_view t, ByteSpan clause, ByteSpan span) {
  static constexpr std::string_view kOther[] = {"demand", "consumption", "consumed", "export", "import", "shipments",
                                                "refin", "throughput", "stocks", "inventor"};
  static constexpr std::string_view kOutput[] = {"production", "output", "produc", "pump", "supply", "supplies"};
  // (Words as written, lowercase and at a word's start: "Southern Oil Exporters" is a name.)
  const size_t from = std::max<size_t>(clause.begin, span.begin > 150 ? span.begin - 150 : 0);
  const std::string_view before = t.substr(from, span.begin - from);
  auto nearest = [&](const auto& words) {
    size_t at = std::string_view::npos;
    for (std::string_view w : words) {
      for (size_t found = before.rfind(w); found != std::string_view::npos; found = found == 0 ? std::string_view::npos : before.rfind(w, found - 1)) {
        if (found == 0 || !IsAsciiLetter(before[found - 1])) {
          if (at == std::string_view::npos || found > at) at = found;
          break;
        }
      }
    }
    return at;
  };
  const size_t other = nearest(kOther);
  const size_t output = nearest(kOutput);
  if (other != std::string_view::npos) return output == std::string_view::npos || other > output;
  return StartsWith(t, span.end, " of demand") || StartsWith(t, span.end, " of exports");
}

// Whether a traded good is named right after the money at `span` ("$90 oil") or anywhere in `clause`
// before it ("crude rose $1.22").
bool NamesGood(std::string_view t, ByteSpan clause, ByteSpan span) {
  if (At(t, span.end) == ' ' && GoodEndAt(t, span.end + 1) != 0) return true;
  // (Words at most a line before it: a table row is one long clause.)
  for (size_t i = std::max<size_t>(clause.begin, span.begin > 120 ? span.begin - 120 : 0); i < span.begin; ++i) {
    if (GoodEndAt(t, i) != 0) return true;
  }
  return false;
}

// Whether `sentence` reports a market's trading session, the words a day's price is given in
// ("Brent crude futures settled at $82.40 a barrel", "gold was trading at", "to end at $53.44"),
// unlike a price over a span the text names elsewhere ("prices reached $140/MWh during the hottest
// week" in a report on July, "averaged $96").
bool ReportsTradingSession(std::string_view t, ByteSpan sentence) {
  static constexpr std::string_view kSession[] = {"settle", "settled", "settles", "settling", "closed", "closing",
                                                  "ended",  "finished", "traded", "trading",  "changed"};
  std::string previous;
  for (size_t i = sentence.begin; i < sentence.end;) {
    if (!IsAsciiLetter(t[i])) {
      ++i;
      continue;
    }
    size_t e = i;
    while (e < sentence.end && IsAsciiLetter(t[e])) ++e;
    const std::string word = Lowercase(t.substr(i, e - i));
    if (std::find(std::begin(kSession), std::end(kSession), word) != std::end(kSession)) return true;
    if (word == "at" && (previous == "end" || previous == "close")) return true;  // "to end at $53.44"
    previous = word;
    i = e;
  }
  return false;
}

// A good's move just before its price ("Brent settled up 92 cents, or 1.1%, at $82.40 a barrel",
// "spot gold fell 0.6% to $2,341 an ounce"): the move measures the price too.
void MovesOfPrices(std::vector<Figure>* figures) {
  constexpr uint64_t kNear = 60;  // bytes between the move and the price
  std::vector<Figure>& fs = *figures;
  for (size_t k = 1; k < fs.size(); ++k) {
    const Figure& price = fs[k];
    if (price.kind != FigureKind::kRate || price.metric != "price" || !price.per) continue;
    for (size_t j = k; j-- > 0;) {
      Figure& move = fs[j];
      if (!(move.sentence == price.sentence) || price.span.begin - move.span.end > kNear) break;
      const bool moved = move.kind == FigureKind::kPercent || (move.kind == FigureKind::kMoney && move.unit == price.unit);
      if (!move.metric && !move.per && moved) move.metric = "price";
    }
  }
}

// The two ends of a move measure one thing: an end whose words name no metric ("raised its forecast
// to $98 a barrel from $90", "to 5.3 percentage points from 11.6 points") takes the other's, and
// money of a good's price per unit is that price at either end.
void ShareMetricOfMove(std::vector<Figure>* figures) {
  std::vector<Figure>& fs = *figures;
  for (Figure& f : fs) {
    if (!f.change || !f.change->other_begin || f.change->role == "delta") continue;
    auto other = std::lower_bound(fs.begin(), fs.end(), *f.change->other_begin,
                                  [](const Figure& g, uint64_t at) { return g.span.begin < at; });
    if (other == fs.end() || other->span.begin != *f.change->other_begin || !other->metric) continue;
    const bool same_dimension = f.kind == other->kind || (IsCurrency(f) && f.unit == other->unit) ||
                                (f.kind == FigureKind::kCount && other->kind == FigureKind::kPercent);
    if (!f.metric && same_dimension) f.metric = other->metric;
    if (other->metric == "price" && IsPriceOfGood(*other) && IsCurrency(f) && !f.per && f.unit == other->unit) f.metric = "price";
  }
}

// "revised its 2025 growth forecast to 1.5%, down from 1.9% in November 2024": the old value of
// a revised forecast is a forecast of the period the new one is for; the month or day it names is
// when it was made (a year, a quarter or a month's forecast keeps the period named with it).
void PeriodsOfRevisedForecasts(std::vector<Figure>* figures) {
  auto month_or_day = [](const std::string& period) {
    return (period.size() == 7 || period.size() == 10) && IsDigit(period[0]) && period[4] == '-';
  };
  // "lowered its 2022 forecast to 3% from 3.1% and its 2023 forecast to 3% from 3.2%": an old end
  // written right after its new one is of the new one's period, whatever the words after it name.
  constexpr uint64_t kRightAfter = 20;  // bytes: " from a previous "
  std::vector<Figure>& fs = *figures;
  for (Figure& f : fs) {
    if (!f.change || f.change->role != "from" || !f.change->other_begin || !f.period) continue;
    auto to = std::lower_bound(fs.begin(), fs.end(), *f.change->other_begin,
                               [](const Figure& g, uint64_t at) { return g.span.begin < at; });
    if (to == fs.end() || to->span.begin != *f.change->other_begin || to->period_kind != "forecast" || !to->period ||
        month_or_day(*to->period) || to->kind != f.kind || to->unit != f.unit) {
      continue;
    }
    const bool right_after = to->span.end <= f.span.begin && f.span.begin - to->span.end <= kRightAfter &&
                             std::next(to) != fs.end() && &*std::next(to) == &f;
    if (!month_or_day(*f.period) && !right_after) continue;
    f.period = to->period;
    f.period_kind = to->period_kind;
  }
}

}  // namespace

// Whether `sentence` names a footballer by position ("striker Mark Viduka").
bool NamesPlayer(std::string_view t, ByteSpan sentence) {
  for (size_t i = sentence.begin; i < sentence.end; ++i) {
    if (PlayerNameAfterPosition(t, i) != 0) return true;
  }
  return false;
}

// Whether `metric` is a count of people or things (a headcount, votes, cases, fans), which money
// never measures.
bool CountsPeopleOrThings(std::string_view metric) {
  static constexpr std::string_view kCounts[] = {"employees", "users", "votes", "seats", "goals", "attendance",
                                                 "cases", "deaths", "hospitalisations", "deliveries", "sales volume"};
  return std::find(std::begin(kCounts), std::end(kCounts), metric) != std::end(kCounts);
}

// Whether the sentence names its figure only as "the rate" before it ("Earlier in the year, the rate
// fell by 0.3 percentage points", "the annual rate slowed to 3.1%"), a rate the text named before; not
// in a sentence on a bank, whose "rate" is its own.
bool RefersBackToRate(std::string_view t, ByteSpan sentence, size_t at) {
  const size_t from = std::max<size_t>(sentence.begin, at > 160 ? at - 160 : 0);
  const std::string before = Lowercase(t.substr(from, at - from));
  if (before.find("bank") != std::string::npos) return false;
  for (std::string_view rate : {"the rate ", "this rate ", "annual rate ", "yearly rate ", "monthly rate "}) {
    if (before.find(rate) != std::string::npos) return true;
  }
  return false;
}

// Whether `clause` opens as a move set beside another statement: "up 41%", "down 3%", "a jump of
// nine times", "an increase of 12%".
bool AppositiveMove(std::string_view t, ByteSpan clause) {
  static constexpr std::string_view kMoves[] = {"jump", "rise", "increase", "gain", "surge", "climb", "drop", "fall", "decline",
                                                "decrease", "reduction"};
  size_t i = clause.begin;
  while (i < clause.end && t[i] == ' ') ++i;
  const size_t e = WordEnd(t, i);
  const std::string first = Lowercase(t.substr(i, e - i));
  if (first == "up" || first == "down" || first == "off" || first == "higher" || first == "lower") return true;
  if (first != "a" && first != "an") return false;
  const size_t second_end = WordEnd(t, e + 1);
  const std::string second = Lowercase(t.substr(e + 1, second_end - e - 1));
  return std::find(std::begin(kMoves), std::end(kMoves), second) != std::end(kMoves);
}

void ReadMeaning(std::string_view t, std::string_view published, std::vector<Figure>* figures) {
  Dateline dated = FindDateline(t);
  if (dated.year == 0) dated = FindDateline(published);
  if (figures->empty()) return;
  // Every period the text names, once: a reference ("in the quarter") is resolved against the
  // text before it, and a sentence without a period goes on with the last one named.
  // (Read no further than the last figure's sentence: nothing after it is needed.)
  const size_t read_to = std::min<size_t>(t.size(), std::max_element(figures->begin(), figures->end(), [](const Figure& a, const Figure& b) {
                                                       return a.sentence.end < b.sentence.end;
                                                     })->sentence.end);
  const std::vector<PeriodMention> text_periods = FindPeriods(t, 0, read_to, dated);
  const std::pair<std::optional<std::string>, size_t> lead_period = LeadPeriod(t, text_periods);
  std::optional<bool> voting_text;
  std::vector<ByteSpan> clauses;
  clauses.reserve(figures->size());
  ByteSpan broken{UINT64_MAX, UINT64_MAX};
  std::vector<std::pair<size_t, size_t>> breaks;
  for (const Figure& f : *figures) {
    if (!(f.sentence == broken)) {
      broken = f.sentence;
      breaks = ClauseBreaks(t, f.sentence);
    }
    clauses.push_back(ClauseOf(breaks, f.sentence, f.span));
  }
  // The periods named after a base figure in its sentence ("a decline from the 73.83 percent turnout
  // recorded in the polls held in 2021", "higher than the combined share of 67.2% they won in
  // 2015"): the base's, which no later sentence goes on with, however far after the comparison's
  // word they stand. A base figure is the first after a word of comparison in its clause.
  std::vector<size_t> of_bases;
  for (size_t k = 0; k < figures->size(); ++k) {
    const Figure& f = (*figures)[k];
    constexpr size_t kComparisonReach = 120;  // bytes back in its clause (a table is one long clause)
    const size_t from = std::max<size_t>(clauses[k].begin, f.span.begin > kComparisonReach ? f.span.begin - kComparisonReach : 0);
    // (Words of comparison inside a clause are written lowercase: no lowercase copy is made.)
    const std::string_view before = t.substr(from, f.span.begin - from);
    size_t compared = std::string_view::npos;
    for (std::string_view word : {" than ", " from ", "compared with ", "compared to "}) {
      const size_t at = before.rfind(word);
      if (at != std::string_view::npos && (compared == std::string_view::npos || at > compared)) compared = at;
    }
    // ("More than 338,000 people", "waiting more than 18 months": a bound of the amount, no base.)
    const std::string_view ahead = before.substr(0, compared == std::string_view::npos ? 0 : compared);
    auto ends = [&](std::string_view w) { return ahead.size() >= w.size() && StartsWithNoCase(ahead, ahead.size() - w.size(), w); };
    const bool bound = compared != std::string_view::npos && before.compare(compared, 6, " than ") == 0 && compared + 6 + 8 >= before.size() &&
                       (ends("more") || ends("less") || ends("fewer") || ends("greater"));
    const bool base = !bound && (IsBaseFigure(t, f.span) || (compared != std::string_view::npos &&
                                                             (k == 0 || (*figures)[k - 1].span.end <= from + compared)));
    if (!base) continue;
    const uint64_t until = k + 1 < figures->size() && (*figures)[k + 1].sentence == f.sentence ? (*figures)[k + 1].span.begin : f.sentence.end;
    for (auto p = std::lower_bound(text_periods.begin(), text_periods.end(), f.span.end,
                                   [](const PeriodMention& m, uint64_t at) { return m.begin < at; });
         p != text_periods.end() && p->begin < until; ++p) {
      of_bases.push_back(p->begin);
    }
  }

  ByteSpan sentence{UINT64_MAX, UINT64_MAX};
  ByteSpan carried_into{UINT64_MAX, UINT64_MAX};
  std::optional<std::string> carried, carried_far;  // within the paragraph; across short ones
  std::optional<std::optional<std::string>> carried_vote;  // an election result's, once needed
  std::vector<std::pair<size_t, size_t>> breaks_of_sentence;
  std::vector<PeriodMention> sentence_periods_all;
  std::vector<MetricAt> sentence_metrics;
  std::optional<std::string> sentence_kind;
  bool sentence_bracketed = false, sentence_respective = false;  // whether it holds "(", "respectively"
  std::vector<size_t> carried_figures;  // those whose period their sentence does not name
  std::vector<size_t> from_other_clause;  // those whose period another clause of their sentence names
  // The last clause's period kind, read once however many figures it holds (a table is one long
  // clause).
  ByteSpan kind_clause{UINT64_MAX, UINT64_MAX};
  std::optional<std::string> clause_kind;
  size_t kind_and_at = std::string_view::npos;  // likewise the kind of a sentence's words before an "and"
  std::optional<std::string> kind_before_and;
  for (size_t k = 0; k < figures->size(); ++k) {
    Figure& f = (*figures)[k];
    const ByteSpan clause = clauses[k];
    if (!(f.sentence == sentence)) {
      sentence = f.sentence;
      auto first_period = std::lower_bound(text_periods.begin(), text_periods.end(), sentence.begin,
                                           [](const PeriodMention& p, uint64_t at) { return p.begin < at; });
      auto last_period = first_period;
      while (last_period != text_periods.end() && last_period->begin < sentence.end) ++last_period;
      sentence_periods_all.assign(first_period, last_period);
      sentence_metrics = MetricsIn(t, sentence);
      sentence_kind = PeriodKind(t, sentence.begin, sentence.end);
      breaks_of_sentence = ClauseBreaks(t, sentence);
      const std::string_view words = t.substr(sentence.begin, sentence.end - sentence.begin);
      sentence_bracketed = words.find('(') != std::string_view::npos;
      sentence_respective = words.find("respectively") != std::string_view::npos;
    }
    // Metric.
    if (f.kind == FigureKind::kCount && !f.metric) f.metric = PeopleCountMetric(t, f);
    // (A poll's margin of error measures nothing: "Margin of error is 2.8 percentage points".)
    if (MeasuresSomething(t, f) && !f.metric && !(f.kind == FigureKind::kPercent && CountsProgress(t, f.span.begin, f.span.end)) &&
        !NamesMarginOfError(t, std::max<size_t>(clause.begin, f.span.begin > 100 ? f.span.begin - 100 : 0), f.span.begin)) {  // a table cell's comes from its headers
      // A count's own noun first ("4.1 million votes" beside "38.6% of the vote").
      if (f.kind == FigureKind::kCount) f.metric = CountedMetric(f.unit);
      // Barrels a day are a producer's output whatever the clause names ("cut 500,000 bpd to lift prices").
      if (f.kind == FigureKind::kRate && f.unit == "barrels" && f.per == "day") f.metric = "production";
      // Money for a unit of a good is its price, whatever else the clause names ("buying electricity
      // at £4,000 per megawatt-hour" for extra capacity).
      if (IsCurrency(f) && IsPriceOfGood(f)) f.metric = "price";
      // Money per token is a model's price whatever the clause names ("costs $10 per million output
      // tokens": neither a cost nor, by its "output", a production).
      if (IsCurrency(f) && f.per && f.per->find("token") != std::string::npos) f.metric = "price per token";
      if (!f.metric) f.metric = NearestMetric(t, sentence_metrics, clause, f.span);
      // "Economists had expected a 0.2% rise", "Analysts were looking for $833 million": an expected
      // figure measures what the figure of the same kind it is set against measures.
      if (!f.metric) f.metric = ExpectedMetric(t, *figures, k);
      // "the rate fell by 0.3 percentage points": the rate the paragraph's last share measured.
      if (!f.metric && f.kind == FigureKind::kPercent && RefersBackToRate(t, sentence, f.span.begin)) {
        for (size_t j = k; j-- > 0;) {
          const Figure& prior = (*figures)[j];
          if (t.substr(prior.span.end, f.span.begin - prior.span.end).find('\n') != std::string_view::npos) break;
          if (prior.kind == FigureKind::kPercent && prior.metric) {
            f.metric = prior.metric;
            break;
          }
        }
      }
      // Money beside a traded good is its price: "$90 oil", "WTI crude rose $1.22 to $87.98".
      if (!f.metric && IsCurrency(f) && !f.per && NamesGood(t, clause, f.span)) f.metric = "price";
      // "Voter turnout, according to the electoral commission, was 55%": a share after turnout's
      // word in its sentence, with no figure between, is the turnout.
      if (f.kind == FigureKind::kPercent && !f.metric) {
        const size_t after = k > 0 && (*figures)[k - 1].sentence == f.sentence ? (*figures)[k - 1].span.end : f.sentence.begin;
        for (const MetricAt& m : sentence_metrics) {
          if (m.metric == "turnout" && m.begin >= after && m.end <= f.span.begin) f.metric = "turnout";
        }
      }
      // In a text on an election, a share its own clause names no other measure for is a share of
      // the vote ("came second with 28.9% and 58 seats", "its lead narrowed to 5.3 percentage points").
      // A percentage of votes is a share of the vote wherever it is written ("12.98 percent of the votes").
      // (Chinese puts the votes after 的: "取得65.6%的選票".)
      if (f.kind == FigureKind::kPercent && f.metric == "votes" && (StartsWith(t, f.span.end, " of ") || StartsWith(t, f.span.end, "的"))) {
        f.metric = "vote share";
      }
      if (f.kind == FigureKind::kPercent && (!f.metric || ((f.metric == "seats" || f.metric == "votes") && !StartsWith(t, f.span.end, " of ")))) {
        if (!voting_text) voting_text = IsVotingText(t);
        if (*voting_text) f.metric = "vote share";
      }
      // A move restated or listed after a comma ("…, a jump of more than nine times", "Houston, up
      // 41%; Panhandle, up 37%") measures what the figure before it in the sentence measures.
      if (!f.metric && k > 0 && (*figures)[k - 1].sentence == f.sentence && AppositiveMove(t, clause)) {
        f.metric = (*figures)[k - 1].metric;
      }
      if (!f.metric) f.metric = MetricOfUnit(f);
      // Else the nearest in the sentence, within a few lines of text either side, and not across a
      // semicolon: "… profit jumps 18%; loans cross ₹3 lakh crore" are two statements.
      // The clauses before it first: a clause after it begins another statement ("from 1-3%
      // earlier, and kept its operating margin band at 20-22%").
      const ByteSpan statement = NamesOwnNoun(t, f.span) ? clause : StatementOf(t, sentence, f.span);
      const ByteSpan before{std::max<uint64_t>(statement.begin, f.span.begin > 300 ? f.span.begin - 300 : 0), f.span.begin};
      const ByteSpan after{f.span.end, std::min<uint64_t>(statement.end, f.span.end + 300)};
      if (!f.metric && before.begin < before.end) f.metric = NearestMetric(t, sentence_metrics, before, f.span);
      if (!f.metric && after.begin < after.end) f.metric = NearestMetric(t, sentence_metrics, after, f.span);
      // An index's level is in points: money named beside one ("from the regular close of $133.70 on
      // Nasdaq") measures what the other words of its statement name ("shares").
      if (f.metric == "index level" && IsCurrency(f)) {
        std::vector<MetricAt> others;
        std::copy_if(sentence_metrics.begin(), sentence_metrics.end(), std::back_inserter(others),
                     [](const MetricAt& m) { return m.metric != "index level"; });
        f.metric = NearestMetric(t, others, {before.begin, after.end}, f.span);
      }
      // A power or an energy measures capacity, use or output, whatever money the clause names
      // ("plans to reach 12 GW of capacity by 2030 and will invest …").
      if (f.kind == FigureKind::kQuantity && f.metric && *f.metric != "production" && *f.metric != "electricity use" &&
          *f.metric != "power capacity") {
        if (auto unit_metric = MetricOfUnit(f)) f.metric = unit_metric;
      }
      // "capacity will grow 3 percent to 4 percent" at an airline, "spare capacity" of a producer:
      // capacity is a power capacity only in a power unit or beside words of power.
      if (f.metric == "power capacity" && !MetricOfUnit(f) && !NamesPower(t, sentence)) f.metric.reset();
      // "Crude futures lost 6.73%", "shares lost 4%": a loss named by a weak word ("lost", "loss")
      // is a net loss only in money.
      if (f.metric == "net loss" && f.kind != FigureKind::kMoney &&
          std::none_of(sentence_metrics.begin(), sentence_metrics.end(), [](const MetricAt& m) { return m.metric == "net loss" && !m.weak; })) {
        f.metric.reset();
      }
      // "AIR estimated the losses in the U.S. would be $25-$35 billion", "market losses from hurricane
      // Laura": money lost in a sentence on a disaster or on insurance is what insurers pay out.
      if (f.metric == "net loss" && NamesDisasterLosses(t, sentence) &&
          std::none_of(sentence_metrics.begin(), sentence_metrics.end(), [](const MetricAt& m) { return m.metric == "net loss" && !m.weak; })) {
        f.metric = "insured losses";
      }
      if (f.metric == "production" && (f.unit == "bpd" || f.unit == "b/d" || f.unit == "barrels") && IsOtherOilFlow(t, clause, f.span)) {
        f.metric.reset();
      }
      // Money named beside the weak word "economy" is the economy's size only when the word is the
      // money's noun ("the nation's $14 trillion economy", "an economy of $2 trillion"): "$2 billion to
      // rebuild the bridge, a blow to the region's community and economy" is no GDP.
      if (f.metric == "GDP" && IsCurrency(f) && !StartsWith(t, f.span.end, " economy") &&
          std::none_of(sentence_metrics.begin(), sentence_metrics.end(), [](const MetricAt& m) { return m.metric == "GDP" && !m.weak; })) {
        const size_t from = f.span.begin > 14 ? f.span.begin - 14 : 0;
        if (t.substr(from, f.span.begin - from).find("economy") == std::string_view::npos) f.metric.reset();
      }
      // A percentage of an economy's output is its growth ("the economy grew 0.4%").
      if (f.kind == FigureKind::kPercent && f.metric == "GDP") f.metric = "growth rate";
      // Sales counted in things are units sold, not revenue ("iPhone sales of 18.65m").
      if (f.kind == FigureKind::kCount && f.metric == "revenue") f.metric = "sales volume";
      // Money is no share of a market ("got the majority share of Rs 33,278 crore").
      if (f.metric == "market share" && IsCurrency(f)) f.metric.reset();
      // A percentage of votes is a share of the vote ("won 108,371 votes (9.99%)").
      if (f.kind == FigureKind::kPercent && f.unit == "percent" && f.metric == "votes") f.metric = "vote share";
      // "US$2.05 a share" beside net income: the earnings per share.
      // ("31 US cents per share": a currency's cents are its money too.)
      if (f.per == "share" && (IsCurrency(f) || f.unit == "cents" || f.unit == "pence") &&
          (!f.metric || *f.metric == "net income" || *f.metric == "net loss")) {
        f.metric = "earnings per share";
      }
      // A poll's share of support: "with 41% support", "36% backed Marsh", "38% would vote for";
      // in a text on an election or a poll, any bare share ("The ruling party leads with 61.6%").
      if (f.kind == FigureKind::kPercent && f.unit == "percent" && !f.metric) {
        if (!voting_text) voting_text = IsVotingText(t);
        if (*voting_text || BacksSomeone(t, f.span.end) || CastsVote(t, clause, f.span)) f.metric = "vote share";
      }
      // Money in a sentence on a footballer named by position ("paid Middlesbrough £5.75m for striker
      // Mark Viduka", "spent £3.5m to acquire forward Laurent Depoitre") is a transfer fee, unless
      // the sentence names another measure; wages are per week and stay apart.
      if (IsCurrency(f) && !f.per && (!f.metric || *f.metric == "capital expenditure") && NamesPlayer(t, sentence) &&
          std::none_of(sentence_metrics.begin(), sentence_metrics.end(),
                       [](const MetricAt& m) { return !m.weak && m.metric != "transfer fee"; })) {
        f.metric = "transfer fee";
      }
      // Money counts no people or things: "hourly earnings of employees … edged up to $22.87" is no
      // headcount, "$4 million for the voters' roll" no votes.
      if (IsCurrency(f) && f.metric && CountsPeopleOrThings(*f.metric)) f.metric.reset();
      // One side of a match score ("beat Rovers 3-1", "a 2-2 draw").
      if (f.kind == FigureKind::kCount && (f.unit.empty() || f.unit == "vote") && IsMatchScore(t, f.span)) {
        f.metric = TallyMetric(t, sentence);
      }
    }
    // A table cell's period is its row's or column's header ("| Q1 2025 |" above "| SEK 1,288m |").
    if (!f.period) {
      if (auto cell = TableCellPeriod(t, f.span)) {
        f.period = cell->period;
        f.period_kind = cell->kind;
      }
    }
    // "一季度、二季度GDP分别增长5.3%和4.7%": a figure after 分别 takes the period its list item names.
    if (!f.period) {
      if (const std::optional<ByteSpan> item = HanRespectiveItem(t, f.sentence, f.span)) {
        for (const PeriodMention& p : sentence_periods_all) {
          if (p.begin >= item->begin && p.begin < item->end) f.period = p.period;
        }
      }
    }
    // Period: the nearest the clause names; else the one the whole sentence names, if only one.
    // A weekday dates the report ("net income was …, the company reported on Monday"), not the
    // period of a result, nor of a disaster's insured losses ("Brightline Risk estimated on Tuesday
    // that insured losses … would be"), which the disaster dates: they leave it out.
    // "略高于2021年的30.2%": the base's own value, right after its year and 的, is that year's.
    for (const PeriodMention& p : sentence_periods_all) {
      if (!f.period && p.comparison && p.begin + 10 == f.span.begin && t.substr(p.begin + 4, 6) == "年的") f.period = p.period;
    }
    if (!f.period) {
      const bool result = f.metric && IsReportedResult(*f.metric);
      const bool undated_by_report = result || f.metric == "insured losses";
      const bool election_result = f.metric == "turnout" || f.metric == "vote share";
      std::vector<PeriodMention> without_weekdays;
      const bool weekday_named = std::any_of(sentence_periods_all.begin(), sentence_periods_all.end(),
                                             [](const PeriodMention& p) { return p.weekday; });
      if (undated_by_report && weekday_named) {
        std::copy_if(sentence_periods_all.begin(), sentence_periods_all.end(), std::back_inserter(without_weekdays),
                     [](const PeriodMention& p) { return !p.weekday; });
      }
      const std::vector<PeriodMention>& unbracketed = undated_by_report && weekday_named ? without_weekdays : sentence_periods_all;
      // "was 23.8 percent (23.9 percent in Q3 2014)": a period in brackets is the period of the
      // figures in them only.
      std::vector<PeriodMention> outside_brackets;
      const bool bracketed = sentence_bracketed && std::any_of(unbracketed.begin(), unbracketed.end(), [&](const PeriodMention& p) {
        return InBracketsWithout(t, f.sentence, p.begin, f.span, *figures);
      });
      if (bracketed) {
        std::copy_if(unbracketed.begin(), unbracketed.end(), std::back_inserter(outside_brackets),
                     [&](const PeriodMention& p) { return !InBracketsWithout(t, f.sentence, p.begin, f.span, *figures); });
      }
      const std::vector<PeriodMention>& sentence_periods = bracketed ? outside_brackets : unbracketed;
      std::vector<PeriodMention> in_clause;
      auto first = std::lower_bound(sentence_periods.begin(), sentence_periods.end(), clause.begin,
                                    [](const PeriodMention& p, uint64_t at) { return p.begin < at; });
      for (auto p = first; p != sentence_periods.end() && p->begin < clause.end; ++p) in_clause.push_back(*p);
      // A share's or an index's move is of the day its sentence names ("shares fell 11.7 percent to
      // $91.34 in early trading on Monday after the company said … the year ending Jan. 31").
      if (f.metric && IsLevelOfADay(*f.metric)) {
        std::vector<PeriodMention> days;
        std::copy_if(sentence_periods_all.begin(), sentence_periods_all.end(), std::back_inserter(days),
                     [](const PeriodMention& p) { return p.weekday && !p.comparison; });
        f.period = NearestPeriod(t, days, f.span);
      }
      if (!f.period && sentence_respective) f.period = RespectivePeriod(t, sentence_periods_all, *figures, k);
      if (!f.period) f.period = NearestPeriod(t, in_clause, f.span);
      if (!f.period) f.period = RelativeClausePeriod(t, sentence_periods_all, *figures, clause, k);
      const bool standing_target = !f.period && IsStandingTarget(t, f.span);
      if (standing_target) f.period_kind = "plan";  // an aim, whenever it is for
      if (!f.period && !standing_target) f.period = OpeningClausePeriod(sentence_periods, *figures, breaks_of_sentence, sentence, clause);
      if (!f.period && !standing_target) {
        if (!sentence_periods.empty()) from_other_clause.push_back(k);
        // The sentence's one period, unless the clause is of another kind than where it is named:
        // "… reached 58.2% by the end of November, short of its 75% target".
        f.period = OnlyPeriod(sentence_periods);
        if (f.period) {
          const auto named = std::find_if(sentence_periods.begin(), sentence_periods.end(),
                                          [&](const PeriodMention& p) { return p.period == *f.period; });
          const ByteSpan there = ClauseOf(breaks_of_sentence, sentence, {named->begin, named->begin + 1});
          const auto own_kind = PeriodKind(t, clause.begin, clause.end, f.span.end);
          const auto there_kind = PeriodKind(t, there.begin, there.end);
          if (own_kind && there_kind && *own_kind != *there_kind) f.period.reset();
        }
        // Chinese carries the time of a clause to the clauses after it that name none (去年12月营收为
        // 198.6亿元，月增8.2%，年增12.5%；第四季营收…): the period named last before the figure.
        if (!f.period && f.span.begin >= 3 && static_cast<unsigned char>(t[f.span.begin - 3]) >= 0xe4 &&
            static_cast<unsigned char>(t[f.span.begin - 3]) <= 0xe9) {
          for (const PeriodMention& p : sentence_periods) {
            if (p.begin >= f.span.begin) break;
            if (!p.weekday && !p.comparison) f.period = p.period;
          }
        }
      }
      // A sentence that names no period of its own goes on with its paragraph's: "Data-centre
      // revenue was $35.6 billion" after a sentence on the fiscal fourth quarter.
      // (A base it is compared with, "up 12% from the previous quarter", is not its own period.)
      bool carried_here = false;
      if (!f.period && !standing_target && std::all_of(sentence_periods.begin(), sentence_periods.end(),
                                   [](const PeriodMention& p) { return p.weekday || p.comparison; })) {
        if (!(sentence == carried_into)) {
          carried_into = sentence;
          const Dateline reported = sentence_kind == "actual" ? dated : Dateline{};
          carried = PeriodCarriedInto(t, text_periods, sentence, reported, /*across_paragraphs=*/false, of_bases);
          carried_far = carried ? carried : PeriodCarriedInto(t, text_periods, sentence, reported, /*across_paragraphs=*/true, of_bases);
          carried_vote.reset();
        }
        // An election's result is reported for the vote the paragraphs before it date, wire copy's
        // one-sentence paragraphs too.
        if (election_result && !carried_vote) {
          carried_vote = PeriodCarriedInto(t, text_periods, sentence, dated, /*across_paragraphs=*/true, of_bases, /*voting_day=*/true);
        }
        f.period = election_result ? *carried_vote : result ? carried_far : carried;
        carried_here = f.period.has_value();
        if (carried_here) carried_figures.push_back(k);
        // A result whose paragraph names no period is the report's: "Net income was $7.4 billion"
        // below a lead on third-quarter earnings.
        if (!f.period && result && f.span.begin > lead_period.second) f.period = lead_period.first;
      }
      // "compared with ¥790 billion a year earlier", "A year earlier, the figure stood at 249,024":
      // the same period of the year before.
      bool year_earlier = false;
      if (f.period && (YearEarlierFollows(t, *figures, k) || (carried_here && InYearEarlierSentence(t, f.span.begin)))) {
        year_earlier = true;
        // The period those words name, when they name one ("in the same quarter a year earlier",
        // "in the year-ago period"), else the same period a year before.
        constexpr size_t kYearEarlierWords = 80;  // bytes after the figure
        const auto named = std::find_if(sentence_periods_all.begin(), sentence_periods_all.end(), [&](const PeriodMention& p) {
          return p.other_year && p.begin >= f.span.end && p.begin < f.span.end + kYearEarlierWords;
        });
        f.period = named != sentence_periods_all.end() ? named->period : ShiftYears(*f.period, -1);
      }
      if (f.period) {
        // The words between the figures either side of it first ("… well above the $131 billion it
        // spent in 2025" after a plan), then its clause, then its sentence.
        const size_t own_begin = k > 0 ? std::max<uint64_t>((*figures)[k - 1].span.end, clause.begin) : clause.begin;
        size_t own_end = k + 1 < figures->size() ? std::min<uint64_t>((*figures)[k + 1].span.begin, clause.end) : clause.end;
        // "cut its rate to 2.25% on Tuesday and lowered this year's growth forecast …": "and" opens
        // another statement: the words of its sentence before it are read, not those after it.
        const size_t and_at = t.substr(0, own_end).find(" and ", f.span.end);
        if (and_at != std::string_view::npos) own_end = and_at;
        f.period_kind = own_begin < own_end ? PeriodKind(t, own_begin, own_end, f.span.end) : std::nullopt;
        // "put the harvest at 33.8 million tons, against 36.1 million tons a year earlier": the year
        // before's value, unless it is still under way at the dateline, is what was reported for it,
        // whatever its clause or sentence expects of their own period.
        if (!f.period_kind && year_earlier && !EndsAfter(*f.period, dated)) f.period_kind = "actual";
        if (!f.period_kind && and_at != std::string_view::npos) {
          if (and_at != kind_and_at) {
            kind_and_at = and_at;
            kind_before_and = PeriodKind(t, sentence.begin, and_at);
          }
          f.period_kind = kind_before_and;
        } else if (!f.period_kind) {
          if (!(clause == kind_clause)) {
            kind_clause = clause;
            clause_kind = PeriodKind(t, clause.begin, clause.end);
          }
          f.period_kind = clause_kind;
        }
        // "Earnings: $1.40 per share, against $1.95 a share expected by analysts": a word of
        // expectation in a later clause that holds a figure of its own is that figure's.
        if (!f.period_kind && and_at == std::string_view::npos) {
          const bool later_own = k + 1 < figures->size() && (*figures)[k + 1].sentence == sentence && !(clauses[k + 1] == clause);
          f.period_kind = later_own ? PeriodKind(t, sentence.begin, clauses[k + 1].begin) : sentence_kind;
        }
      }
    }
  }
  // A market's move whose sentence names no period is the day's the report is dated ("The Nasdaq
  // Composite slid 3.1% to 19,341.8", "Die Aktie stieg um 3,2 %"), not the quarter a sentence
  // before it reported.
  MovesOfPrices(figures);
  if (dated.day) {
    for (size_t k = 0; k < figures->size(); ++k) {
      Figure& f = (*figures)[k];
      const bool carried = std::binary_search(carried_figures.begin(), carried_figures.end(), k);
      // (A price's period named only in another clause of its sentence is not its own: "agreed to
      // cut output from November, lifting Brent crude to $92.74 a barrel".)
      const bool elsewhere = carried || std::binary_search(from_other_clause.begin(), from_other_clause.end(), k);
      if ((f.period && !elsewhere) || !f.metric) continue;
      if (f.period && !carried && *f.metric != "price") continue;
      // A commodity's price with no period at all, in a sentence on the day's trading ("Brent
      // crude futures settled up 92 cents, or 1.1%, at $82.40 a barrel") or as where it moved to
      // ("Spot gold fell 0.6% to $2,341 an ounce"), is the day's too; a price in other words
      // ("reached $140/MWh during the hottest week") is left without one rather than dated by the report.
      // (A price written without its per-unit is one where it moved to: "U.S. crude rose $2.38 to $87.12".)
      const bool moved_to = f.span.begin >= 4 && StartsWith(t, f.span.begin - 4, " to ");
      const bool market_price = *f.metric == "price" && (!f.period || elsewhere) &&
                                ((f.kind == FigureKind::kRate && (ReportsTradingSession(t, f.sentence) || moved_to)) ||
                                 (f.kind == FigureKind::kMoney && moved_to && k > 0 && (*figures)[k - 1].span.end + 4 == f.span.begin &&
                                  (*figures)[k - 1].unit == f.unit));
      if (IsLevelOfADay(*f.metric) || market_price) {
        f.period = DateFromDays(DaysFromCivil(dated.year, dated.month, dated.day));
        f.period_kind = "actual";
      }
    }
    // The price's move in the same sentence ("up 92 cents, or 1.1%") is of that day as well.
    for (size_t k = 0; k < figures->size(); ++k) {
      Figure& price = (*figures)[k];
      if ((price.kind != FigureKind::kRate && price.kind != FigureKind::kMoney) || price.metric != "price" || !price.period) continue;
      for (size_t j = k; j-- > 0 && (*figures)[j].sentence == price.sentence;) {
        Figure& move = (*figures)[j];
        const bool moved = move.kind == FigureKind::kPercent || (move.kind == FigureKind::kMoney && move.unit == price.unit);
        // ("rose $2.38 to $87.12": the move right before its level, whatever its words name.)
        const bool right_before = move.span.end + 4 == price.span.begin && StartsWith(t, move.span.end, " to ");
        const bool own_period = move.period && !std::binary_search(carried_figures.begin(), carried_figures.end(), j);
        // ("30% lower than the all-time high of $80.56/MWh during 2008": the price is the base the
        // move is measured against, not the level it moved to.)
        const std::string between = Lowercase(t.substr(move.span.end, price.span.begin - move.span.end));
        const bool against_price = between.find(" than ") != std::string::npos || between.find(" from ") != std::string::npos ||
                                   between.find("compared") != std::string::npos;
        if (moved && (move.metric == "price" || (right_before && !move.metric)) && !own_period && !move.per && !against_price) {
          move.period = price.period;
          move.period_kind = price.period_kind;
        }
      }
    }
  }
  // 跌破4.5%的关口, 守住3000点大关: a threshold is a mark a value is measured against, no value of a
  // period itself (and no rival of the value that crosses it).
  for (Figure& f : *figures) {
    if (IsHanThresholdAt(t, f.span.end)) {
      f.period.reset();
      f.period_kind.reset();
    }
  }
  // A forecast or plan for a month named without its year, which that year's reading puts more than
  // three months before the dateline, is for the coming one: "on course to raise the cap to about
  // £2,800 in October" written in May (a forecast of a month just past, "had expected 2.3% for
  // December" in January, stays).
  for (Figure& f : *figures) {
    if (!f.period || f.period->size() != 7 || (f.period_kind != "forecast" && f.period_kind != "plan") || !dated.month) continue;
    const int year = std::atoi(f.period->c_str()), month = std::atoi(f.period->c_str() + 5);
    const int months_before = (dated.year - year) * 12 + dated.month - month;
    const std::string_view sentence = t.substr(f.sentence.begin, f.sentence.end - f.sentence.begin);
    if (months_before > 3 && months_before < 12 && sentence.find(f.period->substr(0, 4)) == std::string_view::npos) {
      *f.period = ShiftYears(*f.period, 1);
    }
  }
  // A value of a period over by the dateline that no word makes an expectation is a reported one:
  // "Turnout was 61.2%" the day after the vote, "Net income was $7.4 billion" for a past quarter.
  // (A fiscal period the text restates as a calendar one is placed as that one.)
  auto placed = [&](const std::string& period) {
    const auto restated = std::find_if(text_periods.begin(), text_periods.end(),
                                       [&](const PeriodMention& p) { return p.period == period && !p.calendar.empty(); });
    return restated != text_periods.end() ? restated->calendar : period;
  };
  for (Figure& f : *figures) {
    if (f.period && !f.period_kind && OverBy(placed(*f.period), dated)) f.period_kind = "actual";
  }
  ReadChanges(t, clauses, figures);
  PeriodsOfRevisedForecasts(figures);
  ShareMetricOfMove(figures);
  ReadSubjects(t, clauses, figures);
  RestateHeadline(t, figures);
}

void InferScales(std::vector<Figure>* figures) {
  static constexpr double kScales[] = {1e3, 1e6, 1e9, 1e12};
  std::vector<Figure>& fs = *figures;
  for (size_t k = 1; k < fs.size(); ++k) {
    Figure& f = fs[k];
    if (f.kind != FigureKind::kMoney || f.value_high || f.value < 10 || f.value >= 1000 ||
        f.value != std::floor(f.value) || f.surface.empty() || !IsDigit(f.surface.back())) {
      continue;
    }
    // The amount of the same currency stated just before it, which must carry the scale.
    for (size_t j = k; j-- > 0;) {
      const Figure& g = fs[j];
      if (g.kind != FigureKind::kMoney || g.unit != f.unit) continue;
      if (g.per || g.surface.empty() || IsDigit(g.surface.back())) break;
      const double ratio = g.value / f.value;
      const bool scale = std::any_of(std::begin(kScales), std::end(kScales),
                                     [&](double s) { return std::abs(ratio - s) <= 1e-9 * s; });
      if (scale) {
        f.value = g.value;
        f.scale_inferred = true;
      }
      break;
    }
  }
}

}  // namespace dossier::extract
