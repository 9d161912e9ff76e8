#pragma once

#include "check/status_matrix.hpp"
#include "render/check_text.hpp"

#include <iosfwd>
#include <vector>

namespace plancheck {

// Write `matrices` for people: for each plan a heading, then one block per
// year (agencies down by name, those owing nothing that year left out, that year's instances
// across, each cell its mark in the status's color, the report number and, on a line of its own,
// the day it was sent), the key of the columns and the legend. Columns are aligned by display
// width; agency names are cut at a word on a terminal (Overflow::cut) or wrapped elsewhere when a
// block is wider than `options.layout.width`.
void render_matrix_text(const std::vector<StatusMatrix>& matrices, const TextOptions& options,
                        std::ostream& out);

} // namespace plancheck
