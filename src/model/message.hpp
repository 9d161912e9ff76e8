#pragma once

#include "model/lang.hpp"

#include <string>
#include <vector>

namespace plancheck {

// Everything the tool says to people, so that each exists in both languages.
// Arguments are positional: {0}, {1}, ...
enum class MsgId {
  // files and YAML
  invalid_utf8,
  control_char,
  tab_char,
  binary_file,
  cr_line_end,
  indent_space,
  yaml_syntax,
  duplicate_key,
  anchor_alias,
  explicit_tag,
  second_document,
  empty_file,
  too_deep,
  cannot_read,
  cannot_write,
  is_directory,
  too_large,
  not_regular,
  link_outside,
  folder_unreadable,
  output_not_regular,
  output_in_plan,
  stdout_failed,
  more_not_shown,
  // shape of the data
  version_unsupported,
  required_key,
  unknown_key,
  unknown_key_suggest,
  expected_mapping,
  expected_list,
  expected_text,
  expected_text_quote,
  expected_integer,
  not_decimal,
  no_value,
  empty_list,
  bad_enum,
  bad_id,
  bad_task_id,
  bad_date,
  no_such_day,
  date_range,
  year_range,
  bad_within,
  deadline_form,
  deadline_task_yearly,
  deadline_every,
  deadline_yearly_needs_day,
  month_range,
  day_range,
  bad_email,
  decision_target,
  decision_due_yearly,
  decision_empty,
  bad_id_suggest,
  bad_id_suggest_named,
  // plan rules
  period_order,
  period_too_long,
  too_many_obligations,
  bad_timezone,
  since_after_until,
  successor_without_until,
  successor_loop,
  duplicate_id,
  unknown_agency_or_group,
  unknown_agency,
  unknown_task,
  unknown_duty,
  unknown_agency_or_group_suggest,
  unknown_agency_suggest,
  unknown_task_suggest,
  unknown_duty_suggest,
  group_cycle,
  group_not_agency,
  orphan_task,
  unused_agency,
  // report rules
  plan_mismatch,
  period_missing,
  period_forbidden,
  period_without_duty,
  period_no_instance,
  not_owed,
  completed_not_done,
  completed_after_submitted,
  inactive_ended_successor,
  inactive_ended,
  inactive_not_yet,
  duplicate_number,
  submitted_future,
  unread_extension_case,
  unread_plan_name,
  unread_elsewhere,
  // decision rules
  decision_plan_mismatch,
  decision_period_task,
  decision_no_match,
  decision_conflict,
  decision_before_issued,
  // command line and run
  no_plan_found,
  no_plan_above,
  path_not_found,
  usage_error,
  no_address,
  no_address_no_digest,
  delivery_failed,
  bad_mailbox,
  unknown_command,
  usage_hint,
  internal_error,
};

// A message to show a person, not yet put into words.
struct Message {
  MsgId id{};
  std::vector<std::string> args;
};

// Return `message` in `lang` with its arguments filled in.
std::string localize(const Message& message, Lang lang);

// Return the template of `id` in `lang` (for tests and for callers with
// their own arguments).
std::string_view message_template(MsgId id, Lang lang);

} // namespace plancheck
