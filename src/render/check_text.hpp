#pragma once

#include "check/check.hpp"
#include "render/terminal_style.hpp"

#include <iosfwd>

namespace plancheck {

struct TextOptions {
  Lang lang = Lang::en;
  TerminalStyle style{false};
};

// Write `result` for people: for each plan a section with a header line
// naming it by title and number, its listed findings grouped by status (most
// severe first) in aligned columns, and a line of its counts.
void render_check_text(const CheckResult& result, const TextOptions& options, std::ostream& out);

} // namespace plancheck
