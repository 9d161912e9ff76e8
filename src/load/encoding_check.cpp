#include "load/encoding_check.hpp"

#include "text/utf8.hpp"

#include <fmt/format.h>

namespace plancheck {

bool check_encoding(const SourceFile& file, Reporter& reporter) {
  const std::string& bytes = file.bytes();
  bool fit = true;
  int last_tab_line = 0;
  int reported = 0;
  // A binary file would otherwise yield one report per byte; the first few
  // say all there is to say.
  constexpr int k_max_reports = 20;
  for (std::size_t i = 0; i < bytes.size() && reported < k_max_reports;) {
    const std::size_t start = i;
    const std::optional<char32_t> c = decode_utf8(bytes, i);
    if (!c) {
      reporter.report(file.position_of_offset(start), Rule::yaml_encoding, MsgId::invalid_utf8,
                      {fmt::format("{:02X}", static_cast<unsigned char>(bytes[start]))});
      fit = false;
      ++reported;
      continue;
    }
    if (*c == '\t') {
      // One report a line is enough to find them all.
      const SourcePos at = file.position_of_offset(start);
      if (at.line != last_tab_line) {
        reporter.report(at, Rule::yaml_tab, MsgId::tab_char);
        last_tab_line = at.line;
        ++reported;
      }
      fit = false;
      continue;
    }
    const bool control = (*c < 0x20 && *c != '\n' && *c != '\r') || *c == 0x7F ||
                         (*c >= 0x80 && *c <= 0x9F) || *c == 0xFFFE || *c == 0xFFFF;
    if (control) {
      reporter.report(file.position_of_offset(start), Rule::yaml_control_char, MsgId::control_char,
                      {fmt::format("{:04X}", static_cast<std::uint32_t>(*c))});
      fit = false;
      ++reported;
    }
  }
  return fit;
}

} // namespace plancheck
