#pragma once

namespace plancheck {

// What the process tells its caller; see EXIT STATUS in plancheck(1).
enum class ExitCode {
  ok = 0,       // nothing to report
  findings = 1, // findings (check) or invalid files (validate)
  usage = 2,    // a usage error, or input that cannot be checked
};

} // namespace plancheck
