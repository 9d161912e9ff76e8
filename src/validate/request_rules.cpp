#include "validate/request_rules.hpp"

#include "validate/reference_checker.hpp"

#include <unordered_map>

namespace plancheck {
namespace {

// Where a duty id was first written: the file and the line.
struct FirstUse {
  std::string path;
  int line = 0;
};

void check_header(const Plan& plan, const Request& request, Reporter& reporter) {
  if (!request.plan.value.empty() && !plan.id.value.empty() &&
      request.plan.value != plan.id.value) {
    reporter.report(request.plan.pos, Rule::request_plan, MsgId::request_plan_mismatch,
                    {request.plan.value, plan.id.value});
  }
  if (!request.requested_by.value.empty()) {
    check_reference(plan, request.requested_by, RefKind::agency, reporter);
  }
}

void check_duty_references(const Plan& plan, const Duty& duty, Reporter& reporter) {
  const auto check_all = [&](const std::vector<Id>& refs, RefKind kind) {
    for (const Id& ref : refs) {
      check_reference(plan, ref, kind, reporter);
    }
  };
  check_all(duty.from, RefKind::agency_or_group);
  check_all(duty.to, RefKind::agency_or_group);
  if (duty.via) {
    check_reference(plan, *duty.via, RefKind::agency, reporter);
  }
  check_all(duty.covered_tasks, RefKind::task);
}

// A request cannot ask for a report due before the request was made.
void check_after_due(const Request& request, const Duty& duty, Reporter& reporter) {
  if (!duty.due || duty.due->value.yearly() || request.requested.pos.line == 0) {
    return;
  }
  const Day due = last_on_time_day(duty.due->value);
  if (request.requested.value > due) {
    reporter.report(request.requested.pos, Rule::request_after_due, MsgId::request_after_due,
                    {request.requested.value, duty.id.value, due});
  }
}

} // namespace

void check_request_rules(const Plan& plan, const std::vector<LoadedRequest>& requests,
                         Diagnostics& out) {
  std::unordered_map<std::string, FirstUse> first_use;
  for (const Duty& duty : plan.duties) {
    if (!duty.request && !duty.id.value.empty()) {
      first_use.emplace(duty.id.value, FirstUse{plan.path, duty.id.pos.line});
    }
  }
  for (const LoadedRequest& loaded : requests) {
    if (!loaded.request) {
      continue; // its own errors say why
    }
    const Request& request = *loaded.request;
    Reporter reporter(*loaded.source, out);
    check_header(plan, request, reporter);
    for (const Duty& duty : request.duties) {
      check_duty_references(plan, duty, reporter);
      check_after_due(request, duty, reporter);
      if (duty.id.value.empty()) {
        continue;
      }
      const auto [it, inserted] =
          first_use.emplace(duty.id.value, FirstUse{request.path, duty.id.pos.line});
      if (inserted) {
        continue;
      }
      if (it->second.path == request.path) {
        reporter.report(duty.id.pos, Rule::ref_duplicate_id, MsgId::duplicate_id,
                        {duty.id.value, std::to_string(it->second.line)});
      } else {
        reporter.report(duty.id.pos, Rule::ref_duplicate_id, MsgId::request_duplicate_duty,
                        {duty.id.value, it->second.path, std::to_string(it->second.line)});
      }
    }
  }
}

} // namespace plancheck
