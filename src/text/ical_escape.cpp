#include "text/ical_escape.hpp"

#include "text/visible_text.hpp"

namespace plancheck {

std::string ical_text(std::string_view text) {
  const std::string visible = make_visible(text, "\t\n\r");
  std::string out;
  out.reserve(visible.size());
  for (std::size_t i = 0; i < visible.size(); ++i) {
    const char c = visible[i];
    switch (c) {
    case '\\':
    case ';':
    case ',':
      out += '\\';
      out += c;
      break;
    case '\r':
      // CR LF is one line end, not two.
      if (i + 1 < visible.size() && visible[i + 1] == '\n') {
        ++i;
      }
      out += "\\n";
      break;
    case '\n':
      out += "\\n";
      break;
    default:
      out += c;
    }
  }
  return out;
}

} // namespace plancheck
