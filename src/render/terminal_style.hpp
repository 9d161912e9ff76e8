#pragma once

#include <string>
#include <string_view>

namespace plancheck {

enum class Color { none, red, yellow, green, cyan, magenta, bold, dim };

// Wraps text in ANSI escape codes when color is on, and passes it through
// unchanged when it is off, so that pipes and files never see escapes.
class TerminalStyle {
public:
  explicit TerminalStyle(bool enabled) : m_enabled(enabled) {}

  // Return `text` in `color` (itself when color is off).
  std::string paint(std::string_view text, Color color) const;

private:
  bool m_enabled;
};

} // namespace plancheck
