#pragma once

#include "check/calendar_events.hpp"
#include "model/lang.hpp"

#include <iosfwd>

namespace plancheck {

// Write `result` as an iCalendar object (RFC 5545): one all-day VEVENT per
// event, from its last on-time day to the day after, with its uid, DTSTAMP
// the calendar's day, and reminders 7 days and 1 day before; lines end in
// CR LF and are folded at 75 octets, values escaped (text/ical_escape).
void render_calendar_ics(const CalendarResult& result, Lang lang, std::ostream& out);

} // namespace plancheck
