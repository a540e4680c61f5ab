// OrderedPool: runs a piece of work on each item on worker threads and hands the items back in the
// order they were pushed, so that a single consumer sees them as a sequential loop would.
// BatchedPool: the same for a stream of items, in batches, with a bounded number in memory.
//
// Memory is the caller's to bound: it pushes only while size() is below its limit, popping first.
// With no worker threads the work runs in Pop, on the caller's thread: the same results, in the
// same order, for debugging and for one core.
//
// Thread-safety: Push, Pop and size are for one thread (the owner); `work` runs on the workers,
// each item on one of them, and must be safe to run on several items at once.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <algorithm>
#include <thread>
#include <utility>
#include <vector>

namespace dossier {

template <typename Item>
class OrderedPool {
 public:
  OrderedPool(unsigned threads, std::function<void(Item&)> work) : work_(std::move(work)) {
    for (unsigned i = 0; i < threads; ++i) workers_.emplace_back([this] { RunWorker(); });
  }
  // Waits for the work in progress; items not popped are dropped, their work not started.
  ~OrderedPool() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stopping_ = true;
    }
    ready_.notify_all();
    for (std::thread& worker : workers_) worker.join();
  }
  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;

  void Push(Item item) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      slots_.push_back(std::make_unique<Slot>(Slot{std::move(item), false}));
    }
    ready_.notify_one();
  }

  // The oldest item pushed and not yet popped, once its work is done. REQUIRES: size() > 0.
  Item Pop() {
    std::unique_lock<std::mutex> lock(mutex_);
    Slot& front = *slots_.front();
    if (workers_.empty()) {
      work_(front.item);
    } else {
      done_.wait(lock, [&front] { return front.done; });
      --taken_;  // a worker took the front before it finished it
    }
    Item item = std::move(front.item);
    slots_.pop_front();
    return item;
  }

  // Items pushed and not yet popped.
  size_t size() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return slots_.size();
  }

 private:
  struct Slot {
    Item item;
    bool done;
  };

  void RunWorker() {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      ready_.wait(lock, [this] { return stopping_ || taken_ < slots_.size(); });
      if (stopping_) return;
      Slot* slot = slots_[taken_++].get();  // stays put: it is popped only once done
      lock.unlock();
      work_(slot->item);
      lock.lock();
      slot->done = true;
      done_.notify_all();
    }
  }

  std::function<void(Item&)> work_;
  mutable std::mutex mutex_;
  std::condition_variable ready_;  // an item to work on, or stopping
  std::condition_variable done_;   // an item's work is done
  std::deque<std::unique_ptr<Slot>> slots_;  // in push order
  size_t taken_ = 0;                         // slots_[0, taken_) were taken by a worker
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

// Worker threads for work spread over the cores: one per core, at most 8 (memory grows with them).
inline unsigned DefaultWorkers() { return std::clamp(std::thread::hardware_concurrency(), 1u, 8u); }

// Collects items into batches of `batch_items` (or `batch_bytes` of their weight), works on each
// batch in an OrderedPool of `workers` threads (0: on the caller's thread) and hands finished
// batches, in order, to `record` on the caller's thread. At most `workers + 1` batches wait or are
// worked on besides the one being collected, so memory holds a few batches, never the stream. The
// first batch holds one item and each next one twice as many, up to `batch_items`: the first items
// are recorded without waiting for a whole batch to be worked on.
template <typename Item>
class BatchedPool {
 public:
  using Batch = std::vector<Item>;
  // `record` returns false to stop: later batches are dropped unrecorded.
  BatchedPool(unsigned workers, size_t batch_items, size_t batch_bytes, std::function<void(Item&)> work,
              std::function<bool(Batch&)> record)
      : workers_(workers), batch_items_(batch_items), batch_bytes_(batch_bytes), record_(std::move(record)),
        pool_(workers, [work = std::move(work)](Batch& batch) {
          for (Item& item : batch) work(item);
        }) {}

  // Adds an item of `bytes` weight. False once `record` has returned false.
  bool Add(Item item, size_t bytes = 0) {
    if (stopped_) return false;
    batch_.push_back(std::move(item));
    bytes_ += bytes;
    if (batch_.size() >= limit_ || bytes_ >= batch_bytes_) CloseBatch();
    return !stopped_;
  }

  // Records every batch left. False if `record` returned false.
  bool Finish() {
    CloseBatch();
    while (!stopped_ && pool_.size() > 0) RecordOldest();
    return !stopped_;
  }

 private:
  void RecordOldest() {
    Batch done = pool_.Pop();
    stopped_ = !record_(done);
  }
  void CloseBatch() {
    if (stopped_ || batch_.empty()) return;
    if (pool_.size() >= workers_ + 1) RecordOldest();
    if (stopped_) return;
    pool_.Push(std::move(batch_));
    batch_.clear();
    bytes_ = 0;
    limit_ = std::min(limit_ * 2, batch_items_);
  }

  unsigned workers_;
  size_t batch_items_, batch_bytes_;
  std::function<bool(Batch&)> record_;
  OrderedPool<Batch> pool_;
  Batch batch_;
  size_t limit_ = 1;  // items in the batch being collected, growing to batch_items_
  size_t bytes_ = 0;
  bool stopped_ = false;
};

}  // namespace dossier
