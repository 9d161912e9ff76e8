#pragma once

#include <string>
#include <string_view>

namespace plancheck {

// Return `text` on one line: line breaks and tabs in a name or title would
// break a table row or a message's layout.
std::string one_line(std::string_view text);

} // namespace plancheck
