#pragma once

#include "model/calendar.hpp"
#include "model/msg_id.hpp"

namespace plancheck {

// Return the weekday of `day` as a word of the message table ("Saturday", "thứ Bảy").
MsgId weekday_word(Day day);

} // namespace plancheck
