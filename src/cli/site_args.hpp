#pragma once

#include "cli/command.hpp"

namespace plancheck {

// Add `site` to `app`, its help in `lang`: matrix's plans, day, selection
// and --jobs, and the folder to write (--output DIR, required).
Command add_site(CLI::App& app, Lang lang);

} // namespace plancheck
