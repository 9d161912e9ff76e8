#pragma once

#include "model/message_entry.hpp"

#include <array>

namespace plancheck {

// The words of `plancheck calendar`, its help included, in enum order.
inline constexpr std::array k_calendar_messages{
    MessageEntry{MsgId::help_calendar,
                 "Write every deadline as an iCalendar (RFC 5545) event, one per obligation, for "
                 "a calendar to import",
                 "Xuất mọi thời hạn thành sự kiện iCalendar (RFC 5545), mỗi nghĩa vụ một sự kiện, "
                 "để nhập vào lịch"},
    MessageEntry{MsgId::help_calendar_agency, "Only what AGENCY owes: an id or a name, as for new",
                 "Chỉ những việc của AGENCY: mã hoặc tên, như lệnh new"},
    MessageEntry{MsgId::help_calendar_from, "Only deadlines on or after DATE (default: all)",
                 "Chỉ các thời hạn từ ngày DATE trở đi (mặc định: tất cả)"},
    MessageEntry{MsgId::help_calendar_to, "Only deadlines on or before DATE (default: all)",
                 "Chỉ các thời hạn đến hết ngày DATE (mặc định: tất cả)"},
    MessageEntry{MsgId::help_calendar_as_of,
                 "The day the calendar is made, its DTSTAMP (default: today in the plan's time "
                 "zone)",
                 "Ngày lập lịch, ghi vào DTSTAMP (mặc định: hôm nay theo múi giờ của kế hoạch)"},
    MessageEntry{MsgId::calendar_from_after_to, "--from {0} is after --to {1}",
                 "--from {0} sau --to {1}"},
    MessageEntry{MsgId::calendar_owes, "{0} owes: {1}", "{0} thực hiện: {1}"},
    MessageEntry{MsgId::calendar_to, "To: {0}", "Nơi nhận: {0}"},
    MessageEntry{MsgId::calendar_to_via, "To: {0}, via {1}", "Nơi nhận: {0}, qua {1}"},
    MessageEntry{MsgId::calendar_deadline, "Deadline: {0} (last day {1})",
                 "Thời hạn: {0} (hạn cuối: {1})"},
    MessageEntry{MsgId::calendar_plan, "Plan: {0}", "Kế hoạch: {0}"},
    MessageEntry{MsgId::calendar_empty, "No deadline in the range.",
                 "Không có thời hạn nào trong khoảng này."},
};

} // namespace plancheck
