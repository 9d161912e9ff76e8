#include "render/terminal_style.hpp"

#include <fmt/format.h>

namespace plancheck {

std::string TerminalStyle::paint(std::string_view text, Color color) const {
  if (!m_enabled || color == Color::none) {
    return std::string(text);
  }
  std::string_view code;
  switch (color) {
  case Color::red:
    code = "1;31";
    break;
  case Color::yellow:
    code = "33";
    break;
  case Color::green:
    code = "32";
    break;
  case Color::cyan:
    code = "36";
    break;
  case Color::magenta:
    code = "1;35";
    break;
  case Color::bold:
    code = "1";
    break;
  case Color::dim:
    code = "2";
    break;
  case Color::none:
    break;
  }
  return fmt::format("\x1b[{}m{}\x1b[0m", code, text);
}

} // namespace plancheck
