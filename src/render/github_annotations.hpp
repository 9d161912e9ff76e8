#pragma once

#include "check/check.hpp"
#include "model/diagnostic.hpp"

#include <iosfwd>
#include <string>
#include <string_view>

namespace plancheck {

// Write diagnostics as GitHub workflow commands
// (`::error file=…,line=…,col=…,title=RULE::message`), grouped per file.
void render_validate_github(const Diagnostics& diagnostics, Lang lang, std::ostream& out);

// Write listed findings as GitHub workflow commands, grouped per plan, at
// the level of each finding's verdict: errors for what makes the run fail,
// warnings for the other overdue, incomplete and late ones, notices for the rest.
void render_check_github(const CheckResult& result, Lang lang, std::ostream& out);

} // namespace plancheck
