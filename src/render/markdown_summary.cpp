#include "render/markdown_summary.hpp"

#include "render/count_noun.hpp"
#include "render/deadline_wording.hpp"
#include "render/finding_words.hpp"
#include "text/markdown_escape.hpp"

#include <ostream>

#include <fmt/format.h>

namespace plancheck {

void render_validate_markdown(const Diagnostics& diagnostics, const std::vector<std::string>& files,
                              Lang lang, std::ostream& out) {
  out << "### plancheck validate\n\n"
      << count_noun(files.size(), Noun::file, lang) << ", "
      << count_noun(count_severity(diagnostics, Severity::error), Noun::error, lang) << ", "
      << count_noun(count_severity(diagnostics, Severity::warning), Noun::warning, lang) << "\n\n";
  if (diagnostics.empty()) {
    return;
  }
  out << localize({MsgId::markdown_validate_columns, {}}, lang) << '\n'
      << "| --- | --- | --- | --- | --- |\n";
  for (const Diagnostic& d : diagnostics) {
    out << "| " << markdown_cell(d.path) << " | "
        << (d.pos.line == 0 ? std::string() : fmt::format("{}:{}", d.pos.line, d.pos.column))
        << " | " << (d.severity == Severity::error ? "error" : "warning") << " | `"
        << rule_id(d.rule) << "` | " << markdown_cell(localize(d.message, lang)) << " |\n";
  }
  out << '\n';
}

void render_check_markdown(const CheckResult& result, Lang lang, std::ostream& out) {
  std::vector<std::string> ids;
  for (const Plan* plan : result.plans) {
    ids.push_back(plan->id.value);
  }
  out << localize(
             {MsgId::markdown_check_title, {fmt::format("{}", fmt::join(ids, ", ")), result.as_of}},
             lang)
      << "\n\n";
  out << "|";
  for (Status s : k_all_statuses) {
    out << ' ' << status_name(s, lang) << " |";
  }
  out << "\n|";
  for (std::size_t i = 0; i < std::size(k_all_statuses); ++i) {
    out << " ---: |";
  }
  out << "\n|";
  for (Status s : k_all_statuses) {
    out << ' ' << result.counts[static_cast<std::size_t>(s)] << " |";
  }
  out << "\n\n";
  if (result.findings.empty()) {
    return;
  }
  out << localize({MsgId::markdown_check_columns, {}}, lang) << '\n'
      << "| --- | --- | --- | --- | --- |\n";
  for (const Finding& f : result.findings) {
    std::string what = what_text(f, lang, 80);
    if (!f.missing_tasks.empty()) {
      what += " (" + missing_text(f, lang) + ")";
    }
    out << "| " << status_name(f.status, lang) << " | " << markdown_cell(owing_text(f, lang))
        << " | " << markdown_cell(what) << " | " << markdown_cell(deadline_text(f, lang)) << " | "
        << markdown_cell(days_text(f, lang)) << " |\n";
  }
  out << '\n';
}

} // namespace plancheck
