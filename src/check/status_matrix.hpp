#pragma once

#include "check/check.hpp"

#include <optional>
#include <vector>

namespace plancheck {

// One column of a status matrix: one obligation instance, a duty for one
// year or a task with a deadline, of one plan.
struct MatrixColumn {
  ObligationKind kind = ObligationKind::duty;
  const Duty* duty = nullptr; // kind duty
  const Task* task = nullptr; // kind task
  std::optional<int> period;  // a duty's year; none for a one-off
  int year = 0;               // the year it is grouped under: its period, else its deadline's year
  Day due{};                  // the earliest last on-time day among its cells

  const std::string& id() const {
    return kind == ObligationKind::duty ? duty->id.value : task->id.value;
  }
};

// One cell: where one agency stands on one instance. A missing cell means
// the agency does not owe it.
struct MatrixCell {
  const Finding* finding = nullptr; // the finding the cell shows, from the CheckResult
  Status status = Status::ok;
  // The days a reader is told: late or overdue by (> 0), or left before
  // the deadline (due soon); none for a status that has no count.
  std::optional<int> days;
  std::optional<ReportCitation>
      report; // the report that came: the first, or the latest of an incomplete one
};

// One row: an agency, and when it has ended, the agency it is shown under.
struct MatrixRow {
  const Agency* agency = nullptr;
  int depth = 0;                     // 1: an ended body under its successor
  std::optional<Day> ended;          // its last day, when it has ended by the as-of day
  const Agency* successor = nullptr; // who holds its work on the as-of day, when it has ended
  std::vector<std::optional<MatrixCell>> cells; // one per column
};

// The part of a matrix one year shows: its columns, and the rows that owe
// something in them with the agencies those are placed under.
struct MatrixYear {
  int year = 0;
  std::size_t first = 0; // its columns are [first, last)
  std::size_t last = 0;
  std::vector<std::size_t> rows; // indexes into StatusMatrix::rows, in row order
};

// The matrix of one plan: agencies down, instances across, grouped by year.
struct StatusMatrix {
  const Plan* plan = nullptr;
  Day as_of{};
  std::vector<MatrixColumn> columns; // by year, then deadline, duties before tasks, then id
  std::vector<MatrixRow> rows;   // by name (Vietnamese collation), ended bodies under their holder
  std::vector<MatrixYear> years; // one per year of `columns`, ascending
};

// Return the status matrix of each plan of `result`, which must list every
// finding it considered (Listing::all): rows are the agencies that owe
// something, each ended body placed under the agency that holds its work on
// the as-of day; cells point into `result`, which must outlive them.
std::vector<StatusMatrix> build_status_matrices(const CheckResult& result);
std::vector<StatusMatrix> build_status_matrices(const CheckResult&& result) = delete;

// Return the part of `matrix` that `year` shows, or nullptr when it has no column in it.
const MatrixYear* find_year(const StatusMatrix& matrix, int year);

// Return the years a matrix shows when none is chosen: those of the plans'
// periods up to the year of `as_of`, so that years not yet begun, whose
// instances are all still pending, do not crowd the table.
std::vector<int> years_up_to(const std::vector<const Plan*>& plans, Day as_of);

} // namespace plancheck
