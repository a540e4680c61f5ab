// bench_brief: how fast a large story's briefing is rendered and published, beside a raw RocksDB
// read of the same store's events in the same run (so the ratios hold on any machine).
//
// The store is built by the real binaries: gen_story writes a synthetic story (default 1,000
// sources stating 20,000 figures) and `dossier` annotates and ingests it, as a user would. Then,
// in this process, on the store opened read-only, each pass (best of --passes) times:
//
//   raw       a RocksDB iterator over every event of the store, each parsed with simdjson
//             (tools/raw_events.h, as bench_store's baseline);
//   load      the source list and the story views (LoadSources, LoadStoryViews): what every
//             command that shows the story reads first;
//   assemble  FindBriefingPoint and AssembleBriefing over those views (the briefing's figure
//             sentences are read from the stored texts);
//   markdown  RenderBriefingMarkdown of that briefing; json and html likewise.
//
// The goal (issue 5) is render = assemble + markdown under 200 ms; load + render is what
// `dossier brief` does after opening the store, and is printed too.
//
// Then publishing, --publishes rounds of: `dossier ingest` one new small article into the story
// (not timed), then in this process what `dossier brief STORY --publish` does after opening the
// store for writing (timed): load, assemble, LastPublishedBriefing and PublishBriefing. The first
// rounds' times beside the last rounds' show whether publishing slows as versions accumulate
// (goal: flat, a ratio near 1).
//
// Usage: bench_brief [--seed N] [--sources N] [--figures-per-source N] [--passes N] [--publishes N]
//                    [--dir DIR] [--keep]
//        gen_story and dossier are taken from this program's directory.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <numeric>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "brief/briefing.h"
#include "brief/briefing_versions.h"
#include "brief/render_html.h"
#include "brief/render_json.h"
#include "brief/render_markdown.h"
#include "dossier/event_store.h"
#include "project/source_reader.h"
#include "project/story_views.h"
#include "raw_store.h"
#include "stopwatch.h"
#include "subprocess.h"
#include "tool_flags.h"
#include "store/key_layout.h"
#include "util/dates.h"
#include "util/ids.h"
#include "util/json_writer.h"

namespace {

namespace fs = std::filesystem;
using dossier::Status;

constexpr const char* kStory = "synthetic";

struct Options {
  uint64_t seed = 1;
  uint64_t sources = 1000;
  uint64_t figures_per_source = 20;
  uint64_t passes = 5;
  uint64_t publishes = 50;
  std::string dir;  // empty: a fresh directory under /tmp
  bool keep = false;
};

[[noreturn]] void Fail(const std::string& message) { FailTool("bench_brief", message); }

void Check(const Status& s, const char* what) {
  if (!s.ok()) Fail(fmt::format("{}: {}", what, s.message()));
}

Options ParseFlags(int argc, char** argv) {
  Options options;
  const char* usage = "usage: bench_brief [--seed N] [--sources N] [--figures-per-source N] [--passes N] "
                      "[--publishes N] [--dir DIR] [--keep]";
  for (int i = 1; i < argc; ++i) {
    const std::string flag = argv[i];
    auto number = [&] { return PositiveNumberFlag("bench_brief", argc, argv, &i); };
    if (flag == "--seed") {
      options.seed = number();
    } else if (flag == "--sources") {
      options.sources = number();
    } else if (flag == "--figures-per-source") {
      options.figures_per_source = number();
    } else if (flag == "--passes") {
      options.passes = number();
    } else if (flag == "--publishes") {
      options.publishes = number();
    } else if (flag == "--dir") {
      if (i + 1 >= argc) Fail("--dir needs a directory");
      options.dir = argv[++i];
    } else if (flag == "--keep") {
      options.keep = true;
    } else {
      Fail(fmt::format("unknown option `{}`; {}", flag, usage));
    }
  }
  return options;
}

// Runs a program with `args`, its standard output discarded; fails unless it exits 0.
void Run(const std::vector<std::string>& args) { RunOrFail("bench_brief", args); }

// The best (least wall time) of several timings of one step.
struct Best {
  double wall = 0;
  double cpu = 0;
  void Take(const Stopwatch& watch) {
    if (wall == 0 || watch.wall() < wall) {
      wall = watch.wall();
      cpu = watch.cpu();
    }
  }
};

// The time of several steps of one pass together.
Stopwatch Sum(std::initializer_list<const Stopwatch*> steps) {
  Stopwatch sum;
  for (const Stopwatch* step : steps) sum.Add(*step);
  return sum;
}

void PrintStep(const std::string& what, const Best& step, const Best& raw) {
  std::printf("%-44s %8.1f ms  %6.2f x raw  (CPU of this thread %.1f ms)\n", what.c_str(), step.wall * 1e3, step.wall / raw.wall,
              step.cpu * 1e3);
}

// Where the benchmark works, and the binaries it runs.
struct Paths {
  std::string root, story, store, dossier, gen_story;
};

// Writes the story with gen_story and records it with dossier, as a user would: wall seconds.
double BuildStore(const Options& o, const Paths& p) {
  Run({p.gen_story, "--seed", std::to_string(o.seed), "--sources", std::to_string(o.sources), "--figures-per-source",
       std::to_string(o.figures_per_source), "--story", kStory, "--out", p.story});
  Stopwatch build;
  build.Start();
  Run({p.dossier, "--store", p.store, "init"});
  Run({p.dossier, "--store", p.store, "annotate", p.story + "/actors.json"});
  Run({p.dossier, "--store", p.store, "ingest", p.story + "/articles.jsonl", "--story", kStory, "--story-title",
       "Synthetic story"});
  Run({p.dossier, "--store", p.store, "annotate", p.story + "/annotations.json"});
  build.Stop();
  return build.wall();
}

dossier::TimeFilter Now() {
  auto filter = dossier::TimeFilter::Parse(std::nullopt, std::nullopt);
  Check(filter.status(), "the time filter");
  return *filter;
}

void MeasureRender(const Options& o, const Paths& p, double build_seconds) {
  dossier::SystemClock clock;
  auto store = dossier::EventStore::Open(p.store, dossier::OpenMode::kReadOnly, &clock);
  Check(store.status(), "opening the store");
  const dossier::TimeFilter filter = Now();
  RawStore raw("bench_brief", p.store);

  Best raw_best, load_best, assemble_best, markdown_best, json_best, html_best, render_best, total_best;
  uint64_t events = 0;
  size_t claims = 0, perspectives = 0, briefing_figures = 0, briefing_sources = 0;
  size_t markdown_bytes = 0, json_bytes = 0, html_bytes = 0;
  for (uint64_t pass = 0; pass < o.passes; ++pass) {
    Stopwatch raw_watch;
    raw_watch.Start();
    RawEventsRead read = raw.ReadEvents();
    raw_watch.Stop();
    if (!read.error.empty()) Fail(read.error);
    events = read.events;
    raw_best.Take(raw_watch);

    Stopwatch load;
    load.Start();
    auto sources = dossier::LoadSources(store->get());
    Check(sources.status(), "loading the sources");
    auto views = dossier::LoadStoryViews(store->get(), filter);
    Check(views.status(), "loading the story views");
    load.Stop();
    load_best.Take(load);
    claims = (*views)->claims.size();
    perspectives = (*views)->perspectives.size();

    Stopwatch assemble;
    assemble.Start();
    auto point = dossier::FindBriefingPoint(**store, filter);
    Check(point.status(), "finding the briefing's point");
    auto briefing = dossier::AssembleBriefing(kStory, *sources, **views, **store, *point);
    Check(briefing.status(), "assembling the briefing");
    assemble.Stop();
    assemble_best.Take(assemble);
    briefing_figures = briefing->figures.size();
    briefing_sources = briefing->sources.size();

    auto time_render = [&](std::string (*render)(const dossier::Briefing&), Best* best, size_t* bytes) {
      Stopwatch watch;
      watch.Start();
      const std::string text = render(*briefing);
      watch.Stop();
      best->Take(watch);
      *bytes = text.size();
      return watch;
    };
    const Stopwatch markdown = time_render(dossier::RenderBriefingMarkdown, &markdown_best, &markdown_bytes);
    time_render(dossier::RenderBriefingJson, &json_best, &json_bytes);
    time_render(dossier::RenderBriefingHtml, &html_best, &html_bytes);
    render_best.Take(Sum({&assemble, &markdown}));
    total_best.Take(Sum({&load, &assemble, &markdown}));
  }

  std::printf("bench_brief: story `%s` of %llu sources (gen_story --seed %llu, %llu figures each), %llu events, "
              "%zu claims, %zu perspectives; recorded by dossier in %.1f s; best of %llu passes\n",
              kStory, static_cast<unsigned long long>(o.sources), static_cast<unsigned long long>(o.seed),
              static_cast<unsigned long long>(o.figures_per_source), static_cast<unsigned long long>(events), claims,
              perspectives, build_seconds, static_cast<unsigned long long>(o.passes));
  PrintStep("raw: iterate every event + simdjson parse", raw_best, raw_best);
  PrintStep("load: LoadSources + LoadStoryViews", load_best, raw_best);
  PrintStep("assemble: FindBriefingPoint + AssembleBriefing", assemble_best, raw_best);
  PrintStep(fmt::format("markdown: RenderBriefingMarkdown ({} KB)", markdown_bytes / 1024), markdown_best, raw_best);
  PrintStep(fmt::format("json: RenderBriefingJson ({} KB)", json_bytes / 1024), json_best, raw_best);
  PrintStep(fmt::format("html: RenderBriefingHtml ({} KB)", html_bytes / 1024), html_best, raw_best);
  PrintStep("render = assemble + markdown (goal < 200 ms)", render_best, raw_best);
  PrintStep("load + render", total_best, raw_best);
  std::printf("the briefing: %zu sources, %zu figures marked; render %s the 200 ms goal\n", briefing_sources,
              briefing_figures, render_best.wall < 0.2 ? "meets" : "MISSES");
}

// Round `round`'s article: short, dated after the story, stating two figures.
std::string RoundArticle(uint64_t seed, uint64_t round) {
  const std::string text = fmt::format(
      "Update {0} on the build-out\n\nThe sector's capital spending rose {1}% to ${2}.5 billion in the last reported "
      "quarter. Utilities have received requests for {3}.5 GW of new connections.\n",
      round, 3 + round % 40, 10 + round, 1 + round % 9);
  dossier::JsonWriter w;
  w.BeginObject()
      .Key("id").String(fmt::format("bench-{}-update-{}", seed, round))
      .Key("url").String(fmt::format("https://synthetic.example/{}/update/{}", seed, round))
      .Key("title").String(fmt::format("Update {} on the build-out", round))
      .Key("outlet").String("Bench Wire")
      .Key("published").String(dossier::DateFromDays(20458 + 181 + static_cast<int64_t>(round)))
      .Key("language").String("en")
      .Key("text").String(text)
      .EndObject();
  return w.Take() + "\n";
}

// What `dossier brief STORY --publish` does once the store is open for writing, timed in parts.
struct PublishTimes {
  Stopwatch load;      // LoadSources, LoadStoryViews
  Stopwatch assemble;  // FindBriefingPoint, AssembleBriefing
  Stopwatch record;    // LastPublishedBriefing, PublishBriefing
  uint64_t version = 0;
};

PublishTimes Publish(dossier::EventStore* store, dossier::Clock* clock) {
  PublishTimes times;
  const dossier::TimeFilter filter = Now();
  times.load.Start();
  auto sources = dossier::LoadSources(store);
  Check(sources.status(), "loading the sources");
  auto views = dossier::LoadStoryViews(store, filter);
  Check(views.status(), "loading the story views");
  times.load.Stop();
  times.assemble.Start();
  auto point = dossier::FindBriefingPoint(*store, filter);
  Check(point.status(), "finding the briefing's point");
  point->recorded_at = clock->NowUtc();
  auto briefing = dossier::AssembleBriefing(kStory, *sources, **views, *store, *point);
  Check(briefing.status(), "assembling the briefing");
  times.assemble.Stop();
  times.record.Start();
  auto last = dossier::LastPublishedBriefing(*store, kStory);
  Check(last.status(), "reading the last published version");
  auto outcome = dossier::PublishBriefing(store, std::move(*briefing), *last, "bench", dossier::NewCorrelationId());
  Check(outcome.status(), "publishing");
  times.record.Stop();
  if (!outcome->recorded) Fail("a round's briefing was the same as the last version's");
  times.version = outcome->version;
  return times;
}

// A step's times over the rounds, in seconds.
struct RoundTimes {
  std::vector<double> wall, cpu;
  void Add(const Stopwatch& watch) {
    wall.push_back(watch.wall());
    cpu.push_back(watch.cpu());
  }
};

double MeanMs(const std::vector<double>& seconds, size_t from, size_t count) {
  return std::accumulate(seconds.begin() + from, seconds.begin() + from + count, 0.0) / count * 1e3;
}

// The mean of the first `n` rounds beside the mean of the last `n`, by wall and by CPU time.
void PrintFirstAndLast(const std::string& what, const RoundTimes& t, size_t n) {
  const size_t last = t.wall.size() - n;
  const double first_wall = MeanMs(t.wall, 0, n), last_wall = MeanMs(t.wall, last, n);
  const double first_cpu = MeanMs(t.cpu, 0, n), last_cpu = MeanMs(t.cpu, last, n);
  std::printf("%-44s %7.1f ms first, %7.1f ms last: %.2f  (CPU of this thread %.1f ms, %.1f ms: %.2f)\n", what.c_str(),
              first_wall, last_wall, last_wall / first_wall, first_cpu, last_cpu, last_cpu / first_cpu);
}

void MeasurePublishing(const Options& o, const Paths& p) {
  dossier::SystemClock clock;
  RoundTimes whole, load, assemble, record;
  uint64_t version = 0;
  for (uint64_t round = 1; round <= o.publishes; ++round) {
    const std::string article = fmt::format("{}/update-{}.jsonl", p.root, round);
    FILE* f = std::fopen(article.c_str(), "wb");
    const std::string bytes = RoundArticle(o.seed, round);
    if (f == nullptr || std::fwrite(bytes.data(), 1, bytes.size(), f) != bytes.size() || std::fclose(f) != 0) {
      Fail(fmt::format("cannot write {}", article));
    }
    Run({p.dossier, "--store", p.store, "ingest", article, "--story", kStory});
    auto store = dossier::EventStore::Open(p.store, dossier::OpenMode::kReadWrite, &clock);
    Check(store.status(), "opening the store for writing");
    const PublishTimes times = Publish(store->get(), &clock);
    whole.Add(Sum({&times.load, &times.assemble, &times.record}));
    load.Add(times.load);
    assemble.Add(times.assemble);
    record.Add(times.record);
    version = times.version;
  }
  const size_t n = std::min<size_t>(10, whole.wall.size() / 2);
  if (n == 0) return;
  std::printf("publishing: %llu rounds of (ingest one article, publish), up to Version %llu; mean of the first %zu "
              "rounds and of the last %zu, and last/first (goal: flat, about 1)\n",
              static_cast<unsigned long long>(o.publishes), static_cast<unsigned long long>(version), n, n);
  PrintFirstAndLast("publish: load + assemble + record", whole, n);
  PrintFirstAndLast("  load: LoadSources + LoadStoryViews", load, n);
  PrintFirstAndLast("  assemble: FindBriefingPoint + Assemble", assemble, n);
  PrintFirstAndLast("  record: LastPublished + PublishBriefing", record, n);
}

}  // namespace

int main(int argc, char** argv) {
  const Options o = ParseFlags(argc, argv);
  const fs::path tools = fs::absolute(argv[0]).parent_path();  // not /proc/self/exe: under valgrind that is valgrind
  Paths p;
  p.root = o.dir;
  if (p.root.empty()) {
    char pattern[] = "/tmp/bench_brief-XXXXXX";
    if (mkdtemp(pattern) == nullptr) Fail("cannot make a directory under /tmp");
    p.root = pattern;
  } else {
    std::error_code error;
    if (!fs::is_empty(p.root, error) && !error) Fail(fmt::format("{} is not empty", p.root));
  }
  p.story = p.root + "/story";
  p.store = p.root + "/store";
  p.dossier = (tools / "dossier").string();
  p.gen_story = (tools / "gen_story").string();
  setenv("DOSSIER_USER", "bench", 1);

  const double build_seconds = BuildStore(o, p);
  MeasureRender(o, p, build_seconds);
  MeasurePublishing(o, p);

  if (o.keep) {
    std::printf("kept %s\n", p.root.c_str());
  } else {
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(p.root, error)) fs::remove_all(entry.path());
    if (o.dir.empty()) fs::remove(p.root);
  }
  return 0;
}
