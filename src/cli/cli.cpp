#include "cli/cli.hpp"

#include "app/check_command.hpp"
#include "app/error_line.hpp"
#include "app/notify_command.hpp"
#include "app/rules_command.hpp"
#include "app/validate_command.hpp"
#include "cli/environment.hpp"
#include "cli/standard_output.hpp"
#include "model/message.hpp"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <unistd.h>

#include <CLI/CLI.hpp>

#ifndef PLANCHECK_VERSION
#define PLANCHECK_VERSION "0"
#endif

namespace plancheck {
namespace {

const char* system_getenv(const char* name) {
  return std::getenv(name);
}

// CLI11's messages are English; say what kind of mistake it was in the
// user's language and keep CLI11's detail.
int usage_error(const CLI::ParseError& e, Lang lang) {
  print_error(std::cerr, {MsgId::usage_error, {e.what()}}, lang);
  std::cerr << localize({MsgId::usage_hint, {}}, lang) << '\n';
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
  const ParsedDate parsed = parse_date(text);
  if (parsed.day) {
    return {};
  }
  return parsed.error == DateError::out_of_range
             ? "'" + text + "' is outside the dates plancheck accepts, 1900-01-01 to 2199-12-31"
             : "'" + text + "' is not a date (YYYY-MM-DD or DD/MM/YYYY)";
}

// A comma-separated list of day counts: 30,14,7,3,1,0.
std::string check_day_list(const std::string& text) {
  std::string_view rest = text;
  while (!rest.empty()) {
    const std::size_t comma = rest.find(',');
    const std::string_view item = rest.substr(0, comma);
    int value = -1;
    const auto [end, ec] = std::from_chars(item.data(), item.data() + item.size(), value);
    if (ec != std::errc{} || end != item.data() + item.size() || value < 0 || value > 3660) {
      return "'" + std::string(item) + "' is not a number of days (0 to 3660)";
    }
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
  }
  return {};
}

std::vector<int> parse_day_list(const std::string& text) {
  std::vector<int> days;
  std::string_view rest = text;
  while (!rest.empty()) {
    const std::size_t comma = rest.find(',');
    const std::string_view item = rest.substr(0, comma);
    int value = 0;
    std::from_chars(item.data(), item.data() + item.size(), value);
    days.push_back(value);
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
  }
  return days;
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
CLI::Validator format_validator(const std::vector<std::string>& names) {
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

// The --lang given before the command, for messages about the command line itself.
std::optional<Lang> lang_before_command(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--lang" && i + 1 < argc) {
      return parse_lang(argv[i + 1]);
    }
    if (arg.starts_with("--lang=")) {
      return parse_lang(arg.substr(7));
    }
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

// Standard output can fail late (a full disk, /dev/full): a run whose output
// was lost has failed, whatever it found.
int check_standard_output(int status, const DescriptorBuffer& buffer, Lang lang) {
  std::cout.flush();
  if (buffer.error() == 0) {
    return status;
  }
  print_error(std::cerr, {MsgId::stdout_failed, {std::strerror(buffer.error())}}, lang,
              ErrorAbout::input);
  return static_cast<int>(ExitCode::usage);
}

// Parse the command line and run the command; `lang` ends as the language
// the run spoke.
int run_command(int argc, char** argv, Lang& lang) {
  std::string lang_option;
  std::string color_option = "auto";

  CLI::App app{"plancheck: check that the agencies named in an implementation plan have done\n"
               "and reported what it asks of them, by its deadlines.",
               "plancheck"};
  app.set_version_flag("--version", PLANCHECK_VERSION);
  app.require_subcommand(1);
  app.fallthrough();
  app.add_option("--lang", lang_option,
                 "Language of the output: vi or en (default: PLANCHECK_LANG, then the locale)")
      ->check(CLI::IsMember({"vi", "en"}));
  app.add_option("--color", color_option,
                 "Color: auto (a terminal without NO_COLOR), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.footer("Run 'plancheck COMMAND --help' for a command's options; 'man plancheck' for more.");

  ValidateOptions validate;
  std::vector<std::string> validate_formats;
  CLI::App* validate_cmd = app.add_subcommand(
      "validate", "Check plan, report and decision files against the format and each other");
  validate_cmd->add_option(
      "path", validate.paths,
      "Plan folder, plan file, or report or decision files or folders (default: .)");
  validate_cmd->add_flag("--strict", validate.strict, "Fail on warnings too");
  std::string validate_as_of;
  validate_cmd
      ->add_option("--as-of", validate_as_of,
                   "Warn of reports submitted after DATE (default: today in the plan's time zone)")
      ->check(check_date)
      ->type_name("DATE");
  validate_cmd
      ->add_option("--format", validate_formats,
                   "Output: text, json, github, junit or sarif, to standard output or to\n"
                   "PATH with FORMAT=PATH, a regular file outside the plan folders; repeatable\n"
                   "(default: text, and github in GitHub Actions)")
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
  check_cmd
      ->add_option("--as-of", as_of, "Check as of DATE (default: today in the plan's time zone)")
      ->check(check_date)
      ->type_name("DATE");
  check_cmd->add_option("--within", check.within_days, "Days ahead that count as due soon")
      ->check(CLI::Range(0, 3660))
      ->capture_default_str();
  check_cmd
      ->add_option(
          "--agency", check.agencies,
          "Only what this agency owes, or passed to a successor; a group selects its members")
      ->type_name("ID")
      ->allow_extra_args(false);
  check_cmd->add_option("--duty", check.duties, "Only instances of this duty")
      ->type_name("ID")
      ->allow_extra_args(false);
  check_cmd->add_option("--task", check.tasks, "Only completions of this task")
      ->type_name("ID")
      ->allow_extra_args(false);
  check_cmd
      ->add_option("--year", check.years,
                   "Only this year (a duty's period, else the deadline's year)")
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
                   "PATH with FORMAT=PATH, a regular file outside the plan folders; repeatable\n"
                   "(default: text, and github in GitHub Actions)")
      ->check(format_validator({"text", "json", "csv", "github", "junit", "sarif"}))
      ->allow_extra_args(false);
  check_cmd
      ->add_option("--fail-on", fail_on,
                   "Exit 1 when a listed finding is at least this severe, or never")
      ->check(CLI::IsMember({"overdue", "incomplete", "late", "due-soon", "pending", "waived",
                             "lapsed", "ok", "never"}))
      ->capture_default_str();
  check_cmd->add_flag("--quiet,-q", check.quiet, "Print nothing when nothing is listed");

  NotifyOptions notify;
  std::string notify_as_of;
  std::string from_text;
  std::vector<std::string> digest_to_text;
  std::vector<std::string> cc_text;
  std::string lead_days = "30,14,7,3,1,0";
  CLI::App* notify_cmd = app.add_subcommand(
      "notify", "Email each agency what it owes that is overdue, incomplete or coming due");
  notify_cmd->add_option("plan", notify.plans, "Plan folders or plan files (default: .)");
  notify_cmd
      ->add_option("--from", from_text,
                   "Sender address, 'Name <addr>' or 'addr' (default: PLANCHECK_FROM)")
      ->type_name("ADDR");
  notify_cmd->add_option("--digest-to", digest_to_text, "Also send a digest of everything to ADDR")
      ->type_name("ADDR")
      ->allow_extra_args(false);
  notify_cmd->add_option("--cc", cc_text, "Copy every agency's message to ADDR")
      ->type_name("ADDR")
      ->allow_extra_args(false);
  notify_cmd
      ->add_option("--sendmail", notify.sendmail,
                   "Command that sends a message read from its standard input")
      ->type_name("CMD")
      ->capture_default_str();
  notify_cmd->add_flag("--dry-run", notify.dry_run,
                       "Write the messages to standard output as an mbox; send nothing");
  notify_cmd
      ->add_option("--as-of", notify_as_of,
                   "Remind as of DATE (default: today in the plan's time zone)")
      ->check(check_date)
      ->type_name("DATE");
  notify_cmd
      ->add_option("--agency", notify.agencies, "Only this agency (a group selects its members)")
      ->type_name("ID")
      ->allow_extra_args(false);
  notify_cmd->add_option("--duty", notify.duties, "Only instances of this duty")
      ->type_name("ID")
      ->allow_extra_args(false);
  notify_cmd->add_option("--task", notify.tasks, "Only completions of this task")
      ->type_name("ID")
      ->allow_extra_args(false);
  notify_cmd->add_option("--year", notify.years, "Only this year")
      ->check(CLI::Range(1000, 9999))
      ->type_name("YEAR")
      ->allow_extra_args(false);
  notify_cmd->add_option("--lead-days", lead_days, "Remind this many days before a deadline")
      ->check(check_day_list)
      ->type_name("N[,N...]")
      ->capture_default_str();
  notify_cmd
      ->add_option("--repeat-overdue", notify.policy.repeat_days,
                   "Remind of overdue or incomplete items every N days")
      ->check(CLI::Range(1, 366))
      ->capture_default_str();
  notify_cmd
      ->add_option("--max-overdue", notify.policy.max_overdue_days,
                   "Leave an item more than N days overdue to the digest; 0: no limit")
      ->check(CLI::Range(0, 3660))
      ->type_name("N")
      ->capture_default_str();
  notify_cmd->add_flag("--all-items", notify.policy.all_items,
                       "Include everything outstanding, whatever the day");

  std::string rules_format = "text";
  CLI::App* rules_cmd = app.add_subcommand("rules", "List every rule id with what it means");
  rules_cmd->add_option("--format", rules_format, "Output: text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();

  const std::vector<std::string_view> commands{"validate", "check", "notify", "rules"};
  if (const auto unknown = unknown_command(argc, argv, commands)) {
    if (const auto chosen = lang_before_command(argc, argv)) {
      lang = *chosen;
    }
    print_error(std::cerr, {MsgId::unknown_command, {*unknown}}, lang);
    std::cerr << localize({MsgId::usage_hint, {}}, lang) << '\n';
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
    return usage_error(e, lang);
  }
  if (const auto chosen = parse_lang(lang_option)) {
    lang = *chosen;
  }
  const OutputOptions output{lang,
                             use_color(color_option, isatty(STDOUT_FILENO) != 0, system_getenv)};

  try {
    if (rules_cmd->parsed()) {
      return static_cast<int>(run_rules(rules_format == "json", output.lang, std::cout));
    }
    if (notify_cmd->parsed()) {
      const char* env_from = std::getenv("PLANCHECK_FROM");
      if (from_text.empty() && env_from != nullptr) {
        from_text = env_from;
      }
      if (from_text.empty()) {
        print_error(std::cerr,
                    {MsgId::usage_error, {"notify: --from is required (or PLANCHECK_FROM)"}}, lang);
        return static_cast<int>(ExitCode::usage);
      }
      const auto mailbox = [&](std::string_view option, const std::string& text) {
        auto box = parse_mailbox(text);
        if (!box) {
          print_error(std::cerr, {MsgId::bad_mailbox, {std::string(option), text}}, lang);
        }
        return box;
      };
      const auto from = mailbox("--from", from_text);
      bool addresses_ok = from.has_value();
      for (const std::string& text : digest_to_text) {
        const auto box = mailbox("--digest-to", text);
        addresses_ok = addresses_ok && box.has_value();
        if (box) {
          notify.digest_to.push_back(*box);
        }
      }
      for (const std::string& text : cc_text) {
        const auto box = mailbox("--cc", text);
        addresses_ok = addresses_ok && box.has_value();
        if (box) {
          notify.cc.push_back(*box);
        }
      }
      if (!addresses_ok) {
        return static_cast<int>(ExitCode::usage);
      }
      notify.from = *from;
      notify.now = std::chrono::system_clock::now();
      if (!notify_as_of.empty()) {
        notify.as_of = parse_date(notify_as_of).day;
      }
      notify.policy.lead_days = parse_day_list(lead_days);
      return static_cast<int>(run_notify(notify, output, std::cout, std::cerr));
    }
    const bool validating = validate_cmd->parsed();
    const std::vector<OutputTarget> outputs =
        output_targets(validating ? validate_formats : check_formats);
    if (const auto conflict = conflicting_targets(outputs)) {
      print_error(std::cerr, {MsgId::usage_error, {*conflict}}, lang);
      return static_cast<int>(ExitCode::usage);
    }
    if (validating) {
      validate.outputs = outputs;
      validate.step_summary = step_summary_path();
      validate.now = std::chrono::system_clock::now();
      if (!validate_as_of.empty()) {
        validate.as_of = parse_date(validate_as_of).day;
      }
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
    print_error(std::cerr, {MsgId::internal_error, {e.what()}}, lang);
    return static_cast<int>(ExitCode::usage);
  }
}

} // namespace

int run_cli(int argc, char** argv) {
  Lang lang = language_from_environment(system_getenv);
  // Everything for standard output goes through one buffer that keeps the
  // first write error with its reason.
  DescriptorBuffer buffer(STDOUT_FILENO);
  std::streambuf* const previous = std::cout.rdbuf(&buffer);
  const int status = run_command(argc, argv, lang);
  const int result = check_standard_output(status, buffer, lang);
  std::cout.rdbuf(previous);
  return result;
}

} // namespace plancheck
