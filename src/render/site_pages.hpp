#pragma once

#include "check/check.hpp"
#include "check/status_matrix.hpp"
#include "model/lang.hpp"

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace plancheck {

// The pages of `plancheck site`, each one self-contained HTML file (see
// html_page.hpp) that links the others by relative names, so that the
// folder reads the same from file:// and behind any web server.

// The names of the site's files.
inline constexpr std::string_view k_site_index = "index.html";
inline constexpr std::string_view k_site_workbook = "plancheck.xlsx";

// Return the file name of an agency's page in a plan: "PLAN_AGENCY.html"
// ('_' is in no id, so that no two pages share a name).
std::string agency_page_name(const Plan& plan, const Agency& agency);

// Write the index: for each plan its totals by status and its matrix, each
// agency's name linking to its page, with a link to the workbook and the legend.
void render_site_index(const std::vector<StatusMatrix>& matrices, const CheckResult& result,
                       Lang lang, std::ostream& out);

// Write the page of the agency of `row` in `matrix`: every obligation it
// owes in the matrix, with its deadline, status, days, what it must cover
// and the reports that came, and a link back to the index.
void render_agency_page(const StatusMatrix& matrix, const MatrixRow& row, Lang lang,
                        std::ostream& out);

} // namespace plancheck
