#include "render/count_noun.hpp"

#include "model/message.hpp"
#include "text/digit_groups.hpp"

#include <cstdint>

namespace plancheck {

std::string count_noun(std::size_t count, Noun noun, Lang lang) {
  const bool one = count == 1;
  MsgId id{};
  switch (noun) {
  case Noun::day:
    id = one ? MsgId::count_day_one : MsgId::count_day_other;
    break;
  case Noun::file:
    id = one ? MsgId::count_file_one : MsgId::count_file_other;
    break;
  case Noun::error:
    id = one ? MsgId::count_error_one : MsgId::count_error_other;
    break;
  case Noun::warning:
    id = one ? MsgId::count_warning_one : MsgId::count_warning_other;
    break;
  }
  // Vietnamese writes 2.213; English keeps the plain digits it always showed.
  const std::string number = lang == Lang::vi ? digit_groups(static_cast<std::int64_t>(count), '.')
                                              : std::to_string(count);
  return localize({id, {number}}, lang);
}

} // namespace plancheck
