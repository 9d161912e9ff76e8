#pragma once

#include "app/exit_code.hpp"
#include "model/lang.hpp"

#include <iosfwd>

namespace plancheck {

// Run `plancheck rules`: list every rule id, its severity and what it means,
// as text or (`json`) as a JSON document.
ExitCode run_rules(bool json, Lang lang, std::ostream& out);

} // namespace plancheck
