#include "render/calendar_words.hpp"

#include "model/message.hpp"
#include "render/deadline_wording.hpp"
#include "render/finding_words.hpp"
#include "text/one_line.hpp"

#include <fmt/format.h>

namespace plancheck {
namespace {

// What is owed: the duty's title and year, or the task's id and title.
std::string what(const Obligation& o, Lang lang) {
  if (o.kind == ObligationKind::task) {
    return one_line(fmt::format("{} {}", o.task->id.value, o.task->title));
  }
  std::string text = one_line(o.duty->title);
  if (o.period) {
    text += " — " + localize({MsgId::duty_year, {*o.period}}, lang);
  }
  return text;
}

// The name of the agency or group `id` names in `plan`, else the id itself.
std::string party_name(const Plan& plan, const std::string& id) {
  if (const Agency* agency = plan.find_agency(id)) {
    return agency_text(*agency);
  }
  if (const Group* group = plan.find_group(id)) {
    return one_line(group->name);
  }
  return one_line(id);
}

// "To: UBND tỉnh, via Sở KH&CN".
std::string recipients(const Plan& plan, const Duty& duty, Lang lang) {
  std::string to;
  for (const Id& id : duty.to) {
    to += (to.empty() ? "" : ", ") + party_name(plan, id.value);
  }
  if (duty.via) {
    return localize({MsgId::calendar_to_via, {to, party_name(plan, duty.via->value)}}, lang);
  }
  return localize({MsgId::calendar_to, {to}}, lang);
}

// "Plan: Kế hoạch … (số 123/KH-UBND)".
std::string plan_line(const Plan& plan, Lang lang) {
  const std::string title = one_line(plan.title);
  const std::string named =
      plan.number.empty() ? title
                          : localize({MsgId::plan_numbered, {title, one_line(plan.number)}}, lang);
  return localize({MsgId::calendar_plan, {named}}, lang);
}

} // namespace

std::string calendar_summary(const CalendarEvent& event, Lang lang) {
  const Obligation& o = event.obligation;
  return "[" + agency_text(*o.agency) + "] " + what(o, lang);
}

std::string calendar_description(const CalendarEvent& event, Lang lang) {
  const Obligation& o = event.obligation;
  const Plan& plan = *event.plan;
  const std::string owner = one_line(o.agency->name);
  std::string text = localize({MsgId::calendar_owes, {owner, what(o, lang)}}, lang) + "\n";
  if (o.kind == ObligationKind::duty) {
    text += recipients(plan, *o.duty, lang) + "\n";
  }
  const Deadline& deadline =
      o.kind == ObligationKind::duty ? o.duty->due->value : o.task->due->value;
  text += localize({MsgId::calendar_deadline,
                    {deadline_wording(deadline, o.period, lang), format_day(o.due, lang)}},
                   lang) +
          "\n";
  if (!o.covered.empty()) {
    std::string ids;
    for (const Task* task : o.covered) {
      ids += (ids.empty() ? "" : ", ") + task->id.value;
    }
    text += localize({MsgId::must_cover, {ids}}, lang) + "\n";
  }
  return text + plan_line(plan, lang);
}

} // namespace plancheck
