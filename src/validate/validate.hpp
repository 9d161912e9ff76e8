#pragma once

#include "load/workspace.hpp"

#include <chrono>
#include <cstddef>
#include <optional>

namespace plancheck {

// Apply every rule that spans files to what `ws` holds, adding to its
// diagnostics, and sort them by file and position. Today is `as_of` when
// given, else the day it is at `now` in each plan's zone. Plans are checked
// up to `jobs` at a time; the diagnostics are the same whatever `jobs` is.
void validate_workspace(Workspace& ws, std::optional<Day> as_of,
                        std::chrono::system_clock::time_point now, std::size_t jobs = 1);

} // namespace plancheck
