#include "cli/calendar_args.hpp"
#include "cli/check_args.hpp"
#include "cli/list_args.hpp"
#include "cli/notify_args.hpp"
#include "cli/selection_options.hpp"
#include "cli/validate_args.hpp"

#include <CLI/CLI.hpp>
#include <doctest/doctest.h>

using namespace plancheck;

namespace {

// The help line of every option `check` and `notify` share, as `command` shows it.
std::vector<std::string> shared_help(const CLI::App& command) {
  std::vector<std::string> lines;
  for (const char* name : {"--as-of", "--agency", "--duty", "--task", "--year"}) {
    const CLI::Option* option = command.get_option(name);
    lines.push_back(option->get_name() + " " + option->get_type_name() + ": " +
                    option->get_description());
  }
  return lines;
}

} // namespace

TEST_CASE("check and notify share the selection options and --as-of") {
  for (const Lang lang : {Lang::en, Lang::vi}) {
    CLI::App app;
    const Command check = add_check(app, lang);
    const Command notify = add_notify(app, lang);
    CHECK(shared_help(*check.cli) == shared_help(*notify.cli));
  }
}

TEST_CASE("add_selection_options fills a Selection") {
  CLI::App app;
  Selection selection;
  std::string as_of;
  add_as_of_option(app, as_of, Lang::en);
  add_selection_options(app, selection, Lang::en);
  const std::vector<std::string> args{"--as-of", "2025-01-31", "--agency", "a", "--agency", "b",
                                      "--duty",  "d",          "--task",   "t", "--year",   "2024"};
  std::vector<std::string> reversed(args.rbegin(), args.rend()); // CLI11 parses from the back
  app.parse(reversed);
  CHECK(as_of == "2025-01-31");
  CHECK(selection.agencies == std::vector<std::string>{"a", "b"});
  CHECK(selection.duties == std::vector<std::string>{"d"});
  CHECK(selection.tasks == std::vector<std::string>{"t"});
  CHECK(selection.years == std::vector<int>{2024});
  CHECK_THROWS_AS(app.parse(std::vector<std::string>{"31/02/2025", "--as-of"}),
                  CLI::ValidationError);
}

TEST_CASE("add_jobs_option fills the jobs, from 1 up") {
  CLI::App app;
  std::size_t jobs = 0;
  add_jobs_option(app, jobs, Lang::en);
  app.parse(std::vector<std::string>{});
  CHECK(jobs == 0);
  app.parse(std::vector<std::string>{"3", "--jobs"});
  CHECK(jobs == 3);
  CHECK_THROWS_AS(app.parse(std::vector<std::string>{"0", "--jobs"}), CLI::ValidationError);
  CHECK_THROWS_AS(app.parse(std::vector<std::string>{"two", "--jobs"}), CLI::ParseError);
}

TEST_CASE("jobs_or_cores: --jobs when given, else every core") {
  CHECK(jobs_or_cores(0, 8) == 8);
  CHECK(jobs_or_cores(0, 0) == 1);
  CHECK(jobs_or_cores(1, 8) == 1);
  CHECK(jobs_or_cores(3, 2) == 3);
}

TEST_CASE("every command that reads a plan folder takes --jobs, to the same effect") {
  for (const AddCommand add : {add_validate, add_check, add_notify, add_list, add_calendar}) {
    CLI::App app;
    const Command command = add(app, Lang::en);
    CAPTURE(command.cli->get_name());
    const CLI::Option* option = command.cli->get_option("--jobs");
    CHECK(option->get_type_name() == "N:INT in [1 - 1024]");
    CHECK(option->get_description().starts_with("Files read at once"));
  }
}
