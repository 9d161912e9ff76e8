#include "cli/format_option.hpp"

#include <algorithm>

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

std::string check_format(const std::string& text, const std::vector<std::string>& names) {
  const OutputTarget target = parse_output_target(text);
  if (std::find(names.begin(), names.end(), target.format) == names.end()) {
    std::string list;
    for (const std::string& name : names) {
      list += (list.empty() ? "" : ", ") + name;
    }
    return "'" + target.format + "' is not a format (" + list + ")";
  }
  if (text.find('=') != std::string::npos && target.path.empty()) {
    return "'" + text + "' names no file after '='";
  }
  return {};
}

void add_format_option(CLI::App& command, std::vector<std::string>& formats,
                       const std::vector<std::string>& names) {
  command
      .add_option("--format", formats,
                  "Output: " + join_choices(names, " or ") +
                      ", to standard output or to\n"
                      "PATH with FORMAT=PATH, a regular file outside the plan folders; repeatable\n"
                      "(default: text, and github in GitHub Actions)")
      ->check(CLI::Validator([names](const std::string& text) { return check_format(text, names); },
                             "FORMAT[=PATH]"))
      ->allow_extra_args(false);
}

std::vector<OutputTarget> to_output_targets(const std::vector<std::string>& formats,
                                            GetEnv getenv) {
  std::vector<OutputTarget> targets;
  for (const std::string& text : formats) {
    targets.push_back(parse_output_target(text));
  }
  if (targets.empty()) {
    targets.push_back({"text", {}});
    if (in_github_actions(getenv)) {
      targets.push_back({"github", {}});
    }
  }
  return targets;
}

} // namespace plancheck
