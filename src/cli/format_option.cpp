#include "cli/format_option.hpp"

#include <CLI/CLI.hpp>

namespace plancheck {
namespace {

// "a, b or c".
std::string join_choices(const std::vector<std::string>& names, std::string_view last) {
  std::string list;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) {
      list += i + 1 == names.size() ? last : ", ";
    }
    list += names[i];
  }
  return list;
}

} // namespace

std::string check_format(const std::string& text, FormatCommand writer) {
  const std::size_t eq = text.find('=');
  const auto target = parse_output_target(text);
  if (!target || !accepts(writer, target->format)) {
    return "'" + text.substr(0, eq) + "' is not a format (" +
           join_choices(format_names(writer), ", ") + ")";
  }
  if (eq != std::string::npos && target->path.empty()) {
    return "'" + text + "' names no file after '='";
  }
  return {};
}

void add_format_option(CLI::App& command, std::vector<std::string>& formats, FormatCommand writer) {
  command
      .add_option("--format", formats,
                  "Output: " + join_choices(format_names(writer), " or ") +
                      ", to standard output or to\n"
                      "PATH with FORMAT=PATH, a regular file outside the plan folders; repeatable\n"
                      "(default: text, and github in GitHub Actions)")
      ->check(
          CLI::Validator([writer](const std::string& text) { return check_format(text, writer); },
                         "FORMAT[=PATH]"))
      ->allow_extra_args(false);
}

void add_stream_format_option(CLI::App& command, std::string& format, FormatCommand writer) {
  command.add_option("--format", format, "Output: " + join_choices(format_names(writer), " or "))
      ->check(CLI::IsMember(format_names(writer)))
      ->capture_default_str();
}

std::vector<OutputTarget> to_output_targets(const std::vector<std::string>& formats,
                                            GetEnv getenv) {
  std::vector<OutputTarget> targets;
  for (const std::string& text : formats) {
    if (const auto target = parse_output_target(text)) {
      targets.push_back(*target);
    }
  }
  if (targets.empty()) {
    targets.push_back({OutputFormat::text, {}});
    if (in_github_actions(getenv)) {
      targets.push_back({OutputFormat::github, {}});
    }
  }
  return targets;
}

} // namespace plancheck
