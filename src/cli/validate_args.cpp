#include "cli/validate_args.hpp"

#include "cli/command_frame.hpp"
#include "cli/format_option.hpp"
#include "cli/option_values.hpp"
#include "cli/selection_options.hpp"

#include <memory>

#include <CLI/CLI.hpp>

namespace plancheck {

Converted<ValidateOptions> to_validate_options(const ValidateArgs& args, const Environment& env) {
  ValidateOptions options;
  options.paths = args.paths;
  options.strict = args.strict;
  options.as_of = parse_optional_date(args.as_of);
  options.now = env.now;
  options.jobs = jobs_or_cores(args.jobs, env.cores);
  options.outputs = to_output_targets(args.formats, env.getenv);
  if (const auto conflict = conflicting_targets(options.outputs)) {
    return Problems{{MsgId::usage_error, {*conflict}}};
  }
  options.step_summary = step_summary_path(env.getenv);
  return options;
}

Command add_validate(CLI::App& app, Lang lang) {
  auto args = std::make_shared<ValidateArgs>();
  CLI::App* command = add_command(app, "validate", MsgId::help_validate, lang);
  command->add_option("path", args->paths, localize({MsgId::help_validate_paths, {}}, lang));
  command->add_flag("--strict", args->strict, localize({MsgId::help_strict, {}}, lang));
  command->add_option("--as-of", args->as_of, localize({MsgId::help_validate_as_of, {}}, lang))
      ->check([lang](const std::string& text) { return check_date(text, lang); })
      ->type_name("DATE");
  add_format_option(*command, args->formats, FormatCommand::validate, lang);
  add_jobs_option(*command, args->jobs, lang);
  return {command, [args](const Context& context) {
            return run_converted(to_validate_options(*args, context.env), context,
                                 [&](const ValidateOptions& options) {
                                   return run_validate(options, context.output, context.out,
                                                       context.err);
                                 });
          }};
}

} // namespace plancheck
