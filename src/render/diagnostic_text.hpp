#pragma once

#include "model/diagnostic.hpp"
#include "render/terminal_style.hpp"

#include <iosfwd>

namespace plancheck {

// Write `diagnostics` the way compilers do:
//   path:line:col: error: message [rule]
//     12 |   source line
//        |   ^
void render_diagnostics(const Diagnostics& diagnostics, Lang lang, const TerminalStyle& style,
                        std::ostream& out);

// Write the closing line of `validate`: how many files, errors and warnings.
void render_validate_summary(std::size_t files, std::size_t errors, std::size_t warnings, Lang lang,
                             std::ostream& out);

} // namespace plancheck
