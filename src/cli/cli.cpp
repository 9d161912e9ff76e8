#include "cli/cli.hpp"

#include "app/error_line.hpp"
#include "cli/check_args.hpp"
#include "cli/command.hpp"
#include "cli/environment.hpp"
#include "cli/notify_args.hpp"
#include "cli/rules_args.hpp"
#include "cli/standard_output.hpp"
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
constexpr std::array<AddCommand, 4> k_commands{add_validate, add_check, add_notify, add_rules};

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
    if (arg == "--lang" || arg == "--color") {
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

// The options before the command: --lang, --color and --version.
void add_global_options(CLI::App& app, std::string& lang, std::string& color) {
  app.set_version_flag("--version", std::string(k_version));
  app.require_subcommand(1);
  app.fallthrough();
  app.add_option("--lang", lang,
                 "Language of the output: vi or en (default: PLANCHECK_LANG, then the locale)")
      ->check(CLI::IsMember({"vi", "en"}));
  app.add_option("--color", color, "Color: auto (a terminal without NO_COLOR), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.footer("Run 'plancheck COMMAND --help' for a command's options; 'man plancheck' for more.");
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
int run_command(int argc, char** argv, const Environment& env, Lang& lang) {
  std::string lang_option;
  std::string color_option = "auto";

  CLI::App app{"plancheck: check that the agencies named in an implementation plan have done\n"
               "and reported what it asks of them, by its deadlines.",
               "plancheck"};
  add_global_options(app, lang_option, color_option);
  std::vector<Command> commands;
  for (const AddCommand add : k_commands) {
    commands.push_back(add(app));
  }

  if (const auto unknown = unknown_command(argc, argv, commands)) {
    return usage_error({MsgId::unknown_command, {*unknown}},
                       lang_before_command(argc, argv).value_or(lang));
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
    return usage_error({MsgId::usage_error, {e.what()}}, parse_lang(lang_option).value_or(lang));
  }
  lang = parse_lang(lang_option).value_or(lang);
  const Context context{env,
                        {lang, use_color(color_option, isatty(STDOUT_FILENO) != 0, env.getenv)},
                        std::cout,
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
  const Environment env{system_getenv, std::chrono::system_clock::now()};
  Lang lang = language_from_environment(env.getenv);
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
