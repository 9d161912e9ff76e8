#include "render/calendar_ics.hpp"

#include "render/calendar_words.hpp"
#include "text/ical_escape.hpp"
#include "text/ical_fold.hpp"

#include <array>
#include <ostream>
#include <string_view>

#include <fmt/format.h>

namespace plancheck {
namespace {

// The reminders every event carries, as RFC 5545 durations before its start.
constexpr std::array<std::string_view, 2> k_alarms{"-P7D", "-P1D"};

// "20261209": a DATE value.
std::string ical_date(Day day) {
  const date::year_month_day ymd(day);
  return fmt::format("{:04}{:02}{:02}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

// Write one content line, folded.
void line(std::ostream& out, std::string_view name, std::string_view value) {
  std::string text(name);
  text += ':';
  text += value;
  out << ical_fold(text);
}

void render_event(const CalendarEvent& event, const std::string& stamp, Lang lang,
                  std::ostream& out) {
  const std::string summary = ical_text(calendar_summary(event, lang));
  line(out, "BEGIN", "VEVENT");
  line(out, "UID", ical_text(event.uid));
  line(out, "DTSTAMP", stamp);
  line(out, "DTSTART;VALUE=DATE", ical_date(event.obligation.due));
  line(out, "DTEND;VALUE=DATE", ical_date(event.end));
  line(out, "SUMMARY", summary);
  line(out, "DESCRIPTION", ical_text(calendar_description(event, lang)));
  line(out, "TRANSP", "TRANSPARENT");
  for (const std::string_view trigger : k_alarms) {
    line(out, "BEGIN", "VALARM");
    line(out, "ACTION", "DISPLAY");
    line(out, "DESCRIPTION", summary);
    line(out, "TRIGGER", trigger);
    line(out, "END", "VALARM");
  }
  line(out, "END", "VEVENT");
}

} // namespace

void render_calendar_ics(const CalendarResult& result, Lang lang, std::ostream& out) {
  // DTSTAMP is a UTC date-time; the calendar's day at midnight UTC keeps a
  // rerun on the same day byte for byte the same.
  const std::string stamp = ical_date(result.stamp) + "T000000Z";
  line(out, "BEGIN", "VCALENDAR");
  line(out, "VERSION", "2.0");
  line(out, "PRODID",
       lang == Lang::vi ? "-//plancheck//plancheck//VI" : "-//plancheck//plancheck//EN");
  line(out, "CALSCALE", "GREGORIAN");
  line(out, "METHOD", "PUBLISH");
  for (const CalendarEvent& event : result.events) {
    render_event(event, stamp, lang, out);
  }
  line(out, "END", "VCALENDAR");
}

} // namespace plancheck
