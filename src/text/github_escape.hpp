#pragma once

#include <string>
#include <string_view>

namespace plancheck {

// Return `text` escaped for the message part of a GitHub workflow command
// (% CR LF), with the other controls and bidirectional characters shown as
// "<U+XXXX>": GitHub's log viewer interprets ANSI escape sequences.
std::string github_escape_data(std::string_view text);

// Return `text` escaped for a property of a GitHub workflow command
// (% CR LF : ,), controls and bidirectional characters shown as for data.
std::string github_escape_property(std::string_view text);

} // namespace plancheck
