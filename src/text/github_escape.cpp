#include "text/github_escape.hpp"

#include "text/visible_text.hpp"

namespace plancheck {
namespace {

std::string escape(std::string_view text, bool property) {
  std::string out;
  for (char c : make_visible(text, "\t\r\n")) {
    switch (c) {
    case '%':
      out += "%25";
      break;
    case '\r':
      out += "%0D";
      break;
    case '\n':
      out += "%0A";
      break;
    case ':':
      out += property ? "%3A" : ":";
      break;
    case ',':
      out += property ? "%2C" : ",";
      break;
    default:
      out += c;
    }
  }
  return out;
}

} // namespace

std::string github_escape_data(std::string_view text) {
  return escape(text, false);
}

std::string github_escape_property(std::string_view text) {
  return escape(text, true);
}

} // namespace plancheck
