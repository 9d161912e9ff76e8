#pragma once

#include "notify/agency_items.hpp"

#include <string>
#include <vector>

namespace plancheck {

// Return the subject of a reminder: the plan's short title and the counts,
// "[Nhắc việc] Kế hoạch CNSH: 1 việc quá hạn, 2 việc sắp đến hạn".
std::string reminder_subject(const AgencyItems& agency, Lang lang);

// Return the body of a reminder to one agency, as an official letter:
// salutation, request, numbered items, how to send and whom to ask,
// closing, the signing body, and where replies go (or not to reply).
std::string reminder_body(const AgencyItems& agency, Lang lang);

// Return the subject and body of the coordinator's digest: every agency's
// items, numbered and in full, agencies without an address marked so.
std::string digest_subject(const std::vector<AgencyItems>& agencies, Lang lang);
// `max_overdue_days` names the section of items too long overdue for the
// agencies' own messages.
std::string digest_body(const std::vector<AgencyItems>& agencies, Day as_of, int max_overdue_days,
                        Lang lang);

} // namespace plancheck
