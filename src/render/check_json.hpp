#pragma once

#include "check/check.hpp"

#include <iosfwd>

namespace plancheck {

// Write `result` as the JSON document of plancheck(5), FORMATS section 4.
void render_check_json(const CheckResult& result, std::ostream& out);

} // namespace plancheck
