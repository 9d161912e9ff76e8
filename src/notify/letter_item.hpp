#pragma once

#include "check/finding.hpp"
#include "model/lang.hpp"

#include <string>

namespace plancheck {

// Who reads an item: the agency that owes it, asked to act, or the
// coordinators, told where it stands.
enum class Reader { agency, coordinator };

// Return one item of a reminder, numbered `label` ("1.", "2.3."): its full
// title, never cut; its deadline as the plan words it, its last on-time day
// and the days left or overdue; for a report, the tasks it must cover (or,
// when incomplete, still lacks), each with its title; and whose item it was
// when the work passed on. Lines after the first are indented under the title.
std::string letter_item(const Finding& f, const std::string& label, Reader reader, Lang lang);

} // namespace plancheck
