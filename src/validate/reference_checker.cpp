#include "validate/reference_checker.hpp"

#include "model/suggest.hpp"

namespace plancheck {
namespace {

template <class T> void add_ids(const std::vector<T>& items, std::vector<std::string_view>& out) {
  for (const T& item : items) {
    out.push_back(item.id.value);
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
  std::vector<std::string_view> candidates;
  MsgId message = MsgId::unknown_agency;
  Rule rule = Rule::ref_unknown_agency;
  switch (kind) {
  case RefKind::agency:
    add_ids(plan.agencies, candidates);
    break;
  case RefKind::agency_or_group:
    add_ids(plan.agencies, candidates);
    add_ids(plan.groups, candidates);
    message = MsgId::unknown_agency_or_group;
    break;
  case RefKind::task:
    add_ids(plan.tasks, candidates);
    message = MsgId::unknown_task;
    rule = Rule::ref_unknown_task;
    break;
  case RefKind::duty:
    add_ids(plan.duties, candidates);
    message = MsgId::unknown_duty;
    rule = Rule::ref_unknown_duty;
    break;
  }
  if (const auto near = closest_match(ref.value, candidates)) {
    reporter.report(ref.pos, rule, with_suggestion(message), {ref.value, *near});
  } else {
    reporter.report(ref.pos, rule, message, {ref.value});
  }
  return false;
}

} // namespace plancheck
