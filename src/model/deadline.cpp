#include "model/deadline.hpp"

namespace plancheck {

Day last_on_time_day(const Deadline& deadline, int year) {
  switch (deadline.form) {
  case DeadlineForm::by:
    return deadline.date;
  case DeadlineForm::before:
    return deadline.date - date::days{1};
  case DeadlineForm::within_year:
    return last_day_of_month(deadline.year, 12);
  case DeadlineForm::within_quarter:
    return last_day_of_month(deadline.year, deadline.part * 3);
  case DeadlineForm::within_month:
    return last_day_of_month(deadline.year, deadline.part);
  case DeadlineForm::yearly_by:
  case DeadlineForm::yearly_before: {
    const std::optional<Day> named = named_day(deadline, year);
    if (!named) {
      return last_day_of_month(year, deadline.month); // the month's last day either way
    }
    return deadline.form == DeadlineForm::yearly_by ? *named : *named - date::days{1};
  }
  }
  return deadline.date;
}

std::optional<Day> named_day(const Deadline& deadline, int year) {
  const date::year_month_day named{date::year{year}, date::month{deadline.month},
                                   date::day{deadline.day}};
  if (!named.ok()) {
    return std::nullopt;
  }
  return Day{named};
}

} // namespace plancheck
