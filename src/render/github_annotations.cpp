#include "render/github_annotations.hpp"

#include "render/finding_words.hpp"
#include "text/github_escape.hpp"

#include <ostream>

#include <fmt/format.h>

namespace plancheck {
namespace {

// One workflow command; `pos` and `end` of 0 leave the properties out.
void command(std::ostream& out, std::string_view level, const std::string& path, SourcePos pos,
             SourcePos end, std::string_view title, const std::string& message) {
  out << "::" << level << " file=" << github_escape_property(path);
  if (pos.line != 0) {
    out << ",line=" << pos.line << ",col=" << pos.column;
    if (end.line != 0) {
      out << ",endLine=" << end.line << ",endColumn=" << end.column;
    }
  }
  out << ",title=" << github_escape_property(title) << "::" << github_escape_data(message) << '\n';
}

} // namespace

void render_validate_github(const Diagnostics& diagnostics, Lang lang, std::ostream& out) {
  const std::string* group = nullptr;
  for (const Diagnostic& d : diagnostics) {
    if (group == nullptr || *group != d.path) {
      if (group != nullptr) {
        out << "::endgroup::\n";
      }
      out << "::group::" << github_escape_data(d.path) << '\n';
      group = &d.path;
    }
    command(out, d.severity == Severity::error ? "error" : "warning", d.path, d.pos, d.end,
            rule_id(d.rule), localize(d.message, lang));
  }
  if (group != nullptr) {
    out << "::endgroup::\n";
  }
}

void render_check_github(const CheckResult& result, Lang lang, std::ostream& out) {
  for (const Plan* plan : result.plans) {
    bool opened = false;
    for (const Finding& f : result.findings) {
      if (f.plan != plan) {
        continue;
      }
      if (!opened) {
        out << "::group::" << github_escape_data(plan->id.value) << '\n';
        opened = true;
      }
      const std::string_view level = f.verdict == Verdict::error     ? "error"
                                     : f.verdict == Verdict::warning ? "warning"
                                                                     : "notice";
      const std::string message = finding_summary(f, lang);
      command(out, level, f.path, f.pos, {}, rule_id(status_rule(f.status)), message);
    }
    if (opened) {
      out << "::endgroup::\n";
    }
  }
}

} // namespace plancheck
