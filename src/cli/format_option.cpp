#include "cli/format_option.hpp"

#include "cli/completion_values.hpp"

#include <CLI/CLI.hpp>

namespace plancheck {
namespace {

// "a, b, c".
std::string join_choices(const std::vector<std::string>& names) {
  std::string list;
  for (const std::string& name : names) {
    list += list.empty() ? "" : ", ";
    list += name;
  }
  return list;
}

} // namespace

std::string either_of(std::vector<std::string> names, Lang lang) {
  if (names.size() < 2) {
    return join_choices(names);
  }
  const std::string last = names.back();
  names.pop_back();
  return localize({MsgId::list_or, {join_choices(names), last}}, lang);
}

std::string help_format_choices(FormatCommand writer, Lang lang) {
  std::vector<std::string> names = format_names(writer);
  for (std::string& name : names) {
    if (format_info(*parse_output_format(name)).shape == FormatShape::file) {
      name += "=PATH";
    }
  }
  return either_of(names, lang);
}

std::string check_format(const std::string& text, FormatCommand writer, Lang lang) {
  const std::size_t eq = text.find('=');
  const auto target = parse_output_target(text);
  if (!target || !accepts(writer, target->format)) {
    return localize({MsgId::not_a_format, {text.substr(0, eq), join_choices(format_names(writer))}},
                    lang);
  }
  if (eq != std::string::npos && target->path.empty()) {
    return localize({MsgId::format_no_file, {text}}, lang);
  }
  if (format_info(target->format).shape == FormatShape::file && is_standard_stream(*target)) {
    return localize({MsgId::format_file_only, {text.substr(0, eq)}}, lang);
  }
  return {};
}

void add_format_option(CLI::App& command, std::vector<std::string>& formats, FormatCommand writer,
                       Lang lang) {
  command
      .add_option("--format", formats,
                  localize({MsgId::help_format, {help_format_choices(writer, lang)}}, lang))
      ->check(
          CLI::Validator(
              [writer, lang](const std::string& text) { return check_format(text, writer, lang); },
              "FORMAT[=PATH]"),
          completion_name(format_names(writer)))
      ->allow_extra_args(false);
}

void add_stream_format_option(CLI::App& command, std::string& format, FormatCommand writer,
                              Lang lang) {
  command
      .add_option(
          "--format", format,
          localize({MsgId::help_stream_format, {either_of(format_names(writer), lang)}}, lang))
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
