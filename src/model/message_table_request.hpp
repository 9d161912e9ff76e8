#pragma once

#include "model/message_entry.hpp"

#include <array>

namespace plancheck {

// The words of ad-hoc requests (requests/*.yaml), in enum order.
inline constexpr std::array k_request_messages{
    MessageEntry{MsgId::request_due_yearly,
                 "a request asks once and cannot repeat; a yearly duty belongs in plan.yaml",
                 "yêu cầu đột xuất chỉ hỏi một lần, không lặp lại; chế độ báo cáo hằng năm thuộc "
                 "plan.yaml"},
    MessageEntry{MsgId::request_plan_mismatch,
                 "this request is for plan '{0}', but its plan is '{1}'",
                 "yêu cầu này thuộc kế hoạch '{0}', nhưng kế hoạch ở đây là '{1}'"},
    MessageEntry{MsgId::request_duplicate_duty,
                 "duty id '{0}' is already used in {1} (line {2}); give this duty its own id",
                 "mã chế độ báo cáo '{0}' đã dùng trong {1} (dòng {2}); hãy đặt mã khác"},
    MessageEntry{MsgId::request_after_due,
                 "requested on {0}, after the deadline of duty '{1}' ({2}): check 'requested' "
                 "and 'due'",
                 "ngày yêu cầu {0} sau hạn của chế độ báo cáo '{1}' ({2}): kiểm tra 'requested' "
                 "và 'due'"},
    MessageEntry{MsgId::requested_in, "as requested by document No. {0} of {1}",
                 "theo yêu cầu tại văn bản số {0} ngày {1}"},
};

} // namespace plancheck
