#pragma once

#include <string>
#include <string_view>

namespace plancheck {

// Return `text` as one RFC 4180 field: quoted when it holds a comma, quote,
// CR or LF (quotes doubled), as is otherwise; controls but tab, CR and LF,
// and bidirectional characters, shown as "<U+XXXX>", since a spreadsheet or
// a terminal would act on them.
std::string csv_field(std::string_view text);

// Return `text` as csv_field does, and inert in a spreadsheet: a field that
// starts with = + - @ tab or CR, which a spreadsheet would take for a
// formula, gets a leading apostrophe.
std::string csv_text_field(std::string_view text);

} // namespace plancheck
