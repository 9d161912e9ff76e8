#pragma once

#include <string>
#include <string_view>

namespace plancheck {

// Return `text` (a name, a message, a path, a source line) fit to print on a
// terminal: every control character but tab, and every bidirectional
// control, shown as "<U+XXXX>" (a line break too, so that no data can start
// a line of its own), bytes that are not UTF-8 as U+FFFD. The escape
// sequences of TerminalStyle are added after, around whole pieces.
std::string terminal_text(std::string_view text);

} // namespace plancheck
