#include "render/sarif.hpp"

#include "render/finding_words.hpp"
#include "text/json_string.hpp"
#include "text/visible_text.hpp"
#include "version.hpp"

#include <ostream>

#include <fmt/format.h>

namespace plancheck {
namespace {

// The head of the log and the tool's rules, with the index of each rule in
// the order of all_rules() so that results can point at them.
void begin_log(Lang lang, std::ostream& out) {
  out << "{\n"
      << "  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
      << "  \"version\": \"2.1.0\",\n"
      << "  \"runs\": [\n"
      << "    {\n"
      << "      \"tool\": {\n"
      << "        \"driver\": {\n"
      << "          \"name\": \"plancheck\",\n"
      << "          \"version\": " << json_string(k_version) << ",\n"
      << "          \"rules\": [";
  bool first = true;
  for (const RuleInfo& info : all_rules()) {
    const std::string summary(rule_summary(info.rule, lang));
    const std::string_view level = info.severity == Severity::warning ? "warning"
                                   : info.severity == Severity::error ? "error"
                                                                      : "note";
    out << (first ? "\n" : ",\n") << "            {\"id\": " << json_string(info.id)
        << ", \"shortDescription\": {\"text\": " << json_string(summary) << "}"
        << ", \"fullDescription\": {\"text\": " << json_string(summary) << "}"
        << ", \"help\": {\"text\": "
        << json_string(localize({MsgId::sarif_rule_help, {summary}}, lang))
        << "}, \"defaultConfiguration\": {\"level\": \"" << level << "\"}}";
    first = false;
  }
  out << "\n          ]\n        }\n      },\n      \"results\": [";
}

// A path as a SARIF artifact URI (a relative reference, RFC 3986): "/"
// separates segments and every byte outside the unreserved set is
// percent-encoded, so spaces and non-ASCII names stay valid.
std::string artifact_uri(std::string_view path) {
  constexpr std::string_view kept =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/";
  std::string out;
  for (const char c : path) {
    if (kept.find(c) != std::string_view::npos) {
      out += c;
    } else {
      out += fmt::format("%{:02X}", static_cast<unsigned char>(c));
    }
  }
  return out;
}

void end_log(bool any, std::ostream& out) {
  out << (any ? "\n      ]\n" : "]\n") << "    }\n  ]\n}\n";
}

void result(std::ostream& out, bool first, Rule rule, std::string_view level,
            const std::string& message, const std::string& path, SourcePos pos, SourcePos end) {
  out << (first ? "\n" : ",\n") << "        {\"ruleId\": " << json_string(rule_id(rule))
      << ", \"ruleIndex\": " << static_cast<int>(rule) << ", \"level\": \"" << level
      << "\", \"message\": {\"text\": " << json_string(make_visible(message)) << "}"
      << ", \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": "
      << json_string(artifact_uri(path)) << "}";
  if (pos.line != 0) {
    out << ", \"region\": {\"startLine\": " << pos.line << ", \"startColumn\": " << pos.column;
    if (end.line != 0) {
      out << ", \"endLine\": " << end.line << ", \"endColumn\": " << end.column;
    }
    out << "}";
  }
  out << "}}]}";
}

} // namespace

void render_validate_sarif(const Diagnostics& diagnostics, Lang lang, std::ostream& out) {
  begin_log(lang, out);
  bool first = true;
  for (const Diagnostic& d : diagnostics) {
    result(out, first, d.rule, d.severity == Severity::error ? "error" : "warning",
           localize(d.message, lang), d.path, d.pos, d.end);
    first = false;
  }
  end_log(!diagnostics.empty(), out);
}

void render_check_sarif(const CheckResult& checked, Lang lang, std::ostream& out) {
  begin_log(lang, out);
  bool first = true;
  for (const Finding& f : checked.findings) {
    const std::string_view level = f.verdict == Verdict::error     ? "error"
                                   : f.verdict == Verdict::warning ? "warning"
                                                                   : "note";
    const std::string message = finding_summary(f, lang);
    result(out, first, status_rule(f.status), level, message, f.path, f.pos, {});
    first = false;
  }
  end_log(!checked.findings.empty(), out);
}

} // namespace plancheck
