#pragma once

#include <string>
#include <string_view>

namespace plancheck {

// Return `bytes` in base64 (RFC 4648), without line breaks.
std::string base64(std::string_view bytes);

// Return `text` fit for an unstructured header such as Subject: as is when
// it is short printable ASCII, else as RFC 2047 encoded words (UTF-8, base64),
// each at most 75 characters, folded onto continuation lines, never
// splitting a character. Tabs and line ends become spaces first, so that no
// data can start a header of its own, and the other controls and
// bidirectional characters visible "<U+XXXX>".
std::string encode_header_text(std::string_view text);

// Return `name` as the display-name phrase of an address header: a quoted
// string when it is short printable ASCII, else encoded words, its
// characters made safe as for encode_header_text; empty for an empty name.
std::string encode_display_name(std::string_view name);

// Return `text` (UTF-8, LF line ends) in quoted-printable (RFC 2045): lines
// of at most 76 characters with soft breaks, "From " at a line start
// encoded so that mbox readers leave it alone.
std::string quoted_printable(std::string_view text);

} // namespace plancheck
