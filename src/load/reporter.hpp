#pragma once

#include "load/source_file.hpp"
#include "model/diagnostic.hpp"

#include <vector>

namespace plancheck {

// Collects the diagnostics of one file, attaching the path and an excerpt of
// the source line. Past max_reports_per_file(rule) reports of one rule, it
// only counts them, in one summary diagnostic, so that no input can make
// the output grow without bound.
class Reporter {
public:
  Reporter(const SourceFile& file, Diagnostics& out);

  // Record a problem of `rule` at `pos`, with the rule's own severity.
  void report(SourcePos pos, Rule rule, MsgId id, std::vector<MessageArg> args = {});

  // Whether a report of `rule` would still be shown; callers skip the work
  // of describing a problem nobody will see.
  bool shows(Rule rule) const;

  const SourceFile& file() const { return *m_file; }

private:
  const SourceFile* m_file;
  Diagnostics* m_out;
  std::vector<std::size_t> m_counts;    // reports of each rule so far
  std::vector<std::size_t> m_summaries; // index in *m_out of each rule's summary, or npos
};

// A source line of at most this many characters is shown whole under a
// diagnostic; a longer one is cut to k_excerpt_width characters around the
// column, so that a megabyte-long line is not printed once per error.
inline constexpr int k_excerpt_whole = 120;
inline constexpr int k_excerpt_width = 100;

// Return the part of line `pos.line` of `file` shown under a diagnostic at
// `pos`, with "…" where the line was cut, and the column of `pos` within it.
std::pair<std::string, int> excerpt(const SourceFile& file, SourcePos pos);

} // namespace plancheck
