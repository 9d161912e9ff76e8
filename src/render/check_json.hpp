#pragma once

#include "check/check.hpp"

#include <iosfwd>

namespace plancheck {

// Write `result` as the JSON document of plancheck(5), section JSON OUTPUT.
// Each finding also carries `path`, `line` and `column`: the first matching
// report, or the duty or task in the plan when there is none.
void render_check_json(const CheckResult& result, std::ostream& out);

} // namespace plancheck
