#pragma once

#include "model/calendar.hpp"
#include "model/email_address.hpp"

#include <string>

namespace plancheck {

// Return the Message-ID (without angle brackets) of the reminder about
// `plan` for `who` (an agency id, or "_digest") on `day`, in the domain of
// `from`: a second run on the same day gives the same id, so that a mail
// system recognises its messages as the same.
std::string message_id(const std::string& plan, const std::string& who, Day day,
                       const Mailbox& from);

} // namespace plancheck
