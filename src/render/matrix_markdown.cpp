#include "render/matrix_markdown.hpp"

#include "model/message.hpp"
#include "render/matrix_cell_text.hpp"
#include "text/markdown_escape.hpp"

#include <ostream>

namespace plancheck {
namespace {

// One year's table.
void write_table(const StatusMatrix& m, const MatrixYear& part, Lang lang, std::ostream& out) {
  const std::size_t first = part.first;
  const std::size_t last = part.last;
  out << "| " << markdown_cell(localize({MsgId::matrix_agency, {}}, lang)) << " |";
  for (std::size_t c = first; c < last; ++c) {
    out << ' ' << markdown_cell(column_header(m.columns[c])) << " |";
  }
  out << "\n| --- |";
  for (std::size_t c = first; c < last; ++c) {
    out << " :-: |";
  }
  out << '\n';
  for (const std::size_t r : part.rows) {
    const MatrixRow& row = m.rows[r];
    out << "| " << (row.depth > 0 ? "↳ " : "")
        << markdown_cell(row_label(row, row.agency->name, lang)) << " |";
    for (std::size_t c = first; c < last; ++c) {
      const std::optional<MatrixCell>& cell = row.cells[c];
      std::string text = cell ? cell_mark(*cell) : std::string();
      if (cell && cell->report) {
        text += " " + cell_report_text(*cell, lang);
      }
      out << ' ' << markdown_cell(text) << " |";
    }
    out << '\n';
  }
}

} // namespace

void render_matrix_markdown(const std::vector<StatusMatrix>& matrices, Lang lang,
                            std::ostream& out) {
  for (const StatusMatrix& m : matrices) {
    const std::string& title = plan_table_title(*m.plan);
    out << "## " << markdown_cell(localize({MsgId::matrix_heading, {title, m.as_of}}, lang))
        << "\n\n";
    if (m.columns.empty()) {
      out << markdown_cell(localize({MsgId::matrix_empty, {}}, lang)) << "\n\n";
      continue;
    }
    for (const MatrixYear& part : m.years) {
      out << "### " << localize({MsgId::matrix_year, {part.year}}, lang) << "\n\n";
      write_table(m, part, lang, out);
      out << '\n';
    }
    out << localize({MsgId::matrix_columns, {}}, lang) << ":\n\n";
    for (const MatrixColumn& column : m.columns) {
      out << "- " << markdown_cell(column_key(column, lang)) << '\n';
    }
    out << '\n';
  }
  out << markdown_cell(matrix_legend(lang)) << '\n';
}

} // namespace plancheck
