#pragma once

#include "check/check.hpp"
#include "model/diagnostic.hpp"

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace plancheck {

// Write `validate`'s result as JUnit XML: one testsuite per file read, one
// failing testcase per diagnostic (a passing one for a file without any).
void render_validate_junit(const Diagnostics& diagnostics, const std::vector<std::string>& files,
                           Lang lang, std::ostream& out);

// Write `check`'s listed findings as JUnit XML: one testsuite per plan, one
// testcase per obligation, failing when its verdict fails the run.
void render_check_junit(const CheckResult& result, Lang lang, std::ostream& out);

} // namespace plancheck
