// Clock: where "recorded-at" comes from, injected so that tests can fix it.
#pragma once

#include <string>

namespace dossier {

class Clock {
 public:
  virtual ~Clock() = default;
  // The current UTC time as "YYYY-MM-DDTHH:MM:SS.mmmZ".
  virtual std::string NowUtc() = 0;
};

// The system's clock.
class SystemClock final : public Clock {
 public:
  std::string NowUtc() override;
};

// Always the same instant; for tests and for DOSSIER_FIXED_CLOCK.
class FixedClock final : public Clock {
 public:
  explicit FixedClock(std::string utc) : utc_(std::move(utc)) {}
  std::string NowUtc() override { return utc_; }

 private:
  std::string utc_;
};

}  // namespace dossier
