#include "model/instances.hpp"

namespace plancheck {

std::vector<Instance> duty_instances(const Plan& plan, const Duty& duty) {
  std::vector<Instance> instances;
  if (!duty.due) {
    return instances;
  }
  const Deadline& deadline = duty.due->value;
  if (!deadline.yearly()) {
    // Nothing is due before the plan was issued, once or yearly.
    const Day due = last_on_time_day(deadline);
    if (!plan.issued || due >= plan.issued->value) {
      instances.push_back({std::nullopt, due});
    }
    return instances;
  }
  const Day first_allowed =
      plan.issued ? std::max(plan.issued->value, plan.period_from.value) : plan.period_from.value;
  // A `before 1 January` deadline falls in the previous year, hence the margin.
  for (int year = year_of(plan.period_from.value) - 1; year <= year_of(plan.period_to.value) + 1;
       ++year) {
    const Day due = last_on_time_day(deadline, year);
    if (due >= first_allowed && due <= plan.period_to.value) {
      instances.push_back({year, due});
    }
  }
  return instances;
}

} // namespace plancheck
