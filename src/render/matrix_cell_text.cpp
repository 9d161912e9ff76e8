#include "render/matrix_cell_text.hpp"

#include "model/message.hpp"

namespace plancheck {

std::string_view status_symbol(Status status) {
  switch (status) {
  case Status::ok:
  case Status::late:
    return "✓";
  case Status::incomplete:
    return "◐";
  case Status::overdue:
    return "✗";
  case Status::due_soon:
    return "!";
  case Status::pending:
    return "·";
  case Status::waived:
    return "○";
  case Status::lapsed:
    break;
  }
  return "–";
}

std::string cell_mark(const MatrixCell& cell) {
  std::string mark(status_symbol(cell.status));
  if (cell.days) {
    mark += (cell.status == Status::late ? "+" : "") + std::to_string(*cell.days);
  }
  return mark;
}

std::string cell_report_text(const MatrixCell& cell, Lang lang) {
  if (!cell.report) {
    return {};
  }
  return cell.report->number + " " + format_day(cell.report->submitted, lang);
}

std::string row_label(const MatrixRow& row, const std::string& name, Lang lang) {
  if (!row.ended) {
    return name;
  }
  return name + " (" + localize({MsgId::agency_until, {*row.ended}}, lang) + ")";
}

const std::string& plan_table_title(const Plan& plan) {
  return plan.short_title.empty() ? plan.title : plan.short_title;
}

std::string matrix_legend(Lang lang) {
  std::vector<MessageArg> symbols;
  for (const Status status : k_legend_order) {
    symbols.emplace_back(std::string(status_symbol(status)));
  }
  return localize({MsgId::matrix_legend, symbols}, lang);
}

std::string column_header(const MatrixColumn& column) {
  return column.id();
}

std::string column_key(const MatrixColumn& column, Lang lang) {
  const std::string& title =
      column.kind == ObligationKind::duty ? column.duty->title : column.task->title;
  return localize({MsgId::matrix_column_key, {column_header(column), title, column.due}}, lang);
}

} // namespace plancheck
