#include "cli/cli.hpp"

#include "app/error_line.hpp"
#include "cli/calendar_args.hpp"
#include "cli/check_args.hpp"
#include "cli/command.hpp"
#include "cli/command_frame.hpp"
#include "cli/complete_args.hpp"
#include "cli/environment.hpp"
#include "cli/list_args.hpp"
#include "cli/new_args.hpp"
#include "cli/notify_args.hpp"
#include "cli/rules_args.hpp"
#include "cli/site_args.hpp"
#include "cli/standard_output.hpp"
#include "cli/table_args.hpp"
#include "cli/validate_args.hpp"
#include "model/message.hpp"
#include "version.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstring>
#include <iostream>
#include <unistd.h>

#include <CLI/CLI.hpp>

namespace plancheck {
namespace {

// Every command, in the order `--help` lists them. A new command is a file
// in cli/ with its `add_…`, a file in app/ with its `run_…`, and a line here.
// `complete` (hidden) offers the commands of this table to the shells.
constexpr std::array<AddCommand, 11> k_commands{add_validate, add_check, add_matrix,  add_memo,
                                                add_site,     add_new,   add_notify,  add_list,
                                                add_calendar, add_rules, add_complete};

// What --version prints, the same in every language so that scripts can read
// it: "plancheck 0.1.0 (commit 76f4be4c0e1a)", with ", dirty" when the tree
// built had changes.
std::string version_line() {
  return "plancheck " + std::string(k_version) + " (commit " + std::string(k_commit) +
         (k_dirty ? ", dirty)" : ")");
}

// A mistake on the command line, with the hint where to read how it goes.
int usage_error(const Message& message, Lang lang) {
  print_error(std::cerr, message, lang);
  std::cerr << localize({MsgId::usage_hint, {}}, lang) << '\n';
  return static_cast<int>(ExitCode::usage);
}

// CLI11 takes an unknown word for a missing command; name it instead.
std::optional<std::string> unknown_command(int argc, char** argv,
                                           const std::vector<Command>& commands) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--lang" || arg == "--color" || arg == "--width") {
      ++i; // its value
      continue;
    }
    if (arg.starts_with('-')) {
      continue;
    }
    const bool known = std::any_of(commands.begin(), commands.end(),
                                   [&](const Command& c) { return c.cli->get_name() == arg; });
    return known ? std::nullopt : std::optional<std::string>(arg);
  }
  return std::nullopt;
}

// The language a --lang anywhere on the command line names, the last one
// read before "--": the help and every complaint about the command line
// are in it, so it is known before CLI11 sees the command line. A --lang
// CLI11 will refuse names none.
std::optional<Lang> lang_in_arguments(int argc, char** argv) {
  std::optional<Lang> lang;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--") {
      break;
    }
    if (arg == "--lang" && i + 1 < argc) {
      lang = parse_lang(argv[++i]);
    } else if (arg.starts_with("--lang=")) {
      lang = parse_lang(arg.substr(7));
    }
  }
  return lang;
}

// The options before the command: --lang, --color, --width and --version,
// and the frame of every command's help, in `lang`.
void add_global_options(CLI::App& app, std::string& lang_option, std::string& color,
                        std::optional<std::size_t>& width, Lang lang) {
  set_help_language(app, lang);
  app.set_version_flag("--version", version_line(), localize({MsgId::help_version, {}}, lang));
  app.require_subcommand(1);
  app.fallthrough();
  app.add_option("--lang", lang_option, localize({MsgId::help_lang, {}}, lang))
      ->check(CLI::IsMember({"vi", "en"}));
  app.add_option("--color", color, localize({MsgId::help_color, {}}, lang))
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_option("--width", width, localize({MsgId::help_width, {}}, lang))
      ->check(CLI::Range(20, 10000))
      ->type_name("N");
  app.footer(localize({MsgId::help_footer, {}}, lang));
}

// How to talk to the user: in `lang`, colored as `color` says, and text laid
// out for a terminal when standard output is one (as wide as it says, else
// COLUMNS, else 100) or `width` asks for it; else wrapped at COLUMNS, else 100.
OutputOptions output_options(Lang lang, const std::string& color, std::optional<std::size_t> width,
                             const Environment& env) {
  const bool is_terminal = isatty(STDOUT_FILENO) != 0;
  const std::size_t columns = columns_from_environment(env.getenv).value_or(k_default_line_width);
  if (!width && is_terminal) {
    width = terminal_columns(STDOUT_FILENO).value_or(columns);
  }
  return {lang, use_color(color, is_terminal, env.getenv), width, columns};
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

// Parse the command line in `lang` and run the command.
int run_command(int argc, char** argv, const Environment& env, Lang lang) {
  std::string lang_option;
  std::string color_option = "auto";
  std::optional<std::size_t> width_option;

  CLI::App app{localize({MsgId::help_description, {}}, lang), "plancheck"};
  add_global_options(app, lang_option, color_option, width_option, lang);
  std::vector<Command> commands;
  for (const AddCommand add : k_commands) {
    commands.push_back(add(app, lang));
  }

  if (const auto unknown = unknown_command(argc, argv, commands)) {
    return usage_error({MsgId::unknown_command, {*unknown}}, lang);
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
    // CLI11's messages are English; say what kind of mistake it was in the
    // user's language and keep CLI11's detail.
    return usage_error({MsgId::usage_error, {e.what()}}, lang);
  }
  const Context context{env, output_options(lang, color_option, width_option, env), std::cout,
                        std::cerr};

  try {
    for (const Command& command : commands) {
      if (command.cli->parsed()) {
        return static_cast<int>(command.run(context));
      }
    }
    return static_cast<int>(ExitCode::usage); // require_subcommand(1) keeps us from here
  } catch (const std::exception& e) {
    // Nothing should get here; if something does, say so plainly rather than abort.
    print_error(std::cerr, {MsgId::internal_error, {e.what()}}, lang);
    return static_cast<int>(ExitCode::usage);
  }
}

} // namespace

int run_cli(int argc, char** argv) {
  const Environment env{system_getenv, std::chrono::system_clock::now(), processor_cores()};
  const Lang lang = lang_in_arguments(argc, argv).value_or(language_from_environment(env.getenv));
  // Everything for standard output goes through one buffer that keeps the
  // first write error with its reason.
  DescriptorBuffer buffer(STDOUT_FILENO);
  std::streambuf* const previous = std::cout.rdbuf(&buffer);
  const int status = run_command(argc, argv, env, lang);
  const int result = check_standard_output(status, buffer, lang);
  std::cout.rdbuf(previous);
  return result;
}

} // namespace plancheck
