#include "app/path_errors.hpp"

#include <ostream>

namespace plancheck {

void render_path_errors(const std::vector<PathError>& errors, Lang lang, std::ostream& err) {
  for (const PathError& error : errors) {
    err << "plancheck: " << error.path << ": error: " << localize(error.message, lang) << '\n';
  }
}

} // namespace plancheck
