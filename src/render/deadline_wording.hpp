#pragma once

#include "model/deadline.hpp"
#include "model/lang.hpp"
#include "model/message.hpp"

#include <optional>
#include <string>

namespace plancheck {

// How a deadline names its day: "trước 10/12/2025" (bare, for tables and
// mail) or "trước ngày 10/12/2025" (named, for text people paste).
enum class DayWord { bare, named };

// Return a deadline in the plan's own words: "trước 10/12/2025",
// "trong quý I/2024"; in English "before 10/12/2025", "within Q1 2024".
// `year` is the instance's year for yearly deadlines.
// `words` named says "trước ngày 10/12/2025", as a letter would.
std::string deadline_wording(const Deadline& deadline, std::optional<int> year, Lang lang,
                             DayWord words = DayWord::bare);

} // namespace plancheck
