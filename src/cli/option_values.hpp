#pragma once

#include "check/status.hpp"
#include "model/calendar.hpp"
#include "model/email_address.hpp"
#include "model/message.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plancheck {

// The values options take, checked and parsed without CLI11. Each check_*
// returns why `text` is not such a value, in `lang`, or an empty string when
// it is; the matching parse_* may then assume it is.

// A date: YYYY-MM-DD or DD/MM/YYYY.
std::string check_date(const std::string& text, Lang lang);

// The day `text` names, or nullopt when it is empty (the option was not given).
std::optional<Day> parse_optional_date(const std::string& text);

// A comma-separated list of day counts, each 0 to 3660: "30,14,7,3,1,0".
std::string check_day_list(const std::string& text, Lang lang);

// The day counts of a list check_day_list accepts, in order.
std::vector<int> parse_day_list(const std::string& text);

// The status ids, comma-separated: "overdue,incomplete,late,due-soon,pending,waived,lapsed,ok".
std::string status_names();

// A comma-separated list of statuses.
std::string check_statuses(const std::string& text, Lang lang);

// The statuses of lists check_statuses accepts, in order.
std::vector<Status> parse_statuses(const std::vector<std::string>& texts);

// The mailbox `text` given to `option` names; nullopt, after adding why to
// `problems`, when it is not a mailbox.
std::optional<Mailbox> parse_mailbox_option(std::string_view option, const std::string& text,
                                            std::vector<Message>& problems);

} // namespace plancheck
