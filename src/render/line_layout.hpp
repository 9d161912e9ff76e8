#pragma once

#include <cstddef>

namespace plancheck {

// The width text is laid out to when nothing tells it: neither a terminal nor COLUMNS.
inline constexpr std::size_t k_default_line_width = 100;

// What happens to a title too long for its column: on a terminal it is cut at
// a word with "…", so that a row stays one line; in mail, pipes and files
// nothing is lost, and it wraps onto lines of its own under its column.
enum class Overflow { cut, wrap };

// How the lines of a text output fit where they are written.
struct LineLayout {
  Overflow overflow = Overflow::wrap;
  std::size_t width = k_default_line_width; // terminal columns
};

} // namespace plancheck
