#include "cli/selection_options.hpp"

#include "cli/option_values.hpp"

#include <algorithm>

#include <CLI/CLI.hpp>

namespace plancheck {

void add_as_of_option(CLI::App& command, std::string& as_of, Lang lang) {
  command.add_option("--as-of", as_of, localize({MsgId::help_as_of, {}}, lang))
      ->check([lang](const std::string& text) { return check_date(text, lang); })
      ->type_name("DATE");
}

void add_within_option(CLI::App& command, int& within_days, Lang lang) {
  command.add_option("--within", within_days, localize({MsgId::help_within, {}}, lang))
      ->check(CLI::Range(0, 3660))
      ->capture_default_str();
}

void add_selection_options(CLI::App& command, Selection& selection, Lang lang) {
  command.add_option("--agency", selection.agencies, localize({MsgId::help_agency, {}}, lang))
      ->type_name("ID")
      ->allow_extra_args(false);
  command.add_option("--duty", selection.duties, localize({MsgId::help_duty, {}}, lang))
      ->type_name("ID")
      ->allow_extra_args(false);
  command.add_option("--task", selection.tasks, localize({MsgId::help_task, {}}, lang))
      ->type_name("ID")
      ->allow_extra_args(false);
  command.add_option("--year", selection.years, localize({MsgId::help_year, {}}, lang))
      ->check(CLI::Range(1000, 9999))
      ->type_name("YEAR")
      ->allow_extra_args(false);
}

void add_jobs_option(CLI::App& command, std::size_t& jobs, Lang lang) {
  command.add_option("--jobs", jobs, localize({MsgId::help_jobs, {}}, lang))
      ->check(CLI::Range(1, 1024))
      ->type_name("N");
}

std::size_t jobs_or_cores(std::size_t jobs, std::size_t cores) {
  return jobs > 0 ? jobs : std::max<std::size_t>(cores, 1);
}

} // namespace plancheck
