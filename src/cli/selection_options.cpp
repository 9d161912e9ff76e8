#include "cli/selection_options.hpp"

#include "cli/option_values.hpp"

#include <CLI/CLI.hpp>

namespace plancheck {

void add_as_of_option(CLI::App& command, std::string& as_of) {
  command.add_option("--as-of", as_of, "Check as of DATE (default: today in the plan's time zone)")
      ->check(check_date)
      ->type_name("DATE");
}

void add_selection_options(CLI::App& command, Selection& selection) {
  command
      .add_option(
          "--agency", selection.agencies,
          "Only what this agency owes, or passed to a successor; a group selects its members")
      ->type_name("ID")
      ->allow_extra_args(false);
  command.add_option("--duty", selection.duties, "Only instances of this duty")
      ->type_name("ID")
      ->allow_extra_args(false);
  command.add_option("--task", selection.tasks, "Only completions of this task")
      ->type_name("ID")
      ->allow_extra_args(false);
  command
      .add_option("--year", selection.years,
                  "Only this year (a duty's period, else the deadline's year)")
      ->check(CLI::Range(1000, 9999))
      ->type_name("YEAR")
      ->allow_extra_args(false);
}

} // namespace plancheck
