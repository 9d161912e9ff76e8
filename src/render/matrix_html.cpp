#include "render/matrix_html.hpp"

#include "model/message.hpp"
#include "render/finding_words.hpp"
#include "render/html_page.hpp"
#include "render/matrix_cell_text.hpp"
#include "text/xml_escape.hpp"

#include <ostream>

namespace plancheck {
namespace {

// What a cell's tooltip says, one fact a line: the status, the deadline in
// force, and what came: the report files, the number, the days sent and fulfilled.
std::string cell_tip(const MatrixCell& cell, Lang lang) {
  const Finding& f = *cell.finding;
  std::string tip(status_name(cell.status, lang));
  tip += "\n" + localize({MsgId::matrix_tip_due, {f.due}}, lang);
  for (const std::string& path : f.reports) {
    tip += "\n" + localize({MsgId::matrix_tip_file, {path}}, lang);
  }
  if (cell.report) {
    tip += "\n" + localize({MsgId::matrix_tip_number, {cell.report->number}}, lang);
    tip += "\n" + localize({MsgId::matrix_tip_submitted, {cell.report->submitted}}, lang);
  }
  if (f.fulfilled) {
    tip += "\n" + localize({MsgId::matrix_tip_fulfilled, {*f.fulfilled}}, lang);
  }
  return tip;
}

void write_agency_cell(const MatrixRow& row, Lang lang, const AgencyHref& href, std::ostream& out) {
  const std::string label = xml_escape(row_label(row, row.agency->name, lang));
  out << "<th class=\"agency" << (row.depth > 0 ? " ended" : "") << "\" scope=\"row\">"
      << (row.depth > 0 ? "↳ " : "");
  const std::string link = href ? href(*row.agency) : std::string();
  if (link.empty()) {
    out << label;
  } else {
    out << "<a href=\"" << xml_escape(link) << "\">" << label << "</a>";
  }
  out << "</th>";
}

void write_table(const StatusMatrix& m, const MatrixYear& part, Lang lang, const AgencyHref& href,
                 std::ostream& out) {
  out << "<table>\n<thead><tr><th scope=\"col\">"
      << xml_escape(localize({MsgId::matrix_agency, {}}, lang)) << "</th>";
  for (std::size_t c = part.first; c < part.last; ++c) {
    out << "<th scope=\"col\" title=\"" << xml_escape(column_key(m.columns[c], lang)) << "\">"
        << xml_escape(column_header(m.columns[c])) << "</th>";
  }
  out << "</tr></thead>\n<tbody>\n";
  for (const std::size_t r : part.rows) {
    const MatrixRow& row = m.rows[r];
    out << "<tr>";
    write_agency_cell(row, lang, href, out);
    for (std::size_t c = part.first; c < part.last; ++c) {
      const std::optional<MatrixCell>& cell = row.cells[c];
      if (!cell) {
        out << "<td></td>";
        continue;
      }
      out << "<td class=\"cell " << status_class(cell->status) << "\" title=\""
          << xml_escape(cell_tip(*cell, lang)) << "\">" << xml_escape(cell_mark(*cell));
      if (cell->report) {
        out << "<small>" << xml_escape(cell_report_text(*cell, lang)) << "</small>";
      }
      out << "</td>";
    }
    out << "</tr>\n";
  }
  out << "</tbody>\n</table>\n";
}

} // namespace

void write_matrix_html(const StatusMatrix& m, Lang lang, const AgencyHref& href,
                       std::ostream& out) {
  out << "<section>\n<h2>"
      << xml_escape(localize({MsgId::matrix_heading, {plan_table_title(*m.plan), m.as_of}}, lang))
      << "</h2>\n";
  if (m.columns.empty()) {
    out << "<p>" << xml_escape(localize({MsgId::matrix_empty, {}}, lang)) << "</p>\n</section>\n";
    return;
  }
  for (const MatrixYear& part : m.years) {
    out << "<h3>" << xml_escape(localize({MsgId::matrix_year, {part.year}}, lang)) << "</h3>\n";
    write_table(m, part, lang, href, out);
  }
  out << "<h3>" << xml_escape(localize({MsgId::matrix_columns, {}}, lang))
      << "</h3>\n<ul class=\"keys\">\n";
  for (const MatrixColumn& column : m.columns) {
    out << "<li>" << xml_escape(column_key(column, lang)) << "</li>\n";
  }
  out << "</ul>\n</section>\n";
}

void render_matrix_html(const std::vector<StatusMatrix>& matrices, Lang lang, std::ostream& out) {
  const std::string title =
      matrices.size() == 1 ? plan_table_title(*matrices.front().plan) : std::string("plancheck");
  write_html_head(title, lang, out);
  out << "<h1>" << xml_escape(title) << "</h1>\n";
  if (!matrices.empty()) {
    out << "<p class=\"meta\">"
        << xml_escape(localize({MsgId::matrix_as_of, {matrices.front().as_of}}, lang)) << "</p>\n";
  }
  for (const StatusMatrix& m : matrices) {
    write_matrix_html(m, lang, {}, out);
  }
  write_html_legend(lang, out);
  write_html_tail(out);
}

} // namespace plancheck
