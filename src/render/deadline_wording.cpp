#include "render/deadline_wording.hpp"

#include <array>

#include <fmt/format.h>

namespace plancheck {

std::string format_day(Day day, Lang lang) {
  return lang == Lang::vi ? format_dmy(day) : format_iso(day);
}

std::string deadline_wording(const Deadline& deadline, std::optional<int> year, Lang lang) {
  static constexpr std::array<std::string_view, 4> k_roman{"I", "II", "III", "IV"};
  const bool vi = lang == Lang::vi;
  switch (deadline.form) {
  // The plan's own date as the plan writes it (DD/MM/YYYY), in either language.
  case DeadlineForm::by:
    return fmt::format("{} {}", vi ? "đến" : "by", format_dmy(deadline.date));
  case DeadlineForm::before:
    return fmt::format("{} {}", vi ? "trước" : "before", format_dmy(deadline.date));
  case DeadlineForm::within_year:
    return fmt::format("{} {}", vi ? "trong năm" : "within", deadline.year);
  case DeadlineForm::within_quarter:
    return vi ? fmt::format("trong quý {}/{}", k_roman[deadline.part - 1], deadline.year)
              : fmt::format("within Q{} {}", deadline.part, deadline.year);
  case DeadlineForm::within_month:
    return vi ? fmt::format("trong tháng {:02}/{}", deadline.part, deadline.year)
              : fmt::format("within {:02}/{}", deadline.part, deadline.year);
  case DeadlineForm::yearly_by:
  case DeadlineForm::yearly_before: {
    const int y = year.value_or(0);
    // 29 February in a common year: say the day it resolves to, which exists.
    const std::optional<Day> named = named_day(deadline, y);
    const bool by = deadline.form == DeadlineForm::yearly_by || !named;
    const std::string day = format_dmy(named.value_or(last_on_time_day(deadline, y)));
    return fmt::format("{} {}", by ? (vi ? "đến" : "by") : (vi ? "trước" : "before"), day);
  }
  }
  return {};
}

} // namespace plancheck
