#include "render/site_pages.hpp"

#include "model/message.hpp"
#include "render/finding_details.hpp"
#include "render/finding_words.hpp"
#include "render/html_page.hpp"
#include "render/matrix_cell_text.hpp"
#include "render/matrix_html.hpp"
#include "text/xml_escape.hpp"

#include <algorithm>
#include <limits>
#include <ostream>

#include <fmt/format.h>

namespace plancheck {
namespace {

void write_totals(const std::array<std::size_t, k_status_count>& counts, Lang lang,
                  std::ostream& out) {
  out << "<table>\n<tbody>\n";
  for (const Status status : k_all_statuses) {
    const std::size_t count = counts[static_cast<std::size_t>(status)];
    if (count == 0) {
      continue;
    }
    out << "<tr><th class=\"agency " << status_class(status) << "\" scope=\"row\">"
        << status_symbol(status) << ' ' << xml_escape(status_name(status, lang))
        << "</th><td class=\"num\">" << count << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n";
}

std::size_t plan_index(const CheckResult& result, const Plan* plan) {
  return static_cast<std::size_t>(std::find(result.plans.begin(), result.plans.end(), plan) -
                                  result.plans.begin());
}

void write_finding_row(const MatrixCell& cell, Lang lang, std::ostream& out) {
  const Finding& f = *cell.finding;
  const std::string what = what_text(f, lang, std::numeric_limits<std::size_t>::max());
  out << "<tr><td>" << xml_escape(what) << "</td><td>" << xml_escape(deadline_text(f, lang))
      << "</td><td class=\"cell " << status_class(f.status) << "\">" << xml_escape(cell_mark(cell))
      << "<small>" << xml_escape(status_name(f.status, lang)) << "</small></td><td>"
      << xml_escape(row_days_text(f, lang)) << "</td><td>" << xml_escape(details_text(f, lang))
      << "</td><td>" << xml_escape(fmt::format("{}", fmt::join(f.report_numbers, ", ")))
      << "</td></tr>\n";
}

} // namespace

std::string agency_page_name(const Plan& plan, const Agency& agency) {
  return plan.id.value + "_" + agency.id.value + ".html";
}

void render_site_index(const std::vector<StatusMatrix>& matrices, const CheckResult& result,
                       Lang lang, std::ostream& out) {
  const std::string title = localize({MsgId::site_index_title, {result.as_of}}, lang);
  write_html_head(title, lang, out);
  out << "<h1>" << xml_escape(title) << "</h1>\n<nav><a href=\"" << k_site_workbook << "\">"
      << xml_escape(localize({MsgId::site_workbook_link, {}}, lang)) << "</a></nav>\n";
  for (const StatusMatrix& m : matrices) {
    out << "<h2>" << xml_escape(m.plan->title) << "</h2>\n";
    if (!m.plan->number.empty()) {
      out << "<p class=\"meta\">"
          << xml_escape(localize({MsgId::matrix_plan_number, {m.plan->number}}, lang)) << "</p>\n";
    }
    const std::size_t i = plan_index(result, m.plan);
    if (i < result.plan_counts.size()) {
      out << "<h3>" << xml_escape(localize({MsgId::matrix_totals, {}}, lang)) << "</h3>\n";
      write_totals(result.plan_counts[i], lang, out);
    }
    const Plan& plan = *m.plan;
    write_matrix_html(
        m, lang, [&plan](const Agency& agency) { return agency_page_name(plan, agency); }, out);
  }
  write_html_legend(lang, out);
  write_html_tail(out);
}

void render_agency_page(const StatusMatrix& m, const MatrixRow& row, Lang lang, std::ostream& out) {
  const std::string name = row_label(row, row.agency->name, lang);
  const std::string title = localize({MsgId::site_agency_heading, {name}}, lang);
  write_html_head(title, lang, out);
  out << "<nav><a href=\"" << k_site_index << "\">← "
      << xml_escape(localize({MsgId::site_back, {}}, lang)) << "</a></nav>\n<h1>"
      << xml_escape(title) << "</h1>\n<p class=\"meta\">"
      << xml_escape(
             localize({MsgId::site_agency_plan, {plan_table_title(*m.plan), m.as_of}}, lang));
  if (row.successor != nullptr) {
    out << "<br>" << xml_escape(localize({MsgId::memo_now_held_by, {row.successor->name}}, lang));
  }
  out << "</p>\n";
  bool any = false;
  for (const MatrixYear& part : m.years) {
    const auto owed =
        std::find_if(row.cells.begin() + static_cast<std::ptrdiff_t>(part.first),
                     row.cells.begin() + static_cast<std::ptrdiff_t>(part.last),
                     [](const std::optional<MatrixCell>& cell) { return cell.has_value(); });
    if (owed == row.cells.begin() + static_cast<std::ptrdiff_t>(part.last)) {
      continue;
    }
    any = true;
    out << "<h2>" << xml_escape(localize({MsgId::matrix_year, {part.year}}, lang)) << "</h2>\n";
    out << "<table>\n<thead><tr>";
    for (const MsgId column :
         {MsgId::site_col_what, MsgId::site_col_deadline, MsgId::site_col_status,
          MsgId::site_col_days, MsgId::site_col_details, MsgId::site_col_reports}) {
      out << "<th scope=\"col\">" << xml_escape(localize({column, {}}, lang)) << "</th>";
    }
    out << "</tr></thead>\n<tbody>\n";
    for (std::size_t c = part.first; c < part.last; ++c) {
      if (row.cells[c]) {
        write_finding_row(*row.cells[c], lang, out);
      }
    }
    out << "</tbody>\n</table>\n";
  }
  if (!any) {
    out << "<p>" << xml_escape(localize({MsgId::site_nothing_owed, {}}, lang)) << "</p>\n";
  }
  write_html_legend(lang, out);
  write_html_tail(out);
}

} // namespace plancheck
