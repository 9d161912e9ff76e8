#pragma once

#include "model/deadline.hpp"
#include "model/lang.hpp"
#include "model/message.hpp"

#include <optional>
#include <string>

namespace plancheck {

// Return a deadline in the plan's own words: "trước 10/12/2025",
// "trong quý I/2024"; in English "before 10/12/2025", "within Q1 2024".
// `year` is the instance's year for yearly deadlines.
std::string deadline_wording(const Deadline& deadline, std::optional<int> year, Lang lang);

} // namespace plancheck
