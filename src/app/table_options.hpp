#pragma once

#include "app/options.hpp"
#include "check/check.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace plancheck {

// The options of the commands that lay check's findings out for people,
// `matrix` and `memo`: check's plans, day and selection, every status
// counted, text unless another format is asked for.
struct TableOptions {
  std::vector<std::string> plans;
  std::optional<Day> as_of;                  // else today in the plan's zone
  std::chrono::system_clock::time_point now; // the instant "today" is taken from
  int within_days = k_default_within_days;
  Selection selection; // memo: no year means the as-of day's
  std::vector<OutputTarget> outputs{{OutputFormat::text, {}}};
  std::size_t jobs = 1; // files read and loaded at once
};

} // namespace plancheck
