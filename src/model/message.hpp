#pragma once

#include "model/calendar.hpp"
#include "model/lang.hpp"
#include "model/msg_id.hpp"

#include <concepts>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace plancheck {

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
