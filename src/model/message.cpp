#include "model/message.hpp"

#include "model/message_table_calendar.hpp"
#include "model/message_table_details.hpp"
#include "model/message_table_help.hpp"
#include "model/message_table_input.hpp"
#include "model/message_table_layout.hpp"
#include "model/message_table_letters.hpp"
#include "model/message_table_list.hpp"
#include "model/message_table_loading.hpp"
#include "model/message_table_matrix.hpp"
#include "model/message_table_output.hpp"
#include "model/message_table_request.hpp"
#include "model/message_table_rules.hpp"
#include "model/message_table_run.hpp"
#include "model/message_table_work_calendar.hpp"

#include <algorithm>
#include <array>
#include <type_traits>

#include <fmt/args.h>
#include <fmt/format.h>

namespace plancheck {
namespace {

// The area tables, one after another: one table, indexed by MsgId.
template <std::size_t... N>
constexpr std::array<MessageEntry, (N + ...)> joined(const std::array<MessageEntry, N>&... parts) {
  std::array<MessageEntry, (N + ...)> all{};
  auto next = all.begin();
  ((next = std::copy(parts.begin(), parts.end(), next)), ...);
  return all;
}

constexpr auto k_messages = joined(
    k_input_messages, k_rule_messages, k_run_messages, k_help_messages, k_output_messages,
    k_list_messages, k_details_messages, k_layout_messages, k_letters_messages, k_request_messages,
    k_calendar_messages, k_work_calendar_messages, k_matrix_messages, k_loading_messages);

constexpr bool table_in_enum_order() {
  for (std::size_t i = 0; i < k_messages.size(); ++i) {
    if (static_cast<std::size_t>(k_messages[i].id) != i) {
      return false;
    }
  }
  return k_messages.size() == static_cast<std::size_t>(k_last_message) + 1;
}
static_assert(table_in_enum_order(), "the message tables must list every message in enum order");

} // namespace

std::string_view message_template(MsgId id, Lang lang) {
  const MessageEntry& entry = k_messages[static_cast<std::size_t>(id)];
  switch (lang) {
  case Lang::vi:
    return entry.vi;
  case Lang::en:
    break;
  }
  return entry.en;
}

std::string format_day(Day day, Lang lang) {
  switch (lang) {
  case Lang::vi:
    return format_dmy(day);
  case Lang::en:
    break;
  }
  return format_iso(day);
}

MessageArg::MessageArg(const Message& inner) : m_value(std::make_shared<const Message>(inner)) {}

namespace {

using Plain = std::variant<std::string, Day, std::int64_t, MsgId>;

// The value to compare an argument by: a message inside one by its words.
template <typename Value> Plain comparable(const Value& value) {
  return std::visit(
      [](const auto& v) -> Plain {
        if constexpr (std::is_same_v<std::decay_t<decltype(v)>, std::shared_ptr<const Message>>) {
          return localize(*v, Lang::en);
        } else {
          return v;
        }
      },
      value);
}

} // namespace

bool operator==(const MessageArg& a, const MessageArg& b) {
  return comparable(a.m_value) == comparable(b.m_value);
}

bool operator<(const MessageArg& a, const MessageArg& b) {
  return comparable(a.m_value) < comparable(b.m_value);
}

std::string MessageArg::format(Lang lang) const {
  if (const Day* day = std::get_if<Day>(&m_value)) {
    return format_day(*day, lang);
  }
  if (const std::int64_t* number = std::get_if<std::int64_t>(&m_value)) {
    return std::to_string(*number);
  }
  if (const MsgId* word = std::get_if<MsgId>(&m_value)) {
    return localize({*word, {}}, lang);
  }
  if (const auto* inner = std::get_if<std::shared_ptr<const Message>>(&m_value)) {
    return localize(**inner, lang);
  }
  return std::get<std::string>(m_value);
}

std::string localize(const Message& message, Lang lang) {
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const MessageArg& arg : message.args) {
    store.push_back(arg.format(lang));
  }
  return fmt::vformat(message_template(message.id, lang), store);
}

} // namespace plancheck
