#include "model/today.hpp"

#include <date/tz.h>

namespace plancheck {

std::optional<Day> today_in_zone(std::chrono::system_clock::time_point now, const std::string& zone) {
  try {
    const date::zoned_time<std::chrono::system_clock::duration> zoned{date::locate_zone(zone), now};
    return Day{date::floor<date::days>(zoned.get_local_time()).time_since_epoch()};
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

} // namespace plancheck
