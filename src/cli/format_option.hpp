#pragma once

#include "app/output_target.hpp"
#include "cli/cli11_fwd.hpp"
#include "cli/environment.hpp"

#include <string>
#include <vector>

namespace plancheck {

// Add the repeatable `--format FORMAT[=PATH]` option of `validate` and
// `check` to `command`, accepting the formats `writer` writes, filling
// `formats`; its help and complaints are in `lang`.
void add_format_option(CLI::App& command, std::vector<std::string>& formats, FormatCommand writer,
                       Lang lang);

// Return `names` as "a, b or c", in `lang`.
std::string either_of(std::vector<std::string> names, Lang lang);

// Return the formats `writer` writes for --help, as "a, b or c=PATH": a
// format written to a file only is shown with its path.
std::string help_format_choices(FormatCommand writer, Lang lang);

// Return why `text` is not a `--format` value of `writer`, in `lang`, or
// empty when it is one.
std::string check_format(const std::string& text, FormatCommand writer, Lang lang);

// Add the `--format FORMAT` option of a command that writes to standard
// output only, accepting the formats `writer` writes, filling `format`.
void add_stream_format_option(CLI::App& command, std::string& format, FormatCommand writer,
                              Lang lang);

// The outputs `formats` (each accepted by check_format) asks for; without any, text, and GitHub
// annotations too when running in GitHub Actions.
std::vector<OutputTarget> to_output_targets(const std::vector<std::string>& formats, GetEnv getenv);

} // namespace plancheck
