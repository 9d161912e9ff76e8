#include "validate/report_rules.hpp"

#include "model/instances.hpp"
#include "model/succession.hpp"
#include "validate/reference_checker.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

namespace plancheck {
namespace {

std::string year_span(const std::vector<Instance>& instances) {
  if (instances.empty()) {
    return "-";
  }
  return fmt::format("{}–{}", *instances.front().year, *instances.back().year);
}

// The duty instance the report answers, when its period is right.
std::optional<Instance> check_period(const Report& report, const Plan& plan, const Duty& duty,
                                     Reporter& reporter) {
  const std::vector<Instance> instances = duty_instances(plan, duty);
  if (!duty.due) {
    return std::nullopt;
  }
  if (!duty.due->value.yearly()) {
    if (report.period) {
      reporter.report(report.period->pos, Rule::report_period, MsgId::period_forbidden,
                      {duty.id.value});
      return std::nullopt;
    }
    if (instances.empty()) {
      return std::nullopt; // due before the plan was issued: nothing is owed
    }
    return instances.front();
  }
  if (!report.period) {
    reporter.report(report.duty->pos, Rule::report_period, MsgId::period_missing, {duty.id.value});
    return std::nullopt;
  }
  const auto it = std::find_if(instances.begin(), instances.end(),
                               [&](const Instance& i) { return i.year == report.period->value; });
  if (it == instances.end()) {
    reporter.report(report.period->pos, Rule::report_period, MsgId::period_no_instance,
                    {duty.id.value, std::to_string(report.period->value), year_span(instances)});
    return std::nullopt;
  }
  return *it;
}

// Report a sender that did not exist on the day it sent the report; return
// whether it did exist (or the day is unknown).
bool check_sender(const Report& report, const Plan& plan, Reporter& reporter) {
  const Agency* agency = plan.find_agency(report.agency.value);
  if (agency == nullptr || report.submitted.pos.line == 0) {
    return true;
  }
  const Day day = report.submitted.value;
  if (agency->active_on(day)) {
    return true;
  }
  if (agency->since && day < agency->since->value) {
    reporter.report(report.agency.pos, Rule::report_inactive_sender, MsgId::inactive_not_yet,
                    {agency->id.value, day, agency->since->value});
    return false;
  }
  const Day ended = agency->until->value;
  if (const Agency* owner = owner_on(plan, agency->id.value, day)) {
    reporter.report(report.agency.pos, Rule::report_inactive_sender,
                    MsgId::inactive_ended_successor,
                    {agency->id.value, day, ended, owner->id.value});
  } else {
    reporter.report(report.agency.pos, Rule::report_inactive_sender, MsgId::inactive_ended,
                    {agency->id.value, day, ended});
  }
  return false;
}

// Who owes each duty instance, worked out once for all the reports that answer it.
using OwnersCache = std::map<std::pair<const Duty*, Day>, std::vector<const Agency*>>;

void check_owed(const Report& report, const Plan& plan, const Duty& duty, const Instance& instance,
                OwnersCache& cache, Reporter& reporter) {
  const Agency* agency = plan.find_agency(report.agency.value);
  if (agency == nullptr) {
    return;
  }
  auto [it, inserted] = cache.try_emplace({&duty, instance.due});
  if (inserted) {
    // An instance that would go to or through its sender is owed by nobody.
    for (const Agency* owner : owners_on(plan, duty.from, instance.due)) {
      if (!reports_to_itself(plan, duty, *owner, instance.due)) {
        it->second.push_back(owner);
      }
    }
  }
  const std::vector<const Agency*>& owners = it->second;
  if (std::find(owners.begin(), owners.end(), agency) != owners.end()) {
    return;
  }
  // A body that took over from the one that owed the instance may send it late.
  const Day submitted = report.submitted.value;
  if (std::any_of(owners.begin(), owners.end(), [&](const Agency* owner) {
        return owner != agency && passes_to(plan, *owner, *agency, submitted);
      })) {
    return;
  }
  std::vector<std::string> names;
  for (const Agency* owner : owners) {
    names.push_back(owner->id.value);
  }
  reporter.report(report.agency.pos, Rule::report_not_owed, MsgId::not_owed,
                  {agency->id.value, duty.id.value,
                   instance.year ? fmt::format(" ({})", *instance.year) : std::string(),
                   names.empty() ? "-" : fmt::format("{}", fmt::join(names, ", "))});
}

void check_entries(const Report& report, const Plan& plan, Reporter& reporter) {
  for (const TaskEntry& entry : report.tasks) {
    check_reference(plan, entry.task, RefKind::task, reporter);
    if (!entry.completed) {
      continue;
    }
    if (entry.status.value != TaskStatus::done) {
      reporter.report(entry.completed->pos, Rule::report_completed, MsgId::completed_not_done);
    } else if (report.submitted.pos.line != 0 && entry.completed->value > report.submitted.value) {
      reporter.report(entry.completed->pos, Rule::report_completed,
                      MsgId::completed_after_submitted,
                      {entry.completed->value, report.submitted.value});
    }
  }
}

void check_one(const Report& report, const Plan& plan, OwnersCache& cache, Reporter& reporter) {
  if (!report.plan.value.empty() && !plan.id.value.empty() && report.plan.value != plan.id.value) {
    reporter.report(report.plan.pos, Rule::report_plan, MsgId::plan_mismatch,
                    {report.plan.value, plan.id.value});
  }
  const bool known_agency = check_reference(plan, report.agency, RefKind::agency, reporter);
  // A sender that did not exist is told so once, with its successor; that it
  // does not owe the instance would only say the same thing again.
  const bool active_sender = known_agency && check_sender(report, plan, reporter);
  check_entries(report, plan, reporter);
  if (!report.duty) {
    if (report.period) {
      reporter.report(report.period->pos, Rule::report_period, MsgId::period_without_duty);
    }
    return;
  }
  if (!check_reference(plan, *report.duty, RefKind::duty, reporter)) {
    return;
  }
  const Duty& duty = *plan.find_duty(report.duty->value);
  const std::optional<Instance> instance = check_period(report, plan, duty, reporter);
  if (instance && active_sender) {
    check_owed(report, plan, duty, *instance, cache, reporter);
  }
}

} // namespace

void check_report_rules(const Plan& plan, const std::vector<LoadedReport>& reports,
                        Diagnostics& out, std::optional<Day> today) {
  std::map<std::string, std::string> first_with_number;
  OwnersCache cache;
  for (const LoadedReport& loaded : reports) {
    if (!loaded.report) {
      continue;
    }
    const Report& report = *loaded.report;
    Reporter reporter(*loaded.source, out);
    check_one(report, plan, cache, reporter);
    // A report from the future is ignored by check until that day: a wrong
    // year would hide it without a word.
    if (today && report.submitted.pos.line != 0 && report.submitted.value > *today) {
      reporter.report(report.submitted.pos, Rule::report_future, MsgId::submitted_future,
                      {report.submitted.value, *today});
    }
    if (!report.number.value.empty()) {
      const auto [it, inserted] = first_with_number.emplace(report.number.value, report.path);
      if (!inserted) {
        reporter.report(report.number.pos, Rule::report_duplicate_number, MsgId::duplicate_number,
                        {report.number.value, it->second});
      }
    }
  }
}

} // namespace plancheck
