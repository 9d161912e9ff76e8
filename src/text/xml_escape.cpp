#include "text/xml_escape.hpp"

namespace plancheck {

std::string xml_escape(std::string_view text) {
  std::string out;
  for (char c : text) {
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
      // Other control characters cannot appear in XML 1.0 at all.
      if (static_cast<unsigned char>(c) >= 0x20 || (c & 0x80) != 0) {
        out += c;
      }
    }
  }
  return out;
}

} // namespace plancheck
