#include "render/finding_details.hpp"

#include "render/count_noun.hpp"
#include "render/finding_words.hpp"
#include "text/one_line.hpp"

#include <fmt/format.h>

namespace plancheck {

std::string details_text(const Finding& f, Lang lang) {
  const std::string tasks = fmt::format("{}", fmt::join(f.missing_tasks, ", "));
  if (f.status == Status::incomplete && f.latest_report) {
    return localize({MsgId::report_incomplete,
                     {one_line(f.latest_report->number), f.latest_report->submitted, tasks}},
                    lang);
  }
  if (f.status != Status::overdue && f.status != Status::due_soon) {
    return {};
  }
  if (f.in_progress) {
    return localize(
        {MsgId::in_progress_by, {one_line(f.in_progress->number), f.in_progress->submitted}}, lang);
  }
  if (!f.missing_tasks.empty()) {
    return localize({MsgId::must_cover, {tasks}}, lang);
  }
  return {};
}

std::string row_days_text(const Finding& f, Lang lang) {
  if (f.days == 0 && (f.status == Status::incomplete || f.status == Status::due_soon)) {
    return localize({MsgId::due_today_last_day, {}}, lang);
  }
  // Before the deadline, the days left say more than the days since the report.
  if (f.status != Status::incomplete || !f.latest_report || f.days <= 0) {
    return days_text(f, lang);
  }
  if (f.days_since_report == 0) {
    return localize({MsgId::reported_today, {}}, lang);
  }
  return localize({MsgId::reported_days_ago,
                   {count_noun(static_cast<std::size_t>(f.days_since_report), Noun::day, lang)}},
                  lang);
}

} // namespace plancheck
