#pragma once

#include "check/status_matrix.hpp"

#include <iosfwd>
#include <vector>

namespace plancheck {

// Write `matrices` as CSV for pivot tables (RFC 4180, UTF-8 with a byte
// order mark, CRLF): a header row, then one row per agency and instance it
// owes, in matrix order; blank cells (not owed) have no row. Text fields are
// inert in a spreadsheet (see csv_text_field); days are ISO dates.
void render_matrix_csv(const std::vector<StatusMatrix>& matrices, std::ostream& out);

} // namespace plancheck
