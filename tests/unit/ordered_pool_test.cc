#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <thread>

#include "util/ordered_pool.h"

using namespace dossier;

namespace {

// Squares an item, the early ones slowest, so that later items finish first on the workers.
void SlowSquare(std::pair<int, int>& item) {
  std::this_thread::sleep_for(std::chrono::milliseconds(item.first < 4 ? 20 : 0));
  item.second = item.first * item.first;
}

}  // namespace

TEST_CASE("an ordered pool hands items back in the order pushed, their work done", "[ordered_pool]") {
  for (unsigned threads : {0u, 1u, 3u}) {
    OrderedPool<std::pair<int, int>> pool(threads, SlowSquare);
    std::vector<int> seen;
    for (int i = 0; i < 12; ++i) {
      if (pool.size() >= 4) seen.push_back(pool.Pop().second);
      pool.Push({i, -1});
      REQUIRE(pool.size() <= 4);
    }
    while (pool.size() > 0) seen.push_back(pool.Pop().second);
    std::vector<int> squares;
    for (int i = 0; i < 12; ++i) squares.push_back(i * i);
    REQUIRE(seen == squares);
  }
}

TEST_CASE("an ordered pool works on several items at once", "[ordered_pool]") {
  std::atomic<int> running{0}, most{0};
  OrderedPool<int> pool(2, [&](int&) {
    int now = ++running;
    for (int seen = most.load(); now > seen && !most.compare_exchange_weak(seen, now);) {
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(30));
    --running;
  });
  for (int i = 0; i < 4; ++i) pool.Push(i);
  while (pool.size() > 0) pool.Pop();
  REQUIRE(most.load() == 2);
}

TEST_CASE("an ordered pool dropped with items pending stops without working on them all", "[ordered_pool]") {
  std::atomic<int> worked{0};
  {
    OrderedPool<int> pool(1, [&](int&) {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
      ++worked;
    });
    for (int i = 0; i < 50; ++i) pool.Push(i);
  }
  REQUIRE(worked.load() < 50);
}

TEST_CASE("a batched pool records every item once, in order, in batches growing to the size asked", "[ordered_pool]") {
  for (unsigned workers : {0u, 2u}) {
    std::vector<int> recorded;
    std::vector<size_t> sizes;
    BatchedPool<std::pair<int, int>> pool(workers, 4, 100, SlowSquare, [&](std::vector<std::pair<int, int>>& batch) {
      sizes.push_back(batch.size());
      for (const auto& item : batch) recorded.push_back(item.second);
      return true;
    });
    for (int i = 0; i < 14; ++i) REQUIRE(pool.Add({i, -1}, i == 5 ? 100 : 1));  // item 5 fills a batch by weight
    REQUIRE(pool.Finish());
    std::vector<int> squares;
    for (int i = 0; i < 14; ++i) squares.push_back(i * i);
    REQUIRE(recorded == squares);
    REQUIRE(sizes == std::vector<size_t>{1, 2, 3, 4, 4});
  }
}

TEST_CASE("a batched pool stops at the batch its recorder refuses", "[ordered_pool]") {
  int batches = 0;
  BatchedPool<std::pair<int, int>> pool(2, 2, 100, SlowSquare, [&](std::vector<std::pair<int, int>>&) {
    ++batches;
    return batches < 2;
  });
  bool more = true;
  int added = 0;
  while (more && added < 40) {
    more = pool.Add({added, -1}, 1);
    ++added;
  }
  REQUIRE_FALSE(more);
  REQUIRE_FALSE(pool.Finish());
  REQUIRE(batches == 2);
  REQUIRE(added < 40);
}
