#include "load/encoding_check.hpp"

#include "text/utf8.hpp"

#include <array>
#include <string_view>
#include <utility>

#include <fmt/format.h>

namespace plancheck {
namespace {

// Characters that look like a space but are not one to YAML, with their
// Unicode names, so that a message can say which one was typed.
constexpr std::array<std::pair<char32_t, std::string_view>, 9> k_other_spaces{{
    {0x00A0, "NO-BREAK SPACE"},
    {0x2002, "EN SPACE"},
    {0x2003, "EM SPACE"},
    {0x2007, "FIGURE SPACE"},
    {0x2009, "THIN SPACE"},
    {0x200B, "ZERO WIDTH SPACE"},
    {0x202F, "NARROW NO-BREAK SPACE"},
    {0x3000, "IDEOGRAPHIC SPACE"},
    {0xFEFF, "ZERO WIDTH NO-BREAK SPACE"},
}};

std::string_view other_space_name(char32_t c) {
  for (const auto& [code, name] : k_other_spaces) {
    if (code == c) {
      return name;
    }
  }
  return {};
}

bool is_control(char32_t c) {
  return (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7F ||
         (c >= 0x80 && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF;
}

// State carried from one character to the next.
struct Scan {
  const SourceFile& file;
  Reporter& reporter;
  bool fit = true;
  int line = 1;
  int last_tab_line = 0;
  bool in_indent = true; // only spaces so far on this line
  bool indent_reported = false;
  bool cr_reported = false;

  // Report `rule` at byte `offset`, locating it only when it will be shown.
  void report(std::size_t offset, Rule rule, MsgId id, std::vector<MessageArg> args = {}) {
    fit = false;
    reporter.report(reporter.shows(rule) ? file.position_of_offset(offset) : SourcePos{}, rule, id,
                    std::move(args));
  }
};

void check_character(Scan& scan, std::size_t start, char32_t c) {
  const std::string& bytes = scan.file.bytes();
  if (c == '\n') {
    ++scan.line;
    scan.in_indent = true;
    scan.indent_reported = false;
    return;
  }
  if (c == '\r' && (start + 1 == bytes.size() || bytes[start + 1] != '\n')) {
    // YAML takes a CR alone for a line end, and every line number after it
    // would disagree with what editors show; one report says it all.
    if (!scan.cr_reported) {
      scan.report(start, Rule::yaml_line_end, MsgId::cr_line_end);
      scan.cr_reported = true;
    }
    scan.fit = false;
    return;
  }
  const std::string_view space = other_space_name(c);
  if (scan.in_indent && !space.empty()) {
    if (!scan.indent_reported) {
      scan.report(start, Rule::yaml_indent, MsgId::indent_space,
                  {fmt::format("{:04X}", static_cast<std::uint32_t>(c)), std::string(space)});
      scan.indent_reported = true;
    }
    return;
  }
  scan.in_indent = scan.in_indent && c == ' ';
  if (c == '\t') {
    // One report a line is enough to find them all.
    if (scan.line != scan.last_tab_line) {
      scan.report(start, Rule::yaml_tab, MsgId::tab_char);
      scan.last_tab_line = scan.line;
    }
    scan.fit = false;
    return;
  }
  if (is_control(c)) {
    scan.report(start, Rule::yaml_control_char, MsgId::control_char,
                {fmt::format("{:04X}", static_cast<std::uint32_t>(c))});
  }
}

} // namespace

bool check_encoding(const SourceFile& file, Reporter& reporter) {
  const std::string& bytes = file.bytes();
  // A binary file would otherwise yield an error for every other byte;
  // text never holds a NUL (UTF-16 does, in every other byte).
  if (const std::size_t nul = bytes.find('\0'); nul != std::string::npos) {
    reporter.report(file.position_of_offset(nul), Rule::yaml_binary, MsgId::binary_file);
    return false;
  }
  Scan scan{file, reporter};
  for (std::size_t i = 0; i < bytes.size();) {
    // Printable ASCII other than a space is always fit and ends the
    // indentation; it is nearly every byte, so it skips the full check.
    if (const auto byte = static_cast<unsigned char>(bytes[i]); byte > 0x20U && byte < 0x7FU) {
      scan.in_indent = false;
      ++i;
      continue;
    }
    const std::size_t start = i;
    const std::optional<char32_t> c = decode_utf8(bytes, i);
    if (!c) {
      scan.report(start, Rule::yaml_encoding, MsgId::invalid_utf8,
                  {fmt::format("{:02X}", static_cast<unsigned char>(bytes[start]))});
      scan.in_indent = false;
      continue;
    }
    check_character(scan, start, *c);
  }
  return scan.fit;
}

} // namespace plancheck
