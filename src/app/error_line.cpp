#include "app/error_line.hpp"

#include "text/terminal_escape.hpp"

#include <ostream>

namespace plancheck {

void print_error(std::ostream& err, const Message& message, Lang lang, ErrorAbout about,
                 std::string_view path) {
  err << "plancheck: ";
  if (!path.empty()) {
    err << terminal_text(path) << ": ";
  }
  if (about == ErrorAbout::input) {
    // About input, the message quotes it: shown escaped, like the path.
    err << "error: " << terminal_text(localize(message, lang)) << '\n';
  } else {
    err << localize(message, lang) << '\n';
  }
}

} // namespace plancheck
