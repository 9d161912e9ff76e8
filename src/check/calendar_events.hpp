#pragma once

#include "check/obligation.hpp"

#include <optional>
#include <string>
#include <vector>

namespace plancheck {

// What `plancheck calendar` puts in a calendar: every obligation instance
// of the plans, as build_obligations has it, with the days a calendar needs.

// Which obligations a calendar holds.
struct CalendarQuery {
  std::string agency;      // an agency id; empty: every agency
  std::optional<Day> from; // the first last on-time day it holds; nullopt: no limit
  std::optional<Day> to;   // the last one; nullopt: no limit
  Day stamp{};             // the day the calendar is made (--as-of, else today)
};

// One obligation instance, as a day in a calendar.
struct CalendarEvent {
  const Plan* plan = nullptr;
  Obligation obligation;
  Day end{}; // the day after the last on-time day: an all-day event ends there
  std::string
      uid; // "PLAN/duty|task/ID/YEAR|once/AGENCY@plancheck": the same instance, the same uid
};

struct CalendarResult {
  Day stamp{};
  std::vector<CalendarEvent> events; // by last on-time day, then plan, agency, id and period
};

// Return the uid of obligation `o` of `plan`: its plan, kind, id, period
// ("once" for none) and owing agency, so that a calendar imported again
// updates its events rather than doubling them.
std::string calendar_uid(const Plan& plan, const Obligation& o);

// Return the obligations of `plans` that `query` selects: those of its
// agency, as `check --agency` counts them (what it owes, and what the
// bodies whose work passed to it were named for), due within its range.
CalendarResult calendar_events(const std::vector<const Plan*>& plans, const CalendarQuery& query);

} // namespace plancheck
