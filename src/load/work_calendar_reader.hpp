#pragma once

#include "load/field_reader.hpp"
#include "load/reporter.hpp"
#include "model/work_calendar.hpp"

#include <optional>
#include <string>
#include <vector>

namespace plancheck {

// One day a calendar lists: its date, its name (may be empty) and where it is written.
struct CalendarDay {
  Day day{};
  std::string name;
  SourcePos pos;
};

// The holidays and announced working days one file lists, as written.
struct CalendarDays {
  std::vector<CalendarDay> holidays;
  std::vector<CalendarDay> workdays;
};

// Read the `holidays` and `workdays` lists of the mapping `node`: each item
// a date or {date, name}.
CalendarDays read_calendar_days(FieldReader& reader, const YamlNode& node);

// Add the days one file lists to `calendar`, reporting in that file a day
// listed twice (warning), a day listed both as a holiday and as a working
// day (error) and a working day that is not a weekend day (warning). A day
// that an earlier file already listed keeps that listing: plan.yaml's own
// lists come first, so that a plan can correct a shared calendar.
void add_calendar_days(WorkCalendar& calendar, const CalendarDays& days, Reporter& reporter);

// Read plan.yaml's `calendar` mapping: weekend, include, holidays, workdays
// and roll. The included files are read later, by the workspace.
WorkCalendar read_work_calendar(FieldReader& reader, const YamlNode& node);

// Load a calendar file (`plancheck: 1`, `name`, `holidays`, `workdays`);
// nullopt when it is not YAML or not a mapping at all.
std::optional<CalendarDays> load_calendar_file(const SourceFile& file, Reporter& reporter);

} // namespace plancheck
