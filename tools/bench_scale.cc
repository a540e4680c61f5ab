// bench_scale: how each command's cost grows with the store, beside the floor of reading every
// event raw, measured in the same run (so the ratios hold on a shared, noisy machine).
//
// For each size N (--sizes, default 1000,10000): a fresh store with the corpus story (its
// articles, gazetteer and annotations), N synthetic articles of another story written by
// gen_articles (the same bytes for the same seed) and a third story of 50 synthetic articles with
// quoted speakers (`gen_articles 50 SEED+1 WORDS --quotes`); then every command below is run as a
// user runs it, by the real `dossier` binary (--runs times; median wall time, largest peak RSS).
// The commands about one thing come first and each row is printed as soon as it is measured, so
// a long run that is stopped still leaves them:
//
//   floor           a raw RocksDB iterator over every event, each parsed with simdjson
//                   (tools/raw_events.h), in this process: what reading the whole log costs;
//   verify          every hash;                 export        every event and text, to /dev/null;
//   show ID         one corpus source;
//   stances ACTOR   one actor;                  claims --actor; actors (every story's);
//   questions, tensions, timeline --story STORY  one story's (the corpus story);
//   brief STORY     the 5-source corpus story, and the 50-source story;
//   trace fig-ID    one corpus figure;
//   trace VALUE     a number as written;        ingest one   one new article into the store, and the
//                                               same article into an empty store (init apart);
//   sources, stats, figures, claims, actors --candidates   listings of everything (they stream);
//   draft STORY     the corpus story's proposed annotations;
//   annotate        1,000 metric labels on figures of the big story (each run its own; the ids
//                   are read source by source, so the benchmark's memory stays small);
//   rebuild         every projection (once: it is the whole-store pass);
//   log --limit 10  right after the rebuild (a read must not replay what the rebuild wrote).
//
// The bulk ingest of the N articles is timed too (articles/s, peak RSS) beside the extraction alone
// of the same articles on as many threads (bench_extract --articles, no store): the issue asks bulk
// ingest for >= 0.5 x that rate. The store's size is printed beside the bytes of the texts it holds
// (the issue asks <= 3 x) and of the articles' JSON;
// `rebuild`, `verify` and `export` also as events per second beside the floor's rate. Each row gives wall seconds, the ratio to the
// floor of the same size, CPU seconds (user and system; the floor's is its thread's) with their
// ratio to the floor's (on a shared machine wall time includes waiting for the others), and peak
// RSS.
//
// Usage: bench_scale [--sizes N,N,...] [--runs N] [--words N] [--seed N] [--corpus DIR]
//                    [--dir DIR] [--keep] [--reuse] [--one-thing] | --floor STORE_DIR
//        --reuse: a size whose store a run with --keep left under --dir is measured as it stands
//        (its 50-source story added if missing); its bulk ingest and extraction are not timed again.
//        --one-thing: only the commands about one thing, one-article ingest and annotate; not the
//        listings of everything nor the whole-store passes (hours at a million articles).
//        --floor STORE_DIR: only the floor, one raw read of that store's events, in this process as
//        a separate command (the baseline of `farm-bench --vs` beside a whole-store pass).
//        gen_articles, bench_extract and dossier are taken from this program's directory; the corpus from
//        ../corpus beside it (the repository's), unless --corpus.
#include <malloc.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>
#include <simdjson.h>

#include "raw_store.h"
#include "stopwatch.h"
#include "subprocess.h"
#include "tool_flags.h"

namespace {

namespace fs = std::filesystem;

constexpr const char* kTool = "bench_scale";
constexpr const char* kCorpusStory = "ai-roi";
constexpr const char* kActor = "Mark Cuban";
constexpr const char* kActorId = "mark-cuban";
constexpr const char* kValue = "$3 trillion";
constexpr const char* kBigStory = "scale";
constexpr const char* kSmallStory = "fifty";
constexpr uint64_t kSmallStorySources = 50;

[[noreturn]] void Fail(const std::string& message) { FailTool(kTool, message); }

struct Options {
  std::vector<uint64_t> sizes = {1000, 10000};
  uint64_t runs = 3;
  uint64_t words = 500;
  uint64_t seed = 7;
  std::string corpus;  // empty: ../corpus beside this program's directory
  std::string dir;     // empty: a fresh directory under /tmp
  bool keep = false;
  bool reuse = false;
  bool one_thing = false;
  std::string floor_store;  // --floor: only the raw read of this store
};

std::vector<uint64_t> ParseSizes(const std::string& text) {
  std::vector<uint64_t> sizes;
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, ',')) {
    char* end = nullptr;
    const unsigned long long value = std::strtoull(item.c_str(), &end, 10);
    if (item.empty() || *end != '\0' || value == 0) Fail(fmt::format("--sizes: `{}` is not a positive number", item));
    sizes.push_back(value);
  }
  if (sizes.empty()) Fail("--sizes needs at least one size");
  return sizes;
}

Options ParseFlags(int argc, char** argv) {
  Options o;
  const char* usage = "usage: bench_scale [--sizes N,N,...] [--runs N] [--words N] [--seed N] [--corpus DIR] "
                      "[--dir DIR] [--keep] [--reuse] [--one-thing] | --floor STORE_DIR";
  for (int i = 1; i < argc; ++i) {
    const std::string flag = argv[i];
    auto number = [&] { return PositiveNumberFlag(kTool, argc, argv, &i); };
    auto text = [&]() -> std::string {
      if (i + 1 >= argc) Fail(fmt::format("{} needs a value", flag));
      return argv[++i];
    };
    if (flag == "--sizes") {
      o.sizes = ParseSizes(text());
    } else if (flag == "--runs") {
      o.runs = number();
    } else if (flag == "--words") {
      o.words = number();
    } else if (flag == "--seed") {
      o.seed = number();
    } else if (flag == "--corpus") {
      o.corpus = text();
    } else if (flag == "--dir") {
      o.dir = text();
    } else if (flag == "--keep") {
      o.keep = true;
    } else if (flag == "--reuse") {
      o.reuse = true;
    } else if (flag == "--one-thing") {
      o.one_thing = true;
    } else if (flag == "--floor") {
      o.floor_store = text();
    } else {
      Fail(fmt::format("unknown option `{}`; {}", flag, usage));
    }
  }
  return o;
}

// Where the benchmark works, and the binaries and inputs it uses.
struct Paths {
  std::string root, dossier, gen_articles, bench_extract, corpus;
};

uint64_t TreeBytes(const fs::path& dir) {
  uint64_t bytes = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) bytes += entry.file_size();
  }
  return bytes;
}

// The first string value of `member` in the objects of a JSON array (the output of a `--json`
// listing), or fails naming what was asked for.
std::string FirstMember(const std::string& json_path, const char* member, const char* what) {
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.load(json_path).get(root)) Fail(fmt::format("{}: not JSON", json_path));
  simdjson::dom::array items;
  if (root.get_array().get(items)) {
    // Listings wrap their array in an object: take its first array member.
    simdjson::dom::object object;
    if (root.get_object().get(object)) Fail(fmt::format("{}: neither an array nor an object", json_path));
    for (auto field : object) {
      if (!field.value.get_array().get(items)) break;
    }
  }
  for (simdjson::dom::element item : items) {
    std::string_view value;
    if (!item[member].get_string().get(value)) return std::string(value);
  }
  Fail(fmt::format("found no {} in {}", what, json_path));
}

// The string values of `member` in the first `max` objects of a JSON array that have it (none if
// none has it).
std::vector<std::string> Members(const std::string& json_path, const char* member, size_t max) {
  simdjson::dom::parser parser;
  simdjson::dom::array items;
  if (parser.load(json_path).get_array().get(items)) Fail(fmt::format("{}: not a JSON array", json_path));
  std::vector<std::string> values;
  for (simdjson::dom::element item : items) {
    std::string_view value;
    if (values.size() < max && !item[member].get_string().get(value)) values.emplace_back(value);
  }
  parser = simdjson::dom::parser();
  malloc_trim(0);  // a child's peak RSS counts from this process's size when it is spawned
  return values;
}

// One row of the table: a command's median wall time and its largest peak RSS over the runs.
struct Row {
  std::string name;
  double wall = 0;
  double cpu = 0;
  double peak_rss_mb = 0;
};

double Median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

class Bench {
 public:
  Bench(const Options& o, const Paths& p, uint64_t size)
      : o_(o), p_(p), size_(size), dir_(fmt::format("{}/n{}", p.root, size)), store_(dir_ + "/store") {}

  void Run() {
    fs::create_directories(dir_);
    const bool reused = o_.reuse && fs::exists(store_);
    if (reused) {
      std::printf("\n== %llu: the store left in %s by an earlier run, measured as it stands\n",
                  static_cast<unsigned long long>(size_), store_.c_str());
      articles_bytes_ = fs::file_size(dir_ + "/articles.jsonl");
    } else {
      Build();
    }
    AddSmallStory();
    MeasureFloor();
    PrintHeader();
    const std::string source = FirstMember(Capture({"sources", "--story", kCorpusStory, "--json"}), "source_id", "source id");
    const std::string figure = FirstMember(Capture({"figures", "--source", source, "--json"}), "id", "figure id");
    // The commands about one thing first: they are what a long run must not lose.
    Time("show ID", {"show", source});
    Time(fmt::format("stances '{}'", kActor), {"stances", kActor});
    Time(fmt::format("claims --actor {}", kActorId), {"claims", "--actor", kActorId});
    Time(fmt::format("questions --story {}", kCorpusStory), {"questions", "--story", kCorpusStory});
    Time(fmt::format("tensions --story {}", kCorpusStory), {"tensions", "--story", kCorpusStory});
    Time(fmt::format("timeline --story {}", kCorpusStory), {"timeline", "--story", kCorpusStory});
    Time(fmt::format("brief {}", kCorpusStory), {"brief", kCorpusStory});
    Time(fmt::format("brief {} ({} sources)", kSmallStory, kSmallStorySources), {"brief", kSmallStory});
    Time(fmt::format("draft {}", kCorpusStory), {"draft", kCorpusStory});
    Time("trace fig-ID (one figure)", {"trace", figure});
    Time(fmt::format("trace '{}' (by value)", kValue), {"trace", kValue});
    Time("actors", {"actors"});
    TimeIngestOne();
    TimeAnnotate();
    if (o_.one_thing) return PrintSummary();
    // Then the listings of everything and the whole-store passes, which grow with the store.
    Time("verify", {"verify"});
    Time("export", {"export"});
    Time("sources (every source)", {"sources"});
    Time("stats", {"stats"});
    Time("figures (every figure)", {"figures"});
    Time("claims (every claim)", {"claims"});
    Time("actors --candidates", {"actors", "--candidates"});
    Time("rebuild", {"rebuild"}, /*runs=*/1);
    Time("log --limit 10 (right after rebuild)", {"log", "--limit", "10"}, /*runs=*/1);
    PrintSummary();
  }

 private:
  std::vector<std::string> Dossier(const std::vector<std::string>& args) const {
    std::vector<std::string> command = {p_.dossier, "--store", store_};
    command.insert(command.end(), args.begin(), args.end());
    return command;
  }

  // Runs a dossier command once with its output kept in a file; returns the file's path.
  std::string Capture(const std::vector<std::string>& args) {
    const std::string out = dir_ + "/capture.json";
    RunOrFail(kTool, Dossier(args), out);
    return out;
  }

  void Build() {
    const std::string articles = dir_ + "/articles.jsonl";
    RunOrFail(kTool, {p_.gen_articles, std::to_string(size_), std::to_string(o_.seed), std::to_string(o_.words)},
              articles);
    articles_bytes_ = fs::file_size(articles);
    RunOrFail(kTool, Dossier({"init"}));
    RunOrFail(kTool, Dossier({"annotate", p_.corpus + "/actors.json"}));
    RunOrFail(kTool, Dossier({"ingest", p_.corpus, "--story", kCorpusStory, "--story-title",
                              "AI Infrastructure Spending ROI Debate"}));
    RunOrFail(kTool, Dossier({"annotate", p_.corpus + "/annotations/" + kCorpusStory + ".json"}));
    const ProcessRun bulk = RunOrFail(kTool, Dossier({"ingest", articles, "--story", kBigStory}));
    rows_.push_back({fmt::format("bulk ingest of {} articles ({:.0f}/s)", size_, size_ / bulk.wall), bulk.wall, bulk.cpu,
                     bulk.peak_rss_mb});
    // The same articles' extraction with no store, on as many threads as the ingest's default.
    const unsigned jobs = std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
    const ProcessRun extract =
        RunOrFail(kTool, {p_.bench_extract, "--articles", articles, "--jobs", std::to_string(jobs)});
    rows_.push_back({fmt::format("extraction alone, {} jobs ({:.0f}/s)", jobs, size_ / extract.wall), extract.wall,
                     extract.cpu, extract.peak_rss_mb});
    bulk_wall_ = bulk.wall;
    extract_wall_ = extract.wall;
  }

  // The 50-source story with quoted speakers, once per store (a reused store may have it already).
  void AddSmallStory() {
    const std::string articles = dir_ + "/" + kSmallStory + ".jsonl";
    const std::string done = dir_ + "/" + kSmallStory + ".ingested";  // its presence says the story is in
    if (fs::exists(done)) return;
    RunOrFail(kTool, {p_.gen_articles, std::to_string(kSmallStorySources), std::to_string(o_.seed + 1),
                      std::to_string(o_.words), "--quotes"},
              articles);
    RunOrFail(kTool, Dossier({"ingest", articles, "--story", kSmallStory}));
    std::ofstream(done) << "yes\n";
  }

  // The floor: best of --runs full raw reads in this process.
  void MeasureFloor() {
    RawStore raw(kTool, store_);
    for (uint64_t run = 0; run < o_.runs; ++run) {
      Stopwatch watch;
      watch.Start();
      const RawEventsRead read = raw.ReadEvents();
      watch.Stop();
      if (!read.error.empty()) Fail(read.error);
      events_ = read.events;
      if (floor_ == 0 || watch.wall() < floor_) floor_ = watch.wall();
      if (floor_cpu_ == 0 || watch.cpu() < floor_cpu_) floor_cpu_ = watch.cpu();
    }
  }

  void Time(const std::string& name, const std::vector<std::string>& args, uint64_t runs = 0) {
    if (runs == 0) runs = o_.runs;
    std::vector<double> walls, cpus;
    Row row{name};
    for (uint64_t run = 0; run < runs; ++run) {
      const ProcessRun r = RunOrFail(kTool, Dossier(args));
      walls.push_back(r.wall);
      cpus.push_back(r.cpu);
      row.peak_rss_mb = std::max(row.peak_rss_mb, r.peak_rss_mb);
    }
    row.wall = Median(walls);
    row.cpu = Median(cpus);
    Add(row);
  }

  // Each run adds a new article (its own url), so every run records one; the same article then goes
  // into an empty store of its own (made by `init`, not timed): the issue asks the first for < 2 x
  // the second.
  void TimeIngestOne() {
    Row big{"ingest of one more article"}, empty{"the same into an empty store"};
    std::vector<double> big_walls, big_cpus, empty_walls, empty_cpus;
    for (uint64_t run = 0; run < o_.runs; ++run) {
      const std::string path = fmt::format("{}/one-{}.md", dir_, run);
      std::ofstream(path) << fmt::format("One more article, number {}\n\nThe fund said it would spend $4.{} billion "
                                         "on data centres in 2026, up 12% on the year before.\n", run, run);
      const std::vector<std::string> ingest = {"ingest", path, "--story", kBigStory, "--url",
                                               fmt::format("https://bench.example/one/{}", run)};
      const ProcessRun r = RunOrFail(kTool, Dossier(ingest));
      big_walls.push_back(r.wall);
      big_cpus.push_back(r.cpu);
      big.peak_rss_mb = std::max(big.peak_rss_mb, r.peak_rss_mb);

      const std::string empty_store = fmt::format("{}/empty-{}", dir_, run);
      std::vector<std::string> command = {p_.dossier, "--store", empty_store, "init"};
      RunOrFail(kTool, command);
      command.resize(3);
      command.insert(command.end(), ingest.begin(), ingest.end());
      const ProcessRun e = RunOrFail(kTool, command);
      empty_walls.push_back(e.wall);
      empty_cpus.push_back(e.cpu);
      empty.peak_rss_mb = std::max(empty.peak_rss_mb, e.peak_rss_mb);
      fs::remove_all(empty_store);
    }
    big.wall = Median(big_walls);
    big.cpu = Median(big_cpus);
    empty.wall = Median(empty_walls);
    empty.cpu = Median(empty_cpus);
    Add(big);
    Add(empty);
    ingest_one_ = big;
    ingest_one_empty_ = empty;
  }

  // Each run records kLabels metric labels (its own metric name, so that every run records them) on
  // the figures of the big story's first articles, read source by source (by the url gen_articles
  // gives article I of seed S: https://synthetic.example/S/I) so that no listing of every figure is
  // held.
  void TimeAnnotate() {
    constexpr size_t kLabels = 1000;
    std::vector<std::string> figures;
    for (uint64_t article = 1; article <= size_ && figures.size() < kLabels; ++article) {
      const std::string url = fmt::format("https://synthetic.example/{}/{}", o_.seed, article);
      for (std::string& id : Members(Capture({"figures", "--source", url, "--json"}), "id", kLabels - figures.size())) {
        figures.push_back(std::move(id));
      }
    }
    if (figures.empty()) Fail("found no figure of the big story to label");
    std::vector<double> walls, cpus;
    Row row{fmt::format("annotate of {} metric labels", figures.size())};
    for (uint64_t run = 0; run < o_.runs; ++run) {
      const std::string path = fmt::format("{}/labels-{}.json", dir_, run);
      std::ofstream out(path);
      out << "{\"story\": \"" << kBigStory << "\", \"metric_labels\": [";
      for (size_t i = 0; i < figures.size(); ++i) {
        out << (i ? "," : "") << fmt::format("{{\"figure\": \"{}\", \"metric\": \"bench metric {}\"}}", figures[i], run);
      }
      out << "]}\n";
      out.close();
      const ProcessRun r = RunOrFail(kTool, Dossier({"annotate", path, "--quiet"}));
      walls.push_back(r.wall);
      cpus.push_back(r.cpu);
      row.peak_rss_mb = std::max(row.peak_rss_mb, r.peak_rss_mb);
    }
    row.wall = Median(walls);
    row.cpu = Median(cpus);
    Add(row);
  }

  // A measured row, printed at once when the floor it is divided by is known (the bulk ingest's
  // rows, measured before it, are printed with the header).
  void Add(const Row& row) {
    rows_.push_back(row);
    if (floor_ > 0) PrintRow(row);
  }

  void PrintRow(const Row& row) const {
    std::printf("%-44s %9.3f %8.2f %9.3f %8.2f %8.0f\n", row.name.c_str(), row.wall, row.wall / floor_, row.cpu,
                row.cpu / floor_cpu_, row.peak_rss_mb);
    std::fflush(stdout);
  }

  void PrintHeader() const {
    std::printf("\n== %llu synthetic articles + the corpus + %llu of the 50-source story: %llu events\n",
                static_cast<unsigned long long>(size_), static_cast<unsigned long long>(kSmallStorySources),
                static_cast<unsigned long long>(events_));
    std::printf("%-44s %9s %8s %9s %8s %8s\n", "command", "wall s", "x floor", "cpu s", "x floor", "peak MB");
    std::printf("%-44s %9.3f %8.2f %9.3f %8.2f %8s\n", "floor: raw scan of every event", floor_, 1.0, floor_cpu_, 1.0, "-");
    for (const Row& row : rows_) PrintRow(row);
  }

  void PrintSummary() const {
    // The issue asks the store to hold at most 3 x its texts.
    const uint64_t store_bytes = TreeBytes(store_);
    const uint64_t text_bytes = RawStore(kTool, store_).TextBytes();
    std::printf("store %.1f MB, %.2f x the texts it holds (%.1f MB), %.2f x the big story's articles' JSON (%.1f MB)\n",
                store_bytes / 1e6, static_cast<double>(store_bytes) / text_bytes, text_bytes / 1e6,
                static_cast<double>(store_bytes) / articles_bytes_, articles_bytes_ / 1e6);
    // The whole-store passes as rates beside the floor's (events per second; the issue asks
    // rebuild >= 0.25 x the raw scan+parse rate, verify and export >= 0.5 x).
    for (const Row& row : rows_) {
      if (row.name != "rebuild" && row.name != "verify" && row.name != "export") continue;
      std::printf("%s: %.0f events/s by CPU, %.3f x the floor's scan+parse rate (%.0f events/s); by wall %.3f x\n",
                  row.name.c_str(), events_ / row.cpu, floor_cpu_ / row.cpu, events_ / floor_cpu_, floor_ / row.wall);
    }
    // The issue asks bulk ingest >= 0.5 x extraction alone, and one article into this store < 2 x
    // the same into an empty one.
    if (bulk_wall_ > 0) std::printf("bulk ingest: %.3f x the rate of extraction alone (wall)\n", extract_wall_ / bulk_wall_);
    std::printf("ingest of one article: %.2f x an empty store's by wall, %.2f x by CPU\n",
                ingest_one_.wall / ingest_one_empty_.wall, ingest_one_.cpu / ingest_one_empty_.cpu);
    std::fflush(stdout);
  }

  const Options& o_;
  const Paths& p_;
  const uint64_t size_;
  const std::string dir_, store_;
  uint64_t articles_bytes_ = 0;
  uint64_t events_ = 0;
  double floor_ = 0, floor_cpu_ = 0;  // the raw scan's wall and CPU seconds (its best run)
  double bulk_wall_ = 0, extract_wall_ = 0;
  Row ingest_one_, ingest_one_empty_;
  std::vector<Row> rows_;
};

}  // namespace

int main(int argc, char** argv) {
  const Options o = ParseFlags(argc, argv);
  if (!o.floor_store.empty()) {
    const RawEventsRead read = RawStore(kTool, o.floor_store).ReadEvents();
    if (!read.error.empty()) Fail(read.error);
    std::printf("%llu events read raw\n", static_cast<unsigned long long>(read.events));
    return 0;
  }
  Paths p;
  const fs::path bin = fs::canonical("/proc/self/exe").parent_path();
  p.dossier = (bin / "dossier").string();
  p.gen_articles = (bin / "gen_articles").string();
  p.bench_extract = (bin / "bench_extract").string();
  p.corpus = o.corpus.empty() ? (bin.parent_path() / "corpus").string() : o.corpus;
  if (!fs::is_directory(p.corpus)) Fail(fmt::format("no corpus at {} (--corpus DIR)", p.corpus));
  if (o.dir.empty()) {
    char pattern[] = "/tmp/bench_scale.XXXXXX";
    if (mkdtemp(pattern) == nullptr) Fail("cannot make a directory under /tmp");
    p.root = pattern;
  } else {
    p.root = o.dir;
    std::error_code error;
    fs::create_directories(p.root, error);
    if (error || (!o.reuse && !fs::is_empty(p.root, error))) {
      Fail(fmt::format("{} is not an empty directory (--reuse measures the stores a run left in it)", p.root));
    }
  }
  std::printf("bench_scale: %zu size(s), %llu run(s) each, in %s\n", o.sizes.size(),
              static_cast<unsigned long long>(o.runs), p.root.c_str());
  for (uint64_t size : o.sizes) Bench(o, p, size).Run();
  if (!o.keep) fs::remove_all(p.root);
  return 0;
}
