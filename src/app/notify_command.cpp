#include "app/notify_command.hpp"

#include "app/error_line.hpp"
#include "app/prepared_run.hpp"
#include "app/sendmail.hpp"
#include "model/today.hpp"
#include "notify/mail_message.hpp"
#include "notify/reminder_text.hpp"
#include "text/terminal_escape.hpp"

#include <ostream>

#include <fmt/format.h>

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

// Each agency's items for today, agencies in the order of their first item.
// An item goes to the agency that answers for it today: the successor of an
// agency that has ended. Items overdue past --max-overdue go to the digest only.
std::vector<AgencyItems> group_by_agency(const CheckResult& result, Day as_of,
                                         const ReminderPolicy& policy) {
  std::vector<AgencyItems> groups;
  for (const Finding& f : result.findings) {
    if (!is_due_for_reminder(f, as_of, policy)) {
      continue;
    }
    const Agency* recipient = f.answerable_by != nullptr ? f.answerable_by : f.obligation.agency;
    auto it = std::find_if(groups.begin(), groups.end(), [&](const AgencyItems& g) {
      return g.plan == f.plan && g.agency == recipient;
    });
    if (it == groups.end()) {
      groups.push_back(
          {f.plan, recipient, {}, {}, !recipient->emails.empty(), recipient->active_on(as_of)});
      it = std::prev(groups.end());
    }
    (is_past_max_overdue(f, policy) ? it->stale : it->items).push_back(&f);
  }
  std::stable_sort(groups.begin(), groups.end(), [](const AgencyItems& a, const AgencyItems& b) {
    return std::tie(a.plan->id.value, a.agency->id.value) <
           std::tie(b.plan->id.value, b.agency->id.value);
  });
  return groups;
}

// Message-IDs name the plan, the agency and the day, so that a second run on
// the same day sends messages a mail system recognises as the same.
std::string message_id(const std::string& plan, const std::string& who, Day day,
                       const Mailbox& from) {
  const std::string domain = from.address.substr(from.address.rfind('@') + 1);
  const date::year_month_day ymd{day};
  return fmt::format("plancheck.{}.{}.{:04}{:02}{:02}@{}", plan, who, static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()), domain);
}

} // namespace

ExitCode run_notify(const NotifyOptions& options, const OutputOptions& output, std::ostream& out,
                    std::ostream& err) {
  const Lang lang = output.lang;
  // Find, load and validate the plans; settle the day and the selection.
  const Selection& selection = options.selection;
  const std::unique_ptr<PreparedRun> run =
      prepare_run(options.plans, options.as_of, options.now, selection, {}, lang, err);
  if (!run) {
    return ExitCode::usage;
  }
  const std::string& zone = run->inputs.front().plan->timezone.value;

  // Evaluate every selected obligation and keep what is due for a reminder today.
  const CheckResult result =
      check_plans(run->inputs, run->as_of, k_default_within_days, selection, Listing{true, {}});
  const std::vector<AgencyItems> groups = group_by_agency(result, run->as_of, options.policy);

  // The Date header: now, or the start of the as-of day when one is given,
  // so that a dry run at a fixed date prints the same thing every time.
  const auto instant = options.as_of ? start_of_day(run->as_of, zone) : options.now;
  const std::string date = rfc5322_date(instant.value_or(options.now), zone).value_or("");

  // Compose one message per agency with an address, and the digest.
  std::vector<std::pair<std::string, MailMessage>> messages; // who, message
  for (const AgencyItems& group : groups) {
    // Never write to a body that does not exist on the day; its items are in the digest.
    if (group.items.empty() || !group.exists) {
      continue;
    }
    if (!group.has_address) {
      // The agency's id and name come from the plan: shown escaped.
      print_error(err,
                  {options.digest_to.empty() ? MsgId::no_address_no_digest : MsgId::no_address,
                   {terminal_text(group.agency->id.value), terminal_text(group.agency->name)}},
                  lang);
      continue;
    }
    MailMessage m;
    m.from = options.from;
    for (const Located<std::string>& email : group.agency->emails) {
      m.to.push_back({group.agency->name, email.value});
    }
    m.cc = options.cc;
    m.subject = reminder_subject(group, lang);
    m.date = date;
    m.message_id =
        message_id(group.plan->id.value, group.agency->id.value, run->as_of, options.from);
    m.body = reminder_body(group, run->as_of, lang);
    messages.emplace_back(group.agency->id.value, std::move(m));
  }
  if (!options.digest_to.empty() && !groups.empty()) {
    MailMessage m;
    m.from = options.from;
    m.to = options.digest_to;
    m.subject = digest_subject(groups, lang);
    m.date = date;
    // No agency id starts with '_', so the digest's id is never an agency's.
    m.message_id = message_id(groups.front().plan->id.value, "_digest", run->as_of, options.from);
    m.body = digest_body(groups, run->as_of, options.policy.max_overdue_days, lang);
    messages.emplace_back("digest", std::move(m));
  }

  // Hand each message over; a failure is reported and the next one still goes.
  bool all_sent = true;
  for (const auto& [who, message] : messages) {
    if (options.dry_run) {
      out << format_mbox_entry(message);
      continue;
    }
    const Delivery delivery = deliver(options.sendmail, format_mail(message));
    if (!delivery.ok) {
      all_sent = false;
      print_error(err,
                  {MsgId::delivery_failed,
                   {who, std::to_string(delivery.status), failure_output(delivery.output)}},
                  lang);
    }
  }
  out.flush();
  return all_sent ? ExitCode::ok : ExitCode::findings;
}

} // namespace plancheck
