// The HTML matrix: cells coloured and explained, names escaped, agencies linked on the site.

#include "render/matrix_html.hpp"
#include "render/site_pages.hpp"
#include "test_support.hpp"

#include <sstream>

using namespace plancheck;
using namespace plancheck::test;

namespace {

const std::string k_html_plan = plan_text(R"(agencies:
  ubnd: {name: "UBND tỉnh"}
  so-a: {name: "<b>Sở A</b> & \"co\""}
  so-b: {name: "Sở B"}
tasks:
  - {id: T1, title: "Chung", owners: [so-a]}
duties:
  - {id: d1, title: "Báo cáo năm", from: [so-a, so-b], to: [ubnd], due: {every: year, by: {month: 3, day: 1}}}
)",
                                          "2025-01-01", "2025-12-31");

std::string render(const std::vector<StatusMatrix>& matrices, Lang lang) {
  std::ostringstream out;
  render_matrix_html(matrices, lang, out);
  return out.str();
}

} // namespace

TEST_CASE("matrix html: one page, cells coloured with their tooltip, names escaped") {
  Fixture fx(k_html_plan);
  fx.report("a.yaml", report_text("so-a", "2025-02-20",
                                  "duty: d1\nperiod: 2025\ntasks:\n  T1: done\n", "7/BC-SA"));
  const CheckResult result = fx.check(day("2025-05-01"));
  const std::vector<StatusMatrix> matrices = build_status_matrices(result);
  const std::string page = render(matrices, Lang::vi);
  CHECK(page.rfind("<!DOCTYPE html>\n<html lang=\"vi\">", 0) == 0);
  CHECK(page.find("@page { size: A4 landscape") != std::string::npos);
  CHECK(page.find("<script") == std::string::npos);
  CHECK(page.find("&lt;b&gt;Sở A&lt;/b&gt; &amp; &quot;co&quot;") != std::string::npos);
  CHECK(page.find("<b>Sở A") == std::string::npos);
  // Sở A sent on time: green, its report in the cell and in the tooltip.
  CHECK(
      page.find("<td class=\"cell s-ok\" title=\"đúng hạn&#10;Hạn: 01/03/2025&#10;Tệp báo cáo: ") !=
      std::string::npos);
  CHECK(page.find("Số báo cáo: 7/BC-SA&#10;Ngày gửi: 20/02/2025&#10;Ngày hoàn thành: 20/02/2025\">"
                  "✓<small>7/BC-SA 20/02/2025</small></td>") != std::string::npos);
  // Sở B never sent: red, overdue by 61 days.
  CHECK(page.find("<td class=\"cell s-overdue\" title=\"quá hạn&#10;Hạn: 01/03/2025\">✗61</td>") !=
        std::string::npos);
  CHECK(page.find("<a href") == std::string::npos);
}

TEST_CASE("site index: every agency links to its page") {
  Fixture fx(k_html_plan);
  const CheckResult result = fx.check(day("2025-05-01"));
  const std::vector<StatusMatrix> matrices = build_status_matrices(result);
  std::ostringstream index;
  render_site_index(matrices, result, Lang::en, index);
  for (const MatrixRow& row : matrices.front().rows) {
    CAPTURE(row.agency->id.value);
    CHECK(index.str().find("<a href=\"" + agency_page_name(*matrices.front().plan, *row.agency) +
                           "\">") != std::string::npos);
  }
  CHECK(index.str().find("<a href=\"plancheck.xlsx\">") != std::string::npos);
  std::ostringstream page;
  render_agency_page(matrices.front(), matrices.front().rows.front(), Lang::en, page);
  CHECK(page.str().find("<a href=\"index.html\">") != std::string::npos);
}
