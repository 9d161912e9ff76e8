#pragma once

#include "check/check.hpp"
#include "model/email_address.hpp"
#include "model/lang.hpp"
#include "model/message.hpp"
#include "notify/mail_message.hpp"
#include "notify/reminder_policy.hpp"

#include <chrono>
#include <string>
#include <vector>

namespace plancheck {

// Who sends the reminders, who else receives them, when, and in which language.
struct ReminderOptions {
  Mailbox from;
  std::vector<Mailbox> digest_to;             // the coordinators; empty: no digest
  std::vector<Mailbox> cc;                    // copied on every agency's message
  std::chrono::system_clock::time_point date; // the Date header, told in the plan's zone
  Lang lang = Lang::en;
};

// One message to hand over.
struct Reminder {
  MessageArg recipient; // the agency's id, or the word for the digest: how a failure names it
  MailMessage mail;
};

// The reminders of a day.
struct Reminders {
  std::vector<Reminder> messages;         // one per agency, by plan and agency id, then the digest
  std::vector<const Agency*> unaddressed; // agencies with items but no address, in that order
};

// Compose the reminders of `result.as_of` under `policy`: a message to each
// agency that exists that day, has an address and has items due, and, when
// there are coordinators, a digest of every agency's items.
Reminders compose_reminders(const CheckResult& result, const ReminderPolicy& policy,
                            const ReminderOptions& options);

} // namespace plancheck
