#pragma once

#include <string>
#include <string_view>

namespace plancheck {

// Return `text` as a JSON string literal, quotes included (RFC 8259):
// quote, backslash and control characters escaped, and the other unsafe
// characters (DEL, C1 and bidirectional controls, U+2028, U+2029, U+FFFE,
// U+FFFF) written as \u escapes too, so that the data stays exact for a
// parser while the file shows nothing raw; bytes that are not UTF-8 become
// U+FFFD, other UTF-8 is kept as is.
std::string json_string(std::string_view text);

} // namespace plancheck
