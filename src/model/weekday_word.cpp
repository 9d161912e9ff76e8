#include "model/weekday_word.hpp"

namespace plancheck {

MsgId weekday_word(Day day) {
  // The table lists the weekdays Sunday first, as date::weekday counts them.
  return static_cast<MsgId>(static_cast<unsigned>(MsgId::weekday_sunday) +
                            date::weekday{day}.c_encoding());
}

} // namespace plancheck
