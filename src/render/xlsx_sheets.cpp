#include "render/xlsx_sheets.hpp"

#include "model/message.hpp"
#include "render/finding_words.hpp"
#include "render/matrix_cell_text.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <cstdint>
#include <string>

#include <fmt/format.h>

namespace plancheck {
namespace {

using Row = std::uint32_t;
using Col = std::uint16_t;

// Excel widths are in characters of the default font; Vietnamese letters
// with stacked marks take about as much as Latin ones.
double column_width(std::size_t characters, double least, double most) {
  return std::clamp(static_cast<double>(characters) + 2.0, least, most);
}

std::string joined(const std::vector<std::string>& items) {
  return fmt::format("{}", fmt::join(items, "; "));
}

const std::string& title_of(const Obligation& o) {
  return o.kind == ObligationKind::duty ? o.duty->title : o.task->title;
}

// One plan's block of the matrix sheet, from `row`; return the row after it.
Row add_matrix_block(XlsxWorkbook& book, lxw_worksheet* sheet, const StatusMatrix& m, Row row,
                     Lang lang) {
  const std::string& title = plan_table_title(*m.plan);
  book.text(sheet, row++, 0, localize({MsgId::matrix_heading, {title, m.as_of}}, lang));
  const Row years_row = row++;
  const Row ids_row = row++;
  book.text(sheet, years_row, 0, localize({MsgId::matrix_agency, {}}, lang), book.header());
  book.text(sheet, ids_row, 0, "", book.header());
  for (std::size_t c = 0; c < m.columns.size(); ++c) {
    const Col col = static_cast<Col>(c + 1);
    book.text(sheet, years_row, col, std::to_string(m.columns[c].year), book.header());
    book.text(sheet, ids_row, col, column_header(m.columns[c]), book.header());
  }
  for (const MatrixRow& r : m.rows) {
    book.text(sheet, row, 0, (r.depth > 0 ? "    ↳ " : "") + row_label(r, r.agency->name, lang));
    for (std::size_t c = 0; c < m.columns.size(); ++c) {
      const std::optional<MatrixCell>& cell = r.cells[c];
      if (cell) {
        std::string text = cell_mark(*cell);
        if (cell->report) {
          text += "\n" + cell_report_text(*cell, lang);
        }
        book.text(sheet, row, static_cast<Col>(c + 1), text, book.fill(cell->status));
      }
    }
    ++row;
  }
  return row + 1;
}

void add_matrix_rows(XlsxWorkbook& book, lxw_worksheet* sheet,
                     const std::vector<StatusMatrix>& matrices, Lang lang) {
  Row row = 0;
  std::size_t widest_name = 0;
  std::size_t most_columns = 0;
  for (const StatusMatrix& m : matrices) {
    row = add_matrix_block(book, sheet, m, row, lang);
    for (const MatrixRow& r : m.rows) {
      widest_name = std::max(widest_name, display_width(row_label(r, r.agency->name, lang)) +
                                              static_cast<std::size_t>(r.depth) * 6U);
    }
    most_columns = std::max(most_columns, m.columns.size());
  }
  worksheet_set_column(sheet, 0, 0, column_width(widest_name, 20, 70), nullptr);
  if (most_columns > 0) {
    worksheet_set_column(sheet, 1, static_cast<Col>(most_columns), 16, nullptr);
  }
}

// The header of the detail sheet: check --format json's fields, objects flattened.
constexpr const char* k_detail_columns[] = {"plan",
                                            "kind",
                                            "id",
                                            "period",
                                            "agency",
                                            "answerable_by",
                                            "due",
                                            "due_unadjusted",
                                            "due_original",
                                            "status",
                                            "decision_number",
                                            "decision_date",
                                            "decision_path",
                                            "request_number",
                                            "request_requested",
                                            "request_path",
                                            "days",
                                            "submitted",
                                            "fulfilled",
                                            "reports",
                                            "report_numbers",
                                            "missing_tasks",
                                            "path",
                                            "line",
                                            "column",
                                            "agency_name",
                                            "title"};

void add_detail_row(XlsxWorkbook& book, lxw_worksheet* sheet, Row row, const Finding& f) {
  const Obligation& o = f.obligation;
  Col col = 0;
  const auto text = [&](std::string_view value) {
    book.text(sheet, row, col++, value);
  };
  const auto day = [&](const std::optional<Day>& value) {
    if (value) {
      book.day(sheet, row, col, *value);
    }
    ++col;
  };
  const auto number = [&](std::optional<double> value) {
    if (value) {
      book.number(sheet, row, col, *value);
    }
    ++col;
  };
  text(f.plan->id.value);
  text(o.kind == ObligationKind::duty ? "duty" : "task");
  text(o.id());
  number(o.period ? std::optional<double>(*o.period) : std::nullopt);
  text(o.agency->id.value);
  text(f.answerable_by != nullptr ? f.answerable_by->id.value : std::string());
  day(f.due);
  day(f.due_unadjusted);
  day(f.due_original);
  text(status_id(f.status));
  text(f.decision ? f.decision->number : std::string());
  day(f.decision ? std::optional<Day>(f.decision->date) : std::nullopt);
  text(f.decision ? f.decision->path : std::string());
  const RequestOrigin* request =
      o.kind == ObligationKind::duty && o.duty->request ? &*o.duty->request : nullptr;
  text(request != nullptr ? request->number : std::string());
  day(request != nullptr ? std::optional<Day>(request->requested) : std::nullopt);
  text(request != nullptr ? request->path : std::string());
  number(f.days);
  day(f.submitted);
  day(f.fulfilled);
  text(joined(f.reports));
  text(joined(f.report_numbers));
  text(joined(f.missing_tasks));
  text(f.path);
  number(f.pos.line);
  number(f.pos.column);
  text(o.agency->name);
  text(title_of(o));
}

} // namespace

void add_matrix_sheet(XlsxWorkbook& book, const std::vector<StatusMatrix>& matrices, Lang lang) {
  lxw_worksheet* sheet = book.add_sheet(k_sheet_matrix);
  add_matrix_rows(book, sheet, matrices, lang);
  // The first plan's title row scrolls away; its two header rows and the names stay.
  worksheet_freeze_panes(sheet, 3, 1);
}

void add_detail_sheet(XlsxWorkbook& book, const CheckResult& result) {
  lxw_worksheet* sheet = book.add_sheet(k_sheet_detail);
  Col col = 0;
  for (const char* name : k_detail_columns) {
    book.text(sheet, 0, col++, name, book.header());
  }
  Row row = 1;
  for (const Finding& f : result.findings) {
    add_detail_row(book, sheet, row++, f);
  }
  worksheet_freeze_panes(sheet, 1, 0);
  worksheet_set_column(sheet, 0, static_cast<Col>(col - 1), 14, nullptr);
  worksheet_set_column(sheet, static_cast<Col>(col - 2), static_cast<Col>(col - 1), 50, nullptr);
  if (!result.findings.empty()) {
    worksheet_autofilter(sheet, 0, 0, static_cast<Row>(result.findings.size()),
                         static_cast<Col>(col - 1));
  }
}

void add_legend_sheet(XlsxWorkbook& book, const CheckResult& result, Lang lang) {
  lxw_worksheet* sheet = book.add_sheet(k_sheet_legend);
  Row row = 0;
  for (const Plan* plan : result.plans) {
    book.text(sheet, row++, 0, plan->title, book.header());
    if (!plan->number.empty()) {
      book.text(sheet, row++, 0, localize({MsgId::matrix_plan_number, {plan->number}}, lang));
    }
  }
  book.text(sheet, row++, 0, localize({MsgId::matrix_as_of, {result.as_of}}, lang));
  ++row;
  for (const Status status : k_legend_order) {
    book.text(sheet, row, 0, std::string(status_symbol(status)), book.fill(status));
    book.text(sheet, row, 1, status_name(status, lang));
    book.text(sheet, row, 2, status_id(status));
    ++row;
  }
  ++row;
  book.text(sheet, row++, 0, matrix_legend(lang));
  book.text(sheet, row, 0, localize({MsgId::matrix_sheet_detail_note, {}}, lang));
  worksheet_set_column(sheet, 0, 0, 12, nullptr);
  worksheet_set_column(sheet, 1, 2, 24, nullptr);
}

} // namespace plancheck
