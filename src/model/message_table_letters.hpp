#pragma once

#include "model/message_entry.hpp"

#include <array>

namespace plancheck {

// The words only reminder and digest letters use, in enum order: a letter
// reads as full sentences where a table row is terse.
inline constexpr std::array k_letters_messages{
    MessageEntry{MsgId::letter_deadline_same, "Deadline: {0}; {1}.", "Thời hạn: {0}; {1}."},
    MessageEntry{MsgId::letter_days_overdue, "{0} overdue", "đã quá hạn {0}"},
    MessageEntry{MsgId::letter_agency_until, "until {0}", "hoạt động đến {0}"},
    MessageEntry{MsgId::subject_plan_number, "Plan No. {0}", "Kế hoạch số {0}"},
};

} // namespace plancheck
