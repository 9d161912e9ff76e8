#pragma once

#include "model/email_address.hpp"

#include <optional>
#include <string>
#include <vector>

namespace plancheck {

// An email ready to be put into RFC 5322 form.
struct MailMessage {
  Mailbox from;
  std::vector<Mailbox> to;
  std::vector<Mailbox> cc;
  std::optional<Mailbox> reply_to; // where replies go; absent: to `from`
  std::string subject;             // UTF-8; encoded when written
  std::string date;                // RFC 5322 date-time, e.g. "Sat, 28 Nov 2026 00:00:00 +0700"
  std::string message_id;          // without the angle brackets
  std::string body;                // UTF-8 text with LF line ends
};

// Return `mailbox` for an address header: `"Name" <a@b>` with the name
// quoted or encoded as needed, or the bare address.
std::string format_mailbox(const Mailbox& mailbox);

// Return `message` as an RFC 5322 message with LF line ends (the form
// sendmail reads): From, To, Cc, Reply-To, Subject, Date, Message-ID, MIME-Version,
// Content-Type text/plain UTF-8, quoted-printable body, Auto-Submitted.
std::string format_mail(const MailMessage& message);

// Return `message` as one mbox entry: a "From " separator line, the
// message, and a blank line.
std::string format_mbox_entry(const MailMessage& message);

} // namespace plancheck
