#include "validate/reference_checker.hpp"

#include "load/field_reader.hpp"
#include "model/suggest.hpp"

namespace plancheck {
namespace {

void add_agencies(const Plan& plan, std::vector<NamedId>& out) {
  for (const Agency& agency : plan.agencies) {
    out.push_back({agency.id.value, agency.name, agency.short_name});
  }
}

void add_groups(const Plan& plan, std::vector<NamedId>& out) {
  for (const Group& group : plan.groups) {
    out.push_back({group.id.value, group.name, {}});
  }
}

MsgId with_suggestion(MsgId id) {
  switch (id) {
  case MsgId::unknown_agency_or_group:
    return MsgId::unknown_agency_or_group_suggest;
  case MsgId::unknown_task:
    return MsgId::unknown_task_suggest;
  case MsgId::unknown_duty:
    return MsgId::unknown_duty_suggest;
  default:
    return MsgId::unknown_agency_suggest;
  }
}

// Report `ref`, which is not an id at all, with the id it most likely means.
void report_malformed(const Id& ref, RefKind kind, const std::optional<Suggestion>& near,
                      Reporter& reporter) {
  if (!near) {
    reporter.report(ref.pos, Rule::schema_id,
                    kind == RefKind::task ? MsgId::bad_task_id : MsgId::bad_id, {ref.value});
  } else if (near->name.empty()) {
    reporter.report(ref.pos, Rule::schema_id, MsgId::bad_id_suggest, {ref.value, near->id});
  } else {
    reporter.report(ref.pos, Rule::schema_id, MsgId::bad_id_suggest_named,
                    {ref.value, near->id, near->name});
  }
}

} // namespace

bool check_reference(const Plan& plan, const Id& ref, RefKind kind, Reporter& reporter) {
  if (ref.value.empty()) {
    return false;
  }
  if (kind == RefKind::task && plan.find_task(ref.value) != nullptr) {
    return true; // the common case, and the one reports ask thousands of times
  }
  const bool is_agency = plan.find_agency(ref.value) != nullptr;
  const bool is_group = plan.find_group(ref.value) != nullptr;
  if (kind == RefKind::agency && is_group && !is_agency) {
    reporter.report(ref.pos, Rule::ref_group_not_agency, MsgId::group_not_agency, {ref.value});
    return false;
  }
  const bool found = kind == RefKind::agency            ? is_agency
                     : kind == RefKind::agency_or_group ? is_agency || is_group
                     : kind == RefKind::task            ? plan.find_task(ref.value) != nullptr
                                                        : plan.find_duty(ref.value) != nullptr;
  if (found) {
    return true; // a list of thousands of ids must not gather candidates for each
  }
  std::vector<NamedId> candidates;
  MsgId message = MsgId::unknown_agency;
  Rule rule = Rule::ref_unknown_agency;
  switch (kind) {
  case RefKind::agency:
    add_agencies(plan, candidates);
    break;
  case RefKind::agency_or_group:
    add_agencies(plan, candidates);
    add_groups(plan, candidates);
    message = MsgId::unknown_agency_or_group;
    break;
  case RefKind::task:
    for (const Task& task : plan.tasks) {
      candidates.push_back({task.id.value, {}, {}});
    }
    message = MsgId::unknown_task;
    rule = Rule::ref_unknown_task;
    break;
  case RefKind::duty:
    for (const Duty& duty : plan.duties) {
      candidates.push_back({duty.id.value, {}, {}});
    }
    message = MsgId::unknown_duty;
    rule = Rule::ref_unknown_duty;
    break;
  }
  const std::optional<Suggestion> near = suggest_id(ref.value, candidates);
  if (!valid_id(ref.value, kind == RefKind::task ? IdSyntax::task : IdSyntax::name)) {
    report_malformed(ref, kind, near, reporter);
  } else if (near) {
    reporter.report(ref.pos, rule, with_suggestion(message), {ref.value, near->id});
  } else {
    reporter.report(ref.pos, rule, message, {ref.value});
  }
  return false;
}

} // namespace plancheck
