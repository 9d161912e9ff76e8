#pragma once

#include "model/message_entry.hpp"

#include <array>

namespace plancheck {

// The sentences about the command line and the run, in enum order.
inline constexpr std::array k_run_messages{
    MessageEntry{MsgId::no_plan_found, "no plan.yaml here or in any folder below",
                 "không có plan.yaml ở đây hay trong thư mục con nào"},
    MessageEntry{MsgId::no_plan_above, "no plan.yaml in its folder or any folder above",
                 "không có plan.yaml trong thư mục chứa nó hay thư mục cha nào"},
    MessageEntry{MsgId::path_not_found, "no such file or folder", "không có tệp hay thư mục này"},
    MessageEntry{MsgId::usage_error, "usage error: {0}", "dùng sai lệnh: {0}"},
    MessageEntry{MsgId::no_address,
                 "{0} ({1}) has no email address; its reminder is in the digest only",
                 "{0} ({1}) chưa có địa chỉ thư điện tử; các việc của đơn vị này chỉ được nêu "
                 "trong thư tổng hợp"},
    MessageEntry{
        MsgId::no_address_no_digest,
        "{0} ({1}) has no email address; it gets no reminder (add --digest-to to hear of it)",
        "{0} ({1}) chưa có địa chỉ thư điện tử; đơn vị này không nhận được lời nhắc (thêm "
        "--digest-to để được báo)"},
    MessageEntry{MsgId::delivery_failed, "sending the message for {0} failed: exit status {1}: {2}",
                 "gửi thư cho {0} không thành công: mã thoát {1}: {2}"},
    MessageEntry{MsgId::bad_mailbox,
                 "{0}: '{1}' is not an email address (name@domain.vn, or Name <name@domain.vn>)",
                 "{0}: '{1}' không phải địa chỉ email (ten@tenmien.vn, hoặc Tên <ten@tenmien.vn>)"},
    MessageEntry{MsgId::unknown_command, "unknown command '{0}'", "không có lệnh '{0}'"},
    MessageEntry{MsgId::usage_hint, "Run 'plancheck --help' for usage.",
                 "Chạy 'plancheck --help' để xem cách dùng."},
    MessageEntry{MsgId::internal_error, "internal error: {0}", "lỗi nội bộ: {0}"},
    MessageEntry{MsgId::from_required, "notify: --from is required (or PLANCHECK_FROM)",
                 "notify: cần có --from (hoặc PLANCHECK_FROM)"},
    MessageEntry{MsgId::formats_alone,
                 "--format: {0} and {1} must be alone on standard output; send the others to files "
                 "with FORMAT=PATH",
                 "--format: {0} và {1} phải đứng một mình trên đầu ra chuẩn; hãy ghi các định dạng "
                 "khác ra tệp "
                 "bằng FORMAT=PATH"},
    MessageEntry{MsgId::format_named_twice, "--format: {0} is named twice",
                 "--format: {0} được ghi hai lần"},
    MessageEntry{MsgId::format_same_file, "--format: {0} and {1} are the same file",
                 "--format: {0} và {1} là cùng một tệp"},
    MessageEntry{MsgId::not_a_format, "'{0}' is not a format ({1})",
                 "'{0}' không phải định dạng ({1})"},
    MessageEntry{MsgId::format_no_file, "'{0}' names no file after '='",
                 "'{0}' không ghi tệp nào sau '='"},
    MessageEntry{MsgId::format_file_only,
                 "'{0}' is written to a file only, never to standard output: --format {0}=FILE",
                 "'{0}' chỉ ghi ra tệp, không ghi ra đầu ra chuẩn: --format {0}=TỆP"},
    MessageEntry{MsgId::option_bad_date, "'{0}' is not a date (YYYY-MM-DD or DD/MM/YYYY)",
                 "'{0}' không phải ngày (YYYY-MM-DD hoặc DD/MM/YYYY)"},
    MessageEntry{MsgId::option_bad_day_count, "'{0}' is not a number of days (0 to 3660)",
                 "'{0}' không phải số ngày (0 đến 3660)"},
    MessageEntry{MsgId::option_bad_status, "'{0}' is not a status ({1})",
                 "'{0}' không phải trạng thái ({1})"},
    MessageEntry{MsgId::list_or, "{0} or {1}", "{0} hoặc {1}"},
};

} // namespace plancheck
