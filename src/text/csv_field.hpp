#pragma once

#include <string>
#include <string_view>

namespace plancheck {

// Return `text` as one RFC 4180 field: quoted when it holds a comma, quote,
// CR or LF (quotes doubled), as is otherwise; controls but tab, CR and LF,
// and bidirectional characters, shown as "<U+XXXX>", since a spreadsheet or
// a terminal would act on them.
std::string csv_field(std::string_view text);

} // namespace plancheck
