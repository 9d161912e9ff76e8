#pragma once

#include "model/message_entry.hpp"

#include <array>

namespace plancheck {

// The words of working days and holidays: the plan's calendar, the files it
// includes, weekdays, deadlines on days off and how they roll, in enum order.
inline constexpr std::array k_work_calendar_messages{
    MessageEntry{MsgId::calendar_include_absolute,
                 "'{0}' is an absolute path; name a calendar relative to plan.yaml, such as "
                 "../calendars/vn-public-holidays.yaml",
                 "'{0}' là đường dẫn tuyệt đối; hãy ghi tệp lịch theo đường dẫn tương đối so với "
                 "plan.yaml, ví dụ ../calendars/vn-public-holidays.yaml"},
    MessageEntry{MsgId::calendar_include_outside,
                 "'{0}' leads outside the folder that holds the plan folders; keep calendars "
                 "there, such as ../calendars/vn-public-holidays.yaml",
                 "'{0}' dẫn ra ngoài thư mục chứa các thư mục kế hoạch; hãy để tệp lịch trong "
                 "đó, ví dụ ../calendars/vn-public-holidays.yaml"},
    MessageEntry{MsgId::calendar_include_unreadable, "the calendar '{0}': {1}",
                 "tệp lịch '{0}': {1}"},
    MessageEntry{MsgId::calendar_day_twice, "{0} is listed twice in '{1}' (first at line {2})",
                 "ngày {0} được ghi hai lần trong '{1}' (lần đầu ở dòng {2})"},
    MessageEntry{MsgId::calendar_weekday_twice, "'{0}' is listed twice in 'weekend'",
                 "'{0}' được ghi hai lần trong 'weekend'"},
    MessageEntry{MsgId::calendar_holiday_and_workday,
                 "{0} is listed as a working day and as a holiday (line {1}); keep the one the "
                 "announcement gives",
                 "ngày {0} vừa được ghi là ngày làm việc vừa là ngày nghỉ lễ (dòng {1}); hãy giữ "
                 "lại đúng theo thông báo"},
    MessageEntry{MsgId::calendar_workday_not_weekend,
                 "{0} is a {1}, a working day already; 'workdays' lists the weekend days that "
                 "are worked",
                 "ngày {0} là {1}, vốn đã là ngày làm việc; 'workdays' chỉ ghi những ngày cuối "
                 "tuần phải đi làm"},
    MessageEntry{MsgId::calendar_whole_week,
                 "every day of the week is in 'weekend'; no day would be a working day",
                 "mọi ngày trong tuần đều nằm trong 'weekend'; sẽ không còn ngày làm việc nào"},
    MessageEntry{MsgId::weekday_sunday, "Sunday", "Chủ nhật"},
    MessageEntry{MsgId::weekday_monday, "Monday", "thứ Hai"},
    MessageEntry{MsgId::weekday_tuesday, "Tuesday", "thứ Ba"},
    MessageEntry{MsgId::weekday_wednesday, "Wednesday", "thứ Tư"},
    MessageEntry{MsgId::weekday_thursday, "Thursday", "thứ Năm"},
    MessageEntry{MsgId::weekday_friday, "Friday", "thứ Sáu"},
    MessageEntry{MsgId::weekday_saturday, "Saturday", "thứ Bảy"},
    MessageEntry{MsgId::deadline_on_weekend,
                 "the last on-time day {0} is a {1}, not a working day, and no 'roll' applies; "
                 "set 'roll' in 'calendar' or in this 'due' if the deadline moves",
                 "hạn cuối {0} là {1}, không phải ngày làm việc, và không có 'roll' nào áp "
                 "dụng; hãy đặt 'roll' trong 'calendar' hoặc trong 'due' này nếu hạn được dời"},
    MessageEntry{MsgId::deadline_on_holiday,
                 "the last on-time day {0} is a holiday ({1}), not a working day, and no 'roll' "
                 "applies; set 'roll' in 'calendar' or in this 'due' if the deadline moves",
                 "hạn cuối {0} là ngày nghỉ ({1}), không phải ngày làm việc, và không có 'roll' "
                 "nào áp dụng; hãy đặt 'roll' trong 'calendar' hoặc trong 'due' này nếu hạn "
                 "được dời"},
    MessageEntry{MsgId::deadline_rolled_next, "{0} → {1} (next working day)",
                 "{0} → {1} (ngày làm việc kế tiếp)"},
    MessageEntry{MsgId::deadline_rolled_previous, "{0} → {1} (previous working day)",
                 "{0} → {1} (ngày làm việc liền trước)"},
};

} // namespace plancheck
