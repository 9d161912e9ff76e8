#pragma once

#include "model/message_entry.hpp"

#include <array>

namespace plancheck {

// What a row of check's text output adds under an unfulfilled obligation:
// what it must still cover and the reports that came, in enum order.
inline constexpr std::array k_details_messages{
    MessageEntry{MsgId::must_cover, "must cover: {0}", "cần báo cáo: {0}"},
    MessageEntry{MsgId::report_incomplete, "report {0} of {1} is incomplete, missing: {2}",
                 "báo cáo {0} ngày {1} chưa đầy đủ, còn thiếu: {2}"},
    MessageEntry{MsgId::in_progress_by, "in progress, according to report {0} of {1}",
                 "đang thực hiện, theo báo cáo {0} ngày {1}"},
    MessageEntry{MsgId::reported_days_ago, "reported {0} ago", "báo cáo cách đây {0}"},
    MessageEntry{MsgId::reported_today, "reported today", "báo cáo hôm nay"},
};

} // namespace plancheck
