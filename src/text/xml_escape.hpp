#pragma once

#include <string>
#include <string_view>

namespace plancheck {

// Return `text` escaped for XML 1.0 character data and attribute values:
// markup characters as entities, tab and line ends as character references,
// and what XML 1.0 cannot hold (other C0 controls, U+FFFE, U+FFFF, bytes
// that are not UTF-8) or a reader should not see raw (C1 controls,
// bidirectional controls) as visible "<U+XXXX>" text.
std::string xml_escape(std::string_view text);

} // namespace plancheck
