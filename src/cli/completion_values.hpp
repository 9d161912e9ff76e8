#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace CLI { // NOLINT(readability-identifier-naming): CLI11's name, not ours
class Option;
} // namespace CLI

namespace plancheck {

// The values an option takes, as the shell completions offer them, read
// from the option itself: the set of a CLI11 IsMember check, or the name
// given to a check of our own (which --help never shows), so that the
// completions cannot drift from what the command accepts.

// The validator name that says an option takes one of `values`.
std::string completion_name(const std::vector<std::string>& values);

// The validator name that says an option takes one of the comma-separated `values`.
std::string completion_name(std::string_view values);

// The values `option` takes, in the order its check lists them; empty when
// any text goes (a path, a date, an id).
std::vector<std::string> enumerated_values(CLI::Option& option);

} // namespace plancheck
