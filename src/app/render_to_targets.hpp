#pragma once

#include "app/options.hpp"
#include "app/output_format.hpp"
#include "app/output_target.hpp"

#include <functional>
#include <iosfwd>
#include <vector>

namespace plancheck {

// Whether standard output is written (`--quiet` with nothing to say skips it).
enum class WriteStdout { yes, no };

// How a command renders one format: `render(format, look, stream)`.
using RenderFormat = std::function<void(OutputFormat, const Presentation&, std::ostream&)>;

// Return how text lines fit a target: cut to the terminal's width on standard
// output laid out for a terminal, else wrapped at `output.line_width`.
LineLayout line_layout(const OutputOptions& output, bool to_stdout);

// Render into each of `targets` in turn: colored only on standard output,
// and only when `output` says so, laid out by line_layout; standard output
// written as it is rendered, files written whole (see write_output).
// Return false, after saying why on `err`, when a file could not be written.
bool render_to_targets(const std::vector<OutputTarget>& targets, const RenderFormat& render,
                       const OutputOptions& output, WriteStdout write_stdout, std::ostream& out,
                       std::ostream& err);

} // namespace plancheck
