#pragma once

#include "check/status.hpp"
#include "model/lang.hpp"

#include <iosfwd>
#include <string>

namespace plancheck {

// The frame every HTML page plancheck writes shares: one file that needs
// nothing else (its style inline, no script, no external request) and
// prints on A4 landscape with its colours.

// Write the start of a page up to its <body>, titled `title` (escaped here).
void write_html_head(const std::string& title, Lang lang, std::ostream& out);

// Write the end of a page.
void write_html_tail(std::ostream& out);

// Return the class a cell of `status` is coloured by: "s-overdue".
std::string status_class(Status status);

// Write the legend: each mark on its colour with what it means, then the
// legend sentence the other formats write.
void write_html_legend(Lang lang, std::ostream& out);

} // namespace plancheck
