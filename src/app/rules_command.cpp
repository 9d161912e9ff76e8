#include "app/rules_command.hpp"

namespace plancheck {

ExitCode run_rules(const RulesOptions& options, const OutputOptions& output, std::ostream& out) {
  format_info(options.format).rules(output.lang, out);
  return ExitCode::ok;
}

} // namespace plancheck
