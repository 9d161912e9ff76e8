#include "render/calendar_text.hpp"

#include "model/message.hpp"
#include "render/calendar_words.hpp"
#include "text/terminal_escape.hpp"

#include <ostream>

namespace plancheck {

void render_calendar_text(const CalendarResult& result, Lang lang, std::ostream& out) {
  if (result.events.empty()) {
    out << localize({MsgId::calendar_empty, {}}, lang) << '\n';
    return;
  }
  for (const CalendarEvent& event : result.events) {
    out << format_day(event.obligation.due, lang) << "  "
        << terminal_text(calendar_summary(event, lang)) << '\n';
  }
}

} // namespace plancheck
