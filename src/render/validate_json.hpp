#pragma once

#include "model/diagnostic.hpp"

#include <iosfwd>
#include <vector>

namespace plancheck {

// Write what `validate` found as a JSON document (see plancheck(1), OUTPUT
// FORMATS): the files read, every diagnostic with its position and rule, and
// the counts.
void render_validate_json(const Diagnostics& diagnostics, const std::vector<std::string>& files,
                          Lang lang, std::ostream& out);

} // namespace plancheck
