#include "text/xml_escape.hpp"

#include "text/visible_text.hpp"

namespace plancheck {

std::string xml_escape(std::string_view text) {
  std::string out;
  for (char c : make_visible(text, "\t\n\r")) {
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    case '\'':
      out += "&apos;";
      break;
    case '\n':
      out += "&#10;";
      break;
    case '\r':
      out += "&#13;";
      break;
    case '\t':
      out += "&#9;";
      break;
    default:
      out += c;
    }
  }
  return out;
}

} // namespace plancheck
