#pragma once

#include "app/output_target.hpp"
#include "cli/cli11_fwd.hpp"
#include "cli/environment.hpp"

#include <string>
#include <vector>

namespace plancheck {

// Add the repeatable `--format FORMAT[=PATH]` option of `validate` and
// `check` to `command`, accepting the formats `names`, filling `formats`.
void add_format_option(CLI::App& command, std::vector<std::string>& formats,
                       const std::vector<std::string>& names);

// Return why `text` is not a `--format` value among `names`, or empty when it is one.
std::string check_format(const std::string& text, const std::vector<std::string>& names);

// The outputs `formats` asks for; without any, text, and GitHub annotations
// too when running in GitHub Actions.
std::vector<OutputTarget> to_output_targets(const std::vector<std::string>& formats, GetEnv getenv);

} // namespace plancheck
