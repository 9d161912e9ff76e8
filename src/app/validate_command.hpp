#pragma once

#include "app/exit_code.hpp"
#include "app/options.hpp"

#include <iosfwd>

namespace plancheck {

// Run `plancheck validate`: diagnostics and the summary go to `out`,
// problems with the paths themselves to `err`.
ExitCode run_validate(const ValidateOptions& options, const OutputOptions& output,
                      std::ostream& out, std::ostream& err);

} // namespace plancheck
