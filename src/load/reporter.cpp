#include "load/reporter.hpp"

namespace plancheck {

void Reporter::report(SourcePos pos, Rule rule, MsgId id, std::vector<std::string> args) {
  const Severity severity = all_rules()[static_cast<std::size_t>(rule)].severity;
  m_out->push_back(Diagnostic{m_file->path(), pos, severity, rule, Message{id, std::move(args)},
                              std::string(m_file->line(pos.line))});
}

} // namespace plancheck
