#pragma once

#include <string>
#include <string_view>

namespace plancheck {

// Return `text` as a JSON string literal, quotes included (RFC 8259):
// quote, backslash and control characters escaped, other UTF-8 kept as is.
std::string json_string(std::string_view text);

} // namespace plancheck
