#pragma once

#include "check/check.hpp"

#include <iosfwd>

namespace plancheck {

// Write the listed findings of `result` as CSV (RFC 4180, UTF-8 with a byte
// order mark so that spreadsheet programs read it as UTF-8): a header row,
// then one row per finding with the fields of the JSON output.
void render_check_csv(const CheckResult& result, std::ostream& out);

} // namespace plancheck
