#pragma once

#include <string>
#include <string_view>

namespace plancheck {

// Return `text` escaped for XML character data and attribute values.
std::string xml_escape(std::string_view text);

} // namespace plancheck
