#include "notify/letter_item.hpp"

#include "model/deadline.hpp"
#include "model/message.hpp"
#include "render/count_noun.hpp"
#include "render/finding_words.hpp"
#include "text/one_line.hpp"

#include <fmt/format.h>

namespace plancheck {
namespace {

// What is owed, in full: "T1 Rà soát …", or "Báo cáo …, năm 2025".
std::string full_title(const Obligation& o, Lang lang) {
  if (o.kind == ObligationKind::task) {
    return one_line(fmt::format("{} {}", o.task->id.value, o.task->title));
  }
  if (!o.period) {
    return one_line(o.duty->title);
  }
  return one_line(o.duty->title) + ", " + localize({MsgId::duty_year, {*o.period}}, lang);
}

// The tasks a report must still cover, one a line: "- II.1.b Đẩy mạnh …".
std::string task_lines(const Finding& f, const std::string& indent) {
  std::string out;
  for (const std::string& id : f.missing_tasks) {
    const Task* task = f.plan->find_task(id);
    out += indent + "- " + one_line(task != nullptr ? id + " " + task->title : id) + '\n';
  }
  return out;
}

// "việc của Sở TT&TT (hoạt động đến 28/02/2025), chuyển giao từ ngày 01/03/2025".
std::string passed_on_line(const Finding& f, Lang lang) {
  const Agency& owed_by = *f.obligation.agency;
  std::string who = agency_text(owed_by);
  if (owed_by.until) {
    who += " (" + localize({MsgId::letter_agency_until, {owed_by.until->value}}, lang) + ")";
  }
  if (f.passed_on) {
    return localize({MsgId::item_of_passed_on, {who, *f.passed_on}}, lang);
  }
  return localize({MsgId::item_of, {who}}, lang);
}

// Whether the deadline's own words already name its last day: "đến ngày
// 28/06/2025" does, "trước ngày 01/07/2025" and "trong quý II/2025" do not.
bool names_last_day(const Finding& f) {
  if (f.decision && f.status != Status::waived) {
    return true; // an extension names the new last day
  }
  const Obligation& o = f.obligation;
  const Deadline& deadline =
      o.kind == ObligationKind::duty ? o.duty->due->value : o.task->due->value;
  switch (deadline.form) {
  case DeadlineForm::by:
  case DeadlineForm::yearly_by:
    return true;
  case DeadlineForm::yearly_before:
    // 29 February in a common year is worded as "by" the month's last day.
    return !named_day(deadline, o.period.value_or(0));
  default:
    return false;
  }
}

// How far past the deadline, as a sentence says it: "đã quá hạn 8 ngày".
std::string letter_days(const Finding& f, Lang lang) {
  const bool owing = f.status == Status::overdue || f.status == Status::incomplete;
  if (owing && f.days > 0) {
    return localize({MsgId::letter_days_overdue,
                     {count_noun(static_cast<std::size_t>(f.days), Noun::day, lang)}},
                    lang);
  }
  return days_text(f, lang);
}

// "Thời hạn: đến ngày 28/06/2025; đã quá hạn 8 ngày.", with the last day
// added when the deadline's words do not name it.
std::string deadline_line(const Finding& f, Lang lang) {
  const std::string deadline = deadline_text(f, lang, DayWord::named);
  if (names_last_day(f)) {
    return localize({MsgId::letter_deadline_same, {deadline, letter_days(f, lang)}}, lang);
  }
  return localize({MsgId::letter_deadline, {deadline, f.due, letter_days(f, lang)}}, lang);
}

} // namespace

std::string letter_item(const Finding& f, const std::string& label, Reader reader, Lang lang) {
  const std::string indent(label.size() + 1, ' ');
  std::string out = label + ' ' + full_title(f.obligation, lang) + '\n';
  if (const std::string request = request_text(f, lang); !request.empty()) {
    out += indent + request + '\n';
  }
  out += indent + deadline_line(f, lang) + '\n';
  if (f.obligation.kind == ObligationKind::duty && !f.missing_tasks.empty()) {
    MsgId heading = MsgId::letter_covers;
    if (f.status == Status::incomplete) {
      heading = reader == Reader::agency ? MsgId::letter_still_missing
                                         : MsgId::letter_missing_for_coordinator;
    }
    out += indent + localize({heading, {}}, lang) + '\n' + task_lines(f, indent);
  }
  if (f.answerable_by != nullptr) {
    out += indent + passed_on_line(f, lang) + '\n';
  }
  return out;
}

} // namespace plancheck
