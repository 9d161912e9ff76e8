#include "text/csv_field.hpp"

#include "text/visible_text.hpp"

namespace plancheck {

std::string csv_field(std::string_view raw) {
  std::string text = make_visible(raw, "\t\r\n");
  if (text.find_first_of(",\"\r\n") == std::string::npos) {
    return text;
  }
  std::string out = "\"";
  for (char c : text) {
    out += c;
    if (c == '"') {
      out += '"';
    }
  }
  out += '"';
  return out;
}

std::string csv_text_field(std::string_view text) {
  if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) {
    return csv_field("'" + std::string(text));
  }
  return csv_field(text);
}

} // namespace plancheck
