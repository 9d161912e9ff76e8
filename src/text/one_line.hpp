#pragma once

#include <string>
#include <string_view>

namespace plancheck {

// Return `text` on one line: line breaks and tabs in a name or title would
// break a table row or a message's layout, so they become spaces; other
// controls and bidirectional characters become visible "<U+XXXX>".
std::string one_line(std::string_view text);

} // namespace plancheck
