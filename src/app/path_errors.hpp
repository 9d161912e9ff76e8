#pragma once

#include "load/discovery.hpp"
#include "model/lang.hpp"

#include <iosfwd>

namespace plancheck {

// Write each path that led nowhere as "plancheck: PATH: error: MESSAGE".
void render_path_errors(const std::vector<PathError>& errors, Lang lang, std::ostream& err);

} // namespace plancheck
