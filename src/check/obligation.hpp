#pragma once

#include "model/plan.hpp"

#include <optional>
#include <vector>

namespace plancheck {

enum class ObligationKind { duty, task };

// One thing one agency owes by one day: a duty instance or a task completion.
struct Obligation {
  ObligationKind kind = ObligationKind::duty;
  const Duty* duty = nullptr; // kind duty
  const Task* task = nullptr; // kind task
  std::optional<int> period;  // the year of a yearly duty instance
  const Agency* agency = nullptr;
  Day due{};                          // the last on-time day, moved off a day off by the roll
  Day due_unadjusted{};               // the last on-time day before the roll moved it
  Roll rolled = Roll::none;           // how the roll moved it; none: due == due_unadjusted
  std::vector<const Agency*> parties; // the agencies named for it whose work passed to `agency`
  std::vector<const Task*> covered;   // duty: the tasks it must report on, in plan order

  const std::string& id() const {
    return kind == ObligationKind::duty ? duty->id.value : task->id.value;
  }
};

// Return every obligation of `plan`: each instance of each duty for each
// agency that owes it, and each task with a deadline for each owner, owed
// by the agencies that exist on the deadline (see plancheck(5)).
std::vector<Obligation> build_obligations(const Plan& plan);

} // namespace plancheck
