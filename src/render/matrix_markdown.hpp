#pragma once

#include "check/status_matrix.hpp"
#include "model/lang.hpp"

#include <iosfwd>
#include <vector>

namespace plancheck {

// Write `matrices` as Markdown (a wiki page, GitHub's step summary): for
// each plan a heading and one table per year (agencies down by full name,
// ended bodies under their holder marked "↳", cells "✓+12 145/BC-STNMT
// 06/12/2024"), the key of the columns, then the legend; every name inert
// (see markdown_cell).
void render_matrix_markdown(const std::vector<StatusMatrix>& matrices, Lang lang,
                            std::ostream& out);

} // namespace plancheck
