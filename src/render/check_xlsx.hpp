#pragma once

#include "check/check.hpp"
#include "model/lang.hpp"

#include <iosfwd>

namespace plancheck {

// Write `result` as an Excel workbook: the sheets "Chi tiết" (one row per
// finding) and "Chú giải" (the plans and the legend); see xlsx_sheets.hpp.
void render_check_xlsx(const CheckResult& result, Lang lang, std::ostream& out);

} // namespace plancheck
