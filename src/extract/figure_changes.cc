#include "extract/figure_changes.h"

#include <algorithm>
#include <optional>
#include <string>

#include "extract/text_bytes.h"
#include "util/unit_dimensions.h"

namespace dossier::extract {

bool IsChangeVerb(std::string_view lower) {
  static constexpr std::string_view kVerbs[] = {
      "boosted", "climbed",  "cut",     "cuts",     "declined", "decreased", "down",    "dropped", "fall",    "fell",
      "gained",  "grew",     "grow",    "growing",  "increase", "increased", "jumped",  "lifted",  "lost",    "lowered",
      "plunged", "raise",    "raised",  "raises",   "reduced",  "rise",      "rising",  "rose",    "sank",    "shed",
      "shrank",  "slid",     "slipped", "soared",   "surged",   "trimmed",   "tumbled", "up",      "wiped",   "added",
      "doubled", "tripled",  "halved",  "quadrupled", "narrowed", "widened", "eased",  "improved", "dipped",  "expanded",
      "contracted", "slumped", "rallied", "rebounded", "recovered", "advanced", "retreated", "shrinks", "narrows", "widens",
      "upped",   "hiked",    "slashed", "revised",  "ticked",   "edged",     "inched",  "accelerated", "slowed", "cooled",
      "decrease", "reduce",  "trim",    "slash",    "hike",     "fallen",    "risen",   "grown",
      // The present tense of headlines: "sales jump 78%", "shares slide 4%".
      "climbs",  "declines", "drops",   "falls",    "gains",    "grows",     "jump",    "jumps",   "plunge",  "plunges",
      "rises",   "sink",     "sinks",   "slide",    "slides",   "slip",      "slips",   "soar",    "soars",   "surge",
      "surges",  "tumble",   "tumbles",
      // German
      "stieg",   "stiegen",  "steigen", "steigt",   "sanken",   "sinken",    "sinkt",   "fiel",    "fielen",  "wuchs",
      "wuchsen", "wachsen",  "kletterte", "zugelegt", "legte",  "senkte",    "gesenkt", "verlor",
  };
  return std::find(std::begin(kVerbs), std::end(kVerbs), lower) != std::end(kVerbs);
}

namespace {

bool IsChangeNoun(std::string_view lower) {
  static constexpr std::string_view kNouns[] = {"increase", "rise", "decline", "drop", "gain", "jump", "fall",
                                                "growth", "higher", "lower", "cut", "decrease", "surge", "slide"};
  return std::find(std::begin(kNouns), std::end(kNouns), lower) != std::end(kNouns);
}

// Whether figure `f` is the size of a move named by a noun before it with "of": "an increase of
// 521", "a cut of 25 basis points" ("growth of 2%" is the growth rate itself; "a surge of 8 to 12
// feet" is a storm's, not a move's).
bool SizeAfterNounOf(std::string_view t, const Figure& f, std::string_view b1, std::string_view b2) {
  if (b1 != "of" || !IsChangeNoun(b2) || b2 == "growth" || b2 == "higher" || b2 == "lower") return false;
  if (f.span.begin < 3 || t.substr(f.span.begin - 3, 3) != "of ") return false;  // not "of 2.6% (38 to 39 cases)"
  return f.kind == FigureKind::kPercent || f.kind == FigureKind::kMoney || f.kind == FigureKind::kCount;
}

// Whether "up" or "down" before a figure is the particle of a verb that is no move: "makes up 62%
// of", "took up 40% of the floor".
bool IsParticleOfOtherVerb(const std::vector<std::string>& before) {
  static constexpr std::string_view kVerbs[] = {"make", "makes", "made", "making", "take", "takes", "took", "taking", "taken"};
  return before.size() > 1 && (before[0] == "up" || before[0] == "down") &&
         std::find(std::begin(kVerbs), std::end(kVerbs), before[1]) != std::end(kVerbs);
}

// A multiple that is itself a move: "more than doubled", 倍增.
bool IsMoveMultiple(const Figure& f) {
  if (f.kind != FigureKind::kMultiple) return false;
  const std::string lower = Lowercase(f.surface);
  return lower == "doubled" || lower == "tripled" || lower == "quadrupled" || lower == "\xe5\x80\x8d\xe5\xa2\x9e" ||  // 倍增
         lower == "\xe7\xbf\xbb\xe7\x95\xaa" || lower == "\xe7\xbf\xbb\xe5\x80\x8d" || lower == "\xe7\xbf\xbb\xe4\xb8\x80\xe7\x95\xaa";  // 翻番 翻倍 翻一番
}

// The basis a phrase names, English or Chinese: against a year earlier or against the period before.
struct BasisMarker {
  std::string_view words;
  std::string_view basis;
};
constexpr BasisMarker kBasisMarkers[] = {
    {"year on year", "yoy"}, {"year-on-year", "yoy"}, {"year over year", "yoy"}, {"year-over-year", "yoy"},
    {"y-o-y", "yoy"}, {"a year earlier", "yoy"}, {"a year ago", "yoy"}, {"a year before", "yoy"},
    {"the year before", "yoy"}, {"the previous year", "yoy"}, {"the prior year", "yoy"},
    {"on last year", "yoy"}, {"from last year", "yoy"}, {"over last year", "yoy"}, {"yoy", "yoy"},
    {"the same quarter last year", "yoy"}, {"the same period last year", "yoy"},
    {"the same month last year", "yoy"}, {"im vorjahresvergleich", "yoy"}, {"a month earlier", "qoq"},
    {"a month ago", "qoq"}, {"a quarter earlier", "qoq"},
    {"gegen\xc3\xbc" "ber dem vorjahr", "yoy"},  // gegenüber dem Vorjahr
    {"quarter on quarter", "qoq"}, {"quarter-on-quarter", "qoq"}, {"quarter over quarter", "qoq"},
    {"quarter-over-quarter", "qoq"}, {"q-o-q", "qoq"}, {"qoq", "qoq"}, {"month on month", "qoq"},
    {"month-on-month", "qoq"}, {"sequentially", "qoq"}, {"the previous quarter", "qoq"},
    {"the prior quarter", "qoq"}, {"the preceding quarter", "qoq"}, {"the previous month", "qoq"},
    {"gegen\xc3\xbc" "ber dem vorquartal", "qoq"},  // gegenüber dem Vorquartal
    {"\xe5\x90\x8c\xe6\xaf\x94", "yoy"}, {"\xe5\xb9\xb4\xe5\xa2\x9e", "yoy"}, {"\xe5\xb9\xb4\xe5\x87\x8f", "yoy"},  // 同比 年增 年减
    {"\xe5\xb9\xb4\xe6\xb8\x9b", "yoy"}, {"\xe8\xbe\x83\xe4\xb8\x8a\xe5\xb9\xb4", "yoy"}, {"\xe8\xbc\x83\xe4\xb8\x8a\xe5\xb9\xb4", "yoy"},  // 年減 较上年 較上年
    {"\xe8\xbe\x83\xe5\x8e\xbb\xe5\xb9\xb4", "yoy"}, {"\xe8\xbc\x83\xe5\x8e\xbb\xe5\xb9\xb4", "yoy"}, {"\xe6\xaf\x94\xe5\x8e\xbb\xe5\xb9\xb4", "yoy"},  // 较去年 較去年 比去年
    {"\xe6\xaf\x94\xe4\xb8\x8a\xe5\xb9\xb4", "yoy"},                                            // 比上年
    {"\xe7\x8e\xaf\xe6\xaf\x94", "qoq"}, {"\xe7\x92\xb0\xe6\xaf\x94", "qoq"}, {"\xe5\xad\xa3\xe5\xa2\x9e", "qoq"},  // 环比 環比 季增
    {"\xe5\xad\xa3\xe5\x87\x8f", "qoq"}, {"\xe5\xad\xa3\xe6\xb8\x9b", "qoq"}, {"\xe6\x9c\x88\xe5\xa2\x9e", "qoq"},  // 季减 季減 月增
    {"\xe6\x9c\x88\xe5\x87\x8f", "qoq"}, {"\xe6\x9c\x88\xe6\xb8\x9b", "qoq"}, {"\xe8\xbe\x83\xe4\xb8\x8a\xe5\xad\xa3", "qoq"},  // 月减 月減 较上季
    {"\xe8\xbc\x83\xe4\xb8\x8a\xe5\xad\xa3", "qoq"}, {"\xe8\xbe\x83\xe4\xb8\x8a\xe6\x9c\x88", "qoq"}, {"\xe8\xbc\x83\xe4\xb8\x8a\xe6\x9c\x88", "qoq"},  // 較上季 较上月 較上月
    {"\xe8\xbe\x83\xe4\xb8\x8a\xe5\x91\xa8", "qoq"}, {"\xe8\xbc\x83\xe4\xb8\x8a\xe9\x80\xb1", "qoq"}, {"\xe6\xaf\x94\xe4\xb8\x8a\xe5\x91\xa8", "qoq"},  // 较上周 較上週 比上周
};

// The basis the nearest marker in `lower` names (the first, or with `last` the last), if any.
std::optional<std::string> BasisIn(std::string_view lower, bool last) {
  size_t best = std::string_view::npos;
  std::optional<std::string> basis;
  for (const BasisMarker& m : kBasisMarkers) {
    const size_t at = last ? lower.rfind(m.words) : lower.find(m.words);
    if (at == std::string_view::npos) continue;
    const size_t key = last ? lower.size() - at : at;
    if (best == std::string_view::npos || key < best) {
      best = key;
      basis = std::string(m.basis);
    }
  }
  return basis;
}

// The words before `begin` back to `limit`, nearest first, lowercase, at most `n`; numbers and
// signs between them ("fell 4% to …") are passed over.
std::vector<std::string> WordsBefore(std::string_view t, size_t begin, size_t limit, int n) {
  std::vector<std::string> words;
  size_t at = begin;
  int skipped = 0;  // bytes stepped over since the last word
  while (static_cast<int>(words.size()) < n && at > limit) {
    auto [word, start] = WordBefore(t, at);
    if (start < limit) break;
    if (word.empty()) {
      const size_t blank = SkipBlanksBack(t, at);
      if (blank == 0 || blank <= limit || ++skipped > 16) break;
      at = blank - 1;  // a digit or a sign ("4%", "£3.2bn"): step over it
      continue;
    }
    skipped = 0;
    words.push_back(word);
    at = start;
  }
  return words;
}

// The verb of change before a figure's qualifiers ("fell as much as", "rose about", "gained more
// than"), or empty when a qualifier stands there but no such verb before it.
std::string VerbPastQualifiers(const std::vector<std::string>& before) {
  static constexpr std::string_view kQualifiers[] = {"about", "almost", "an", "approximately", "around", "as",
                                                     "estimated", "just", "more", "much", "nearly", "over",
                                                     "roughly", "some", "than"};
  size_t k = 0;
  while (k < before.size() && std::find(std::begin(kQualifiers), std::end(kQualifiers), before[k]) != std::end(kQualifiers)) ++k;
  if (k == 0 || k == before.size() || !IsChangeVerb(before[k]) || before[k] == "cut" || before[k] == "raise") return "";
  return before[k];
}

// --- Chinese ---------------------------------------------------------------------------------

bool IsHanAt(std::string_view t, size_t i) {
  const unsigned char lead = static_cast<unsigned char>(At(t, i));
  return lead >= 0xe4 && lead <= 0xe9 && IsContinuationByte(At(t, i + 1)) && IsContinuationByte(At(t, i + 2));
}

// The Han characters just before `begin` (at most `chars`, back to `limit`), with the digits of a
// date among them (由2024年的…), and where they start.
std::string_view HanBefore(std::string_view t, size_t begin, size_t limit, int chars) {
  size_t at = begin;
  for (int k = 0; k < chars && at > limit; ++k) {
    if (at >= limit + 3 && IsHanAt(t, at - 3)) {
      at -= 3;
    } else if (IsDigit(t[at - 1]) && at - 1 >= limit && at < begin) {
      at -= 1;  // not a digit glued to the figure itself
    } else {
      break;
    }
  }
  while (at < begin && IsDigit(t[at])) ++at;  // starts at a character, not inside a year
  return t.substr(at, begin - at);
}

// Drops the qualifiers and particles between a verb and its figure: 增长了, 增至约, 逾, 达.
std::string_view WithoutQualifiers(std::string_view han) {
  static constexpr std::string_view kQualifiers[] = {"\xe4\xba\x86", "\xe7\xba\xa6", "\xe7\xb4\x84", "\xe8\xbf\x91", "\xe9\x80\xbe", "\xe8\xb6\x85\xe8\xbf\x87", "\xe8\xb6\x85\xe9\x81\x8e", "\xe5\xb0\x86\xe8\xbf\x91", "\xe5\xb0\x87\xe8\xbf\x91", "\xe7\xba\xa6\xe4\xb8\xba",  // 了 约 約 近 逾 超过 超過 将近 將近 约为
                                                      "\xe7\xb4\x84\xe7\x82\xba", "\xe8\xbe\xbe", "\xe9\x81\x94", "\xe9\xab\x98\xe8\xbe\xbe", "\xe9\xab\x98\xe9\x81\x94", "\xe4\xb8\xba", "\xe7\x82\xba", "\xe8\xb6\x85", "\xe4\xbb\x85", "\xe5\x83\x85"};  // 約為 达 達 高达 高達 为 為 超 仅 僅
  for (bool again = true; again;) {
    again = false;
    for (std::string_view q : kQualifiers) {
      if (EndsWith(han, q)) {
        han.remove_suffix(q.size());
        again = true;
      }
    }
  }
  return han;
}


// A move's new level after 至 or 到: 增至53万, 提升至18.2%, 下调至, 降到.
bool EndsWithChineseMoveTo(std::string_view han) {
  for (std::string_view to : {std::string_view("\xe8\x87\xb3"), std::string_view("\xe5\x88\xb0")}) {  // 至 到
    if (!EndsWith(han, to)) continue;
    han.remove_suffix(to.size());
    static constexpr std::string_view kVerbs[] = {"\xe5\xa2\x9e", "\xe5\x87\x8f", "\xe6\xb8\x9b", "\xe5\x8d\x87", "\xe9\x99\x8d", "\xe8\xb7\x8c", "\xe6\xb6\xa8", "\xe6\xbc\xb2", "\xe8\x90\xbd", "\xe6\x89\xa9\xe5\xa4\xa7", "\xe6\x93\xb4\xe5\xa4\xa7",  // 增 减 減 升 降 跌 涨 漲 落 扩大 擴大
                                                  "\xe7\xbc\xa9\xe5\xb0\x8f", "\xe7\xb8\xae\xe5\xb0\x8f", "\xe4\xb8\x8a\xe8\xb0\x83", "\xe4\xb8\x8a\xe8\xaa\xbf", "\xe4\xb8\x8b\xe8\xb0\x83", "\xe4\xb8\x8b\xe8\xaa\xbf", "\xe6\x8f\x90\xe9\xab\x98", "\xe5\xa2\x9e\xe5\x8a\xa0"};  // 缩小 縮小 上调 上調 下调 下調 提高 增加
    return std::any_of(std::begin(kVerbs), std::end(kVerbs), [&](std::string_view v) { return EndsWith(han, v); });
  }
  return false;
}

// Whether the Han text before a figure opens a move's start, 从…, 由上年的…: 从 or 由 within it.
bool OpensChineseMove(std::string_view han) {
  for (std::string_view from : {std::string_view("\xe4\xbb\x8e"), std::string_view("\xe5\xbe\x9e"), std::string_view("\xe7\x94\xb1")}) {  // 从 從 由
    if (han.find(from) != std::string_view::npos) return true;
  }
  return false;
}

// Whether the Han text before a figure names what it is compared against: 较去年的, 較上季度的, 比上年的.
bool NamesComparedAgainst(std::string_view han) {
  if (!EndsWith(han, "\xe7\x9a\x84")) return false;  // 的
  for (std::string_view than : {std::string_view("\xe8\xbe\x83"), std::string_view("\xe8\xbc\x83"), std::string_view("\xe6\xaf\x94")}) {  // 较 較 比
    if (han.find(than) != std::string_view::npos) return true;
  }
  return false;
}

// The words between "from" and an old value that say it is one: "an earlier", "its previous".
bool IsOldValueWord(std::string_view lower) {
  static constexpr std::string_view kWords[] = {"a", "an", "the", "its", "their", "earlier", "previous", "prior", "initial", "original"};
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

// Where in `before` (the words before a figure, nearest first) stands the "from" that opens the
// start of a move, past the words that name the old value: "from 5%" (0), "from an earlier 5%",
// "from a peak of 14%", "from an annualized growth rate of 2.2%" (a noun phrase ending in "of",
// at most four words); npos when none.
size_t FromBeforeOldValue(const std::vector<std::string>& before) {
  static constexpr std::string_view kQualifiers[] = {"about", "almost", "around", "just", "nearly", "over", "roughly", "some"};
  size_t k = 0;
  // ("from a peak of over 14 percent": a qualifier after "of".)
  while (k < 2 && k < before.size() && std::find(std::begin(kQualifiers), std::end(kQualifiers), before[k]) != std::end(kQualifiers)) ++k;
  if (k < before.size() && before[k] == "of") {
    for (const size_t of = k++; k < before.size() && k <= of + 5 && before[k] != "from"; ++k) {
      if (IsChangeVerb(before[k]) && !IsChangeNoun(before[k])) return std::string_view::npos;  // another clause's verb
    }
  } else {
    while (k < 3 && k < before.size() && IsOldValueWord(before[k])) ++k;
  }
  return k < before.size() && before[k] == "from" ? k : std::string_view::npos;
}

// Whether two figures measure in one dimension: the same unit, or two scales of one ("800 MW" to
// "1.2 GW").
bool SameDimension(const Figure& a, const Figure& b) {
  if (a.kind != b.kind || a.per != b.per) return false;
  if (a.unit == b.unit) return true;
  const auto base_a = InBaseUnit(a.unit), base_b = InBaseUnit(b.unit);
  return base_a && base_b && base_a->unit == base_b->unit;
}

void Link(std::vector<Figure>& fs, size_t from, size_t to) {
  fs[from].change = FigureChange{"from", fs[to].span.begin, std::nullopt};
  fs[to].change = FigureChange{"to", fs[from].span.begin, std::nullopt};
}

// Whether figure `k` is the start of a move whose end is the next figure: of its dimension, close
// after it with `to` (" to ", " auf ") between ("from 5% to 7%", "from a decrease of 2.1 percent to a
// 1.9 percent increase"); not across "and" ("to 3% from 3.1% and its 2023 forecast to 3%": a second move).
bool MovesToNext(std::string_view t, const std::vector<Figure>& fs, size_t k, std::string_view to) {
  if (k + 1 >= fs.size() || fs[k + 1].span.begin <= fs[k].span.end || fs[k + 1].span.begin - fs[k].span.end >= 40) return false;
  const std::string_view between = t.substr(fs[k].span.end, fs[k + 1].span.begin - fs[k].span.end);
  return SameDimension(fs[k], fs[k + 1]) && between.find(to) != std::string_view::npos && between.find(" and ") == std::string_view::npos;
}

// Whether `between` joins a new value to its old one: " from ", or with a comma ", from " (and,
// unless `exact`, anything after: " from a previous ", ", from the ").
bool IsFromJoiner(std::string_view between, bool exact) {
  for (std::string_view from : {std::string_view(" from "), std::string_view(", from ")}) {
    if (exact ? between == from : StartsWith(between, 0, from)) return true;
  }
  return false;
}

// Whether figure `j` is the whole the figure before it is a part of: "94 of the 210 seats", "12
// out of 40".
bool IsWholeOfFigureBefore(std::string_view t, const std::vector<Figure>& fs, size_t j) {
  if (j == 0 || !(fs[j - 1].sentence == fs[j].sentence) || fs[j - 1].span.end > fs[j].span.begin) return false;
  const std::string_view between = t.substr(fs[j - 1].span.end, fs[j].span.begin - fs[j - 1].span.end);
  return between == " of the " || between == " of " || between == " out of " || between == " out of the ";
}

// The figure before `k` in its sentence that a `from` end names as its new value: the same
// dimension, not itself the size of a move, and not yet linked. A part of a whole is the value,
// in the whole's dimension ("won 94 of the 210 seats, up from 71 seats").
std::optional<size_t> NewValueBefore(std::string_view t, const std::vector<Figure>& fs, size_t k) {
  for (size_t j = k; j-- > 0 && fs[j].sentence == fs[k].sentence;) {
    if (!SameDimension(fs[j], fs[k])) continue;
    if (IsWholeOfFigureBefore(t, fs, j)) --j;
    const auto& c = fs[j].change;
    if (!c || (c->role == "to" && !c->other_begin)) return j;
    return std::nullopt;
  }
  return std::nullopt;
}

// Reads the Chinese shapes of a move for figure k. True when it set a change.
bool ReadChineseChange(std::string_view t, ByteSpan clause, std::vector<Figure>& fs, size_t k) {
  Figure& f = fs[k];
  const std::string_view before = HanBefore(t, f.span.begin, clause.begin, 10);
  if (before.empty() && !IsMoveMultiple(f)) return false;
  // 从A增至B, 由上年的15.8%提升至18.2%: A is the start, the next figure after 至 or 到 the end.
  if (OpensChineseMove(before) && k + 1 < fs.size() && fs[k + 1].span.begin > f.span.end &&
      fs[k + 1].span.begin - f.span.end <= 24 && SameDimension(f, fs[k + 1])) {
    const std::string_view between = t.substr(f.span.end, fs[k + 1].span.begin - f.span.end);
    if (IsHanAt(between, 0) && EndsWithChineseMoveTo(WithoutQualifiers(between))) {
      Link(fs, k, k + 1);
      return true;
    }
  }
  // 较去年的二百五十億元: the value compared against, whose new value was stated before it.
  if (NamesComparedAgainst(before)) {
    if (auto now = NewValueBefore(t, fs, k)) {
      Link(fs, k, *now);
    } else {
      f.change = FigureChange{"from", std::nullopt, std::nullopt};
    }
    return true;
  }
  const std::string_view verb = WithoutQualifiers(before);
  // 下降3.1%至6,520亿千瓦时: 至 right after the size of a move leads to its new level.
  // (微升0.1年至5.4年: the size's own unit before 至 is no part of the joiner.)
  const std::string_view joiner = k > 0 && fs[k - 1].span.end <= f.span.begin
                                      ? t.substr(fs[k - 1].span.end, f.span.begin - fs[k - 1].span.end)
                                      : std::string_view();
  const bool after_delta = k > 0 && fs[k - 1].change && fs[k - 1].change->role == "delta" &&
                           (joiner == "\xe8\x87\xb3" || joiner == "\xe5\x88\xb0");  // 至 到
  if (EndsWithChineseMoveTo(verb) || after_delta) {
    f.change = FigureChange{"to", std::nullopt, std::nullopt};
    return true;
  }
  if (EndsWithChineseChangeVerb(verb) || IsMoveMultiple(f)) {
    // The basis is named before the verb: 同比增长, 年增, 较去年倍增.
    const size_t from = clause.begin + 60 < f.span.begin ? f.span.begin - 60 : clause.begin;
    f.change = FigureChange{"delta", std::nullopt, BasisIn(t.substr(from, f.span.begin - from), /*last=*/true)};
    return true;
  }
  return false;
}

// Whether the words right after `f` (up to the next figure or its sentence's end), or just before
// it, say it was a forecast made earlier: "the 2.3% rate projected in September", "3% predicted
// three months earlier", "an earlier ¥47.5 trillion forecast", "4.8 percent previously".
bool SaidEarlier(std::string_view t, const std::vector<Figure>& fs, size_t k) {
  constexpr size_t kReach = 40;  // bytes either side
  const Figure& f = fs[k];
  size_t end = std::min<size_t>({f.sentence.end, f.span.end + kReach, t.size()});
  if (k + 1 < fs.size() && fs[k + 1].span.begin > f.span.end) end = std::min<size_t>(end, fs[k + 1].span.begin);
  const std::string after = end > f.span.end ? Lowercase(t.substr(f.span.end, end - f.span.end)) : "";
  const size_t begin = std::max<size_t>(f.sentence.begin, f.span.begin > kReach / 2 ? f.span.begin - kReach / 2 : 0);
  const std::string before = Lowercase(t.substr(begin, f.span.begin - begin));
  for (std::string_view word : {"projected", "predicted", "forecast", "previously", "estimated", "expected"}) {
    if (after.find(word) != std::string::npos) return true;
  }
  for (std::string_view word : {"earlier", "previous", "prior"}) {
    if (before.find(word) != std::string::npos) return true;
  }
  return false;
}

bool IsExpectation(const Figure& f) { return f.period_kind == "forecast" || f.period_kind == "plan"; }

// A revision's old value said to be an earlier forecast is a forecast of the new value's period,
// not a value of the month the forecast was made in ("puts next year's inflation at 2.4%, up from
// the 2.3% rate projected in September": both are of next year).
void DateOldForecasts(std::string_view t, std::vector<Figure>& fs) {
  for (size_t k = 0; k < fs.size(); ++k) {
    Figure& f = fs[k];
    if (!f.change || f.change->role != "from" || !f.change->other_begin) continue;
    const auto now = std::find_if(fs.begin(), fs.end(), [&](const Figure& g) { return g.span.begin == *f.change->other_begin; });
    // (Only a forecast or plan is revised: "up from a previous high of 7.9m tonnes in November" after
    // an actual keeps its month.)
    if (now == fs.end() || !now->period || now->period == f.period || !IsExpectation(*now) || !SaidEarlier(t, fs, k)) continue;
    f.period = now->period;
    f.period_kind = now->period_kind;
  }
}

// A move made on a day ("cut the rate from 4.25 to 4 percent on Thursday") dates its new value
// only: the old one held until then, so a `from` end given its `to` end's day keeps no period.
void UndateStartsOfADaysMove(std::vector<Figure>& fs) {
  for (Figure& f : fs) {
    if (!f.change || f.change->role != "from" || !f.change->other_begin || !f.period || f.period->size() != 10) continue;
    const auto now = std::find_if(fs.begin(), fs.end(), [&](const Figure& g) { return g.span.begin == *f.change->other_begin; });
    if (now != fs.end() && now->period == f.period) f.period.reset();
  }
}

}  // namespace

bool EndsWithChineseChangeVerb(std::string_view han) {
  static constexpr std::string_view kVerbs[] = {
      "\xe5\xa2\x9e", "\xe5\x87\x8f", "\xe6\xb8\x9b", "\xe5\x8d\x87", "\xe9\x99\x8d", "\xe8\xb7\x8c", "\xe6\xb6\xa8", "\xe6\xbc\xb2", "\xe5\xa2\x9e\xe5\xb9\x85", "\xe9\x99\x8d\xe5\xb9\x85", "\xe6\xb6\xa8\xe5\xb9\x85", "\xe6\xbc\xb2\xe5\xb9\x85", "\xe8\xb7\x8c\xe5\xb9\x85", "\xe5\x90\x8c\xe6\xaf\x94", "\xe7\x8e\xaf\xe6\xaf\x94", "\xe7\x92\xb0\xe6\xaf\x94",  // 增 减 減 升 降 跌 涨 漲 增幅 降幅 涨幅 漲幅 跌幅 同比 环比 環比
      "\xe8\x90\x8e\xe7\xbc\xa9", "\xe8\x90\x8e\xe7\xb8\xae", "\xe8\xa1\xb0\xe9\x80\x80", "\xe6\x89\xa9\xe5\xa4\xa7", "\xe6\x93\xb4\xe5\xa4\xa7", "\xe7\xbc\xa9\xe5\xb0\x8f", "\xe7\xb8\xae\xe5\xb0\x8f", "\xe5\x9b\x9e\xe8\x90\xbd", "\xe4\xb8\x8b\xe6\xbb\x91", "\xe6\x88\x90\xe9\x95\xbf", "\xe6\x88\x90\xe9\x95\xb7", "\xe6\x8f\x90\xe9\xab\x98", "\xe5\xa2\x9e\xe9\x95\xbf", "\xe5\xa2\x9e\xe9\x95\xb7",  // 萎缩 萎縮 衰退 扩大 擴大 缩小 縮小 回落 下滑 成长 成長 提高 增长 增長
      "\xe5\xa2\x9e\xe5\x8a\xa0", "\xe5\x87\x8f\xe5\xb0\x91", "\xe6\xb8\x9b\xe5\xb0\x91", "\xe6\x8f\x90\xe5\x8d\x87",  // 增加 减少 減少 提升
  };
  return std::any_of(std::begin(kVerbs), std::end(kVerbs), [&](std::string_view v) { return EndsWith(han, v); });
}

void ReadChanges(std::string_view t, const std::vector<ByteSpan>& clauses, std::vector<Figure>* figures) {
  std::vector<Figure>& fs = *figures;
  for (size_t k = 0; k < fs.size(); ++k) {
    Figure& f = fs[k];
    if (f.change) continue;
    const ByteSpan clause = clauses[k];
    if (ReadChineseChange(t, clause, fs, k)) continue;
    const std::vector<std::string> before = WordsBefore(t, f.span.begin, clause.begin, 6);
    const std::string b1 = before.size() > 0 ? before[0] : "";
    const std::string b2 = before.size() > 1 ? before[1] : "";
    // "up from an earlier ¥47.5 trillion forecast", "cut from its previous $3 billion": an old value
    // named as one, the start of a move like "up from ¥47.5 trillion".
    const size_t from_at = FromBeforeOldValue(before);
    // ("raised its estimate to 7.8% from a previous 6.4%": "to A from B" with the old value named.)
    const auto to_from_named = [&]() {
      const std::optional<size_t> now = NewValueBefore(t, fs, k);
      return now && fs[*now].span.begin >= 4 && t.substr(fs[*now].span.begin - 4, 4) == " to " &&
             IsFromJoiner(t.substr(fs[*now].span.end, f.span.begin - fs[*now].span.end), /*exact=*/false);
    };
    // An old value named as one: "from a peak of 14% to 12%", "from a decrease of 2.1 percent to a
    // 1.9 percent increase".
    const bool old_value_named = from_at != std::string_view::npos && from_at > 0;
    if (old_value_named && MovesToNext(t, fs, k, " to ")) {
      Link(fs, k, k + 1);
      ++k;
      continue;
    }
    // (The clause may begin at "from": "… to 1.2 percent, from the 0.9 percent it reported".)
    const bool after_verb = old_value_named && before.size() > from_at + 1 &&
                            (before[from_at + 1] == "up" || before[from_at + 1] == "down" || IsChangeVerb(before[from_at + 1]));
    if (old_value_named && (after_verb || to_from_named())) {
      if (const std::optional<size_t> now = NewValueBefore(t, fs, k)) {
        Link(fs, k, *now);
      } else {
        f.change = FigureChange{"from", std::nullopt, std::nullopt};
      }
      continue;
    }
    if (b1 == "from" || b1 == "von") {
      // "from A to B", "von A auf B": the next figure, after " to " or " auf ", of A's dimension
      // ("from $1.88 per share and its revenue forecast to $6.58 billion" are two moves).
      if (MovesToNext(t, fs, k, b1 == "from" ? " to " : " auf ")) {
        Link(fs, k, k + 1);
        ++k;
        continue;
      }
      // "$135 billion, up from $72.2 billion", "slipped to 73% from 76%", "rose to $139 from
      // $118": the new value was stated before.
      const std::optional<size_t> now = NewValueBefore(t, fs, k);
      // "… and its revenue forecast to $6.58 billion from $6.33 billion": "to A from B" is a move
      // whatever verb, however far back, set it going.
      const bool to_from = now && fs[*now].span.begin >= 4 && t.substr(fs[*now].span.begin - 4, 4) == " to " &&
                           IsFromJoiner(t.substr(fs[*now].span.end, f.span.begin - fs[*now].span.end), /*exact=*/true);
      const bool after_move = b2 == "up" || b2 == "down" || (now && fs[*now].change) || to_from;
      if (after_move) {
        if (now) {
          Link(fs, k, *now);
        } else {
          f.change = FigureChange{"from", std::nullopt, std::nullopt};
        }
        continue;
      }
    }
    // "raised to $70 billion", "rose 38% in the fourth quarter to $6.1 billion".
    if (b1 == "to" || b1 == "auf") {
      const std::vector<std::string> clause_words = WordsBefore(t, f.span.begin, clause.begin, 12);
      if (std::any_of(clause_words.begin() + 1, clause_words.end(), [](const std::string& w) { return IsChangeVerb(w) && w != "up" && w != "down"; })) {
        f.change = FigureChange{"to", std::nullopt, std::nullopt};
        continue;
      }
    }
    // "up 77%", "rose 5%", "rose by $4 billion", "a 12% decline", "wiped $600 billion off", "more
    // than doubled"; "… and 12% from the previous quarter", a size whose basis follows it.
    const size_t after_end = WordEnd(t, f.span.end + 1);
    const std::string after = At(t, f.span.end) == ' ' ? Lowercase(t.substr(f.span.end + 1, after_end - f.span.end - 1)) : "";
    // "cut its main interest rate by 50 basis points", "trimmed borrowing costs by $2 billion": a
    // verb's object may stand between it and "by" when the figure is a rate or money.
    const bool object_between = f.kind == FigureKind::kPercent || f.kind == FigureKind::kMoney;
    const bool by = (b1 == "by" || b1 == "um") &&
                    (IsChangeVerb(b2) || (object_between && std::any_of(before.begin() + 1, before.end(), [](const std::string& w) {
                                            return IsChangeVerb(w) && w != "up" && w != "down";
                                          })));
    // "an increase of 521", "a cut of 25 basis points".
    const bool noun_of = SizeAfterNounOf(t, f, b1, b2);
    // "fell as much as 7%", "rose about 3%", "gained more than 10%": a qualifier between.
    const std::string verb_past_qualifiers = VerbPastQualifiers(before);
    // What follows the figure up to the next one: where its basis is named.
    const size_t own_end = std::min<uint64_t>(k + 1 < fs.size() ? fs[k + 1].span.begin : clause.end, clause.end);
    const std::string own_after = own_end > f.span.end ? Lowercase(t.substr(f.span.end, std::min<size_t>(own_end - f.span.end, 60))) : "";
    const bool sized_against = f.kind == FigureKind::kPercent && (after == "from" || after == "on" || after == "over") &&
                               BasisIn(own_after, /*last=*/false).has_value();
    // "8.75 million barrels per day, or 220,000 barrels per day less than a month earlier": an
    // amount more or less than a period before is the size of a move.
    const bool than_before = (after == "more" || after == "less" || after == "fewer" || after == "higher" || after == "lower") &&
                             StartsWith(t, after_end, " than ") && BasisIn(own_after, /*last=*/false).has_value();
    // ("forecast 1.3% growth for the economy": an economy's growth rate is the quantity itself.)
    const bool noun_of_move = IsChangeNoun(after) && !(after == "growth" && f.metric == "growth rate");
    if ((IsChangeVerb(b1) && b1 != "cut" && b1 != "raise" && !IsParticleOfOtherVerb(before)) || by || noun_of ||
        !verb_past_qualifiers.empty() || noun_of_move || IsMoveMultiple(f) ||
        sized_against || than_before || (after == "off" && std::find(before.begin(), before.end(), "wiped") != before.end())) {
      f.change = FigureChange{"delta", std::nullopt, BasisIn(own_after, /*last=*/false)};
    }
  }
  DateOldForecasts(t, fs);
  UndateStartsOfADaysMove(fs);
}

}  // namespace dossier::extract
