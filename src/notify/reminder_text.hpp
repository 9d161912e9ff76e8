#pragma once

#include "check/finding.hpp"

#include <string>
#include <vector>

namespace plancheck {

// What one agency is reminded of: its items, in output order. The agency is
// the one that answers for them on the day: the one that owes them, or the
// successor that holds the work of an agency that ended.
struct AgencyItems {
  const Plan* plan = nullptr;
  const Agency* agency = nullptr;
  std::vector<const Finding*> items; // in the agency's message and the digest
  std::vector<const Finding*> stale; // overdue past --max-overdue: the digest only
  bool has_address = true;
  bool exists = true; // the agency exists on the day; else the digest only
};

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
