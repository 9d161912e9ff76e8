#include "model/rule.hpp"

#include <array>

namespace plancheck {
namespace {

using enum Severity;

constexpr std::array k_rules{
    RuleInfo{Rule::io_read, "io.read", error, "a file or folder cannot be read",
             "không đọc được tệp hoặc thư mục"},
    RuleInfo{Rule::yaml_encoding, "yaml.encoding", error, "a byte sequence that is not UTF-8",
             "chuỗi byte không phải UTF-8"},
    RuleInfo{Rule::yaml_control_char, "yaml.control-char", error,
             "a control character (such as NUL) in the text",
             "ký tự điều khiển (như NUL) trong văn bản"},
    RuleInfo{Rule::yaml_tab, "yaml.tab", error,
             "a tab character; YAML files are indented with spaces",
             "ký tự tab; tệp YAML thụt lề bằng dấu cách"},
    RuleInfo{Rule::yaml_binary, "yaml.binary", error, "a binary file (one holding NUL bytes)",
             "tệp nhị phân (chứa byte NUL)"},
    RuleInfo{Rule::yaml_line_end, "yaml.line-end", error,
             "line ends of CR alone (old Mac OS), which are not supported",
             "dòng kết thúc chỉ bằng CR (kiểu Mac OS cũ), không được hỗ trợ"},
    RuleInfo{Rule::yaml_indent, "yaml.indent", error,
             "indentation with a space other than U+0020, such as the no-break space U+00A0",
             "thụt lề bằng khoảng trắng khác U+0020, như dấu cách không ngắt U+00A0"},
    RuleInfo{Rule::yaml_syntax, "yaml.syntax", error, "the text is not valid YAML",
             "văn bản không đúng cú pháp YAML"},
    RuleInfo{Rule::yaml_duplicate_key, "yaml.duplicate-key", error,
             "the same key twice in one mapping",
             "một khóa xuất hiện hai lần trong cùng một ánh xạ"},
    RuleInfo{Rule::yaml_anchor, "yaml.anchor", error,
             "anchors and aliases (&a, *a) are not accepted",
             "không chấp nhận neo và bí danh (&a, *a)"},
    RuleInfo{Rule::yaml_tag, "yaml.tag", error, "explicit tags (!!str, !x) are not accepted",
             "không chấp nhận thẻ tường minh (!!str, !x)"},
    RuleInfo{Rule::yaml_multiple_documents, "yaml.multiple-documents", error,
             "more than one YAML document in a file", "nhiều hơn một tài liệu YAML trong một tệp"},
    RuleInfo{Rule::yaml_empty, "yaml.empty", error, "a file with no content",
             "tệp không có nội dung"},
    RuleInfo{Rule::yaml_too_deep, "yaml.too-deep", error,
             "nesting deeper than any valid file needs",
             "lồng nhau sâu hơn mức mọi tệp hợp lệ cần"},
    RuleInfo{Rule::schema_version, "schema.version", error,
             "the format version (`plancheck:`) is missing or not 1",
             "phiên bản định dạng (`plancheck:`) thiếu hoặc khác 1"},
    RuleInfo{Rule::schema_required, "schema.required", error, "a required key is missing",
             "thiếu khóa bắt buộc"},
    RuleInfo{Rule::schema_unknown_key, "schema.unknown-key", error,
             "a key the format does not define", "khóa không có trong định dạng"},
    RuleInfo{Rule::schema_type, "schema.type", error,
             "a value of the wrong type (text, number, list, mapping)",
             "giá trị sai kiểu (văn bản, số, danh sách, ánh xạ)"},
    RuleInfo{Rule::schema_enum, "schema.enum", error, "a value outside the allowed set",
             "giá trị ngoài tập giá trị cho phép"},
    RuleInfo{Rule::schema_id, "schema.id", error, "an id with characters ids may not have",
             "mã định danh có ký tự không được phép"},
    RuleInfo{Rule::schema_date, "schema.date", error,
             "a date not written YYYY-MM-DD or DD/MM/YYYY, or a day that does not exist",
             "ngày không viết dạng YYYY-MM-DD hoặc DD/MM/YYYY, hoặc ngày không tồn tại"},
    RuleInfo{Rule::schema_value, "schema.value", error, "a value out of range or of the wrong form",
             "giá trị ngoài phạm vi hoặc sai dạng"},
    RuleInfo{Rule::plan_period, "plan.period", error,
             "the plan period ends before it starts, or is longer than 100 years",
             "thời kỳ của kế hoạch kết thúc trước khi bắt đầu, hoặc dài hơn 100 năm"},
    RuleInfo{Rule::plan_obligations, "plan.obligations", error,
             "a plan that makes more than 500,000 obligations",
             "kế hoạch tạo ra hơn 500.000 nghĩa vụ"},
    RuleInfo{Rule::plan_timezone, "plan.timezone", error, "a time zone that is not an IANA zone",
             "múi giờ không phải múi giờ IANA"},
    RuleInfo{Rule::agency_dates, "agency.dates", error,
             "an agency whose `since` is after its `until`", "cơ quan có `since` sau `until`"},
    RuleInfo{Rule::agency_successor, "agency.successor", error,
             "a successor without `until`, or successors that loop",
             "cơ quan kế nhiệm mà không có `until`, hoặc chuỗi kế nhiệm lặp vòng"},
    RuleInfo{Rule::ref_duplicate_id, "ref.duplicate-id", error,
             "two tasks, duties or agencies with one id",
             "hai nhiệm vụ, chế độ báo cáo hoặc cơ quan trùng mã"},
    RuleInfo{Rule::ref_unknown_agency, "ref.unknown-agency", error,
             "a reference to an agency or group the plan does not define",
             "tham chiếu đến cơ quan hoặc nhóm không có trong kế hoạch"},
    RuleInfo{Rule::ref_unknown_task, "ref.unknown-task", error,
             "a reference to a task the plan does not define",
             "tham chiếu đến nhiệm vụ không có trong kế hoạch"},
    RuleInfo{Rule::ref_unknown_duty, "ref.unknown-duty", error,
             "a reference to a reporting duty the plan does not define",
             "tham chiếu đến chế độ báo cáo không có trong kế hoạch"},
    RuleInfo{Rule::ref_group_cycle, "ref.group-cycle", error, "groups that contain each other",
             "các nhóm chứa lẫn nhau"},
    RuleInfo{Rule::ref_group_not_agency, "ref.group-not-agency", error,
             "a group where a single agency is required", "nhóm ở chỗ cần một cơ quan"},
    RuleInfo{Rule::report_plan, "report.plan", error, "a report that names another plan",
             "báo cáo ghi mã kế hoạch khác"},
    RuleInfo{Rule::report_period, "report.period", error,
             "a report period that is missing, not allowed, or has no instance of the duty",
             "kỳ báo cáo thiếu, không được phép, hoặc không có trong chế độ báo cáo"},
    RuleInfo{Rule::report_not_owed, "report.not-owed", error,
             "a report from an agency that does not owe that duty instance",
             "báo cáo từ cơ quan không có nghĩa vụ báo cáo kỳ đó"},
    RuleInfo{Rule::report_completed, "report.completed", error,
             "`completed` without `status: done`, or after `submitted`",
             "`completed` khi trạng thái không phải `done`, hoặc sau ngày `submitted`"},
    RuleInfo{Rule::report_inactive_sender, "report.inactive-sender", error,
             "a report sent by an agency that did not exist on its `submitted` day",
             "báo cáo do cơ quan không tồn tại vào ngày `submitted` gửi"},
    RuleInfo{Rule::decision_plan, "decision.plan", error, "a decision that names another plan",
             "quyết định ghi mã kế hoạch khác"},
    RuleInfo{Rule::decision_period, "decision.period", error,
             "a decision's `period` on a task or on a duty due once",
             "quyết định ghi `period` cho nhiệm vụ hoặc cho chế độ báo cáo một lần"},
    RuleInfo{Rule::decision_conflict, "decision.conflict", error,
             "two decisions of the same date on one obligation",
             "hai quyết định cùng ngày về một nghĩa vụ"},
    RuleInfo{Rule::request_plan, "request.plan", error, "a request that names another plan",
             "yêu cầu ghi mã kế hoạch khác"},
    RuleInfo{Rule::request_after_due, "request.after-due", error,
             "a request dated after the deadline of a duty it asks for",
             "yêu cầu có ngày sau hạn của chế độ báo cáo mà nó đặt ra"},
    RuleInfo{Rule::plan_orphan_task, "plan.orphan-task", warning,
             "a task whose every owner has ended with no successor",
             "nhiệm vụ mà mọi đơn vị thực hiện đã chấm dứt và không có đơn vị kế nhiệm"},
    RuleInfo{Rule::plan_unused_agency, "plan.unused-agency", warning,
             "an agency that nothing in the plan refers to",
             "cơ quan không được nhắc đến ở đâu trong kế hoạch"},
    RuleInfo{Rule::report_duplicate_number, "report.duplicate-number", warning,
             "two reports with the same number", "hai báo cáo trùng số"},
    RuleInfo{Rule::plan_unread_file, "plan.unread-file", warning,
             "a YAML file in the plan folder that nothing reads",
             "tệp YAML trong thư mục kế hoạch mà không quy tắc nào đọc"},
    RuleInfo{Rule::report_future, "report.future", warning,
             "a report submitted after today: check ignores it until that day",
             "báo cáo có ngày gửi sau hôm nay: check bỏ qua cho đến ngày đó"},
    RuleInfo{Rule::decision_no_match, "decision.no-match", warning,
             "a decision entry that matches no obligation",
             "mục của quyết định không khớp nghĩa vụ nào"},
    RuleInfo{Rule::decision_before_issued, "decision.before-issued", warning,
             "a decision dated before the plan was issued",
             "quyết định có ngày trước ngày ban hành kế hoạch"},
    RuleInfo{Rule::deadline_overdue, "deadline.overdue", finding,
             "nothing submitted (or not done) and past its last on-time day",
             "chưa nộp (hoặc chưa hoàn thành) và đã quá hạn"},
    RuleInfo{Rule::deadline_incomplete, "deadline.incomplete", finding,
             "reports submitted that do not yet cover every task asked for",
             "đã nộp báo cáo nhưng chưa đủ các nhiệm vụ được yêu cầu"},
    RuleInfo{Rule::deadline_late, "deadline.late", finding, "fulfilled after its last on-time day",
             "hoàn thành sau hạn"},
    RuleInfo{Rule::deadline_due_soon, "deadline.due-soon", finding,
             "nothing submitted and due within the warning window", "chưa nộp và sắp đến hạn"},
    RuleInfo{Rule::deadline_pending, "deadline.pending", finding,
             "nothing submitted and due later than the warning window", "chưa nộp, chưa đến hạn"},
    RuleInfo{Rule::deadline_waived, "deadline.waived", finding,
             "not fulfilled, and a decision in force waived it",
             "chưa thực hiện và đã được miễn theo quyết định có hiệu lực"},
    RuleInfo{Rule::deadline_lapsed, "deadline.lapsed", finding,
             "not fulfilled, and the agency that owed it ended with no successor",
             "chưa thực hiện và đơn vị có nghĩa vụ đã chấm dứt, không có đơn vị kế nhiệm"},
    RuleInfo{Rule::deadline_ok, "deadline.ok", finding, "fulfilled on time", "hoàn thành đúng hạn"},
};

constexpr bool table_in_enum_order() {
  for (std::size_t i = 0; i < k_rules.size(); ++i) {
    if (static_cast<std::size_t>(k_rules[i].rule) != i) {
      return false;
    }
  }
  return true;
}
static_assert(table_in_enum_order(), "k_rules must list the rules in enum order");

} // namespace

std::string_view rule_id(Rule rule) {
  return k_rules[static_cast<std::size_t>(rule)].id;
}

std::span<const RuleInfo> all_rules() {
  return k_rules;
}

std::string_view rule_summary(Rule rule, Lang lang) {
  const RuleInfo& info = k_rules[static_cast<std::size_t>(rule)];
  return lang == Lang::vi ? info.summary_vi : info.summary_en;
}

} // namespace plancheck
