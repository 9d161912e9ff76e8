#include "text/one_line.hpp"

#include "text/visible_text.hpp"

namespace plancheck {

std::string one_line(std::string_view text) {
  std::string out;
  for (char c : text) {
    out += c == '\n' || c == '\r' || c == '\t' ? ' ' : c;
  }
  return make_visible(out);
}

} // namespace plancheck
