#pragma once

#include "check/check.hpp"
#include "model/diagnostic.hpp"

#include <iosfwd>

namespace plancheck {

// Write `validate`'s diagnostics as a SARIF 2.1.0 log: the tool's rules with
// their descriptions, and one result per diagnostic located in its file.
void render_validate_sarif(const Diagnostics& diagnostics, Lang lang, std::ostream& out);

// Write `check`'s listed findings as a SARIF 2.1.0 log, one result per
// finding, at the level of its verdict ("error" when it fails the run).
void render_check_sarif(const CheckResult& result, Lang lang, std::ostream& out);

} // namespace plancheck
