// Which level-0 files a small write merges (store/level0_merge.h): simulated over many flushes,
// level 0 stays a few files, each flushed byte is merged again a bounded number of times, and a bulk
// write's large leftovers are merged only once the small writes' bytes weigh as much.
#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>
#include <vector>

#include "store/level0_merge.h"

using namespace dossier;

namespace {

constexpr uint64_t kKiB = 1024, kMiB = 1024 * kKiB;

struct Simulation {
  std::vector<uint64_t> level0;  // newest first
  uint64_t flushed = 0, merged = 0, largest_merge = 0;
  size_t most_files = 0;
  bool merged_leftover = false;
  uint64_t flushed_when_leftover_merged = 0;

  // One small write's flush (50-160 KB, as a one-article ingest's on a 100k-article store), then
  // the merge it makes.
  void Flush(int k, uint64_t leftover_size) {
    const uint64_t size = (50 + (k * 37) % 111) * kKiB;
    level0.insert(level0.begin(), size);
    flushed += size;
    most_files = std::max(most_files, level0.size());
    const size_t run = Level0MergeRun(level0);
    if (run == 0) return;
    REQUIRE(run >= 2);
    const uint64_t bytes = std::accumulate(level0.begin(), level0.begin() + run, uint64_t{0});
    if (!merged_leftover && std::find(level0.begin(), level0.begin() + run, leftover_size) != level0.begin() + run) {
      merged_leftover = true;
      flushed_when_leftover_merged = flushed;
    }
    merged += bytes;
    largest_merge = std::max(largest_merge, bytes);
    level0.erase(level0.begin(), level0.begin() + run);
    level0.insert(level0.begin(), bytes);
  }
};

}  // namespace

TEST_CASE("level 0: nothing is merged below kMaxLevel0Files, nor a lone newest file", "[store][level0]") {
  CHECK(Level0MergeRun(std::vector<uint64_t>(kMaxLevel0Files - 1, 100 * kKiB)) == 0);
  CHECK(Level0MergeRun(std::vector<uint64_t>(kMaxLevel0Files, 100 * kKiB)) == kMaxLevel0Files);
  // The newest much smaller than the next: it waits for the next flush.
  std::vector<uint64_t> lone = {100 * kKiB, 4 * kMiB, 4 * kMiB, 4 * kMiB, 18 * kMiB, 18 * kMiB, 18 * kMiB, 18 * kMiB};
  CHECK(Level0MergeRun(lone) == 0);
  lone.insert(lone.begin(), 100 * kKiB);
  CHECK(Level0MergeRun(lone) == 2);
  // A file joins the run while it weighs at most twice the newer files together.
  CHECK(Level0MergeRun({1 * kMiB, 2 * kMiB, 6 * kMiB, 20 * kMiB, 30 * kMiB, 30 * kMiB, 30 * kMiB, 30 * kMiB}) == 3);
}

TEST_CASE("level 0: a million one-article ingests' flushes keep it a few files, merged a few times",
          "[store][level0]") {
  // 20,000 flushes (~1.7 GB: about a million one-article ingests), from an empty level 0 and from
  // the leftovers of a bulk ingest (the 100k-article benchmark store's projections: 3 MB and five
  // of 18 MB).
  for (bool leftovers : {false, true}) {
    Simulation sim;
    if (leftovers) sim.level0 = {3 * kMiB, 18 * kMiB, 18 * kMiB, 18 * kMiB, 18 * kMiB, 18 * kMiB};
    const uint64_t before = std::accumulate(sim.level0.begin(), sim.level0.end(), uint64_t{0});
    for (int k = 0; k < 20000; ++k) sim.Flush(k, 18 * kMiB);
    INFO("leftovers " << leftovers << ", merged " << sim.merged << " for " << sim.flushed << " flushed");
    CHECK(sim.most_files <= kMaxLevel0Files + 4);
    // Each byte merged again about log2(1.7 GB / 100 KB) / 2 times, not once per write.
    CHECK(sim.merged <= 10 * (sim.flushed + before));
    // No merge is larger than level 0 itself (the whole store was what the levels' compaction wrote).
    CHECK(sim.largest_merge <= sim.flushed + before);
    if (leftovers) {
      REQUIRE(sim.merged_leftover);
      CHECK(sim.flushed_when_leftover_merged >= 9 * kMiB);  // half the leftover: the ratio 2
    }
  }
}
