#pragma once

#include "app/notify_command.hpp"
#include "check/check.hpp"
#include "cli/command.hpp"

#include <string>
#include <vector>

namespace plancheck {

// `plancheck notify`'s command line as given.
struct NotifyArgs {
  std::vector<std::string> plans;
  std::string from; // a mailbox, or empty for PLANCHECK_FROM
  std::vector<std::string> digest_to;
  std::vector<std::string> cc;
  std::string sendmail = "/usr/sbin/sendmail -t -i";
  bool dry_run = false;
  std::string as_of; // a date, already checked, or empty
  Selection selection;
  std::string lead_days = "30,14,7,3,1,0"; // already checked
  int repeat_days = 7;
  int max_overdue_days = 90; // 0: no limit
  bool all_items = false;
  std::size_t jobs = 0; // --jobs, 0 when not given
};

// The options `run_notify` takes, from `args` and the environment; every
// address that is not a mailbox is a problem.
Converted<NotifyOptions> to_notify_options(const NotifyArgs& args, const Environment& env);

// Add `notify` to `app`, its help in `lang`.
Command add_notify(CLI::App& app, Lang lang);

} // namespace plancheck
