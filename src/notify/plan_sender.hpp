#pragma once

#include "model/email_address.hpp"
#include "model/plan.hpp"

#include <optional>

namespace plancheck {

// Return the body that signs `plan`'s reminders on `day`: whoever holds, that
// day, the work of its contact agency, else of its issuer; the agency itself
// when nobody does; nullptr when the plan names neither.
const Agency* signing_body(const Plan& plan, Day day);

// Return where replies to `plan`'s reminders go: the contact's e-mail, named
// after the contact (its name, else the body that signs); nullopt without one.
std::optional<Mailbox> reply_to(const Plan& plan, Day day);

} // namespace plancheck
