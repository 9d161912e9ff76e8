#pragma once

#include <string>
#include <string_view>

namespace plancheck {

// Return `text` followed by spaces up to `width` terminal columns.
std::string pad_right(std::string_view text, std::size_t width);

// Return `text` cut to at most `width` terminal columns, ending in "…" when cut.
std::string truncate_to(std::string_view text, std::size_t width);

} // namespace plancheck
