// gen_story: writes a synthetic story that dossier can ingest and annotate, the same bytes for the
// same options on every machine: for benchmarks of briefings at a size no real corpus has.
//
//   gen_story --seed N --out DIR [--sources N] [--figures-per-source N] [--story SLUG]
//
// DIR/articles.jsonl  the sources (schemas/article.schema.json): English news prose in which each
//                     article states exactly --figures-per-source figures of every kind the
//                     extractor reads (money, percentages, points, multiples, rates, durations,
//                     counts, power) and quotes actors of the pool ("X argues that …",
//                     "according to Y, …", "“…,” Z said").
// DIR/actors.json     the actor pool, a gazetteer (schemas/actors.schema.json).
// DIR/annotations.json  the story's curated items (schemas/annotation.schema.json): perspectives
//                     whose stances evolve over the dates of the articles that state them,
//                     tensions between opposed actors, questions (some resolved) and the editor's
//                     notes. Every citation is a span of a generated text, naming its source by
//                     article id (which `dossier annotate` resolves), so the file is ready before
//                     the store exists.
//
// Then: dossier annotate DIR/actors.json
//       dossier ingest DIR/articles.jsonl --story SLUG --story-title "…"
//       dossier annotate DIR/annotations.json
//
// Random numbers come from std::mt19937_64, whose sequence the standard fixes; the standard
// distributions are not portable, so the few this needs are written here.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include <fmt/format.h>

#include "util/dates.h"
#include "util/json_writer.h"

namespace {

using dossier::JsonWriter;

[[noreturn]] void Fail(const std::string& message) {
  std::fprintf(stderr, "gen_story: %s\n", message.c_str());
  std::exit(2);
}

class Random {
 public:
  explicit Random(uint64_t seed) : engine_(seed) {}
  // Uniform in [0, n): the modulo bias of a 64-bit draw is far below anything measured here.
  uint64_t Below(uint64_t n) { return engine_() % n; }
  uint64_t Between(uint64_t low, uint64_t high) { return low + Below(high - low + 1); }
  bool Chance(uint64_t percent) { return Below(100) < percent; }
  template <typename T, size_t N>
  const T& Pick(const T (&items)[N]) { return items[Below(N)]; }
  template <typename T>
  const T& Pick(const std::vector<T>& items) { return items[Below(items.size())]; }

 private:
  std::mt19937_64 engine_;
};

// ---- The story's material ----------------------------------------------------------------------

// A sentence template: its text with figure slots in braces ({money}, {pct}, …; see Figure) and the
// number of slots, so that an article can state an exact number of figures.
struct Template {
  const char* text;
  int figures;
};

struct Topic {
  const char* slug;
  const char* subject;  // "whether the spending on AI infrastructure pays off": what a tension is about
  const char* thesis;   // "the case that …": what a perspective's stance is towards
  std::vector<const char*> headlines;
  std::vector<Template> claims;     // what an actor asserts: a clause, no final stop
  std::vector<Template> narration;  // the reporter's own sentences, with their stop
  std::vector<const char*> questions;
};

const std::vector<Topic>& Topics() {
  static const std::vector<Topic> topics = {
      {"ai-infrastructure-roi",
       "whether the spending on AI infrastructure pays off",
       "the case that the spending on AI infrastructure will pay off",
       {"The bill for the AI build-out keeps growing", "Investors ask when the data-centre boom pays off",
        "Capital spending on AI meets its first doubts"},
       {{"the industry will spend {money} on data centres before the revenue arrives", 1},
        {"only {pct} of the announced projects will ever be built", 1},
        {"the newest clusters cost {mult} what they earn in their first year", 1},
        {"payback on a new campus now takes {years}", 1},
        {"{companies} have yet to show a return on {money} of spending", 2}},
       {{"The sector's capital spending rose {pct} to {money} in the last reported quarter.", 2},
        {"Builders broke ground on {campuses} over the past {months}.", 2},
        {"The largest operators now run {gpus} between them.", 1}},
       {"Will the revenue from AI services ever cover the cost of the data centres?",
        "How many of the announced campuses will actually be built?",
        "Who absorbs the losses if demand for AI computing slows?"}},
      {"token-costs",
       "how fast the price of AI inference falls",
       "the view that the price of AI inference will keep falling",
       {"The race to the bottom in AI prices", "Cheaper tokens, bigger bills",
        "What a million tokens really costs"},
       {{"inference now costs {tokrate} for the cheapest capable models", 1},
        {"the price of serving a query fell {pct} in {months}", 2},
        {"smaller models cut serving costs by {mult}", 1},
        {"a typical chatbot subscription needs {monthly} to break even", 1}},
       {{"List prices for the leading models dropped to {tokrate} in recent weeks.", 1},
        {"Providers served {mult} more tokens than a year earlier at {pct} lower prices.", 2},
        {"The cheapest hosted models now charge {tokrate}.", 1}},
       {"Will cheaper tokens raise total spending on AI or lower it?",
        "Do quoted token prices count cached input or only generated output?",
        "How low can inference prices fall before providers lose money?"}},
      {"power-grid",
       "whether the grid can keep up with the new campuses",
       "the claim that the grid can keep up with the new campuses",
       {"Data centres strain the grid", "Utilities race to connect AI campuses",
        "Power, not chips, sets the pace of the build-out"},
       {{"the new campuses will draw {gw} of power", 1},
        {"grid connections now take {years} to approve", 1},
        {"electricity prices near the largest sites rose {pct}", 1},
        {"utilities must add {mw} of capacity in each region within {months}", 2}},
       {{"Utilities have received requests for {gw} of new connections.", 1},
        {"A single large campus can draw {mw} around the clock.", 1},
        {"Regional operators expect demand to grow {pct} over {years}.", 2}},
       {"Can the grid connect the new campuses as fast as they are built?",
        "Who pays for the transmission lines the data centres need?",
        "Will on-site generation replace grid power for the largest sites?"}},
      {"chip-supply",
       "whether the supply of accelerators meets demand",
       "the expectation that the supply of accelerators will meet demand",
       {"The scramble for accelerators", "Chip buyers face longer queues",
        "Packaging, the quiet bottleneck of AI"},
       {{"the largest buyers have ordered {gpus} for delivery within {months}", 2},
        {"accelerator prices rose {pct} while output grew {mult}", 2},
        {"packaging capacity limits shipments to {gpus} a quarter", 1}},
       {{"Foundries plan to expand advanced packaging by {pct} over {years}.", 2},
        {"Lead times for accelerators stretched to {months}.", 1},
        {"Rental prices for a server of accelerators fell to {hourly}.", 1}},
       {"Will accelerator supply catch up with orders before demand cools?",
        "How long will the newest accelerators stay economically useful?",
        "Can a second supplier break the hold of the market leader?"}},
      {"debt-financing",
       "whether debt should fund the build-out",
       "debt as a sound way to fund the build-out",
       {"The debt behind the data centres", "Lenders pile into AI infrastructure",
        "Bond markets take a bigger share of the AI bet"},
       {{"lenders have committed {money} to data-centre projects", 1},
        {"bond spreads for the builders widened by {pp}", 1},
        {"leases now run {years} on average, longer than the chips last", 1}},
       {{"Data-centre developers issued {money} of bonds in {months}.", 2},
        {"Private credit funds hold {pct} of the sector's debt.", 1},
        {"Spreads on the sector's bonds moved {pp} in a month.", 1}},
       {"Who holds the debt if the tenants of the data centres walk away?",
        "Will lenders keep financing campuses whose chips age faster than the loans?",
        "How much of the build-out rests on leases rather than ownership?"}},
      {"enterprise-adoption",
       "how fast companies adopt AI",
       "the view that companies are adopting AI quickly",
       {"Companies move from pilots to production", "The slow grind of enterprise AI",
        "Who is paying for AI at work"},
       {{"{pct} of large companies now pay for an AI assistant", 1},
        {"an enterprise seat costs {monthly} on average", 1},
        {"{companies} in the survey cut hiring because of AI", 1},
        {"pilots take {months} to reach production", 1}},
       {{"Spending on AI software grew {pct} to {money} over the year.", 2},
        {"A survey of {companies} found most still in pilots.", 1},
        {"Licences for AI assistants cost {monthly} at list price.", 1}},
       {"Will companies keep paying for AI seats once the pilots end?",
        "Does AI at work show up in productivity figures yet?",
        "Which jobs change first when companies adopt AI?"}},
  };
  return topics;
}

// Sentences without a figure, to pace the text as reporting does.
const char* const kConnectives[] = {
    "The debate has sharpened as more money flows into the sector.",
    "Not everyone reads the numbers the same way.",
    "The disagreement is less about the figures than about what they mean.",
    "Executives were careful not to promise a date.",
    "Analysts are split on what comes next.",
    "The companies involved declined to comment on the details.",
};

// People: a first name and a surname (unique in the pool; the surname alone is an alias). Names in
// several scripts' accents, so that rendering meets more than ASCII; each with its slug.
struct Name {
  const char* text;
  const char* slug;
};
const Name kFirstNames[] = {
    {"Amara", "amara"},   {"Bruno", "bruno"},   {"Chiara", "chiara"}, {"Dmitri", "dmitri"}, {"Elif", "elif"},
    {"Farid", "farid"},   {"Greta", "greta"},   {"Hiroshi", "hiroshi"}, {"Ines", "ines"},  {"Jonas", "jonas"},
    {"Kavya", "kavya"},   {"Lucía", "lucia"},   {"Mateo", "mateo"},   {"Nadia", "nadia"},   {"Oskar", "oskar"},
    {"Priya", "priya"},   {"Rafael", "rafael"}, {"Sofia", "sofia"},   {"Tariq", "tariq"},   {"Ulla", "ulla"},
    {"Vera", "vera"},     {"Wen", "wen"},       {"Yusuf", "yusuf"},   {"Zoë", "zoe"},
};
const Name kSurnames[] = {
    {"Okafor", "okafor"},     {"Lindqvist", "lindqvist"}, {"Castellanos", "castellanos"}, {"Varga", "varga"},
    {"Nakamura", "nakamura"}, {"Ødegaard", "odegaard"},   {"Petrović", "petrovic"},       {"Adeyemi", "adeyemi"},
    {"Brennan", "brennan"},   {"Chaudhry", "chaudhry"},   {"Delacroix", "delacroix"},     {"Esposito", "esposito"},
    {"Fitzgerald", "fitzgerald"}, {"Galloway", "galloway"}, {"Haddad", "haddad"},         {"Iwasaki", "iwasaki"},
    {"Jovanović", "jovanovic"}, {"Kowalczyk", "kowalczyk"}, {"Lombardi", "lombardi"},     {"Mbeki", "mbeki"},
    {"Núñez", "nunez"},       {"Oyelaran", "oyelaran"},   {"Papadakis", "papadakis"},     {"Quintero", "quintero"},
    {"Rasmussen", "rasmussen"}, {"Şahin", "sahin"},       {"Takahashi", "takahashi"},     {"Ulrich", "ulrich"},
    {"Valdés", "valdes"},     {"Whitcombe", "whitcombe"}, {"Xiong", "xiong"},             {"Yilmaz", "yilmaz"},
    {"Zielinski", "zielinski"}, {"Abernathy", "abernathy"}, {"Bergström", "bergstrom"},   {"Coutinho", "coutinho"},
};
const Name kOrganisations[] = {
    {"Meridian Analytics", "meridian-analytics"},   {"Northgate Capital", "northgate-capital"},
    {"Kestrel Partners", "kestrel-partners"},       {"Alder Ridge Securities", "alder-ridge-securities"},
    {"Tidewater Energy", "tidewater-energy"},       {"Corvane Semiconductor", "corvane-semiconductor"},
    {"Brightline Cloud", "brightline-cloud"},       {"Halvorsen Research", "halvorsen-research"},
    {"Sable Point Advisors", "sable-point-advisors"}, {"Quillon Labs", "quillon-labs"},
    {"Redfern Grid Authority", "redfern-grid-authority"}, {"Amberly Bank", "amberly-bank"},
};
const char* const kOutlets[] = {"The Ledger Review", "Circuit Weekly", "Harbour Financial Times", "The Grid Observer",
                                "Compute Daily", "Northern Business Journal", "Signal & Noise", "The Capital Letter"};
const char* const kAuthors[] = {"Marta Ilves", "Joel Ferreira", "Anneke de Vries", "Samir Batra", "Claire Dumont",
                                "Tom Okonkwo", "Lena Hartmann", "Ravi Menon", "Ana Sousa", "Peter Kaldor"};

// The stance scale, against to for (schemas/annotation.schema.json).
const char* const kStances[] = {"strongly_against", "against", "mixed", "neutral", "for", "strongly_for"};
const char* const kStanceOpenings[] = {"Firmly rejects", "Doubts", "Is torn on", "Reserves judgement on", "Backs",
                                       "Strongly backs"};

// ---- Generation --------------------------------------------------------------------------------

struct Actor {
  std::string id, name, kind, alias;
  std::vector<size_t> topics;  // what the actor speaks about
};

// A span of a generated text: what a citation names.
struct Span {
  size_t article = 0;
  size_t start = 0, end = 0;
};

struct Article {
  std::string id, url, title, outlet, author, published, text;
};

struct Story {
  std::vector<Actor> actors;
  std::vector<Article> articles;
  std::map<std::pair<size_t, size_t>, std::vector<Span>> claims;  // (actor, topic) → its claim sentences, in order
  std::vector<std::vector<Span>> narration;                       // per topic, the reporter's sentences
  uint64_t figures = 0;
};

// A figure's text for a slot: plausible values, always a form the extractor reads as one figure.
std::string Figure(Random& random, std::string_view slot) {
  if (slot == "money") {
    return random.Chance(70) ? fmt::format("${}.{} billion", random.Between(1, 400), random.Below(10))
                             : fmt::format("${} million", random.Between(50, 950));
  }
  if (slot == "pct") {
    return random.Chance(60) ? fmt::format("{}%", random.Between(3, 85))
                             : fmt::format("{}.{} percent", random.Between(3, 85), random.Below(10));
  }
  if (slot == "pp") return fmt::format("{}.{} percentage points", random.Below(4), random.Between(1, 9));
  if (slot == "mult") {
    return random.Chance(50) ? fmt::format("{} times", random.Between(2, 12)) : fmt::format("{}x", random.Between(2, 40));
  }
  if (slot == "tokrate") return fmt::format("${}.{:02} per million tokens", random.Below(4), random.Between(1, 99));
  if (slot == "monthly") return fmt::format("${} per month", random.Between(10, 90));
  if (slot == "hourly") return fmt::format("${}.{:02} per hour", random.Between(1, 9), random.Below(100));
  if (slot == "months") return fmt::format("{} months", random.Between(3, 36));
  if (slot == "years") return fmt::format("{} years", random.Between(2, 15));
  if (slot == "gpus") return fmt::format("{},{:03} GPUs", random.Between(5, 900), random.Below(1000));
  if (slot == "campuses") return fmt::format("{} campuses", random.Between(3, 60));
  if (slot == "companies") return fmt::format("{} companies", random.Between(5, 400));
  if (slot == "gw") return fmt::format("{}.{} GW", random.Between(1, 40), random.Below(10));
  if (slot == "mw") return fmt::format("{} MW", random.Between(50, 950));
  Fail(fmt::format("internal: no figure slot `{}`", slot));
}

// The template's text with each slot filled.
std::string Fill(Random& random, std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '{') {
      out += text[i];
      continue;
    }
    const size_t close = text.find('}', i);
    out += Figure(random, text.substr(i + 1, close - i - 1));
    i = close;
  }
  return out;
}

std::string Capitalized(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

// How an article names an actor: people by full name or, now and then, surname.
std::string Mention(Random& random, const Actor& actor) {
  return !actor.alias.empty() && random.Chance(35) ? actor.alias : actor.name;
}

// A claim sentence in one of the attribution patterns the extractor reads.
std::string ClaimSentence(Random& random, const Actor& actor, const std::string& clause) {
  const std::string who = Mention(random, actor);
  switch (random.Below(5)) {
    case 0: return fmt::format("{} argues that {}.", who, clause);
    case 1: return fmt::format("According to {}, {}.", who, clause);
    case 2: return fmt::format("{} warned that {}.", who, clause);
    case 3: return fmt::format("{} estimates that {}.", who, clause);
    default: return fmt::format("“{},” {} said.", Capitalized(clause), who);
  }
}

std::vector<Actor> MakeActors(Random& random, size_t count) {
  const size_t topics = Topics().size();
  const size_t organisations = std::min(count / 4, std::size(kOrganisations));
  const size_t people = std::min(count - organisations, std::size(kSurnames));
  std::vector<size_t> surnames(std::size(kSurnames));
  for (size_t i = 0; i < surnames.size(); ++i) surnames[i] = i;
  for (size_t i = surnames.size() - 1; i > 0; --i) std::swap(surnames[i], surnames[random.Below(i + 1)]);
  std::vector<Actor> actors;
  for (size_t i = 0; i < people + organisations; ++i) {
    Actor actor;
    if (i < people) {
      const Name& first = random.Pick(kFirstNames);
      const Name& last = kSurnames[surnames[i]];
      actor = {fmt::format("{}-{}", first.slug, last.slug), fmt::format("{} {}", first.text, last.text), "person",
               last.text, {}};
    } else {
      const Name& organisation = kOrganisations[i - people];
      actor = {organisation.slug, organisation.text, "organization", "", {}};
    }
    // One to three topics, distinct, in order.
    const size_t first_topic = random.Below(topics);
    for (size_t k = 0, n = random.Between(1, 3); k < n; ++k) actor.topics.push_back((first_topic + k * 2) % topics);
    std::sort(actor.topics.begin(), actor.topics.end());
    actor.topics.erase(std::unique(actor.topics.begin(), actor.topics.end()), actor.topics.end());
    actors.push_back(std::move(actor));
  }
  return actors;
}

// Article `index`: a headline, then paragraphs of claims, the reporter's sentences and a few
// connectives, until exactly `figures` figures are stated.
void WriteArticle(Random& random, size_t index, size_t sources, uint64_t seed, uint64_t figures, Story* story) {
  const std::vector<Topic>& topics = Topics();
  const size_t main_topic = random.Below(topics.size());
  const size_t second_topic = (main_topic + random.Between(1, topics.size() - 1)) % topics.size();
  // The actors it quotes: some of those who speak on its topics.
  std::vector<size_t> quoted;
  for (size_t tries = 0; tries < 12 && quoted.size() < 4; ++tries) {
    const size_t a = random.Below(story->actors.size());
    const std::vector<size_t>& theirs = story->actors[a].topics;
    const bool on_topic = std::find(theirs.begin(), theirs.end(), main_topic) != theirs.end() ||
                          std::find(theirs.begin(), theirs.end(), second_topic) != theirs.end();
    if (on_topic && std::find(quoted.begin(), quoted.end(), a) == quoted.end()) quoted.push_back(a);
  }

  Article article;
  article.id = fmt::format("gen-{}-{:06}", seed, index + 1);
  article.url = fmt::format("https://synthetic.example/{}/{:06}", seed, index + 1);
  article.title = random.Pick(topics[main_topic].headlines);
  article.outlet = random.Pick(kOutlets);
  article.author = random.Pick(kAuthors);
  // Spread over half a year from 2026-01-05 (day 20458), in the order of the articles.
  article.published = dossier::DateFromDays(20458 + static_cast<int64_t>(index * 180 / sources));
  article.text = article.title + "\n\n";

  uint64_t stated = 0;
  size_t in_paragraph = 0;
  std::set<const Template*> used;
  while (stated < figures) {
    const size_t topic = random.Chance(65) ? main_topic : second_topic;
    const uint64_t left = figures - stated;
    auto pick = [&](const std::vector<Template>& from) -> const Template* {
      // One the article has not used yet if it comes up, that does not overshoot; else none.
      const Template* found = nullptr;
      for (size_t tries = 0; tries < 8; ++tries) {
        const Template& t = random.Pick(from);
        if (static_cast<uint64_t>(t.figures) > left) continue;
        found = &t;
        if (used.insert(found).second) break;
      }
      return found;
    };
    std::vector<size_t> speakers;
    for (size_t a : quoted) {
      const std::vector<size_t>& theirs = story->actors[a].topics;
      if (std::find(theirs.begin(), theirs.end(), topic) != theirs.end()) speakers.push_back(a);
    }
    Span span{story->articles.size(), article.text.size(), 0};
    std::string sentence;
    if (random.Chance(12)) {
      sentence = random.Pick(kConnectives);
    } else if (!speakers.empty() && random.Chance(50)) {
      const Template* t = pick(topics[topic].claims);
      if (t == nullptr) continue;
      const size_t speaker = random.Pick(speakers);
      sentence = ClaimSentence(random, story->actors[speaker], Fill(random, t->text));
      stated += t->figures;
      span.end = span.start + sentence.size();
      story->claims[{speaker, topic}].push_back(span);
    } else {
      const Template* t = pick(topics[topic].narration);
      if (t == nullptr) continue;
      sentence = Fill(random, t->text);
      stated += t->figures;
      span.end = span.start + sentence.size();
      story->narration[topic].push_back(span);
    }
    article.text += sentence;
    if (++in_paragraph >= random.Between(3, 5) || stated == figures) {
      article.text += "\n\n";
      in_paragraph = 0;
    } else {
      article.text += " ";
    }
  }
  article.text.pop_back();  // one newline at the end
  story->figures += stated;
  story->articles.push_back(std::move(article));
}

// ---- Output ------------------------------------------------------------------------------------

std::string_view Quote(const Story& story, const Span& span) {
  return std::string_view(story.articles[span.article].text).substr(span.start, span.end - span.start);
}

void WriteSpan(JsonWriter& w, const Story& story, const Span& span) {
  w.BeginObject()
      .Key("source").String(story.articles[span.article].id)
      .Key("version").Uint(1)
      .Key("start").Uint(span.start)
      .Key("end").Uint(span.end)
      .Key("quote").String(Quote(story, span))
      .EndObject();
}

// A JSON file of one object whose members are arrays, one item a line, for people to read.
class LinesFile {
 public:
  void Member(std::string_view key, std::string_view json) { members_ += fmt::format("{}\"{}\": {}", Separator(), key, json); }
  void BeginArray(std::string_view key) {
    members_ += fmt::format("{}\"{}\": [", Separator(), key);
    first_item_ = true;
  }
  void Item(const std::string& json) {
    members_ += fmt::format("{}\n  {}", first_item_ ? "" : ",", json);
    first_item_ = false;
  }
  void EndArray() { members_ += "\n]"; }
  std::string Text() const { return "{" + members_ + "\n}\n"; }

 private:
  std::string Separator() const { return members_.empty() ? "\n" : ",\n"; }
  std::string members_;
  bool first_item_ = true;
};

std::string ArticlesJsonl(const Story& story) {
  std::string out;
  for (const Article& a : story.articles) {
    JsonWriter w;
    w.BeginObject()
        .Key("id").String(a.id)
        .Key("url").String(a.url)
        .Key("title").String(a.title)
        .Key("outlet").String(a.outlet)
        .Key("author").String(a.author)
        .Key("published").String(a.published)
        .Key("language").String("en")
        .Key("text").String(a.text)
        .EndObject();
    out += w.str();
    out += '\n';
  }
  return out;
}

std::string ActorsJson(const Story& story) {
  LinesFile file;
  file.BeginArray("actors");
  for (const Actor& actor : story.actors) {
    JsonWriter w;
    w.BeginObject().Key("id").String(actor.id).Key("name").String(actor.name).Key("kind").String(actor.kind);
    if (!actor.alias.empty()) w.Key("aliases").BeginArray().String(actor.alias).EndArray();
    file.Item(w.EndObject().Take());
  }
  file.EndArray();
  return file.Text();
}

struct Perspective {
  std::string id;
  size_t actor = 0, topic = 0;
  int stance = 0;  // index into kStances
  std::string date;
  Span span;
};

// Each actor's perspectives on each of their topics: a few of their claim sentences, spread over
// the story's dates, each a step of a random walk along the stance scale.
std::vector<Perspective> MakePerspectives(Random& random, const Story& story) {
  std::vector<Perspective> perspectives;
  for (const auto& [key, spans] : story.claims) {
    const auto [actor, topic] = key;
    const size_t wanted = std::min<size_t>(spans.size(), random.Between(2, 4));
    int stance = static_cast<int>(random.Below(6));
    std::string last_date;
    for (size_t k = 0; k < wanted; ++k) {
      const Span& span = spans[wanted == 1 ? 0 : k * (spans.size() - 1) / (wanted - 1)];
      const std::string& date = story.articles[span.article].published;
      if (date <= last_date) continue;  // one step a day at most
      last_date = date;
      if (k > 0) stance = std::clamp(stance + static_cast<int>(random.Between(0, 4)) - 2, 0, 5);
      perspectives.push_back({fmt::format("{}-{}-{}", story.actors[actor].id, Topics()[topic].slug, k + 1), actor,
                              topic, stance, date, span});
    }
  }
  return perspectives;
}

std::string AnnotationsJson(Random& random, const Story& story, const std::string& slug, uint64_t* counts) {
  const std::vector<Topic>& topics = Topics();
  LinesFile file;
  file.Member("story", fmt::format("\"{}\"", slug));

  const std::vector<Perspective> perspectives = MakePerspectives(random, story);
  file.BeginArray("perspectives");
  for (const Perspective& p : perspectives) {
    JsonWriter w;
    w.BeginObject()
        .Key("id").String(p.id)
        .Key("actor").String(story.actors[p.actor].id)
        .Key("topic").String(topics[p.topic].slug)
        .Key("stance").String(kStances[p.stance])
        .Key("summary").String(fmt::format("{} {}, as reported by {}.", kStanceOpenings[p.stance], topics[p.topic].thesis,
                                           story.articles[p.span.article].outlet))
        .Key("date").String(p.date)
        .Key("citations").BeginArray();
    WriteSpan(w, story, p.span);
    file.Item(w.EndArray().EndObject().Take());
  }
  file.EndArray();
  counts[0] = perspectives.size();

  // Tensions: per topic, each actor's latest perspective against the side opposite it.
  file.BeginArray("tensions");
  for (size_t topic = 0; topic < topics.size(); ++topic) {
    std::map<size_t, const Perspective*> latest;  // by actor
    for (const Perspective& p : perspectives) {
      if (p.topic == topic) latest[p.actor] = &p;
    }
    std::vector<const Perspective*> against, in_favour;
    for (const auto& [actor, p] : latest) {
      if (p->stance <= 1) against.push_back(p);
      if (p->stance >= 4) in_favour.push_back(p);
    }
    for (size_t k = 0; k < std::min<size_t>(3, std::min(against.size(), in_favour.size())); ++k) {
      const Perspective& a = *against[k];
      const Perspective& b = *in_favour[k];
      JsonWriter w;
      w.BeginObject()
          .Key("id").String(fmt::format("{}-tension-{}", topics[topic].slug, k + 1))
          .Key("between").BeginArray().String(a.id).String(b.id).EndArray()
          .Key("description").String(fmt::format("{} and {} disagree on {}.", story.actors[a.actor].name,
                                                 story.actors[b.actor].name, topics[topic].subject))
          .Key("date").String(std::max(a.date, b.date))
          .Key("citations").BeginArray();
      WriteSpan(w, story, a.span);
      WriteSpan(w, story, b.span);
      file.Item(w.EndArray().EndObject().Take());
      ++counts[1];
    }
  }
  file.EndArray();

  // Questions: each topic's, raised by an early sentence of the reporter; the first of each topic
  // answered by a late one.
  std::vector<std::string> resolutions;
  file.BeginArray("questions");
  for (size_t topic = 0; topic < topics.size(); ++topic) {
    const std::vector<Span>& said = story.narration[topic];
    if (said.empty()) continue;
    for (size_t q = 0; q < topics[topic].questions.size(); ++q) {
      const std::string id = fmt::format("{}-question-{}", topics[topic].slug, q + 1);
      const Span& raised = said[random.Below((said.size() + 1) / 2)];
      JsonWriter w;
      w.BeginObject()
          .Key("id").String(id)
          .Key("text").String(topics[topic].questions[q])
          .Key("date").String(story.articles[raised.article].published)
          .Key("citations").BeginArray();
      WriteSpan(w, story, raised);
      file.Item(w.EndArray().EndObject().Take());
      ++counts[2];
      const Span& answered = said.back();
      if (q == 0 && story.articles[answered.article].published > story.articles[raised.article].published) {
        JsonWriter r;
        r.BeginObject()
            .Key("question").String(id)
            .Key("answer").String(fmt::format("Later reporting on {} settled it; see the cited source.", topics[topic].subject))
            .Key("date").String(story.articles[answered.article].published)
            .Key("citations").BeginArray();
        WriteSpan(r, story, answered);
        resolutions.push_back(r.EndArray().EndObject().Take());
      }
    }
  }
  file.EndArray();
  file.BeginArray("resolutions");
  for (const std::string& r : resolutions) file.Item(r);
  file.EndArray();
  counts[3] = resolutions.size();

  // The editor's notes, citing the first and the last claim of the story.
  Span first{story.articles.size(), 0, 0}, last{0, 0, 0};
  for (const auto& [key, spans] : story.claims) {
    for (const Span& s : spans) {
      if (std::tie(s.article, s.start) < std::tie(first.article, first.start)) first = s;
      if (std::tie(s.article, s.start) > std::tie(last.article, last.start)) last = s;
    }
  }
  file.BeginArray("notes");
  if (!story.claims.empty()) {
    const std::pair<const char*, const char*> notes[] = {
        {"what", "Builders, lenders and buyers of AI computing argue over whether the money going into data centres, "
                 "chips and power will earn its keep."},
        {"why_it_matters", "The sums are large enough to move utilities, bond markets and chip makers, and the people "
                           "quoted disagree about how soon, or whether, they pay off."}};
    for (const auto& [section, text] : notes) {
      JsonWriter w;
      w.BeginObject().Key("section").String(section).Key("text").String(text).Key("citations").BeginArray();
      WriteSpan(w, story, first);
      WriteSpan(w, story, last);
      file.Item(w.EndArray().EndObject().Take());
    }
  }
  file.EndArray();
  return file.Text();
}

void WriteFile(const std::filesystem::path& path, const std::string& bytes) {
  FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) Fail(fmt::format("cannot write {}", path.string()));
  const bool written = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  if (std::fclose(f) != 0 || !written) Fail(fmt::format("cannot write {}", path.string()));
}

uint64_t PositiveNumber(const char* flag, const char* text) {
  char* end = nullptr;
  const unsigned long long value = std::strtoull(text, &end, 10);
  if (*text == '-' || *end != '\0' || end == text) Fail(fmt::format("{}: `{}` is not a number", flag, text));
  return value;
}

}  // namespace

int main(int argc, char** argv) {
  std::optional<uint64_t> seed;
  uint64_t sources = 1000, figures_per_source = 20;
  std::string out, slug = "synthetic";
  for (int i = 1; i < argc; ++i) {
    const std::string flag = argv[i];
    if (i + 1 >= argc) Fail(fmt::format("{} needs a value (usage: gen_story --seed N --out DIR [--sources N] "
                                        "[--figures-per-source N] [--story SLUG])", flag));
    const char* value = argv[++i];
    if (flag == "--seed") {
      seed = PositiveNumber("--seed", value);
    } else if (flag == "--sources") {
      sources = PositiveNumber("--sources", value);
    } else if (flag == "--figures-per-source") {
      figures_per_source = PositiveNumber("--figures-per-source", value);
    } else if (flag == "--out") {
      out = value;
    } else if (flag == "--story") {
      slug = value;
    } else {
      Fail(fmt::format("unknown option `{}` (usage: gen_story --seed N --out DIR [--sources N] "
                       "[--figures-per-source N] [--story SLUG])", flag));
    }
  }
  if (!seed || out.empty()) Fail("--seed and --out are required");
  if (sources == 0 || figures_per_source == 0) Fail("--sources and --figures-per-source must be at least 1");
  std::error_code error;
  std::filesystem::create_directories(out, error);
  if (error) Fail(fmt::format("cannot create {}: {}", out, error.message()));

  Random random(*seed);
  Story story;
  story.actors = MakeActors(random, std::clamp<size_t>(sources / 20, 8, 48));
  story.narration.resize(Topics().size());
  for (size_t i = 0; i < sources; ++i) WriteArticle(random, i, sources, *seed, figures_per_source, &story);
  uint64_t counts[4] = {};  // perspectives, tensions, questions, resolutions
  const std::string annotations = AnnotationsJson(random, story, slug, counts);

  const std::filesystem::path dir(out);
  WriteFile(dir / "articles.jsonl", ArticlesJsonl(story));
  WriteFile(dir / "actors.json", ActorsJson(story));
  WriteFile(dir / "annotations.json", annotations);
  uint64_t claims = 0;
  for (const auto& [key, spans] : story.claims) claims += spans.size();
  std::printf("gen_story: %zu articles stating %llu figures and %llu attributed claims by %zu actors; "
              "%llu perspectives, %llu tensions, %llu questions (%llu resolved) for story `%s` in %s\n",
              story.articles.size(), static_cast<unsigned long long>(story.figures),
              static_cast<unsigned long long>(claims), story.actors.size(), static_cast<unsigned long long>(counts[0]),
              static_cast<unsigned long long>(counts[1]), static_cast<unsigned long long>(counts[2]),
              static_cast<unsigned long long>(counts[3]), slug.c_str(), out.c_str());
  return 0;
}
