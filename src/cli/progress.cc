#include "cli/progress.h"

#include <unistd.h>

#include <fmt/format.h>

namespace dossier::cli {

Progress::Progress(uint64_t total_bytes) : enabled_(isatty(STDERR_FILENO) == 1), total_(total_bytes) {}

void Progress::Update(uint64_t done_bytes, uint64_t items) {
  if (!enabled_ || total_ == 0) return;
  const auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  constexpr int kWidth = 30;
  const double fraction = std::min(1.0, static_cast<double>(done_bytes) / static_cast<double>(total_));
  const int filled = static_cast<int>(fraction * kWidth);
  fmt::print(stderr, "\r[{:=<{}}{: <{}}] {:3.0f}%  {} articles", "", filled, "", kWidth - filled, fraction * 100,
             items);
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::Clear() {
  if (!drawn_) return;
  fmt::print(stderr, "\r\033[K");
  std::fflush(stderr);
  drawn_ = false;
}

}  // namespace dossier::cli
