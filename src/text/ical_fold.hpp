#pragma once

#include <string>
#include <string_view>

namespace plancheck {

// The longest a content line may be, in octets, before its line break
// (RFC 5545 3.1).
inline constexpr std::size_t k_ical_line_octets = 75;

// Return the content line `line` (no line end of its own) folded as
// RFC 5545 3.1 says, each physical line at most k_ical_line_octets octets
// and ended by CR LF, a continuation starting with one space; a fold falls
// only between UTF-8 sequences, never inside one.
std::string ical_fold(std::string_view line);

} // namespace plancheck
