#pragma once

#include "model/plan.hpp"

namespace plancheck {

// A last on-time day after the plan's calendar moved it, and how it moved
// (Roll::none when it stayed).
struct RolledDay {
  Day day{};
  Roll moved = Roll::none;
};

// Return the roll that applies to `deadline`: its own, else the plan's
// calendar's, else none.
Roll roll_for(const Plan& plan, const Deadline& deadline);

// Return the calendar days are judged by: the plan's, or for a plan with
// none the default week (Saturday and Sunday off, no holidays).
const WorkCalendar& calendar_of(const Plan& plan);

// Return `due`, the last on-time day of `deadline`, moved off a day that is
// not a working day as roll_for says (plancheck(5), "Working days").
RolledDay roll_deadline(const Plan& plan, const Deadline& deadline, Day due);

} // namespace plancheck
