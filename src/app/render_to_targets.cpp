#include "app/render_to_targets.hpp"

#include <sstream>

namespace plancheck {

bool render_to_targets(const std::vector<OutputTarget>& targets, const RenderFormat& render,
                       const OutputOptions& output, WriteStdout write_stdout, std::ostream& out,
                       std::ostream& err) {
  bool written = true;
  for (const OutputTarget& target : targets) {
    const bool to_stdout = is_stdout(target);
    if (to_stdout && write_stdout == WriteStdout::no) {
      continue;
    }
    std::ostringstream text;
    render(target.format, TerminalStyle(output.color && to_stdout), text);
    written = write_output(target, text.str(), out, err, output.lang) && written;
  }
  return written;
}

} // namespace plancheck
