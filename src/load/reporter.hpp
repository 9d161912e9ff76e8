#pragma once

#include "load/source_file.hpp"
#include "model/diagnostic.hpp"

namespace plancheck {

// Collects the diagnostics of one file, attaching the path and source line.
class Reporter {
public:
  Reporter(const SourceFile& file, Diagnostics& out) : m_file(&file), m_out(&out) {}

  // Record a problem of `rule` at `pos`, with the rule's own severity.
  void report(SourcePos pos, Rule rule, MsgId id, std::vector<std::string> args = {});

  const SourceFile& file() const { return *m_file; }

private:
  const SourceFile* m_file;
  Diagnostics* m_out;
};

} // namespace plancheck
