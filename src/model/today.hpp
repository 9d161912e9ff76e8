#pragma once

#include "model/calendar.hpp"

#include <chrono>
#include <optional>
#include <string>

namespace plancheck {

// Return the calendar day it is at instant `now` in IANA zone `zone`, or
// nullopt when the zone is unknown. The instant is a parameter: nothing
// below the command line reads the clock.
std::optional<Day> today_in_zone(std::chrono::system_clock::time_point now,
                                 const std::string& zone);

// Return `now` as an RFC 5322 date-time in `zone` ("Sat, 28 Nov 2026
// 07:00:00 +0700"), or nullopt when the zone is unknown.
std::optional<std::string> rfc5322_date(std::chrono::system_clock::time_point now,
                                        const std::string& zone);

// Return the instant at which `day` begins in `zone`.
std::optional<std::chrono::system_clock::time_point> start_of_day(Day day, const std::string& zone);

} // namespace plancheck
