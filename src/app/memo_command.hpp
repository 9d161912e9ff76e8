#pragma once

#include "app/exit_code.hpp"
#include "app/options.hpp"
#include "app/table_options.hpp"

#include <iosfwd>

namespace plancheck {

// Run `plancheck memo`: for each selected year (the as-of day's when none
// is), a paragraph per obligation instance saying who sent it on time, late,
// incomplete or not at all, from the findings `check` computes; invalid
// input is reported on `err` as `check` reports it. The exit status is
// check's: findings when something of those years is overdue.
ExitCode run_memo(const TableOptions& options, const OutputOptions& output, std::ostream& out,
                  std::ostream& err);

} // namespace plancheck
