#include "text/visible_text.hpp"

#include "text/utf8.hpp"

#include <fmt/format.h>

namespace plancheck {

bool is_unsafe_char(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029 || c == 0xFFFE || c == 0xFFFF;
}

std::string visible_code_point(char32_t c) {
  return fmt::format("<U+{:04X}>", static_cast<std::uint32_t>(c));
}

std::string make_visible(std::string_view text, std::string_view kept) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const std::optional<char32_t> c = decode_utf8(text, i);
    if (!c) {
      out += "\uFFFD";
    } else if (is_unsafe_char(*c) &&
               (*c >= 0x80 || kept.find(static_cast<char>(*c)) == std::string_view::npos)) {
      out += visible_code_point(*c);
    } else {
      out.append(text.substr(start, i - start));
    }
  }
  return out;
}

} // namespace plancheck
