#include "validate/deadline_days.hpp"

#include "model/deadline_roll.hpp"
#include "model/instances.hpp"
#include "model/weekday_word.hpp"

namespace plancheck {
namespace {

// Warn at `due` when `day`, one of its last on-time days, is a day off.
void check_day(const Plan& plan, const Located<Deadline>& due, Day day, Reporter& reporter) {
  const WorkCalendar& calendar = calendar_of(plan);
  if (roll_for(plan, due.value) != Roll::none || calendar.is_working_day(day)) {
    return;
  }
  const MsgId weekday = weekday_word(day);
  const auto holiday = calendar.holidays.find(day);
  if (holiday == calendar.holidays.end()) {
    reporter.report(due.pos, Rule::calendar_non_working_deadline, MsgId::deadline_on_weekend,
                    {day, weekday});
  } else if (holiday->second.empty()) {
    reporter.report(due.pos, Rule::calendar_non_working_deadline, MsgId::deadline_on_holiday,
                    {day, weekday});
  } else {
    reporter.report(due.pos, Rule::calendar_non_working_deadline, MsgId::deadline_on_holiday,
                    {day, holiday->second});
  }
}

} // namespace

void check_deadline_days(const Plan& plan, Reporter& reporter) {
  if (!plan.calendar) {
    return; // a plan without a calendar has not said which days are worked
  }
  for (const Duty& duty : plan.duties) {
    if (!duty.due) {
      continue;
    }
    for (const Instance& instance : duty_instances(plan, duty)) {
      check_day(plan, *duty.due, instance.due, reporter);
    }
  }
  for (const Task& task : plan.tasks) {
    if (task.due) {
      check_day(plan, *task.due, last_on_time_day(task.due->value), reporter);
    }
  }
}

} // namespace plancheck
