// bench_extract: how fast figure extraction and claim extraction run on one core, beside a plain
// ICU sentence segmentation pass over the same text in the same run.
//
//   bench_extract [CORPUS_DIR [MEGABYTES]]     defaults: corpus, 50
//   bench_extract --articles INPUT [--jobs N]   default: one job
//   bench_extract --dump [--gazetteer ACTORS_JSON] PATH...
//
// --articles is bulk ingest's extraction with no store: every article of INPUT (a file or
// folder `dossier ingest` reads), its figures and claims (no gazetteer, as in a fresh store), in
// batches of 64 on N worker threads as `dossier ingest --jobs N` runs them (one job: on the main
// thread). It prints the articles and their rate by wall time; time the whole process from outside
// beside `dossier ingest` of the same INPUT to see what the store adds.
//
// --dump times nothing: it prints every claim, question and candidate ExtractClaims finds in every
// article of PATH (any script, with the article's author and outlet), one line each, so that a
// change meant to keep the output (a speed-up) can be checked by diffing the dumps of two builds.
//
// The English (Latin-script, no Han) article texts of CORPUS_DIR are cycled through until MEGABYTES of
// text have gone through each pass; each pass runs three times and reports its best, timed by the
// CPU time of its thread. Goals: figure extraction >= 20 MB/s and at most 3x the segmentation time
// (issue 3); claim extraction with no gazetteer (both its readings, issue 10) >= 10 MB/s and at
// most 3x the segmentation time.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#include "dossier/claim.h"
#include "dossier/figure.h"
#include "extract/sentences.h"
#include "ingest/input_reader.h"
#include "tool_flags.h"
#include "util/ordered_pool.h"
#include "util/utf8.h"

using namespace dossier;

namespace {

std::vector<std::string> EnglishTexts(const std::string& dir) {
  std::vector<std::string> texts;
  for (const std::string& file : PlanInputs({dir}).files) {
    ReadArticles(file, SourceMetadata{}, [&](ArticleInput&& input, uint64_t) {
      if (!input.article.ok()) return true;
      const std::vector<std::string> scripts = ScriptsIn(input.article->text);
      // English: Latin letters, whatever stray symbols or mojibake (seed 004's Greek β) beside them.
      if (std::find(scripts.begin(), scripts.end(), "Latin") != scripts.end() &&
          std::find(scripts.begin(), scripts.end(), "Han") == scripts.end()) {
        texts.push_back(std::move(input.article->text));
      }
      return true;
    });
  }
  return texts;
}

// The CPU time this thread has used, in seconds: unlike the wall clock, it does not count the
// time other processes of a shared machine take the core away.
double ThreadCpuSeconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

// Runs `pass` over the texts in turn until `target_bytes` have been given to it: MB per CPU second.
template <typename Pass>
double MegabytesPerSecond(const std::vector<std::string>& texts, size_t target_bytes, Pass pass) {
  const double start = ThreadCpuSeconds();
  size_t done = 0;
  for (size_t k = 0; done < target_bytes; k = (k + 1) % texts.size()) {
    pass(texts[k]);
    done += texts[k].size();
  }
  return static_cast<double>(done) / 1e6 / (ThreadCpuSeconds() - start);
}

// Extracts every article of `input` on `jobs` threads, in batches as bulk ingest does.
int ExtractArticles(const std::string& input, unsigned jobs) {
  auto no_gazetteer = Gazetteer::Create({});
  if (!no_gazetteer.ok()) return 1;
  const auto start = std::chrono::steady_clock::now();
  size_t articles = 0, figures = 0, claims = 0;
  using Batch = std::vector<Article>;  // with the figures and claims found in it
  OrderedPool<std::pair<Batch, std::pair<size_t, size_t>>> pool(jobs > 1 ? jobs : 0, [&](auto& batch) {
    for (const Article& a : batch.first) {
      batch.second.first += ExtractFigures(a.text).size();
      batch.second.second += ExtractClaims(a.text, *no_gazetteer, {a.metadata.author, a.metadata.outlet}).claims.size();
    }
  });
  auto take_oldest = [&] {
    auto done = pool.Pop();
    figures += done.second.first;
    claims += done.second.second;
  };
  Batch batch;
  auto close_batch = [&] {
    if (batch.empty()) return;
    if (pool.size() >= (jobs > 1 ? jobs : 0) + 1) take_oldest();
    pool.Push({std::move(batch), {0, 0}});
    batch.clear();
  };
  for (const std::string& file : PlanInputs({input}).files) {
    ReadArticles(file, SourceMetadata{}, [&](ArticleInput&& in, uint64_t) {
      if (!in.article.ok()) return true;
      ++articles;
      batch.push_back(std::move(*in.article));
      if (batch.size() >= 64) close_batch();
      return true;
    });
  }
  close_batch();
  while (pool.size() > 0) take_oldest();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%zu articles (%zu figures, %zu claims) on %u job%s: %.2f s, %.0f articles/s (wall)\n", articles,
              figures, claims, jobs, jobs == 1 ? "" : "s", seconds, static_cast<double>(articles) / seconds);
  return 0;
}

std::string Span(ByteSpan s) { return fmt::format("{}-{}", s.begin, s.end); }

std::string Speaker(const ActorMention& m) {
  return fmt::format("{}|{}|{}", m.actor_id, m.surface, Span(m.span));
}

// --dump: the claims of every article under `paths`, read with `gazetteer`.
int Dump(const std::vector<std::string>& paths, const Gazetteer& gazetteer) {
  for (const std::string& file : PlanInputs(paths).files) {
    ReadArticles(file, SourceMetadata{}, [&](ArticleInput&& input, uint64_t) {
      if (!input.article.ok()) return true;
      const ClaimSource source{input.article->metadata.author, input.article->metadata.outlet};
      const ClaimExtraction found = ExtractClaims(input.article->text, gazetteer, source);
      std::printf("== %s\n", input.Place().c_str());
      for (const Claim& c : found.claims) {
        std::printf("claim %s verb=%s span=%s sentence=%s date=%s\n", Speaker(c.speaker).c_str(), c.verb.c_str(),
                    Span(c.span).c_str(), Span(c.sentence).c_str(), c.date.value_or("").c_str());
      }
      for (const ByteSpan& q : found.questions) std::printf("question %s\n", Span(q).c_str());
      for (const ActorMention& m : found.candidates) std::printf("candidate %s\n", Speaker(m).c_str());
      return true;
    });
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 1 && std::string(argv[1]) == "--articles") {
    if (argc < 3) FailTool("bench_extract", "--articles needs a file or folder");
    unsigned jobs = 1;
    for (int i = 3; i < argc; ++i) {
      if (std::string(argv[i]) != "--jobs") FailTool("bench_extract", fmt::format("unknown argument `{}`", argv[i]));
      jobs = static_cast<unsigned>(PositiveNumberFlag("bench_extract", argc, argv, &i));
    }
    return ExtractArticles(argv[2], jobs);
  }
  if (argc > 1 && std::string(argv[1]) == "--dump") {
    Result<Gazetteer> gazetteer = Gazetteer::Create({});
    std::vector<std::string> paths;
    for (int i = 2; i < argc; ++i) {
      if (std::string(argv[i]) == "--gazetteer" && i + 1 < argc) {
        Result<std::string> json = ReadWholeFile(argv[++i]);
        if (!json.ok()) FailTool("bench_extract", fmt::format("{}: {}", argv[i], json.status().message()));
        gazetteer = Gazetteer::Parse(*json);
      } else {
        paths.push_back(argv[i]);
      }
    }
    if (!gazetteer.ok()) FailTool("bench_extract", gazetteer.status().message());
    if (paths.empty()) FailTool("bench_extract", "--dump needs a file or folder of articles");
    return Dump(paths, *gazetteer);
  }
  const std::string dir = argc > 1 ? argv[1] : "corpus";
  const double megabytes = argc > 2 ? std::atof(argv[2]) : 50;
  const std::vector<std::string> texts = EnglishTexts(dir);
  if (texts.empty()) {
    std::fprintf(stderr, "bench_extract: error: %s: no English article texts found\n", dir.c_str());
    return 1;
  }
  size_t bytes = 0;
  for (const std::string& t : texts) bytes += t.size();
  const auto target = static_cast<size_t>(megabytes * 1e6);

  // The passes alternate, three times each, and each keeps its best run: on a shared machine the
  // best run is the one least disturbed by others.
  auto no_gazetteer = Gazetteer::Create({});
  if (!no_gazetteer.ok()) return 1;
  size_t sentences = 0, figures = 0, claims = 0;
  double segment = 0, extract = 0, claim_extract = 0;
  for (int round = 0; round < 3; ++round) {
    sentences = figures = claims = 0;
    segment = std::max(segment, MegabytesPerSecond(texts, target, [&](const std::string& t) {
                         sentences += extract::CountSentences(t);
                       }));
    extract = std::max(extract, MegabytesPerSecond(texts, target, [&](const std::string& t) {
                         figures += ExtractFigures(t).size();
                       }));
    claim_extract = std::max(claim_extract, MegabytesPerSecond(texts, target, [&](const std::string& t) {
                               claims += ExtractClaims(t, *no_gazetteer).claims.size();
                             }));
  }

  std::printf("%zu English texts (%zu bytes) cycled through to %.0f MB, on one core, best of 3 (thread CPU time)\n", texts.size(), bytes, megabytes);
  std::printf("ICU sentence segmentation: %8.1f MB/s  (%zu sentences)\n", segment, sentences);
  std::printf("figure extraction:         %8.1f MB/s  (%zu figures)\n", extract, figures);
  std::printf("claim extraction:          %8.1f MB/s  (%zu claims, no gazetteer)\n", claim_extract, claims);
  std::printf("figure extraction time / segmentation time: %.2f\n", segment / extract);
  std::printf("claim extraction time / segmentation time:  %.2f\n", segment / claim_extract);
  return 0;
}
