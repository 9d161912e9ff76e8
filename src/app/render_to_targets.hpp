#pragma once

#include "app/options.hpp"
#include "app/output_target.hpp"

#include <functional>
#include <iosfwd>
#include <vector>

namespace plancheck {

// Whether standard output is written (`--quiet` with nothing to say skips it).
enum class WriteStdout { yes, no };

// How a command renders one format: `render(format, style, stream)`.
using RenderFormat = std::function<void(OutputFormat, const TerminalStyle&, std::ostream&)>;

// Render into each of `targets` in turn: colored only on standard output,
// and only when `output` says so; files written whole (see write_output).
// Return false, after saying why on `err`, when a file could not be written.
bool render_to_targets(const std::vector<OutputTarget>& targets, const RenderFormat& render,
                       const OutputOptions& output, WriteStdout write_stdout, std::ostream& out,
                       std::ostream& err);

} // namespace plancheck
