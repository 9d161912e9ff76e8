#include "app/path_errors.hpp"

#include "app/error_line.hpp"

namespace plancheck {

void render_path_errors(const std::vector<PathError>& errors, Lang lang, std::ostream& err) {
  for (const PathError& error : errors) {
    print_error(err, error.message, lang, ErrorAbout::input, error.path);
  }
}

} // namespace plancheck
