#pragma once

#include "app/exit_code.hpp"
#include "app/options.hpp"
#include "app/output_format.hpp"

#include <iosfwd>

namespace plancheck {

struct RulesOptions {
  OutputFormat format = OutputFormat::text; // one that FormatCommand::rules accepts
};

// Run `plancheck rules`: list every rule id, its severity and what it means.
ExitCode run_rules(const RulesOptions& options, const OutputOptions& output, std::ostream& out);

} // namespace plancheck
