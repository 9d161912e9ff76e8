#pragma once

#include "model/rule.hpp"

#include <iosfwd>
#include <string_view>

namespace plancheck {

// Return "error", "warning" or "finding".
std::string_view severity_name(Severity severity);

// Write every rule as an aligned table: id, severity, description.
void render_rules_text(Lang lang, std::ostream& out);

// Write every rule as JSON: {"plancheck": 1, "rules": [{id, severity, description}]}.
void render_rules_json(Lang lang, std::ostream& out);

} // namespace plancheck
