#include "render/deadline_wording.hpp"

#include <array>

#include <fmt/format.h>

namespace plancheck {

std::string deadline_wording(const Deadline& deadline, std::optional<int> year, Lang lang,
                             DayWord words) {
  const bool named = words == DayWord::named;
  const MsgId by = named ? MsgId::deadline_by_day : MsgId::deadline_by;
  const MsgId before = named ? MsgId::deadline_before_day : MsgId::deadline_before;
  static constexpr std::array<std::string_view, 4> k_roman{"I", "II", "III", "IV"};
  switch (deadline.form) {
  // The plan's own date as the plan writes it (DD/MM/YYYY), in either language.
  case DeadlineForm::by:
    return localize({by, {format_dmy(deadline.date)}}, lang);
  case DeadlineForm::before:
    return localize({before, {format_dmy(deadline.date)}}, lang);
  case DeadlineForm::within_year:
    return localize({MsgId::deadline_within_year, {deadline.year}}, lang);
  case DeadlineForm::within_quarter:
    return localize({MsgId::deadline_within_quarter,
                     {deadline.part, k_roman[deadline.part - 1], deadline.year}},
                    lang);
  case DeadlineForm::within_month:
    return localize(
        {MsgId::deadline_within_month, {fmt::format("{:02}", deadline.part), deadline.year}}, lang);
  case DeadlineForm::yearly_by:
  case DeadlineForm::yearly_before: {
    const int y = year.value_or(0);
    // 29 February in a common year: say the day it resolves to, which exists.
    const std::optional<Day> exists = named_day(deadline, y);
    const bool says_by = deadline.form == DeadlineForm::yearly_by || !exists;
    const std::string day = format_dmy(exists.value_or(last_on_time_day(deadline, y)));
    return localize({says_by ? by : before, {day}}, lang);
  }
  }
  return {};
}

} // namespace plancheck
