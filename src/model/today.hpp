#pragma once

#include "model/calendar.hpp"

#include <chrono>
#include <optional>
#include <string>

namespace plancheck {

// Return the calendar day it is at instant `now` in IANA zone `zone`, or
// nullopt when the zone is unknown. The instant is a parameter: nothing
// below the command line reads the clock.
std::optional<Day> today_in_zone(std::chrono::system_clock::time_point now, const std::string& zone);

} // namespace plancheck
