#pragma once

#include <string>
#include <string_view>

namespace plancheck {

// Return `text` fit for one cell of a Markdown table (GitHub's step summary)
// and inert there: pipes, backslashes, brackets, `@` and the marks of
// emphasis, code and strike-through (* _ ` ~) escaped, `<` and `&`
// written as entities (no HTML, no autolink), "://" and "www." broken so
// that GitHub links nothing, line breaks turned into spaces, and controls
// and bidirectional characters shown as "<U+XXXX>".
std::string markdown_cell(std::string_view text);

} // namespace plancheck
