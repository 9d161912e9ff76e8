#pragma once

#include <string>
#include <string_view>

namespace plancheck {

// Return `text` as an iCalendar TEXT value (RFC 5545 3.3.11): backslash,
// semicolon and comma escaped, each line end (LF, CR LF or CR) as "\n", and
// what no reader should see raw (controls but tab, bidirectional controls,
// bytes that are not UTF-8) as visible "<U+XXXX>" text, so that a value can
// never end its line or start a property of its own.
std::string ical_text(std::string_view text);

} // namespace plancheck
