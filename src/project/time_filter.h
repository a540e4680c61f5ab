// The two time axes every story view can be asked on.
//
//   --as-of DATE             what the world had said by then: items whose date (when it was said or
//                            happened: a claim's date, a perspective's, a source's publication) is on
//                            or before DATE. Items without a date stay (nothing says they came later),
//                            unless --dated-only.
//   --dated-only             leave out items without a date, with or without --as-of.
//   --known-at POSITION|TIME what the store knew then: events at or before log position POSITION,
//                            or recorded at or before TIME (a UTC datetime ending in Z, or a date:
//                            the end of that day).
//
// Both may be given; an item shows when it passes both.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "dossier/status.h"
#include "project/kept_events.h"

namespace dossier {

class TimeFilter {
 public:
  // From the flags' values (nullopt: not given). Errors name the flag and say what it takes.
  static Result<TimeFilter> Parse(const std::optional<std::string>& as_of, const std::optional<std::string>& known_at,
                                  bool dated_only = false);

  // Whether the store knew `event` at the --known-at point.
  bool Knows(const KeptEvent& event) const;
  bool Knows(uint64_t position, std::string_view recorded_at) const;
  // Whether an item dated `date` (YYYY-MM-DD or a datetime) had been said by the --as-of date; an
  // undated one (nullopt) passes unless --dated-only.
  bool SaidBy(const std::optional<std::string>& date) const;

  const std::optional<std::string>& as_of() const { return as_of_; }
  bool dated_only() const { return dated_only_; }

 private:
  std::optional<std::string> as_of_;            // YYYY-MM-DD
  bool dated_only_ = false;
  std::optional<uint64_t> known_position_;
  std::optional<std::string> known_recorded_at_;  // "YYYY-MM-DDTHH:MM:SS.mmmZ", inclusive
};

}  // namespace dossier
