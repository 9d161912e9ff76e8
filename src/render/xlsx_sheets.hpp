#pragma once

#include "check/check.hpp"
#include "check/status_matrix.hpp"
#include "model/lang.hpp"
#include "render/xlsx_workbook.hpp"

#include <vector>

namespace plancheck {

// The sheets of plancheck's workbooks. Their names are the same in either
// language, so that a formula or a macro that names them works for all.
inline constexpr const char* k_sheet_matrix = "Ma trận";
inline constexpr const char* k_sheet_detail = "Chi tiết";
inline constexpr const char* k_sheet_legend = "Chú giải";

// Add the sheet "Ma trận": for each plan, its title, then agencies down and
// obligation instances across under their year (two frozen header rows and
// the frozen name column), each cell its mark and report on its status's fill.
void add_matrix_sheet(XlsxWorkbook& book, const std::vector<StatusMatrix>& matrices, Lang lang);

// Add the sheet "Chi tiết": one row per finding of `result` with every field
// check --format json gives it (under the same names; an object's fields as
// "decision_number", a list's items joined by "; "), then the agency's name
// and the title; days as Excel dates.
void add_detail_sheet(XlsxWorkbook& book, const CheckResult& result);

// Add the sheet "Chú giải": each plan's title and number, the as-of day,
// and what each mark and fill means.
void add_legend_sheet(XlsxWorkbook& book, const CheckResult& result, Lang lang);

} // namespace plancheck
