#pragma once

#include "app/error_line.hpp"
#include "app/exit_code.hpp"
#include "app/options.hpp"
#include "cli/cli11_fwd.hpp"
#include "cli/environment.hpp"

#include <functional>
#include <iosfwd>
#include <variant>
#include <vector>

namespace plancheck {

// What a command runs with besides its own options.
struct Context {
  Environment env;
  OutputOptions output;
  std::ostream& out;
  std::ostream& err;
};

// A command on the command line: its CLI11 subcommand, and how to run it
// with what was parsed into it.
struct Command {
  CLI::App* cli = nullptr;
  std::function<ExitCode(const Context&)> run;
};

// Add a command to `app`, its help in `lang`: its options, filling a plain
// `…Args` struct that the returned Command's `run` converts into the app's options.
using AddCommand = Command (*)(CLI::App& app, Lang lang);

// Problems with a command line that CLI11 cannot see, one line each.
using Problems = std::vector<Message>;

// A command's options as converted from its arguments, or the problems that
// keep them from being had.
template <typename Options> using Converted = std::variant<Options, Problems>;

// Run `run` with the converted options; when there are none, print the
// problems on the context's `err` and return ExitCode::usage.
template <typename Options, typename Run>
ExitCode run_converted(const Converted<Options>& converted, const Context& context, Run run) {
  if (const Problems* problems = std::get_if<Problems>(&converted)) {
    for (const Message& problem : *problems) {
      print_error(context.err, problem, context.output.lang);
    }
    return ExitCode::usage;
  }
  return run(std::get<Options>(converted));
}

} // namespace plancheck
