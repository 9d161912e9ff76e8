#include "validate/plan_rules.hpp"

#include "model/succession.hpp"
#include "validate/obligation_count.hpp"
#include "validate/reference_checker.hpp"

#include <algorithm>
#include <set>
#include <unordered_map>

#include <date/tz.h>
#include <fmt/format.h>

namespace plancheck {
namespace {

// Whether the plan's period is longer than k_max_period_years: from 1 March
// 2024, the period may end on 28 February 2124 at the latest.
bool period_too_long(const Plan& plan) {
  const date::year_month_day from{plan.period_from.value};
  const date::year_month_day later = from + date::years{k_max_period_years};
  const Day limit = later.ok() ? Day{later} : Day{later.year() / later.month() / date::last};
  return plan.period_to.value >= limit;
}

void check_dates(const Plan& plan, Reporter& reporter) {
  const bool both = plan.period_from.pos.line != 0 && plan.period_to.pos.line != 0;
  if (both && plan.period_from.value > plan.period_to.value) {
    reporter.report(plan.period_from.pos, Rule::plan_period, MsgId::period_order,
                    {plan.period_from.value, plan.period_to.value});
  } else if (both && period_too_long(plan)) {
    reporter.report(
        plan.period_to.pos, Rule::plan_period, MsgId::period_too_long,
        {plan.period_from.value, plan.period_to.value, std::to_string(k_max_period_years)});
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
                  Reporter& reporter, bool (*checked)(const T&) = nullptr) {
  for (const T& item : items) {
    if (item.id.value.empty() || (checked != nullptr && !checked(item))) {
      continue;
    }
    const auto [it, inserted] = first_line.emplace(item.id.value, item.id.pos.line);
    if (!inserted) {
      reporter.report(item.id.pos, Rule::ref_duplicate_id, MsgId::duplicate_id,
                      {item.id.value, std::to_string(it->second)});
    }
  }
}

// Whether `duty` is written in plan.yaml; a request's duties are checked in its own file.
bool from_plan_file(const Duty& duty) {
  return !duty.request.has_value();
}

void check_duplicates(const Plan& plan, Reporter& reporter) {
  std::unordered_map<std::string, int> names;
  check_unique(plan.agencies, names, reporter);
  check_unique(plan.groups, names, reporter);
  std::unordered_map<std::string, int> tasks;
  check_unique(plan.tasks, tasks, reporter);
  std::unordered_map<std::string, int> duties;
  check_unique(plan.duties, duties, reporter, from_plan_file);
}

void check_all(const Plan& plan, const std::vector<Id>& refs, RefKind kind, Reporter& reporter) {
  for (const Id& ref : refs) {
    check_reference(plan, ref, kind, reporter);
  }
}

void check_references(const Plan& plan, Reporter& reporter) {
  check_reference(plan, plan.issuer, RefKind::agency, reporter);
  if (plan.contact && plan.contact->agency) {
    check_reference(plan, *plan.contact->agency, RefKind::agency, reporter);
  }
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
    if (!from_plan_file(duty)) {
      continue;
    }
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

void check_agency_dates(const Plan& plan, Reporter& reporter) {
  for (const Agency& agency : plan.agencies) {
    if (agency.since && agency.until && agency.since->value > agency.until->value) {
      reporter.report(agency.since->pos, Rule::agency_dates, MsgId::since_after_until,
                      {agency.since->value, agency.until->value});
    }
    if (agency.successor && !agency.until) {
      reporter.report(agency.successor->pos, Rule::agency_successor, MsgId::successor_without_until,
                      {agency.id.value});
    }
  }
}

// The agency `agency` names as its successor, or nullptr.
const Agency* successor_of(const Plan& plan, const Agency& agency) {
  return agency.successor ? plan.find_agency(agency.successor->value) : nullptr;
}

// Each agency has at most one successor, so the chains form a graph in
// which each walk ends, joins a walk already made, or comes back onto
// itself. A walker steps on each agency once over all its walks, however
// long the chains: a walk from an agency follows successors until it meets
// an agency met before, on this walk (a loop) or an earlier one.
class ChainWalker {
public:
  enum class Mark : unsigned char { fresh, on_walk, done };

  explicit ChainWalker(const Plan& plan)
      : m_plan(plan), m_marks(plan.agencies.size(), Mark::fresh) {}

  // Walk from `start` while `follow(agency)` holds; return where the walk
  // stopped (nullptr: at the end of the chain). walked() is the walk.
  template <class Follow> const Agency* walk(const Agency& start, const Follow& follow) {
    m_walk.clear();
    const Agency* current = &start;
    while (current != nullptr && mark(current) == Mark::fresh && follow(*current)) {
      m_marks[index(current)] = Mark::on_walk;
      m_walk.push_back(current);
      current = successor_of(m_plan, *current);
    }
    return current;
  }

  const std::vector<const Agency*>& walked() const { return m_walk; }
  Mark mark(const Agency* agency) const { return m_marks[index(agency)]; }
  void finish(const Agency* agency) { m_marks[index(agency)] = Mark::done; }
  std::size_t index(const Agency* agency) const {
    return static_cast<std::size_t>(agency - m_plan.agencies.data());
  }

private:
  const Plan& m_plan;
  std::vector<Mark> m_marks;
  std::vector<const Agency*> m_walk;
};

// Report each loop of successors once, at its member that comes first in the plan.
void check_successor_loops(const Plan& plan, Reporter& reporter) {
  ChainWalker walker(plan);
  for (const Agency& start : plan.agencies) {
    const Agency* current = walker.walk(start, [](const Agency&) { return true; });
    const std::vector<const Agency*>& walk = walker.walked();
    if (current != nullptr && walker.mark(current) == ChainWalker::Mark::on_walk) {
      std::vector<const Agency*> loop(std::find(walk.begin(), walk.end(), current), walk.end());
      std::rotate(loop.begin(), std::min_element(loop.begin(), loop.end()), loop.end());
      std::vector<std::string> names;
      for (const Agency* a : loop) {
        names.push_back(a->id.value);
      }
      names.push_back(loop.front()->id.value);
      reporter.report(loop.front()->successor->pos, Rule::agency_successor, MsgId::successor_loop,
                      {fmt::format("{}", fmt::join(names, " → "))});
    }
    for (const Agency* a : walk) {
      walker.finish(a);
    }
  }
}

void check_succession(const Plan& plan, Reporter& reporter) {
  check_agency_dates(plan, reporter);
  check_successor_loops(plan, reporter);
}

// For each agency, whether its duties die with it: it ended, and so did
// every successor after it. Worked out once for all, walking each chain
// once; a loop (reported elsewhere) counts as not dying.
std::vector<bool> ends_without_successor(const Plan& plan) {
  ChainWalker walker(plan);
  std::vector<bool> ends(plan.agencies.size(), false);
  for (const Agency& start : plan.agencies) {
    // Follow the chain while the agencies on it ended and name a successor.
    const Agency* current = walker.walk(
        start, [](const Agency& a) { return a.until.has_value() && a.successor.has_value(); });
    bool result = false;
    if (current != nullptr) {
      const ChainWalker::Mark mark = walker.mark(current);
      if (mark == ChainWalker::Mark::done) {
        result = ends[walker.index(current)];
      } else if (mark == ChainWalker::Mark::fresh) {
        // The chain stops here: it dies if this one ended with no successor.
        result = current->until.has_value() && !current->successor.has_value();
        walker.finish(current);
        ends[walker.index(current)] = result;
      }
      // on_walk: a loop; nothing on it dies.
    }
    for (const Agency* a : walker.walked()) {
      walker.finish(a);
      ends[walker.index(a)] = result;
    }
  }
  return ends;
}

void check_orphans(const Plan& plan, Reporter& reporter) {
  const std::vector<bool> ends = ends_without_successor(plan);
  for (const Task& task : plan.tasks) {
    const std::vector<const Agency*> owners = expand_groups(plan, task.owners);
    if (!owners.empty() && std::all_of(owners.begin(), owners.end(), [&](const Agency* a) {
          return ends[static_cast<std::size_t>(a - plan.agencies.data())];
        })) {
      reporter.report(task.id.pos, Rule::plan_orphan_task, MsgId::orphan_task, {task.id.value});
    }
  }
}

void check_unused(const Plan& plan, Reporter& reporter) {
  std::set<std::string> used{plan.issuer.value};
  if (plan.contact && plan.contact->agency) {
    used.insert(plan.contact->agency->value);
  }
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

void check_plan_rules(const Plan& plan, Reporter& reporter,
                      const std::vector<LoadedRequest>& requests, Diagnostics& out) {
  check_dates(plan, reporter);
  check_duplicates(plan, reporter);
  check_references(plan, reporter);
  check_group_cycles(plan, reporter);
  check_succession(plan, reporter);
  check_orphans(plan, reporter);
  check_unused(plan, reporter);
  // Only a plan whose period and references hold is worth counting.
  if (!period_too_long(plan)) {
    check_obligation_count(plan, reporter, requests, out);
  }
}

void check_plan_rules(const Plan& plan, Reporter& reporter) {
  Diagnostics unused;
  check_plan_rules(plan, reporter, {}, unused);
}

} // namespace plancheck
