#include "app/validate_command.hpp"

#include "app/path_errors.hpp"
#include "load/workspace.hpp"
#include "render/diagnostic_text.hpp"
#include "validate/validate.hpp"

#include <ostream>

namespace plancheck {

ExitCode run_validate(const ValidateOptions& options, const OutputOptions& output,
                      std::ostream& out, std::ostream& err) {
  // Find the plans and reports the paths name.
  const Discovery discovery = discover(options.paths, ReportScope::named);
  render_path_errors(discovery.errors, output.lang, err);
  if (!discovery.errors.empty()) {
    return ExitCode::usage;
  }
  // Read and load every file, then apply the rules that span files.
  Workspace ws = load_workspace(discovery.targets);
  validate_workspace(ws);
  // Tell.
  render_diagnostics(ws.diagnostics, output.lang, TerminalStyle(output.color), out);
  const std::size_t errors = count_severity(ws.diagnostics, Severity::error);
  const std::size_t warnings = count_severity(ws.diagnostics, Severity::warning);
  render_validate_summary(ws.file_count, errors, warnings, output.lang, out);
  if (has_unreadable_input(ws.diagnostics)) {
    return ExitCode::usage;
  }
  return errors > 0 || (options.strict && warnings > 0) ? ExitCode::findings : ExitCode::ok;
}

} // namespace plancheck
