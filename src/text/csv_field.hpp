#pragma once

#include <string>
#include <string_view>

namespace plancheck {

// Return `text` as one RFC 4180 field: quoted when it holds a comma, quote,
// CR or LF (quotes doubled), as is otherwise.
std::string csv_field(std::string_view text);

} // namespace plancheck
