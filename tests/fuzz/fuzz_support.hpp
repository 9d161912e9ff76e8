#pragma once

#include "load/reporter.hpp"
#include "load/source_file.hpp"
#include "model/diagnostic.hpp"
#include "render/diagnostic_text.hpp"

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

namespace plancheck::fuzz {

// The fuzzer's bytes as a string.
inline std::string bytes_of(const std::uint8_t* data, std::size_t size) {
  // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): libFuzzer hands out bytes
  return {reinterpret_cast<const char*>(data), size};
}

// Render `diagnostics` as people see them, in both languages and with colour,
// so that every message is formatted with its source line and caret.
inline void render_all(const Diagnostics& diagnostics) {
  std::ostringstream sink;
  render_diagnostics(diagnostics, Lang::en, TerminalStyle(true), sink);
  render_diagnostics(diagnostics, Lang::vi, TerminalStyle(false), sink);
}

} // namespace plancheck::fuzz
