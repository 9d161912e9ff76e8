#include "model/message.hpp"

#include "model/calendar.hpp"

#include <array>

#include <fmt/args.h>
#include <fmt/format.h>

namespace plancheck {
namespace {

struct Entry {
  MsgId id;
  std::string_view en;
  std::string_view vi;
};

constexpr std::array k_messages{
    Entry{MsgId::invalid_utf8, "byte 0x{0} is not UTF-8; save the file as UTF-8",
          "byte 0x{0} không phải UTF-8; hãy lưu tệp dưới dạng UTF-8"},
    Entry{MsgId::control_char, "control character U+{0} is not allowed",
          "không được dùng ký tự điều khiển U+{0}"},
    Entry{MsgId::tab_char, "tab character; indent and separate with spaces",
          "ký tự tab; hãy thụt lề và ngăn cách bằng dấu cách"},
    Entry{MsgId::binary_file,
          "a NUL byte: this is a binary file, not text; plans and reports are UTF-8 YAML text",
          "byte NUL: đây là tệp nhị phân, không phải văn bản; kế hoạch và báo cáo là văn bản "
          "YAML UTF-8"},
    Entry{MsgId::cr_line_end,
          "a line ends with CR alone (old Mac OS line ends), which is not supported; save the "
          "file with LF or CR LF line ends",
          "dòng kết thúc chỉ bằng CR (kiểu Mac OS cũ), không được hỗ trợ; hãy lưu tệp với ký tự "
          "xuống dòng LF hoặc CR LF"},
    Entry{MsgId::indent_space, "U+{0} {1} in the indentation; indent with ordinary spaces (U+0020)",
          "ký tự U+{0} ({1}) trong phần thụt lề; hãy thụt lề bằng dấu cách thường (U+0020)"},
    Entry{MsgId::yaml_syntax, "YAML syntax error: {0}", "lỗi cú pháp YAML: {1}"},
    Entry{MsgId::duplicate_key, "duplicate key '{0}' (first at line {1})",
          "khóa '{0}' bị lặp (lần đầu ở dòng {1})"},
    Entry{MsgId::anchor_alias, "anchors and aliases ({0}) are not accepted; write the value out",
          "không chấp nhận neo và bí danh ({0}); hãy viết đầy đủ giá trị"},
    Entry{MsgId::explicit_tag, "explicit tag '{0}' is not accepted",
          "không chấp nhận thẻ tường minh '{0}'"},
    Entry{MsgId::second_document, "a second YAML document; each file holds one",
          "tài liệu YAML thứ hai; mỗi tệp chỉ chứa một tài liệu"},
    Entry{MsgId::empty_file, "the file is empty", "tệp rỗng"},
    Entry{MsgId::too_deep, "nested more than {0} levels deep", "lồng nhau quá {0} cấp"},
    Entry{MsgId::cannot_read, "cannot read: {0}", "không đọc được: {0}"},
    Entry{MsgId::cannot_write, "cannot write: {0}", "không ghi được: {0}"},
    Entry{MsgId::is_directory, "is a folder, not a file", "là thư mục, không phải tệp"},
    Entry{MsgId::too_large, "larger than {0} MiB; not a plan or report file",
          "lớn hơn {0} MiB; không phải tệp kế hoạch hay báo cáo"},
    Entry{MsgId::not_regular, "not a regular file (a pipe, device or socket); not read",
          "không phải tệp thông thường (ống dẫn, thiết bị hay socket); không đọc"},
    Entry{MsgId::link_outside, "a symbolic link that leads outside the plan folder; not read",
          "liên kết tượng trưng trỏ ra ngoài thư mục kế hoạch; không đọc"},
    Entry{MsgId::folder_unreadable, "cannot read the folder: {0}; the files in it are not checked",
          "không đọc được thư mục: {0}; các tệp trong đó không được kiểm tra"},
    Entry{MsgId::output_not_regular,
          "not a regular file; outputs go to regular files, to -, /dev/stdout, /dev/stderr or "
          "/dev/null",
          "không phải tệp thông thường; kết quả chỉ ghi vào tệp thông thường, -, /dev/stdout, "
          "/dev/stderr hoặc /dev/null"},
    Entry{MsgId::output_in_plan,
          "is inside the plan folder {0}, which is being read; write outputs outside it",
          "nằm trong thư mục kế hoạch {0} đang được đọc; hãy ghi kết quả ra ngoài thư mục đó"},
    Entry{MsgId::stdout_failed, "cannot write to standard output: {0}",
          "không ghi được ra đầu ra chuẩn: {0}"},
    Entry{MsgId::more_not_shown, "and {0} more of this kind in this file, not shown",
          "và {0} trường hợp cùng loại nữa trong tệp này, không hiển thị"},
    Entry{MsgId::version_unsupported, "format version {0} is not supported; write 'plancheck: 1'",
          "không hỗ trợ phiên bản định dạng {0}; hãy ghi 'plancheck: 1'"},
    Entry{MsgId::required_key, "missing required key '{0}'", "thiếu khóa bắt buộc '{0}'"},
    Entry{MsgId::unknown_key, "unknown key '{0}'", "khóa không hợp lệ '{0}'"},
    Entry{MsgId::unknown_key_suggest, "unknown key '{0}'; did you mean '{1}'?",
          "khóa không hợp lệ '{0}'; có phải là '{1}'?"},
    Entry{MsgId::expected_mapping, "'{0}' must be a mapping of keys to values",
          "'{0}' phải là ánh xạ khóa: giá trị"},
    Entry{MsgId::expected_list, "'{0}' must be a list", "'{0}' phải là danh sách"},
    Entry{MsgId::expected_text, "'{0}' must be text", "'{0}' phải là văn bản"},
    Entry{MsgId::expected_text_quote, "'{0}' must be text; write it in quotes: \"{1}\"",
          "'{0}' phải là văn bản; hãy đặt trong dấu ngoặc kép: \"{1}\""},
    Entry{MsgId::expected_integer, "'{0}' must be a whole number", "'{0}' phải là số nguyên"},
    Entry{MsgId::not_decimal, "'{0}' must be a decimal number, not '{1}'",
          "'{0}' phải là số thập phân, không phải '{1}'"},
    Entry{MsgId::no_value, "'{0}' has no value", "'{0}' không có giá trị"},
    Entry{MsgId::empty_list, "'{0}' must list at least one item", "'{0}' cần ít nhất một mục"},
    Entry{MsgId::bad_enum, "'{0}' is not one of: {1}", "'{0}' không thuộc các giá trị: {1}"},
    Entry{MsgId::bad_id, "'{0}' is not a valid id: use lowercase letters, digits, '.' and '-'",
          "'{0}' không phải mã hợp lệ: chỉ dùng chữ thường, chữ số, '.' và '-'"},
    Entry{MsgId::bad_task_id, "'{0}' is not a valid task id: use letters, digits, '.', '_' and '-'",
          "'{0}' không phải mã nhiệm vụ hợp lệ: chỉ dùng chữ cái, chữ số, '.', '_' và '-'"},
    Entry{MsgId::bad_date, "'{0}' is not a date; write YYYY-MM-DD or DD/MM/YYYY",
          "'{0}' không phải ngày; hãy viết YYYY-MM-DD hoặc DD/MM/YYYY"},
    Entry{MsgId::no_such_day, "'{0}' is not a day of the calendar",
          "'{0}' không phải ngày có thật trong lịch"},
    Entry{MsgId::date_range,
          "'{0}' is outside the dates plancheck accepts, 1900-01-01 to 2199-12-31",
          "'{0}' nằm ngoài khoảng ngày plancheck chấp nhận, từ 01/01/1900 đến 31/12/2199"},
    Entry{MsgId::year_range, "'{0}' is outside the years plancheck accepts, 1900 to 2199",
          "'{0}' nằm ngoài khoảng năm plancheck chấp nhận, từ 1900 đến 2199"},
    Entry{MsgId::bad_within, "'{0}' is not a year (2024), quarter (2024-Q1) or month (2024-05)",
          "'{0}' không phải năm (2024), quý (2024-Q1) hay tháng (2024-05)"},
    Entry{MsgId::deadline_form, "a deadline takes exactly one of: {0}",
          "hạn chỉ nhận đúng một trong: {0}"},
    Entry{MsgId::deadline_task_yearly, "a task deadline cannot repeat; 'every' is for duties",
          "hạn của nhiệm vụ không lặp lại; 'every' chỉ dùng cho chế độ báo cáo"},
    Entry{MsgId::deadline_every, "'every' takes 'year' only", "'every' chỉ nhận 'year'"},
    Entry{MsgId::deadline_yearly_needs_day,
          "a yearly deadline takes 'by' or 'before' with a month and day, e.g. {{month: 12, day: "
          "10}}",
          "hạn hằng năm cần 'by' hoặc 'before' với tháng và ngày, ví dụ {{month: 12, day: 10}}"},
    Entry{MsgId::month_range, "month {0} is not 1 to 12", "tháng {0} không nằm trong 1 đến 12"},
    Entry{MsgId::day_range, "{0}/{1} is not a day of the year",
          "{0}/{1} không phải ngày trong năm"},
    Entry{MsgId::bad_email, "'{0}' is not an email address", "'{0}' không phải địa chỉ email"},
    Entry{MsgId::decision_target, "an entry names exactly one of 'duty' and 'task'",
          "mỗi mục ghi đúng một trong hai khóa 'duty' và 'task'"},
    Entry{MsgId::decision_due_yearly,
          "a new deadline is one day and cannot repeat; 'every' is for duties",
          "hạn mới là một ngày, không lặp lại; 'every' chỉ dùng cho chế độ báo cáo"},
    Entry{MsgId::decision_empty, "a decision needs 'extend' or 'waive'",
          "quyết định cần có 'extend' hoặc 'waive'"},
    Entry{MsgId::bad_id_suggest, "'{0}' is not a valid id; did you mean '{1}'?",
          "'{0}' không phải mã hợp lệ; có phải là '{1}'?"},
    Entry{MsgId::bad_id_suggest_named, "'{0}' is not a valid id; did you mean '{1}' ({2})?",
          "'{0}' không phải mã hợp lệ; có phải là '{1}' ({2})?"},
    Entry{MsgId::period_order, "the period starts on {0}, after it ends on {1}",
          "thời kỳ bắt đầu ngày {0}, sau ngày kết thúc {1}"},
    Entry{MsgId::period_too_long, "the period from {0} to {1} is longer than {2} years",
          "thời kỳ từ {0} đến {1} dài hơn {2} năm"},
    Entry{MsgId::too_many_obligations,
          "with '{1}', the plan makes more than {0} obligations (one per agency for each duty "
          "instance and each task deadline), more than plancheck checks; split the plan",
          "đến '{1}', kế hoạch tạo ra hơn {0} nghĩa vụ (mỗi cơ quan một nghĩa vụ cho mỗi kỳ báo "
          "cáo và mỗi hạn nhiệm vụ), vượt mức plancheck kiểm tra; hãy tách kế hoạch"},
    Entry{MsgId::bad_timezone, "'{0}' is not an IANA time zone (such as Asia/Ho_Chi_Minh)",
          "'{0}' không phải múi giờ IANA (ví dụ Asia/Ho_Chi_Minh)"},
    Entry{MsgId::since_after_until, "'since' {0} is after 'until' {1}",
          "'since' {0} sau 'until' {1}"},
    Entry{MsgId::successor_without_until, "'successor' needs 'until', the last day '{0}' existed",
          "'successor' cần có 'until', ngày cuối cùng '{0}' tồn tại"},
    Entry{MsgId::successor_loop, "successors loop: {0}", "chuỗi kế nhiệm lặp vòng: {0}"},
    Entry{MsgId::duplicate_id, "'{0}' is defined twice (first at line {1})",
          "'{0}' được định nghĩa hai lần (lần đầu ở dòng {1})"},
    Entry{MsgId::unknown_agency_or_group, "unknown agency or group '{0}'",
          "không có cơ quan hay nhóm '{0}'"},
    Entry{MsgId::unknown_agency, "unknown agency '{0}'", "không có cơ quan '{0}'"},
    Entry{MsgId::unknown_task, "unknown task '{0}'", "không có nhiệm vụ '{0}'"},
    Entry{MsgId::unknown_duty, "unknown duty '{0}'", "không có chế độ báo cáo '{0}'"},
    Entry{MsgId::unknown_agency_or_group_suggest,
          "unknown agency or group '{0}'; did you mean '{1}'?",
          "không có cơ quan hay nhóm '{0}'; có phải là '{1}'?"},
    Entry{MsgId::unknown_agency_suggest, "unknown agency '{0}'; did you mean '{1}'?",
          "không có cơ quan '{0}'; có phải là '{1}'?"},
    Entry{MsgId::unknown_task_suggest, "unknown task '{0}'; did you mean '{1}'?",
          "không có nhiệm vụ '{0}'; có phải là '{1}'?"},
    Entry{MsgId::unknown_duty_suggest, "unknown duty '{0}'; did you mean '{1}'?",
          "không có chế độ báo cáo '{0}'; có phải là '{1}'?"},
    Entry{MsgId::group_cycle, "groups contain each other: {0}", "các nhóm chứa lẫn nhau: {0}"},
    Entry{MsgId::group_not_agency, "'{0}' is a group; name a single agency",
          "'{0}' là một nhóm; hãy ghi một cơ quan"},
    Entry{MsgId::orphan_task, "every owner of task '{0}' has ended with no successor",
          "mọi đơn vị thực hiện nhiệm vụ '{0}' đã chấm dứt mà không có đơn vị kế nhiệm"},
    Entry{MsgId::unused_agency, "nothing in the plan refers to agency '{0}'",
          "không có gì trong kế hoạch nhắc đến cơ quan '{0}'"},
    Entry{MsgId::plan_mismatch, "this report is for plan '{0}', but its plan is '{1}'",
          "báo cáo này thuộc kế hoạch '{0}', nhưng kế hoạch ở đây là '{1}'"},
    Entry{MsgId::period_missing, "duty '{0}' is yearly: add 'period' (the year reported on)",
          "chế độ báo cáo '{0}' là hằng năm: cần thêm 'period' (năm báo cáo)"},
    Entry{MsgId::period_forbidden, "duty '{0}' is due once: remove 'period'",
          "chế độ báo cáo '{0}' chỉ một lần: hãy bỏ 'period'"},
    Entry{MsgId::period_without_duty, "'period' goes with 'duty'; a task report has none",
          "'period' chỉ dùng cùng 'duty'; báo cáo nhiệm vụ không có kỳ"},
    Entry{MsgId::period_no_instance, "duty '{0}' is not due for {1}; its years are {2}",
          "chế độ báo cáo '{0}' không có kỳ {1}; các kỳ là {2}"},
    Entry{MsgId::not_owed, "'{0}' does not owe '{1}'{2}; it is owed by: {3}",
          "'{0}' không có nghĩa vụ báo cáo '{1}'{2}; đơn vị phải báo cáo: {3}"},
    Entry{MsgId::completed_not_done, "'completed' goes with 'status: done' only",
          "'completed' chỉ dùng với 'status: done'"},
    Entry{MsgId::completed_after_submitted, "'completed' {0} is after 'submitted' {1}",
          "'completed' {0} sau ngày 'submitted' {1}"},
    Entry{MsgId::inactive_ended_successor,
          "'{0}' no longer existed on {1} (it ended on {2}); its successor is '{3}'",
          "'{0}' không còn tồn tại vào ngày {1} (chấm dứt ngày {2}); đơn vị kế nhiệm là '{3}'"},
    Entry{MsgId::inactive_ended, "'{0}' no longer existed on {1} (it ended on {2})",
          "'{0}' không còn tồn tại vào ngày {1} (chấm dứt ngày {2})"},
    Entry{MsgId::inactive_not_yet, "'{0}' did not exist yet on {1} (it began on {2})",
          "'{0}' chưa tồn tại vào ngày {1} (bắt đầu từ ngày {2})"},
    Entry{MsgId::duplicate_number, "report number '{0}' is also used by {1}",
          "số báo cáo '{0}' cũng được dùng ở {1}"},
    Entry{MsgId::submitted_future,
          "'submitted' is {0}, after today ({1}): check ignores this report until that day; "
          "is the year right?",
          "'submitted' là {0}, sau hôm nay ({1}): check bỏ qua báo cáo này cho đến ngày đó; "
          "năm có đúng không?"},
    Entry{MsgId::unread_extension_case,
          "not read: reports and decisions are read only from names ending in .yaml or .yml "
          "in lower case; rename it to {0}",
          "không được đọc: chỉ đọc báo cáo và quyết định có tên kết thúc bằng .yaml hoặc .yml "
          "(chữ thường); hãy đổi tên thành {0}"},
    Entry{MsgId::unread_plan_name,
          "not read: the plan is read only from plan.yaml; rename it if it is the plan",
          "không được đọc: kế hoạch chỉ được đọc từ plan.yaml; hãy đổi tên nếu đây là kế hoạch"},
    Entry{MsgId::unread_elsewhere,
          "not read: reports go below reports/, decisions below decisions/; move it there if it "
          "is one",
          "không được đọc: báo cáo đặt trong reports/, quyết định đặt trong decisions/; hãy "
          "chuyển tệp vào đó nếu là báo cáo hoặc quyết định"},
    Entry{MsgId::decision_plan_mismatch, "this decision is for plan '{0}', but its plan is '{1}'",
          "quyết định này thuộc kế hoạch '{0}', nhưng kế hoạch ở đây là '{1}'"},
    Entry{MsgId::decision_period_task,
          "'period' picks a year of a yearly duty; task '{0}' has none: remove 'period'",
          "'period' chọn một kỳ của chế độ báo cáo hằng năm; nhiệm vụ '{0}' không có kỳ: hãy bỏ "
          "'period'"},
    Entry{MsgId::decision_no_match, "no obligation of '{0}' matches this entry; it changes nothing",
          "không có nghĩa vụ nào của '{0}' khớp với mục này; mục này không có tác dụng"},
    Entry{MsgId::decision_conflict,
          "'{0}'{1} owed by '{2}' is also decided on {3} at {4}:{5}; decisions of one day cannot "
          "both apply",
          "'{0}'{1} của '{2}' cũng được quyết định ngày {3} tại {4}:{5}; hai quyết định cùng ngày "
          "không thể cùng áp dụng"},
    Entry{MsgId::decision_before_issued, "the decision of {0} is older than the plan, issued {1}",
          "quyết định ngày {0} có trước kế hoạch, ban hành ngày {1}"},
    Entry{MsgId::no_plan_found, "no plan.yaml here or in any folder below",
          "không có plan.yaml ở đây hay trong thư mục con nào"},
    Entry{MsgId::no_plan_above, "no plan.yaml in its folder or any folder above",
          "không có plan.yaml trong thư mục chứa nó hay thư mục cha nào"},
    Entry{MsgId::path_not_found, "no such file or folder", "không có tệp hay thư mục này"},
    Entry{MsgId::usage_error, "usage error: {0}", "dùng sai lệnh: {0}"},
    Entry{MsgId::no_address, "{0} ({1}) has no email address; its reminder is in the digest only",
          "{0} ({1}) không có địa chỉ email; lời nhắc chỉ có trong thư tổng hợp"},
    Entry{MsgId::no_address_no_digest,
          "{0} ({1}) has no email address; it gets no reminder (add --digest-to to hear of it)",
          "{0} ({1}) không có địa chỉ email; đơn vị này không nhận được lời nhắc (thêm --digest-to "
          "để được báo)"},
    Entry{MsgId::delivery_failed, "sending the message for {0} failed: exit status {1}: {2}",
          "gửi thư cho {0} không thành công: mã thoát {1}: {2}"},
    Entry{MsgId::bad_mailbox,
          "{0}: '{1}' is not an email address (name@domain.vn, or Name <name@domain.vn>)",
          "{0}: '{1}' không phải địa chỉ email (ten@tenmien.vn, hoặc Tên <ten@tenmien.vn>)"},
    Entry{MsgId::unknown_command, "unknown command '{0}'", "không có lệnh '{0}'"},
    Entry{MsgId::usage_hint, "Run 'plancheck --help' for usage.",
          "Chạy 'plancheck --help' để xem cách dùng."},
    Entry{MsgId::internal_error, "internal error: {0}", "lỗi nội bộ: {0}"},
};

constexpr bool table_in_enum_order() {
  for (std::size_t i = 0; i < k_messages.size(); ++i) {
    if (static_cast<std::size_t>(k_messages[i].id) != i) {
      return false;
    }
  }
  return true;
}
static_assert(table_in_enum_order(), "k_messages must list the messages in enum order");

} // namespace

std::string_view message_template(MsgId id, Lang lang) {
  const Entry& entry = k_messages[static_cast<std::size_t>(id)];
  return lang == Lang::vi ? entry.vi : entry.en;
}

std::string localize(const Message& message, Lang lang) {
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const std::string& arg : message.args) {
    // Messages carry dates as YYYY-MM-DD; Vietnamese readers get DD/MM/YYYY.
    const ParsedDate date =
        lang == Lang::vi && arg.size() == 10 && arg[4] == '-' ? parse_date(arg) : ParsedDate{};
    store.push_back(date.day ? format_dmy(*date.day) : arg);
  }
  return fmt::vformat(message_template(message.id, lang), store);
}

} // namespace plancheck
