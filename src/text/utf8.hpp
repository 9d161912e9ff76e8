#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace plancheck {

// Decode the code point that starts at `text[i]`, advancing `i` past it.
// Return nullopt (advancing one byte) when the bytes there are not UTF-8:
// overlong forms, surrogates and values past U+10FFFF included.
std::optional<char32_t> decode_utf8(std::string_view text, std::size_t& i);

// Return the number of code points in `text`, counting each invalid byte as one.
std::size_t count_code_points(std::string_view text);

// Return how many terminal columns `text` takes: combining marks take none,
// East Asian wide and fullwidth characters take two.
std::size_t display_width(std::string_view text);

} // namespace plancheck
