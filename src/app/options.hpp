#pragma once

#include "app/output_target.hpp"
#include "model/calendar.hpp"
#include "model/lang.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace plancheck {

// What every command needs to know about how to talk to the user.
struct OutputOptions {
  Lang lang = Lang::en;
  bool color = false; // already decided from --color, the terminal and NO_COLOR
};

struct ValidateOptions {
  std::vector<std::string> paths;
  bool strict = false; // warnings fail the run too
  std::vector<OutputTarget> outputs{{OutputFormat::text, {}}};
  std::string step_summary; // a file to append a Markdown summary to, or empty
  std::optional<Day> as_of; // "today" for dates in the future, else the day at `now`
  std::chrono::system_clock::time_point now; // the instant "today" is taken from
};

} // namespace plancheck
