#include "text/json_string.hpp"

#include "text/utf8.hpp"
#include "text/visible_text.hpp"

#include <fmt/format.h>

namespace plancheck {

std::string json_string(std::string_view text) {
  std::string out = "\"";
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const std::optional<char32_t> c = decode_utf8(text, i);
    if (!c) {
      out += "\\ufffd";
      continue;
    }
    switch (*c) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\r':
      out += "\\r";
      break;
    case '\t':
      out += "\\t";
      break;
    default:
      // Every unsafe character is below U+10000, so one \u escape holds it.
      if (is_unsafe_char(*c)) {
        out += fmt::format("\\u{:04x}", static_cast<std::uint32_t>(*c));
      } else {
        out.append(text.substr(start, i - start));
      }
    }
  }
  out += '"';
  return out;
}

} // namespace plancheck
