#pragma once

#include "model/lang.hpp"

#include <span>
#include <string_view>

namespace plancheck {

// Every check the tool makes, each with a stable dotted id that users may
// grep for, filter on and cite in CI configuration.
enum class Rule {
  io_read,
  yaml_encoding,
  yaml_control_char,
  yaml_tab,
  yaml_binary,
  yaml_line_end,
  yaml_indent,
  yaml_syntax,
  yaml_duplicate_key,
  yaml_anchor,
  yaml_tag,
  yaml_multiple_documents,
  yaml_empty,
  yaml_too_deep,
  schema_version,
  schema_required,
  schema_unknown_key,
  schema_type,
  schema_enum,
  schema_id,
  schema_date,
  schema_value,
  plan_period,
  plan_obligations,
  plan_timezone,
  agency_dates,
  agency_successor,
  ref_duplicate_id,
  ref_unknown_agency,
  ref_unknown_task,
  ref_unknown_duty,
  ref_group_cycle,
  ref_group_not_agency,
  report_plan,
  report_period,
  report_not_owed,
  report_completed,
  report_inactive_sender,
  decision_plan,
  decision_period,
  decision_conflict,
  request_plan,
  request_after_due,
  plan_orphan_task,
  plan_unused_agency,
  report_duplicate_number,
  plan_unread_file,
  report_future,
  decision_no_match,
  decision_before_issued,
  calendar_include,
  calendar_conflict,
  calendar_duplicate_day,
  calendar_workday,
  calendar_non_working_deadline,
  deadline_overdue,
  deadline_incomplete,
  deadline_late,
  deadline_due_soon,
  deadline_pending,
  deadline_waived,
  deadline_lapsed,
  deadline_ok,
};

enum class Severity { error, warning, finding };

struct RuleInfo {
  Rule rule;
  std::string_view id;
  Severity severity;
  std::string_view summary_en;
  std::string_view summary_vi;
};

// Return the stable id of `rule`, e.g. "yaml.duplicate-key".
std::string_view rule_id(Rule rule);

// Return the table of all rules, in the order of the enum.
std::span<const RuleInfo> all_rules();

// Return the one-line description of `rule` in `lang`.
std::string_view rule_summary(Rule rule, Lang lang);

} // namespace plancheck
