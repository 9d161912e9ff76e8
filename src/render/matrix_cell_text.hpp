#pragma once

#include "check/status_matrix.hpp"
#include "model/lang.hpp"

#include <string>
#include <string_view>

namespace plancheck {

// The words every rendering of a status matrix shares, in one place so that
// the terminal, Markdown and CSV say the same thing.

// The statuses in the order a legend explains them: done, then owed, then not owed.
inline constexpr Status k_legend_order[] = {Status::ok,      Status::late,     Status::incomplete,
                                            Status::overdue, Status::due_soon, Status::pending,
                                            Status::waived,  Status::lapsed};

// Return the one-character mark of a status: "✓", "◐", "✗", "!", "·", "○", "–".
std::string_view status_symbol(Status status);

// Return a cell's mark with its days: "✓", "✓+12", "◐5", "✗173", "!11".
std::string cell_mark(const MatrixCell& cell);

// Return the report a cell cites as "145/BC-STNMT 06/12/2024" (the day in
// `lang`); empty when none came.
std::string cell_report_text(const MatrixCell& cell, Lang lang);

// Return a row's agency as named by `name` (short or full), with the last day
// of an ended body: "Sở TT&TT (đến hết 28/02/2025)".
std::string row_label(const MatrixRow& row, const std::string& name, Lang lang);

// Return the plan's title as tables and headings give it: its short title,
// else its title.
const std::string& plan_table_title(const Plan& plan);

// Return the legend: what each mark means, in `lang`.
std::string matrix_legend(Lang lang);

// Return a column's header: its id (the year heads the column's block).
std::string column_header(const MatrixColumn& column);

// Return a column's line of the key: "II.1.a: its title (30/03/2024)".
std::string column_key(const MatrixColumn& column, Lang lang);

} // namespace plancheck
