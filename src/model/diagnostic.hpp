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
  std::string source_line; // the line `pos` points into, cut to a window around the column
  int source_column = 0;   // the column of `pos` within `source_line`
  std::size_t omitted = 0; // not 0: this stands for that many more of `rule` in `path`, not shown
};

using Diagnostics = std::vector<Diagnostic>;

// Most diagnostics of one rule shown for one file; the rest are counted in
// one more diagnostic (with `omitted`), unless summarise_repeats says not to.
std::size_t max_reports_per_file(Rule rule);

// Whether the diagnostics of `rule` past the limit are counted and said, or
// dropped (every anchor is the same mistake; the first one says it all).
bool summarise_repeats(Rule rule);

// Sort `diagnostics` by path, then position, then rule, dropping exact
// repeats and folding those past max_reports_per_file into one per rule,
// placed after the last one shown.
void sort_diagnostics(Diagnostics& diagnostics);

// Return the number of problems of `severity`, counting those not shown.
std::size_t count_severity(const Diagnostics& diagnostics, Severity severity);

// Whether any diagnostic means the input could not be read at all.
bool has_unreadable_input(const Diagnostics& diagnostics);

} // namespace plancheck
