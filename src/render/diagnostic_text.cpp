#include "render/diagnostic_text.hpp"

#include "render/count_noun.hpp"
#include "text/terminal_escape.hpp"
#include "text/utf8.hpp"

#include <ostream>

#include <fmt/format.h>

namespace plancheck {
namespace {

// The caret goes under the character at `column`, however wide those before
// it are as shown: a control shown as "<U+001B>" takes eight columns.
std::string caret_padding(std::string_view line, int column) {
  std::string padding;
  std::size_t byte = 0;
  for (int c = 1; c < column && byte < line.size(); ++c) {
    const std::size_t start = byte;
    decode_utf8(line, byte);
    const std::string_view ch = line.substr(start, byte - start);
    padding.append(ch == "\t" ? "\t" : std::string(display_width(terminal_text(ch)), ' '));
  }
  return padding;
}

} // namespace

void render_diagnostics(const Diagnostics& diagnostics, Lang lang, const TerminalStyle& style,
                        std::ostream& out) {
  for (const Diagnostic& d : diagnostics) {
    const bool error = d.severity == Severity::error;
    const std::string path = terminal_text(d.path);
    const std::string where =
        d.pos.line == 0 ? path : fmt::format("{}:{}:{}", path, d.pos.line, d.pos.column);
    out << style.paint(where + ":", Color::bold) << ' '
        << style.paint(error ? "error:" : "warning:", error ? Color::red : Color::magenta) << ' '
        << terminal_text(localize(d.message, lang)) << ' '
        << style.paint(fmt::format("[{}]", rule_id(d.rule)), Color::dim) << '\n';
    if (d.pos.line == 0) {
      continue;
    }
    const std::string number = std::to_string(d.pos.line);
    const std::string gutter(number.size(), ' ');
    out << fmt::format(" {} | {}\n", number, terminal_text(d.source_line));
    out << fmt::format(" {} | {}{}\n", gutter, caret_padding(d.source_line, d.source_column),
                       style.paint("^", Color::green));
  }
}

void render_validate_summary(std::size_t files, std::size_t errors, std::size_t warnings, Lang lang,
                             std::ostream& out) {
  out << fmt::format("{}, {}, {}\n", count_noun(files, Noun::file, lang),
                     count_noun(errors, Noun::error, lang),
                     count_noun(warnings, Noun::warning, lang));
}

} // namespace plancheck
