#include "text/markdown_escape.hpp"

#include "text/visible_text.hpp"

#include <cctype>
#include <string_view>

namespace plancheck {
namespace {

// Whether `text` at `i` starts "www." in any case: GitHub links it without
// brackets (GFM extended autolinks).
bool starts_www(std::string_view text, std::size_t i) {
  if (text.size() - i < 4 || text[i + 3] != '.') {
    return false;
  }
  for (std::size_t k = 0; k < 3; ++k) {
    if (std::tolower(static_cast<unsigned char>(text[i + k])) != 'w') {
      return false;
    }
  }
  return true;
}

// Written after a backslash: no table cell end (|), link or image ([ ]),
// mention or e-mail link (@), and no emphasis, code or strike-through
// (* _ ` ~), which could also close the bold of a memo's lead.
constexpr std::string_view k_escaped = "|\\[]@*_`~";

} // namespace

std::string markdown_cell(std::string_view raw) {
  const std::string text = make_visible(raw, "\t\r\n");
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (k_escaped.find(c) != std::string_view::npos) {
      out += '\\';
      out += c;
    } else if (c == ':' && text.substr(i + 1, 2) == "//") {
      out += "\\:"; // no autolinked URL
    } else if (starts_www(text, i)) {
      out += text.substr(i, 3);
      out += "\\.";
      i += 3;
    } else if (c == '<') {
      out += "&lt;"; // not the start of an HTML tag, comment or autolink
    } else if (c == '&') {
      out += "&amp;";
    } else if (c == '\n' || c == '\r') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

} // namespace plancheck
