#pragma once

#include "check/check.hpp"
#include "model/diagnostic.hpp"

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace plancheck {

// Write a Markdown summary of `validate` (counts and a table of problems),
// the form GitHub shows on a run's page ($GITHUB_STEP_SUMMARY).
void render_validate_markdown(const Diagnostics& diagnostics, const std::vector<std::string>& files,
                              Lang lang, std::ostream& out);

// Write a Markdown summary of `check`: counts by status and the listed findings.
void render_check_markdown(const CheckResult& result, Lang lang, std::ostream& out);

} // namespace plancheck
