#pragma once

#include "model/message.hpp"
#include "model/rule.hpp"
#include "model/source_pos.hpp"

#include <string>
#include <vector>

namespace plancheck {

// One problem found in the input, located in its file.
struct Diagnostic {
  std::string path;
  SourcePos pos;
  SourcePos end; // just past the offending token, on the same line; 0 when not known
  Severity severity = Severity::error;
  Rule rule{};
  Message message;
  std::string source_line; // the line `pos` points into, for the excerpt
};

using Diagnostics = std::vector<Diagnostic>;

// Sort `diagnostics` by path, then position, then rule, dropping exact repeats.
void sort_diagnostics(Diagnostics& diagnostics);

// Return the number of diagnostics of `severity`.
std::size_t count_severity(const Diagnostics& diagnostics, Severity severity);

// Whether any diagnostic means the input could not be read at all.
bool has_unreadable_input(const Diagnostics& diagnostics);

} // namespace plancheck
