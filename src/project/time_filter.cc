#include "project/time_filter.h"

#include <cctype>

#include <fmt/format.h>

#include "util/dates.h"

namespace dossier {
namespace {

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// "YYYY-MM-DDTHH:MM:SS[.f…]Z" -> the recorded-at form with milliseconds (fractions cut to three
// digits, missing ones zero), so that it compares as a string with recorded-at times.
std::optional<std::string> UtcDateTimeBound(std::string_view s) {
  if (s.size() < 20 || s.back() != 'Z' || s[10] != 'T' || !IsValidDate(s.substr(0, 10))) return std::nullopt;
  if (!IsValidDateOrDateTime(s)) return std::nullopt;
  std::string_view time = s.substr(11, s.size() - 12);  // HH:MM:SS[.f…]
  if (time.size() < 8 || time[2] != ':' || time[5] != ':') return std::nullopt;
  std::string millis = "000";
  if (time.size() > 8) {
    std::string_view fraction = time.substr(9);
    if (time[8] != '.' || !AllDigits(fraction)) return std::nullopt;
    for (size_t i = 0; i < 3 && i < fraction.size(); ++i) millis[i] = fraction[i];
  }
  return fmt::format("{}T{}.{}Z", s.substr(0, 10), time.substr(0, 8), millis);
}

}  // namespace

Result<TimeFilter> TimeFilter::Parse(const std::optional<std::string>& as_of, const std::optional<std::string>& known_at,
                                     bool dated_only) {
  TimeFilter filter;
  filter.dated_only_ = dated_only;
  if (as_of) {
    if (!IsValidDate(*as_of)) {
      return Status::InvalidInput(fmt::format("--as-of `{}`: expected a date, YYYY-MM-DD", *as_of));
    }
    filter.as_of_ = *as_of;
  }
  if (known_at) {
    const std::string& k = *known_at;
    if (AllDigits(k)) {
      if (k.size() > 19 || std::stoull(k) == 0) {
        return Status::InvalidInput(fmt::format("--known-at `{}`: a log position counts from 1", k));
      }
      filter.known_position_ = std::stoull(k);
    } else if (IsValidDate(k)) {
      filter.known_recorded_at_ = k + "T23:59:59.999Z";
    } else if (std::optional<std::string> bound = UtcDateTimeBound(k)) {
      filter.known_recorded_at_ = *bound;
    } else {
      return Status::InvalidInput(fmt::format(
          "--known-at `{}`: expected a log position (`dossier log` shows them), a date YYYY-MM-DD or a UTC "
          "datetime YYYY-MM-DDTHH:MM:SS[.mmm]Z",
          k));
    }
  }
  return filter;
}

bool TimeFilter::Knows(uint64_t position, std::string_view recorded_at) const {
  if (known_position_ && position > *known_position_) return false;
  if (known_recorded_at_ && recorded_at > *known_recorded_at_) return false;
  return true;
}

bool TimeFilter::Knows(const KeptEvent& event) const { return Knows(event.position, event.recorded_at); }

bool TimeFilter::SaidBy(const std::optional<std::string>& date) const {
  if (!date || date->size() < 10) return !dated_only_;
  return !as_of_ || date->substr(0, 10) <= *as_of_;
}

}  // namespace dossier
