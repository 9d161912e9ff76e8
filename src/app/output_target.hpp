#pragma once

#include "app/output_format.hpp"
#include "load/discovery.hpp"
#include "model/lang.hpp"
#include "model/message.hpp"

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plancheck {

// One `--format NAME[=PATH]`: what to write and where (empty path: standard output).
struct OutputTarget {
  OutputFormat format = OutputFormat::text;
  std::string path; // empty or "-": standard output

  friend bool operator==(const OutputTarget&, const OutputTarget&) = default;
};

// Split "junit=out.xml" into format and path; "text" has no path. Nullopt
// when the part before '=' names no format.
std::optional<OutputTarget> parse_output_target(std::string_view text);

// Whether `target` is standard output: no path, "-" or /dev/stdout.
bool is_stdout(const OutputTarget& target);

// Whether `target` is standard output or standard error (/dev/stderr), where
// a binary format (xlsx) must not go.
bool is_standard_stream(const OutputTarget& target);

// Return why `targets` cannot be written together, or nullopt when they can:
// a format that is a document of its own (json, csv, junit, sarif) must be
// alone on standard output ("-", "/dev/stdout" or no path), and no file may
// be named twice, however spelt (out.json, ./out.json, a/../out.json).
std::optional<Message> conflicting_targets(const std::vector<OutputTarget>& targets);

// Return each output file among `targets` and `step_summary` (empty: none)
// that must not be written, and why: one that exists and is not a regular
// file (a folder, FIFO, device or socket; "-", /dev/stdout, /dev/stderr and
// /dev/null are allowed), and one that would land inside the folder of one
// of `plans`.
std::vector<PathError> refused_outputs(const std::vector<OutputTarget>& targets,
                                       const std::string& step_summary,
                                       const std::vector<PlanTarget>& plans);

// Write `content` where `target` says: to `out` (no path, "-", /dev/stdout),
// to `err` (/dev/stderr), nowhere (/dev/null), or to its file through a
// temporary file renamed into place (see TemporaryFile), so that a reader
// never sees half of it.
// Return false, after saying why on `err`, when the file cannot be written.
bool write_output(const OutputTarget& target, const std::string& content, std::ostream& out,
                  std::ostream& err, Lang lang);

// Append `content` to the regular file at `path` (GitHub's step summary),
// creating it if needed, or write it to `out`, `err` or nowhere for
// /dev/stdout, /dev/stderr or /dev/null. Return false, after saying why on
// `err`, when it cannot (a FIFO or another device is refused at once).
bool append_output(const std::string& path, const std::string& content, std::ostream& out,
                   std::ostream& err, Lang lang);

} // namespace plancheck
