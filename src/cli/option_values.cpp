#include "cli/option_values.hpp"

#include <charconv>

namespace plancheck {
namespace {

// Call `visit` with each item of the comma-separated `text`; stop at the
// first for which it returns false.
template <typename Visit> void for_each_item(std::string_view text, Visit visit) {
  while (!text.empty()) {
    const std::size_t comma = text.find(',');
    if (!visit(text.substr(0, comma))) {
      return;
    }
    text = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
  }
}

} // namespace

std::string check_date(const std::string& text, Lang lang) {
  const ParsedDate parsed = parse_date(text);
  if (parsed.day) {
    return {};
  }
  return localize(
      {parsed.error == DateError::out_of_range ? MsgId::date_range : MsgId::option_bad_date,
       {text}},
      lang);
}

std::optional<Day> parse_optional_date(const std::string& text) {
  return text.empty() ? std::nullopt : parse_date(text).day;
}

std::string check_day_list(const std::string& text, Lang lang) {
  std::string problem;
  for_each_item(text, [&](std::string_view item) {
    int value = -1;
    const auto [end, ec] = std::from_chars(item.data(), item.data() + item.size(), value);
    if (ec != std::errc{} || end != item.data() + item.size() || value < 0 || value > 3660) {
      problem = localize({MsgId::option_bad_day_count, {item}}, lang);
    }
    return problem.empty();
  });
  return problem;
}

std::vector<int> parse_day_list(const std::string& text) {
  std::vector<int> days;
  for_each_item(text, [&](std::string_view item) {
    int value = 0;
    std::from_chars(item.data(), item.data() + item.size(), value);
    days.push_back(value);
    return true;
  });
  return days;
}

std::string status_names() {
  std::string names;
  for (Status s : k_all_statuses) {
    names += names.empty() ? "" : ",";
    names += status_id(s);
  }
  return names;
}

std::string check_statuses(const std::string& text, Lang lang) {
  std::string problem;
  for_each_item(text, [&](std::string_view name) {
    if (!parse_status(name)) {
      problem = localize({MsgId::option_bad_status, {name, status_names()}}, lang);
    }
    return problem.empty();
  });
  return problem;
}

std::vector<Status> parse_statuses(const std::vector<std::string>& texts) {
  std::vector<Status> statuses;
  for (const std::string& text : texts) {
    for_each_item(text, [&](std::string_view name) {
      if (const auto status = parse_status(name)) {
        statuses.push_back(*status);
      }
      return true;
    });
  }
  return statuses;
}

std::optional<Mailbox> parse_mailbox_option(std::string_view option, const std::string& text,
                                            std::vector<Message>& problems) {
  auto mailbox = parse_mailbox(text);
  if (!mailbox) {
    problems.push_back({MsgId::bad_mailbox, {std::string(option), text}});
  }
  return mailbox;
}

} // namespace plancheck
