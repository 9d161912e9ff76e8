#pragma once

#include "model/lang.hpp"

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plancheck {

// One `--format NAME[=PATH]`: what to write and where (empty path: standard output).
struct OutputTarget {
  std::string format;
  std::string path;

  friend bool operator==(const OutputTarget&, const OutputTarget&) = default;
};

// Split "junit=out.xml" into format and path; "text" has no path.
OutputTarget parse_output_target(std::string_view text);

// Return why `targets` cannot be written together, or nullopt when they can:
// a format that is a document of its own (json, csv, junit, sarif) must be
// alone on standard output, and no file may be named twice.
std::optional<std::string> conflicting_targets(const std::vector<OutputTarget>& targets);

// Write `content` where `target` says: to `out`, or to its file through a
// temporary file renamed into place, so that a reader never sees half of it
// (a device or pipe named as the file is written directly).
// Return false, after saying why on `err`, when the file cannot be written.
bool write_output(const OutputTarget& target, const std::string& content, std::ostream& out,
                  std::ostream& err, Lang lang);

// Append `content` to the file at `path` (GitHub's step summary). Return
// false, after saying why on `err`, when it cannot.
bool append_output(const std::string& path, const std::string& content, std::ostream& err,
                   Lang lang);

} // namespace plancheck
