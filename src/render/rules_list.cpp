#include "render/rules_list.hpp"

#include "text/json_string.hpp"
#include "text/text_layout.hpp"

#include <algorithm>
#include <ostream>

namespace plancheck {

std::string_view severity_name(Severity severity) {
  switch (severity) {
  case Severity::error:
    return "error";
  case Severity::warning:
    return "warning";
  case Severity::finding:
    return "finding";
  }
  return "error";
}

void render_rules_text(Lang lang, std::ostream& out) {
  std::size_t width = 0;
  for (const RuleInfo& info : all_rules()) {
    width = std::max(width, info.id.size());
  }
  for (const RuleInfo& info : all_rules()) {
    out << pad_right(info.id, width) << "  " << pad_right(severity_name(info.severity), 7) << "  "
        << rule_summary(info.rule, lang) << '\n';
  }
}

void render_rules_json(Lang lang, std::ostream& out) {
  out << "{\n  \"plancheck\": 1,\n  \"rules\": [";
  bool first = true;
  for (const RuleInfo& info : all_rules()) {
    out << (first ? "\n" : ",\n") << "    {\"id\": " << json_string(info.id)
        << ", \"severity\": " << json_string(severity_name(info.severity))
        << ", \"description\": " << json_string(rule_summary(info.rule, lang)) << "}";
    first = false;
  }
  out << "\n  ]\n}\n";
}

} // namespace plancheck
