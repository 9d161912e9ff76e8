#pragma once

#include "model/message_entry.hpp"

#include <array>

namespace plancheck {

// The sentences of the rules that span plans, reports and decisions, in enum order.
inline constexpr std::array k_rule_messages{
    MessageEntry{MsgId::period_order, "the period starts on {0}, after it ends on {1}",
                 "thời kỳ bắt đầu ngày {0}, sau ngày kết thúc {1}"},
    MessageEntry{MsgId::period_too_long, "the period from {0} to {1} is longer than {2} years",
                 "thời kỳ từ {0} đến {1} dài hơn {2} năm"},
    MessageEntry{
        MsgId::too_many_obligations,
        "with '{1}', the plan makes more than {0} obligations (one per agency for each duty "
        "instance and each task deadline), more than plancheck checks; split the plan",
        "đến '{1}', kế hoạch tạo ra hơn {0} việc (mỗi đơn vị một việc cho mỗi kỳ báo "
        "cáo và mỗi hạn nhiệm vụ), vượt mức plancheck kiểm tra; hãy tách kế hoạch"},
    MessageEntry{MsgId::bad_timezone, "'{0}' is not an IANA time zone (such as Asia/Ho_Chi_Minh)",
                 "'{0}' không phải múi giờ IANA (ví dụ Asia/Ho_Chi_Minh)"},
    MessageEntry{MsgId::since_after_until, "'since' {0} is after 'until' {1}",
                 "'since' {0} sau 'until' {1}"},
    MessageEntry{MsgId::successor_without_until,
                 "'successor' needs 'until', the last day '{0}' existed",
                 "'successor' cần có 'until', ngày cuối cùng '{0}' hoạt động"},
    MessageEntry{MsgId::successor_loop, "successors loop: {0}", "chuỗi kế thừa lặp vòng: {0}"},
    MessageEntry{MsgId::duplicate_id, "'{0}' is defined twice (first at line {1})",
                 "'{0}' được định nghĩa hai lần (lần đầu ở dòng {1})"},
    MessageEntry{MsgId::unknown_agency_or_group, "unknown agency or group '{0}'",
                 "không có đơn vị hay nhóm '{0}'"},
    MessageEntry{MsgId::unknown_agency, "unknown agency '{0}'", "không có đơn vị '{0}'"},
    MessageEntry{MsgId::unknown_task, "unknown task '{0}'", "không có nhiệm vụ '{0}'"},
    MessageEntry{MsgId::unknown_duty, "unknown duty '{0}'", "không có chế độ báo cáo '{0}'"},
    MessageEntry{MsgId::unknown_agency_or_group_suggest,
                 "unknown agency or group '{0}'; did you mean '{1}'?",
                 "không có đơn vị hay nhóm '{0}'; có phải là '{1}'?"},
    MessageEntry{MsgId::unknown_agency_suggest, "unknown agency '{0}'; did you mean '{1}'?",
                 "không có đơn vị '{0}'; có phải là '{1}'?"},
    MessageEntry{MsgId::unknown_task_suggest, "unknown task '{0}'; did you mean '{1}'?",
                 "không có nhiệm vụ '{0}'; có phải là '{1}'?"},
    MessageEntry{MsgId::unknown_duty_suggest, "unknown duty '{0}'; did you mean '{1}'?",
                 "không có chế độ báo cáo '{0}'; có phải là '{1}'?"},
    MessageEntry{MsgId::group_cycle, "groups contain each other: {0}",
                 "các nhóm chứa lẫn nhau: {0}"},
    MessageEntry{MsgId::group_not_agency, "'{0}' is a group; name a single agency",
                 "'{0}' là một nhóm; hãy ghi một đơn vị"},
    MessageEntry{
        MsgId::orphan_task, "every owner of task '{0}' has ended with no successor",
        "mọi đơn vị chủ trì nhiệm vụ '{0}' đã chấm dứt hoạt động mà không có đơn vị kế thừa"},
    MessageEntry{MsgId::unused_agency, "nothing in the plan refers to agency '{0}'",
                 "không có gì trong kế hoạch nhắc đến đơn vị '{0}'"},
    MessageEntry{MsgId::plan_mismatch, "this report is for plan '{0}', but its plan is '{1}'",
                 "báo cáo này thuộc kế hoạch '{0}', nhưng kế hoạch ở đây là '{1}'"},
    MessageEntry{MsgId::period_missing, "duty '{0}' is yearly: add 'period' (the year reported on)",
                 "chế độ báo cáo '{0}' là hằng năm: cần thêm 'period' (năm báo cáo)"},
    MessageEntry{MsgId::period_forbidden, "duty '{0}' is due once: remove 'period'",
                 "chế độ báo cáo '{0}' chỉ một lần: hãy bỏ 'period'"},
    MessageEntry{MsgId::period_without_duty, "'period' goes with 'duty'; a task report has none",
                 "'period' chỉ dùng cùng 'duty'; báo cáo nhiệm vụ không có kỳ"},
    MessageEntry{MsgId::period_no_instance, "duty '{0}' is not due for {1}; its years are {2}",
                 "chế độ báo cáo '{0}' không có kỳ {1}; các kỳ là {2}"},
    MessageEntry{MsgId::not_owed, "'{0}' does not owe '{1}'{2}; it is owed by: {3}",
                 "'{0}' không phải gửi báo cáo '{1}'{2}; đơn vị phải báo cáo: {3}"},
    MessageEntry{MsgId::completed_not_done, "'completed' goes with 'status: done' only",
                 "'completed' chỉ dùng với 'status: done'"},
    MessageEntry{MsgId::completed_after_submitted, "'completed' {0} is after 'submitted' {1}",
                 "'completed' {0} sau ngày 'submitted' {1}"},
    MessageEntry{MsgId::inactive_ended_successor,
                 "'{0}' no longer existed on {1} (it ended on {2}); its successor is '{3}'",
                 "'{0}' không còn hoạt động vào ngày {1} (chấm dứt hoạt động ngày {2}); đơn vị kế "
                 "thừa là '{3}'"},
    MessageEntry{MsgId::inactive_ended, "'{0}' no longer existed on {1} (it ended on {2})",
                 "'{0}' không còn hoạt động vào ngày {1} (chấm dứt hoạt động ngày {2})"},
    MessageEntry{MsgId::inactive_not_yet, "'{0}' did not exist yet on {1} (it began on {2})",
                 "'{0}' chưa hoạt động vào ngày {1} (bắt đầu từ ngày {2})"},
    MessageEntry{MsgId::duplicate_number, "report number '{0}' is also used by {1}",
                 "số báo cáo '{0}' cũng được dùng ở {1}"},
    MessageEntry{MsgId::submitted_future,
                 "'submitted' is {0}, after today ({1}): check ignores this report until that day; "
                 "is the year right?",
                 "'submitted' là {0}, sau hôm nay ({1}): check bỏ qua báo cáo này cho đến ngày đó; "
                 "năm có đúng không?"},
    MessageEntry{
        MsgId::unread_extension_case,
        "not read: reports, decisions and requests are read only from names ending in .yaml "
        "or .yml in lower case; rename it to {0}",
        "không được đọc: chỉ đọc báo cáo, quyết định và yêu cầu có tên kết thúc bằng .yaml "
        "hoặc .yml (chữ thường); hãy đổi tên thành {0}"},
    MessageEntry{
        MsgId::unread_plan_name,
        "not read: the plan is read only from plan.yaml; rename it if it is the plan",
        "không được đọc: kế hoạch chỉ được đọc từ plan.yaml; hãy đổi tên nếu đây là kế hoạch"},
    MessageEntry{
        MsgId::unread_elsewhere,
        "not read: reports go below reports/, decisions below decisions/, requests below "
        "requests/; move it there if it is one",
        "không được đọc: báo cáo đặt trong reports/, quyết định đặt trong decisions/, yêu cầu "
        "đặt trong requests/; hãy chuyển tệp vào đó nếu là báo cáo, quyết định hoặc yêu cầu"},
    MessageEntry{MsgId::decision_plan_mismatch,
                 "this decision is for plan '{0}', but its plan is '{1}'",
                 "quyết định này thuộc kế hoạch '{0}', nhưng kế hoạch ở đây là '{1}'"},
    MessageEntry{
        MsgId::decision_period_task,
        "'period' picks a year of a yearly duty; task '{0}' has none: remove 'period'",
        "'period' chọn một kỳ của chế độ báo cáo hằng năm; nhiệm vụ '{0}' không có kỳ: hãy bỏ "
        "'period'"},
    MessageEntry{MsgId::decision_no_match,
                 "no obligation of '{0}' matches this entry; it changes nothing",
                 "không có việc nào của '{0}' khớp với mục này; mục này không có tác dụng"},
    MessageEntry{
        MsgId::decision_conflict,
        "'{0}'{1} owed by '{2}' is also decided on {3} at {4}:{5}; decisions of one day cannot "
        "both apply",
        "'{0}'{1} của '{2}' cũng được quyết định ngày {3} tại {4}:{5}; hai quyết định cùng ngày "
        "không thể cùng áp dụng"},
    MessageEntry{MsgId::decision_before_issued,
                 "the decision of {0} is older than the plan, issued {1}",
                 "quyết định ngày {0} có trước kế hoạch, ban hành ngày {1}"},
};

} // namespace plancheck
