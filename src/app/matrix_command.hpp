#pragma once

#include "app/exit_code.hpp"
#include "app/options.hpp"
#include "app/prepared_run.hpp"
#include "app/table_options.hpp"

#include <iosfwd>

namespace plancheck {

// Return what a matrix is laid out from: every selected obligation of `run`
// evaluated as check does and listed, in the years of `options` (none: those
// up to the as-of day's); the run fails on overdue.
CheckResult check_for_matrix(const PreparedRun& run, const TableOptions& options);

// Run `plancheck matrix`: the status matrix of every selected obligation,
// from the findings `check` computes, to `out` or the files `outputs` name;
// invalid input is reported on `err` as `check` reports it. The exit status
// is check's: findings when something is overdue.
ExitCode run_matrix(const TableOptions& options, const OutputOptions& output, std::ostream& out,
                    std::ostream& err);

} // namespace plancheck
