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
//   markdown  RenderBriefingMarkdown of that briefing.
//
// The goal (issue 5) is render = assemble + markdown under 200 ms; load + render is what
// `dossier brief` does after opening the store, and is printed too.
//
// Usage: bench_brief [--seed N] [--sources N] [--figures-per-source N] [--passes N] [--dir DIR] [--keep]
//        gen_story and dossier are taken from this program's directory.
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <rocksdb/db.h>

#include "brief/briefing.h"
#include "brief/render_markdown.h"
#include "dossier/event_store.h"
#include "project/source_reader.h"
#include "project/story_views.h"
#include "raw_events.h"
#include "stopwatch.h"
#include "store/key_layout.h"

extern char** environ;

namespace {

namespace fs = std::filesystem;
using dossier::Status;

constexpr const char* kStory = "synthetic";

struct Options {
  uint64_t seed = 1;
  uint64_t sources = 1000;
  uint64_t figures_per_source = 20;
  uint64_t passes = 5;
  std::string dir;  // empty: a fresh directory under /tmp
  bool keep = false;
};

[[noreturn]] void Fail(const std::string& message) {
  std::fprintf(stderr, "bench_brief: %s\n", message.c_str());
  std::exit(1);
}

void Check(const Status& s, const char* what) {
  if (!s.ok()) Fail(fmt::format("{}: {}", what, s.message()));
}

void Check(const rocksdb::Status& s, const char* what) {
  if (!s.ok()) Fail(fmt::format("{}: {}", what, s.ToString()));
}

Options ParseFlags(int argc, char** argv) {
  Options options;
  const char* usage = "usage: bench_brief [--seed N] [--sources N] [--figures-per-source N] [--passes N] "
                      "[--dir DIR] [--keep]";
  for (int i = 1; i < argc; ++i) {
    const std::string flag = argv[i];
    auto number = [&]() -> uint64_t {
      if (i + 1 >= argc) Fail(fmt::format("{} needs a number", flag));
      char* end = nullptr;
      const unsigned long long value = std::strtoull(argv[++i], &end, 10);
      if (*end != '\0' || value == 0) Fail(fmt::format("{}: `{}` is not a positive number", flag, argv[i]));
      return value;
    };
    if (flag == "--seed") {
      options.seed = number();
    } else if (flag == "--sources") {
      options.sources = number();
    } else if (flag == "--figures-per-source") {
      options.figures_per_source = number();
    } else if (flag == "--passes") {
      options.passes = number();
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
void Run(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  const int error = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (error != 0) Fail(fmt::format("cannot run {}: {}", args[0], std::strerror(error)));
  int status = 0;
  if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::string command;
    for (const std::string& a : args) command += (command.empty() ? "" : " ") + a;
    Fail(fmt::format("`{}` failed", command));
  }
}

// The store's events read raw: its RocksDB database opened read-only, the events family iterated.
class RawStore {
 public:
  explicit RawStore(const std::string& store_dir) {
    std::vector<rocksdb::ColumnFamilyDescriptor> families;
    for (const char* name : {rocksdb::kDefaultColumnFamilyName.c_str(), dossier::keys::kEventsFamily,
                             dossier::keys::kStreamsFamily, dossier::keys::kBlobsFamily, dossier::keys::kMetaFamily,
                             dossier::keys::kProjectionsFamily}) {
      families.emplace_back(name, rocksdb::ColumnFamilyOptions());
    }
    rocksdb::DB* db = nullptr;
    Check(rocksdb::DB::OpenForReadOnly(rocksdb::DBOptions(), store_dir + "/db", families, &handles_, &db),
          "opening the store's database raw");
    db_.reset(db);
  }
  ~RawStore() {
    for (auto* handle : handles_) db_->DestroyColumnFamilyHandle(handle);
  }
  RawEventsRead ReadEvents() {
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions(), handles_[1]));
    return ReadRawEvents(it.get());
  }

 private:
  std::unique_ptr<rocksdb::DB> db_;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;
};

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

void PrintStep(const char* what, const Best& step, const Best& raw) {
  std::printf("%-44s %8.1f ms  %6.2f x raw  (CPU of this thread %.1f ms)\n", what, step.wall * 1e3, step.wall / raw.wall,
              step.cpu * 1e3);
}

}  // namespace

int main(int argc, char** argv) {
  const Options o = ParseFlags(argc, argv);
  const fs::path tools = fs::absolute(argv[0]).parent_path();  // not /proc/self/exe: under valgrind that is valgrind
  std::string root = o.dir;
  if (root.empty()) {
    char pattern[] = "/tmp/bench_brief-XXXXXX";
    if (mkdtemp(pattern) == nullptr) Fail("cannot make a directory under /tmp");
    root = pattern;
  } else {
    std::error_code error;
    if (!fs::is_empty(root, error) && !error) Fail(fmt::format("{} is not empty", root));
  }
  const std::string story_dir = root + "/story";
  const std::string store_dir = root + "/store";
  const std::string dossier_bin = (tools / "dossier").string();
  setenv("DOSSIER_USER", "bench", 1);

  // The story, written and recorded by the real binaries.
  Run({(tools / "gen_story").string(), "--seed", std::to_string(o.seed), "--sources", std::to_string(o.sources),
       "--figures-per-source", std::to_string(o.figures_per_source), "--story", kStory, "--out", story_dir});
  Stopwatch build;
  build.Start();
  Run({dossier_bin, "--store", store_dir, "init"});
  Run({dossier_bin, "--store", store_dir, "annotate", story_dir + "/actors.json"});
  Run({dossier_bin, "--store", store_dir, "ingest", story_dir + "/articles.jsonl", "--story", kStory,
       "--story-title", "Synthetic story"});
  Run({dossier_bin, "--store", store_dir, "annotate", story_dir + "/annotations.json"});
  build.Stop();

  dossier::SystemClock clock;
  auto store = dossier::EventStore::Open(store_dir, dossier::OpenMode::kReadOnly, &clock);
  Check(store.status(), "opening the store");
  auto filter = dossier::TimeFilter::Parse(std::nullopt, std::nullopt);
  Check(filter.status(), "the time filter");
  RawStore raw(store_dir);

  Best raw_best, load_best, assemble_best, markdown_best, render_best, total_best;
  uint64_t events = 0;
  size_t claims = 0, perspectives = 0, markdown_bytes = 0, briefing_figures = 0, briefing_sources = 0;
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
    auto views = dossier::LoadStoryViews(store->get(), *filter);
    Check(views.status(), "loading the story views");
    load.Stop();
    load_best.Take(load);
    claims = (*views)->claims.size();
    perspectives = (*views)->perspectives.size();

    Stopwatch assemble;
    assemble.Start();
    auto point = dossier::FindBriefingPoint(**store, *filter);
    Check(point.status(), "finding the briefing's point");
    auto briefing = dossier::AssembleBriefing(kStory, *sources, **views, **store, *point);
    Check(briefing.status(), "assembling the briefing");
    assemble.Stop();
    assemble_best.Take(assemble);
    briefing_figures = briefing->figures.size();
    briefing_sources = briefing->sources.size();

    Stopwatch markdown;
    markdown.Start();
    const std::string text = dossier::RenderBriefingMarkdown(*briefing);
    markdown.Stop();
    markdown_best.Take(markdown);
    markdown_bytes = text.size();
    render_best.Take(Sum({&assemble, &markdown}));
    total_best.Take(Sum({&load, &assemble, &markdown}));
  }

  std::printf("bench_brief: story `%s` of %llu sources (gen_story --seed %llu, %llu figures each), %llu events, "
              "%zu claims, %zu perspectives; recorded by dossier in %.1f s; best of %llu passes\n",
              kStory, static_cast<unsigned long long>(o.sources), static_cast<unsigned long long>(o.seed),
              static_cast<unsigned long long>(o.figures_per_source), static_cast<unsigned long long>(events), claims,
              perspectives, build.wall(), static_cast<unsigned long long>(o.passes));
  PrintStep("raw: iterate every event + simdjson parse", raw_best, raw_best);
  PrintStep("load: LoadSources + LoadStoryViews", load_best, raw_best);
  PrintStep("assemble: FindBriefingPoint + AssembleBriefing", assemble_best, raw_best);
  PrintStep(fmt::format("markdown: RenderBriefingMarkdown ({} KB)", markdown_bytes / 1024).c_str(), markdown_best,
            raw_best);
  PrintStep("render = assemble + markdown (goal < 200 ms)", render_best, raw_best);
  PrintStep("load + render", total_best, raw_best);
  std::printf("the briefing: %zu sources, %zu figures marked; render %s the 200 ms goal\n", briefing_sources,
              briefing_figures, render_best.wall < 0.2 ? "meets" : "MISSES");

  store->reset();
  if (o.keep) {
    std::printf("kept %s\n", root.c_str());
  } else {
    fs::remove_all(o.dir.empty() ? root : story_dir);
    if (!o.dir.empty()) fs::remove_all(store_dir);
  }
  return 0;
}
