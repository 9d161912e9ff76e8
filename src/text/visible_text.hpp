#pragma once

#include <string>
#include <string_view>

namespace plancheck {

// The characters no output shows as themselves, whatever its kind: they can
// move the cursor, rewrite a terminal or a log, reorder what a reader sees,
// or make a document ill-formed. Each escaper in text/ starts from here.

// Return whether `c` must not reach a reader as itself: a C0 control, DEL, a
// C1 control (U+0080 to U+009F, the 8-bit CSI U+009B and OSC U+009D among
// them), a bidirectional embedding, override or isolate (U+202A to U+202E,
// U+2066 to U+2069), the line and paragraph separators U+2028 and U+2029, or
// the noncharacters U+FFFE and U+FFFF.
bool is_unsafe_char(char32_t c);

// Return the visible stand-in of `c`: "<U+202E>", four to six hex digits.
std::string visible_code_point(char32_t c);

// Return `text` with each unsafe character but the ASCII controls in `kept`
// replaced by its visible stand-in, and each byte that is not UTF-8 by
// U+FFFD, so that the result is valid UTF-8 and shows what it holds.
std::string make_visible(std::string_view text, std::string_view kept = {});

} // namespace plancheck
