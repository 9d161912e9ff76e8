#pragma once

#include "app/output_target.hpp"
#include "model/calendar.hpp"
#include "model/lang.hpp"
#include "render/line_layout.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace plancheck {

// What every command needs to know about how to talk to the user.
struct OutputOptions {
  Lang lang = Lang::en;
  bool color = false; // already decided from --color, the terminal and NO_COLOR
  // Standard output's width when text on it is laid out for a terminal (it is
  // one, or --width asks for it); none when it is not.
  std::optional<std::size_t> terminal_width;
  // The width text wraps to anywhere else (pipes, files, mail): COLUMNS, else 100.
  std::size_t line_width = k_default_line_width;
};

struct ValidateOptions {
  std::vector<std::string> paths;
  bool strict = false; // warnings fail the run too
  std::vector<OutputTarget> outputs{{OutputFormat::text, {}}};
  std::string step_summary; // a file to append a Markdown summary to, or empty
  std::optional<Day> as_of; // "today" for dates in the future, else the day at `now`
  std::chrono::system_clock::time_point now; // the instant "today" is taken from
  std::size_t jobs = 1;                      // files read and loaded at once
};

} // namespace plancheck
