#pragma once

#include "app/exit_code.hpp"
#include "app/options.hpp"
#include "check/check.hpp"
#include "model/email_address.hpp"
#include "notify/reminder_policy.hpp"

#include <chrono>
#include <iosfwd>

namespace plancheck {

struct NotifyOptions {
  std::vector<std::string> plans;
  std::optional<Day> as_of;
  std::chrono::system_clock::time_point now;
  std::size_t jobs = 1; // files read and loaded at once
  Selection selection;
  Mailbox from;
  std::vector<Mailbox> digest_to;
  std::vector<Mailbox> cc;
  std::string sendmail = "/usr/sbin/sendmail -t -i";
  bool dry_run = false;
  ReminderPolicy policy;
};

// Run `plancheck notify`: one message per agency with something to be
// reminded of today, and a digest for the coordinators, handed to sendmail
// (or, with `dry_run`, written to `out` as an mbox). Agencies without an
// address are named on `err`; so is every failed delivery.
ExitCode run_notify(const NotifyOptions& options, const OutputOptions& output, std::ostream& out,
                    std::ostream& err);

} // namespace plancheck
