#pragma once

#include "model/calendar.hpp"
#include "model/lang.hpp"

#include <concepts>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
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
  yaml_map_end, // yaml-cpp's messages, in the words of each language
  yaml_map_flow_end,
  yaml_seq_end,
  yaml_seq_flow_end,
  yaml_map_value,
  yaml_map_key,
  yaml_block_entry,
  yaml_flow_end,
  yaml_unknown_token,
  yaml_scalar_eof,
  yaml_scalar_char,
  yaml_scalar_document,
  yaml_block_scalar_char,
  yaml_bad_file,
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
  from_required,
  formats_alone,
  format_named_twice,
  format_same_file,
  not_a_format,
  format_no_file,
  option_bad_date,
  option_bad_day_count,
  option_bad_status,
  list_or,
  // --help
  help_description,
  help_footer,
  help_usage,
  help_options_badge,
  help_command_badge,
  help_positionals,
  help_options,
  help_commands,
  help_help,
  help_version,
  help_lang,
  help_color,
  help_validate,
  help_validate_paths,
  help_strict,
  help_validate_as_of,
  help_format,
  help_stream_format,
  help_check,
  help_plans,
  help_as_of,
  help_within,
  help_agency,
  help_duty,
  help_task,
  help_year,
  help_status,
  help_all,
  help_fail_on,
  help_quiet,
  help_notify,
  help_from,
  help_digest_to,
  help_cc,
  help_sendmail,
  help_dry_run,
  help_lead_days,
  help_repeat_overdue,
  help_max_overdue,
  help_all_items,
  help_rules,
  // words of the outputs: statuses in Status order
  status_overdue,
  status_incomplete,
  status_late,
  status_due_soon,
  status_pending,
  status_waived,
  status_lapsed,
  status_ok,
  heading_overdue,
  heading_incomplete,
  heading_late,
  heading_due_soon,
  heading_pending,
  heading_waived,
  heading_lapsed,
  heading_ok,
  count_day_one,
  count_day_other,
  count_file_one,
  count_file_other,
  count_error_one,
  count_error_other,
  count_warning_one,
  count_warning_other,
  days_late,
  days_past_due,
  days_left,
  days_overdue,
  due_today,
  deadline_by,
  deadline_before,
  deadline_within_year,
  deadline_within_quarter,
  deadline_within_month,
  duty_year,
  extended_by,
  waived_by,
  agency_until,
  missing_tasks,
  check_heading,
  nothing_to_report,
  total,
  markdown_check_title,
  markdown_validate_columns,
  markdown_check_columns,
  reminder_greeting,
  reminder_intro,
  item_of,
  item_of_passed_on,
  reminder_footer,
  digest_subject,
  digest_intro,
  digest_not_existing,
  digest_no_address,
  digest_stale_heading,
  digest_recipient,
  sarif_rule_help,
  new_one_plan,
  new_agency_none,
  new_agency_several,
  new_duty_none,
  new_duty_several,
  new_no_instance,
  new_period_one_off,
  new_agency_ended,
  new_agency_ended_alone,
  new_agency_not_yet,
  new_not_owed,
  new_not_owner,
  new_duty_or_task,
  new_output_exists,
  new_output_outside,
  new_output_extension,
  new_written,
  new_owners,
  new_fill_report,
  new_fill_decision,
  new_extend_due,
  help_new,
  help_new_report,
  help_new_decision,
  help_new_plan,
  help_new_agency,
  help_new_duty,
  help_new_period,
  help_new_task,
  help_new_output,
  help_new_as_of,
  help_new_by,
  help_new_waive,
  // reminders in the register of an official letter
  reminder_subject,
  count_item_overdue_one,
  count_item_overdue_other,
  count_report_incomplete_one,
  count_report_incomplete_other,
  count_item_due_soon_one,
  count_item_due_soon_other,
  letter_cite_number_date,
  letter_cite_number,
  letter_cite_title,
  letter_action_reports,
  letter_action_tasks,
  letter_action_both,
  letter_tail_on_time,
  letter_tail_overdue,
  letter_deadline,
  letter_covers,
  letter_still_missing,
  letter_submit,
  letter_contact,
  letter_phone,
  letter_email,
  letter_closing,
  reminder_footer_reply,
  letter_missing_for_coordinator,
  // plancheck list
  help_list,
  help_list_kind,
  help_list_as_of,
  not_a_list_kind,
  list_heading,
  list_active,
  list_not_begun,
  list_ended,
  list_since,
  list_between,
  list_successor,
  list_successor_now,
  list_no_successor,
  list_email,
  list_owes,
  list_owes_none,
  list_groups,
  list_members,
  list_no_members,
  list_named,
  list_tasks,
  list_owners,
  list_partners,
  list_deadline,
  list_ongoing,
  list_duties,
  list_senders,
  list_recipients,
  list_via,
  list_yearly,
  list_yearly_none,
  list_covers,
  list_covers_own,
  list_covers_all,
  list_empty,
};

// The last message of the enum: the table holds one entry for each up to it.
inline constexpr MsgId k_last_message = MsgId::list_empty;

struct Message;

// One argument of a message, typed so that each language can show it its
// own way: text shown as written, a day (YYYY-MM-DD in English, DD/MM/YYYY
// in Vietnamese), a whole number, a word or phrase of the table itself, or a
// whole message of its own ("usage error: {0}").
class MessageArg {
public:
  // Implicit on purpose: a message's arguments read as a plain list.
  MessageArg(std::string text) : m_value(std::move(text)) {}
  MessageArg(std::string_view text) : m_value(std::string(text)) {}
  MessageArg(const char* text) : m_value(std::string(text)) {}
  MessageArg(Day day) : m_value(day) {}
  MessageArg(MsgId word) : m_value(word) {}
  MessageArg(const Message& inner);
  template <std::integral Number>
  requires(!std::same_as<Number, bool> && !std::same_as<Number, char>) MessageArg(Number number)
      : m_value(static_cast<std::int64_t>(number)) {}

  // Return the argument as readers of `lang` see it.
  std::string format(Lang lang) const;

  // Arguments compare by value; messages inside them by their English words.
  friend bool operator==(const MessageArg& a, const MessageArg& b);
  friend bool operator<(const MessageArg& a, const MessageArg& b);

private:
  std::variant<std::string, Day, std::int64_t, MsgId, std::shared_ptr<const Message>> m_value;
};

// A message to show a person, not yet put into words.
struct Message {
  MsgId id{};
  std::vector<MessageArg> args;
};

// Return `message` in `lang` with its arguments filled in.
std::string localize(const Message& message, Lang lang);

// Return the template of `id` in `lang`: for a fixed word or sentence, and
// for tests.
std::string_view message_template(MsgId id, Lang lang);

// Return a day as readers of `lang` write it: YYYY-MM-DD, or DD/MM/YYYY.
std::string format_day(Day day, Lang lang);

} // namespace plancheck
