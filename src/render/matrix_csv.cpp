#include "render/matrix_csv.hpp"

#include "render/matrix_cell_text.hpp"
#include "text/csv_field.hpp"

#include <ostream>

namespace plancheck {

void render_matrix_csv(const std::vector<StatusMatrix>& matrices, std::ostream& out) {
  out << "\xEF\xBB\xBF"
      << "plan,year,kind,id,period,title,agency,agency_name,ended,held_by,status,mark,days,due,"
      << "report_number,report_submitted\r\n";
  for (const StatusMatrix& m : matrices) {
    for (const MatrixRow& row : m.rows) {
      for (std::size_t c = 0; c < m.columns.size(); ++c) {
        const std::optional<MatrixCell>& cell = row.cells[c];
        if (!cell) {
          continue;
        }
        const MatrixColumn& column = m.columns[c];
        const bool duty = column.kind == ObligationKind::duty;
        out << csv_text_field(m.plan->id.value) << ',' << column.year << ','
            << (duty ? "duty" : "task") << ',' << csv_text_field(column.id()) << ','
            << (column.period ? std::to_string(*column.period) : "") << ','
            << csv_text_field(duty ? column.duty->title : column.task->title) << ','
            << csv_text_field(row.agency->id.value) << ',' << csv_text_field(row.agency->name)
            << ',' << (row.ended ? format_iso(*row.ended) : "") << ','
            << (row.successor != nullptr ? csv_text_field(row.successor->id.value) : "") << ','
            << status_id(cell->status) << ',' << cell_mark(*cell) << ','
            << (cell->days ? std::to_string(*cell->days) : "") << ','
            << format_iso(cell->finding->due) << ','
            << (cell->report ? csv_text_field(cell->report->number) : "") << ','
            << (cell->report ? format_iso(cell->report->submitted) : "") << "\r\n";
      }
    }
  }
}

} // namespace plancheck
