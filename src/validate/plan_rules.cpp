#include "validate/plan_rules.hpp"

#include "model/succession.hpp"
#include "validate/reference_checker.hpp"

#include <algorithm>
#include <set>
#include <unordered_map>

#include <date/tz.h>
#include <fmt/format.h>

namespace plancheck {
namespace {

void check_dates(const Plan& plan, Reporter& reporter) {
  if (plan.period_from.pos.line != 0 && plan.period_to.pos.line != 0 &&
      plan.period_from.value > plan.period_to.value) {
    reporter.report(plan.period_from.pos, Rule::plan_period, MsgId::period_order,
                    {format_iso(plan.period_from.value), format_iso(plan.period_to.value)});
  }
  if (plan.timezone.pos.line != 0) {
    try {
      (void)date::locate_zone(plan.timezone.value);
    } catch (const std::exception&) {
      reporter.report(plan.timezone.pos, Rule::plan_timezone, MsgId::bad_timezone,
                      {plan.timezone.value});
    }
  }
}

// Ids of one kind must be unique; agencies and groups share one namespace.
template <class T>
void check_unique(const std::vector<T>& items, std::unordered_map<std::string, int>& first_line,
                  Reporter& reporter) {
  for (const T& item : items) {
    if (item.id.value.empty()) {
      continue;
    }
    const auto [it, inserted] = first_line.emplace(item.id.value, item.id.pos.line);
    if (!inserted) {
      reporter.report(item.id.pos, Rule::ref_duplicate_id, MsgId::duplicate_id,
                      {item.id.value, std::to_string(it->second)});
    }
  }
}

void check_duplicates(const Plan& plan, Reporter& reporter) {
  std::unordered_map<std::string, int> names;
  check_unique(plan.agencies, names, reporter);
  check_unique(plan.groups, names, reporter);
  std::unordered_map<std::string, int> tasks;
  check_unique(plan.tasks, tasks, reporter);
  std::unordered_map<std::string, int> duties;
  check_unique(plan.duties, duties, reporter);
}

void check_all(const Plan& plan, const std::vector<Id>& refs, RefKind kind, Reporter& reporter) {
  for (const Id& ref : refs) {
    check_reference(plan, ref, kind, reporter);
  }
}

void check_references(const Plan& plan, Reporter& reporter) {
  check_reference(plan, plan.issuer, RefKind::agency, reporter);
  for (const Agency& agency : plan.agencies) {
    if (agency.successor) {
      check_reference(plan, *agency.successor, RefKind::agency, reporter);
    }
  }
  for (const Group& group : plan.groups) {
    check_all(plan, group.members, RefKind::agency_or_group, reporter);
  }
  for (const Task& task : plan.tasks) {
    check_all(plan, task.owners, RefKind::agency_or_group, reporter);
    check_all(plan, task.partners, RefKind::agency_or_group, reporter);
  }
  for (const Duty& duty : plan.duties) {
    check_all(plan, duty.from, RefKind::agency_or_group, reporter);
    check_all(plan, duty.to, RefKind::agency_or_group, reporter);
    if (duty.via) {
      check_reference(plan, *duty.via, RefKind::agency, reporter);
    }
    check_all(plan, duty.covered_tasks, RefKind::task, reporter);
  }
}

void check_group_cycles(const Plan& plan, Reporter& reporter) {
  // Depth-first search; each cycle is reported once, at its first group in the file.
  enum class Mark { fresh, open, done };
  std::unordered_map<const Group*, Mark> marks;
  std::vector<const Group*> path;
  std::set<std::set<const Group*>> reported;
  const auto visit = [&](const auto& self, const Group& group) -> void {
    marks[&group] = Mark::open;
    path.push_back(&group);
    for (const Id& member : group.members) {
      const Group* next = plan.find_group(member.value);
      if (next == nullptr) {
        continue;
      }
      if (marks[next] == Mark::open) {
        const auto start = std::find(path.begin(), path.end(), next);
        std::vector<std::string> names;
        for (auto it = start; it != path.end(); ++it) {
          names.push_back((*it)->id.value);
        }
        names.push_back(next->id.value);
        const std::set<const Group*> members(start, path.end());
        const Group* first = *std::min_element(
            start, path.end(), [](auto* a, auto* b) { return a->id.pos < b->id.pos; });
        if (reported.insert(members).second) {
          reporter.report(first->id.pos, Rule::ref_group_cycle, MsgId::group_cycle,
                          {fmt::format("{}", fmt::join(names, " → "))});
        }
      } else if (marks[next] == Mark::fresh) {
        self(self, *next);
      }
    }
    path.pop_back();
    marks[&group] = Mark::done;
  };
  for (const Group& group : plan.groups) {
    if (marks[&group] == Mark::fresh) {
      visit(visit, group);
    }
  }
}

void check_succession(const Plan& plan, Reporter& reporter) {
  std::set<std::set<const Agency*>> reported;
  for (const Agency& agency : plan.agencies) {
    if (agency.since && agency.until && agency.since->value > agency.until->value) {
      reporter.report(agency.since->pos, Rule::agency_dates, MsgId::since_after_until,
                      {format_iso(agency.since->value), format_iso(agency.until->value)});
    }
    if (agency.successor && !agency.until) {
      reporter.report(agency.successor->pos, Rule::agency_successor, MsgId::successor_without_until,
                      {agency.id.value});
    }
    // Follow the chain; coming back to an agency already on it is a loop.
    std::vector<const Agency*> chain{&agency};
    const Agency* current = &agency;
    while (current->successor) {
      const Agency* next = plan.find_agency(current->successor->value);
      if (next == nullptr) {
        break;
      }
      const auto seen = std::find(chain.begin(), chain.end(), next);
      if (seen != chain.end()) {
        if (seen == chain.begin() &&
            reported.insert(std::set<const Agency*>(chain.begin(), chain.end())).second) {
          std::vector<std::string> names;
          for (const Agency* a : chain) {
            names.push_back(a->id.value);
          }
          names.push_back(agency.id.value);
          reporter.report(agency.successor->pos, Rule::agency_successor, MsgId::successor_loop,
                          {fmt::format("{}", fmt::join(names, " → "))});
        }
        break;
      }
      chain.push_back(next);
      current = next;
    }
  }
}

// Whether `agency`'s duties die with it: it ended, and so did every successor after it.
bool ends_without_successor(const Plan& plan, const Agency& agency) {
  const Agency* current = &agency;
  for (std::size_t step = 0; step <= plan.agencies.size(); ++step) {
    if (!current->until) {
      return false;
    }
    if (!current->successor) {
      return true;
    }
    current = plan.find_agency(current->successor->value);
    if (current == nullptr) {
      return false;
    }
  }
  return false;
}

void check_orphans(const Plan& plan, Reporter& reporter) {
  for (const Task& task : plan.tasks) {
    const std::vector<const Agency*> owners = expand_groups(plan, task.owners);
    if (!owners.empty() && std::all_of(owners.begin(), owners.end(), [&](const Agency* a) {
          return ends_without_successor(plan, *a);
        })) {
      reporter.report(task.id.pos, Rule::plan_orphan_task, MsgId::orphan_task, {task.id.value});
    }
  }
}

void check_unused(const Plan& plan, Reporter& reporter) {
  std::set<std::string> used{plan.issuer.value};
  const auto use = [&](const std::vector<Id>& refs) {
    for (const Id& ref : refs) {
      used.insert(ref.value);
    }
  };
  for (const Agency& agency : plan.agencies) {
    if (agency.successor) {
      used.insert(agency.successor->value);
    }
  }
  for (const Group& group : plan.groups) {
    use(group.members);
  }
  for (const Task& task : plan.tasks) {
    use(task.owners);
    use(task.partners);
  }
  for (const Duty& duty : plan.duties) {
    use(duty.from);
    use(duty.to);
    if (duty.via) {
      used.insert(duty.via->value);
    }
  }
  for (const Agency& agency : plan.agencies) {
    if (!agency.id.value.empty() && !used.contains(agency.id.value)) {
      reporter.report(agency.id.pos, Rule::plan_unused_agency, MsgId::unused_agency,
                      {agency.id.value});
    }
  }
}

} // namespace

void check_plan_rules(const Plan& plan, Reporter& reporter) {
  check_dates(plan, reporter);
  check_duplicates(plan, reporter);
  check_references(plan, reporter);
  check_group_cycles(plan, reporter);
  check_succession(plan, reporter);
  check_orphans(plan, reporter);
  check_unused(plan, reporter);
}

} // namespace plancheck
