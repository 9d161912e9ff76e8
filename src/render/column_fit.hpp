#pragma once

#include <cstddef>
#include <span>
#include <vector>

namespace plancheck {

// One step of narrowing a table: column `column` may narrow to `to` columns.
struct Narrowing {
  std::size_t column;
  std::size_t to;
};

// Return the widths of a table's columns, from their `natural` widths, so
// that they add up to at most `room`: the steps are taken in order, each
// narrowing its column only as far as the table still needs and never below
// its `to` (nor widening it). When every step is taken and the table is
// still too wide, the widths are returned as the steps left them.
std::vector<std::size_t> fit_columns(std::vector<std::size_t> natural,
                                     std::span<const Narrowing> steps, std::size_t room);

} // namespace plancheck
