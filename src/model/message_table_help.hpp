#pragma once

#include "model/message_entry.hpp"

#include <array>

namespace plancheck {

// The words of --help, in enum order.
inline constexpr std::array k_help_messages{
    MessageEntry{
        MsgId::help_description,
        "plancheck: check that the agencies named in an implementation plan have "
        "done\nand reported what it asks of them, by its deadlines.",
        "plancheck: kiểm tra việc các cơ quan, đơn vị có tên trong kế hoạch triển khai\nđã "
        "thực hiện và báo cáo các nhiệm vụ được giao đúng thời hạn hay chưa."},
    MessageEntry{
        MsgId::help_footer,
        "Run 'plancheck COMMAND --help' for a command's options; 'man plancheck' for more.",
        "Chạy 'plancheck LỆNH --help' để xem tùy chọn của một lệnh; 'man plancheck' để biết thêm."},
    MessageEntry{MsgId::help_usage, "Usage", "Cách dùng"},
    MessageEntry{MsgId::help_options_badge, "OPTIONS", "TÙY CHỌN"},
    MessageEntry{MsgId::help_command_badge, "SUBCOMMAND", "LỆNH"},
    MessageEntry{MsgId::help_positionals, "Positionals", "Đối số"},
    MessageEntry{MsgId::help_options, "Options", "Tùy chọn"},
    MessageEntry{MsgId::help_commands, "Subcommands", "Lệnh"},
    MessageEntry{MsgId::help_help, "Print this help message and exit",
                 "In hướng dẫn này rồi thoát"},
    MessageEntry{MsgId::help_version, "Display program version information and exit",
                 "In phiên bản của chương trình rồi thoát"},
    MessageEntry{MsgId::help_lang,
                 "Language of the output: vi or en (default: PLANCHECK_LANG, then the locale)",
                 "Ngôn ngữ của kết quả: vi hoặc en (mặc định: PLANCHECK_LANG, rồi đến locale)"},
    MessageEntry{MsgId::help_color, "Color: auto (a terminal without NO_COLOR), always, never",
                 "Màu: auto (khi là terminal và không có NO_COLOR), always, never"},
    MessageEntry{
        MsgId::help_validate,
        "Check plan, report and decision files against the format and each other",
        "Kiểm tra tệp kế hoạch, báo cáo và quyết định theo định dạng và đối chiếu với nhau"},
    MessageEntry{
        MsgId::help_validate_paths,
        "Plan folder, plan file, or report or decision files or folders (default: .)",
        "Thư mục kế hoạch, tệp kế hoạch, hoặc tệp hay thư mục báo cáo, quyết định (mặc định: .)"},
    MessageEntry{MsgId::help_strict, "Fail on warnings too", "Coi cả cảnh báo là lỗi"},
    MessageEntry{
        MsgId::help_validate_as_of,
        "Warn of reports submitted after DATE (default: today in the plan's time zone)",
        "Cảnh báo báo cáo có ngày gửi sau DATE (mặc định: hôm nay theo múi giờ của kế hoạch)"},
    MessageEntry{
        MsgId::help_format,
        "Output: {0}, to standard output or to\nPATH with FORMAT=PATH, a regular file outside the "
        "plan folders; repeatable\n(default: text, and github in GitHub Actions)",
        "Kết quả: {0}, ra đầu ra chuẩn hoặc vào\nPATH với FORMAT=PATH, một tệp thông thường ngoài "
        "thư mục kế hoạch; dùng được nhiều lần\n(mặc định: text, thêm github khi chạy trong GitHub "
        "Actions)"},
    MessageEntry{MsgId::help_stream_format, "Output: {0}", "Kết quả: {0}"},
    MessageEntry{
        MsgId::help_check,
        "Say what is overdue, incomplete, late or due soon, for whom, as of a day",
        "Cho biết việc nào quá hạn, chưa đầy đủ, trễ hạn hoặc sắp đến hạn, của đơn vị nào, "
        "tính đến một ngày"},
    MessageEntry{MsgId::help_plans, "Plan folders or plan files (default: .)",
                 "Thư mục hoặc tệp kế hoạch (mặc định: .)"},
    MessageEntry{MsgId::help_as_of, "Check as of DATE (default: today in the plan's time zone)",
                 "Kiểm tra tính đến DATE (mặc định: hôm nay theo múi giờ của kế hoạch)"},
    MessageEntry{MsgId::help_within, "Days ahead that count as due soon",
                 "Số ngày trước hạn để coi là sắp đến hạn"},
    MessageEntry{
        MsgId::help_agency,
        "Only what this agency owes, or passed to a successor; a group selects its members",
        "Chỉ các việc của đơn vị này, kể cả việc đã chuyển cho đơn vị kế thừa; nếu là mã nhóm "
        "thì chọn mọi đơn vị trong nhóm"},
    MessageEntry{MsgId::help_duty, "Only instances of this duty",
                 "Chỉ các kỳ của chế độ báo cáo này"},
    MessageEntry{MsgId::help_task, "Only completions of this task", "Chỉ nhiệm vụ này"},
    MessageEntry{MsgId::help_year, "Only this year (a duty's period, else the deadline's year)",
                 "Chỉ năm này (kỳ của chế độ báo cáo, nếu không thì năm của hạn)"},
    MessageEntry{MsgId::help_status, "List only these statuses: {0}",
                 "Chỉ liệt kê các trạng thái này: {0}"},
    MessageEntry{MsgId::help_all, "List every considered obligation, ok and pending too",
                 "Liệt kê tất cả các việc, kể cả việc đúng hạn và chưa đến hạn"},
    MessageEntry{MsgId::help_fail_on,
                 "Exit 1 when a listed finding is at least this severe, or never",
                 "Trả mã thoát 1 khi có mục được liệt kê từ mức này trở lên; never: không bao giờ"},
    MessageEntry{MsgId::help_quiet, "Print nothing when nothing is listed",
                 "Không in gì khi không có mục nào được liệt kê"},
    MessageEntry{
        MsgId::help_notify,
        "Email each agency what it owes that is overdue, incomplete or coming due",
        "Gửi thư nhắc việc cho từng đơn vị về các việc quá hạn, chưa đầy đủ hoặc sắp đến hạn"},
    MessageEntry{MsgId::help_from,
                 "Sender address, 'Name <addr>' or 'addr' (default: PLANCHECK_FROM)",
                 "Địa chỉ người gửi, 'Tên <ten@tenmien.vn>' hoặc 'ten@tenmien.vn' (mặc định: "
                 "PLANCHECK_FROM)"},
    MessageEntry{MsgId::help_digest_to, "Also send a digest of everything to ADDR",
                 "Gửi thêm thư tổng hợp mọi việc đến ADDR"},
    MessageEntry{MsgId::help_cc, "Copy every agency's message to ADDR",
                 "Gửi bản sao (Cc) thư gửi từng đơn vị đến ADDR"},
    MessageEntry{MsgId::help_sendmail, "Command that sends a message read from its standard input",
                 "Lệnh dùng để gửi thư (nội dung thư được đưa vào đầu vào chuẩn)"},
    MessageEntry{MsgId::help_dry_run,
                 "Write the messages to standard output as an mbox; send nothing",
                 "Ghi các thư ra đầu ra chuẩn dưới dạng mbox; không gửi gì"},
    MessageEntry{MsgId::help_lead_days, "Remind this many days before a deadline",
                 "Số ngày nhắc trước hạn"},
    MessageEntry{MsgId::help_repeat_overdue, "Remind of overdue or incomplete items every N days",
                 "Nhắc lại việc quá hạn hoặc chưa đầy đủ mỗi N ngày"},
    MessageEntry{MsgId::help_max_overdue,
                 "Leave an item more than N days overdue to the digest; 0: no limit",
                 "Việc quá hạn trên N ngày chỉ đưa vào thư tổng hợp, không nhắc đơn vị nữa; 0: "
                 "không giới hạn"},
    MessageEntry{MsgId::help_all_items, "Include everything outstanding, whatever the day",
                 "Gồm mọi việc còn tồn đọng, bất kể ngày nào"},
    MessageEntry{MsgId::help_rules, "List every rule id with what it means",
                 "Liệt kê mọi mã quy tắc và ý nghĩa"},
};

} // namespace plancheck
