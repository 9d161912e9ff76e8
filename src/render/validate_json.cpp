#include "render/validate_json.hpp"

#include "text/json_string.hpp"

#include <ostream>

namespace plancheck {
namespace {

std::string position(int value) {
  return value == 0 ? "null" : std::to_string(value);
}

} // namespace

void render_validate_json(const Diagnostics& diagnostics, const std::vector<std::string>& files,
                          Lang lang, std::ostream& out) {
  out << "{\n  \"plancheck\": 1,\n  \"files\": [";
  for (std::size_t i = 0; i < files.size(); ++i) {
    out << (i == 0 ? "" : ", ") << json_string(files[i]);
  }
  out << "],\n  \"diagnostics\": [";
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    const Diagnostic& d = diagnostics[i];
    out << (i == 0 ? "\n" : ",\n") << "    {\"path\": " << json_string(d.path)
        << ", \"line\": " << position(d.pos.line) << ", \"column\": " << position(d.pos.column)
        << ", \"end_line\": " << position(d.end.line)
        << ", \"end_column\": " << position(d.end.column)
        << ", \"severity\": " << (d.severity == Severity::error ? "\"error\"" : "\"warning\"")
        << ", \"rule\": " << json_string(rule_id(d.rule))
        << ", \"message\": " << json_string(localize(d.message, lang)) << "}";
  }
  out << (diagnostics.empty() ? "],\n" : "\n  ],\n");
  out << "  \"summary\": {\"files\": " << files.size()
      << ", \"errors\": " << count_severity(diagnostics, Severity::error)
      << ", \"warnings\": " << count_severity(diagnostics, Severity::warning) << "}\n}\n";
}

} // namespace plancheck
