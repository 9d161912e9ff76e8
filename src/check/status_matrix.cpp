#include "check/status_matrix.hpp"

#include "model/succession.hpp"
#include "text/vietnamese_collation.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace plancheck {
namespace {

using ColumnKey = std::tuple<ObligationKind, std::string, std::optional<int>>;

ColumnKey column_key(const Obligation& o) {
  return {o.kind, o.id(), o.period};
}

// The days a cell tells, by its status (see MatrixCell::days).
std::optional<int> cell_days(const Finding& f) {
  switch (f.status) {
  case Status::late:
  case Status::overdue:
    return f.days;
  case Status::incomplete:
    return f.days > 0 ? std::optional<int>(f.days) : std::nullopt;
  case Status::due_soon:
    return -f.days;
  case Status::pending:
  case Status::waived:
  case Status::lapsed:
  case Status::ok:
    break;
  }
  return std::nullopt;
}

// The report a cell cites: an incomplete instance's latest, else the first that came.
std::optional<ReportCitation> cell_report(const Finding& f) {
  if (f.status == Status::incomplete && f.latest_report) {
    return f.latest_report;
  }
  if (!f.submitted) {
    return std::nullopt;
  }
  const auto it = std::find(f.reports.begin(), f.reports.end(), f.path);
  if (it == f.reports.end()) {
    return std::nullopt;
  }
  const auto index = static_cast<std::size_t>(it - f.reports.begin());
  return ReportCitation{f.report_numbers.at(index), *f.submitted};
}

// The columns of `findings`, in matrix order, and where each key went.
std::vector<MatrixColumn> columns_of(const std::vector<const Finding*>& findings,
                                     std::map<ColumnKey, std::size_t>& index) {
  std::map<ColumnKey, MatrixColumn> by_key;
  for (const Finding* f : findings) {
    const Obligation& o = f->obligation;
    const auto [it, added] = by_key.try_emplace(column_key(o));
    MatrixColumn& column = it->second;
    if (added) {
      column = {o.kind, o.duty, o.task, o.period, o.period.value_or(year_of(o.due_unadjusted)),
                f->due};
    }
    column.due = std::min(column.due, f->due);
  }
  std::vector<MatrixColumn> columns;
  for (const auto& [key, column] : by_key) {
    columns.push_back(column);
  }
  std::sort(columns.begin(), columns.end(), [](const MatrixColumn& a, const MatrixColumn& b) {
    return std::tie(a.year, a.due, a.kind, a.id()) < std::tie(b.year, b.due, b.kind, b.id());
  });
  for (std::size_t i = 0; i < columns.size(); ++i) {
    index[{columns[i].kind, columns[i].id(), columns[i].period}] = i;
  }
  return columns;
}

// The rows of the agencies that owe `findings`: top-level agencies by name,
// each followed by the ended bodies whose work it holds on `as_of`, by name.
std::vector<MatrixRow> rows_of(const Plan& plan, const std::vector<const Finding*>& findings,
                               Day as_of) {
  std::map<const Agency*, const Agency*> parent; // ended body -> holder; top level -> nullptr
  for (const Finding* f : findings) {
    const Agency* agency = f->obligation.agency;
    const bool ended = agency->until && agency->until->value < as_of;
    const Agency* holder = ended ? holder_on(plan, *agency, as_of) : nullptr;
    parent[agency] = holder == agency ? nullptr : holder;
    if (parent[agency] != nullptr) {
      parent.try_emplace(parent[agency], nullptr);
    }
  }
  std::vector<std::pair<std::string, const Agency*>> keyed;
  for (const auto& [agency, holder] : parent) {
    keyed.emplace_back(vietnamese_sort_key(agency->name), agency);
  }
  std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
    return std::tie(a.first, a.second->id.value) < std::tie(b.first, b.second->id.value);
  });
  std::vector<MatrixRow> rows;
  const auto row_of = [&](const Agency* agency, int depth) {
    MatrixRow row{agency, depth, std::nullopt, nullptr, {}};
    if (agency->until && agency->until->value < as_of) {
      row.ended = agency->until->value;
      row.successor = holder_on(plan, *agency, as_of);
    }
    return row;
  };
  for (const auto& [key, agency] : keyed) {
    if (parent[agency] != nullptr) {
      continue;
    }
    rows.push_back(row_of(agency, 0));
    for (const auto& [child_key, child] : keyed) {
      if (parent[child] == agency) {
        rows.push_back(row_of(child, 1));
      }
    }
  }
  return rows;
}

// The part of `m` that `year`, whose columns are [first, last), shows.
MatrixYear year_of_matrix(const StatusMatrix& m, int year, std::size_t first, std::size_t last) {
  MatrixYear part{year, first, last, {}};
  const auto owes = [&](const MatrixRow& row) {
    return std::any_of(row.cells.begin() + static_cast<std::ptrdiff_t>(first),
                       row.cells.begin() + static_cast<std::ptrdiff_t>(last),
                       [](const auto& cell) { return cell.has_value(); });
  };
  for (std::size_t r = 0; r < m.rows.size(); ++r) {
    if (m.rows[r].depth > 0) {
      continue;
    }
    std::size_t end = r + 1;
    while (end < m.rows.size() && m.rows[end].depth > 0) {
      ++end;
    }
    // A holder shows when it or one of the bodies under it owes something.
    std::vector<std::size_t> shown;
    for (std::size_t child = r + 1; child < end; ++child) {
      if (owes(m.rows[child])) {
        shown.push_back(child);
      }
    }
    if (owes(m.rows[r]) || !shown.empty()) {
      part.rows.push_back(r);
      part.rows.insert(part.rows.end(), shown.begin(), shown.end());
    }
  }
  return part;
}

StatusMatrix matrix_of(const Plan& plan, const std::vector<const Finding*>& findings, Day as_of) {
  StatusMatrix matrix{&plan, as_of, {}, {}, {}};
  std::map<ColumnKey, std::size_t> column_index;
  matrix.columns = columns_of(findings, column_index);
  matrix.rows = rows_of(plan, findings, as_of);
  std::map<const Agency*, std::size_t> row_index;
  for (std::size_t i = 0; i < matrix.rows.size(); ++i) {
    matrix.rows[i].cells.resize(matrix.columns.size());
    row_index[matrix.rows[i].agency] = i;
  }
  for (const Finding* f : findings) {
    const std::size_t row = row_index.at(f->obligation.agency);
    const std::size_t column = column_index.at(column_key(f->obligation));
    matrix.rows[row].cells[column] = MatrixCell{f, f->status, cell_days(*f), cell_report(*f)};
  }
  for (std::size_t first = 0; first < matrix.columns.size();) {
    const int year = matrix.columns[first].year;
    std::size_t last = first;
    while (last < matrix.columns.size() && matrix.columns[last].year == year) {
      ++last;
    }
    matrix.years.push_back(year_of_matrix(matrix, year, first, last));
    first = last;
  }
  return matrix;
}

} // namespace

std::vector<StatusMatrix> build_status_matrices(const CheckResult& result) {
  std::vector<StatusMatrix> matrices;
  for (const Plan* plan : result.plans) {
    std::vector<const Finding*> findings;
    for (const Finding& f : result.findings) {
      if (f.plan == plan) {
        findings.push_back(&f);
      }
    }
    matrices.push_back(matrix_of(*plan, findings, result.as_of));
  }
  return matrices;
}

const MatrixYear* find_year(const StatusMatrix& matrix, int year) {
  const auto it = std::find_if(matrix.years.begin(), matrix.years.end(),
                               [&](const MatrixYear& y) { return y.year == year; });
  return it == matrix.years.end() ? nullptr : &*it;
}

std::vector<int> years_up_to(const std::vector<const Plan*>& plans, Day as_of) {
  const int last = year_of(as_of);
  int first = last;
  for (const Plan* plan : plans) {
    first = std::min(first, year_of(plan->period_from.value));
  }
  std::vector<int> years;
  for (int year = first; year <= last; ++year) {
    years.push_back(year);
  }
  return years;
}

} // namespace plancheck
