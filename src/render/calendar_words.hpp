#pragma once

#include "check/calendar_events.hpp"
#include "model/lang.hpp"

#include <string>

namespace plancheck {

// The words of a calendar event, the same in every format `calendar` writes.

// Return an event's title: "[Sở Y tế] Báo cáo kết quả thực hiện … — năm 2024",
// "[Sở KH&CN] II.1.a Tổ chức nghiên cứu …", on one line.
std::string calendar_summary(const CalendarEvent& event, Lang lang);

// Return what an event owes, one line each: who owes what, to whom (and
// through whom), the deadline in the plan's words with its last day, the
// tasks a report must cover, and the plan.
std::string calendar_description(const CalendarEvent& event, Lang lang);

} // namespace plancheck
