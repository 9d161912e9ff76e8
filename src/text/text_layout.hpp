#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace plancheck {

// The narrowest line cut_at_word and wrap_words lay text out in: a narrower
// width counts as this many columns, so that a line still holds a word.
inline constexpr std::size_t k_min_line_width = 10;

// Return `text` followed by spaces up to `width` terminal columns.
std::string pad_right(std::string_view text, std::size_t width);

// Return `text` when it fits in `width` terminal columns, else its longest
// start of whole words that fits with "…" after it; when not even the first
// word fits, that word cut between characters (a letter keeps its combining
// marks). Words are separated by spaces.
std::string cut_at_word(std::string_view text, std::size_t width);

// Return `text` as one line when it fits in `width` terminal columns, else
// as lines of whole words, each at most `width` columns, split at runs of
// spaces; a word longer than a line is split between characters (a letter
// keeps its combining marks). No word is left out.
std::vector<std::string> wrap_words(std::string_view text, std::size_t width);

} // namespace plancheck
