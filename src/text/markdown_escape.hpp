#pragma once

#include <string>
#include <string_view>

namespace plancheck {

// Return `text` fit for one cell of a Markdown table: pipes escaped, `<` and
// `&` written as entities (no HTML), line breaks turned into spaces.
std::string markdown_cell(std::string_view text);

} // namespace plancheck
