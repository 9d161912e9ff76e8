#include "validate/obligation_count.hpp"

#include "model/instances.hpp"
#include "model/succession.hpp"

namespace plancheck {

void check_obligation_count(const Plan& plan, Reporter& reporter) {
  std::size_t count = 0;
  // Whether `more` takes the count past the limit; if so, say where.
  const auto add = [&](std::size_t more, const Id& where) {
    count += more;
    if (count <= k_max_obligations) {
      return false;
    }
    reporter.report(where.pos, Rule::plan_obligations, MsgId::too_many_obligations,
                    {std::to_string(k_max_obligations), where.value});
    return true;
  };
  for (const Duty& duty : plan.duties) {
    const std::size_t senders = expand_groups(plan, duty.from).size();
    if (add(duty_instances(plan, duty).size() * senders, duty.id)) {
      return;
    }
  }
  for (const Task& task : plan.tasks) {
    if (task.due && add(expand_groups(plan, task.owners).size(), task.id)) {
      return;
    }
  }
}

} // namespace plancheck
