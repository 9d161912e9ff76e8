#include "cli/cli.hpp"

#include "app/check_command.hpp"
#include "app/rules_command.hpp"
#include "app/validate_command.hpp"
#include "cli/environment.hpp"
#include "model/message.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <unistd.h>

#ifndef PLANCHECK_VERSION
#define PLANCHECK_VERSION "0"
#endif

namespace plancheck {
namespace {

const char* system_getenv(const char* name) { return std::getenv(name); }

// CLI11's messages are English; say what kind of mistake it was in the
// user's language and keep CLI11's detail.
int usage_error(const CLI::ParseError& e, Lang lang) {
  std::cerr << "plancheck: " << localize({MsgId::usage_error, {e.what()}}, lang) << '\n'
            << localize({MsgId::usage_hint, {}}, lang) << '\n';
  return static_cast<int>(ExitCode::usage);
}

std::string join_statuses() {
  std::string names;
  for (Status s : k_all_statuses) {
    names += names.empty() ? "" : ",";
    names += status_id(s);
  }
  return names;
}

// A date option: YYYY-MM-DD or DD/MM/YYYY.
std::string check_date(const std::string& text) {
  return parse_date(text).day ? std::string() : "'" + text + "' is not a date (YYYY-MM-DD or DD/MM/YYYY)";
}

// A comma-separated list of statuses.
std::string check_statuses(const std::string& text) {
  std::string_view rest = text;
  while (!rest.empty()) {
    const std::size_t comma = rest.find(',');
    const std::string_view name = rest.substr(0, comma);
    if (!parse_status(name)) {
      return "'" + std::string(name) + "' is not a status (" + join_statuses() + ")";
    }
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
  }
  return {};
}

// A --format value: NAME or NAME=PATH, NAME among `names`.
CLI::Validator format_validator(std::vector<std::string> names) {
  return CLI::Validator(
      [names](std::string& text) -> std::string {
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
      },
      "FORMAT[=PATH]");
}

// The outputs asked for; without --format, text, and GitHub annotations too
// when running in GitHub Actions.
std::vector<OutputTarget> output_targets(const std::vector<std::string>& formats) {
  std::vector<OutputTarget> targets;
  for (const std::string& text : formats) {
    targets.push_back(parse_output_target(text));
  }
  if (targets.empty()) {
    targets.push_back({"text", {}});
    const char* actions = std::getenv("GITHUB_ACTIONS");
    if (actions != nullptr && std::string_view(actions) == "true") {
      targets.push_back({"github", {}});
    }
  }
  return targets;
}

std::string step_summary_path() {
  const char* path = std::getenv("GITHUB_STEP_SUMMARY");
  return path == nullptr ? std::string() : std::string(path);
}

// CLI11 takes an unknown word for a missing command; name it instead.
std::optional<std::string> unknown_command(int argc, char** argv,
                                           const std::vector<std::string_view>& commands) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--lang" || arg == "--color") {
      ++i; // its value
      continue;
    }
    if (arg.starts_with('-')) {
      continue;
    }
    if (std::find(commands.begin(), commands.end(), arg) == commands.end()) {
      return std::string(arg);
    }
    return std::nullopt;
  }
  return std::nullopt;
}

std::vector<Status> parse_statuses(const std::vector<std::string>& texts) {
  std::vector<Status> statuses;
  for (const std::string& text : texts) {
    std::string_view rest = text;
    while (!rest.empty()) {
      const std::size_t comma = rest.find(',');
      if (const auto status = parse_status(rest.substr(0, comma))) {
        statuses.push_back(*status);
      }
      rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    }
  }
  return statuses;
}

} // namespace

int run_cli(int argc, char** argv) {
  Lang lang = language_from_environment(system_getenv);
  std::string lang_option;
  std::string color_option = "auto";

  CLI::App app{"plancheck: check that the agencies named in an implementation plan have done\n"
               "and reported what it asks of them, by its deadlines.",
               "plancheck"};
  app.set_version_flag("--version", PLANCHECK_VERSION);
  app.require_subcommand(1);
  app.fallthrough();
  app.option_defaults()->always_capture_default();
  app.add_option("--lang", lang_option,
                 "Language of the output: vi or en (default: PLANCHECK_LANG, then the locale)")
      ->check(CLI::IsMember({"vi", "en"}));
  app.add_option("--color", color_option, "Color: auto (a terminal without NO_COLOR), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.footer("Run 'plancheck COMMAND --help' for a command's options; 'man plancheck' for more.");

  ValidateOptions validate;
  std::vector<std::string> validate_formats;
  CLI::App* validate_cmd = app.add_subcommand(
      "validate", "Check plan and report files against the format and each other");
  validate_cmd->add_option("path", validate.paths,
                           "Plan folder, plan file, or report files or folders (default: .)");
  validate_cmd->add_flag("--strict", validate.strict, "Fail on warnings too");
  validate_cmd
      ->add_option("--format", validate_formats,
                   "Output: text, json, github, junit or sarif, to standard output or to\n"
                   "PATH with FORMAT=PATH; repeatable (default: text, and github in GitHub Actions)")
      ->check(format_validator({"text", "json", "github", "junit", "sarif"}))
      ->allow_extra_args(false);

  CheckOptions check;
  std::string as_of;
  std::vector<std::string> statuses;
  std::vector<std::string> check_formats;
  std::string fail_on = "overdue";
  CLI::App* check_cmd = app.add_subcommand(
      "check", "Say what is overdue, incomplete, late or due soon, for whom, as of a day");
  check_cmd->add_option("plan", check.plans, "Plan folders or plan files (default: .)");
  check_cmd->add_option("--as-of", as_of, "Check as of DATE (default: today in the plan's time zone)")
      ->check(check_date)
      ->type_name("DATE");
  check_cmd->add_option("--within", check.within_days, "Days ahead that count as due soon")
      ->check(CLI::Range(0, 3660))
      ->capture_default_str();
  check_cmd->add_option("--agency", check.agencies,
                        "Only what this agency owes, or passed to a successor; a group selects its members")
      ->type_name("ID")
      ->allow_extra_args(false);
  check_cmd->add_option("--duty", check.duties, "Only instances of this duty")
      ->type_name("ID")
      ->allow_extra_args(false);
  check_cmd->add_option("--task", check.tasks, "Only completions of this task")
      ->type_name("ID")
      ->allow_extra_args(false);
  check_cmd->add_option("--year", check.years, "Only this year (a duty's period, else the deadline's year)")
      ->check(CLI::Range(1000, 9999))
      ->type_name("YEAR")
      ->allow_extra_args(false);
  check_cmd->add_option("--status", statuses, "List only these statuses: " + join_statuses())
      ->check(check_statuses)
      ->type_name("S[,S...]")
      ->allow_extra_args(false);
  check_cmd->add_flag("--all", check.all, "List every considered obligation, ok and pending too");
  check_cmd
      ->add_option("--format", check_formats,
                   "Output: text, json, csv, github, junit or sarif, to standard output or to\n"
                   "PATH with FORMAT=PATH; repeatable (default: text, and github in GitHub Actions)")
      ->check(format_validator({"text", "json", "csv", "github", "junit", "sarif"}))
      ->allow_extra_args(false);
  check_cmd->add_option("--fail-on", fail_on,
                        "Exit 1 when a listed finding is at least this severe, or never")
      ->check(CLI::IsMember({"overdue", "incomplete", "late", "due-soon", "pending", "ok", "never"}))
      ->capture_default_str();
  check_cmd->add_flag("--quiet,-q", check.quiet, "Print nothing when nothing is listed");

  std::string rules_format = "text";
  CLI::App* rules_cmd = app.add_subcommand("rules", "List every rule id with what it means");
  rules_cmd->add_option("--format", rules_format, "Output: text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();

  const std::vector<std::string_view> commands{"validate", "check", "rules"};
  if (const auto unknown = unknown_command(argc, argv, commands)) {
    std::cerr << "plancheck: " << localize({MsgId::unknown_command, {*unknown}}, lang) << '\n'
              << localize({MsgId::usage_hint, {}}, lang) << '\n';
    return static_cast<int>(ExitCode::usage);
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    if (const auto chosen = parse_lang(lang_option)) {
      lang = *chosen;
    }
    // CLI11 calls a mistyped command a missing one; name the words it did not know.
    if (dynamic_cast<const CLI::RequiredError*>(&e) != nullptr && !app.remaining().empty()) {
      return usage_error(CLI::ExtrasError(app.remaining()), lang);
    }
    return usage_error(e, lang);
  }
  if (const auto chosen = parse_lang(lang_option)) {
    lang = *chosen;
  }
  const OutputOptions output{lang, use_color(color_option, isatty(STDOUT_FILENO) != 0, system_getenv)};

  try {
    if (rules_cmd->parsed()) {
      return static_cast<int>(run_rules(rules_format == "json", output.lang, std::cout));
    }
    const bool validating = validate_cmd->parsed();
    const std::vector<OutputTarget> outputs =
        output_targets(validating ? validate_formats : check_formats);
    if (const auto conflict = conflicting_targets(outputs)) {
      std::cerr << "plancheck: " << localize({MsgId::usage_error, {*conflict}}, lang) << '\n';
      return static_cast<int>(ExitCode::usage);
    }
    if (validating) {
      validate.outputs = outputs;
      validate.step_summary = step_summary_path();
      return static_cast<int>(run_validate(validate, output, std::cout, std::cerr));
    }
    check.now = std::chrono::system_clock::now();
    if (!as_of.empty()) {
      check.as_of = parse_date(as_of).day;
    }
    check.statuses = parse_statuses(statuses);
    check.outputs = outputs;
    check.step_summary = step_summary_path();
    check.fail_on = fail_on == "never" ? std::nullopt : parse_status(fail_on);
    return static_cast<int>(run_check(check, output, std::cout, std::cerr));
  } catch (const std::exception& e) {
    // Nothing should get here; if something does, say so plainly rather than abort.
    std::cerr << "plancheck: " << localize({MsgId::internal_error, {e.what()}}, lang) << '\n';
    return static_cast<int>(ExitCode::usage);
  }
}

} // namespace plancheck
