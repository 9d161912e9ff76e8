#pragma once

#include "check/calendar_events.hpp"
#include "model/lang.hpp"

#include <iosfwd>

namespace plancheck {

// Write `result` for people: one line an event, its last on-time day and
// its title ("10/12/2026  [Sở Y tế] Báo cáo … — năm 2026"), or a line
// saying there is none.
void render_calendar_text(const CalendarResult& result, Lang lang, std::ostream& out);

} // namespace plancheck
