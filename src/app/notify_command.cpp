#include "app/notify_command.hpp"

#include "app/error_line.hpp"
#include "app/prepared_run.hpp"
#include "app/sendmail.hpp"
#include "model/today.hpp"
#include "notify/reminders.hpp"
#include "text/terminal_escape.hpp"

#include <ostream>

namespace plancheck {
namespace {

// Return what a failed sendmail said, fit for the end of one error line:
// trailing line ends dropped, any further lines indented under it.
std::string failure_output(std::string_view output) {
  while (!output.empty() && (output.back() == '\n' || output.back() == '\r' ||
                             output.back() == ' ' || output.back() == '\t')) {
    output.remove_suffix(1);
  }
  std::string out;
  for (char c : output) {
    if (c != '\r') {
      out += c;
    }
    if (c == '\n') {
      out += "  ";
    }
  }
  return out;
}

// The instant the Date header tells: now, or the start of the as-of day when
// one is given, so that a dry run at a fixed date prints the same thing every time.
std::chrono::system_clock::time_point message_date(const NotifyOptions& options, Day as_of,
                                                   const std::string& zone) {
  if (!options.as_of) {
    return options.now;
  }
  return start_of_day(as_of, zone).value_or(options.now);
}

// Name each agency that has items but no address; its items are in the digest, if any.
void report_unaddressed(const std::vector<const Agency*>& agencies, const NotifyOptions& options,
                        Lang lang, std::ostream& err) {
  const MsgId id = options.digest_to.empty() ? MsgId::no_address_no_digest : MsgId::no_address;
  for (const Agency* agency : agencies) {
    // The agency's id and name come from the plan: shown escaped.
    print_error(err, {id, {terminal_text(agency->id.value), terminal_text(agency->name)}}, lang);
  }
}

// Hand each message to sendmail, or with --dry-run write it to `out` as an
// mbox entry; a failure is reported and the next one still goes. Return
// whether every message went.
bool deliver_all(const std::vector<Reminder>& messages, const NotifyOptions& options, Lang lang,
                 std::ostream& out, std::ostream& err) {
  bool all_sent = true;
  for (const Reminder& message : messages) {
    if (options.dry_run) {
      out << format_mbox_entry(message.mail);
      continue;
    }
    const Delivery delivery = deliver(options.sendmail, format_mail(message.mail));
    if (!delivery.ok) {
      all_sent = false;
      print_error(
          err,
          {MsgId::delivery_failed,
           {message.recipient, std::to_string(delivery.status), failure_output(delivery.output)}},
          lang);
    }
  }
  out.flush();
  return all_sent;
}

} // namespace

ExitCode run_notify(const NotifyOptions& options, const OutputOptions& output, std::ostream& out,
                    std::ostream& err) {
  const Lang lang = output.lang;
  // Find, load and validate the plans; settle the day and the selection.
  const std::unique_ptr<PreparedRun> run =
      prepare_run(options.plans, options.as_of, options.now, options.selection, {}, lang, err,
                  Reading::everything, options.jobs);
  if (!run) {
    return ExitCode::usage;
  }

  // Evaluate every selected obligation.
  const CheckResult result = check_plans(run->inputs, run->as_of, k_default_within_days,
                                         options.selection, Listing{true, {}});

  // Compose one message per agency with something due for a reminder today, and the digest.
  const ReminderOptions mail{options.from, options.digest_to, options.cc,
                             message_date(options, run->as_of, result.timezone), lang};
  const Reminders reminders = compose_reminders(result, options.policy, mail);
  report_unaddressed(reminders.unaddressed, options, lang, err);

  // Hand each message over.
  const bool all_sent = deliver_all(reminders.messages, options, lang, out, err);
  return all_sent ? ExitCode::ok : ExitCode::findings;
}

} // namespace plancheck
