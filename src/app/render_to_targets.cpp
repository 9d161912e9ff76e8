#include "app/render_to_targets.hpp"

#include <sstream>

namespace plancheck {

LineLayout line_layout(const OutputOptions& output, bool to_stdout) {
  if (to_stdout && output.terminal_width) {
    return {Overflow::cut, *output.terminal_width};
  }
  return {Overflow::wrap, output.line_width};
}

bool render_to_targets(const std::vector<OutputTarget>& targets, const RenderFormat& render,
                       const OutputOptions& output, WriteStdout write_stdout, std::ostream& out,
                       std::ostream& err) {
  bool written = true;
  for (const OutputTarget& target : targets) {
    const bool to_stdout = is_stdout(target);
    if (to_stdout && write_stdout == WriteStdout::no) {
      continue;
    }
    const Presentation look{TerminalStyle(output.color && to_stdout),
                            line_layout(output, to_stdout)};
    if (to_stdout) {
      // Straight out: a long listing is never held whole in memory, and
      // standard output keeps its first write error for the end of the run.
      render(target.format, look, out);
      continue;
    }
    std::ostringstream text;
    render(target.format, look, text);
    written = write_output(target, text.str(), out, err, output.lang) && written;
  }
  return written;
}

} // namespace plancheck
