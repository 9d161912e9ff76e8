#include "check/finding.hpp"

#include "model/succession.hpp"

#include <algorithm>
#include <set>

namespace plancheck {
namespace {

bool earlier(const Report* a, const Report* b) {
  return std::tie(a->submitted.value, a->path) < std::tie(b->submitted.value, b->path);
}

const TaskEntry* entry_for(const Report& report, const std::string& task_id) {
  for (const TaskEntry& entry : report.tasks) {
    if (entry.task.value == task_id) {
      return &entry;
    }
  }
  return nullptr;
}

// Whether `report` may answer for what `agency` owes: it comes from the
// agency holding that work on its `submitted` day (`agency` while it
// exists, afterwards its successor).
bool from_holder(const Plan& plan, const Agency& agency, const Report& report) {
  const Agency* holder = holder_on(plan, agency, report.submitted.value);
  return holder != nullptr && holder->id.value == report.agency.value;
}

// The reports that answer a duty instance: same duty and period, sent by the
// agency that owes it or, once that agency has ended, by its successors (a
// late report for a year before a merger comes from the merged body).
std::vector<const Report*> duty_reports(const Plan& plan, const Obligation& o,
                                        const ReportIndex& index) {
  std::vector<const Report*> out;
  const Agency* sender = o.agency;
  for (std::size_t step = 0; sender != nullptr && step <= plan.agencies.size(); ++step) {
    const auto it = index.by_instance.find({sender->id.value, o.duty->id.value, o.period});
    if (it != index.by_instance.end()) {
      std::copy_if(it->second.begin(), it->second.end(), std::back_inserter(out),
                   [&](const Report* r) { return from_holder(plan, *o.agency, *r); });
    }
    sender = sender->successor ? plan.find_agency(sender->successor->value) : nullptr;
  }
  std::sort(out.begin(), out.end(), earlier);
  return out;
}

// The reports, of any kind, that list the task as done and come from the
// owner, from an agency the task passed through on its way to the owner
// (for A -> B -> C, a report from B while it existed counts for C), or,
// after the owner ended, from the agency holding its work.
std::vector<const Report*>
task_reports(const Plan& plan, const Obligation& o,
             const std::unordered_map<std::string, std::vector<const Report*>>& by_task) {
  std::vector<const Report*> out;
  const auto it = by_task.find(o.task->id.value);
  if (it == by_task.end()) {
    return out;
  }
  for (const Report* r : it->second) {
    const Agency* sender = plan.find_agency(r->agency.value);
    const bool from_predecessor =
        sender != nullptr && passes_to(plan, *sender, *o.agency, o.due) &&
        std::any_of(o.parties.begin(), o.parties.end(),
                    [&](const Agency* party) { return passes_to(plan, *party, *sender, o.due); });
    if (sender == o.agency || from_predecessor || from_holder(plan, *o.agency, *r)) {
      out.push_back(r);
    }
  }
  return out;
}

// The first day `holder` held the work of `agency`: the day after the
// agency before it in the chain ended.
std::optional<Day> passed_on_day(const Plan& plan, const Agency& agency, const Agency& holder) {
  const Agency* current = &agency;
  for (std::size_t step = 0; current != nullptr && step <= plan.agencies.size(); ++step) {
    const Agency* next = current->successor ? plan.find_agency(current->successor->value) : nullptr;
    if (next == &holder && current->until) {
      return current->until->value + date::days{1};
    }
    current = next;
  }
  return std::nullopt;
}

// Cite what a person chasing an unfulfilled obligation needs: the latest
// report of an incomplete duty instance (and how long ago it came), the
// latest report saying a task is in progress.
void cite_reports(Finding& f, const std::vector<const Report*>& matching,
                  const ReportIndex& reports, Day as_of) {
  if (f.status == Status::incomplete && !matching.empty()) {
    const Report& latest = *matching.back();
    f.latest_report = ReportCitation{latest.number.value, latest.submitted.value};
    f.days_since_report = static_cast<int>((as_of - latest.submitted.value).count());
  }
  if (f.obligation.kind == ObligationKind::task && !f.fulfilled) {
    const std::vector<const Report*> progress =
        task_reports(*f.plan, f.obligation, reports.in_progress_by_task);
    if (!progress.empty()) {
      f.in_progress =
          ReportCitation{progress.back()->number.value, progress.back()->submitted.value};
    }
  }
}

} // namespace

Status decide_status(const StatusFacts& facts, Day as_of, int within_days) {
  if (facts.fulfilled) {
    return *facts.fulfilled <= facts.due ? Status::ok : Status::late;
  }
  if (facts.waived) {
    return Status::waived;
  }
  if (facts.lapsed) {
    return Status::lapsed;
  }
  if (facts.answered) {
    return Status::incomplete; // only duty instances get here: a done task is fulfilled
  }
  if (facts.due < as_of) {
    return Status::overdue;
  }
  return (facts.due - as_of).count() <= within_days ? Status::due_soon : Status::pending;
}

ReportIndex index_reports(const std::vector<const Report*>& reports, Day as_of) {
  std::vector<const Report*> existing;
  std::copy_if(reports.begin(), reports.end(), std::back_inserter(existing),
               [&](const Report* r) { return r->submitted.value <= as_of; });
  std::sort(existing.begin(), existing.end(), earlier);
  ReportIndex index;
  for (const Report* r : existing) {
    if (r->duty) {
      const std::optional<int> period =
          r->period ? std::optional<int>(r->period->value) : std::nullopt;
      index.by_instance[{r->agency.value, r->duty->value, period}].push_back(r);
    }
    for (const TaskEntry& entry : r->tasks) {
      if (entry.status.value == TaskStatus::done) {
        index.done_by_task[entry.task.value].push_back(r);
      } else if (entry.status.value == TaskStatus::in_progress) {
        index.in_progress_by_task[entry.task.value].push_back(r);
      }
    }
  }
  return index;
}

Finding evaluate(const Plan& plan, const Obligation& obligation, const ReportIndex& reports,
                 Day as_of, int within_days, const DecisionEffect& effect) {
  Finding f;
  f.plan = &plan;
  f.obligation = obligation;
  f.due_original = obligation.due;
  f.due = effect.due.value_or(obligation.due);
  f.due_unadjusted = effect.due ? f.due : obligation.due_unadjusted;
  f.decision = effect.decision;
  const bool is_duty = obligation.kind == ObligationKind::duty;
  const std::vector<const Report*> matching =
      is_duty ? duty_reports(plan, obligation, reports)
              : task_reports(plan, obligation, reports.done_by_task);
  std::vector<const Report*> by_path = matching;
  std::sort(by_path.begin(), by_path.end(),
            [](const Report* a, const Report* b) { return a->path < b->path; });
  for (const Report* r : by_path) {
    f.reports.push_back(r->path);
    f.report_numbers.push_back(r->number.value);
  }
  if (!matching.empty()) {
    f.submitted = matching.front()->submitted.value;
    f.path = matching.front()->path;
    f.pos = is_duty ? matching.front()->pos
                    : entry_for(*matching.front(), obligation.task->id.value)->task.pos;
  } else {
    // A duty a request added is written in the request's file.
    f.path = is_duty && obligation.duty->request ? obligation.duty->request->path : plan.path;
    f.pos = is_duty ? obligation.duty->id.pos : obligation.task->id.pos;
  }

  if (is_duty) {
    // Coverage grows report by report; the one that completes it fulfils the instance.
    std::set<std::string> reported;
    for (const Report* r : matching) {
      for (const TaskEntry& entry : r->tasks) {
        reported.insert(entry.task.value);
      }
      const bool covered =
          std::all_of(obligation.covered.begin(), obligation.covered.end(),
                      [&](const Task* t) { return reported.contains(t->id.value); });
      if (covered) {
        f.fulfilled = r->submitted.value;
        break;
      }
    }
    for (const Task* task : obligation.covered) {
      if (!reported.contains(task->id.value)) {
        f.missing_tasks.push_back(task->id.value);
      }
    }
  } else if (!matching.empty()) {
    f.fulfilled =
        matching.front()->completed_on(*entry_for(*matching.front(), obligation.task->id.value));
  }

  // Who answers for it now: the agency that owed it, its successor, or nobody.
  const Agency& agency = *obligation.agency;
  const Agency* holder = holder_on(plan, agency, as_of);
  f.agency_ended = agency.until && agency.until->value < as_of;
  if (!f.fulfilled && holder != &agency && holder != nullptr) {
    f.answerable_by = holder;
    f.passed_on = passed_on_day(plan, agency, *holder);
  }
  f.status =
      decide_status({f.fulfilled, !matching.empty(), f.due, effect.waived, holder == nullptr},
                    as_of, within_days);
  if (f.fulfilled && effect.waived) {
    f.decision.reset(); // a waiver excuses what is not done; this was done
  }
  f.days = static_cast<int>((f.fulfilled.value_or(as_of) - f.due).count());
  cite_reports(f, matching, reports, as_of);
  return f;
}

} // namespace plancheck
