// Stopwatch: wall time, and the CPU time of the calling thread (which other processes on a busy
// machine cannot inflate), summed over Start/Stop intervals. For the benchmarks under tools/.
#pragma once

#include <time.h>

#include <chrono>

class Stopwatch {
 public:
  void Start() {
    wall_started_ = std::chrono::steady_clock::now();
    cpu_started_ = ThreadCpuSeconds();
  }
  void Stop() {
    wall_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_started_).count();
    cpu_ += ThreadCpuSeconds() - cpu_started_;
  }
  void Add(const Stopwatch& other) {
    wall_ += other.wall_;
    cpu_ += other.cpu_;
  }
  double wall() const { return wall_; }
  double cpu() const { return cpu_; }

 private:
  static double ThreadCpuSeconds() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec + now.tv_nsec / 1e9;
  }
  std::chrono::steady_clock::time_point wall_started_;
  double cpu_started_ = 0;
  double wall_ = 0;
  double cpu_ = 0;
};

