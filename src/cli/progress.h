// A progress bar on standard error, drawn only when it is a terminal and at most ten times a
// second; silent when output is piped.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace dossier::cli {

class Progress {
 public:
  explicit Progress(uint64_t total_bytes);
  ~Progress() { Clear(); }

  void Update(uint64_t done_bytes, uint64_t items);
  // Erases the bar so that a line can be printed; the next Update draws it again.
  void Clear();

 private:
  bool enabled_;
  bool drawn_ = false;
  uint64_t total_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace dossier::cli
