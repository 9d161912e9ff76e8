#include "cli/site_args.hpp"

#include "app/site_command.hpp"
#include "cli/command_frame.hpp"
#include "cli/option_values.hpp"
#include "cli/selection_options.hpp"
#include "cli/table_args.hpp"

#include <memory>

#include <CLI/CLI.hpp>

namespace plancheck {
namespace {

struct SiteArgs {
  TableArgs table; // its formats unused: a site is its own format
  std::string folder;
};

} // namespace

Command add_site(CLI::App& app, Lang lang) {
  auto args = std::make_shared<SiteArgs>();
  CLI::App* command = add_plans_command(app, "site", MsgId::help_site, args->table.plans, lang);
  command->add_option("--output,-o", args->folder, localize({MsgId::help_site_output, {}}, lang))
      ->required()
      ->type_name("DIR");
  add_as_of_option(*command, args->table.as_of, lang);
  add_within_option(*command, args->table.within_days, lang);
  add_selection_options(*command, args->table.selection, lang);
  add_jobs_option(*command, args->table.jobs, lang);
  return {command, [args](const Context& context) {
            return run_converted(
                to_table_options(args->table, context.env), context,
                [&](const TableOptions& table) {
                  return run_site({table, args->folder}, context.output, context.out, context.err);
                });
          }};
}

} // namespace plancheck
