#include "app/plan_ids.hpp"

#include "app/prepared_run.hpp"

#include <sstream>

namespace plancheck {
namespace {

// The id and name or title of each of `items`.
template <typename Item, typename Name>
void add_ids(std::vector<PlanId>& ids, const std::vector<Item>& items, Name name) {
  for (const Item& item : items) {
    ids.push_back({item.id.value, item.*name});
  }
}

} // namespace

std::vector<PlanId> plan_ids(const std::vector<std::string>& paths, ListKind kind,
                             std::chrono::system_clock::time_point now) {
  std::ostringstream unheard; // what went wrong is for `validate` to say
  const std::unique_ptr<PreparedRun> run =
      prepare_run(paths, std::nullopt, now, {}, {}, Lang::en, unheard, Reading::plan_alone, 1);
  std::vector<PlanId> ids;
  if (!run) {
    return ids;
  }
  for (const PlanInput& input : run->inputs) {
    const Plan& plan = *input.plan;
    switch (kind) {
    case ListKind::agencies:
      add_ids(ids, plan.agencies, &Agency::name);
      break;
    case ListKind::groups:
      add_ids(ids, plan.groups, &Group::name);
      break;
    case ListKind::tasks:
      add_ids(ids, plan.tasks, &Task::title);
      break;
    case ListKind::duties:
      add_ids(ids, plan.duties, &Duty::title);
      break;
    }
  }
  return ids;
}

} // namespace plancheck
