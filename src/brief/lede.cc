#include "brief/lede.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>

#include <fmt/format.h>

#include "brief/conflict_words.h"
#include "brief/same_thing.h"
#include "extract/datelines.h"
#include "extract/text_bytes.h"
#include "project/figure_quantity.h"
#include "util/dates.h"

namespace dossier {
namespace {

constexpr size_t kShortestLede = 40;   // bytes: shorter is a heading or a fragment
constexpr size_t kLongestLede = 600;   // bytes: longer is a paragraph the sentence finder did not split
constexpr size_t kTries = 20;          // candidates tried before giving up
constexpr int64_t kDevelopmentDays = 3;  // sources this close to the newest report its development

// The day a listed source was published, as days since 1970, when it has a date.
std::optional<int64_t> PublishedDay(const BriefSource& s) {
  return s.published ? DaysOfDate(*s.published) : std::nullopt;
}

// A figure that can back another source's sentence: a small bare count ("5", "4" of a "5-4 vote")
// says too little to tell one story's number from another's; 412万 (4.12 million) does not.
bool Telling(const Figure& f) {
  constexpr double kSmallCount = 1000;
  return f.kind != FigureKind::kCount || !f.unit.empty() || f.value >= kSmallCount || f.value != std::floor(f.value);
}

// A forecast, a plan or a target ("the 2% target", stated in every report of a central bank) is
// background that sources repeat, not what happened.
bool ForecastOrPlan(const Figure& f) { return f.period_kind == "forecast" || f.period_kind == "plan"; }

// A figure that says what it measures in a unit of its own ("the estimated cost … between 4.3 and
// 5.2 billion dollars"). A count, a span of time or a figure with no metric is too easily a side
// detail to be news on one report's word.
bool MeasuredAmount(const Figure& f) {
  return f.metric && (f.kind == FigureKind::kMoney || f.kind == FigureKind::kPercent || f.kind == FigureKind::kRate ||
                      f.kind == FigureKind::kQuantity);
}

// Whether `sentence` gives its value as a revision of an earlier one ("now projects …", "revised
// its estimate", "two years later than first projected"): a new value of a measure with no such
// words is as likely another thing measured ($700 billion of one year's capex after $3 trillion
// over four years). Curated here; ASCII words match whole.
bool StatesRevision(std::string_view sentence) {
  static constexpr std::string_view kRevisionWords[] = {
      "now", "revised", "revises", "raised", "raises", "lowered", "lowers", "updated", "up from", "down from",
      "than first", "than initially", "than originally", "than previously", "than earlier",
      "\xE4\xB8\x8A\xE8\xB0\x83",  // 上调 (adjusted up)
      "\xE4\xB8\x8B\xE8\xB0\x83",  // 下调 (adjusted down)
      "\xE6\x9C\x80\xE6\x96\xB0",  // 最新 (latest)
  };
  const std::string lower = extract::Lowercase(sentence);
  return std::any_of(std::begin(kRevisionWords), std::end(kRevisionWords), [&](std::string_view word) {
    // (A Han word has no spaces around it: anywhere it stands.)
    return extract::IsNonAscii(word.front()) ? lower.find(word) != std::string::npos : extract::HasWholeWord(lower, word);
  });
}

// The measure a MeasuredAmount gives a value of: its metric in its unit.
std::string MetricInUnit(const Figure& f) { return MetricKey(*f.metric) + '\x1f' + UnitKey(f.unit); }

// The first year a period names ("2026" of "Q3 2026", "FY2026", "2026-10-05"), or empty.
std::string_view YearOf(const std::optional<std::string>& period) {
  if (!period) return {};
  const size_t digits = period->find_first_of("0123456789");
  if (digits == std::string::npos || digits + 4 > period->size()) return {};
  return std::string_view(*period).substr(digits, 4);
}

// A value stated for two years is two quantities ("2.0% in 2026" does not back "2 percent by next
// year"); days within a year are often only the day each report gives a rate as of, and a figure
// with no period may be either.
bool SameYearIfStated(const Figure& a, const Figure& b) {
  const std::string_view x = YearOf(a.period), y = YearOf(b.period);
  return x.empty() || y.empty() || x == y;
}

// Whether `b` states `a`'s value at least as precisely: a projection's "about 29%" on election
// night does not make the count's 28.52% of the next day old news, nor "about 60 dead" a final 63.
bool AtLeastAsPrecise(const Figure& b, const Figure& a) {
  const double unit_a = LastDigitUnit(a), unit_b = LastDigitUnit(b);
  return unit_a == 0 || unit_b == 0 || unit_b <= unit_a * (1 + 1e-9);
}

// The result of a match or of a vote as one quantity: the two sides of a tally ("beat Rovers 2-0",
// "Dortmund 0-2 Madrid", "voted 5-4"), two small counts of goals or votes that follow each other
// across a dash or a colon. Each side alone says too little (Telling), but the same tally in two
// reports of one story is the one result they report: the key names its metric and both values,
// larger first, so "2-0" and "0-2" are one. Empty when `a` and `b` are no tally.
std::string TallyKey(const Figure& a, const Figure& b) {
  constexpr uint64_t kWidestJoint = 3;  // bytes: a hyphen or a colon, an en dash
  if (a.kind != FigureKind::kCount || b.kind != FigureKind::kCount || !a.unit.empty() || !b.unit.empty() ||
      !a.metric || a.metric != b.metric || (*a.metric != "goals" && *a.metric != "votes") || !(a.sentence == b.sentence) ||
      b.span.begin <= a.span.end || b.span.begin - a.span.end > kWidestJoint) {
    return {};
  }
  return fmt::format("{}\x1f{}-{}", *a.metric, std::max(a.value, b.value), std::min(a.value, b.value));
}

// The measures whose largest value names the winner of a contest: an election's shares of the vote,
// seats and votes. A source that states two values or more of one of them lists the contest's
// results, and the largest is who won it ("the conservatives won 28.5% … the far right came second
// with 20.8%"): the story an editor leads with, not the runner-up's record gain that more outlets
// happen to state in the same digits. A result of an earlier contest is none of these: the value a
// change starts from ("down from 25.7%") or one of another year than `source`'s ("32.9% in 2017").
// (A tally's bare sides, "voted 5-4", are one result, weighed as one: TallyKey.)
bool ContestResult(const Figure& f, const BriefSource& source) {
  const bool bare = f.kind == FigureKind::kCount && f.unit.empty();
  const bool before = (f.change && f.change->role == "from") ||
                      (source.published && !YearOf(f.period).empty() && YearOf(f.period) != YearOf(source.published));
  return f.metric && (*f.metric == "vote share" || *f.metric == "seats" || *f.metric == "votes") && !bare && !before &&
         !ForecastOrPlan(f);
}

// Whether two figures of one value may measure one thing: not when they name different metrics. A
// percent or a multiple, whose values recur by chance (a stock's 43% rise this year, 43% of
// retailers hit by an outage), with a metric missing needs a word in common in the words around
// each and its metric ("a 20% raise"; "rate … to 3.75 percent" and the deposit rate's 3.75pc).
bool MayMeasureOneThing(const Figure& a, const Figure& b) {
  if (a.metric && b.metric) return MetricKey(*a.metric) == MetricKey(*b.metric);
  if (a.kind != FigureKind::kPercent && a.kind != FigureKind::kMultiple) return true;
  auto around = [](const Figure& f) { return f.quote.prefix + ' ' + f.quote.suffix + ' ' + f.metric.value_or(""); };
  return ShareContentWord(around(a), around(b));
}

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

bool OpensWithQuotation(std::string_view s) {
  for (std::string_view mark : {"\"", "\xE2\x80\x9C", "\xE2\x80\x98", "'", "\xE3\x80\x8C"}) {
    if (extract::StartsWith(s, 0, mark)) return true;
  }
  return false;
}

// Whether `s` opens by pointing back at what the sentences before it said ("That is less than 15%
// of …", "It raised …", "这一数字"): without them a reader cannot tell what it is about.
bool OpensWithAnaphora(std::string_view s) {
  static constexpr std::string_view kPointers[] = {
      "That ", "This ", "These ", "Those ", "It ", "Its ", "It's ", "It\xE2\x80\x99s ", "He ", "She ", "They ",
      "His ", "Her ", "Their ", "The figure ", "The move ",
      "\xE8\xBF\x99",  // 这 (this)
      "\xE9\x80\x99",  // 這
      "\xE8\xAF\xA5",  // 该 (the said)
      "\xE8\xA9\xB2",  // 該
      "\xE4\xBB\x96",  // 他 (he)
      "\xE5\xA5\xB9",  // 她 (she)
      "\xE5\x85\xB6",  // 其 (its)
  };
  return std::any_of(std::begin(kPointers), std::end(kPointers), [&](std::string_view p) { return extract::StartsWith(s, 0, p); });
}

// Whether `sentence` has a personal pronoun for a subject after a comma ("Per the quick count, …,
// she won 58%", "…, he said"): the one it means is named in a sentence before, which a lede quoted
// alone leaves out.
bool PronounSubject(std::string_view sentence) {
  for (std::string_view pronoun : {", he ", ", she ", ", they "}) {
    if (sentence.find(pronoun) != std::string_view::npos) return true;
  }
  return false;
}

struct Candidate {
  const BriefSource* source = nullptr;
  ByteSpan sentence;
  uint64_t first_figure = 0;  // where its first figure begins
  size_t ordinal = 0;         // among its source's sentences with a telling figure
  size_t backers = 0;         // the most other listed sources that state one of its figures of what
                              // happened (not ForecastOrPlan)
  std::set<int> all_backers;  // the other listed sources that state any of its figures
  bool news = false;          // one of its figures no source published on an earlier day states,
                              // and another listed source backs
  bool fresh = false;         // one of its MeasuredAmounts no source published on an earlier day states
  bool updates = false;       // one of its figures gives a new value of a measure that sources
                              // published on an earlier day stated (a cost estimate revised?)
  bool latest = false;        // news, in a source of the story's latest development
  bool replaced = false;      // one of its figures has another value in later reports
  bool wins = false;          // one of its figures is the largest of its source's results of a
                              // contest (ContestResult)
};

// The ids of the listed figures whose measure later sources give another value (ValuesInTimeOrder).
std::set<std::string_view> ReplacedFigures(const std::vector<FigureConflict>& conflicts, const BriefLineWriter& writer) {
  const PublishedOf published = [&](const std::string& source_id) { return writer.Published(source_id); };
  std::set<std::string_view> replaced;
  for (const FigureConflict& conflict : conflicts) {
    const std::vector<const std::vector<FigureRef>*> in_time = ValuesInTimeOrder(conflict, published);
    for (size_t i = 0; i + 1 < in_time.size(); ++i) {
      for (const FigureRef& ref : *in_time[i]) replaced.insert(ref.figure->id);
    }
  }
  return replaced;
}

}  // namespace

Result<std::optional<BriefText>> LedeLine(const std::vector<BriefSource>& sources, const FigureIndex& figures,
                                          const std::vector<FigureConflict>& conflicts, const EventStore& store,
                                          BriefLineWriter& writer) {
  struct Stated {
    int source_number = 0;
    const Figure* figure = nullptr;
    std::optional<int64_t> day;  // its source's
  };
  std::unordered_map<std::string, std::vector<Stated>> by_unit;  // UnitKey → telling figures
  std::map<std::pair<int, uint64_t>, Candidate> candidates;      // (source number, sentence begin)
  std::unordered_map<std::string, std::vector<Stated>> by_measure;  // MetricInUnit → MeasuredAmounts
  std::map<std::string, std::vector<Stated>> tallies;               // TallyKey → each tally's first side
  const std::set<std::string_view> replaced = ReplacedFigures(conflicts, writer);
  for (const BriefSource& s : sources) {
    const SourceFigures* listed = nullptr;
    DOSSIER_ASSIGN_OR_RETURN(listed, figures.Source(s.source_id));
    if (!listed || listed->extracted.source_version != s.version) continue;
    for (const ExtractedFigure& f : listed->extracted.figures) {
      if (!writer.Figure(f.id) || !Telling(f.figure)) continue;  // retracted, or a bare count
      by_unit[UnitKey(f.figure.unit)].push_back({s.number, &f.figure, PublishedDay(s)});
      Candidate& c = candidates[{s.number, f.figure.sentence.begin}];
      if (!c.source) {
        c.source = &s;
        c.sentence = f.figure.sentence;
        c.first_figure = f.figure.span.begin;
      }
      if (replaced.count(f.id) != 0) c.replaced = true;
      if (MeasuredAmount(f.figure)) by_measure[MetricInUnit(f.figure)].push_back({s.number, &f.figure, PublishedDay(s)});
    }
    const std::vector<ExtractedFigure>& all = listed->extracted.figures;
    std::map<std::string, const Figure*> largest;  // contest measure and period → its largest result
    std::map<std::string, std::set<double>> results;
    for (size_t i = 0; i < all.size(); ++i) {
      const Figure& f = all[i].figure;
      if (!writer.Figure(all[i].id)) continue;
      if (i + 1 < all.size() && writer.Figure(all[i + 1].id)) {
        if (std::string key = TallyKey(f, all[i + 1].figure); !key.empty()) {
          tallies[key].push_back({s.number, &f, PublishedDay(s)});
          Candidate& c = candidates[{s.number, f.sentence.begin}];
          if (!c.source) {
            c.source = &s;
            c.sentence = f.sentence;
            c.first_figure = f.span.begin;
          }
        }
      }
      if (!ContestResult(f, s)) continue;
      const std::string& measure = *f.metric;
      results[measure].insert(f.value);
      const Figure*& top = largest[measure];
      if (!top || f.value > top->value) top = &f;
    }
    for (const auto& [measure, top] : largest) {
      auto c = candidates.find({s.number, top->sentence.begin});
      if (results[measure].size() > 1 && c != candidates.end()) c->second.wins = true;
    }
  }
  // The same result of a match or a vote in two reports backs both (TallyKey).
  for (const auto& [key, stated] : tallies) {
    for (const Stated& a : stated) {
      Candidate& c = candidates[{a.source_number, a.figure->sentence.begin}];
      std::set<int> backers;
      bool stated_earlier = false;
      for (const Stated& b : stated) {
        if (b.source_number == a.source_number) continue;
        backers.insert(b.source_number);
        stated_earlier = stated_earlier || (a.day && b.day && *b.day < *a.day);
      }
      c.all_backers.insert(backers.begin(), backers.end());
      c.backers = std::max(c.backers, backers.size());
      if (!stated_earlier && !backers.empty()) c.news = true;
    }
  }
  for (auto& [unit, stated] : by_unit) {
    // In value order each figure is compared only with those near enough to state the same value
    // (twice SameValue's tolerance: a superset), not with every other figure of its unit: a
    // 50-source story has thousands. Values that are not finite are compared with all.
    auto by_value = [](const Stated& x, const Stated& y) { return x.figure->value < y.figure->value; };
    const bool finite = std::all_of(stated.begin(), stated.end(), [](const Stated& s) { return std::isfinite(s.figure->value); });
    if (finite) std::sort(stated.begin(), stated.end(), by_value);
    for (const Stated& a : stated) {
      Candidate& c = candidates[{a.source_number, a.figure->sentence.begin}];
      auto near = stated.begin(), past = stated.end();
      if (finite) {
        const double reach = 2 * kSameQuantityTolerance * std::abs(a.figure->value);
        Figure low, high;
        low.value = a.figure->value - reach;
        high.value = a.figure->value + reach;
        near = std::lower_bound(stated.begin(), stated.end(), Stated{0, &low, std::nullopt}, by_value);
        past = std::upper_bound(near, stated.end(), Stated{0, &high, std::nullopt}, by_value);
      }
      std::set<int> backers;
      bool stated_earlier = false;
      for (auto b = near; b != past; ++b) {
        if (b->source_number == a.source_number || !SameQuantity(*a.figure, *b->figure) ||
            !SameYearIfStated(*a.figure, *b->figure) || !MayMeasureOneThing(*a.figure, *b->figure)) {
          continue;
        }
        backers.insert(b->source_number);
        c.all_backers.insert(b->source_number);
        stated_earlier = stated_earlier || (a.day && b->day && *b->day < *a.day && AtLeastAsPrecise(*b->figure, *a.figure));
      }
      if (!ForecastOrPlan(*a.figure)) c.backers = std::max(c.backers, backers.size());
      // News is what the sources agree on first: a figure no other report states says so on one
      // report's word (FreshAmount), and the sentence's backing must not come from an older figure
      // beside it ("three cases are under care" had made news of an old total of recoveries).
      if (!stated_earlier && !backers.empty()) c.news = true;
      if (!stated_earlier && MeasuredAmount(*a.figure)) c.fresh = true;
    }
  }
  // A figure revises its measure when a source of an earlier day gave another value. In day order,
  // two values of the days before are enough to tell (one of them differs from any value), so a
  // measure stated by thousands of figures costs a sort, not every pair.
  for (auto& [measure, stated] : by_measure) {
    std::vector<const Stated*> dated;
    for (const Stated& s : stated) {
      if (s.day) dated.push_back(&s);
    }
    std::stable_sort(dated.begin(), dated.end(), [](const Stated* x, const Stated* y) { return *x->day < *y->day; });
    std::vector<const Figure*> earlier;  // at most two distinct values of the days before
    for (size_t day = 0, next = 0; day < dated.size(); day = next) {
      while (next < dated.size() && *dated[next]->day == *dated[day]->day) ++next;
      for (size_t k = day; k < next; ++k) {
        const Figure& f = *dated[k]->figure;
        if (std::any_of(earlier.begin(), earlier.end(), [&](const Figure* e) { return !SameQuantity(f, *e); })) {
          candidates[{dated[k]->source_number, f.sentence.begin}].updates = true;
        }
      }
      for (size_t k = day; k < next && earlier.size() < 2; ++k) {
        const Figure& f = *dated[k]->figure;
        if (std::none_of(earlier.begin(), earlier.end(), [&](const Figure* e) { return SameQuantity(f, *e); })) {
          earlier.push_back(&f);
        }
      }
    }
  }
  std::optional<int64_t> newest;
  for (const BriefSource& s : sources) {
    if (const auto day = PublishedDay(s); day && (!newest || *day > *newest)) newest = day;
  }
  // A sentence leads when another source backs one of its figures. The latest development may also
  // be one outlet's new value of a measure earlier reports stated, given as a revision (a cost
  // estimate revised a year on: StatesRevision): it leads attributed to that outlet, after any
  // backed news of the same days.
  std::vector<const Candidate*> ranked;
  int source_number = 0;
  size_t ordinal = 0;
  for (auto& [key, c] : candidates) {  // by source, then position
    ordinal = key.first == source_number ? ordinal + 1 : 0;
    source_number = key.first;
    c.ordinal = ordinal;
    const auto day = PublishedDay(*c.source);
    c.latest = (c.news || (c.fresh && c.updates)) && day && *day >= *newest - kDevelopmentDays;
    if (!c.all_backers.empty() || (c.latest && c.updates)) ranked.push_back(&c);
  }
  // A value no later report replaced first; then the latest development's news; then news; then
  // the winner of a contest; then the most backed figure; among equals the earlier in its text, then the one the most sources
  // back in any figure, then the earlier published source.
  std::sort(ranked.begin(), ranked.end(), [](const Candidate* a, const Candidate* b) {
    if (a->replaced != b->replaced) return b->replaced;
    if (a->latest != b->latest) return a->latest;
    if (a->news != b->news) return a->news;
    if (a->wins != b->wins) return a->wins;
    if (a->backers != b->backers) return a->backers > b->backers;
    if (a->ordinal != b->ordinal) return a->ordinal < b->ordinal;
    if (a->all_backers.size() != b->all_backers.size()) return a->all_backers.size() > b->all_backers.size();
    return a->source->number < b->source->number;
  });
  if (ranked.size() > kTries) ranked.resize(kTries);

  std::unordered_map<std::string_view, std::string> texts;  // source id → stored text
  for (const Candidate* c : ranked) {
    const BriefSource& s = *c->source;
    auto text = texts.find(s.source_id);
    if (text == texts.end()) {
      std::string read;
      DOSSIER_ASSIGN_OR_RETURN(read, store.GetBlob(s.text_sha256));
      text = texts.emplace(s.source_id, std::move(read)).first;
    }
    const std::string_view whole = text->second;
    if (c->sentence.begin > c->sentence.end || c->sentence.end > whole.size()) continue;
    std::string_view sentence = whole.substr(c->sentence.begin, c->sentence.end - c->sentence.begin);
    // A byline or heading the sentence finder left on a line of its own before the figures.
    const size_t line_break = sentence.rfind('\n', c->first_figure - c->sentence.begin);
    if (line_break != std::string_view::npos) sentence.remove_prefix(line_break + 1);
    while (!sentence.empty() && IsSpace(sentence.front())) sentence.remove_prefix(1);
    // A footnote's opening bracket the sentence finder kept after the stop ("returns.[1] Mark …").
    while (!sentence.empty() && (IsSpace(sentence.back()) || sentence.back() == '[')) sentence.remove_suffix(1);
    sentence.remove_prefix(extract::ListMarkerLength(sentence));  // a summary's bullet: "• A last-ditch …"
    sentence.remove_prefix(extract::DatelineLength(sentence));
    if (sentence.size() < kShortestLede || sentence.size() > kLongestLede || sentence == s.title ||
        OpensWithQuotation(sentence) || OpensWithAnaphora(sentence) ||
        PronounSubject(sentence) ||
        sentence.back() == '?' || sentence.find('\n') != std::string_view::npos ||
        ((c->all_backers.empty() || (c->latest && !c->news)) && !StatesRevision(sentence))) {
      continue;
    }
    CitedSpan cited;
    cited.source_id = s.source_id;
    cited.version = s.version;
    cited.span.begin = static_cast<uint64_t>(sentence.data() - whole.data());
    cited.span.end = cited.span.begin + sentence.size();
    cited.quote = std::string(sentence);
    const std::string reporter = s.outlet ? *s.outlet : s.author ? *s.author : std::string("A source");
    std::string line_text = reporter + " reports: \"";
    QuoteMark quote;
    quote.begin = line_text.size();
    quote.end = line_text.size() + sentence.size();
    quote.source_number = s.number;
    quote.source_begin = cited.span.begin;
    quote.source_end = cited.span.end;
    line_text += cited.quote + "\"";
    if (!writer.Backed(line_text, {cited})) continue;
    std::optional<BriefText> line = writer.Line(std::move(line_text), {cited}, "extracted");
    if (line) line->quotes.push_back(std::move(quote));
    return line;
  }
  return std::optional<BriefText>();
}

}  // namespace dossier
