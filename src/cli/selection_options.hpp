#pragma once

#include "check/check.hpp"
#include "cli/cli11_fwd.hpp"

#include <string>

namespace plancheck {

// The options `check`, `matrix`, `memo` and `notify` share, defined once so that they mean
// and say the same for both.

// Add `--as-of DATE` to `command`, filling `as_of`; its help is in `lang`.
void add_as_of_option(CLI::App& command, std::string& as_of, Lang lang);

// Add `--within DAYS` (how far ahead "due soon" looks) to `command`,
// filling `within_days`; its help is in `lang`.
void add_within_option(CLI::App& command, int& within_days, Lang lang);

// Add `--agency`, `--duty`, `--task` and `--year` to `command`, filling
// `selection`; their help is in `lang`.
void add_selection_options(CLI::App& command, Selection& selection, Lang lang);

// Add `--jobs N` to `command`, filling `jobs` (left 0 when not given); its
// help is in `lang`. Every command that reads a plan folder takes it.
void add_jobs_option(CLI::App& command, std::size_t& jobs, Lang lang);

// The files to read at once: `jobs` as --jobs gave it, else (0) `cores`.
std::size_t jobs_or_cores(std::size_t jobs, std::size_t cores);

} // namespace plancheck
