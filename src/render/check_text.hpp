#pragma once

#include "check/check.hpp"
#include "render/line_layout.hpp"
#include "render/terminal_style.hpp"

#include <iosfwd>

namespace plancheck {

struct TextOptions {
  Lang lang = Lang::en;
  TerminalStyle style{false};
  LineLayout layout{};
};

// Write `result` for people: for each plan a section with a header line
// naming it by title and number, its listed findings grouped by status (most
// severe first) in aligned columns, and a line of its counts. Lines fit
// `options.layout.width` where they can: the columns narrow, wrapping
// onto lines of their own, and a title too long for its column is cut at a
// word on a terminal (Overflow::cut) and wraps anywhere else.
void render_check_text(const CheckResult& result, const TextOptions& options, std::ostream& out);

} // namespace plancheck
