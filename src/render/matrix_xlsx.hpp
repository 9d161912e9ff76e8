#pragma once

#include "check/check.hpp"
#include "check/status_matrix.hpp"
#include "model/lang.hpp"

#include <iosfwd>
#include <vector>

namespace plancheck {

// Write `matrices`, laid out from `result`, as an Excel workbook: the sheets
// "Ma trận" (the matrix), "Chi tiết" (one row per finding of `result`) and
// "Chú giải" (the plans and the legend); see xlsx_sheets.hpp.
void render_matrix_xlsx(const std::vector<StatusMatrix>& matrices, const CheckResult& result,
                        Lang lang, std::ostream& out);

} // namespace plancheck
