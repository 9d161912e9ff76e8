#include "notify/reminders.hpp"

#include "model/today.hpp"
#include "notify/agency_items.hpp"
#include "notify/message_id.hpp"
#include "notify/plan_sender.hpp"
#include "notify/reminder_text.hpp"

namespace plancheck {
namespace {

// The message to one agency about its items.
MailMessage agency_mail(const AgencyItems& group, Day as_of, const std::string& date,
                        const ReminderOptions& options) {
  MailMessage m;
  m.from = options.from;
  for (const Located<std::string>& email : group.agency->emails) {
    m.to.push_back({group.agency->name, email.value});
  }
  m.cc = options.cc;
  m.subject = reminder_subject(group, options.lang);
  m.date = date;
  m.message_id = message_id(group.plan->id.value, group.agency->id.value, as_of, options.from);
  m.reply_to = reply_to(*group.plan, as_of);
  m.body = reminder_body(group, options.lang);
  return m;
}

// The coordinators' digest of every agency's items.
MailMessage digest_mail(const std::vector<AgencyItems>& groups, Day as_of, const std::string& date,
                        const ReminderPolicy& policy, const ReminderOptions& options) {
  MailMessage m;
  m.from = options.from;
  m.to = options.digest_to;
  m.subject = digest_subject(groups, options.lang);
  m.date = date;
  // No agency id starts with '_', so the digest's id is never an agency's.
  m.message_id = message_id(groups.front().plan->id.value, "_digest", as_of, options.from);
  m.body = digest_body(groups, as_of, policy.max_overdue_days, options.lang);
  return m;
}

} // namespace

Reminders compose_reminders(const CheckResult& result, const ReminderPolicy& policy,
                            const ReminderOptions& options) {
  const std::vector<AgencyItems> groups = group_by_agency(result, policy);
  const std::string date = rfc5322_date(options.date, result.timezone).value_or("");
  Reminders reminders;
  for (const AgencyItems& group : groups) {
    // Never write to a body that does not exist on the day; its items are in the digest.
    if (group.items.empty() || !group.exists) {
      continue;
    }
    if (!group.has_address) {
      reminders.unaddressed.push_back(group.agency);
      continue;
    }
    reminders.messages.push_back(
        {group.agency->id.value, agency_mail(group, result.as_of, date, options)});
  }
  if (!options.digest_to.empty() && !groups.empty()) {
    reminders.messages.push_back(
        {MsgId::digest_recipient, digest_mail(groups, result.as_of, date, policy, options)});
  }
  return reminders;
}

} // namespace plancheck
