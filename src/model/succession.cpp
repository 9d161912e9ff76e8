#include "model/succession.hpp"

#include <algorithm>
#include <unordered_set>

namespace plancheck {

const Agency* owner_on(const Plan& plan, std::string_view id, Day day) {
  const Agency* agency = plan.find_agency(id);
  // A loop is reported by validation; the bound keeps an invalid plan from hanging.
  for (std::size_t step = 0; agency != nullptr && step <= plan.agencies.size(); ++step) {
    if (agency->active_on(day)) {
      return agency;
    }
    if (!agency->until || agency->until->value >= day || !agency->successor) {
      return nullptr;
    }
    agency = plan.find_agency(agency->successor->value);
  }
  return nullptr;
}

namespace {

void expand_into(const Plan& plan, const Id& ref, std::vector<const Agency*>& out,
                 std::unordered_set<const Agency*>& seen, std::vector<const Group*>& visiting) {
  if (const Agency* agency = plan.find_agency(ref.value)) {
    if (seen.insert(agency).second) {
      out.push_back(agency);
    }
    return;
  }
  const Group* group = plan.find_group(ref.value);
  if (group == nullptr || std::find(visiting.begin(), visiting.end(), group) != visiting.end()) {
    return;
  }
  visiting.push_back(group);
  for (const Id& member : group->members) {
    expand_into(plan, member, out, seen, visiting);
  }
  visiting.pop_back();
}

} // namespace

std::vector<const Agency*> expand_groups(const Plan& plan, const std::vector<Id>& refs) {
  std::vector<const Agency*> out;
  std::unordered_set<const Agency*> seen;
  std::vector<const Group*> visiting;
  for (const Id& ref : refs) {
    expand_into(plan, ref, out, seen, visiting);
  }
  return out;
}

std::vector<const Agency*> owners_on(const Plan& plan, const std::vector<Id>& refs, Day day) {
  std::vector<const Agency*> out;
  std::unordered_set<const Agency*> seen;
  for (const Agency* agency : expand_groups(plan, refs)) {
    const Agency* owner = owner_on(plan, agency->id.value, day);
    if (owner != nullptr && seen.insert(owner).second) {
      out.push_back(owner);
    }
  }
  return out;
}

bool passes_to(const Plan& plan, const Agency& party, const Agency& agency, Day day) {
  const Agency* current = &party;
  for (std::size_t step = 0; current != nullptr && step <= plan.agencies.size(); ++step) {
    if (current == &agency) {
      return true;
    }
    if (current->active_on(day) || !current->until || current->until->value >= day ||
        !current->successor) {
      return false;
    }
    current = plan.find_agency(current->successor->value);
  }
  return false;
}

const Agency* holder_on(const Plan& plan, const Agency& agency, Day day) {
  const Agency* current = &agency;
  for (std::size_t step = 0; current != nullptr && step <= plan.agencies.size(); ++step) {
    if (!current->until || day <= current->until->value) {
      return current;
    }
    current = current->successor ? plan.find_agency(current->successor->value) : nullptr;
  }
  return nullptr;
}

bool reports_to_itself(const Plan& plan, const Duty& duty, const Agency& agency, Day due) {
  if (duty.via && owner_on(plan, duty.via->value, due) == &agency) {
    return true;
  }
  const std::vector<const Agency*> recipients = owners_on(plan, duty.to, due);
  return std::find(recipients.begin(), recipients.end(), &agency) != recipients.end();
}

} // namespace plancheck
