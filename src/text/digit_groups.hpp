#pragma once

#include <cstdint>
#include <string>

namespace plancheck {

// Return `number` in decimal with `separator` between groups of three
// digits: (2213, '.') gives "2.213", as Vietnamese writes counts.
std::string digit_groups(std::int64_t number, char separator);

} // namespace plancheck
