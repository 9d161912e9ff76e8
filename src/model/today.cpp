#include "model/today.hpp"

#include <date/tz.h>

namespace plancheck {

std::optional<Day> today_in_zone(std::chrono::system_clock::time_point now,
                                 const std::string& zone) {
  try {
    const date::zoned_time<std::chrono::system_clock::duration> zoned{date::locate_zone(zone), now};
    return Day{date::floor<date::days>(zoned.get_local_time()).time_since_epoch()};
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

std::optional<std::string> rfc5322_date(std::chrono::system_clock::time_point now,
                                        const std::string& zone) {
  try {
    const auto seconds = date::floor<std::chrono::seconds>(now);
    const date::zoned_seconds zoned{date::locate_zone(zone), seconds};
    // %z gives +0700; the names of days and months are C-locale English, as RFC 5322 wants.
    return date::format("%a, %d %b %Y %H:%M:%S %z", zoned);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

std::optional<std::chrono::system_clock::time_point> start_of_day(Day day,
                                                                  const std::string& zone) {
  try {
    const date::zoned_seconds zoned{date::locate_zone(zone),
                                    date::local_seconds{day.time_since_epoch()},
                                    date::choose::earliest};
    return zoned.get_sys_time();
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

} // namespace plancheck
