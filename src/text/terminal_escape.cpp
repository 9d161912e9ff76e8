#include "text/terminal_escape.hpp"

#include "text/visible_text.hpp"

namespace plancheck {

std::string terminal_text(std::string_view text) {
  return make_visible(text, "\t");
}

} // namespace plancheck
