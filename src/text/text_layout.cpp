#include "text/text_layout.hpp"

#include "text/utf8.hpp"

namespace plancheck {

std::string pad_right(std::string_view text, std::size_t width) {
  std::string out(text);
  const std::size_t used = display_width(text);
  if (used < width) {
    out.append(width - used, ' ');
  }
  return out;
}

std::string truncate_to(std::string_view text, std::size_t width) {
  if (display_width(text) <= width || width == 0) {
    return std::string(text);
  }
  std::string out;
  std::size_t used = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    decode_utf8(text, i);
    const std::string_view ch = text.substr(start, i - start);
    const std::size_t w = display_width(ch);
    if (used + w > width - 1) {
      break;
    }
    out.append(ch);
    used += w;
  }
  // Keep combining marks with the letter they belong to.
  return out + "…";
}

} // namespace plancheck
