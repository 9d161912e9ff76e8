#pragma once

#include "model/message_entry.hpp"

#include <array>

namespace plancheck {

// The words of check's text output, in enum order: what an unfulfilled row
// still owes and the reports that came, the plan, totals and deadlines.
inline constexpr std::array k_details_messages{
    MessageEntry{MsgId::must_cover, "must cover: {0}", "cần báo cáo: {0}"},
    MessageEntry{MsgId::report_incomplete, "report {0} of {1} is incomplete, missing: {2}",
                 "Báo cáo số {0} ngày {1} chưa đầy đủ, còn thiếu: {2}"},
    MessageEntry{MsgId::in_progress_by, "in progress, according to report {0} of {1}",
                 "đang thực hiện, theo Báo cáo số {0} ngày {1}"},
    MessageEntry{MsgId::reported_days_ago, "reported {0} ago", "đã báo cáo cách đây {0}"},
    MessageEntry{MsgId::reported_today, "reported today", "đã báo cáo hôm nay"},
    MessageEntry{MsgId::plan_numbered, "{0} (No. {1})", "{0} (số {1})"},
    MessageEntry{MsgId::total_entry, "{1} {0}", "{0} {1}"},
    MessageEntry{MsgId::due_today_last_day, "due today", "hôm nay là hạn cuối"},
    MessageEntry{MsgId::deadline_by_day, "by {0}", "đến ngày {0}"},
    MessageEntry{MsgId::deadline_before_day, "before {0}", "trước ngày {0}"},
    MessageEntry{MsgId::extended_by_day, "extended to {0} by {1}",
                 "gia hạn đến ngày {0} theo văn bản số {1}"},
};

} // namespace plancheck
