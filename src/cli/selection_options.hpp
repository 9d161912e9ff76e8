#pragma once

#include "check/check.hpp"
#include "cli/cli11_fwd.hpp"

#include <string>

namespace plancheck {

// The options `check` and `notify` share, defined once so that they mean
// and say the same for both.

// Add `--as-of DATE` to `command`, filling `as_of`.
void add_as_of_option(CLI::App& command, std::string& as_of);

// Add `--agency`, `--duty`, `--task` and `--year` to `command`, filling `selection`.
void add_selection_options(CLI::App& command, Selection& selection);

} // namespace plancheck
