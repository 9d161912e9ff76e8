#pragma once

#include "notify/agency_items.hpp"

#include <string>
#include <vector>

namespace plancheck {

// Return the subject of a reminder, with counts:
// "[plancheck] Sở Y tế: 1 quá hạn, 2 sắp đến hạn".
std::string reminder_subject(const AgencyItems& agency, Lang lang);

// Return the body of a reminder to one agency, as of `as_of`.
std::string reminder_body(const AgencyItems& agency, Day as_of, Lang lang);

// Return the subject and body of the coordinator's digest: every agency's
// items, agencies without an address marked so.
std::string digest_subject(const std::vector<AgencyItems>& agencies, Lang lang);
// `max_overdue_days` names the section of items too long overdue for the
// agencies' own messages.
std::string digest_body(const std::vector<AgencyItems>& agencies, Day as_of, int max_overdue_days,
                        Lang lang);

} // namespace plancheck
