#include "app/path_errors.hpp"

#include "text/terminal_escape.hpp"

#include <ostream>

namespace plancheck {

void render_path_errors(const std::vector<PathError>& errors, Lang lang, std::ostream& err) {
  for (const PathError& error : errors) {
    err << "plancheck: " << terminal_text(error.path)
        << ": error: " << terminal_text(localize(error.message, lang)) << '\n';
  }
}

} // namespace plancheck
