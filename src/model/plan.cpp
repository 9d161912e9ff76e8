#include "model/plan.hpp"

namespace plancheck {
namespace {

template <class T> void build_index(const std::vector<T>& items, Plan::IdIndex& index) {
  index.clear();
  for (std::size_t i = 0; i < items.size(); ++i) {
    index.emplace(items[i].id.value, i); // the first definition wins
  }
}

template <class T>
const T* lookup(const std::vector<T>& items, const Plan::IdIndex& index, std::string_view id) {
  const auto it = index.find(id);
  return it == index.end() ? nullptr : &items[it->second];
}

} // namespace

void Plan::index() {
  build_index(agencies, m_agency_index);
  build_index(groups, m_group_index);
  build_index(tasks, m_task_index);
  build_index(duties, m_duty_index);
}

const Agency* Plan::find_agency(std::string_view key) const {
  return lookup(agencies, m_agency_index, key);
}
const Group* Plan::find_group(std::string_view key) const {
  return lookup(groups, m_group_index, key);
}
const Task* Plan::find_task(std::string_view key) const {
  return lookup(tasks, m_task_index, key);
}
const Duty* Plan::find_duty(std::string_view key) const {
  return lookup(duties, m_duty_index, key);
}

} // namespace plancheck
