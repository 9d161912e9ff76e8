#include "check/check.hpp"

#include "check/decision_match.hpp"
#include "model/succession.hpp"

#include <algorithm>
#include <tuple>

namespace plancheck {
namespace {

bool contains(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// The agencies --agency names in `plan`: agencies as given, groups by members.
std::vector<const Agency*> selected_agencies(const Plan& plan, const Selection& selection) {
  std::vector<Id> refs;
  for (const std::string& id : selection.agencies) {
    refs.push_back({id, {}});
  }
  return expand_groups(plan, refs);
}

// Whether --agency selects `f`: an agency answers for what it owes, for
// what it passed on to its successors (its own work or work it had itself
// taken over: so-tttt -> so-khcn -> dn-so-khcn), and for what is left
// undone by an agency whose work it holds now (`answerable_by`).
bool selected_agency(const Plan& plan, const Finding& f,
                     const std::vector<const Agency*>& agencies) {
  const Obligation& o = f.obligation;
  return std::any_of(agencies.begin(), agencies.end(), [&](const Agency* a) {
    return a == o.agency || a == f.answerable_by ||
           std::any_of(o.parties.begin(), o.parties.end(),
                       [&](const Agency* p) { return passes_to(plan, *p, *a, o.due); });
  });
}

// Whether --duty, --task and --year select `o`.
bool selected_kind_and_year(const Obligation& o, const Selection& selection) {
  if (!selection.duties.empty() || !selection.tasks.empty()) {
    const bool by_duty = o.kind == ObligationKind::duty && contains(selection.duties, o.id());
    const bool by_task = o.kind == ObligationKind::task && contains(selection.tasks, o.id());
    if (!by_duty && !by_task) {
      return false;
    }
  }
  if (!selection.years.empty()) {
    const int year = o.period.value_or(year_of(o.due_unadjusted));
    if (std::find(selection.years.begin(), selection.years.end(), year) == selection.years.end()) {
      return false;
    }
  }
  return true;
}

auto order_key(const Finding& f) {
  return std::make_tuple(f.status, f.due, std::cref(f.obligation.agency->id.value),
                         std::cref(f.obligation.id()), f.obligation.period.value_or(0),
                         std::cref(f.plan->id.value));
}

// Whether `o` comes from a request made after `as_of`: like a decision, a
// request counts from its date on, so that an audit of an earlier day shows
// what was owed then.
bool requested_later(const Obligation& o, Day as_of) {
  return o.kind == ObligationKind::duty && o.duty->request && o.duty->request->requested > as_of;
}

} // namespace

bool is_listed(Status status, const Listing& listing) {
  if (listing.all) {
    return true;
  }
  if (!listing.statuses.empty()) {
    return std::find(listing.statuses.begin(), listing.statuses.end(), status) !=
           listing.statuses.end();
  }
  return status == Status::overdue || status == Status::incomplete || status == Status::late ||
         status == Status::due_soon;
}

std::vector<Message> unknown_selection(const std::vector<PlanInput>& plans,
                                       const Selection& selection) {
  std::vector<Message> unknown;
  const auto known = [&](auto find) {
    return std::any_of(plans.begin(), plans.end(),
                       [&](const PlanInput& p) { return find(*p.plan); });
  };
  for (const std::string& id : selection.agencies) {
    if (!known([&](const Plan& p) { return p.find_agency(id) || p.find_group(id); })) {
      unknown.push_back({MsgId::unknown_agency_or_group, {id}});
    }
  }
  for (const std::string& id : selection.duties) {
    if (!known([&](const Plan& p) { return p.find_duty(id) != nullptr; })) {
      unknown.push_back({MsgId::unknown_duty, {id}});
    }
  }
  for (const std::string& id : selection.tasks) {
    if (!known([&](const Plan& p) { return p.find_task(id) != nullptr; })) {
      unknown.push_back({MsgId::unknown_task, {id}});
    }
  }
  return unknown;
}

CheckResult check_plans(const std::vector<PlanInput>& plans, Day as_of, int within_days,
                        const Selection& selection, const Listing& listing,
                        std::optional<Status> fail_on) {
  CheckResult result;
  result.as_of = as_of;
  if (!plans.empty()) {
    result.timezone = plans.front().plan->timezone.value;
  }
  for (const PlanInput& input : plans) {
    const Plan& plan = *input.plan;
    result.plans.push_back(&plan);
    std::array<std::size_t, k_status_count>& plan_counts = result.plan_counts.emplace_back();
    const std::vector<const Agency*> agencies = selected_agencies(plan, selection);
    const ReportIndex reports = index_reports(input.reports, as_of);
    const DecisionIndex decisions(plan, input.decisions);
    for (const Obligation& o : build_obligations(plan)) {
      if (!selected_kind_and_year(o, selection) || requested_later(o, as_of)) {
        continue;
      }
      Finding finding =
          evaluate(plan, o, reports, as_of, within_days, decision_effect(decisions, o, as_of));
      if (!selection.agencies.empty() && !selected_agency(plan, finding, agencies)) {
        continue;
      }
      ++result.counts[static_cast<std::size_t>(finding.status)];
      ++plan_counts[static_cast<std::size_t>(finding.status)];
      if (is_listed(finding.status, listing)) {
        finding.verdict = verdict_of(finding.status, fail_on);
        result.failures += fails(finding.verdict) ? 1 : 0;
        result.findings.push_back(std::move(finding));
      }
    }
  }
  std::stable_sort(result.findings.begin(), result.findings.end(),
                   [](const Finding& a, const Finding& b) { return order_key(a) < order_key(b); });
  return result;
}

} // namespace plancheck
