#include "model/deadline_roll.hpp"

namespace plancheck {

Roll roll_for(const Plan& plan, const Deadline& deadline) {
  if (deadline.roll) {
    return *deadline.roll;
  }
  return plan.calendar ? plan.calendar->roll : Roll::none;
}

const WorkCalendar& calendar_of(const Plan& plan) {
  static const WorkCalendar k_default_week;
  return plan.calendar ? *plan.calendar : k_default_week;
}

RolledDay roll_deadline(const Plan& plan, const Deadline& deadline, Day due) {
  const Roll roll = roll_for(plan, deadline);
  const Day day = calendar_of(plan).rolled(due, roll);
  return {day, day == due ? Roll::none : roll};
}

} // namespace plancheck
